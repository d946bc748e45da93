"""`/brief` and `@newsbrief` over a real Socket Mode websocket.

The stand-in (`SlackStandIn(socket_mode=True)`) answers `apps.connections.open` with a
`ws://127.0.0.1:…` URL served in this process; the bot is the real app started as `python -m
bot` starts it in Socket Mode (`start_socket_mode(app).connect(app_token)`, Bolt's
`SocketModeHandler` on slack_sdk's built-in client), and in the last test `python -m bot`
itself. The stand-in sends envelopes the way Slack does (hello on connecting; `slash_commands`
and `events_api` envelopes with an envelope_id; `disconnect`) and records the acks the bot
sends back over the socket and every Web API call it makes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import SECRET, TOKEN, make_settings

from bot.app import create_app
from bot.devtools import signed
from bot.devtools.slack_standin import APP_TOKEN, BOT_USER_ID, SlackStandIn
from bot.devtools.socket_standin import SocketModeServer
from bot.socket_mode import SocketModeBot, start_socket_mode
from summariser import messages

ROOT = Path(__file__).resolve().parents[2]
SLACK_ACK_DEADLINE = 3.0  # Slack's limit for acknowledging an envelope
ARTICLE_TEXT = (
    "Greens take Ashford Vale in by-election upset\n\n"
    "The Green Party has won the Ashford Vale by-election, overturning a Conservative majority of more than 9,000.\n\n"
    "Green candidate Maya Okafor took 14,212 votes, a majority of 2,318 over the Conservative candidate, Tom Hartley.\n\n"
    "“Tonight the people of Ashford Vale have said that they are tired of being taken for granted,” Ms Okafor told supporters.\n\n"
    "The Conservative party chairman, Richard Blake, said the result was “disappointing but not surprising”."
)
SETTLE = 0.5  # only to show that nothing *more* happens after the expected post


@pytest.fixture
def slack() -> Iterator[SlackStandIn]:
    with SlackStandIn(retry_after=0, socket_mode=True) as standin:
        yield standin


@pytest.fixture
def start_bot(slack: SlackStandIn) -> Iterator[Callable[..., SocketModeBot]]:
    """Start the real app in Socket Mode against the stand-in (connect() runs in a thread, as it
    blocks the main thread in `python -m bot`); stopped, and the thread ended, after the test."""
    running: list[tuple[SocketModeBot, threading.Thread]] = []
    errors: list[BaseException] = []

    def start(**connect_kwargs) -> SocketModeBot:
        bot = start_socket_mode(create_app(make_settings(slack.api_url)))

        def serve() -> None:
            try:
                bot.connect(APP_TOKEN, **connect_kwargs)
            except BaseException as exc:  # shown by the test, not lost in the thread
                errors.append(exc)

        thread = threading.Thread(target=serve, daemon=True, name="socket-mode-bot")
        thread.start()
        running.append((bot, thread))
        assert slack.socket.wait_for_links(1), f"the bot opened no Socket Mode connection {errors}"
        return bot

    yield start
    for bot, thread in running:
        bot.stop()
        thread.join(10)
        assert not thread.is_alive(), "connect() did not return after stop()"
    assert errors == []


def _acked(socket: SocketModeServer, envelope_id: str):
    ack = socket.wait_for_ack(envelope_id, timeout=SLACK_ACK_DEADLINE + 2)
    assert ack is not None, "the envelope was never acknowledged over the socket"
    assert ack.latency < SLACK_ACK_DEADLINE, f"acknowledged after {ack.latency:.2f} s"
    return ack


def _sections(call) -> str:
    return "\n".join(b["text"]["text"] for b in call.params["blocks"] if b["type"] == "section")


def _assert_ashford_vale_brief(call) -> None:
    assert call.params["blocks"][0]["text"]["text"] == "Greens take Ashford Vale in by-election upset"
    assert "14,212 votes" in _sections(call)
    assert call.params["text"].startswith("Brief: Greens take Ashford Vale")
    assert call.headers["authorization"] == f"Bearer {TOKEN}"  # posted with the bot token, not the app token


def test_connecting_gets_a_fresh_url_with_the_app_token(slack, start_bot) -> None:
    start_bot()
    [opened] = slack.ok_calls("apps.connections.open")
    assert opened.headers["authorization"] == f"Bearer {APP_TOKEN}"
    [link] = slack.socket.links()
    # the client pings at once; nothing else before Slack sends work
    assert link.received == []
    assert slack.socket.rejected == 0


def test_slash_command_is_acked_over_the_socket_and_briefed_once(slack, start_bot) -> None:
    start_bot()
    envelope = slack.socket.send_slash_command(ARTICLE_TEXT, response_url=slack.response_url("cmd"))
    ack = _acked(slack.socket, envelope)
    # the immediate private answer travels in the ack, not through response_url
    assert ack.payload["response_type"] == "ephemeral"
    assert ack.payload["text"].startswith("Reading your text…")
    [post] = slack.wait_for_calls("chat.postMessage")
    assert post.params["channel"] == "CPOLITICS" and post.params.get("thread_ts") is None
    _assert_ashford_vale_brief(post)
    time.sleep(SETTLE)
    assert len(slack.all_calls("chat.postMessage")) == 1
    assert slack.all_calls("respond/cmd") == []
    assert len(slack.socket.acks()) == 1


def test_mention_is_acked_and_briefed_in_its_thread_once_even_when_slack_redelivers(slack, start_bot, caplog) -> None:
    start_bot()
    event = signed.mention_event(f"<@{BOT_USER_ID}> {ARTICLE_TEXT}", ts="1700000000.000100")
    envelope = slack.socket.send_event(event, event_id="EvSOCKET0001")
    ack = _acked(slack.socket, envelope)
    assert ack.payload is None  # events_api envelopes take no response payload
    [post] = slack.wait_for_calls("chat.postMessage")
    assert post.params["channel"] == "CPOLITICS" and post.params["thread_ts"] == "1700000000.000100"
    _assert_ashford_vale_brief(post)

    # Slack redelivers the event (it thought the ack late): acked again, briefed no more
    again = slack.socket.send_event(event, event_id="EvSOCKET0001", retry_attempt=1, retry_reason="timeout")
    _acked(slack.socket, again)
    assert slack.wait_for(lambda: "dropping repeat delivery of event EvSOCKET0001 (retry 1, timeout)" in caplog.text)
    time.sleep(SETTLE)
    assert len(slack.all_calls("chat.postMessage")) == 1


def test_bad_input_over_the_socket_gets_the_polite_answers(slack, start_bot) -> None:
    start_bot()
    socket = slack.socket
    # bare `/brief`: the usage, at once, in the ack
    usage = _acked(socket, socket.send_slash_command("", response_url=slack.response_url("bare")))
    assert usage.payload["response_type"] == "ephemeral" and "How to use newsbrief" in usage.payload["text"]
    # text with no sentences: acked, then the polite private reply through response_url
    noise = _acked(socket, socket.send_slash_command("asdf qwer zxcv hjkl uiop", response_url=slack.response_url("noise")))
    assert noise.payload["text"].startswith("Reading your text…")
    [reply] = slack.wait_for_calls("respond/noise")
    assert reply.params["response_type"] == "ephemeral" and reply.params["text"] == messages.NO_SENTENCES
    # a mention with a link to a private address: answered politely in the mention's thread
    event = signed.mention_event(f"<@{BOT_USER_ID}> <http://169.254.169.254/latest/meta-data/>", ts="1700000100.000100")
    _acked(socket, socket.send_event(event))
    [post] = slack.wait_for_calls("chat.postMessage")
    assert post.params["thread_ts"] == "1700000100.000100"
    assert "I don't read links that point at private or internal network addresses." in post.params["text"]
    time.sleep(SETTLE)
    assert len(slack.all_calls("chat.postMessage")) == 1
    assert slack.all_calls("respond/bare") == [] and len(slack.all_calls("respond/noise")) == 1


def test_disconnect_message_makes_the_bot_reconnect_and_keep_serving(slack, start_bot) -> None:
    start_bot()
    first = slack.socket.send_disconnect("refresh_requested")
    assert slack.socket.wait_for_links(2), "no new connection after `disconnect`"
    assert first.closed.wait(5), "the old connection was not closed by the bot"
    assert len(slack.ok_calls("apps.connections.open")) == 2  # a fresh URL for the new connection
    assert slack.socket.rejected == 0

    envelope = slack.socket.send_slash_command(ARTICLE_TEXT, response_url=slack.response_url("cmd"))
    ack = _acked(slack.socket, envelope)
    assert ack.link == 2
    [post] = slack.wait_for_calls("chat.postMessage")
    _assert_ashford_vale_brief(post)


def test_connection_closed_by_slack_is_reopened_and_served(slack, start_bot) -> None:
    # slack_sdk's client notices the closed connection at its next ping check: a short interval
    # keeps the test quick (the bot runs with 10 s)
    start_bot(ping_interval=1)
    closed_at = time.monotonic()
    first = slack.socket.close_current()
    assert first.closed.wait(5)
    assert slack.socket.wait_for_links(2, timeout=10), "the bot did not reconnect after Slack closed the socket"
    reconnect = slack.socket.links()[1].opened_at - closed_at
    assert reconnect < 5, f"reconnected after {reconnect:.1f} s"

    event = signed.mention_event(f"<@{BOT_USER_ID}> {ARTICLE_TEXT}", ts="1700000200.000100")
    ack = _acked(slack.socket, slack.socket.send_event(event))
    assert ack.link == 2
    [post] = slack.wait_for_calls("chat.postMessage")
    assert post.params["thread_ts"] == "1700000200.000100"
    _assert_ashford_vale_brief(post)


def test_stop_closes_the_socket_and_ends_connect(slack, start_bot) -> None:
    bot = start_bot()
    [link] = slack.socket.links()
    bot.stop()
    assert link.closed.wait(5)
    time.sleep(SETTLE)
    assert len(slack.ok_calls("apps.connections.open")) == 1  # no reconnecting after a stop


def test_python_m_bot_serves_a_brief_over_socket_mode_and_stops_on_sigterm(slack, tmp_path) -> None:
    env = {
        "PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT),
        "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_API_URL": slack.api_url, "DATABASE_URL": f"sqlite:///{tmp_path / 'newsbrief.db'}",
    }
    proc = subprocess.Popen([sys.executable, "-m", "bot"], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log_lines: list[str] = []
    threading.Thread(target=lambda: log_lines.extend(proc.stderr), daemon=True).start()
    try:
        assert slack.socket.wait_for_links(1, timeout=60), "".join(log_lines)
        envelope = slack.socket.send_slash_command(ARTICLE_TEXT, response_url=slack.response_url("cmd"))
        ack = _acked(slack.socket, envelope)
        assert ack.payload["text"].startswith("Reading your text…")
        [post] = slack.wait_for_calls("chat.postMessage", timeout=30)
        _assert_ashford_vale_brief(post)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    assert slack.socket.links()[0].closed.wait(5)
    log = "".join(log_lines)
    assert "newsbrief: Socket Mode connection closed" in log, log
    assert APP_TOKEN not in log and TOKEN not in log
    assert len(slack.all_calls("chat.postMessage")) == 1  # the process has ended: that was the only post
