"""Replies via response_url: retried when provably not received (429, refused), never resent after
a 5xx or a dropped connection (it may have been shown), and then the requester is told."""

from __future__ import annotations

import socket
import time
from http.client import RemoteDisconnected
from urllib.error import URLError

from conftest import SECRET

from bot.devtools import signed
from bot.devtools.slack_standin import DROP
from bot.replying import REPLY_MAY_BE_MISSING, never_sent

PAYWALLED = "I couldn't read that page — it looks paywalled. Paste the text with `/brief` instead."


def test_polite_reply_arrives_once_after_a_429_on_the_response_url(bot, site) -> None:
    bot.slack.fail_next("respond/cmd", status=429)
    bot.command(site.url("/business/budget-plans"))
    assert bot.slack.wait_for(lambda: len(bot.slack.all_calls("respond/cmd")) >= 2)
    attempts = bot.slack.all_calls("respond/cmd")
    assert [c.status for c in attempts] == [429, 200]
    assert attempts[1].params["text"] == PAYWALLED
    assert attempts[1].params["response_type"] == "ephemeral"
    assert bot.slack.all_calls("chat.postMessage") == []


def _note_to_requester(bot) -> str:
    notes = bot.slack.wait_for_calls("chat.postEphemeral")
    assert len(notes) == 1
    assert notes[0].params["channel"] == "CPOLITICS" and notes[0].params["user"] == "UREPORTER"
    return notes[0].params["text"]


def test_a_500_on_the_response_url_is_not_resent_and_the_requester_is_told(bot, caplog) -> None:
    # Slack may have shown the reply before failing: resending could show it twice
    bot.slack.fail_next("respond/cmd", status=500, after_post=True)
    bot.command("http://169.254.169.254/latest/meta-data/")
    assert _note_to_requester(bot) == REPLY_MAY_BE_MISSING
    time.sleep(0.5)  # no late retry
    assert [c.status for c in bot.slack.all_calls("respond/cmd")] == [500]
    assert any("not resending, to avoid a duplicate" in r.getMessage() for r in caplog.records)


def test_a_dropped_connection_on_the_response_url_is_not_resent(bot) -> None:
    bot.slack.fail_next("respond/cmd", status=DROP)
    bot.command("http://169.254.169.254/latest/meta-data/")
    assert _note_to_requester(bot) == REPLY_MAY_BE_MISSING
    time.sleep(0.5)
    assert [c.status for c in bot.slack.all_calls("respond/cmd")] == [DROP]
    assert bot.slack.all_calls("chat.postMessage") == []  # no apology on top


def test_a_refused_connection_is_retried_then_the_requester_is_told(bot) -> None:
    with socket.socket() as s:  # a port nobody listens on: the reply is never sent
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}/respond/gone"
    body = signed.slash_command_body("http://169.254.169.254/latest/meta-data/", user="UREPORTER",
                                     channel="CPOLITICS", response_url=closed)
    started = time.monotonic()
    status, _ = signed.post(bot.url, body, signed.signed_headers(SECRET, body))
    assert status == 200
    assert _note_to_requester(bot) == REPLY_MAY_BE_MISSING
    assert time.monotonic() - started > 0.2  # slack_sdk's back-off between the retries


def test_never_sent_is_only_refused_or_unresolved() -> None:
    assert never_sent(URLError(ConnectionRefusedError(111, "refused")))
    assert never_sent(URLError(socket.gaierror(-2, "Name or service not known")))
    assert not never_sent(URLError(ConnectionResetError(104, "reset")))
    assert not never_sent(RemoteDisconnected("closed"))
    assert not never_sent(TimeoutError("timed out"))
