"""How often the "sources may not be one story" warning fires, on labelled and unrelated pairs.

    python bench/mixed_sources.py

Pairs are briefed as the pipeline briefs two sources (`summariser.mixed_sources`):
- same story: the two seeds (tests/fixtures/seeds, as given to the CLI) and the
  pairs labelled same in bench/labels/story_pairs.json, and those pairs again with
  one side cut to its headline and first ~80 words (a pasted snippet);
- different: pairs labelled different there (hard negatives are one topic's
  different developments: related stories, where a warning is not expected;
  easy negatives are different topics);
- unrelated: each BBC politics article beside a CNN/Daily Mail article (never
  one story), and random BBC politics pairs (unlabelled; a few may be one story).
Prints the false-warning rate on same-story pairs and the hit rate on the
others, at `WARN_BELOW` and around it. Reads ../shared/data (NEWSBRIEF_SHARED).
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summariser import Article, summarise  # noqa: E402
from summariser.document import build_document  # noqa: E402
from summariser.mixed_sources import MIN_WORDS, WARN_BELOW, source_features  # noqa: E402
from summariser.sources import to_article  # noqa: E402
from summariser.story_match import StoryMatcher  # noqa: E402

SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data"
LABELS = ROOT / "bench" / "labels" / "story_pairs.json"
SEEDS = ROOT / "tests" / "fixtures" / "seeds"


def _features(article: Article | str):
    doc = build_document(to_article(article))
    people = [p.name for p in summarise(article).people]
    return source_features(doc, people), doc.words


def main() -> int:
    if not DATA.is_dir():
        print(f"bench/mixed_sources.py: {DATA} not found (set NEWSBRIEF_SHARED)", file=sys.stderr)
        return 2
    cache: dict[str, tuple] = {}

    def feat(key: str):
        if key not in cache:
            if key.startswith("seed-"):
                cache[key] = _features((SEEDS / f"{key[5:]}.txt").read_text(encoding="utf-8"))
            elif key.startswith("hartlepool"):
                path = ROOT / "summariser" / "example" / f"{key}.txt"
                cache[key] = _features(path.read_text(encoding="utf-8"))
            elif key.startswith("opening-"):  # a pasted snippet: headline and first ~80 words
                title, _, body = (DATA / "bbc-politics" / f"{key[8:]}.txt").read_text(
                    encoding="utf-8").strip().partition("\n")
                cache[key] = _features(title + "\n\n" + " ".join(body.split()[:80]))
            elif key.startswith("cnndm-"):
                row = cnndm[int(key[6:])]
                cache[key] = _features(Article(text="\n\n".join(row["paragraphs"])))
            else:
                cache[key] = _features((DATA / "bbc-politics" / f"{key}.txt").read_text(encoding="utf-8"))
        return cache[key]

    cnndm = [json.loads(line) for line in (DATA / "cnndm-dev" / "articles.jsonl").open()]
    labels = json.loads(LABELS.read_text())
    groups: dict[str, list[tuple[str, str]]] = {
        "same story (seeds + labelled same)": [("seed-000", "seed-004")],
        "labelled different, hard (related)": [],
        "labelled different, easy": [],
    }
    for p in labels["seeds"] + labels["pairs"]:
        if p["same"]:
            groups["same story (seeds + labelled same)"].append((p["a"], p["b"]))
        elif p["kind"] == "hard-negative":
            groups["labelled different, hard (related)"].append((p["a"], p["b"]))
        else:
            groups["labelled different, easy"].append((p["a"], p["b"]))
    groups["same story, one side a ~80-word opening"] = [
        (a, f"opening-{b}") for a, b in groups["same story (seeds + labelled same)"][1:]
        if not b.startswith("hartlepool")
    ]
    bbc = sorted(f.stem for f in (DATA / "bbc-politics").glob("*.txt"))
    rng = random.Random(7)
    groups["BBC politics beside CNN/DM (unrelated)"] = [
        (b, f"cnndm-{rng.randrange(len(cnndm))}") for b in rng.sample(bbc, 100)
    ]
    groups["random BBC politics pairs (unlabelled)"] = [tuple(rng.sample(bbc, 2)) for _ in range(100)]

    matcher = StoryMatcher()
    scores: dict[str, list[float]] = {}
    for name, pairs in groups.items():
        scores[name] = []
        for a, b in pairs:
            (fa, wa), (fb, wb) = feat(a), feat(b)
            if min(wa, wb) < MIN_WORDS:
                continue
            scores[name].append(matcher.score(fa, fb).score)
    same = sorted(v for k, vs in scores.items() if k.startswith("same story") for v in vs)
    print(f"lowest same-story scores: {', '.join(f'{s:.2f}' for s in same[:4])}")
    for name, values in scores.items():
        if not name.startswith("same story"):
            top = sorted(values)[-3:]
            print(f"highest scores, {name}: {', '.join(f'{s:.2f}' for s in reversed(top))}")
    print(f"\nwarning rate (score < threshold); shipped threshold {WARN_BELOW:.2f}")
    thresholds = sorted({0.10, 0.15, 0.20, 0.25, 0.30, 0.35, WARN_BELOW})
    print(f"{'pairs':42} {'n':>4} " + " ".join(f"{t:>6.2f}" for t in thresholds))
    for name, values in scores.items():
        rates = [sum(v < t for v in values) / len(values) for t in thresholds]
        print(f"{name:42} {len(values):>4} " + " ".join(f"{r:>6.1%}" for r in rates))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
