"""Table definitions (SQLAlchemy Core), shared by every dialect.

Times are stored as UTC: `UTCDateTime` turns aware datetimes into UTC on the
way in and hands back aware UTC datetimes on the way out, because SQLite has
no timezone type and mixing naive and aware values is how digests drift.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime column stored in UTC on every dialect."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; pass an aware datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", String(200), nullable=False),
    Column("applied_at", UTCDateTime, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text),
    Column("canonical_url", String(2048), unique=True),
    Column("title", Text),
    Column("site", String(255)),
    Column("published", UTCDateTime),
    Column("text_hash", String(64), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("channel_id", String(32), nullable=False),
    Column("headline", Text, nullable=False, default=""),
    Column("key_sentence", Text),
    Column("brief_json", Text),
    Column("source_count", Integer, nullable=False, default=0),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index("ix_stories_channel_updated", "channel_id", "updated_at"),
)

story_articles = Table(
    "story_articles",
    metadata,
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("people", Text),  # JSON list of names the brief found in this article
    Column("added_at", UTCDateTime, nullable=False),
    Index("ix_story_articles_article", "article_id"),
)

brief_messages = Table(
    "brief_messages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("channel_id", String(32), nullable=False),
    Column("ts", String(32), nullable=False),
    Column("thread_ts", String(32)),
    Column("permalink", Text),
    Column("brief_json", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("channel_id", "ts", name="uq_brief_messages_channel_ts"),
    Index("ix_brief_messages_story", "story_id"),
)

digest_schedules = Table(
    "digest_schedules",
    metadata,
    Column("channel_id", String(32), primary_key=True),
    Column("team_id", String(32)),
    Column("days", String(16), nullable=False),  # "daily" | "weekdays"
    Column("times", String(200), nullable=False),  # "07:30,18:00"
    Column("timezone", String(64)),  # None: the workspace's timezone
    Column("enabled", Boolean, nullable=False, default=True),
    Column("updated_at", UTCDateTime, nullable=False),
)

digest_runs = Table(
    "digest_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("channel_id", String(32), nullable=False),
    Column("slot_at", UTCDateTime, nullable=False),
    Column("status", String(16), nullable=False),  # claimed | posted | skipped | failed
    Column("claimed_by", String(200)),
    Column("claimed_at", UTCDateTime, nullable=False),
    Column("finished_at", UTCDateTime),
    Column("message_ts", String(32)),
    Column("note", Text),
    # Added by migration 3: the claim is a lease. A claimed run whose lease ran out (its holder
    # was killed) may be taken over; the taker first looks in the channel for `post_id`.
    Column("lease_owner", String(64)),  # a fresh token per claim or takeover
    Column("lease_until", UTCDateTime),  # renewed while the holder builds and posts
    Column("post_id", String(64)),  # the post's metadata post_id, fixed for the slot
    Column("posting_since", UTCDateTime),  # first chat.postMessage attempt; None: never tried
    UniqueConstraint("channel_id", "slot_at", name="uq_digest_runs_slot"),
)

seen_events = Table(
    "seen_events",
    metadata,
    Column("event_id", String(255), primary_key=True),
    Column("seen_at", UTCDateTime, nullable=False, index=True),
)

# Added by migration 2 (living briefs under concurrency).
story_claims = Table(
    "story_claims",
    metadata,
    # one row while some process is updating the story's briefs; a lease, not a DB lock, so
    # nothing is locked while that process talks to Slack, and a crashed holder's claim expires
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("claimed_by", String(200), nullable=False),
    Column("claimed_until", UTCDateTime, nullable=False),
)

brief_coverage = Table(
    "brief_coverage",
    metadata,
    # what a brief message and its thread have covered: the story's articles merged into it
    # and everything said so far (JSON), so an update says only what is new relative to both
    Column(
        "message_id",
        Integer,
        ForeignKey("brief_messages.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("article_ids", Text, nullable=False),  # JSON list of article ids
    Column("said", Text, nullable=False),  # JSON: bot.updates.Said
    Column("updated_at", UTCDateTime, nullable=False),
)
