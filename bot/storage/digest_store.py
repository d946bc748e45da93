"""Digest schedules per channel and the runs that claim each slot.

A run row is inserted *before* a digest is posted; the unique
(channel_id, slot_at) constraint lets exactly one scheduler (thread, process
or dyno) win a slot, whatever the dialect.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Row, delete, select, update
from sqlalchemy.exc import IntegrityError

from bot.storage.database import Database
from bot.storage.schema import digest_runs, digest_schedules

CLAIMED, POSTED, SKIPPED, FAILED = "claimed", "posted", "skipped", "failed"


@dataclass(frozen=True)
class DigestSchedule:
    channel_id: str
    days: str  # "daily" | "weekdays"
    times: tuple[str, ...]  # "HH:MM" in the schedule's timezone
    timezone: str | None
    enabled: bool
    updated_at: datetime
    team_id: str | None = None


@dataclass(frozen=True)
class DigestRun:
    id: int
    channel_id: str
    slot_at: datetime
    status: str
    claimed_by: str | None
    claimed_at: datetime
    finished_at: datetime | None
    message_ts: str | None
    note: str | None


def _schedule(row: Row) -> DigestSchedule:
    m = row._mapping
    return DigestSchedule(
        channel_id=m["channel_id"],
        team_id=m["team_id"],
        days=m["days"],
        times=tuple(t for t in m["times"].split(",") if t),
        timezone=m["timezone"],
        enabled=bool(m["enabled"]),
        updated_at=m["updated_at"],
    )


class DigestStore:
    def __init__(self, db: Database) -> None:
        self.engine = db.engine

    # -- schedules --------------------------------------------------------
    def set_schedule(
        self,
        channel_id: str,
        days: str,
        times: tuple[str, ...] | list[str],
        *,
        timezone: str | None = None,
        enabled: bool = True,
        team_id: str | None = None,
        now: datetime | None = None,
    ) -> DigestSchedule:
        """Create or replace a channel's schedule (portable upsert: update, else insert)."""
        values = dict(
            days=days,
            times=",".join(times),
            timezone=timezone,
            enabled=enabled,
            team_id=team_id,
            updated_at=now or datetime.now(UTC),
        )
        for _ in range(2):
            with self.engine.begin() as conn:
                changed = conn.execute(
                    update(digest_schedules)
                    .where(digest_schedules.c.channel_id == channel_id)
                    .values(**values)
                ).rowcount
                if changed:
                    break
                try:
                    with conn.begin_nested():
                        conn.execute(
                            digest_schedules.insert().values(channel_id=channel_id, **values)
                        )
                    break
                except IntegrityError:
                    continue  # inserted concurrently: update it on the next pass
        schedule = self.get_schedule(channel_id)
        assert schedule is not None
        return schedule

    def disable(self, channel_id: str, now: datetime | None = None) -> bool:
        with self.engine.begin() as conn:
            return bool(
                conn.execute(
                    update(digest_schedules)
                    .where(digest_schedules.c.channel_id == channel_id)
                    .values(enabled=False, updated_at=now or datetime.now(UTC))
                ).rowcount
            )

    def get_schedule(self, channel_id: str) -> DigestSchedule | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(digest_schedules).where(digest_schedules.c.channel_id == channel_id)
            ).first()
        return _schedule(row) if row else None

    def enabled_schedules(self) -> list[DigestSchedule]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(digest_schedules)
                .where(digest_schedules.c.enabled.is_(True))
                .order_by(digest_schedules.c.channel_id)
            ).all()
        return [_schedule(r) for r in rows]

    # -- runs -------------------------------------------------------------
    def claim(
        self,
        channel_id: str,
        slot_at: datetime,
        claimed_by: str,
        *,
        status: str = CLAIMED,
        note: str | None = None,
        now: datetime | None = None,
    ) -> DigestRun | None:
        """Insert the slot's run row; None when another scheduler already has it."""
        now = now or datetime.now(UTC)
        values = dict(
            channel_id=channel_id,
            slot_at=slot_at,
            status=status,
            claimed_by=claimed_by,
            claimed_at=now,
            finished_at=now if status != CLAIMED else None,
            message_ts=None,
            note=note,
        )
        try:
            with self.engine.begin() as conn:
                run_id = conn.execute(digest_runs.insert().values(**values)).inserted_primary_key[0]
        except IntegrityError:
            return None
        return DigestRun(id=run_id, **values)

    def finish(
        self,
        run_id: int,
        status: str,
        *,
        message_ts: str | None = None,
        note: str | None = None,
        now: datetime | None = None,
    ) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(digest_runs)
                .where(digest_runs.c.id == run_id)
                .values(
                    status=status,
                    message_ts=message_ts,
                    note=note,
                    finished_at=now or datetime.now(UTC),
                )
            )

    def release(self, run_id: int) -> None:
        """Give a slot back when posting definitely did not happen, so it can be retried."""
        with self.engine.begin() as conn:
            conn.execute(delete(digest_runs).where(digest_runs.c.id == run_id))

    def runs(self, channel_id: str) -> list[DigestRun]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(digest_runs)
                .where(digest_runs.c.channel_id == channel_id)
                .order_by(digest_runs.c.slot_at)
            ).all()
        return [DigestRun(**r._mapping) for r in rows]

    def has_run(self, channel_id: str, slot_at: datetime) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(
                    select(digest_runs.c.id).where(
                        digest_runs.c.channel_id == channel_id, digest_runs.c.slot_at == slot_at
                    )
                ).first()
                is not None
            )
