"""The one way a brief reaches Slack, returning where it landed.

Everything the bot posts publicly goes through `post_message`, so whoever needs to
remember a post (story tracking, later `chat.update`s) has one place to hook in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from slack_sdk import WebClient

from bot.formatter import SlackMessage


@dataclass
class AnswerTracker:
    """Whether anything was sent for the request being handled on this thread."""

    answered: bool = False


_tracker: ContextVar[AnswerTracker | None] = ContextVar("newsbrief_answer_tracker", default=None)


@contextmanager
def tracking_answers() -> Iterator[AnswerTracker]:
    """Within this block, every post/reply/update marks the request as answered, so an error
    raised after something was already sent is logged instead of apologised for (no double answer)."""
    tracker = AnswerTracker()
    token = _tracker.set(tracker)
    try:
        yield tracker
    finally:
        _tracker.reset(token)


def mark_answered() -> None:
    tracker = _tracker.get()
    if tracker is not None:
        tracker.answered = True


@dataclass(frozen=True)
class PostedMessage:
    """Where a message landed: `ts` identifies it for replies and `chat.update`."""

    channel: str
    ts: str
    thread_ts: str | None = None


def post_message(client: WebClient, channel: str, message: SlackMessage, thread_ts: str | None = None) -> PostedMessage:
    """chat.postMessage with unfurls and name-linking off; raises SlackApiError on failure."""
    response = client.chat_postMessage(
        channel=channel,
        text=message.text,
        blocks=message.blocks_as_dicts(),
        thread_ts=thread_ts,
        unfurl_links=False,
        unfurl_media=False,
        link_names=False,
    )
    mark_answered()
    return PostedMessage(channel=response["channel"], ts=response["ts"], thread_ts=thread_ts)


def update_message(client: WebClient, posted: PostedMessage, message: SlackMessage) -> PostedMessage:
    """chat.update of a message we posted (for briefs that grow as a story develops)."""
    response = client.chat_update(
        channel=posted.channel,
        ts=posted.ts,
        text=message.text,
        blocks=message.blocks_as_dicts(),
        link_names=False,
    )
    mark_answered()
    return PostedMessage(channel=response["channel"], ts=response["ts"], thread_ts=posted.thread_ts)
