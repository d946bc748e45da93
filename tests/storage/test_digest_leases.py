"""A digest slot's claim is a lease: a holder killed with SIGKILL loses no slot and causes no
second post. Real processes (forked, each with its own database connection) on SQLite and
PostgreSQL, posting to the Slack stand-in; the tests use leases of a second or two."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect
from standin_helpers import client_for, posted, race_ticks

from bot.digest import DigestOptions
from bot.scheduler import DigestPoster, DigestScheduler, SchedulerOptions, TickResult
from bot.storage import DigestStore, Repository, migrations, open_database
from bot.storage.database import create_db_engine, resolve_database_url
from bot.storage.digest_store import CLAIMED, POSTED, SKIPPED
from bot.storage.migrations import MIGRATIONS, migrate
from bot.storage.schema import digest_runs

CHANNEL = "C1"
SLOT = datetime(2026, 1, 11, 7, 30, tzinfo=UTC)
NOW = SLOT + timedelta(minutes=1)  # the schedulers' time: the slot is due, well inside the grace
LEASE = timedelta(seconds=2)


def _scheduler(db, client, name: str, lease: timedelta = LEASE) -> DigestScheduler:
    return DigestScheduler(
        DigestStore(db),
        DigestPoster(client, Repository(db), DigestOptions()),
        SchedulerOptions(default_timezone="UTC", lease=lease),
        name=name,
    )


def _daily(db) -> None:
    DigestStore(db).set_schedule(
        CHANNEL, "daily", ["07:30"], timezone="UTC", now=SLOT - timedelta(days=1)
    )


def _holder(db_url: str, api_url: str, stop_at: str, ready, go, results) -> None:
    """A scheduler process that claims the slot and then stops at `stop_at` (signalling `ready`)
    until `go` is set: `build` before chat.postMessage is ever called, `post` after renewing
    the lease for its first chat.postMessage but before making the call, `record` after the
    digest was posted but before the run was recorded."""
    from slack_sdk import WebClient

    db = open_database(db_url)
    sched = _scheduler(db, WebClient(token="xoxb-test", base_url=api_url), "holder")
    poster, store = sched.poster, sched.store
    real_post, real_finish = poster.post, store.finish

    def stop_here() -> None:
        ready.set()
        go.wait(120)

    def post(*args, before_post=None, **kwargs):
        if stop_at == "build":
            stop_here()
            return real_post(*args, before_post=before_post, **kwargs)

        def renew_then_stop() -> None:
            before_post()
            stop_here()

        return real_post(*args, before_post=renew_then_stop, **kwargs)

    def finish(*args, **kwargs):
        stop_here()
        return real_finish(*args, **kwargs)

    poster.post = post
    if stop_at == "record":
        poster.post = real_post
        store.finish = finish
    result = sched.tick(NOW)
    results.put((len(result.posted), len(result.lost)))
    db.dispose()


def _start_holder(db_url: str, slack_api, stop_at: str):
    ctx = multiprocessing.get_context("fork")
    ready, go, results = ctx.Event(), ctx.Event(), ctx.Queue()
    proc = ctx.Process(target=_holder, args=(db_url, slack_api.api_url, stop_at, ready, go, results))
    proc.start()
    assert ready.wait(30), "the holder did not claim the slot"
    return proc, go, results


def _kill(proc) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.join(10)
    assert proc.exitcode == -signal.SIGKILL


def _wait_for_expiry(store: DigestStore, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not store.runs(CHANNEL)[0].lease_expired(LEASE):
        assert time.monotonic() < deadline, "the killed holder's lease never expired"
        time.sleep(0.05)


def _metadata_post_id(params: dict) -> str:
    metadata = params["metadata"]
    metadata = json.loads(metadata) if isinstance(metadata, str) else metadata
    return metadata["event_payload"]["post_id"]


def test_holder_killed_after_claiming_loses_no_slot_it_is_posted_once_after_the_lease(
    db, db_url, slack_api
):
    _daily(db)
    store = DigestStore(db)
    proc, _go, _ = _start_holder(db_url, slack_api, "build")
    [claimed] = store.runs(CHANNEL)
    assert (claimed.status, claimed.claimed_by, claimed.posting_since) == (CLAIMED, "holder", None)
    _kill(proc)

    taker = _scheduler(db, client_for(slack_api), "taker")
    assert taker.tick(NOW) == TickResult()  # its lease has not run out yet: not due
    assert posted(slack_api) == []
    _wait_for_expiry(store)
    result = taker.tick(NOW + timedelta(seconds=30))
    assert result.posted == [(CHANNEL, SLOT)]
    assert taker.tick(NOW + timedelta(seconds=60)).posted == []  # once only

    [post] = posted(slack_api)
    [run] = store.runs(CHANNEL)
    assert (run.status, run.claimed_by) == (POSTED, "taker")
    assert run.message_ts == slack_api.messages(CHANNEL)[0]["ts"]
    assert "taken over from holder" in run.note
    assert _metadata_post_id(post) == run.post_id == claimed.post_id
    # the holder never reached chat.postMessage, so there was nothing to look for
    assert slack_api.all_calls("conversations.history") == []


def test_holder_killed_as_it_was_about_to_post_is_looked_for_then_posted_once(
    db, db_url, slack_api
):
    _daily(db)
    store = DigestStore(db)
    proc, _go, _ = _start_holder(db_url, slack_api, "post")
    assert store.runs(CHANNEL)[0].posting_since is not None  # it may have posted...
    _kill(proc)
    _wait_for_expiry(store)
    taker = _scheduler(db, client_for(slack_api), "taker")
    assert taker.tick(NOW).posted == [(CHANNEL, SLOT)]
    # ...so the taker read the channel first, found nothing, and posted
    assert len(slack_api.ok_calls("conversations.history")) >= 1
    [post] = posted(slack_api)
    [run] = store.runs(CHANNEL)
    assert run.status == POSTED and _metadata_post_id(post) == run.post_id


def test_holder_killed_after_posting_is_found_in_the_channel_and_not_posted_again(
    db, db_url, slack_api
):
    _daily(db)
    store = DigestStore(db)
    proc, _go, _ = _start_holder(db_url, slack_api, "record")
    [holders_post] = posted(slack_api)  # Slack has it; the run does not say so
    [run] = store.runs(CHANNEL)
    assert run.status == CLAIMED and run.message_ts is None
    _kill(proc)
    _wait_for_expiry(store)

    taker = _scheduler(db, client_for(slack_api), "taker")
    result = taker.tick(NOW)
    assert result.recovered == [(CHANNEL, SLOT)] and result.posted == []
    assert taker.tick(NOW + timedelta(seconds=30)).posted == []
    assert posted(slack_api) == [holders_post]  # one post: the holder's
    [run] = store.runs(CHANNEL)
    assert run.status == POSTED
    assert run.message_ts == slack_api.messages(CHANNEL)[0]["ts"]
    assert "found in the channel" in run.note
    assert len(slack_api.ok_calls("conversations.history")) == 1


def test_a_live_holder_renewing_its_lease_is_never_taken_over(db, db_url, slack_api):
    _daily(db)
    store = DigestStore(db)
    proc, go, results = _start_holder(db_url, slack_api, "build")  # a long digest to build
    taker = _scheduler(db, client_for(slack_api), "taker")
    deadline = time.monotonic() + 3 * LEASE.total_seconds()
    ticks = 0
    while time.monotonic() < deadline:  # three leases long, a tick every 0.1 s
        assert taker.tick(NOW) == TickResult()
        ticks += 1
        time.sleep(0.1)
    assert ticks > 20 and posted(slack_api) == []
    [run] = store.runs(CHANNEL)
    assert (run.status, run.claimed_by) == (CLAIMED, "holder")
    go.set()
    proc.join(30)
    assert proc.exitcode == 0
    assert results.get(timeout=5) == (1, 0)  # the holder posted it
    assert len(posted(slack_api)) == 1
    [run] = store.runs(CHANNEL)
    assert (run.status, run.claimed_by) == (POSTED, "holder")
    assert taker.tick(NOW) == TickResult() and len(posted(slack_api)) == 1


def _taker(db_url: str, api_url: str, barrier, results, name: str) -> None:
    from slack_sdk import WebClient

    db = open_database(db_url)
    client = WebClient(token="xoxb-test", base_url=api_url)
    race_ticks([_scheduler(db, client, f"{name}-t{i}") for i in range(2)], NOW, barrier, results)
    db.dispose()


def test_takers_racing_in_several_processes_post_a_killed_holders_slot_once(
    db, db_url, slack_api
):
    _daily(db)
    store = DigestStore(db)
    proc, _go, _ = _start_holder(db_url, slack_api, "build")
    _kill(proc)
    _wait_for_expiry(store)
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(6), ctx.Queue()
    procs = [
        ctx.Process(target=_taker, args=(db_url, slack_api.api_url, barrier, results, f"p{i}"))
        for i in range(3)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(90)
    assert all(p.exitcode == 0 for p in procs)
    assert sum(results.get(timeout=5) for _ in procs) == 1
    assert len(posted(slack_api)) == 1
    [run] = store.runs(CHANNEL)
    assert run.status == POSTED and run.claimed_by.startswith("p")


def test_a_killed_holders_slot_beyond_the_grace_is_skipped_or_found(db, db_url, slack_api):
    """Too late to post: a slot whose holder never posted is recorded as skipped; one whose
    holder had posted is found and recorded as posted."""
    _daily(db)
    store = DigestStore(db)
    proc, _go, _ = _start_holder(db_url, slack_api, "build")
    _kill(proc)
    _wait_for_expiry(store)
    taker = _scheduler(db, client_for(slack_api), "taker")
    result = taker.tick(SLOT + timedelta(hours=3))
    assert result.skipped == [(CHANNEL, SLOT)] and posted(slack_api) == []
    [run] = store.runs(CHANNEL)
    assert run.status == SKIPPED and "grace" in run.note


@pytest.fixture
def v2_db_url(db_url):
    """A database as the previous release left it: schema version 2, a slot claimed then."""
    engine = create_db_engine(resolve_database_url(db_url))
    assert migrate(engine, MIGRATIONS[:2]) == 2
    old_runs = migrations._digest_runs_v1  # the table as the previous release wrote it
    day = timedelta(days=1)
    with engine.begin() as conn:
        conn.execute(old_runs.insert().values(
            channel_id=CHANNEL, slot_at=SLOT - day, status="posted", claimed_by="old:1",
            claimed_at=SLOT - day, finished_at=SLOT - day, message_ts="1768030206.000100"))
        conn.execute(old_runs.insert().values(  # killed after claiming: the weakness fixed
            channel_id=CHANNEL, slot_at=SLOT, status="claimed", claimed_by="old:1", claimed_at=SLOT))
    engine.dispose()
    return db_url


def test_a_database_from_before_leases_migrates_and_its_unfinished_claim_is_not_reposted(
    v2_db_url, slack_api
):
    db = open_database(v2_db_url)
    try:
        assert db.schema_version == MIGRATIONS[-1].version
        columns = {c["name"] for c in inspect(db.engine).get_columns("digest_runs")}
        assert {c.name for c in digest_runs.c} <= columns
        store = DigestStore(db)
        old_posted, old_claimed = store.runs(CHANNEL)
        assert (old_posted.status, old_posted.message_ts) == (POSTED, "1768030206.000100")
        assert (old_claimed.status, old_claimed.lease_until, old_claimed.post_id) == (
            CLAIMED, None, None)
        _daily(db)
        # that claim has no post id to look for: whether the old process posted it is unknown,
        # so it is recorded as skipped rather than risk a second digest
        result = _scheduler(db, client_for(slack_api), "new").tick(NOW)
        assert result.skipped == [(CHANNEL, SLOT)] and posted(slack_api) == []
        assert store.runs(CHANNEL)[1].status == SKIPPED
        # and the next slot is claimed as a lease and posted
        result = _scheduler(db, client_for(slack_api), "new").tick(NOW + timedelta(days=1))
        assert result.posted == [(CHANNEL, SLOT + timedelta(days=1))]
        newest = store.runs(CHANNEL)[2]
        assert newest.post_id and newest.lease_owner and newest.lease_until
    finally:
        db.dispose()
