"""Fit the weights of `summariser.facts.WEIGHTS` on the hand-labelled dev set.

Usage:  python bench/fit_facts.py [--labels DIR ...] [--cv] [--l2 X]

Every fact candidate of every dev article (before the per-sentence cut) is a training
row: its traits, and whether it holds every `must` token of some labelled fact. A
logistic regression (Newton steps, L2 on all but the bias) gives one weight per trait;
the script prints them as a `WEIGHTS` table to paste into `summariser/facts.py`, with
fact recall under the current weights and the fitted ones side by side. `--cv` also
prints leave-one-article-out recall: the figure to expect on articles not fitted on.
Never pass bench/labels/heldout here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from common import REPO
from extraction import load_article, normalise

from summariser import facts
from summariser.document import build_document
from summariser.extract import extract_document, extract_story

NAMES = list(facts.WEIGHTS)
# Readability is the product's rule, not the labels' (a fact is recalled by its tokens,
# however it reads), so the shape penalties keep their set values and are not fitted.
FIXED = ("pronoun", "short", "window", "spoken", "credited", "label", "dangling", "aside",
         "circumstance")
SCALE = {"words": 1 / 15}
SCALE_ODDS = 0.5  # the set weights, in score points, as log-odds  # keep traits on comparable scales for the penalty


def _covers(text: str, label: dict) -> bool:
    t = normalise(text)
    return any(all(normalise(m) in t for m in f["must"]) for f in label["facts"])


def load(dirs: list[Path]) -> list[tuple[dict, object]]:
    out = []
    for d in dirs:
        for path in sorted(d.glob("*.json")):
            label = json.loads(path.read_text(encoding="utf-8"))
            out.append((label, build_document(load_article(label["source"], label.get("text"), path.parent))))
    return out


def rows(data: list[tuple[dict, object]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Traits (with a bias column), targets and article numbers of every candidate."""
    saved = facts.PER_SENTENCE
    facts.PER_SENTENCE = 1_000
    try:
        xs, ys, groups = [], [], []
        for n, (label, doc) in enumerate(data):
            for c in extract_document(doc, 0).facts:
                xs.append([1.0] + [c.traits.get(k, 0.0) * SCALE.get(k, 1.0) for k in NAMES])
                ys.append(1.0 if _covers(c.text, label) else 0.0)
                groups.append(n)
    finally:
        facts.PER_SENTENCE = saved
    return np.array(xs), np.array(ys), np.array(groups)


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Logistic regression; the FIXED traits enter as a set offset (in log-odds)."""
    fixed = np.array([False] + [k in FIXED for k in NAMES])
    set_w = np.array([0.0] + [facts.WEIGHTS[k] / SCALE.get(k, 1.0) for k in NAMES]) * SCALE_ODDS
    offset = x[:, fixed] @ set_w[fixed]
    xf = x[:, ~fixed]
    w = np.zeros(xf.shape[1])
    reg = np.full(xf.shape[1], l2)
    reg[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(xf @ w + offset)))
        grad = xf.T @ (p - y) + reg * w
        hess = (xf * (p * (1 - p))[:, None]).T @ xf + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    full = set_w.copy()
    full[~fixed] = w
    return full


def as_weights(w: np.ndarray) -> tuple[dict[str, float], float]:
    """The trait weights in `facts.WEIGHTS` units (score points), and the bias."""
    return ({k: float(w[i + 1]) * SCALE.get(k, 1.0) / SCALE_ODDS for i, k in enumerate(NAMES)},
            float(w[0]) / SCALE_ODDS)


def recall(data: list[tuple[dict, object]], weights: dict[str, float] | None = None,
           min_score: float | None = None) -> tuple[int, int]:
    saved = dict(facts.WEIGHTS), facts.MIN_SCORE
    if weights is not None:
        facts.WEIGHTS.update(weights)
    if min_score is not None:
        facts.MIN_SCORE = min_score
    try:
        ok = n = 0
        for label, doc in data:
            got = [normalise(f.text) for f in extract_story([doc]).facts]
            for fact in label["facts"]:
                n += 1
                ok += any(all(normalise(m) in g for m in fact["must"]) for g in got)
        return ok, n
    finally:
        facts.WEIGHTS.clear()
        facts.WEIGHTS.update(saved[0])
        facts.MIN_SCORE = saved[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", type=Path, action="append",
                    help="label folders (default bench/labels/extraction)")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--threshold", type=float, default=0.1,
                    help="least fitted probability a fact needs to be shown")
    ap.add_argument("--cv", action="store_true", help="leave-one-article-out recall")
    ap.add_argument("--test", type=Path, action="append", default=[],
                    help="label folders to score the fitted weights on, not fitted on")
    args = ap.parse_args()
    dirs = args.labels or [REPO / "bench" / "labels" / "extraction"]
    if any("heldout" in str(d) for d in [*dirs, *args.test]):
        raise SystemExit("bench/labels/heldout is held out: never fit on it")
    data = load(dirs)
    x, y, groups = rows(data)
    w = fit(x, y, args.l2)
    weights, bias = as_weights(w)
    # Scores are log-odds without the bias: shown when p >= threshold.
    min_score = float(np.log(args.threshold / (1 - args.threshold)) / SCALE_ODDS - bias)
    ok0, n = recall(data)
    ok1, _ = recall(data, weights, min_score)
    print(f"{len(data)} articles, {len(y)} candidates, {int(y.sum())} hold a labelled fact")
    print(f"fact recall, current weights: {ok0}/{n} = {ok0 / n:.3f}")
    print(f"fact recall, fitted weights:  {ok1}/{n} = {ok1 / n:.3f}   (in-sample)")
    if args.test:
        test = load(args.test)
        okt0, nt = recall(test)
        okt1, _ = recall(test, weights, min_score)
        print(f"on {', '.join(map(str, args.test))} (not fitted on): current {okt0}/{nt} = {okt0 / nt:.3f}, "
              f"fitted {okt1}/{nt} = {okt1 / nt:.3f}")
    if args.cv:
        ok_cv = 0
        for g in range(len(data)):
            keep = groups != g
            wg, bg = as_weights(fit(x[keep], y[keep], args.l2))
            ms = float(np.log(args.threshold / (1 - args.threshold)) / SCALE_ODDS - bg)
            ok_cv += recall([data[g]], wg, ms)[0]
        print(f"fact recall, leave-one-article-out: {ok_cv}/{n} = {ok_cv / n:.3f}")
    print("\nWEIGHTS = {")
    for k in NAMES:
        print(f'    "{k}": {weights[k]:.2f},')
    print("}")
    print(f"MIN_SCORE = {min_score:.2f}  # p >= {args.threshold}")


if __name__ == "__main__":
    main()
