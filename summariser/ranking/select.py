"""Choose the brief's key sentences across all sources: weigh the scorers, then pick
greedily with maximal marginal relevance (Carbonell & Goldstein 1998).

Each pick must be able to stand alone (see `standalone`); a sentence that leans
on the one before it ("But ...", "He said ...") may only follow that sentence.
Picks that say what an earlier pick already said are skipped, and the brief
keeps to a word budget. Word overlap misses a result retold in other words, so
results are compared as well (`outcomes`): a sentence telling the same win or loss
as a pick counts for less, and while the picks say only who lost, a sentence
naming the winner counts for more. The picks are shown in story order.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..brief import Line
from ..document import Document
from .base import Scorer
from .centrality import CentralityScorer
from .corroboration import CorroborationScorer
from .headline import HeadlineScorer
from .narrative import NarrativeScorer
from .outcomes import Gist, gist, other_side, same_result
from .position import PositionScorer
from .specifics import SpecificsScorer
from .standalone import Standing
from .story import Candidate, Story, build_story

MAX_WORDS = 100
# A brief has at least this many key sentences when asked for as many; to reach it,
# the word budget may stretch by STRETCH (long-sentence stories, e.g. wire copy).
MIN_PICKS = 3
STRETCH = 1.3


@dataclass(frozen=True)
class Weights:
    position: float = 0.55
    centrality: float = 0.2
    headline: float = 0.15
    specifics: float = 0.1
    corroboration: float = 0.1
    narrative: float = 0.1
    # MMR trade-off: 1 = relevance only, 0 = novelty only.
    relevance: float = 0.75
    # Cosine similarity above which a sentence repeats an earlier pick outright.
    repeat: float = 0.5
    # Two sources' lead sentences both tell the story's core event, so a second lead
    # only earns a place if it shares little with the first.
    lead_repeat: float = 0.15
    # A sentence telling a result an earlier pick told ("Labour conceded defeat", then
    # "McMahon said Labour had not got over the line") keeps this share of its relevance.
    retold: float = 0.5
    # Added to the relevance of a sentence naming the winner while the picks only say who lost.
    other_side: float = 0.25


def default_scorers() -> list[Scorer]:
    return [
        PositionScorer(),
        CentralityScorer(),
        HeadlineScorer(),
        SpecificsScorer(),
        CorroborationScorer(),
        NarrativeScorer(),
    ]


def combined_scores(story: Story, scorers: list[Scorer], weights: Weights) -> np.ndarray:
    total = np.zeros(len(story.candidates))
    for scorer in scorers:
        weight = getattr(weights, scorer.name, 0.0)
        if weight:
            total += weight * np.asarray(scorer(story), dtype=float)
    return total


def select_key_sentences(
    docs: list[Document],
    count: int = 4,
    *,
    headline: str | None = None,
    max_words: int = MAX_WORDS,
    weights: Weights | None = None,
    scorers: list[Scorer] | None = None,
) -> list[Line]:
    """Up to `count` key sentences of the story told by `docs`, in story order."""
    if headline is None:
        titles = [d.title for d in docs if d.title]
        headline = " ".join(titles) or None
    story = build_story(docs, headline)
    if not story.candidates:
        return []
    weights = weights or Weights()
    scores = combined_scores(story, scorers or default_scorers(), weights)
    picks = _pick(story, scores, count, max_words, weights)
    if not picks:
        picks = _fallback(story, count, max_words)
    picks.sort(key=lambda i: _order_key(story.candidates[i]))
    return [
        Line(text=story.candidates[i].text, sources=list(story.candidates[i].sources))
        for i in picks
    ]


def _order_key(c: Candidate) -> tuple[float, int, int]:
    return (c.position, c.doc, c.sentence.index)


def _pick(
    story: Story, scores: np.ndarray, count: int, max_words: int, weights: Weights
) -> list[int]:
    cands = story.candidates
    sim = story.similarity
    # Which candidate holds the sentence just before each one (its antecedent)?
    where = {member: i for i, c in enumerate(cands) for member in c.members}
    previous = [where.get((c.doc, c.sentence.index - 1)) for c in cands]

    picks: list[int] = []
    used = 0
    open_ = [i for i, c in enumerate(cands) if c.standing is not Standing.NEVER]
    gists: dict[int, Gist] = {i: gist(cands[i].text) for i in open_}
    while len(picks) < count and open_:
        best, best_value = None, -np.inf
        for i in open_:
            c = cands[i]
            if c.standing is Standing.NEEDS_PREVIOUS and previous[i] not in picks:
                continue
            budget = max_words * (STRETCH if len(picks) < min(count, MIN_PICKS) else 1.0)
            if used + c.words > budget and picks:
                continue
            overlap = max((sim[i, j] for j in picks), default=0.0)
            if overlap >= weights.repeat:
                continue
            if c.position == 0 and any(
                cands[j].position == 0 and sim[i, j] >= weights.lead_repeat for j in picks
            ):
                continue
            relevance = scores[i]
            if gists[i].reports_result:
                told = [gists[j] for j in picks]
                if other_side(gists[i], told):
                    relevance += weights.other_side
                if any(same_result(gists[i], g) for g in told):
                    relevance *= weights.retold
            value = weights.relevance * relevance - (1 - weights.relevance) * overlap
            if value > best_value:
                best, best_value = i, value
        if best is None:
            break
        picks.append(best)
        used += cands[best].words
        open_.remove(best)
    return picks


def _fallback(story: Story, count: int, max_words: int) -> list[int]:
    """Nothing stands alone (a fragment, a few quotes): rather than an empty brief, show the
    opening sentences that are not furniture, or failing that the very first sentence."""
    usable = [i for i, c in enumerate(story.candidates) if c.standing is not Standing.NEVER]
    picks: list[int] = []
    used = 0
    for i in usable or [0]:
        c = story.candidates[i]
        if len(picks) >= count or (picks and used + c.words > max_words):
            break
        picks.append(i)
        used += c.words
    return picks
