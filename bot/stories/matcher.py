"""Same story or not: one scoring rule, and an index that applies it to a stream.

The score blends the TF-IDF cosine of the whole texts with that of their
leads (headline and opening paragraphs, where a report states its event:
follow-ups on the same topic share background paragraphs, not leads), plus
small bonuses for each person both briefs name and each distinctive number
both texts give (capped),
so two reports of one by-election that share "Hartlepool", "McMahon" and
"3,595" clear the bar while two Iraq stories from different weeks do not.
The weights and threshold are set on the labelled pairs in
`bench/labels/story_pairs.json` (see `bench/stories.py`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from bot.stories.features import ArticleFeatures


@dataclass(frozen=True)
class MatchScore:
    cosine: float
    lead_cosine: float
    shared_people: int
    shared_numbers: int
    score: float
    same: bool


@dataclass(frozen=True)
class StoryMatcher:
    threshold: float = 0.42
    min_cosine: float = 0.12
    lead_weight: float = 0.5
    person_bonus: float = 0.04
    number_bonus: float = 0.04
    bonus_cap: int = 2

    def score(
        self, a: ArticleFeatures, b: ArticleFeatures, cosine: float | None = None
    ) -> MatchScore:
        if cosine is None:
            cosine = _dot(a.vector, b.vector)
        lead = _dot(a.lead, b.lead)
        people = len(a.people & b.people)
        nums = len(a.numbers & b.numbers)
        score = (
            (1.0 - self.lead_weight) * cosine
            + self.lead_weight * lead
            + self.person_bonus * min(people, self.bonus_cap)
            + self.number_bonus * min(nums, self.bonus_cap)
        )
        same = cosine >= self.min_cosine and score >= self.threshold
        return MatchScore(
            cosine=cosine,
            lead_cosine=lead,
            shared_people=people,
            shared_numbers=nums,
            score=score,
            same=same,
        )


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


@dataclass
class _Entry:
    story_id: int
    features: ArticleFeatures


@dataclass
class StoryIndex:
    """Articles grouped into stories, searchable by content.

    An inverted index over the (truncated) TF-IDF vectors means a new article
    is only scored against articles sharing a term with it, which keeps a
    day of a busy desk's articles well inside the digest's time budget.
    A story's best-matching article decides (single link): a story told in
    two waves still matches the latest report.
    """

    matcher: StoryMatcher = field(default_factory=StoryMatcher)
    _entries: list[_Entry] = field(default_factory=list)
    _postings: dict[str, list[tuple[int, float]]] = field(default_factory=lambda: defaultdict(list))
    _story_updated: dict[int, datetime] = field(default_factory=dict)
    _article_ids: set[int] = field(default_factory=set)

    def add(
        self, story_id: int, features: ArticleFeatures, at: datetime, article_id: int | None = None
    ) -> None:
        """Index an article of a story; `at` is when the story was last updated."""
        idx = len(self._entries)
        self._entries.append(_Entry(story_id, features))
        if article_id is not None:
            self._article_ids.add(article_id)
        for term, weight in features.vector.items():
            self._postings[term].append((idx, weight))
        self.touch(story_id, at)

    def touch(self, story_id: int, at: datetime) -> None:
        previous = self._story_updated.get(story_id)
        if previous is None or at > previous:
            self._story_updated[story_id] = at

    def has(self, article_id: int) -> bool:
        return article_id in self._article_ids

    def best(
        self, features: ArticleFeatures, since: datetime | None = None
    ) -> tuple[int, MatchScore] | None:
        """The story this article belongs to, or None for a new story."""
        dots: dict[int, float] = defaultdict(float)
        for term, weight in features.vector.items():
            for idx, other in self._postings.get(term, ()):
                dots[idx] += weight * other
        best: tuple[int, MatchScore] | None = None
        for idx, cosine in dots.items():
            if cosine < self.matcher.min_cosine:
                continue
            entry = self._entries[idx]
            if since is not None and self._story_updated[entry.story_id] < since:
                continue
            result = self.matcher.score(features, entry.features, cosine)
            if result.same and (best is None or result.score > best[1].score):
                best = (entry.story_id, result)
        return best

    def __len__(self) -> int:
        return len(self._entries)
