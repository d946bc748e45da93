"""`python -m bot clock` runs the digest scheduler alone (the Procfile's clock process);
`python -m bot digest --channel C… [--since 24h]` posts one digest now.

Both need SLACK_BOT_TOKEN (and SLACK_SIGNING_SECRET, as every entry point) and
the same DATABASE_URL as the web process; a bad setting or argument prints one
line and exits with status 2.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from datetime import timedelta

from bot.startup import fail, settings_or_exit, stop_on_sigterm

log = logging.getLogger("bot.clock")
_SINCE = re.compile(r"^(\d+)\s*([mhd])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def parse_since(text: str) -> timedelta:
    """'24h', '90m', '2d' → a period of at most 7 days."""
    match = _SINCE.match(text.strip().lower())
    if not match:
        raise ValueError(f"--since must look like 24h, 90m or 2d, not {text!r}")
    period = timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
    if not timedelta(0) < period <= timedelta(days=7):
        raise ValueError("--since must be more than 0 and at most 7 days")
    return period


def _features():
    from slack_sdk.errors import SlackApiError
    from sqlalchemy.exc import SQLAlchemyError

    from bot.app import build_client
    from bot.redaction import configure_logging
    from bot.settings import SettingsError
    from bot.storage import open_database
    from bot.stories.wiring import StoredFeatures

    settings = settings_or_exit()
    configure_logging(
        secrets=tuple(s for s in (settings.slack_bot_token, settings.slack_signing_secret) if s)
    )
    try:
        database = open_database(settings.database_url)
        return StoredFeatures.build(build_client(settings), database, settings)
    except SettingsError as exc:
        fail(str(exc))
    except SQLAlchemyError as exc:
        fail(f"could not open the database (DATABASE_URL): {str(exc).splitlines()[0][:200]}")
    except SlackApiError as exc:  # pragma: no cover - building makes no Slack calls
        fail(str(exc).splitlines()[0])


def clock_main(argv: list[str]) -> int:
    if argv:
        fail(f"`python -m bot clock` takes no arguments (got {' '.join(argv)})")
    features = _features()
    stop_on_sigterm()
    features.scheduler.run_blocking()
    return 0


def digest_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bot digest", description="Post one digest now."
    )
    parser.add_argument("--channel", required=True, help="channel id, e.g. C0123456789")
    parser.add_argument("--since", default="24h", help="period covered: 24h (default), 90m, 2d")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed its one-line usage error
        return 2 if exc.code else 0
    if not re.fullmatch(r"[CGD][A-Z0-9]{2,}", args.channel):
        fail(f"--channel must be a Slack channel id such as C0123456789, not {args.channel!r}")
    try:
        since = parse_since(args.since)
    except ValueError as exc:
        fail(str(exc))
    features = _features()
    answer = features.digests.post_now(args.channel, since)
    print(answer)
    return 0 if answer in ("Digest posted.",) or answer.startswith("Nothing to report") else 1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "digest":
        return digest_main(argv[1:])
    return clock_main(argv[1:] if argv and argv[0] == "clock" else argv)
