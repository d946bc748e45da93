"""TF-IDF vectors against a fixed background of political news.

IDF comes from a shipped table of document frequencies (built from the
CC0 BBC politics articles by `python -m bot.stories.background`), not from
the few articles in one channel: with two documents every shared word looks
rare. Words the background never saw (new names, places) get the highest
IDF, which is what makes "Hartlepool" count for more than "Labour". Fixed
IDF also means an article's vector never changes, so it can be cached.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

Vector = dict[str, float]


@dataclass(frozen=True)
class Background:
    documents: int
    df: dict[str, int]

    def idf(self, term: str) -> float:
        return math.log((self.documents + 1) / (self.df.get(term, 0) + 1)) + 1.0


@lru_cache(maxsize=1)
def default_background() -> Background:
    raw = json.loads(resources.files("bot.stories").joinpath("data/background_df.json").read_text())
    return Background(documents=raw["documents"], df=raw["df"])


def vectorise(terms: list[str], background: Background, top: int | None = 120) -> Vector:
    """Sublinear-TF x IDF, L2-normalised, keeping the `top` heaviest terms.

    Truncating to the heaviest terms keeps matching fast over a day of
    articles and drops the long tail that only adds noise to the cosine.
    """
    counts = Counter(terms)
    weights = {t: (1.0 + math.log(c)) * background.idf(t) for t, c in counts.items()}
    if top is not None and len(weights) > top:
        weights = dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:top])
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())
