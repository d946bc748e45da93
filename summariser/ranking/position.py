"""Position: news puts the essentials first (the inverted pyramid; Lead-3 is hard to beat)."""

from __future__ import annotations

import numpy as np

from .story import Story


class PositionScorer:
    """1 for a source's lead sentence, decaying with each sentence after it.

    A sentence repeated by several sources counts at its earliest place.
    """

    name = "position"

    def __init__(self, half_life: float = 1.5) -> None:
        self.half_life = half_life

    def __call__(self, story: Story) -> np.ndarray:
        pos = np.array([c.position for c in story.candidates], dtype=float)
        return 0.5 ** (pos / self.half_life)
