"""Articles, stories and the Slack messages that carry each story's brief.

One class, one connection per call: every method is its own transaction, so
the bot never holds a lock across a Slack API call. Updating a story's brief is
serialised by a lease in `story_claims` (see `claim_story`), not by a lock.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit, urlunsplit

from courlan import normalize_url
from sqlalchemy import Row, bindparam, delete, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from bot.storage.database import Database
from bot.storage.schema import (
    articles,
    brief_coverage,
    brief_messages,
    stories,
    story_articles,
    story_claims,
)


def canonical_url(url: str | None) -> str | None:
    """The form under which two links count as the same article.

    courlan drops tracking parameters and sorts the rest; on top of that the
    scheme, a leading ``www.``, the fragment and a trailing slash are ignored.
    """
    if not url or not url.strip():
        return None
    url = url.strip()
    try:
        normal = normalize_url(url)
    except (ValueError, AttributeError):
        normal = url
    parts = urlsplit(normal)
    host = parts.netloc.lower().removeprefix("www.")
    if host.endswith(":443") or host.endswith(":80"):
        host = host.rsplit(":", 1)[0]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", host, path, parts.query, ""))


def text_hash(text: str) -> str:
    """sha256 of the whitespace-normalised text: pasted twice is the same article."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredArticle:
    id: int
    url: str | None
    canonical_url: str | None
    title: str | None
    site: str | None
    published: datetime | None
    text_hash: str
    text: str
    created_at: datetime


@dataclass(frozen=True)
class StoredStory:
    id: int
    channel_id: str
    headline: str
    key_sentence: str | None
    brief_json: str | None
    source_count: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class BriefMessage:
    id: int
    story_id: int
    channel_id: str
    ts: str
    thread_ts: str | None
    permalink: str | None
    brief_json: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Coverage:
    """What a brief message and its thread cover: the story's articles merged into the brief,
    and the ledger of everything said so far (`bot.updates.Said` as JSON)."""

    article_ids: frozenset[int]
    said: str


@dataclass(frozen=True)
class CandidateArticle:
    """An article of a recent story, as the story matcher needs it."""

    story_id: int
    article_id: int
    text: str
    title: str | None
    people: tuple[str, ...]


# Built once: constructing statements costs more than running them on SQLite.
_ADD_SOURCE = (
    update(stories)
    .where(stories.c.id == bindparam("sid"))
    .values(source_count=stories.c.source_count + bindparam("added"), updated_at=bindparam("now"))
    .returning(*stories.c)
)
_ACTIVE_STORIES = select(stories.c.id, stories.c.source_count, stories.c.updated_at).where(
    stories.c.channel_id == bindparam("channel"), stories.c.updated_at >= bindparam("since")
)
_SET_BRIEF = (
    update(stories)
    .where(stories.c.id == bindparam("sid"))
    .values(
        headline=bindparam("headline"),
        key_sentence=bindparam("key_sentence"),
        brief_json=bindparam("brief_json"),
        updated_at=bindparam("now"),
    )
)


def _set_brief(conn, story_id: int, headline: str, key_sentence: str | None, brief_json: str,  # type: ignore[no-untyped-def]
               now: datetime) -> None:
    """Keep a story's merged brief (inside the caller's transaction)."""
    conn.execute(_SET_BRIEF, {"sid": story_id, "headline": headline, "key_sentence": key_sentence,
                              "brief_json": brief_json, "now": now})


def _now() -> datetime:
    return datetime.now(UTC)


def _article(row: Row) -> StoredArticle:
    return StoredArticle(**row._mapping)


def _story(row: Row) -> StoredStory:
    return StoredStory(**row._mapping)


def _message(row: Row) -> BriefMessage:
    return BriefMessage(**row._mapping)


class Repository:
    """Reads and writes articles, stories and brief messages."""

    def __init__(self, db: Database) -> None:
        self.engine = db.engine

    # -- articles ---------------------------------------------------------
    def add_article(
        self,
        text: str,
        *,
        url: str | None = None,
        title: str | None = None,
        site: str | None = None,
        published: datetime | None = None,
        now: datetime | None = None,
    ) -> tuple[StoredArticle, bool]:
        """Store an article unless it is already known; return it and whether it was new.

        Known means the same canonical URL, or (for pasted text without a URL)
        the same text. A concurrent insert of the same URL loses on the unique
        constraint and returns the winner's row.
        """
        canon = canonical_url(url)
        digest = text_hash(text)
        values = dict(
            url=url,
            canonical_url=canon,
            title=title,
            site=site,
            published=published,
            text_hash=digest,
            text=text,
            created_at=now or _now(),
        )
        try:
            with self.engine.begin() as conn:
                existing = self._find(conn, canon, None if canon else digest)
                if existing:
                    return existing, False
                new_id = conn.execute(articles.insert(), values).inserted_primary_key[0]
        except IntegrityError:
            winner = self.find_article(canonical=canon, digest=None)
            if winner is None:
                raise
            return winner, False
        return StoredArticle(id=new_id, **values), True

    def find_article(
        self, *, canonical: str | None = None, digest: str | None = None, url: str | None = None
    ) -> StoredArticle | None:
        if url is not None:
            canonical = canonical_url(url)
        with self.engine.connect() as conn:
            return self._find(conn, canonical, digest)

    @staticmethod
    def _find(conn, canonical: str | None, digest: str | None) -> StoredArticle | None:
        if canonical:
            row = conn.execute(
                select(articles).where(articles.c.canonical_url == canonical)
            ).first()
            return _article(row) if row else None
        if digest:
            row = conn.execute(
                select(articles)
                .where(articles.c.text_hash == digest, articles.c.canonical_url.is_(None))
                .order_by(articles.c.id)
            ).first()
            return _article(row) if row else None
        return None

    def get_article(self, article_id: int) -> StoredArticle | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
        return _article(row) if row else None

    # -- stories ----------------------------------------------------------
    def create_story(
        self,
        channel_id: str,
        article_id: int,
        *,
        headline: str = "",
        key_sentence: str | None = None,
        brief_json: str | None = None,
        people: Iterable[str] = (),
        now: datetime | None = None,
    ) -> StoredStory:
        now = now or _now()
        values = dict(
            channel_id=channel_id,
            headline=headline,
            key_sentence=key_sentence,
            brief_json=brief_json,
            source_count=1,
            created_at=now,
            updated_at=now,
        )
        with self.engine.begin() as conn:
            story_id = conn.execute(stories.insert(), values).inserted_primary_key[0]
            conn.execute(
                story_articles.insert(),
                dict(
                    story_id=story_id,
                    article_id=article_id,
                    people=json.dumps(sorted(set(people))),
                    added_at=now,
                ),
            )
        return StoredStory(id=story_id, **values)

    def add_to_story(
        self,
        story_id: int,
        article_id: int,
        *,
        people: Iterable[str] = (),
        now: datetime | None = None,
    ) -> StoredStory:
        """Attach an article to a story (once) and refresh its source count."""
        now = now or _now()

        touch = {"sid": story_id, "now": now}

        try:
            with self.engine.begin() as conn:
                conn.execute(
                    story_articles.insert(),
                    dict(
                        story_id=story_id,
                        article_id=article_id,
                        people=json.dumps(sorted(set(people))),
                        added_at=now,
                    ),
                )
                row = conn.execute(_ADD_SOURCE, touch | {"added": 1}).first()
        except IntegrityError:  # already a member (e.g. added concurrently): only touch it
            with self.engine.begin() as conn:
                row = conn.execute(_ADD_SOURCE, touch | {"added": 0}).first()
        assert row is not None
        return _story(row)

    def set_story_brief(
        self,
        story_id: int,
        *,
        headline: str,
        key_sentence: str | None,
        brief_json: str,
        now: datetime | None = None,
    ) -> None:
        """Keep the merged brief with the story, for the digest and the next update."""
        with self.engine.begin() as conn:
            _set_brief(conn, story_id, headline, key_sentence, brief_json, now or _now())

    def get_story(self, story_id: int) -> StoredStory | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(stories).where(stories.c.id == story_id)).first()
        return _story(row) if row else None

    def story_of_article(self, channel_id: str, article_id: int) -> StoredStory | None:
        """The story in this channel that already holds the article, if any."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(stories)
                .join(story_articles, story_articles.c.story_id == stories.c.id)
                .where(
                    stories.c.channel_id == channel_id, story_articles.c.article_id == article_id
                )
                .order_by(stories.c.id)
            ).first()
        return _story(row) if row else None

    def story_articles(self, story_id: int) -> list[StoredArticle]:
        """A story's articles in the order they joined it."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(articles)
                .join(story_articles, story_articles.c.article_id == articles.c.id)
                .where(story_articles.c.story_id == story_id)
                .order_by(story_articles.c.added_at, articles.c.id)
            ).all()
        return [_article(r) for r in rows]

    def active_stories(self, channel_id: str, since: datetime) -> dict[int, tuple[int, datetime]]:
        """Source count and last update of each of the channel's stories updated since `since`."""
        with self.engine.connect() as conn:
            rows = conn.execute(_ACTIVE_STORIES, {"channel": channel_id, "since": since}).all()
        return {r[0]: (r[1], r[2]) for r in rows}

    def story_article_ids(self, story_ids: Iterable[int]) -> list[tuple[int, int]]:
        """(story id, article id) pairs of the given stories."""
        ids = list(story_ids)
        pairs: list[tuple[int, int]] = []
        for start in range(0, len(ids), 500):
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(story_articles.c.story_id, story_articles.c.article_id).where(
                        story_articles.c.story_id.in_(ids[start : start + 500])
                    )
                ).all()
            pairs += [(r[0], r[1]) for r in rows]
        return pairs

    def candidate_articles(
        self, channel_id: str, article_ids: Iterable[int]
    ) -> list[CandidateArticle]:
        """Text, title and brief people of articles in the channel's stories."""
        ids = list(article_ids)
        found: list[CandidateArticle] = []
        for start in range(0, len(ids), 500):
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(
                        story_articles.c.story_id,
                        articles.c.id,
                        articles.c.text,
                        articles.c.title,
                        story_articles.c.people,
                    )
                    .join(articles, story_articles.c.article_id == articles.c.id)
                    .join(stories, story_articles.c.story_id == stories.c.id)
                    .where(
                        stories.c.channel_id == channel_id,
                        articles.c.id.in_(ids[start : start + 500]),
                    )
                ).all()
            found += [
                CandidateArticle(r[0], r[1], r[2], r[3], tuple(json.loads(r[4] or "[]")))
                for r in rows
            ]
        return found

    @staticmethod
    def _in_period(channel_id: str, start: datetime, end: datetime):
        """The channel's stories that gained an article in [start, end): judged by when the
        articles joined, so a story that grew again after the period still counts for it."""
        joined = select(story_articles.c.story_id).where(
            story_articles.c.added_at >= start, story_articles.c.added_at < end
        )
        return (stories.c.channel_id == channel_id) & stories.c.id.in_(joined)

    def stories_between(
        self, channel_id: str, start: datetime, end: datetime, limit: int | None = None
    ) -> list[StoredStory]:
        """Stories of a channel active in [start, end): most sources first, then most recent."""
        query = (
            select(stories)
            .where(self._in_period(channel_id, start, end))
            .order_by(stories.c.source_count.desc(), stories.c.updated_at.desc(), stories.c.id)
        )
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [_story(r) for r in conn.execute(query).all()]

    def count_stories_between(self, channel_id: str, start: datetime, end: datetime) -> int:
        with self.engine.connect() as conn:
            return conn.execute(
                select(func.count())
                .select_from(stories)
                .where(self._in_period(channel_id, start, end))
            ).scalar_one()

    # -- brief messages ---------------------------------------------------
    def record_brief_message(
        self,
        story_id: int,
        channel_id: str,
        ts: str,
        brief_json: str,
        *,
        thread_ts: str | None = None,
        permalink: str | None = None,
        now: datetime | None = None,
    ) -> BriefMessage:
        now = now or _now()
        values = dict(
            story_id=story_id,
            channel_id=channel_id,
            ts=ts,
            thread_ts=thread_ts,
            permalink=permalink,
            brief_json=brief_json,
            created_at=now,
            updated_at=now,
        )
        with self.engine.begin() as conn:
            new_id = conn.execute(brief_messages.insert(), values).inserted_primary_key[0]
        return BriefMessage(id=new_id, **values)

    def brief_message(self, story_id: int, channel_id: str) -> BriefMessage | None:
        """The story's brief message in the channel (the first one posted): the one to update."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(brief_messages)
                .where(
                    brief_messages.c.story_id == story_id,
                    brief_messages.c.channel_id == channel_id,
                )
                .order_by(brief_messages.c.id)
            ).first()
        return _message(row) if row else None

    def update_brief_message(
        self,
        message_id: int,
        *,
        brief_json: str,
        permalink: str | None = None,
        now: datetime | None = None,
    ) -> None:
        values: dict[str, object] = {"brief_json": brief_json, "updated_at": now or _now()}
        if permalink is not None:
            values["permalink"] = permalink
        with self.engine.begin() as conn:
            conn.execute(
                update(brief_messages).where(brief_messages.c.id == message_id).values(**values)
            )

    def brief_messages_for(
        self, story_ids: Iterable[int], channel_id: str
    ) -> dict[int, BriefMessage]:
        """Each story's first brief message in the channel, for digest links."""
        ids = list(story_ids)
        if not ids:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(brief_messages)
                .where(
                    brief_messages.c.story_id.in_(ids), brief_messages.c.channel_id == channel_id
                )
                .order_by(brief_messages.c.id)
            ).all()
        found: dict[int, BriefMessage] = {}
        for row in rows:
            found.setdefault(row.story_id, _message(row))
        return found

    def brief_coverage(self, message_id: int) -> Coverage | None:
        """What the brief message covers; None for a message posted before coverage was kept."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(brief_coverage.c.article_ids, brief_coverage.c.said).where(
                    brief_coverage.c.message_id == message_id
                )
            ).first()
        if row is None:
            return None
        return Coverage(frozenset(json.loads(row.article_ids)), row.said)

    def save_brief_state(
        self,
        story_id: int,
        message_id: int,
        *,
        brief_json: str,
        headline: str,
        key_sentence: str | None,
        article_ids: Iterable[int],
        said: str,
        now: datetime | None = None,
    ) -> None:
        """Store, in one transaction, the brief a message now shows, the articles it covers and
        what the thread has said: the next update of the story reads all of it together."""
        now = now or _now()
        coverage = {
            "article_ids": json.dumps(sorted(set(article_ids))),
            "said": said,
            "updated_at": now,
        }
        with self.engine.begin() as conn:
            conn.execute(
                update(brief_messages)
                .where(brief_messages.c.id == message_id)
                .values(brief_json=brief_json, updated_at=now)
            )
            changed = conn.execute(
                update(brief_coverage)
                .where(brief_coverage.c.message_id == message_id)
                .values(**coverage)
            ).rowcount
            if not changed:
                conn.execute(brief_coverage.insert(), {"message_id": message_id, **coverage})
            _set_brief(conn, story_id, headline, key_sentence, brief_json, now)

    # -- story claims -----------------------------------------------------
    def _upsert(self):  # type: ignore[no-untyped-def]
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        return dialect.insert(story_claims)

    def claim_story(
        self, story_id: int, owner: str, lease: timedelta, now: datetime | None = None
    ) -> bool:
        """Take the story's update claim for `lease` unless someone else holds it unexpired.

        One statement (INSERT … ON CONFLICT DO UPDATE … WHERE expired or ours), so two
        processes cannot both take it: PostgreSQL re-checks the WHERE on the row the other
        just wrote, and SQLite runs writers one at a time. A holder that dies loses the claim
        when its lease runs out. Times come from each process's clock; the lease dwarfs skew.
        """
        now = now or _now()
        stmt = self._upsert().values(story_id=story_id, claimed_by=owner, claimed_until=now + lease)
        stmt = stmt.on_conflict_do_update(
            index_elements=[story_claims.c.story_id],
            set_={"claimed_by": owner, "claimed_until": now + lease},
            where=or_(story_claims.c.claimed_until < now, story_claims.c.claimed_by == owner),
        )
        # RETURNING, not rowcount: psycopg reports -1 for an INSERT … ON CONFLICT here
        with self.engine.begin() as conn:
            return conn.execute(stmt.returning(story_claims.c.story_id)).first() is not None

    def renew_story_claim(
        self, story_id: int, owner: str, lease: timedelta, now: datetime | None = None
    ) -> bool:
        """Extend our claim; False if it is no longer ours (it expired and was taken)."""
        now = now or _now()
        with self.engine.begin() as conn:
            row = conn.execute(
                update(story_claims)
                .where(story_claims.c.story_id == story_id, story_claims.c.claimed_by == owner)
                .values(claimed_until=now + lease)
                .returning(story_claims.c.story_id)
            ).first()
        return row is not None

    def release_story_claim(self, story_id: int, owner: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                delete(story_claims).where(
                    story_claims.c.story_id == story_id, story_claims.c.claimed_by == owner
                )
            )
