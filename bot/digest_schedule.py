"""Digest schedules: the `/brief digest ...` grammar and the slot arithmetic.

Slots are computed with APScheduler's `CronTrigger` in the schedule's IANA
timezone, so "07:30" stays 07:30 on the wall clock across DST changes (06:30
UTC in summer, 07:30 UTC in winter for Europe/London). Every function takes
the times it needs as arguments: tests drive it with an injected clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.cron import CronTrigger

DAILY, WEEKDAYS = "daily", "weekdays"
_DAY_OF_WEEK = {DAILY: "*", WEEKDAYS: "mon-fri"}
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
MAX_TIMES = 6
USAGE = (
    "Usage: `/brief digest daily 07:30`, `/brief digest weekdays 07:30 18:00`, "
    "`/brief digest off`, `/brief digest now`, or `/brief digest` to see the schedule. "
    "Add a timezone such as `Europe/London` to set the channel's."
)


class DigestCommandError(ValueError):
    """A `/brief digest` command that cannot be understood; the message is for the user."""


@dataclass(frozen=True)
class Schedule:
    """When a channel gets its digest: which days, which wall-clock times, which zone."""

    days: str
    times: tuple[str, ...]
    timezone: str

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def describe(self) -> str:
        days = "every day" if self.days == DAILY else "on weekdays"
        return f"{days} at {', '.join(self.times)} ({self.timezone})"


@dataclass(frozen=True)
class DigestCommand:
    """A parsed `/brief digest` command: show | off | now | set."""

    action: str
    days: str | None = None
    times: tuple[str, ...] = ()
    timezone: str | None = None


def _parse_time(token: str) -> str:
    match = _TIME.match(token)
    if not match:
        raise DigestCommandError(
            f"“{token}” is not a time; use 24-hour HH:MM, like 07:30.\n{USAGE}"
        )
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def check_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise DigestCommandError(
            f"“{name}” is not a timezone I know; use an IANA name such as Europe/London."
        ) from None
    return name


def parse_digest_command(text: str) -> DigestCommand:
    """Parse what follows `/brief digest`."""
    tokens = text.split()
    if not tokens:
        return DigestCommand("show")
    head, rest = tokens[0].lower(), tokens[1:]
    if head in ("off", "now", "show", "status"):
        if rest:
            raise DigestCommandError(f"`/brief digest {head}` takes nothing after it.\n{USAGE}")
        return DigestCommand("show" if head == "status" else head)
    if head in ("daily", "weekdays"):
        timezone = None
        if rest and ("/" in rest[-1] or rest[-1].upper() == "UTC"):
            timezone = check_timezone(rest.pop())
        if not rest:
            raise DigestCommandError(f"Give at least one time, like `/brief digest {head} 07:30`.")
        times = tuple(sorted({_parse_time(t) for t in rest}))
        if len(times) > MAX_TIMES:
            raise DigestCommandError(f"At most {MAX_TIMES} digests a day, please.")
        return DigestCommand("set", days=head, times=times, timezone=timezone)
    raise DigestCommandError(f"I don't know `/brief digest {tokens[0]}`.\n{USAGE}")


def _triggers(schedule: Schedule) -> list[CronTrigger]:
    zone = schedule.zone
    out = []
    for time in schedule.times:
        hour, minute = (int(x) for x in time.split(":"))
        out.append(
            CronTrigger(
                day_of_week=_DAY_OF_WEEK[schedule.days], hour=hour, minute=minute, timezone=zone
            )
        )
    return out


def slots_between(
    schedule: Schedule, start: datetime, end: datetime, limit: int = 1000
) -> list[datetime]:
    """Slot instants in (start, end], ascending, in UTC.

    Computed in UTC because Python compares two datetimes of one zone by wall
    time, ignoring `fold`: the two 01:30s of a fall-back night would be
    "equal". A wall time that occurs twice that night gives one slot (the
    first); one skipped by spring-forward fires once, just after the gap.
    """
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    found: set[datetime] = set()
    for trigger in _triggers(schedule):
        fire = trigger.get_next_fire_time(None, start + timedelta(microseconds=1))
        for _ in range(limit):
            if fire is None:
                break
            fire_utc = fire.astimezone(UTC)
            if fire_utc > end:
                break
            if fire_utc > start:
                found.add(fire_utc)
            fire = trigger.get_next_fire_time(fire, fire_utc + timedelta(microseconds=1))
    slots: list[datetime] = []
    seen_wall: set[tuple] = set()
    for slot in sorted(found):
        local = slot.astimezone(schedule.zone)
        wall = (local.date(), local.hour, local.minute)
        if wall not in seen_wall:
            seen_wall.add(wall)
            slots.append(slot)
    return slots[:limit]


def next_slot(schedule: Schedule, after: datetime) -> datetime | None:
    """The first slot after `after` (in UTC), looking ahead at most 8 days."""
    slots = slots_between(schedule, after, after + timedelta(days=8), limit=1)
    return slots[0] if slots else None


def previous_slot(
    schedule: Schedule, before: datetime, horizon: timedelta = timedelta(days=8)
) -> datetime | None:
    """The last slot strictly before `before`, looking back at most `horizon`."""
    slots = slots_between(schedule, before - horizon, before - timedelta(microseconds=1))
    return slots[-1] if slots else None
