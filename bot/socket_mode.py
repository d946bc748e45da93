"""What `python -m bot` runs in Socket Mode: the app, the digest scheduler beside it, the websocket.

Kept apart from `bot.__main__` so tests start the in-process scheduler exactly as
Socket Mode does, and stop it, without a Slack websocket: `start_socket_mode(app)`
starts the scheduler, `connect()` is the only part that needs Slack.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from apscheduler.schedulers.background import BackgroundScheduler
from slack_bolt import App

from bot.digest_settings import digest_settings_from
from bot.services import services_for

log = logging.getLogger("bot")


@dataclass
class SocketModeBot:
    """A started Socket Mode bot; `scheduler` is None when `[digest] run_in_socket_mode` is off."""

    app: App
    scheduler: BackgroundScheduler | None

    def connect(self, app_token: str) -> None:
        """Open the websocket and serve Slack until the process is stopped (blocks).

        Raises slack_sdk's SlackApiError if Slack rejects the app token.
        """
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        log.info("newsbrief: connecting to Slack in Socket Mode")
        SocketModeHandler(self.app, app_token).start()

    def stop(self) -> None:
        """Stop the scheduler and wait for its threads: a tick already under way finishes and
        records its slot, so stopping never leaves a claimed slot half-posted."""
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=True)
            log.info("newsbrief: digest scheduler stopped")


def start_socket_mode(app: App) -> SocketModeBot:
    """Start what runs beside the websocket: the digest scheduler, unless turned off.

    It ticks in a daemon thread and shares the slot claim (a unique row a slot) with any
    `python -m bot clock` on the same database, so running both never posts a slot twice.
    """
    services = services_for(app)
    settings = services.digest_settings or digest_settings_from()
    background = None
    if services.scheduler is not None and settings.run_in_socket_mode:
        background = services.scheduler.start_background()
        log.info("newsbrief: digest scheduler running in-process")
    return SocketModeBot(app=app, scheduler=background)
