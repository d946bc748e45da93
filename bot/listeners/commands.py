"""`/brief`: acknowledge at once with what will be read, then brief in a worker thread."""

from __future__ import annotations

import logging

from slack_bolt import Ack, App, Respond

from bot.briefing import USAGE, BriefRequest
from bot.digest_commands import digest_arguments, is_digest_command
from bot.digest_schedule import DigestCommandError, parse_digest_command
from bot.formatter import format_note
from bot.request_text import describe, parse_request
from bot.services import services_for

COMMAND = "/brief"
log = logging.getLogger(__name__)


def register(app: App) -> None:
    services = services_for(app)
    max_links = services.settings.fetch.max_links

    def acknowledge(ack: Ack, command: dict) -> None:
        """Runs on the request thread: only parsing, no I/O, so Slack hears back at once."""
        if is_digest_command(command.get("text", "")):
            try:
                parse_digest_command(digest_arguments(command.get("text", "")))
            except DigestCommandError as exc:
                ack(text=str(exc), response_type="ephemeral")
                return
            ack()
            return
        parsed = parse_request(command.get("text", ""), max_links)
        if parsed.is_help or not parsed.source_count:
            note = format_note(USAGE)
            ack(text=note.text, blocks=note.blocks_as_dicts(), response_type="ephemeral")
            return
        ack(text=f"Reading {describe(parsed)}… the brief will appear in this channel.", response_type="ephemeral")

    def make_brief(command: dict, respond: Respond) -> None:
        """Runs on the brief pool (a Bolt lazy listener)."""
        if is_digest_command(command.get("text", "")):
            digest(command, respond)
            return
        parsed = parse_request(command.get("text", ""), max_links)
        if parsed.is_help or not parsed.source_count:
            return  # the usage went back with the acknowledgement
        request = BriefRequest(
            text=command.get("text", ""),
            channel=command["channel_id"],
            user=command.get("user_id"),
            kind="command",
            slack_id=command.get("trigger_id"),
        )
        services.briefer.handle(request, respond)

    def digest(command: dict, respond: Respond) -> None:
        """`/brief digest …`: answered only to the person who asked."""
        text = command.get("text", "")
        try:
            parse_digest_command(digest_arguments(text))
        except DigestCommandError:
            return  # the acknowledgement already explained
        try:
            if services.digests is None:
                answer = "Digests need the bot's database, which is not configured."
            else:
                answer = services.digests.handle_text(text, command["channel_id"], command.get("team_id"))
        except DigestCommandError as exc:
            answer = str(exc)
        except Exception:
            log.exception("/brief %s failed in %s", text, command.get("channel_id"))
            answer = "Sorry — something went wrong with that digest command."
        respond(text=answer, response_type="ephemeral", replace_original=False)

    app.command(COMMAND)(ack=acknowledge, lazy=[make_brief])
