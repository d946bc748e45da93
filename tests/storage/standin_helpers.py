"""Talking to the Slack stand-in from storage tests."""

from __future__ import annotations

from slack_sdk import WebClient

from bot.devtools.slack_standin import SlackStandIn


def client_for(standin: SlackStandIn) -> WebClient:
    return WebClient(token="xoxb-test-token", base_url=standin.api_url)


def posted(standin: SlackStandIn) -> list[dict]:
    """Parameters of each successful chat.postMessage."""
    return [c.params for c in standin.ok_calls("chat.postMessage")]
