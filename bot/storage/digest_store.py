"""Digest schedules per channel and the runs that claim each slot.

A run row is inserted *before* a digest is posted; the unique
(channel_id, slot_at) constraint lets exactly one scheduler (thread, process
or dyno) win a slot, whatever the dialect.

The claim is a lease, not a lock (as `story_claims` is): a `claimed` run carries
`lease_until`, which its holder renews while it builds and posts; every renewal
and the final `finish` are conditional on `lease_owner`, a token fresh for each
holder. A claimed run whose lease ran out (its process was killed) may be taken
over (`take_over`: one UPDATE whose WHERE re-checks the expiry, so two takers
cannot both win). The run's `post_id` is fixed when the slot is first claimed and
is what the digest post carries in its metadata, so a taker can look for the
earlier holder's post in the channel; `posting_since` says whether it ever got as
far as calling chat.postMessage. Lease times are the wall clock of each process
(`datetime.now`), never the scheduler's injected clock; the lease dwarfs skew.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Row, and_, delete, func, literal, or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.storage.database import Database
from bot.storage.schema import UTCDateTime, digest_runs, digest_schedules

CLAIMED, POSTED, SKIPPED, FAILED = "claimed", "posted", "skipped", "failed"
DEFAULT_LEASE = timedelta(seconds=90)


def _wall() -> datetime:
    return datetime.now(UTC)


def new_token() -> str:
    return uuid.uuid4().hex


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
    lease_owner: str | None = None
    lease_until: datetime | None = None
    post_id: str | None = None
    posting_since: datetime | None = None

    def lease_expired(self, lease: timedelta = DEFAULT_LEASE, now: datetime | None = None) -> bool:
        """A claimed run nobody is renewing any more (runs from before leases existed have no
        `lease_until`: they expire `lease` after they were claimed)."""
        if self.status != CLAIMED:
            return False
        now = now or _wall()
        until = self.lease_until or self.claimed_at + lease
        return until < now


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
        lease: timedelta = DEFAULT_LEASE,
    ) -> DigestRun | None:
        """Insert the slot's run row; None when another scheduler already has it.

        `now` is the scheduler's time (`claimed_at`); a `claimed` run also gets a lease of
        `lease` from the wall clock, a fresh `lease_owner` token and the slot's `post_id`."""
        now = now or datetime.now(UTC)
        claiming = status == CLAIMED
        values = dict(
            channel_id=channel_id,
            slot_at=slot_at,
            status=status,
            claimed_by=claimed_by,
            claimed_at=now,
            finished_at=None if claiming else now,
            message_ts=None,
            note=note,
            lease_owner=new_token() if claiming else None,
            lease_until=_wall() + lease if claiming else None,
            post_id=new_token() if claiming else None,
            posting_since=None,
        )
        try:
            with self.engine.begin() as conn:
                run_id = conn.execute(digest_runs.insert().values(**values)).inserted_primary_key[0]
        except IntegrityError:
            return None
        return DigestRun(id=run_id, **values)

    def take_over(
        self,
        run_id: int,
        claimed_by: str,
        *,
        lease: timedelta = DEFAULT_LEASE,
        note: str | None = None,
    ) -> DigestRun | None:
        """Take a claimed run whose lease has run out; None if it is not claimed any more or
        someone renewed or took it first. One UPDATE whose WHERE re-checks the expiry:
        PostgreSQL re-evaluates it on the row another taker just wrote, SQLite runs writers
        one at a time, so only one taker wins."""
        now = _wall()
        expired = or_(
            digest_runs.c.lease_until < now,
            and_(digest_runs.c.lease_until.is_(None), digest_runs.c.claimed_at < now - lease),
        )
        values: dict = dict(claimed_by=claimed_by, lease_owner=new_token(), lease_until=now + lease)
        if note is not None:
            values["note"] = note
        with self.engine.begin() as conn:
            row = conn.execute(
                update(digest_runs)
                .where(digest_runs.c.id == run_id, digest_runs.c.status == CLAIMED, expired)
                .values(**values)
                .returning(*digest_runs.c)
            ).first()
        return DigestRun(**row._mapping) if row is not None else None

    def renew(
        self, run_id: int, owner: str, *, lease: timedelta = DEFAULT_LEASE, posting: bool = False
    ) -> bool:
        """Extend our lease; False if the run is no longer ours (taken over, or finished).
        `posting`: we are about to call chat.postMessage, so record `posting_since` (once)."""
        now = _wall()
        values: dict = dict(lease_until=now + lease)
        if posting:
            values["posting_since"] = func.coalesce(
                digest_runs.c.posting_since, literal(now, type_=UTCDateTime)
            )
        with self.engine.begin() as conn:
            row = conn.execute(
                update(digest_runs)
                .where(
                    digest_runs.c.id == run_id,
                    digest_runs.c.lease_owner == owner,
                    digest_runs.c.status == CLAIMED,
                )
                .values(**values)
                .returning(digest_runs.c.id)
            ).first()
        return row is not None

    def expire(self, run_id: int, owner: str) -> None:
        """End our lease now without finishing the run, so the next tick may try again."""
        with self.engine.begin() as conn:
            conn.execute(
                update(digest_runs)
                .where(digest_runs.c.id == run_id, digest_runs.c.lease_owner == owner)
                .values(lease_until=_wall() - timedelta(seconds=1))
            )

    def finish(
        self,
        run_id: int,
        status: str,
        *,
        message_ts: str | None = None,
        note: str | None = None,
        now: datetime | None = None,
        owner: str | None = None,
    ) -> bool:
        """Record how the run ended. With `owner`, only while the run is still claimed under
        that lease (False otherwise: a taker has it and will find our post by its post_id)."""
        conditions = [digest_runs.c.id == run_id]
        if owner is not None:
            conditions += [digest_runs.c.lease_owner == owner, digest_runs.c.status == CLAIMED]
        with self.engine.begin() as conn:
            row = conn.execute(
                update(digest_runs)
                .where(*conditions)
                .values(
                    status=status,
                    message_ts=message_ts,
                    note=note,
                    finished_at=now or datetime.now(UTC),
                )
                .returning(digest_runs.c.id)
            ).first()
        return row is not None

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

    def runs_at(self, channel_id: str, slots: list[datetime]) -> dict[datetime, DigestRun]:
        """The channel's runs for these slots, by slot."""
        if not slots:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(digest_runs).where(
                    digest_runs.c.channel_id == channel_id, digest_runs.c.slot_at.in_(slots)
                )
            ).all()
        return {r.slot_at: r for r in (DigestRun(**row._mapping) for row in rows)}

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
