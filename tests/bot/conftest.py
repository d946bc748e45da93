"""Fixtures for the bot's tests: the real WSGI app on 127.0.0.1, a Slack Web API stand-in, a local news site."""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from wsgiref.simple_server import make_server

import pytest
from article_site import ArticleSite

from bot.__main__ import QuietHandler, ThreadingWSGIServer
from bot.app import create_app
from bot.devtools import signed
from bot.devtools.slack_standin import SlackStandIn
from bot.settings import Settings, settings_from
from bot.wsgi import make_wsgi_app

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TOKEN = "xoxb-1234-5678-testtoken"


def make_settings(api_url: str, **fetch_overrides: Any) -> Settings:
    settings = settings_from({
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": api_url,
        "NEWSBRIEF_PRIVATE_HOSTS": "localhost",
        "DATABASE_URL": "sqlite:///:memory:",
        "NEWSBRIEF_BRIEF_THREADS": "8",
        "NEWSBRIEF_FETCH_THREADS": "8",
    })
    fetch = dataclasses.replace(settings.fetch, connect_timeout=2.0, read_timeout=1.0, total_timeout=3.0, **fetch_overrides)
    return dataclasses.replace(settings, fetch=fetch, rate_limit_retries=3)


@pytest.fixture
def slack_api() -> Iterator[SlackStandIn]:
    with SlackStandIn(retry_after=0) as standin:
        yield standin


@pytest.fixture(scope="session")
def site() -> Iterator[ArticleSite]:
    s = ArticleSite(slow_seconds=2.0).start()
    yield s
    s.stop()


@dataclass
class RunningBot:
    url: str
    slack: SlackStandIn
    app: Any

    def command(self, text: str, *, user: str = "UREPORTER", channel: str = "CPOLITICS", response: str = "cmd") -> tuple[int, str]:
        body = signed.slash_command_body(text, user=user, channel=channel, response_url=self.slack.response_url(response))
        return signed.post(self.url, body, signed.signed_headers(SECRET, body))

    def event(self, event: dict[str, Any], *, event_id: str | None = None, retry: int | None = None) -> tuple[int, str]:
        body = signed.event_body(event, event_id=event_id)
        headers = signed.signed_headers(SECRET, body, content_type="application/json")
        if retry is not None:
            headers |= {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
        return signed.post(self.url, body, headers)


def serve_wsgi(wsgi_app: Any) -> tuple[Any, str]:
    server = make_server("127.0.0.1", 0, wsgi_app, ThreadingWSGIServer, QuietHandler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True, name="bot-http").start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def bot_factory(slack_api: SlackStandIn) -> Iterator[Any]:
    """Start the real app (signature verification on) behind a threaded WSGI server."""
    servers = []

    def start(**create_kwargs: Any) -> RunningBot:
        settings = make_settings(slack_api.api_url)
        app = create_app(settings, **create_kwargs)
        server, base = serve_wsgi(make_wsgi_app(app))
        servers.append(server)
        return RunningBot(url=f"{base}/slack/events", slack=slack_api, app=app)

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def bot(bot_factory: Any) -> RunningBot:
    return bot_factory()


@pytest.fixture(autouse=True)
def _bot_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot")
