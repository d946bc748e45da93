"""Stories of a channel, searchable by content, with the summariser's same-story rule."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice

from summariser.story_match import ArticleFeatures, MatchScore, StoryMatcher


@dataclass
class _Entry:
    story_id: int
    features: ArticleFeatures


@dataclass
class StoryIndex:
    """Articles grouped into stories, searchable by content.

    Two steps keep a day of a busy desk's articles inside the digest's time
    budget: candidates come from an inverted index over each article's
    `key_terms` heaviest terms (rare names, places, the event's own words),
    ranked by the partial dot product; then only the `rerank` best are scored
    in full with the matcher. A story's best-matching article decides (single
    link), so a story told in two waves still matches the latest report.
    """

    matcher: StoryMatcher = field(default_factory=StoryMatcher)
    key_terms: int = 30
    rerank: int = 8
    _entries: list[_Entry] = field(default_factory=list)
    _postings: dict[str, list[tuple[int, float]]] = field(default_factory=lambda: defaultdict(list))
    _story_updated: dict[int, datetime] = field(default_factory=dict)
    _article_ids: set[int] = field(default_factory=set)
    _story_sizes: dict[int, int] = field(default_factory=lambda: defaultdict(int))

    def add(
        self, story_id: int, features: ArticleFeatures, at: datetime, article_id: int | None = None
    ) -> None:
        """Index an article of a story; `at` is when the story was last updated."""
        idx = len(self._entries)
        self._entries.append(_Entry(story_id, features))
        if article_id is not None:
            self._article_ids.add(article_id)
        self._story_sizes[story_id] += 1
        for term, weight in islice(features.vector.items(), self.key_terms):
            self._postings[term].append((idx, weight))
        self.touch(story_id, at)

    def touch(self, story_id: int, at: datetime) -> None:
        previous = self._story_updated.get(story_id)
        if previous is None or at > previous:
            self._story_updated[story_id] = at

    def has(self, article_id: int) -> bool:
        return article_id in self._article_ids

    def size(self, story_id: int) -> int:
        """How many of the story's articles are indexed."""
        return self._story_sizes.get(story_id, 0)

    def best(
        self,
        features: ArticleFeatures,
        since: datetime | None = None,
        stories: set[int] | None = None,
    ) -> tuple[int, MatchScore] | None:
        """The story this article belongs to, or None for a new story.

        Only stories updated since `since` and, if given, in `stories` count.
        """
        partial: dict[int, float] = defaultdict(float)
        postings = self._postings
        for term, weight in islice(features.vector.items(), self.key_terms):
            for idx, other in postings.get(term, ()):
                partial[idx] += weight * other
        ranked = sorted(partial.items(), key=lambda kv: -kv[1])
        best: tuple[int, MatchScore] | None = None
        scored = 0
        for idx, _ in ranked:
            entry = self._entries[idx]
            if since is not None and self._story_updated[entry.story_id] < since:
                continue
            if stories is not None and entry.story_id not in stories:
                continue
            result = self.matcher.score(features, entry.features)
            if result.same and (best is None or result.score > best[1].score):
                best = (entry.story_id, result)
            scored += 1
            if scored >= self.rerank:
                break
        return best

    def __len__(self) -> int:
        return len(self._entries)
