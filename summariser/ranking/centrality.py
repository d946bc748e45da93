"""Centrality: what the story keeps coming back to (continuous LexRank).

The same idea as sumy's LexRankSummarizer (Erkan & Radev 2004): sentences are
TF-IDF vectors, edges their cosine similarity, and a sentence is central when
central sentences resemble it. Computed with one matrix product and a short
power iteration instead of sumy's pairwise Python loops, so it stays fast on
long stories, and over the story's merged candidates so every source counts.
"""

from __future__ import annotations

import numpy as np

from .base import scaled
from .story import Story


class CentralityScorer:
    name = "centrality"

    def __init__(
        self, damping: float = 0.15, threshold: float = 0.05, iterations: int = 50
    ) -> None:
        self.damping = damping
        self.threshold = threshold
        self.iterations = iterations

    def __call__(self, story: Story) -> np.ndarray:
        n = len(story.candidates)
        if n < 3:
            return np.ones(n)
        sim = np.where(story.similarity >= self.threshold, story.similarity, 0.0)
        degree = sim.sum(axis=1, keepdims=True)
        degree[degree == 0] = 1.0
        walk = sim / degree  # row-stochastic (isolated rows stay zero)
        rank = np.full(n, 1.0 / n)
        jump = self.damping / n
        for _ in range(self.iterations):  # bounded; converges in ~20 steps
            nxt = jump + (1 - self.damping) * (walk.T @ rank)
            nxt /= nxt.sum()
            if np.abs(nxt - rank).sum() < 1e-6:
                rank = nxt
                break
            rank = nxt
        return scaled(rank)
