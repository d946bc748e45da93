"""Corroboration: a sentence several outlets carry is the story, not one outlet's angle."""

from __future__ import annotations

import numpy as np

from .story import Story


class CorroborationScorer:
    """Share of the story's sources that carry the sentence (all ones for a single source)."""

    name = "corroboration"

    def __call__(self, story: Story) -> np.ndarray:
        total = max(1, len(story.docs))
        return np.array([len(c.sources) / total for c in story.candidates], dtype=float)
