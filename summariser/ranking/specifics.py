"""Specifics: names and numbers are what a desk needs (who, how many, how much).

Counts capitalised words that are not the sentence's first word (people,
parties, places) and numbers, per sentence, relative to the richest sentence.
A density, not a raw count, so long sentences do not win by length alone.
"""

from __future__ import annotations

import re

import numpy as np

from .base import scaled
from .story import Story
from .tokens import stop_words

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,:%]*")


def specific_count(text: str) -> int:
    stops = stop_words()
    count = 0
    for i, tok in enumerate(_TOKEN.findall(text)):
        if tok[0].isdigit():
            count += 1
        elif i > 0 and tok[0].isupper() and tok.lower() not in stops:
            count += 1
    return count


class SpecificsScorer:
    name = "specifics"

    def __call__(self, story: Story) -> np.ndarray:
        dens = np.array(
            [specific_count(c.text) / (c.words + 5.0) for c in story.candidates], dtype=float
        )
        return scaled(dens)
