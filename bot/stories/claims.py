"""One update at a time per story, across the threads of a process and across processes.

Two new sources for the same story may arrive at once (two reporters, two
gunicorn workers). Each update reads the story's stored state, summarises,
posts "what's new" in the thread, `chat.update`s the brief and stores the new
state; two of those interleaved would both report the same new lines, and the
slower `chat.update` could put back the older source count. So the whole
sequence runs under a per-story claim.

Why a lease row and not a held database lock (`SELECT … FOR UPDATE`, or SQLite's
`BEGIN IMMEDIATE`): the claimed section calls Slack, which may take seconds
(rate limits, retries). A row lock held that long would block every other
write to the story row — including the next request's placement, which runs
under the story service's process-wide lock — and on SQLite a write
transaction locks the whole database for every story and every event dedupe.
A lease in `story_claims` is taken and released in short transactions of its
own, so nothing is locked while Slack is called; its bound is the lease: a
holder that crashes frees the story when the lease runs out, and a holder
renews it before each Slack call, stopping (without posting) if it was lost.

Threads of one process first queue on an in-process lock per story, so only one
of them polls the database; other processes' claims are waited for by polling
with a short back-off.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from bot.storage.repository import Repository

log = logging.getLogger(__name__)


class StoryBusy(Exception):
    """Another update of the story held it for longer than we were prepared to wait."""


@dataclass
class StoryClaim:
    """A held claim: `renew()` before each slow step; False means it was lost, so stop."""

    story_id: int
    owner: str
    claims: StoryClaims

    def renew(self) -> bool:
        held = self.claims.repo.renew_story_claim(self.story_id, self.owner, self.claims.lease)
        if not held:
            log.warning("lost the update claim on story %s (lease expired)", self.story_id)
        return held


class StoryClaims:
    def __init__(
        self,
        repo: Repository,
        *,
        lease: timedelta = timedelta(seconds=90),
        wait: float = 180.0,
        poll: float = 0.05,
    ) -> None:
        """`lease`: how long a claim lasts without renewal (longer than one Slack call with its
        retries, or one summarise). `wait`: how long to queue for a story before giving up;
        longer than the lease, so a crashed holder's story is taken over rather than given up."""
        self.repo = repo
        self.lease = lease
        self.wait = wait
        self.poll = poll
        self._guard = threading.Lock()
        self._local: dict[int, tuple[threading.Lock, int]] = {}  # story id -> (lock, users)
        self._me = f"{socket.gethostname()}:{os.getpid()}"

    @contextmanager
    def hold(self, story_id: int) -> Iterator[StoryClaim]:
        """Hold the story's update claim for the block; raises `StoryBusy` after `wait`."""
        deadline = time.monotonic() + self.wait
        local = self._enter(story_id)
        try:
            if not local.acquire(timeout=max(0.0, deadline - time.monotonic())):
                raise StoryBusy(f"story {story_id}: another thread held it for {self.wait:.0f} s")
            try:
                claim = self._claim(story_id, deadline)
                try:
                    yield claim
                finally:
                    try:
                        self.repo.release_story_claim(story_id, claim.owner)
                    except Exception:  # the lease frees it anyway
                        log.exception("could not release the claim on story %s", story_id)
            finally:
                local.release()
        finally:
            self._leave(story_id)

    def _claim(self, story_id: int, deadline: float) -> StoryClaim:
        owner = f"{self._me}:{uuid.uuid4().hex[:12]}"
        delay = self.poll
        while not self.repo.claim_story(story_id, owner, self.lease):
            if time.monotonic() >= deadline:
                raise StoryBusy(f"story {story_id}: claimed elsewhere for {self.wait:.0f} s")
            time.sleep(delay * random.uniform(0.5, 1.5))
            delay = min(delay * 1.5, 1.0)
        return StoryClaim(story_id, owner, self)

    def _enter(self, story_id: int) -> threading.Lock:
        with self._guard:
            lock, users = self._local.get(story_id, (None, 0))
            lock = lock or threading.Lock()
            self._local[story_id] = (lock, users + 1)
            return lock

    def _leave(self, story_id: int) -> None:
        with self._guard:
            lock, users = self._local[story_id]
            if users <= 1:
                del self._local[story_id]
            else:
                self._local[story_id] = (lock, users - 1)
