"""The one interface every key-sentence scoring algorithm implements.

A scorer looks at the whole story and rates every candidate sentence in [0, 1]
(higher = more worth a place in the brief). `select` weighs the ratings of
several scorers; each algorithm stays small and can be tested on its own.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from .story import Story


class Scorer(Protocol):
    name: str

    def __call__(self, story: Story) -> np.ndarray:
        """One rating in [0, 1] per candidate of `story`, in candidate order."""
        ...


def scaled(values: np.ndarray) -> np.ndarray:
    """Ratings scaled so the best is 1 (all zeros stay zeros)."""
    top = float(values.max()) if values.size else 0.0
    return values / top if top > 0 else np.zeros_like(values, dtype=float)
