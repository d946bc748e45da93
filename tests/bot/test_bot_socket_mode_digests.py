"""Socket Mode's in-process digest scheduler, started as `python -m bot` starts it.

`start_socket_mode(app)` is what `python -m bot` calls in Socket Mode before it opens the
websocket; here the app is the real one (`create_app`) on real storage (SQLite, and
PostgreSQL when there is a server) posting to the Slack stand-in. The scheduler's clock is
driven by the test (`digest_clock`), so a slot comes due at once; APScheduler still runs the
ticks in its own thread, every second.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import SECRET, TOKEN, make_settings
from sqlalchemy import create_engine, text

from bot.app import create_app
from bot.devtools.slack_standin import SlackStandIn
from bot.digest_settings import DigestSettings
from bot.socket_mode import SocketModeBot, start_socket_mode
from bot.storage import Database, DigestStore, Repository, open_database, resolve_database_url
from bot.storage.digest_store import POSTED

ROOT = Path(__file__).resolve().parents[2]
CHANNEL = "CPOLITICS"
SLOT = datetime(2026, 1, 12, 7, 30, tzinfo=UTC)  # a Monday, 07:30 in London (GMT) and UTC
EVERY_SECOND = DigestSettings(timezone="Europe/London", interval_seconds=1)


class TestClock:
    """The scheduler's "now", set by the test. Counts its reads (one a tick, plus one when a
    posted slot is recorded) and can hold the next tick at its first read."""

    __test__ = False

    def __init__(self, now: datetime) -> None:
        self._now = now
        self._lock = threading.Lock()
        self.reads = 0
        self._gate: threading.Event | None = None
        self.held = threading.Event()

    def __call__(self) -> datetime:
        with self._lock:
            self.reads += 1
            gate, self._gate = self._gate, None
        if gate is not None:
            self.held.set()
            gate.wait(30)
        with self._lock:
            return self._now

    def set(self, now: datetime) -> None:
        with self._lock:
            self._now = now

    def hold_next_read(self) -> threading.Event:
        """The next read blocks (and sets `held`) until the returned event is set."""
        gate = threading.Event()
        with self._lock:
            self._gate = gate
        return gate

    def wait_for_reads(self, more: int, timeout: float = 15.0) -> None:
        """Let at least `more` further reads happen (ticks come every second)."""
        with self._lock:
            target = self.reads + more
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if self.reads >= target:
                    return
            time.sleep(0.05)
        pytest.fail(f"the scheduler did not tick: {self.reads} clock reads, wanted {target}")


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def socket_bots() -> Iterator[list[SocketModeBot]]:
    """Started bots, stopped after the test even when it fails."""
    bots: list[SocketModeBot] = []
    yield bots
    for bot in bots:
        bot.stop()


def _start(slack: SlackStandIn, database: Database, bots: list, **create_kwargs) -> SocketModeBot:
    app = create_app(make_settings(slack.api_url), database=database, **create_kwargs)
    bot = start_socket_mode(app)
    bots.append(bot)
    return bot


def _daily_0730(database: Database) -> None:
    DigestStore(database).set_schedule(
        CHANNEL, "daily", ["07:30"], timezone="Europe/London", now=SLOT - timedelta(hours=12)
    )


def _posts(slack: SlackStandIn) -> list[dict]:
    return [c.params for c in slack.ok_calls("chat.postMessage")]


def test_due_slot_is_posted_once_and_nothing_before_it(slack_api, database, socket_bots, caplog):
    repo = Repository(database)
    article, _ = repo.add_article("Text.", url="https://e.example/hartlepool", now=SLOT - timedelta(hours=3))
    story = repo.create_story(CHANNEL, article.id, headline="Labour concedes Hartlepool",
                              key_sentence="The Conservatives took the seat.", now=SLOT - timedelta(hours=3))
    repo.record_brief_message(story.id, CHANNEL, "1700000000.000001",
                              json.dumps({"headline": "Labour concedes Hartlepool"}), now=SLOT - timedelta(hours=3))
    _daily_0730(database)
    clock = TestClock(SLOT - timedelta(minutes=1))
    bot = _start(slack_api, database, socket_bots, digest_settings=EVERY_SECOND, digest_clock=clock)
    assert bot.scheduler is not None and bot.scheduler.running
    assert "digest scheduler running in-process" in caplog.text

    clock.wait_for_reads(2)  # two ticks at 07:29
    assert _posts(slack_api) == [] and DigestStore(database).runs(CHANNEL) == []

    clock.set(SLOT + timedelta(seconds=5))
    assert slack_api.wait_for(lambda: _posts(slack_api), timeout=15), "the due slot was not posted"
    clock.wait_for_reads(3)  # more ticks, inside the same slot
    clock.set(SLOT + timedelta(minutes=20))
    clock.wait_for_reads(3)

    [post] = _posts(slack_api)
    assert post["channel"] == CHANNEL
    blocks = json.loads(post["blocks"]) if isinstance(post["blocks"], str) else post["blocks"]
    sections = [b["text"]["text"] for b in blocks if b["type"] == "section"]
    assert sections[0].startswith("*Labour concedes Hartlepool*")
    [run] = DigestStore(database).runs(CHANNEL)
    assert (run.slot_at, run.status) == (SLOT, POSTED)
    assert run.message_ts == slack_api.messages(CHANNEL)[0]["ts"]


def test_stopping_the_bot_finishes_the_tick_under_way_and_ends_the_scheduler_threads(
    slack_api, database, socket_bots
):
    _daily_0730(database)
    clock = TestClock(SLOT - timedelta(minutes=1))
    before = set(threading.enumerate())
    bot = _start(slack_api, database, socket_bots, digest_settings=EVERY_SECOND, digest_clock=clock)
    clock.wait_for_reads(2)
    started = set(threading.enumerate()) - before
    assert any(t.name == "APScheduler" for t in started), [t.name for t in started]

    # the slot comes due and the bot is stopped while that tick is under way
    release = clock.hold_next_read()
    clock.set(SLOT + timedelta(seconds=5))
    assert clock.held.wait(15), "no tick started"
    assert _posts(slack_api) == []
    stopper = threading.Thread(target=bot.stop)
    stopper.start()
    stopper.join(1.0)
    assert stopper.is_alive(), "stop() must wait for the tick under way"
    release.set()
    stopper.join(30)
    assert not stopper.is_alive()

    # the tick finished: the slot was posted and recorded, not left claimed
    assert len(_posts(slack_api)) == 1
    [run] = DigestStore(database).runs(CHANNEL)
    assert (run.slot_at, run.status) == (SLOT, POSTED)
    # every thread the scheduler started has ended, and it ticks no more
    assert not bot.scheduler.running
    assert [t.name for t in started if t.is_alive()] == []
    reads = clock.reads
    clock.set(SLOT + timedelta(days=1, minutes=1))  # the next day's slot is due...
    time.sleep(2.5)  # ...for more than two tick intervals
    assert clock.reads == reads and len(_posts(slack_api)) == 1
    bot.stop()  # a second stop is harmless


def test_run_in_socket_mode_off_starts_no_scheduler(slack_api, database, socket_bots):
    _daily_0730(database)
    clock = TestClock(SLOT + timedelta(minutes=1))
    off = DigestSettings(timezone="Europe/London", interval_seconds=1, run_in_socket_mode=False)
    bot = _start(slack_api, database, socket_bots, digest_settings=off, digest_clock=clock)
    assert bot.scheduler is None
    time.sleep(1.5)
    assert clock.reads == 0 and _posts(slack_api) == [] and DigestStore(database).runs(CHANNEL) == []


# -- a `python -m bot clock` process and the in-process scheduler on one database ----------------


class _WriteLock:
    """Holds the write lock on the digest runs, so both schedulers reach their claim of the
    slot and wait there; released, they race for it."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        if db_url.startswith("sqlite"):
            self.conn = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
            self.conn.execute("BEGIN IMMEDIATE")  # WAL: reads go on, every write waits
        else:
            self.engine = create_engine(resolve_database_url(db_url))
            self.conn = self.engine.connect()
            self.tx = self.conn.begin()
            self.conn.execute(text("LOCK TABLE digest_runs IN EXCLUSIVE MODE"))  # selects go on

    def waiting(self) -> int | None:
        """How many claims are queued behind the lock (PostgreSQL says; SQLite cannot)."""
        if self.db_url.startswith("sqlite"):
            return None
        with self.engine.connect() as conn:
            return conn.execute(text(
                "select count(*) from pg_locks where not granted and relation = 'digest_runs'::regclass"
            )).scalar_one()

    def release(self) -> None:
        if self.conn is None:
            return
        if self.db_url.startswith("sqlite"):
            self.conn.execute("ROLLBACK")
            self.conn.close()
        else:
            self.tx.rollback()
            self.conn.close()
            self.engine.dispose()
        self.conn = None


def test_clock_process_and_in_process_scheduler_never_both_post_a_slot(slack_api, db_url, database, socket_bots):
    """The Procfile's `clock:` and a Socket Mode bot left running on the same database: both see
    the slot (5 minutes ago, inside the grace) due and claim it at the same moment; one posts."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    slot = now - timedelta(minutes=5)
    DigestStore(database).set_schedule(
        "C0CLOCK", "daily", [slot.strftime("%H:%M")], timezone="UTC", now=now - timedelta(days=2)
    )
    lock = _WriteLock(db_url)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")} | {
        "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": slack_api.api_url,
        "DATABASE_URL": db_url, "PYTHONPATH": str(ROOT),
    }
    clock_proc = subprocess.Popen([sys.executable, "-m", "bot", "clock"], cwd=ROOT, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log_lines: list[str] = []
    reader = threading.Thread(target=lambda: log_lines.extend(clock_proc.stderr), daemon=True)
    reader.start()
    try:
        bot = _start(slack_api, database, socket_bots, digest_settings=EVERY_SECOND)  # the real clock
        deadline = time.monotonic() + 30
        while not any("digest clock" in line for line in log_lines):
            assert clock_proc.poll() is None, "".join(log_lines)
            assert time.monotonic() < deadline, "the clock process did not start"
            time.sleep(0.1)
        if lock.waiting() is None:
            time.sleep(2.0)  # SQLite: give the clock process's first tick time to reach its claim
        else:
            assert slack_api.wait_for(lambda: lock.waiting() >= 2, timeout=20), "both claims should wait"
        assert _posts(slack_api) == []
        lock.release()
        assert slack_api.wait_for(lambda: _posts(slack_api), timeout=30), "nobody posted the slot"
        time.sleep(2.0)  # the loser's claim, and more in-process ticks
        bot.stop()
    finally:
        lock.release()  # never leave a scheduler waiting on it
        clock_proc.terminate()
        clock_proc.wait(10)
    [post] = _posts(slack_api)  # two schedulers, one post
    assert post["channel"] == "C0CLOCK" and post["text"].startswith("Quiet night")
    [run] = DigestStore(database).runs("C0CLOCK")
    assert (run.slot_at, run.status) == (slot, POSTED)
    assert run.claimed_by.rsplit(":", 1)[1] in (str(os.getpid()), str(clock_proc.pid))
