"""Digest speed and memory: 1,000 articles over a day in one channel.

    python bench/digest.py [--articles 1000] [--db sqlite|URL]

Articles are ../shared/data/bbc-politics/ (set NEWSBRIEF_SHARED to move
shared/) repeated with variations: each copy gets its own outlet URL, a
reworded headline, a dropped paragraph and some paragraphs swapped, and a
time spread over 24 hours. Timed as the bot does it: every article stored
and placed in a story through the repository (`StoryService.place`, a fresh
SQLite file by default), then the day's digest built and rendered to Block
Kit. Baseline in the same run: grouping with the in-memory `StoryIndex`
alone (no database). Peak memory is the process's peak RSS (ru_maxrss);
`--tracemalloc` adds a second, untimed pass reporting the peak of Python
allocations (tracemalloc slows Python down several times, so it never runs
during the timed pass). Target: grouping + digest <= 5 s, peak <= 300 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.digest import DigestOptions, build_digest, digest_blocks  # noqa: E402
from bot.storage import Repository, open_database  # noqa: E402
from bot.stories import StoryIndex, extract_features  # noqa: E402
from bot.stories.service import StoryService  # noqa: E402

SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))
BBC = SHARED / "data" / "bbc-politics"
DAY_START = datetime(2026, 1, 12, 0, 0, tzinfo=UTC)
PREFIXES = ["", "Live: ", "Update: ", "Analysis: ", "Breaking: "]


def load_bases() -> list[tuple[str, str, list[str]]]:
    bases = []
    for path in sorted(BBC.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").strip().partition("\n")
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        bases.append((path.stem, title.strip(), paragraphs))
    return bases


def variants(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    bases = load_bases()
    out = []
    for i in range(n):
        stem, title, paragraphs = bases[i % len(bases)]
        paras = list(paragraphs)
        if len(paras) > 3:
            paras.pop(rng.randrange(2, len(paras)))
        if len(paras) > 4:
            a, b = rng.sample(range(2, len(paras)), 2)
            paras[a], paras[b] = paras[b], paras[a]
        out.append(
            dict(
                base=stem,
                title=PREFIXES[i // len(bases) % len(PREFIXES)] + title,
                text="\n".join(paras),
                url=f"https://outlet{i // len(bases)}.example/politics/{stem}-{i}",
                at=DAY_START + timedelta(seconds=rng.randrange(24 * 3600)),
            )
        )
    out.sort(key=lambda a: a["at"])
    return out


def purity(groups: dict[int, list[str]]) -> tuple[float, float]:
    """Share of stories holding one base article only; share of bases split over stories."""
    pure = sum(len(set(bases)) == 1 for bases in groups.values()) / max(len(groups), 1)
    stories_per_base: dict[str, set[int]] = defaultdict(set)
    for story, bases in groups.items():
        for b in bases:
            stories_per_base[b].add(story)
    split = sum(len(s) > 1 for s in stories_per_base.values()) / max(len(stories_per_base), 1)
    return pure, split


def timed_pass(articles: list[dict], db_arg: str):
    """Every article through StoryService.place on a fresh database, then the day's digest."""
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db" if db_arg == "sqlite" else db_arg
        db = open_database(url)
        repo = Repository(db)
        service = StoryService(repo)
        t, cpu = time.perf_counter(), time.process_time()
        groups: dict[int, list[str]] = defaultdict(list)
        for art in articles:
            placed = service.place(
                "CBENCH",
                art["text"],
                url=art["url"],
                title=art["title"],
                headline=art["title"],
                now=art["at"],
            )
            groups[placed.story.id].append(art["base"])
            if placed.kind == "new-story":
                repo.set_story_brief(
                    placed.story.id,
                    headline=art["title"],
                    key_sentence=art["text"].split("\n", 1)[0],
                    brief_json="{}",
                    now=art["at"],
                )
        grouping = time.perf_counter() - t
        grouping_cpu = time.process_time() - cpu
        t, cpu = time.perf_counter(), time.process_time()
        options = DigestOptions(max_stories=10)
        digest = build_digest(repo, "CBENCH", DAY_START, DAY_START + timedelta(days=1), options)
        blocks, text = digest_blocks(digest, options, ZoneInfo("Europe/London"))
        building = time.perf_counter() - t
        building_cpu = time.process_time() - cpu
        dialect = db.dialect
        db.dispose()
    return (grouping, grouping_cpu), (building, building_cpu), groups, digest, blocks, text, dialect


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--db", default="sqlite", help="'sqlite' (a temp file) or a database URL")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also measure Python allocations (slow)"
    )
    args = parser.parse_args()
    if not BBC.is_dir():
        print(f"bench/digest.py: {BBC} not found (set NEWSBRIEF_SHARED)", file=sys.stderr)
        return 2
    articles = variants(args.articles)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    # Baseline: the grouping algorithm alone, in memory.
    t, cpu = time.perf_counter(), time.process_time()
    index = StoryIndex()
    next_id = 0
    mem_groups: dict[int, list[str]] = defaultdict(list)
    for art in articles:
        feats = extract_features(art["text"], art["title"])
        found = index.best(feats, since=art["at"] - timedelta(hours=48))
        if found is None:
            next_id += 1
            story = next_id
        else:
            story = found[0]
        index.add(story, feats, art["at"])
        mem_groups[story].append(art["base"])
    in_memory = time.perf_counter() - t
    in_memory_cpu = time.process_time() - cpu

    (grouping, grouping_cpu), (building, building_cpu), groups, digest, blocks, text, dialect = (
        timed_pass(articles, args.db)
    )
    traced_peak = None
    if args.tracemalloc:
        tracemalloc.start()
        timed_pass(articles, args.db)
        traced_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    sizes = Counter(len(v) for v in groups.values())
    pure, split = purity(groups)
    mem_pure, mem_split = purity(mem_groups)
    total, total_cpu = grouping + building, grouping_cpu + building_cpu
    print(
        f"articles: {len(articles)} over 24 h in one channel, from {len(load_bases())} BBC politics bases"
    )
    print(
        f"stories: {len(groups)} (sizes {dict(sorted(sizes.items()))}); "
        f"single-base stories {pure:.1%}, bases split over several stories {split:.1%}"
    )
    print("                                                        wall s    cpu s")
    print(
        f"story grouping through {dialect} ({args.articles} x StoryService.place) {grouping:8.2f} {grouping_cpu:8.2f}"
    )
    print(
        f"digest build + Block Kit ({len(blocks)} blocks, {digest.total} stories)     {building:8.3f} {building_cpu:8.3f}"
    )
    print(
        f"total                                                  {total:8.2f} {total_cpu:8.2f}"
        f"   target <= 5 s: {'ok' if total <= 5 else 'MISSED'} (wall), {'ok' if total_cpu <= 5 else 'MISSED'} (cpu)"
    )
    print(
        f"baseline, in-memory StoryIndex only                    {in_memory:8.2f} {in_memory_cpu:8.2f}"
        f"   {len(mem_groups)} stories, single-base {mem_pure:.1%}, split {mem_split:.1%}"
    )
    traced = f"; tracemalloc peak {traced_peak / 2**20:.1f} MB" if traced_peak is not None else ""
    print(
        f"peak RSS: {rss_peak:.0f} MB (before the work: {rss_before:.0f} MB){traced}  "
        f"(target <= 300 MB: {'ok' if rss_peak <= 300 else 'MISSED'})"
    )
    print(
        f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end (cpu s is this process's own CPU time, the figure other work on the machine disturbs least)"
    )
    print(f"digest text: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
