"""Search the fact weights for recall directly, and say whether it pays on articles not searched on.

Usage:  python bench/tune_facts.py [--labels DIR ...] [--folds K]

`fit_facts.py` fits the weights by logistic regression, which scores each candidate alone;
recall is a ranking outcome (six picks an article), so this script searches the weights
for recall itself: coordinate ascent, each free weight scaled by 0.5-2x while recall rises.
It reports K-fold cross-validated recall (search on K-1 folds of articles, count on the
one left out) beside the set weights' recall on the same folds, then the in-sample best.

To be fast it scores each article's candidates once and re-ranks them in a simulation of
`fact_candidates`' per-sentence cut and `select_facts`, so its recall for the set weights
is close to, not equal to, `bench/extraction.py`'s. The readability penalties are the
product's rule and stay fixed, as in `fit_facts.py`. Never pass bench/labels/heldout.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from common import REPO
from extraction import load_article, normalise

from summariser import facts
from summariser.document import build_document
from summariser.extract import extract_document
from summariser.facts import FactCandidate

LABELS = REPO / "bench" / "labels"
FIXED = frozenset("pronoun short window spoken credited label dangling aside circumstance torn whole".split())
STEPS = (0.5, 0.75, 1.25, 1.5, 2.0)
Article = tuple[list[FactCandidate], list[float], list[list[str]]]


def load(folders: list[Path]) -> list[Article]:
    """Every candidate of every article (no per-sentence cut), its score without the
    weighted traits, and the article's labelled `must` tokens."""
    saved = facts.PER_SENTENCE, facts.DISTINCT
    facts.PER_SENTENCE, facts.DISTINCT = 1000, 1.0
    try:
        out: list[Article] = []
        for folder in folders:
            for path in sorted(folder.glob("*.json")):
                label = json.loads(path.read_text(encoding="utf-8"))
                doc = build_document(load_article(label["source"], label.get("text"), path.parent))
                cands = extract_document(doc).facts
                rest = [c.score - facts._weighted(c.traits) for c in cands]
                musts = [[normalise(m) for m in f["must"]] for f in label["facts"]]
                out.append((cands, rest, musts))
        return out
    finally:
        facts.PER_SENTENCE, facts.DISTINCT = saved


def picks(article: Article, weights: dict[str, float]) -> list[str]:
    """The six facts the weights would pick: each sentence's two best distinct cuts, then
    the best-scored non-repeats."""
    cands, rest, _ = article
    for c, r in zip(cands, rest, strict=True):
        c.score = r + sum(weights[k] * v for k, v in c.traits.items())
    by_sentence: dict[tuple[int, int, bool], list[FactCandidate]] = {}
    for c in cands:
        credited = bool(c.traits.get("credited") or c.traits.get("spoken"))
        by_sentence.setdefault((c.source, c.sentence, credited), []).append(c)
    kept = [c for group in by_sentence.values() for c in facts.sentence_picks(group)]
    left = [c for c in sorted(kept, key=lambda c: (-c.score, c.source, c.sentence)) if c.score >= facts.MIN_SCORE]
    chosen: list[FactCandidate] = []
    while left and len(chosen) < facts.MAX_FACTS:
        chosen.append(left[0])
        left = [c for c in left[1:] if not facts._same(chosen[-1], c)]
    return [normalise(c.text) for c in chosen]


def recall(articles: list[Article], weights: dict[str, float]) -> tuple[int, int]:
    hit = total = 0
    for article in articles:
        texts = picks(article, weights)
        for must in article[2]:
            total += 1
            hit += any(all(m in t for m in must) for t in texts)
    return hit, total


def ascend(articles: list[Article], start: dict[str, float], rounds: int = 3) -> dict[str, float]:
    """Scale one free weight at a time while recall on `articles` rises."""
    best_w, best = dict(start), recall(articles, start)[0]
    for _ in range(rounds):
        before = best
        for name in best_w:
            if name in FIXED:
                continue
            for step in STEPS:
                trial = dict(best_w)
                trial[name] = best_w[name] * step if best_w[name] else step - 0.5
                got = recall(articles, trial)[0]
                if got > best:
                    best_w, best = trial, got
        if best == before:
            break
    return best_w


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=Path, action="append", help="label folders (default: all dev and intl sets)")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    folders = args.labels or sorted(p for p in LABELS.iterdir()
                                    if p.is_dir() and p.name.startswith(("extraction", "dev", "intl")))
    articles = load(folders)
    start = dict(facts.WEIGHTS)
    order = list(range(len(articles)))
    random.Random(1).shuffle(order)
    folds = [order[k :: args.folds] for k in range(args.folds)]
    set_hits = tuned_hits = total = 0
    for fold in folds:
        out = set(fold)
        tuned = ascend([a for i, a in enumerate(articles) if i not in out], start)
        test = [articles[i] for i in fold]
        a, n = recall(test, start)
        b, _ = recall(test, tuned)
        set_hits, tuned_hits, total = set_hits + a, tuned_hits + b, total + n
    print(f"{len(articles)} articles from {len(folders)} label sets, {total} labelled facts")
    print(f"cross-validated ({args.folds} folds): set weights {set_hits}/{total} = {set_hits / total:.3f}, "
          f"searched weights {tuned_hits}/{total} = {tuned_hits / total:.3f}")
    best = ascend(articles, start)
    hits, _ = recall(articles, best)
    print(f"in-sample best: {hits}/{total} = {hits / total:.3f}; changed weights:")
    for name, value in best.items():
        if value != start[name]:
            print(f"  {name}: {start[name]} -> {value:.2f}")


if __name__ == "__main__":
    main()
