"""Which Slack event deliveries have been handled, so a retried event never posts twice.

Slack re-sends an event (with `X-Slack-Retry-Num`) when it thinks the first
delivery failed. `SeenEvents` is the seam: the in-memory set below serves a
single process; a database-backed implementation (bot/storage) serves several.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Protocol


class SeenEvents(Protocol):
    def first_sighting(self, event_id: str) -> bool:
        """Record `event_id`; True only for the first caller ever to present it (atomic)."""
        ...


class MemorySeenEvents:
    """Thread-safe, bounded in size and age (Slack stops retrying within about an hour)."""

    def __init__(self, max_entries: int = 100_000, ttl_seconds: float = 3 * 3600) -> None:
        self.max_entries = max_entries
        self.ttl_seconds = ttl_seconds
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_sighting(self, event_id: str) -> bool:
        now = time.monotonic()
        with self._lock:
            while self._seen:
                oldest_id, at = next(iter(self._seen.items()))
                if now - at <= self.ttl_seconds and len(self._seen) < self.max_entries:
                    break
                del self._seen[oldest_id]
            if event_id in self._seen:
                return False
            self._seen[event_id] = now
            return True

    def __len__(self) -> int:
        return len(self._seen)
