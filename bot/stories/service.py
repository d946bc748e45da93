"""Placing a briefed article in a channel's story: store it, then join or start a story.

The store is the truth (any process may have added to a story). Each process
keeps, per channel, an index of the articles it has already seen: an
article's text, and so its vector, never changes, and it never changes story,
so only articles new to this process are fetched and indexed. Which stories
are still inside the window is asked of the store on every call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.storage.repository import BriefMessage, Repository, StoredArticle, StoredStory
from bot.stories.features import extract_features
from bot.stories.matcher import MatchScore, StoryIndex, StoryMatcher

NEW_STORY, JOINED, ALREADY_BRIEFED = "new-story", "joined", "already-briefed"


@dataclass(frozen=True)
class Placement:
    """Where an article went: `kind` is new-story, joined or already-briefed."""

    kind: str
    article: StoredArticle
    story: StoredStory
    score: MatchScore | None = None
    message: BriefMessage | None = None  # the story's brief in this channel, if posted


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
        self._indexes: dict[str, StoryIndex] = {}
        self._max_index = max_index

    def _index(self, channel_id: str, now: datetime) -> tuple[StoryIndex, set[int]]:
        """The channel's index, synced with the store, and the stories in the window.

        A story whose source count exceeds what this process has indexed was
        added to elsewhere: only its missing articles are fetched.
        """
        index = self._indexes.get(channel_id)
        if index is None or len(index) > self._max_index:
            index = self._indexes[channel_id] = StoryIndex(matcher=self.matcher)
        active = self.repo.active_stories(channel_id, now - self.window)
        behind = [story_id for story_id, count in active.items() if index.size(story_id) < count]
        if behind:
            missing = [a for _, a in self.repo.story_article_ids(behind) if not index.has(a)]
            for cand in self.repo.candidate_articles(channel_id, missing):
                features = extract_features(cand.text, cand.title, cand.people)
                index.add(cand.story_id, features, now, cand.article_id)
        return index, set(active)

    def place(
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
        article, is_new = self.repo.add_article(
            text, url=url, title=title, site=site, published=published, now=now
        )
        existing = None if is_new else self.repo.story_of_article(channel_id, article.id)
        if existing is not None:
            return Placement(
                ALREADY_BRIEFED,
                article,
                existing,
                message=self.repo.brief_message(existing.id, channel_id),
            )
        index, active = self._index(channel_id, now)
        features = extract_features(article.text, article.title, people)
        best = index.best(features, stories=active)
        if best is None:
            story = self.repo.create_story(
                channel_id, article.id, headline=headline or title or "", people=people, now=now
            )
            index.add(story.id, features, now, article.id)
            return Placement(NEW_STORY, article, story)
        story_id, score = best
        story = self.repo.add_to_story(story_id, article.id, people=people, now=now)
        index.add(story.id, features, now, article.id)
        return Placement(
            JOINED, article, story, score, self.repo.brief_message(story_id, channel_id)
        )

    def attach(
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
        article, is_new = self.repo.add_article(
            text, url=url, title=title, site=site, published=published, now=now
        )
        existing = None if is_new else self.repo.story_of_article(channel_id, article.id)
        if existing is not None:
            return Placement(
                ALREADY_BRIEFED,
                article,
                existing,
                message=self.repo.brief_message(existing.id, channel_id),
            )
        story = self.repo.add_to_story(story_id, article.id, people=tuple(people), now=now)
        index = self._indexes.get(channel_id)
        if index is not None:
            index.add(
                story.id, extract_features(article.text, article.title, people), now, article.id
            )
        return Placement(
            JOINED, article, story, message=self.repo.brief_message(story_id, channel_id)
        )
