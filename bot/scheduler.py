"""Posting each channel's digest exactly once per slot, from any number of processes.

`DigestScheduler.tick(now)` is the whole decision, with the clock injected:
for each enabled schedule it finds the slots that fell due since the last
look, claims each with a unique row (`DigestStore.claim`) and only then posts.
The newest due slot is posted if it is at most `grace` late; older or later
ones are recorded as skipped and logged. APScheduler runs `tick` on an
interval (`start_background` / `run_blocking`); it never decides what to post.
"""

from __future__ import annotations

import logging
import os
import socket
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
from bot.posting import post_message
from bot.storage.digest_store import FAILED, POSTED, SKIPPED, DigestSchedule, DigestStore
from bot.storage.repository import Repository

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SchedulerOptions:
    grace: timedelta = timedelta(hours=2)
    lookback: timedelta = timedelta(days=1)  # how far back missed slots are noticed and logged
    interval_seconds: int = 30
    default_timezone: str = "UTC"  # the workspace's, when a channel has none
    max_period: timedelta = timedelta(days=7)


@dataclass
class TickResult:
    """What one tick did, for logs and tests."""

    posted: list[tuple[str, datetime]] = field(default_factory=list)
    skipped: list[tuple[str, datetime]] = field(default_factory=list)
    lost: list[tuple[str, datetime]] = field(default_factory=list)  # claimed by another process
    failed: list[tuple[str, datetime]] = field(default_factory=list)


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

    def post(self, channel_id: str, start: datetime, end: datetime, zone: ZoneInfo) -> str | None:
        """Post the digest; the message ts, or None when a quiet digest is configured to skip."""
        digest = build_digest(self.repo, channel_id, start, end, self.options)
        blocks, text = digest_blocks(digest, self.options, zone)
        if not blocks:
            log.info("digest for %s: nothing since %s, not posting", channel_id, start.isoformat())
            return None
        # through post_message: a 5xx after Slack posted it must not make a second digest
        return post_message(self.client, channel_id, SlackMessage(text=text, blocks=blocks)).ts


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
        due = [
            s
            for s in slots_between(schedule, since, now)
            if not self.store.has_run(row.channel_id, s)
        ]
        if not due:
            return
        *older, newest = due
        for slot in older:
            self._skip(row.channel_id, slot, "superseded by a later slot", result)
        late = now - newest
        if late > self.options.grace:
            self._skip(
                row.channel_id,
                newest,
                f"missed by {late}, beyond the {self.options.grace} grace",
                result,
            )
            return
        run = self.store.claim(row.channel_id, newest, self.name, now=now)
        if run is None:
            result.lost.append((row.channel_id, newest))
            return
        start = previous_slot(schedule, newest) or newest - timedelta(days=1)
        start = max(start, newest - self.options.max_period)
        try:
            ts = self.poster.post(row.channel_id, start, newest, schedule.zone)
        except SlackApiError as exc:
            self.store.finish(run.id, FAILED, note=str(exc.response.get("error")), now=self.clock())
            log.error("digest for %s at %s not posted: %s", row.channel_id, newest, exc)
            result.failed.append((row.channel_id, newest))
            return
        except Exception as exc:
            self.store.finish(run.id, FAILED, note=repr(exc)[:500], now=self.clock())
            log.exception("digest for %s at %s not posted", row.channel_id, newest)
            result.failed.append((row.channel_id, newest))
            return
        note = None if ts else "quiet: nothing posted"
        self.store.finish(run.id, POSTED, message_ts=ts, note=note, now=self.clock())
        if late > timedelta(minutes=1):
            log.info("digest for %s at %s posted %s late", row.channel_id, newest, late)
        result.posted.append((row.channel_id, newest))

    def _skip(self, channel_id: str, slot: datetime, why: str, result: TickResult) -> None:
        if self.store.claim(channel_id, slot, self.name, status=SKIPPED, note=why) is not None:
            log.warning("digest for %s at %s skipped: %s", channel_id, slot.isoformat(), why)
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
