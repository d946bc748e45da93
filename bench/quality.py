"""Key-sentence quality: ROUGE of our picks against human highlights, beside the baselines.

Data: ../shared/data/cnndm-dev/articles.jsonl (CNN/Daily Mail test articles and
their highlights). Every system gets a 3-sentence budget and the same sentence
splitter (this project's Punkt set-up; sumy is handed it via SumyTokenizer).
Scores are F-measures x 100 from `rouge-score` with stemming on. The reference
is the highlights joined with newlines; ROUGE-Lsum splits both sides on those
newlines (summary-level LCS), ROUGE-L treats each side as one sequence.

Usage: python bench/quality.py [--limit N] [--sentences 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable

from common import shared_dir

from summariser import Article, summarise
from summariser.document import build_document
from summariser.ranking.sumy_tokenizer import SumyTokenizer

METRICS = ("rouge1", "rouge2", "rougeL", "rougeLsum")


def sumy_systems(count: int) -> dict[str, Callable[[str], list[str]]]:
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = SumyTokenizer()
    stemmer = Stemmer("english")
    stops = get_stop_words("english")
    systems = {}
    for name, cls in [
        ("sumy LexRank", LexRankSummarizer),
        ("sumy TextRank", TextRankSummarizer),
        ("sumy Luhn", LuhnSummarizer),
        ("sumy LSA", LsaSummarizer),
    ]:
        summarizer = cls(stemmer)
        summarizer.stop_words = stops

        def run(text: str, s=summarizer) -> list[str]:
            doc = PlaintextParser.from_string(text, tokenizer).document
            return [str(x) for x in s(doc, count)]

        systems[name] = run
    return systems


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--sentences", type=int, default=3)
    ap.add_argument("--no-sumy", action="store_true", help="skip sumy's algorithms (faster)")
    args = ap.parse_args()

    from rouge_score import rouge_scorer

    shared = shared_dir()
    rows = [
        json.loads(line)
        for line in (shared / "data/cnndm-dev/articles.jsonl").open(encoding="utf-8")
    ]
    if args.limit:
        rows = rows[: args.limit]
    count = args.sentences

    def ours(text: str) -> list[str]:
        return [line.text for line in summarise(Article(text=text), sentences=count).summary]

    def lead(text: str) -> list[str]:
        return [s.text for s in build_document(Article(text=text)).sentences[:count]]

    systems: dict[str, Callable[[str], list[str]]] = {f"Lead-{count}": lead, "newsbrief": ours}
    if not args.no_sumy:
        systems.update(sumy_systems(count))

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    results: dict[str, dict[str, list[float]]] = {
        name: {m: [] for m in METRICS} for name in systems
    }
    lengths: dict[str, list[int]] = {name: [] for name in systems}
    seconds: dict[str, float] = {name: 0.0 for name in systems}
    for row in rows:
        text = "\n".join(row["paragraphs"])
        reference = "\n".join(row["highlights"])
        for name, system in systems.items():
            t0 = time.perf_counter()
            picked = system(text)
            seconds[name] += time.perf_counter() - t0
            lengths[name].append(sum(len(s.split()) for s in picked))
            score = scorer.score(reference, "\n".join(picked))
            for m in METRICS:
                results[name][m].append(score[m].fmeasure * 100)

    print(f"ROUGE F (x100), {len(rows)} CNN/DM articles, {count}-sentence budget, stemming on")
    print(f"{'system':<16}" + "".join(f"{m:>11}" for m in METRICS) + f"{'words':>8}{'ms/art':>9}")
    for name in systems:
        line = f"{name:<16}" + "".join(
            f"{statistics.fmean(results[name][m]):>11.2f}" for m in METRICS
        )
        line += f"{statistics.fmean(lengths[name]):>8.1f}{seconds[name] / len(rows) * 1000:>9.1f}"
        print(line)
    lead_name = f"Lead-{count}"
    for m in ("rouge1", "rouge2"):
        ours_m, lead_m = (
            statistics.fmean(results["newsbrief"][m]),
            statistics.fmean(results[lead_name][m]),
        )
        verdict = "meets" if ours_m >= lead_m else "MISSES"
        print(f"target newsbrief >= {lead_name} on {m}: {ours_m:.2f} vs {lead_m:.2f} -> {verdict}")

    print("\nEyeball: our picks for the two seed reports (alone, then as one story)")
    seeds = sorted((shared / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    for label, sources in [(p.name, [t]) for p, t in zip(seeds, texts, strict=True)] + [
        ("both seeds", texts)
    ]:
        brief = summarise(*sources)
        print(f"\n[{label}] {brief.headline}")
        for line in brief.summary:
            print(f"  - {line.text}  (sources {line.sources})")


if __name__ == "__main__":
    sys.exit(main())
