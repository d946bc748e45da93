"""Slack event ids already handled, shared by every process through the database.

Slack retries an event it thinks was not acknowledged in time; several web
dynos may each get a copy. The primary key on `event_id` makes "first time?"
atomic: exactly one insert wins.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from bot.storage.database import Database
from bot.storage.schema import seen_events

log = logging.getLogger(__name__)

KEEP_FOR = timedelta(days=1)


class SeenEvents:
    """DB-backed event dedupe: `bot.seen_events.SeenEvents` for several processes."""

    def __init__(
        self,
        db: Database,
        keep_for: timedelta = KEEP_FOR,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        prune_every: timedelta = timedelta(minutes=10),
    ) -> None:
        self.engine = db.engine
        self.keep_for = keep_for
        self.clock = clock
        self.prune_every = prune_every
        self._last_prune: datetime | None = None

    def first_time(self, event_id: str) -> bool:
        """Record the id; True only for the first caller, in any process."""
        now = self.clock()
        self._maybe_prune(now)
        try:
            with self.engine.begin() as conn:
                conn.execute(seen_events.insert().values(event_id=event_id, seen_at=now))
        except IntegrityError:
            return False
        return True

    first_sighting = first_time  # the name bot.seen_events.SeenEvents (the protocol) uses

    def __contains__(self, event_id: str) -> bool:
        from sqlalchemy import select

        with self.engine.connect() as conn:
            return (
                conn.execute(
                    select(seen_events.c.event_id).where(seen_events.c.event_id == event_id)
                ).first()
                is not None
            )

    def prune(self, now: datetime | None = None) -> int:
        """Forget ids older than `keep_for`; Slack stops retrying long before that."""
        now = now or self.clock()
        with self.engine.begin() as conn:
            result = conn.execute(
                delete(seen_events).where(seen_events.c.seen_at < now - self.keep_for)
            )
        self._last_prune = now
        return result.rowcount or 0

    def _maybe_prune(self, now: datetime) -> None:
        if self._last_prune is None or now - self._last_prune >= self.prune_every:
            removed = self.prune(now)
            if removed:
                log.debug("pruned %d seen event ids", removed)
