"""Database fixtures for every test that stores: each runs on SQLite and on PostgreSQL.

PostgreSQL comes from TEST_DATABASE_URL (default: the local trust-auth server
at 127.0.0.1:5432, database `test`). Each test gets a fresh schema, dropped
afterwards. With no server the PostgreSQL half skips with the reason, unless
NEWSBRIEF_REQUIRE_POSTGRES=1 (CI), which makes it fail instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

from bot.storage import Database, open_database, resolve_database_url

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"


def _pg_base_url() -> str:
    return resolve_database_url(os.environ.get("TEST_DATABASE_URL") or DEFAULT_PG)


def _pg_unreachable_reason() -> str | None:
    url = _pg_base_url()
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
    except Exception as exc:  # any failure means: no usable server
        return (
            f"PostgreSQL not reachable at {url}: {type(exc).__name__}: {str(exc).splitlines()[0]}"
        )
    return None


@pytest.fixture(scope="session")
def postgres_base_url() -> str:
    reason = _pg_unreachable_reason()
    if reason:
        if os.environ.get("NEWSBRIEF_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"{reason} (NEWSBRIEF_REQUIRE_POSTGRES=1)")
        pytest.skip(f"{reason}; set TEST_DATABASE_URL to run the PostgreSQL tests")
    return _pg_base_url()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A URL to a fresh, empty database (a file, or a new PostgreSQL schema)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'newsbrief.db'}"
        return
    base = request.getfixturevalue("postgres_base_url")
    schema = f"nb_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()
