"""Headline overlap: the sentence that restates the headline usually carries the story."""

from __future__ import annotations

import numpy as np

from .story import Story


class HeadlineScorer:
    """Share of the headline's content terms a sentence contains (0 without a headline)."""

    name = "headline"

    def __call__(self, story: Story) -> np.ndarray:
        head = story.headline_terms
        if not head:
            return np.zeros(len(story.candidates))
        return np.array([len(head & set(c.terms)) / len(head) for c in story.candidates])
