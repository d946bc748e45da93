"""Digest and story settings: `[digest]` and `[stories]` in config/defaults.toml, env overrides.

Kept apart from `bot.settings.Settings` (Slack and fetching) so the clock
process and the CLI can read them without Slack secrets.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bot.digest import DigestOptions
from bot.digest_schedule import DigestCommandError, check_timezone
from bot.scheduler import SchedulerOptions
from bot.settings import SettingsError, load_defaults


@dataclass(frozen=True)
class DigestSettings:
    timezone: str = "Europe/London"
    grace: timedelta = timedelta(hours=2)
    interval_seconds: int = 30
    quiet: str = "post"
    max_stories: int = 10
    title: str = "News digest"
    story_window: timedelta = timedelta(hours=48)
    run_in_socket_mode: bool = True
    lease: timedelta = timedelta(seconds=90)

    def scheduler_options(self) -> SchedulerOptions:
        return SchedulerOptions(
            grace=self.grace,
            interval_seconds=self.interval_seconds,
            default_timezone=self.timezone,
            lease=self.lease,
        )

    def digest_options(self) -> DigestOptions:
        return DigestOptions(max_stories=self.max_stories, quiet=self.quiet, title=self.title)


def digest_settings_from(
    env: Mapping[str, str] | None = None, defaults: Mapping[str, Any] | None = None
) -> DigestSettings:
    env = os.environ if env is None else env
    d = defaults if defaults is not None else load_defaults()
    digest = d.get("digest", {})
    stories = d.get("stories", {})
    timezone = env.get("NEWSBRIEF_TIMEZONE", "").strip() or str(digest.get("timezone") or "UTC")
    try:
        check_timezone(timezone)
    except DigestCommandError:
        raise SettingsError(
            f"NEWSBRIEF_TIMEZONE must be an IANA timezone such as Europe/London, not {timezone!r}"
        ) from None
    quiet = str(digest.get("quiet", "post"))
    if quiet not in ("post", "skip"):
        raise SettingsError(
            f"digest.quiet in config/defaults.toml must be 'post' or 'skip', not {quiet!r}"
        )
    try:
        grace = float(
            env.get("NEWSBRIEF_DIGEST_GRACE_MINUTES", "").strip()
            or digest.get("grace_minutes", 120)
        )
        window = float(stories.get("window_hours", 48))
        interval = int(digest.get("interval_seconds", 30))
        max_stories = int(digest.get("max_stories", 10))
        lease = float(digest.get("lease_seconds", 90))
    except (TypeError, ValueError) as exc:
        raise SettingsError(
            f"a [digest]/[stories] number in config/defaults.toml is not a number: {exc}"
        ) from None
    if grace < 0 or window <= 0 or interval < 1 or not 1 <= max_stories <= 45 or lease < 30:
        raise SettingsError(
            "[digest]/[stories] in config/defaults.toml: grace >= 0, window > 0, "
            "interval >= 1 s, max_stories 1-45, lease_seconds >= 30"
        )
    return DigestSettings(
        timezone=timezone,
        grace=timedelta(minutes=grace),
        interval_seconds=interval,
        quiet=quiet,
        max_stories=max_stories,
        title=str(digest.get("title", "News digest")),
        story_window=timedelta(hours=window),
        run_in_socket_mode=bool(digest.get("run_in_socket_mode", True)),
        lease=timedelta(seconds=lease),
    )
