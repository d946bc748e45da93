"""`/brief digest …`: set, show, stop or post a channel's digest.

Parsing (`parse_digest_command`) needs no I/O, so the listener can answer a
typo while acknowledging; the rest runs after the acknowledgement.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from slack_sdk.errors import SlackApiError

from bot.digest_schedule import USAGE, DigestCommand, Schedule, next_slot, parse_digest_command
from bot.digest_settings import DigestSettings
from bot.scheduler import DigestPoster, as_schedule
from bot.storage.digest_store import DigestStore

log = logging.getLogger(__name__)
KEYWORD = "digest"


def is_digest_command(text: str) -> bool:
    words = text.split(maxsplit=1)
    return bool(words) and words[0].lower() == KEYWORD


def digest_arguments(text: str) -> str:
    words = text.split(maxsplit=1)
    return words[1] if len(words) > 1 else ""


def _when(moment: datetime, schedule: Schedule) -> str:
    return moment.astimezone(schedule.zone).strftime("%a %d %b %H:%M")


class DigestCommands:
    def __init__(
        self,
        store: DigestStore,
        poster: DigestPoster,
        settings: DigestSettings,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.store = store
        self.poster = poster
        self.settings = settings
        self.clock = clock

    def run(self, command: DigestCommand, channel_id: str, team_id: str | None = None) -> str:
        """Carry out a parsed command; the answer for the user (mrkdwn)."""
        now = self.clock()
        if command.action == "show":
            row = self.store.get_schedule(channel_id)
            if row is None or not row.enabled:
                return f"No digest is scheduled in this channel.\n{USAGE}"
            schedule = as_schedule(row, self.settings.timezone)
            upcoming = next_slot(schedule, now)
            nxt = f" Next: {_when(upcoming, schedule)}." if upcoming else ""
            return f"This channel's digest comes {schedule.describe()}.{nxt}"
        if command.action == "off":
            if self.store.disable(channel_id, now=now):
                return "Digest turned off for this channel. `/brief digest daily 07:30` turns it back on."
            return "There was no digest scheduled in this channel."
        if command.action == "set":
            existing = self.store.get_schedule(channel_id)
            timezone = command.timezone or (existing.timezone if existing else None)
            row = self.store.set_schedule(
                channel_id,
                command.days or "daily",
                command.times,
                timezone=timezone,
                team_id=team_id,
                now=now,
            )
            schedule = as_schedule(row, self.settings.timezone)
            upcoming = next_slot(schedule, now)
            return f"Digest set: {schedule.describe()}." + (
                f" First one: {_when(upcoming, schedule)}." if upcoming else ""
            )
        if command.action == "now":
            return self.post_now(channel_id, since=timedelta(hours=24))
        raise ValueError(command.action)

    def post_now(self, channel_id: str, since: timedelta) -> str:
        now = self.clock()
        row = self.store.get_schedule(channel_id)
        zone = (
            as_schedule(row, self.settings.timezone).zone
            if row
            else Schedule("daily", (), self.settings.timezone).zone
        )
        try:
            ts = self.poster.post(channel_id, now - since, now, zone)
        except SlackApiError as exc:
            error = exc.response.get("error") if exc.response is not None else "error"
            log.warning("digest now in %s failed: %s", channel_id, error)
            if error in ("not_in_channel", "channel_not_found"):
                return "I can't post in this channel: invite me with `/invite @newsbrief` first."
            return f"Slack refused the digest ({error}); please try again."
        if ts is None:
            return "Nothing to report: no stories in this channel in that period."
        return "Digest posted."

    def handle_text(self, text: str, channel_id: str, team_id: str | None = None) -> str:
        """Parse and run what follows `/brief`; every outcome is a polite line."""
        return self.run(parse_digest_command(digest_arguments(text)), channel_id, team_id)
