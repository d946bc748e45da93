"""Build and send requests signed the way Slack signs them (v0 HMAC-SHA256 of timestamp and body).

Used by tests, the load bench and by hand to try a running bot without Slack:

    SLACK_SIGNING_SECRET=... python -m bot.devtools.signed --url http://127.0.0.1:3000/slack/events \\
        --response-url http://127.0.0.1:8089/respond/try "/brief https://example.com/story"
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.request
import uuid
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

TEAM_ID = "TNEWSROOM"


def signed_headers(secret: str, body: str, timestamp: int | None = None, content_type: str = "application/x-www-form-urlencoded") -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature, "Content-Type": content_type}


def slash_command_payload(
    text: str, *, channel: str = "CPOLITICS", user: str = "UREPORTER", response_url: str = "http://127.0.0.1:9/respond/x",
    command: str = "/brief",
) -> dict[str, str]:
    """A slash command's fields as Slack sends them (form-encoded over HTTP, the envelope's payload in Socket Mode)."""
    return {
        "token": "legacy-verification-token-unused",
        "team_id": TEAM_ID,
        "team_domain": "newsroom",
        "channel_id": channel,
        "channel_name": "politics",
        "user_id": user,
        "user_name": "reporter",
        "command": command,
        "text": text,
        "api_app_id": "ANEWSBRIEF",
        "response_url": response_url,
        "trigger_id": f"{int(time.time())}.{uuid.uuid4().hex[:12]}",
    }


def slash_command_body(
    text: str, *, channel: str = "CPOLITICS", user: str = "UREPORTER", response_url: str = "http://127.0.0.1:9/respond/x",
    command: str = "/brief",
) -> str:
    return urlencode(slash_command_payload(text, channel=channel, user=user, response_url=response_url, command=command))


def event_payload(event: dict[str, Any], *, event_id: str | None = None) -> dict[str, Any]:
    """An Events API callback as Slack sends it (the JSON body over HTTP, the envelope's payload in Socket Mode)."""
    return {
        "token": "legacy-verification-token-unused",
        "team_id": TEAM_ID,
        "api_app_id": "ANEWSBRIEF",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{uuid.uuid4().hex[:10].upper()}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM_ID, "user_id": "UNEWSBRIEF", "is_bot": True}],
    }


def event_body(event: dict[str, Any], *, event_id: str | None = None) -> str:
    return json.dumps(event_payload(event, event_id=event_id))


def mention_event(text: str, *, channel: str = "CPOLITICS", user: str = "UREPORTER", ts: str | None = None, thread_ts: str | None = None) -> dict[str, Any]:
    ts = ts or f"{time.time():.6f}"
    event = {"type": "app_mention", "user": user, "text": text, "ts": ts, "channel": channel, "event_ts": ts}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def block_action_body(action_id: str, value: str, *, user: str, channel: str, message_ts: str, response_url: str) -> str:
    payload = {
        "type": "block_actions",
        "team": {"id": TEAM_ID},
        "user": {"id": user},
        "api_app_id": "ANEWSBRIEF",
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel},
        "channel": {"id": channel},
        "message": {"ts": message_ts, "type": "message"},
        "response_url": response_url,
        "trigger_id": f"{int(time.time())}.{uuid.uuid4().hex[:12]}",
        "actions": [{"action_id": action_id, "block_id": "b", "value": value, "type": "button", "action_ts": str(time.time())}],
    }
    return urlencode({"payload": json.dumps(payload)})


def post(url: str, body: str, headers: dict[str, str], timeout: float = 30.0) -> tuple[int, str]:
    """POST and return (status, body text); HTTP errors are returned, not raised."""
    request = urllib.request.Request(url, data=body.encode("utf-8"), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Send a signed /brief or @mention to a running bot.")
    parser.add_argument("message", help='"/brief <links or text>" or "@newsbrief <links or text>"')
    parser.add_argument("--url", default="http://127.0.0.1:3000/slack/events")
    parser.add_argument("--response-url", default="http://127.0.0.1:8089/respond/try")
    parser.add_argument("--channel", default="CPOLITICS")
    args = parser.parse_args(argv)
    secret = os.environ.get("SLACK_SIGNING_SECRET", "")
    if not secret:
        print("SLACK_SIGNING_SECRET is not set: export the same secret the bot uses", file=sys.stderr)
        return 2
    if args.message.startswith("/brief"):
        body = slash_command_body(args.message[len("/brief"):].strip(), channel=args.channel, response_url=args.response_url)
        headers = signed_headers(secret, body)
    else:
        text = args.message.replace("@newsbrief", "<@UNEWSBRIEF>", 1)
        body = event_body(mention_event(text, channel=args.channel))
        headers = signed_headers(secret, body, content_type="application/json")
    status, text = post(args.url, body, headers)
    print(f"{status} {text}")
    return 0 if status == 200 else 1


if __name__ == "__main__":
    raise SystemExit(main())
