"""The storage tests' Slack: the bot's own Web API stand-in on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.devtools.slack_standin import SlackStandIn


@pytest.fixture
def slack_api() -> Iterator[SlackStandIn]:
    with SlackStandIn(retry_after=0) as standin:
        yield standin
