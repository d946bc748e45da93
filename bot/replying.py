"""Replies through a slash command's `response_url`, retried only when that cannot duplicate them.

Bolt's own `respond` posts with a bare `WebhookClient`: no retries, so one 429
loses the reply. But a response_url has nothing to look a message up by (unlike
chat.postMessage, see `bot.posting`): after a 5xx or a connection dropped once the
request was sent, Slack may have shown the reply, and sending it again could show
it twice, in channel for a brief. So `RetryingRespond` retries only what provably
did not arrive (429, connection refused, a host name that did not resolve) and,
when a reply may be lost, tells the requester so with an ephemeral message
through the Web API instead of resending it.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from typing import Any
from urllib.error import URLError

from slack_bolt import BoltContext, Respond
from slack_bolt.context.respond.internals import _build_message
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.webhook import WebhookClient, WebhookResponse

from bot.settings import Settings

log = logging.getLogger(__name__)


POST_METHOD = "chat.postMessage"


def is_post_request(url: str) -> bool:
    """Whether an HTTP request is a chat.postMessage call (the Web API method is the URL's last part)."""
    return url.split("?", 1)[0].rstrip("/").endswith("/" + POST_METHOD)


class _SparesPosts(RetryHandler):
    """Declines chat.postMessage: after a 5xx or a dropped connection Slack may have posted the
    message anyway, so resending blindly can duplicate it. `bot.posting.post_message` recovers
    instead, by looking for the message before posting again. (A 429 means not posted, so the
    rate-limit handler keeps retrying posts.)"""

    def can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if is_post_request(request.url):
            return False
        return super().can_retry(state=state, request=request, response=response, error=error)


class ServerErrorRetryHandlerSparingPosts(_SparesPosts, ServerErrorRetryHandler):
    """slack_sdk's 5xx retries, for every call but chat.postMessage."""


class ConnectionErrorRetryHandlerSparingPosts(_SparesPosts, ConnectionErrorRetryHandler):
    """slack_sdk's dropped-connection retries, for every call but chat.postMessage."""


def slack_retry_handlers(settings: Settings) -> list[RetryHandler]:
    """Retry 429s (honouring Retry-After), 5xx and dropped connections, as many times as settings allow.

    chat.postMessage is retried on 429 only; see `_SparesPosts` and `bot.posting.post_message`.
    """
    return [
        RateLimitErrorRetryHandler(max_retry_count=settings.rate_limit_retries),
        ServerErrorRetryHandlerSparingPosts(max_retry_count=settings.server_error_retries),
        ConnectionErrorRetryHandlerSparingPosts(max_retry_count=settings.connection_error_retries),
    ]


REPLY_MAY_BE_MISSING = (
    "Slack had trouble delivering my reply to your `/brief`, so it may be missing. "
    "If you don't see it, please run the command again."
)


def never_sent(error: BaseException) -> bool:
    """True only for errors that stop a request before Slack could read it."""
    reason = error.reason if isinstance(error, URLError) else error
    return isinstance(reason, ConnectionRefusedError | socket.gaierror)


class NotSentErrorRetryHandler(RetryHandler):
    """Retries a reply whose connection was refused or whose host did not resolve: nothing was
    sent, so nothing can be duplicated (a reset, a timeout or a 5xx may follow a delivered reply)."""

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        return error is not None and never_sent(error)


def response_url_retry_handlers(settings: Settings) -> list[RetryHandler]:
    """429s (honouring Retry-After) and never-sent errors; never 5xx or dropped connections."""
    return [
        RateLimitErrorRetryHandler(max_retry_count=settings.rate_limit_retries),
        NotSentErrorRetryHandler(max_retry_count=settings.connection_error_retries),
    ]


class RetryingRespond(Respond):
    """Bolt's `respond` (same arguments, same message), retried only where safe; a reply that
    may be lost is followed by an ephemeral note to the requester, never resent."""

    def __init__(
        self,
        *,
        response_url: str | None,
        retry_handlers: list[RetryHandler],
        client: WebClient | None = None,
        channel: str | None = None,
        user: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(response_url=response_url, **kwargs)
        self.retry_handlers = retry_handlers
        self.client, self.channel, self.user = client, channel, user

    def __call__(self, text: str | dict = "", **fields: Any) -> WebhookResponse:  # type: ignore[override]
        if self.response_url is None:
            raise ValueError("respond is unsupported here as there is no response_url")
        if isinstance(text, dict):
            message = _build_message(**text)
        elif isinstance(text, str):
            message = _build_message(text=text, **fields)
        else:
            raise ValueError(f"The arg is unexpected type ({type(text)})")
        client = WebhookClient(url=self.response_url, proxy=self.proxy, ssl=self.ssl,
                               retry_handlers=self.retry_handlers)
        try:
            response = client.send_dict(message)
        except Exception as exc:  # a dropped connection, or never connected after the retries
            log.error("reply via response_url failed (%s: %s); not resending, to avoid a duplicate",
                      type(exc).__name__, exc)
            self._say_reply_may_be_missing()
            return WebhookResponse(url=self.response_url, status_code=0, body=str(exc), headers={})
        if response.status_code != 200:
            log.error("reply via response_url failed: HTTP %s %s; not resending, to avoid a duplicate",
                      response.status_code, response.body[:200])
            self._say_reply_may_be_missing()
        return response

    def _say_reply_may_be_missing(self) -> None:
        if self.client is None or not self.channel or not self.user:
            log.error("cannot tell the requester that a reply may be missing (no channel or user)")
            return
        try:
            self.client.chat_postEphemeral(channel=self.channel, user=self.user, text=REPLY_MAY_BE_MISSING)
        except Exception:
            log.exception("could not tell %s in %s that a reply may be missing", self.user, self.channel)


def retrying_respond(settings: Settings) -> Callable[..., None]:
    """Global middleware: give every request with a response_url a `RetryingRespond`.

    Bolt copies `respond` by reference into lazy listeners, so the slow work gets it too.
    """
    handlers = response_url_retry_handlers(settings)

    def use_retrying_respond(context: BoltContext, next: Callable[[], None]) -> None:  # noqa: A002
        if context.response_url:
            context["respond"] = RetryingRespond(
                response_url=context.response_url, proxy=context.client.proxy, ssl=context.client.ssl,
                retry_handlers=handlers, client=context.client, channel=context.channel_id,
                user=context.user_id,
            )
        next()

    return use_retrying_respond
