"""`@newsbrief …` (app_mention): the brief is posted as a reply in the mention's thread."""

from __future__ import annotations

from slack_bolt import Ack, App, BoltContext

from bot.briefing import BriefRequest
from bot.services import services_for


def from_a_bot(event: dict) -> bool:
    """Other bots' messages (and our own) are never briefed, to avoid bot loops."""
    return bool(event.get("bot_id") or event.get("bot_profile") or event.get("subtype") == "bot_message")


def register(app: App) -> None:
    services = services_for(app)

    def acknowledge(ack: Ack) -> None:
        ack()

    def make_brief(event: dict, body: dict, context: BoltContext) -> None:
        """Runs on the brief pool (a Bolt lazy listener)."""
        if from_a_bot(event):
            return
        text = event.get("text", "")
        if context.bot_user_id:
            text = text.replace(f"<@{context.bot_user_id}>", " ")
        request = BriefRequest(
            text=text,
            channel=event["channel"],
            user=event.get("user"),
            kind="mention",
            thread_ts=event.get("thread_ts") or event.get("ts"),
            slack_id=body.get("event_id") or event.get("event_ts"),
        )
        services.briefer.handle(request)

    app.event("app_mention")(ack=acknowledge, lazy=[make_brief])
