"""Speed of `summarise()` per article, beside sumy's LexRank alone, in the same run.

Data: the 299 BBC politics articles in ../shared/data/bbc-politics/ (first line
is the headline). Also times articles 4x and 16x as long (the paragraphs of 4 or
16 consecutive different articles joined, so nothing is dropped as a repeat),
the extraction stage on its own (`summariser.extract.extract_story` on the built
documents), and the CLI from start to exit.

Usage: python bench/speed.py [--long-sample N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from common import REPO, shared_dir

from summariser import Article, summarise
from summariser.document import build_document
from summariser.extract import extract_story
from summariser.ranking.sumy_tokenizer import SumyTokenizer
from summariser.sources import to_article


def load(folder: Path) -> list[tuple[str, list[str]]]:
    out = []
    for path in sorted(folder.glob("*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace").strip()
        head, _, body = raw.partition("\n")
        paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
        out.append((head.strip(), paragraphs))
    return out


def lexrank_alone(count: int = 4) -> Callable[[str], object]:
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = SumyTokenizer()
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def run(text: str) -> object:
        return summarizer(PlaintextParser.from_string(text, tokenizer).document, count)

    return run


CPU: list[float] = []  # process CPU time of the last timed() call, ms


def timed(fn: Callable[[], object]) -> float:
    """Wall-clock ms of one call; its CPU ms goes to CPU (less sensitive to a busy machine)."""
    c0, t0 = time.process_time(), time.perf_counter()
    fn()
    wall = (time.perf_counter() - t0) * 1000
    CPU.append((time.process_time() - c0) * 1000)
    return wall


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def report(label: str, ours: list[float], base: list[float], words: list[int], cpu: tuple) -> None:
    med_o, med_b = statistics.median(ours), statistics.median(base)
    cpu_o, cpu_b = statistics.median(cpu[0]), statistics.median(cpu[1])
    print(
        f"{label:<9}{len(ours):>5}{statistics.median(words):>8.0f}"
        f"{med_o:>10.1f}{pct(ours, 0.95):>9.1f}{med_b:>10.1f}{pct(base, 0.95):>9.1f}"
        f"{med_o / med_b:>8.2f}x   cpu med {cpu_o:.1f} vs {cpu_b:.1f} ms ({cpu_o / cpu_b:.2f}x)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--long-sample", type=int, default=30, help="how many 4x/16x articles (sumy is slow)"
    )
    args = ap.parse_args()

    articles = load(shared_dir() / "data/bbc-politics")
    lexrank = lexrank_alone()
    # Warm up imports and caches once so the first article is not charged for them.
    summarise(Article(text="\n\n".join(articles[0][1]), title=articles[0][0]))
    lexrank("\n\n".join(articles[0][1]))

    print("summarise() vs sumy LexRank alone (both from raw text; ms per article)")
    print(
        f"{'size':<9}{'n':>5}{'words':>8}{'ours med':>10}{'p95':>9}{'lexr med':>10}{'p95':>9}{'ratio':>9}"
    )
    extraction: dict[str, list[float]] = {}
    for factor, sample in [(1, len(articles)), (4, args.long_sample), (16, args.long_sample)]:
        ours, base, words, ext, cpu_o, cpu_b = [], [], [], [], [], []
        for i in range(sample):
            group = [articles[(i + k) % len(articles)] for k in range(factor)]
            title = group[0][0]
            body = "\n\n".join(p for _, paras in group for p in paras)
            ours.append(timed(lambda b=body, t=title: summarise(Article(text=b, title=t))))
            cpu_o.append(CPU[-1])
            base.append(timed(lambda b=body: lexrank(b)))
            cpu_b.append(CPU[-1])
            words.append(len(body.split()))
            docs = [build_document(to_article(Article(text=body, title=title)))]
            ext.append(timed(lambda d=docs: extract_story(d)))
        extraction[f"{factor}x"] = ext
        report(f"{factor}x", ours, base, words, (cpu_o, cpu_b))

    print(
        "\nextraction stage alone (extract_story on built documents; included in summarise() above)"
    )
    for label, ext in extraction.items():
        print(
            f"  {label:<4} median {statistics.median(ext):6.2f} ms   p95 {pct(ext, 0.95):6.2f} ms"
        )

    print(
        f"\nload average while measuring: {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} cores)"
    )
    print("\nCLI wall time, start to exit (python -m summariser ...; 5 runs each)")
    sample_file = shared_dir() / "data/bbc-politics/001.txt"
    cli_cpu = []
    for label, argv in [
        ("--example", ["--example"]),
        ("one .txt", [str(sample_file)]),
        ("--format json", ["--format", "json", str(sample_file)]),
    ]:
        runs = []
        for _ in range(5):
            t0, before = time.perf_counter(), os.times()
            done = subprocess.run(
                [sys.executable, "-m", "summariser", *argv],
                cwd=REPO,
                capture_output=True,
                check=False,
            )
            runs.append(time.perf_counter() - t0)
            after = os.times()
            cli_cpu.append(
                after.children_user
                - before.children_user
                + after.children_system
                - before.children_system
            )
            if done.returncode != 0:
                print(f"  {label}: exit {done.returncode}: {done.stderr.decode()[:200]}")
                break
        print(
            f"  {label:<14} median {statistics.median(runs):.2f} s   max {max(runs):.2f} s"
            f"   (cpu median {statistics.median(cli_cpu[-len(runs) :]):.2f} s)"
        )


if __name__ == "__main__":
    main()
