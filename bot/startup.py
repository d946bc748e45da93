"""Shared start-up for every entry point: load settings, set up logging, build the app.

Anything wrong with the configuration ends the process with one line naming the
setting and exit status 2, never a traceback.
"""

from __future__ import annotations

import signal
import sys
from typing import NoReturn

from slack_bolt import App
from slack_bolt.error import BoltError
from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import SQLAlchemyError

from bot.redaction import configure_logging
from bot.settings import Settings, SettingsError, load_settings


def fail(message: str) -> NoReturn:
    print(f"newsbrief: {message}", file=sys.stderr, flush=True)
    raise SystemExit(2)


def settings_or_exit() -> Settings:
    try:
        return load_settings()
    except SettingsError as exc:
        fail(str(exc))


def build_app_or_exit(settings: Settings | None = None) -> App:
    from bot.app import create_app

    settings = settings or settings_or_exit()
    configure_logging(secrets=tuple(s for s in (settings.slack_bot_token, settings.slack_signing_secret, settings.slack_app_token) if s))
    try:
        return create_app(settings)
    except (BoltError, SlackApiError) as exc:
        where = settings.slack_api_url or "Slack"
        detail = str(exc).splitlines()[0][:200]
        if "invalid_auth" in detail or "not_authed" in detail or "token_revoked" in detail or "account_inactive" in detail:
            fail(f"SLACK_BOT_TOKEN was rejected by {where} ({detail})")
        fail(f"could not check SLACK_BOT_TOKEN with {where} (auth.test failed: {detail})")
    except SettingsError as exc:  # [digest]/[stories] settings, read when storage is set up
        fail(str(exc))
    except SQLAlchemyError as exc:
        fail(f"could not open the database (DATABASE_URL): {str(exc).splitlines()[0][:200]}")
    except OSError as exc:
        fail(f"could not reach {settings.slack_api_url or 'Slack'} to check SLACK_BOT_TOKEN (is SLACK_API_URL right?): {exc}")


def stop_on_sigterm() -> None:
    """A platform stops a process with SIGTERM (Heroku, systemd, Docker): turn it into the same
    orderly exit as Ctrl-C, so `finally` blocks run (a digest being posted is finished and
    recorded, the server socket is closed) instead of the process dying mid-post."""

    def _exit(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _exit)
