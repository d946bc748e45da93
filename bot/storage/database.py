"""Where the database is and how to connect to it.

`DATABASE_URL` picks PostgreSQL (Heroku's `postgres://` form is accepted and
pointed at psycopg 3); without it the bot keeps an SQLite file in its data
directory, so a single-process install needs no server at all.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from bot.storage.migrations import migrate

DEFAULT_DATA_DIR = "data"
DEFAULT_DB_FILE = "newsbrief.db"


def resolve_database_url(url: str | None = None, data_dir: str | None = None) -> str:
    """The SQLAlchemy URL to use: the given one, else DATABASE_URL, else the SQLite file."""
    url = url or os.environ.get("DATABASE_URL")
    if not url:
        directory = Path(data_dir or os.environ.get("NEWSBRIEF_DATA_DIR") or DEFAULT_DATA_DIR)
        directory.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{(directory / DEFAULT_DB_FILE).resolve()}"
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _tune_sqlite(engine: Engine) -> None:
    """WAL and a busy timeout let several threads/processes share the file;
    foreign keys are off by default in SQLite."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        # WAL + synchronous=NORMAL: safe against crashes of the app, one fsync
        # per checkpoint instead of per commit
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()


def _private_file_for_memory() -> str:
    """A throwaway SQLite file standing in for `:memory:`, removed at exit.

    A true in-memory database is one connection; shared across the bot's
    threads (StaticPool) their transactions interleave, so one thread's
    rollback can undo another's event-dedupe row and a retried event posts
    twice. A private file gets SQLite's own locking, as in production.
    """
    directory = tempfile.mkdtemp(prefix="newsbrief-db-")
    atexit.register(shutil.rmtree, directory, ignore_errors=True)
    return str(Path(directory) / DEFAULT_DB_FILE)


def create_db_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
        parsed = parsed.set(database=_private_file_for_memory())
        url = parsed.render_as_string(hide_password=False)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 30})
        _tune_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Database:
    """An engine whose schema is current; the stores take it."""

    engine: Engine
    schema_version: int

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None, data_dir: str | None = None) -> Database:
    """Connect, create/migrate the schema, and return the ready database."""
    engine = create_db_engine(resolve_database_url(url, data_dir))
    version = migrate(engine)
    return Database(engine=engine, schema_version=version)
