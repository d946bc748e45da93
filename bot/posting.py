"""The one way a brief reaches Slack, returning where it landed — exactly once.

Everything the bot posts publicly goes through `post_message`, so whoever needs to
remember a post (story tracking, later `chat.update`s) has one place to hook in.

Exactly once: a 5xx, an `internal_error`/`fatal_error` or a dropped connection does not
say whether Slack posted the message; resending blindly can post it twice. So every post
carries Slack message metadata with its own `post_id`, the client's retry handlers leave
chat.postMessage alone on those errors (`bot.replying._SparesPosts`), and `post_message`
reads the channel (or thread) back with `include_all_metadata` to see whether the post
landed before trying again with the same `post_id`. 429s mean "not posted" and are still
retried by slack_sdk's rate-limit handler.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from http.client import HTTPException
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.formatter import SlackMessage

log = logging.getLogger(__name__)

POST_EVENT_TYPE = "newsbrief_post"
HISTORY_SCOPES = "channels:history, groups:history, im:history, mpim:history"
# ok=false answers after which Slack may have done the work anyway (its docs say so of these)
UNCERTAIN_ERRORS = frozenset({"internal_error", "fatal_error", "service_unavailable"})


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


@dataclass(frozen=True)
class PostRetry:
    """How hard `post_message` tries when Slack's answer leaves it unknown whether a post landed."""

    attempts: int = 3  # chat.postMessage calls at most, all with the same post_id
    lookups: int = 3  # reads of the channel per unknown outcome, if the reads themselves fail
    first_wait: float = 0.5  # seconds before the first read (Slack needs a moment); doubles each time
    limit: int = 15  # messages a read asks for
    pages: int = 5  # reads follow the cursor this far at most
    clock_margin: float = 600.0  # only messages from this long before the first attempt are read


DEFAULT_POST_RETRY = PostRetry()


def new_post_id() -> str:
    return uuid.uuid4().hex


def post_metadata(post_id: str) -> dict[str, Any]:
    """Slack message metadata that lets us find this post again."""
    return {"event_type": POST_EVENT_TYPE, "event_payload": {"post_id": post_id}}


def is_uncertain(error: Exception) -> bool:
    """Whether a failed call may nevertheless have been carried out by Slack."""
    if isinstance(error, SlackApiError):
        response = error.response
        status = getattr(response, "status_code", 200) or 200
        code = response.get("error") if response is not None else None
        return status >= 500 or code in UNCERTAIN_ERRORS
    return isinstance(error, (OSError, HTTPException))  # reset, dropped, timed out, truncated


def _describe(error: Exception) -> str:
    if isinstance(error, SlackApiError) and error.response is not None:
        return f"HTTP {error.response.status_code} {error.response.get('error')}"
    return f"{type(error).__name__}: {error}"


def post_message(
    client: WebClient,
    channel: str,
    message: SlackMessage,
    thread_ts: str | None = None,
    *,
    retry: PostRetry = DEFAULT_POST_RETRY,
    post_id: str | None = None,
    before_attempt: Callable[[], None] | None = None,
) -> PostedMessage:
    """chat.postMessage with unfurls and name-linking off, never lost to a transient error nor
    posted twice because of one (see the module docstring); raises what Slack last raised if it
    still fails, or if it cannot tell whether the post landed.

    `post_id`: the metadata post id to use (a caller that records it beforehand can look for
    the post later, e.g. after a crash); a fresh one by default. `before_attempt` runs before
    every chat.postMessage call and may raise to stop posting (the digest scheduler renews its
    slot lease there and stops if the lease was lost)."""
    post_id = post_id or new_post_id()
    since = time.time() - retry.clock_margin
    last_error: Exception | None = None
    for attempt in range(1, max(1, retry.attempts) + 1):
        if before_attempt is not None:
            before_attempt()
        try:
            response = client.chat_postMessage(
                channel=channel,
                text=message.text,
                blocks=message.blocks_as_dicts(),
                thread_ts=thread_ts,
                unfurl_links=False,
                unfurl_media=False,
                link_names=False,
                metadata=post_metadata(post_id),
            )
        except Exception as exc:
            if not is_uncertain(exc):
                raise
            log.warning("post %s to %s (attempt %d): %s; looking for it before posting again",
                        post_id, channel, attempt, _describe(exc))
            found = _look_for_post(client, channel, thread_ts, post_id, since, retry, attempt, exc)
            if found is not None:
                log.info("post %s had landed despite the error (ts %s); not posting it again", post_id, found.ts)
                mark_answered()
                return found
            last_error = exc
            continue
        mark_answered()
        return PostedMessage(channel=response["channel"], ts=response["ts"], thread_ts=thread_ts)
    log.error("post %s to %s failed %d times; giving up", post_id, channel, retry.attempts)
    assert last_error is not None
    raise last_error


def _look_for_post(
    client: WebClient,
    channel: str,
    thread_ts: str | None,
    post_id: str,
    since: float,
    retry: PostRetry,
    attempt: int,
    post_error: Exception,
) -> PostedMessage | None:
    """The post if it landed, None if it surely did not; re-raises `post_error` when the
    channel cannot be read (posting again could then make a duplicate)."""
    for look in range(max(1, retry.lookups)):
        time.sleep(retry.first_wait * 2 ** (attempt - 1 + look))
        try:
            return find_post(client, channel, post_id, thread_ts=thread_ts, oldest=since,
                             limit=retry.limit, pages=retry.pages)
        except Exception as exc:
            transient = is_uncertain(exc) or (
                isinstance(exc, SlackApiError) and getattr(exc.response, "status_code", 0) == 429
            )
            if not transient:
                log.error("cannot check whether post %s landed in %s (%s; the app needs %s); "
                          "not posting again, to avoid a duplicate", post_id, channel, _describe(exc), HISTORY_SCOPES)
                raise post_error from exc
            log.warning("reading %s to find post %s: %s", channel, post_id, _describe(exc))
    log.error("could not read %s to see whether post %s landed; not posting again, to avoid a duplicate",
              channel, post_id)
    raise post_error


def find_post(
    client: WebClient,
    channel: str,
    post_id: str,
    *,
    thread_ts: str | None = None,
    oldest: float | None = None,
    limit: int = 15,
    pages: int = 5,
) -> PostedMessage | None:
    """Our message carrying `post_id` in its metadata, among the channel's recent messages
    (conversations.history, newest first) or the thread's replies (conversations.replies)."""
    cursor: str | None = None
    for _ in range(max(1, pages)):
        query: dict[str, Any] = {"channel": channel, "limit": limit, "include_all_metadata": True, "cursor": cursor}
        if oldest is not None:
            query["oldest"] = f"{oldest:.6f}"
        if thread_ts:
            response = client.conversations_replies(ts=thread_ts, **query)
        else:
            response = client.conversations_history(**query)
        for found in response.get("messages") or []:
            metadata = found.get("metadata") or {}
            payload = metadata.get("event_payload") or {}
            if metadata.get("event_type") == POST_EVENT_TYPE and payload.get("post_id") == post_id:
                return PostedMessage(channel=channel, ts=found["ts"], thread_ts=thread_ts)
        cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
        if not cursor:
            return None
    return None


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
