"""Buttons on a brief: "Remove brief", usable only by the person who asked for it."""

from __future__ import annotations

import logging

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.formatter import REMOVE_ACTION_ID

log = logging.getLogger(__name__)


def register(app: App) -> None:
    def acknowledge(ack: Ack) -> None:
        ack()

    def remove(body: dict, action: dict, client: WebClient, respond: Respond) -> None:
        requester = action.get("value")
        user = (body.get("user") or {}).get("id")
        channel = (body.get("channel") or {}).get("id")
        ts = (body.get("container") or {}).get("message_ts") or (body.get("message") or {}).get("ts")
        if not requester or user != requester:
            respond(
                text=f"Only <@{requester}>, who asked for this brief, can remove it.",
                response_type="ephemeral",
                replace_original=False,
            )
            return
        try:
            client.chat_delete(channel=channel, ts=ts)
        except SlackApiError as exc:
            log.warning("could not remove brief %s in %s: %s", ts, channel, exc.response.get("error"))
            respond(text="Sorry — I couldn't remove that brief.", response_type="ephemeral", replace_original=False)

    app.action(REMOVE_ACTION_ID)(ack=acknowledge, lazy=[remove])
