"""`create_app(settings)`: the Bolt app with its Slack client, workers and listeners.

Acknowledgement and work are split the way Bolt's lazy listeners intend:
`process_before_response=True` runs each listener's quick `ack` function on the
request thread (so Slack gets its answer in milliseconds whatever else is
going on), and the slow part (fetch, summarise, post) runs as a lazy listener
on `listener_executor`, a pool sized for election-night bursts. Link downloads
run on a second pool, so one slow site never holds a brief worker for more than
its own time limit.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient

from bot.briefing import Briefer, Delivery
from bot.digest_settings import DigestSettings
from bot.fetching import LinkReader, SafeFetcher
from bot.listeners import register_listeners
from bot.replying import retrying_respond, slack_retry_handlers
from bot.seen_events import SeenEvents
from bot.services import Services, attach
from bot.settings import Settings
from bot.storage import Database, open_database
from bot.stories.wiring import StoredFeatures
from summariser import Brief, summarise

log = logging.getLogger(__name__)
bolt_log = logging.getLogger("bot.bolt")


class _DropTokenUnusedWarning(logging.Filter):
    """Bolt warns 'token will be unused' when SLACK_BOT_TOKEN is in the env and we pass our own
    client (built from that same token, with retries and base_url): true, but alarming in logs."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


bolt_log.addFilter(_DropTokenUnusedWarning())


def build_client(settings: Settings) -> WebClient:
    """WebClient for the bot token, at SLACK_API_URL if set, retrying 429s, 5xx and dropped connections."""
    kwargs = {"base_url": settings.slack_api_url} if settings.slack_api_url else {}
    return WebClient(
        token=settings.slack_bot_token,
        timeout=30,
        retry_handlers=slack_retry_handlers(settings),
        **kwargs,
    )


def dedupe_retries(seen: SeenEvents) -> Callable[..., BoltResponse | None]:
    """Global middleware: an event_id already handled is acknowledged and dropped.

    Runs after Bolt's signature check, so forged requests cannot fill the set.
    """

    def dedupe(body: dict, request, next: Callable[[], None]) -> BoltResponse | None:  # noqa: A002
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not seen.first_sighting(str(event_id)):
            retry = (request.headers.get("x-slack-retry-num") or ["?"])[0]
            reason = (request.headers.get("x-slack-retry-reason") or ["?"])[0]
            log.info("dropping repeat delivery of event %s (retry %s, %s)", event_id, retry, reason)
            return BoltResponse(status=200, body="")
        next()
        return None

    return dedupe


def create_app(
    settings: Settings,
    *,
    client: WebClient | None = None,
    seen_events: SeenEvents | None = None,
    reader: LinkReader | None = None,
    delivery: Delivery | None = None,
    summarise_fn: Callable[..., Brief] = summarise,
    database: Database | None = None,
    digest_settings: DigestSettings | None = None,
    digest_clock: Callable[[], datetime] | None = None,
) -> App:
    """The whole bot. Raises slack_bolt's BoltError if Slack rejects the token (auth.test).

    Storage (`database`, else opened from settings.database_url, else the SQLite file in the
    data directory) backs event dedupe across processes, living briefs and digests.
    `digest_settings` (else `[digest]` and the environment) and `digest_clock` (else the real
    time) are the digest scheduler's, so tests can bring a slot due without waiting for it.
    """
    client = client or build_client(settings)
    brief_pool = ThreadPoolExecutor(max_workers=settings.brief_threads, thread_name_prefix="newsbrief-brief")
    fetch_pool = ThreadPoolExecutor(max_workers=settings.fetch_threads, thread_name_prefix="newsbrief-fetch")
    app = App(
        client=client,
        signing_secret=settings.slack_signing_secret,
        request_verification_enabled=True,
        process_before_response=True,
        listener_executor=brief_pool,
        logger=bolt_log,
    )
    # storage after App(): a bad token is reported before anything touches the database
    database = database or open_database(settings.database_url)
    stored = StoredFeatures.build(client, database, settings, summarise_fn, digest_settings, digest_clock)
    app.middleware(retrying_respond(settings))  # replies via response_url: retried only when not received, never duplicated
    app.middleware(dedupe_retries(seen_events if seen_events is not None else stored.seen_events))
    cpu_slots = threading.BoundedSemaphore(settings.summarise_threads)
    briefer = Briefer(
        client,
        reader or LinkReader(SafeFetcher(settings.fetch), cpu_slots),
        fetch_pool,
        sentences=settings.sentences,
        max_links=settings.fetch.max_links,
        fetch_wait=settings.fetch.total_timeout + 30,
        cpu_slots=cpu_slots,
        delivery=delivery or stored.living_briefs,
        summarise_fn=summarise_fn,
    )
    stored.living_briefs.summarise_slots = cpu_slots
    attach(app, Services(settings=settings, briefer=briefer, database=database,
                         digests=stored.digests, scheduler=stored.scheduler,
                         digest_settings=stored.digest_settings))
    register_listeners(app)
    return app
