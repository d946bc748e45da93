"""`/brief`: acknowledge at once with what will be read, then brief in a worker thread."""

from __future__ import annotations

from slack_bolt import Ack, App, Respond

from bot.briefing import USAGE, BriefRequest
from bot.formatter import format_note
from bot.request_text import describe, parse_request
from bot.services import services_for

COMMAND = "/brief"


def register(app: App) -> None:
    services = services_for(app)
    max_links = services.settings.fetch.max_links

    def acknowledge(ack: Ack, command: dict) -> None:
        """Runs on the request thread: only parsing, no I/O, so Slack hears back at once."""
        parsed = parse_request(command.get("text", ""), max_links)
        if parsed.is_help or not parsed.source_count:
            note = format_note(USAGE)
            ack(text=note.text, blocks=note.blocks_as_dicts(), response_type="ephemeral")
            return
        ack(text=f"Reading {describe(parsed)}… the brief will appear in this channel.", response_type="ephemeral")

    def make_brief(command: dict, respond: Respond) -> None:
        """Runs on the brief pool (a Bolt lazy listener)."""
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

    app.command(COMMAND)(ack=acknowledge, lazy=[make_brief])
