"""TF-IDF vectors against a fixed background of political news.

IDF comes from a shipped table of document frequencies (built from the
CC0 BBC politics articles by `python -m summariser.story_match.background`), not from
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

    def __post_init__(self) -> None:
        # precomputed: vectorising looks every term up
        table = {t: math.log((self.documents + 1) / (n + 1)) + 1.0 for t, n in self.df.items()}
        object.__setattr__(self, "_idf", table)
        object.__setattr__(self, "_unseen", math.log(self.documents + 1) + 1.0)

    def idf(self, term: str) -> float:
        return self._idf.get(term, self._unseen)  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def default_background() -> Background:
    raw = json.loads(resources.files(__package__).joinpath("data/background_df.json").read_text())
    return Background(documents=raw["documents"], df=raw["df"])


def vectorise(terms: list[str], background: Background, top: int | None = 120) -> Vector:
    """Sublinear-TF x IDF, L2-normalised, heaviest term first, keeping the `top` heaviest.

    Truncating to the heaviest terms keeps matching fast over a day of
    articles and drops the long tail that only adds noise to the cosine; the
    order lets the index look candidates up by the most telling terms.
    """
    idf = background.idf
    log = math.log
    weights = sorted(
        ((t, (1.0 + log(c)) * idf(t)) for t, c in Counter(terms).items()),
        key=lambda kv: (-kv[1], kv[0]),
    )
    if top is not None:
        weights = weights[:top]
    norm = math.sqrt(sum(w * w for _, w in weights)) or 1.0
    return {t: w / norm for t, w in weights}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())
