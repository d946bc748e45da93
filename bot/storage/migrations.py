"""Ordered schema migrations, applied at start and recorded in `schema_version`.

Why not Alembic: the schema is a handful of tables that must be created and
upgraded by the app itself at start, on SQLite and PostgreSQL alike, with no
separate CLI step on a Heroku release phase or a user's laptop. An ordered
list of functions plus a version table does that in a page and is easy to
test; Alembic would add an env.py, a script directory and a config file for no
feature we use (we do not autogenerate). If the schema grows branches or
needs offline SQL scripts, switch then.

Rules for editing: never change a migration that has shipped; append a new one
(`Migration(2, "...", upgrade)`) that alters what is there. Migration 1 creates
the tables named in `_V1_TABLES` from `schema.metadata`; when a later migration
adds a column, migration 1 must keep creating the old shape (build that table
explicitly there).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.schema import CreateColumn

from bot.storage import schema

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    upgrade: Callable[[Connection], None]


_V1_TABLES = [
    schema.articles,
    schema.stories,
    schema.story_articles,
    schema.brief_messages,
    schema.digest_schedules,
    schema.seen_events,
]

# digest_runs as migration 1 made it (migration 3 adds the lease columns)
_v1_metadata = MetaData()
_digest_runs_v1 = Table(
    "digest_runs",
    _v1_metadata,
    Column("id", Integer, primary_key=True),
    Column("channel_id", String(32), nullable=False),
    Column("slot_at", schema.UTCDateTime, nullable=False),
    Column("status", String(16), nullable=False),
    Column("claimed_by", String(200)),
    Column("claimed_at", schema.UTCDateTime, nullable=False),
    Column("finished_at", schema.UTCDateTime),
    Column("message_ts", String(32)),
    Column("note", Text),
    UniqueConstraint("channel_id", "slot_at", name="uq_digest_runs_slot"),
)


def _create_v1(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=_V1_TABLES)
    _v1_metadata.create_all(conn, tables=[_digest_runs_v1])


def _create_v2(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[schema.story_claims, schema.brief_coverage])


_V3_DIGEST_RUN_COLUMNS = ("lease_owner", "lease_until", "post_id", "posting_since")


def _add_v3(conn: Connection) -> None:
    """Digest slot claims become leases: ALTER TABLE … ADD COLUMN (nullable, so existing rows
    need no rewrite), each only if missing so a racing process converges. Runs claimed before
    this have no lease; `DigestStore` treats them as expiring `lease` after `claimed_at`."""
    table = schema.digest_runs
    present = {c["name"] for c in inspect(conn).get_columns(table.name)}
    for name in _V3_DIGEST_RUN_COLUMNS:
        if name in present:
            continue
        column = CreateColumn(table.c[name]).compile(dialect=conn.dialect)
        conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {column}"))


MIGRATIONS: list[Migration] = [
    Migration(1, "articles, stories, brief messages, digests, seen events", _create_v1),
    Migration(2, "story update claims and what each brief has covered", _create_v2),
    Migration(3, "digest slot claims are renewable leases with a post id", _add_v3),
]


def current_version(conn: Connection) -> int:
    """The highest applied migration, 0 for an empty database."""
    if not inspect(conn).has_table(schema.schema_version.name):
        return 0
    found = conn.execute(select(schema.schema_version.c.version)).scalars().all()
    return max(found, default=0)


def migrate(engine: Engine, migrations: list[Migration] | None = None, attempts: int = 10) -> int:
    """Bring the database to the newest version and return it.

    Each migration runs in its own transaction together with its version row,
    so two processes starting at once cannot both apply it: the loser fails on
    the version row's primary key (or on the DDL) and retries from the top,
    where it finds the work done. (SQLite's driver commits DDL as it goes, so
    there a racer can also trip over half-created tables; every step only
    creates what is missing, so the retries converge.)
    """
    steps = sorted(migrations if migrations is not None else MIGRATIONS, key=lambda m: m.version)
    for attempt in range(1, attempts + 1):
        try:
            return _apply(engine, steps)
        except DBAPIError as exc:
            if attempt == attempts:
                raise
            log.info("schema migration raced with another process (%s); retrying", exc.orig)
            time.sleep(random.uniform(0.02, 0.2))
    raise AssertionError("unreachable")


def _apply(engine: Engine, steps: list[Migration]) -> int:
    with engine.begin() as conn:
        schema.metadata.create_all(conn, tables=[schema.schema_version])
    version = 0
    for step in steps:
        with engine.begin() as conn:
            version = current_version(conn)
            if step.version <= version:
                continue
            log.info("applying schema migration %d: %s", step.version, step.description)
            step.upgrade(conn)
            conn.execute(
                schema.schema_version.insert().values(
                    version=step.version,
                    description=step.description,
                    applied_at=datetime.now(UTC),
                )
            )
            version = step.version
    with engine.connect() as conn:
        return current_version(conn)
