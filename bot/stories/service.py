"""Placing a briefed article in a channel's story: store it, then join or start a story.

The store is the truth (any process may have added to a story). Each process
keeps, per channel, an index of the articles it has already seen: an
article's text, and so its vector, never changes, and it never changes story,
so only articles new to this process are fetched and indexed. Which stories
are still inside the window is asked of the store on every call.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.storage.repository import BriefMessage, Repository, StoredArticle, StoredStory
from bot.stories.index import StoryIndex
from summariser.story_match import ArticleFeatures, MatchScore, StoryMatcher, extract_features

NEW_STORY, JOINED, ALREADY_BRIEFED = "new-story", "joined", "already-briefed"
SYNC_MARGIN = timedelta(minutes=10)


@dataclass
class _ChannelState:
    index: StoryIndex
    stories: dict[int, tuple[int, datetime]] = field(
        default_factory=dict
    )  # id -> (sources, updated)
    high_water: datetime | None = None


@dataclass(frozen=True)
class Placement:
    """Where an article went: `kind` is new-story, joined or already-briefed."""

    kind: str
    article: StoredArticle
    story: StoredStory
    score: MatchScore | None = None
    message: BriefMessage | None = None  # for already-briefed: the story's brief here, if posted


class StoryService:
    def __init__(
        self,
        repo: Repository,
        matcher: StoryMatcher | None = None,
        window: timedelta = timedelta(hours=48),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        max_index: int = 20_000,
    ) -> None:
        self.repo = repo
        self.matcher = matcher or StoryMatcher()
        self.window = window
        self.clock = clock
        self._states: dict[str, _ChannelState] = {}
        # the brief pool's threads share the in-process index: place one article at a time
        self._lock = threading.RLock()
        self._max_index = max_index

    def _index(self, channel_id: str, now: datetime) -> tuple[StoryIndex, set[int]]:
        """The channel's index, synced with the store, and the stories in the window.

        Only stories updated since the newest update this process has seen
        (less `SYNC_MARGIN`, for other processes' clocks and commits) are read;
        a story whose source count exceeds what is indexed was added to
        elsewhere, and only its missing articles are fetched.
        """
        state = self._states.get(channel_id)
        if state is None or len(state.index) > self._max_index:
            state = self._states[channel_id] = _ChannelState(StoryIndex(matcher=self.matcher))
        since = now - self.window
        if state.high_water is not None:
            since = max(since, state.high_water - SYNC_MARGIN)
        for story_id, (count, updated_at) in self.repo.active_stories(channel_id, since).items():
            state.stories[story_id] = (count, updated_at)
            if state.high_water is None or updated_at > state.high_water:
                state.high_water = updated_at
        cutoff = now - self.window
        active = {sid for sid, (_, updated_at) in state.stories.items() if updated_at >= cutoff}
        behind = [sid for sid in active if state.index.size(sid) < state.stories[sid][0]]
        if behind:
            missing = [a for _, a in self.repo.story_article_ids(behind) if not state.index.has(a)]
            for cand in self.repo.candidate_articles(channel_id, missing):
                features = extract_features(cand.text, cand.title, cand.people)
                state.index.add(cand.story_id, features, now, cand.article_id)
        return state.index, active

    def _indexed(
        self, channel_id: str, story: StoredStory, features: ArticleFeatures, article_id: int
    ) -> None:
        """Record in this process what it just stored itself."""
        state = self._states.get(channel_id)
        if state is None:
            return
        state.index.add(story.id, features, story.updated_at, article_id)
        state.stories[story.id] = (story.source_count, story.updated_at)

    def place(self, channel_id: str, text: str, **kwargs: Any) -> Placement:
        """Store the article and put it in the channel's matching story, or a new one."""
        with self._lock:
            return self._place(channel_id, text, **kwargs)

    def attach(self, channel_id: str, story_id: int, text: str, **kwargs: Any) -> Placement:
        """Store an article and put it in the given story (unless already in one here)."""
        with self._lock:
            return self._attach(channel_id, story_id, text, **kwargs)

    def _store(
        self,
        channel_id: str,
        text: str,
        *,
        url: str | None,
        title: str | None,
        site: str | None,
        published: datetime | None,
        now: datetime,
    ) -> tuple[StoredArticle, Placement | None]:
        """Store the article; also an ALREADY_BRIEFED placement if it is in a story here already."""
        article, is_new = self.repo.add_article(
            text, url=url, title=title, site=site, published=published, now=now
        )
        existing = None if is_new else self.repo.story_of_article(channel_id, article.id)
        if existing is None:
            return article, None
        message = self.repo.brief_message(existing.id, channel_id)
        return article, Placement(ALREADY_BRIEFED, article, existing, message=message)

    def _place(
        self,
        channel_id: str,
        text: str,
        *,
        url: str | None = None,
        title: str | None = None,
        site: str | None = None,
        published: datetime | None = None,
        people: Iterable[str] = (),
        headline: str | None = None,
        now: datetime | None = None,
    ) -> Placement:
        now = now or self.clock()
        people = tuple(people)
        article, known = self._store(
            channel_id, text, url=url, title=title, site=site, published=published, now=now
        )
        if known is not None:
            return known
        index, active = self._index(channel_id, now)
        features = extract_features(article.text, article.title, people)
        best = index.best(features, stories=active)
        if best is None:
            story = self.repo.create_story(
                channel_id, article.id, headline=headline or title or "", people=people, now=now
            )
            self._indexed(channel_id, story, features, article.id)
            return Placement(NEW_STORY, article, story)
        story_id, score = best
        story = self.repo.add_to_story(story_id, article.id, people=people, now=now)
        self._indexed(channel_id, story, features, article.id)
        return Placement(JOINED, article, story, score)

    def _attach(
        self,
        channel_id: str,
        story_id: int,
        text: str,
        *,
        url: str | None = None,
        title: str | None = None,
        site: str | None = None,
        published: datetime | None = None,
        people: Iterable[str] = (),
        headline: str | None = None,
        now: datetime | None = None,
    ) -> Placement:
        """Store an article and put it in the given story (unless already in one here)."""
        now = now or self.clock()
        article, known = self._store(
            channel_id, text, url=url, title=title, site=site, published=published, now=now
        )
        if known is not None:
            return known
        people = tuple(people)
        story = self.repo.add_to_story(story_id, article.id, people=people, now=now)
        features = extract_features(article.text, article.title, people)
        self._indexed(channel_id, story, features, article.id)
        return Placement(JOINED, article, story)
