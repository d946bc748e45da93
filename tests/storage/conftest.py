"""Database fixtures: every storage test runs on SQLite and on PostgreSQL.

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


class _SlackStandIn:
    """A local stand-in for the Slack Web API: records calls, answers ok."""

    def __init__(self) -> None:
        import json
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import parse_qs

        self.calls: list[tuple[str, dict]] = []
        self.fail_with: str | None = None
        lock = threading.Lock()
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                if "json" in (self.headers.get("Content-Type") or ""):
                    body = json.loads(raw or "{}")
                else:
                    body = {k: v[0] for k, v in parse_qs(raw).items()}
                method = self.path.rsplit("/", 1)[-1]
                with lock:
                    stand_in.calls.append((method, body))
                    n = len(stand_in.calls)
                if stand_in.fail_with:
                    answer = {"ok": False, "error": stand_in.fail_with}
                else:
                    answer = {
                        "ok": True,
                        "channel": body.get("channel"),
                        "ts": f"1800000000.{n:06d}",
                    }
                data = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/api/"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def methods(self, name: str) -> list[dict]:
        return [body for method, body in self.calls if method == name]

    def client(self):
        from slack_sdk import WebClient

        return WebClient(token="xoxb-test", base_url=self.base_url)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def slack_api() -> Iterator[_SlackStandIn]:
    stand_in = _SlackStandIn()
    yield stand_in
    stand_in.close()
