"""Precision and recall of "same story" on hand-labelled pairs.

    python bench/stories.py

Pairs: the two seed reports (summariser/example/hartlepool-1.txt, -2.txt)
and the pairs of ../shared/data/bbc-politics/ labelled in
bench/labels/story_pairs.json (set NEWSBRIEF_SHARED to move shared/).
Baselines from the same run: TF-IDF cosine alone (no people/number
bonuses), plain term-frequency cosine without the background IDF (each at
its own best threshold on these pairs, which flatters them), and the
same-URL rule, which never joins two different outlets' reports. The
shipped weights and threshold were themselves chosen on these pairs: the
figures are a fit, not a held-out estimate.
People come from the summariser's Brief when it is importable.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.stories import StoryMatcher, extract_features  # noqa: E402
from summariser.story_match.tfidf import Background  # noqa: E402

SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))
BBC = SHARED / "data" / "bbc-politics"
LABELS = ROOT / "bench" / "labels" / "story_pairs.json"


def load(stem: str) -> tuple[str, str]:
    if stem.startswith("hartlepool"):
        raw = (ROOT / "summariser" / "example" / f"{stem}.txt").read_text(encoding="utf-8")
    else:
        raw = (BBC / f"{stem}.txt").read_text(encoding="utf-8")
    title, _, body = raw.strip().partition("\n")
    return title.strip(), body.strip()


def people_of(title: str, body: str) -> tuple[list[str], str]:
    """Names from the summariser's Brief, if the summariser is there."""
    try:
        from summariser import summarise
        from summariser.article import Article

        brief = summarise(Article(text=body, title=title))
        return [p.name for p in brief.people], "summariser"
    except Exception as exc:  # the summariser may not be built yet
        return [], f"none ({type(exc).__name__})"


def prf(predicted: list[bool], truth: list[bool]) -> tuple[float, float, float]:
    tp = sum(p and t for p, t in zip(predicted, truth, strict=True))
    fp = sum(p and not t for p, t in zip(predicted, truth, strict=True))
    fn = sum(t and not p for p, t in zip(predicted, truth, strict=True))
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> int:
    if not BBC.is_dir():
        print(f"bench/stories.py: {BBC} not found (set NEWSBRIEF_SHARED)", file=sys.stderr)
        return 2
    labels = json.loads(LABELS.read_text())
    pairs = labels["seeds"] + labels["pairs"]
    stems = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
    texts = {s: load(s) for s in stems}
    people_source = "none"
    people: dict[str, list[str]] = {}
    for s in stems:
        people[s], people_source = people_of(*texts[s])

    flat = Background(documents=0, df={})
    variants = {
        "newsbrief (tf-idf + people + numbers)": (StoryMatcher(), None),
        "tf-idf cosine only": (replace(StoryMatcher(), person_bonus=0.0, number_bonus=0.0), None),
        "tf cosine, no background idf": (
            replace(StoryMatcher(), person_bonus=0.0, number_bonus=0.0),
            flat,
        ),
    }
    truth = [bool(p["same"]) for p in pairs]
    print(
        f"pairs: {len(pairs)} ({sum(truth)} same, {len(truth) - sum(truth)} different; "
        f"{sum(p['kind'] == 'hard-negative' for p in pairs)} hard negatives); people from: {people_source}"
    )
    print(f"{'method':42} {'precision':>9} {'recall':>7} {'f1':>6}  seeds")
    details = {}
    for name, (matcher, background) in variants.items():
        feats = {
            s: extract_features(texts[s][1], texts[s][0], people[s], background=background)
            for s in stems
        }
        if name.startswith("newsbrief"):
            threshold = matcher.threshold
        else:  # the baseline's own best threshold on these pairs
            raw = [matcher.score(feats[p["a"]], feats[p["b"]]) for p in pairs]
            grid = [t / 100 for t in range(20, 71, 2)]
            threshold = max(
                grid,
                key=lambda t: prf(
                    [x.cosine >= matcher.min_cosine and x.score >= t for x in raw], truth
                )[2],
            )
            matcher = replace(matcher, threshold=threshold)
        scores = [matcher.score(feats[p["a"]], feats[p["b"]]) for p in pairs]
        predicted = [s.same for s in scores]
        p, r, f = prf(predicted, truth)
        seed = scores[0]
        print(
            f"{name + f' @{threshold:.2f}':42} {p:9.3f} {r:7.3f} {f:6.3f}  "
            f"{'same' if seed.same else 'DIFFERENT'} (score {seed.score:.2f})"
        )
        details[name] = (scores, predicted)
    print(
        f"{'same URL only':42} {'n/a':>9} {0.0:7.3f} {0.0:6.3f}  DIFFERENT (two outlets, two URLs)"
    )

    scores, predicted = details["newsbrief (tf-idf + people + numbers)"]
    print("\nnewsbrief errors:")
    errors = 0
    for pair, score, guess in zip(pairs, scores, predicted, strict=True):
        if guess != pair["same"]:
            errors += 1
            print(
                f"  {'FN' if pair['same'] else 'FP'} {pair['a']}/{pair['b']} cos={score.cosine:.2f} "
                f"people={score.shared_people} numbers={score.shared_numbers} "
                f"score={score.score:.2f}  {pair['note']}"
            )
    if not errors:
        print("  none")
    print("\nthreshold sweep (newsbrief scoring):")
    base = StoryMatcher()
    for t in (0.40, 0.44, 0.48, 0.50, 0.52, 0.54, 0.56, 0.60):
        guess = [s.cosine >= base.min_cosine and s.score >= t for s in scores]
        p, r, f = prf(guess, truth)
        print(f"  threshold {t:.2f}: precision {p:.3f} recall {r:.3f} f1 {f:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
