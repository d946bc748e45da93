"""Persistence for the bot: articles, stories, brief messages, digests and seen events.

SQLAlchemy Core keeps one code path for the embedded SQLite default and for
PostgreSQL (via ``DATABASE_URL``); `open_database` creates and migrates the
schema at start so a restart (or a second process) sees everything.
"""

from bot.storage.database import Database, open_database, resolve_database_url
from bot.storage.digest_store import DigestRun, DigestSchedule, DigestStore
from bot.storage.repository import (
    BriefMessage,
    Repository,
    StoredArticle,
    StoredStory,
)
from bot.storage.seen_events import SeenEvents

__all__ = [
    "BriefMessage",
    "Database",
    "DigestRun",
    "DigestSchedule",
    "DigestStore",
    "Repository",
    "SeenEvents",
    "StoredArticle",
    "StoredStory",
    "open_database",
    "resolve_database_url",
]
