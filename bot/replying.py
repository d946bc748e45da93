"""Private replies through a slash command's `response_url`, with slack_sdk's retry handlers.

Bolt's own `respond` posts with a bare `WebhookClient`: no retry handlers, so one
429, 5xx or dropped connection loses the reply and the user hears nothing. The
global middleware here swaps in `RetryingRespond`, which sends the same message
through a `WebhookClient` carrying the same handlers as the bot's WebClient,
so every listener's `respond` argument retries without knowing it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import BoltContext, Respond
from slack_bolt.context.respond.internals import _build_message
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


class RetryingRespond(Respond):
    """Bolt's `respond`, sent by a WebhookClient with retry handlers (same arguments, same message)."""

    def __init__(self, *, response_url: str | None, retry_handlers: list[RetryHandler], **kwargs: Any) -> None:
        super().__init__(response_url=response_url, **kwargs)
        self.retry_handlers = retry_handlers

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
        response = client.send_dict(message)
        if response.status_code != 200:  # retries used up: at least the logs are not silent
            log.error("reply via response_url failed after retries: HTTP %s %s", response.status_code, response.body[:200])
        return response


def retrying_respond(settings: Settings) -> Callable[..., None]:
    """Global middleware: give every request with a response_url a `RetryingRespond`.

    Bolt copies `respond` by reference into lazy listeners, so the slow work gets it too.
    """
    handlers = slack_retry_handlers(settings)

    def use_retrying_respond(context: BoltContext, next: Callable[[], None]) -> None:  # noqa: A002
        if context.response_url:
            context["respond"] = RetryingRespond(
                response_url=context.response_url, proxy=context.client.proxy, ssl=context.client.ssl,
                retry_handlers=handlers,
            )
        next()

    return use_retrying_respond
