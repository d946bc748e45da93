"""Posting each channel's digest exactly once per slot, from any number of processes.

`DigestScheduler.tick(now)` is the whole decision, with the clock injected:
for each enabled schedule it finds the slots that fell due since the last
look, claims each with a unique row (`DigestStore.claim`) and only then posts.
The newest due slot is posted if it is at most `grace` late; older or later
ones are recorded as skipped and logged. APScheduler runs `tick` on an
interval (`start_background` / `run_blocking`); it never decides what to post.

A claim is a lease (`SchedulerOptions.lease`, wall-clock time): while a digest is
built and posted a heartbeat thread renews it every third of the lease, and it
is renewed (and `posting_since` recorded) right before every chat.postMessage
attempt; if that renewal fails the lease was lost and nothing is posted. A slot
whose holder was killed (`kill -9`, a lost dyno) stays `claimed` with an expired
lease; the next tick of any scheduler takes it over (`DigestStore.take_over`)
and, if the holder had got as far as posting, first reads the channel's history
for a message carrying the slot's `post_id`: found, the slot is recorded as
posted with that message; not found, it is posted (with the same `post_id`).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from slack_sdk.errors import SlackApiError

from bot.digest import DigestOptions, build_digest, digest_blocks
from bot.digest_schedule import Schedule, previous_slot, slots_between
from bot.formatter import SlackMessage
from bot.posting import PostedMessage, find_post, is_uncertain, post_message
from bot.storage.digest_store import (
    FAILED,
    POSTED,
    SKIPPED,
    DigestRun,
    DigestSchedule,
    DigestStore,
)
from bot.storage.repository import Repository

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SchedulerOptions:
    grace: timedelta = timedelta(hours=2)
    lookback: timedelta = timedelta(days=1)  # how far back missed slots are noticed and logged
    interval_seconds: int = 30
    default_timezone: str = "UTC"  # the workspace's, when a channel has none
    max_period: timedelta = timedelta(days=7)
    # how long a slot claim lasts unrenewed: a killed holder's slot is taken over this long
    # after its last renewal. Longer than one Slack call (slack_sdk's 30 s timeout), since the
    # lease is renewed right before chat.postMessage and must outlast that call.
    lease: timedelta = timedelta(seconds=90)
    history_margin: timedelta = timedelta(minutes=10)  # clock skew allowed when reading history
    history_limit: int = 200  # messages per page when looking for a stopped holder's post
    history_pages: int = 10


@dataclass
class TickResult:
    """What one tick did, for logs and tests."""

    posted: list[tuple[str, datetime]] = field(default_factory=list)
    skipped: list[tuple[str, datetime]] = field(default_factory=list)
    lost: list[tuple[str, datetime]] = field(default_factory=list)  # claimed by another process
    failed: list[tuple[str, datetime]] = field(default_factory=list)
    # taken over from a stopped holder whose post was found in the channel (not posted again)
    recovered: list[tuple[str, datetime]] = field(default_factory=list)


class LeaseLost(Exception):
    """The slot's lease is no longer ours (it expired and another scheduler took it over)."""


class _Lease:
    """Keeps a claimed run's lease alive while it is built and posted: a daemon thread renews
    it every third of the lease, and `before_post` renews it (recording `posting_since`) right
    before each chat.postMessage, raising `LeaseLost` if it is no longer ours."""

    def __init__(self, store: DigestStore, run: DigestRun, lease: timedelta) -> None:
        assert run.lease_owner is not None
        self.store = store
        self.run = run
        self.owner = run.lease_owner
        self.lease = lease
        self.lost = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._heartbeat, name=f"digest-lease-{run.id}", daemon=True
        )

    def __enter__(self) -> _Lease:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _heartbeat(self) -> None:
        interval = max(self.lease.total_seconds() / 3, 0.05)
        while not self._stop.wait(interval):
            try:
                if not self.store.renew(self.run.id, self.owner, lease=self.lease):
                    self.lost.set()
                    log.warning("digest run %s: lease lost (taken over)", self.run.id)
                    return
            except Exception:  # the database may be back before the lease ends
                log.exception("digest run %s: could not renew the lease", self.run.id)

    def before_post(self) -> None:
        if self.lost.is_set() or not self.store.renew(
            self.run.id, self.owner, lease=self.lease, posting=True
        ):
            self.lost.set()
            raise LeaseLost(f"digest run {self.run.id}: lease lost before posting")


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def as_schedule(row: DigestSchedule, default_timezone: str) -> Schedule:
    return Schedule(days=row.days, times=row.times, timezone=row.timezone or default_timezone)


class DigestPoster:
    """Builds a digest for a period and posts it with a Slack WebClient."""

    def __init__(self, client: Any, repo: Repository, options: DigestOptions) -> None:
        self.client = client
        self.repo = repo
        self.options = options

    def post(
        self,
        channel_id: str,
        start: datetime,
        end: datetime,
        zone: ZoneInfo,
        *,
        post_id: str | None = None,
        before_post: Callable[[], None] | None = None,
    ) -> str | None:
        """Post the digest; the message ts, or None when a quiet digest is configured to skip.
        `post_id` and `before_post` go to `post_message` (the scheduler's slot lease)."""
        digest = build_digest(self.repo, channel_id, start, end, self.options)
        blocks, text = digest_blocks(digest, self.options, zone)
        if not blocks:
            log.info("digest for %s: nothing since %s, not posting", channel_id, start.isoformat())
            return None
        # through post_message: a 5xx after Slack posted it must not make a second digest
        return post_message(
            self.client,
            channel_id,
            SlackMessage(text=text, blocks=blocks),
            post_id=post_id,
            before_attempt=before_post,
        ).ts

    def find(
        self, channel_id: str, post_id: str, since: datetime, *, limit: int, pages: int
    ) -> PostedMessage | None:
        """The digest carrying `post_id`, if it is among the channel's messages since `since`."""
        return find_post(
            self.client, channel_id, post_id, oldest=since.timestamp(), limit=limit, pages=pages
        )


class DigestScheduler:
    def __init__(
        self,
        store: DigestStore,
        poster: DigestPoster,
        options: SchedulerOptions | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        name: str | None = None,
    ) -> None:
        self.store = store
        self.poster = poster
        self.options = options or SchedulerOptions()
        self.clock = clock
        self.name = name or worker_name()

    def tick(self, now: datetime | None = None) -> TickResult:
        now = now or self.clock()
        result = TickResult()
        for row in self.store.enabled_schedules():
            try:
                self._tick_channel(row, now, result)
            except Exception:  # one channel's trouble must not stop the others
                log.exception("digest tick failed for channel %s", row.channel_id)
        return result

    def _tick_channel(self, row: DigestSchedule, now: datetime, result: TickResult) -> None:
        schedule = as_schedule(row, self.options.default_timezone)
        since = max(row.updated_at, now - self.options.lookback)
        slots = slots_between(schedule, since, now)
        runs = self.store.runs_at(row.channel_id, slots)
        # due: never claimed, or claimed by a holder that stopped renewing (killed)
        due = [
            s for s in slots if s not in runs or runs[s].lease_expired(self.options.lease)
        ]
        if not due:
            return
        *older, newest = due
        settled = [s for s in slots if s in runs and s not in due]  # posted, skipped or held
        if settled and settled[-1] > newest:  # a killed holder's slot with a later one under way
            older, newest = due, None
        for slot in older:
            self._skip(row.channel_id, slot, runs.get(slot), "superseded by a later slot", result)
        if newest is None:
            return
        stale = runs.get(newest)
        if stale is not None and stale.post_id is None:
            # claimed by a version from before leases: it may have posted with a post id that
            # was never stored, so it cannot be looked for; not posting again is the safe side
            self._skip(row.channel_id, newest, stale,
                       "claimed by an older version that stopped; not reposted", result)
            return
        late = now - newest
        if late > self.options.grace:
            self._skip(
                row.channel_id,
                newest,
                runs.get(newest),
                f"missed by {late}, beyond the {self.options.grace} grace",
                result,
            )
            return
        run = (
            self._take_over(stale)
            if stale is not None
            else self.store.claim(row.channel_id, newest, self.name, now=now, lease=self.options.lease)
        )
        if run is None:
            result.lost.append((row.channel_id, newest))
            return
        start = previous_slot(schedule, newest) or newest - timedelta(days=1)
        start = max(start, newest - self.options.max_period)
        with _Lease(self.store, run, self.options.lease) as lease:
            self._post(run, lease, start, schedule.zone, late, result)

    def _post(
        self,
        run: DigestRun,
        lease: _Lease,
        start: datetime,
        zone: ZoneInfo,
        late: timedelta,
        result: TickResult,
    ) -> None:
        channel, slot, owner = run.channel_id, run.slot_at, lease.owner
        note = run.note
        try:
            if self._found_earlier_post(run, lease, result):
                return
            ts = self.poster.post(
                channel, start, slot, zone, post_id=run.post_id, before_post=lease.before_post
            )
        except LeaseLost:
            log.warning("digest for %s at %s: lease lost to another scheduler; not posting",
                        channel, slot)
            result.lost.append((channel, slot))
            return
        except SlackApiError as exc:
            error = str(exc.response.get("error"))
            self.store.finish(run.id, FAILED, note=_join(note, error), now=self.clock(), owner=owner)
            log.error("digest for %s at %s not posted: %s", channel, slot, exc)
            result.failed.append((channel, slot))
            return
        except Exception as exc:
            self.store.finish(
                run.id, FAILED, note=_join(note, repr(exc)[:500]), now=self.clock(), owner=owner
            )
            log.exception("digest for %s at %s not posted", channel, slot)
            result.failed.append((channel, slot))
            return
        quiet = None if ts else "quiet: nothing posted"
        if not self.store.finish(
            run.id, POSTED, message_ts=ts, note=_join(note, quiet), now=self.clock(), owner=owner
        ):
            # our lease ran out after we posted and another scheduler took the slot over: it
            # finds our message by its post_id and records it, so nothing is posted twice
            log.warning("digest for %s at %s posted (ts %s) but the slot was taken over before "
                        "it was recorded", channel, slot, ts)
        if late > timedelta(minutes=1):
            log.info("digest for %s at %s posted %s late", channel, slot, late)
        result.posted.append((channel, slot))

    def _take_over(self, stale: DigestRun) -> DigestRun | None:
        run = self.store.take_over(
            stale.id,
            self.name,
            lease=self.options.lease,
            note=_join(stale.note, f"taken over from {stale.claimed_by}, whose lease expired"),
        )
        if run is not None:
            log.warning(
                "digest for %s at %s: taking over the slot from %s, which stopped renewing its "
                "claim (lease ended %s)%s",
                stale.channel_id, stale.slot_at.isoformat(), stale.claimed_by,
                stale.lease_until.isoformat() if stale.lease_until else "unknown",
                "; it had begun posting" if stale.posting_since else "",
            )
        return run

    def _found_earlier_post(self, run: DigestRun, lease: _Lease, result: TickResult) -> bool:
        """A taken-over run whose earlier holder had begun posting: look for its post (by the
        slot's post_id) and record it if found. True when the run is settled (found, or the
        channel could not be read, so it is not posted: that could make a duplicate)."""
        if run.posting_since is None or run.post_id is None:
            return False  # the earlier holder never called chat.postMessage: nothing to find
        channel, slot = run.channel_id, run.slot_at
        try:
            found = self.poster.find(
                channel,
                run.post_id,
                run.posting_since - self.options.history_margin,
                limit=self.options.history_limit,
                pages=self.options.history_pages,
            )
        except Exception as exc:
            if is_uncertain(exc) or _rate_limited(exc):
                log.warning("digest for %s at %s: could not read the channel to see whether the "
                            "earlier holder posted (%s); trying again next tick", channel, slot, exc)
                self.store.expire(run.id, lease.owner)
                result.failed.append((channel, slot))
                return True
            why = exc.response.get("error") if isinstance(exc, SlackApiError) else repr(exc)[:200]
            log.error("digest for %s at %s: cannot read the channel to see whether the earlier "
                      "holder posted (%s); not posting, to avoid a duplicate", channel, slot, why)
            self.store.finish(
                run.id, FAILED, owner=lease.owner, now=self.clock(),
                note=_join(run.note, f"could not check the channel for the earlier post: {why}"),
            )
            result.failed.append((channel, slot))
            return True
        if found is None:
            log.info("digest for %s at %s: the earlier holder's post is not in the channel; "
                     "posting it", channel, slot)
            return False
        log.warning("digest for %s at %s: the earlier holder had posted it (ts %s); recording it, "
                    "not posting again", channel, slot, found.ts)
        self.store.finish(
            run.id, POSTED, message_ts=found.ts, owner=lease.owner, now=self.clock(),
            note=_join(run.note, "found in the channel after the holder stopped"),
        )
        result.recovered.append((channel, slot))
        return True

    def _skip(
        self,
        channel_id: str,
        slot: datetime,
        stale: DigestRun | None,
        why: str,
        result: TickResult,
    ) -> None:
        if stale is None:
            if self.store.claim(channel_id, slot, self.name, status=SKIPPED, note=why) is not None:
                log.warning("digest for %s at %s skipped: %s", channel_id, slot.isoformat(), why)
                result.skipped.append((channel_id, slot))
            return
        # a slot whose holder was killed, now too old to post: it may still have posted it
        run = self._take_over(stale)
        if run is None:
            return
        with _Lease(self.store, run, self.options.lease) as lease:
            if self._found_earlier_post(run, lease, result):
                return
            if self.store.finish(
                run.id, SKIPPED, note=_join(run.note, why), now=self.clock(), owner=lease.owner
            ):
                log.warning("digest for %s at %s skipped (its holder stopped before posting): %s",
                            channel_id, slot.isoformat(), why)
                result.skipped.append((channel_id, slot))

    # -- running ---------------------------------------------------------
    def _add_job(self, scheduler: BackgroundScheduler | BlockingScheduler) -> None:
        scheduler.add_job(
            self.tick,
            "interval",
            seconds=self.options.interval_seconds,
            id="digest-tick",
            max_instances=1,
            coalesce=True,
            next_run_time=datetime.now(UTC),
        )

    def start_background(self) -> BackgroundScheduler:
        """Run ticks in a daemon thread (Socket Mode: alongside the app)."""
        scheduler = BackgroundScheduler(timezone=UTC, daemon=True)
        self._add_job(scheduler)
        scheduler.start()
        return scheduler

    def run_blocking(self) -> None:
        """Run ticks in the foreground until interrupted (the `clock` process)."""
        scheduler = BlockingScheduler(timezone=UTC)
        self._add_job(scheduler)
        log.info("digest clock %s running every %ss", self.name, self.options.interval_seconds)
        try:
            scheduler.start()
        except (KeyboardInterrupt, SystemExit):
            if scheduler.running:
                scheduler.shutdown(wait=True)  # a digest being posted is finished and recorded
            log.info("digest clock %s stopped", self.name)


def _join(*notes: str | None) -> str | None:
    joined = "; ".join(n for n in notes if n)
    return joined or None


def _rate_limited(exc: Exception) -> bool:
    return isinstance(exc, SlackApiError) and getattr(exc.response, "status_code", 0) == 429
