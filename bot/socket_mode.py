"""What `python -m bot` runs in Socket Mode: the app, the digest scheduler beside it, the websocket.

Kept apart from `bot.__main__` so tests start the bot exactly as Socket Mode does, and stop
it: `start_socket_mode(app)` starts the scheduler, `connect()` is the only part that needs
Slack (tests point it at the stand-in's websocket), and `stop()` ends both.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

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
    _handler: Any = field(default=None, init=False, repr=False)
    _stopping: threading.Event = field(default_factory=threading.Event, init=False, repr=False)

    def connect(self, app_token: str, *, ping_interval: float = 10) -> None:
        """Open the websocket and serve Slack until `stop()` or the process is stopped (blocks).

        slack_sdk's built-in client (Bolt's default) acknowledges envelopes, and reconnects when
        Slack sends `disconnect` or the connection is lost; it notices a closed connection at its
        next ping check, every `ping_interval` seconds (Bolt's default 10).
        Raises slack_sdk's SlackApiError if Slack rejects the app token.
        """
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        log.info("newsbrief: connecting to Slack in Socket Mode")
        handler = SocketModeHandler(self.app, app_token, ping_interval=ping_interval)
        self._handler = handler
        handler.connect()
        if self._stopping.is_set():  # stop() came while connecting: the connection just made goes too
            handler.close()
            return
        log.info("newsbrief: connected to Slack in Socket Mode")
        self._stopping.wait()  # Ctrl-C or SIGTERM (KeyboardInterrupt) ends the wait too

    def stop(self) -> None:
        """Close the websocket, then stop the scheduler and wait for its threads: a tick already
        under way finishes and records its slot, so stopping never leaves a claimed slot half-posted."""
        self._stopping.set()
        handler, self._handler = self._handler, None
        if handler is not None:
            handler.close()
            log.info("newsbrief: Socket Mode connection closed")
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=True)
            log.info("newsbrief: digest scheduler stopped")


def start_socket_mode(app: App) -> SocketModeBot:
    """Start what runs beside the websocket: the digest scheduler, unless turned off.

    It ticks in a daemon thread and shares the slot claim (a unique row a slot, held as a
    renewed lease) with any `python -m bot clock` on the same database, so running both never
    posts a slot twice, and either takes over a slot the other was killed while holding.
    """
    services = services_for(app)
    settings = services.digest_settings or digest_settings_from()
    background = None
    if services.scheduler is not None and settings.run_in_socket_mode:
        background = services.scheduler.start_background()
        log.info("newsbrief: digest scheduler running in-process")
    return SocketModeBot(app=app, scheduler=background)
