"""Narrative: the reporter's own sentences carry a brief; quotes have their own section.

A sentence that is mostly someone's quoted words ("McMahon told Sky News: “It is
pretty clear ...") repeats what the brief's key quotes already show, and often
opens a quote it does not close. Rated by the share of the sentence outside
quotation marks.
"""

from __future__ import annotations

import re

import numpy as np

from .story import Story

_QUOTED = re.compile(r'"[^"]*(?:"|$)')


def quoted_share(norm: str) -> float:
    """Share of a sentence's characters inside double quotes (straight-quote form)."""
    text = norm.strip()
    if not text or '"' not in text:
        return 0.0
    inside = sum(len(m.group(0)) for m in _QUOTED.finditer(text))
    return min(1.0, inside / len(text))


class NarrativeScorer:
    name = "narrative"

    def __call__(self, story: Story) -> np.ndarray:
        return np.array(
            [1.0 - quoted_share(c.sentence.norm) for c in story.candidates], dtype=float
        )
