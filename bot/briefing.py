"""Request → fetch → summarise → post: the work behind `/brief` and `@newsbrief`.

Runs on a worker thread after Slack has been acknowledged. Every outcome is
answered exactly once: a brief, a specific reason the links could not be read,
or an apology carrying a reference that is also in the log.

Seams for later features: `Briefer.make_brief` turns a request into a
`BriefOutcome` without touching Slack; `Delivery.deliver` decides how an outcome
is shown (by default a new post via `bot.posting.post_message`). Story tracking
can supply its own `Delivery` that threads follow-ups under an earlier brief.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Executor
from concurrent.futures import TimeoutError as FuturesTimeout
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.fetching import FailureKind, FetchFailure, LinkReader
from bot.formatter import SlackMessage, format_brief, format_note, link
from bot.posting import AnswerTracker, PostedMessage, mark_answered, post_message, tracking_answers
from bot.request_text import ParsedRequest, parse_request
from summariser import Article, Brief, InputError, summarise

log = logging.getLogger(__name__)

USAGE = (
    "*How to use newsbrief*\n"
    "• `/brief <link>` — I read the article and post a short brief here.\n"
    "• `/brief <link> <link> …` — several reports of one story make one merged brief.\n"
    "• `/brief <pasted article text>` — for paywalled pages or copy from the wire "
    "(separate several pasted articles with a line holding only `---`).\n"
    "• `@newsbrief <links or text>` — the brief arrives as a reply in that thread.\n"
    "Every line of a brief is the sources' own words, in their order: facts may leave words out "
    "and name who made a claim; nothing is reworded."
)

Respond = Callable[..., Any]


def new_request_id() -> str:
    return uuid.uuid4().hex[:10]


@dataclass(frozen=True)
class BriefRequest:
    """One ask for a brief. `thread_ts` set means: answer in that thread."""

    text: str
    channel: str
    user: str | None
    kind: Literal["command", "mention"]
    thread_ts: str | None = None
    slack_id: str | None = None  # event_id or trigger_id, for logs
    request_id: str = field(default_factory=new_request_id)


@dataclass
class BriefOutcome:
    """What came of a request before anything is posted."""

    request: BriefRequest
    parsed: ParsedRequest
    brief: Brief | None = None
    failures: list[FetchFailure] = field(default_factory=list)
    problem: str | None = None  # set when there is no brief: the polite reason
    sources: list[str | Article] = field(default_factory=list)  # what was summarised (story tracking stores them)

    @property
    def notes(self) -> list[str]:
        """Context lines for links that failed while others worked."""
        notes = [f"Couldn't read {f.url}: {f.message}" for f in self.failures]
        if self.parsed.skipped_links:
            notes.append(f"I read only the first {len(self.parsed.links)} links; {len(self.parsed.skipped_links)} more were skipped.")
        return notes


class Delivery(Protocol):
    def deliver(
        self, outcome: BriefOutcome, message: SlackMessage, respond: Respond | None = None
    ) -> PostedMessage | None: ...


class Replies:
    """Our own short messages: public in a thread for mentions, ephemeral for /brief."""

    def __init__(self, client: WebClient) -> None:
        self.client = client

    def send(self, request: BriefRequest, text: str, respond: Respond | None = None) -> None:
        note = format_note(text)
        if request.kind == "command" and respond is not None:
            respond(text=note.text, blocks=note.blocks_as_dicts(), response_type="ephemeral", replace_original=False)
            mark_answered()
        elif request.kind == "command" and request.user:
            self.client.chat_postEphemeral(channel=request.channel, user=request.user, text=note.text, blocks=note.blocks_as_dicts())
            mark_answered()
        else:
            post_message(self.client, request.channel, note, thread_ts=request.thread_ts)


class PostNewBrief:
    """Default delivery: a new message in the channel (or thread), via `post_message`.

    A /brief in a channel the bot cannot post to (a private channel or DM it was not
    added to) falls back to the command's response_url, shown in channel.
    """

    def __init__(self, client: WebClient) -> None:
        self.client = client

    def deliver(self, outcome: BriefOutcome, message: SlackMessage, respond: Respond | None = None) -> PostedMessage | None:
        request = outcome.request
        try:
            return post_message(self.client, request.channel, message, thread_ts=request.thread_ts)
        except SlackApiError as exc:
            error = exc.response.get("error") if exc.response is not None else None
            if request.kind == "command" and respond is not None and error in ("channel_not_found", "not_in_channel"):
                respond(text=message.text, blocks=message.blocks_as_dicts(), response_type="in_channel", replace_original=False)
                mark_answered()
                return None
            raise


class Briefer:
    def __init__(
        self,
        client: WebClient,
        reader: LinkReader,
        fetch_pool: Executor,
        *,
        sentences: int = 4,
        max_links: int = 8,
        fetch_wait: float = 60.0,
        cpu_slots: threading.Semaphore | None = None,
        delivery: Delivery | None = None,
        summarise_fn: Callable[..., Brief] = summarise,
    ) -> None:
        self.client = client
        self.reader = reader
        self.fetch_pool = fetch_pool
        self.sentences = sentences
        self.max_links = max_links
        self.fetch_wait = fetch_wait
        self.delivery = delivery or PostNewBrief(client)
        self.replies = Replies(client)
        self.summarise = summarise_fn
        # Summarising (and parsing pages, in the reader) is CPU-bound Python: running many at
        # once only makes each slower and starves the request threads that acknowledge Slack.
        # Downloads stay fully parallel.
        self.cpu_slots = cpu_slots or threading.BoundedSemaphore(1)

    def handle(self, request: BriefRequest, respond: Respond | None = None) -> PostedMessage | None:
        """Answer a request exactly once; never raises."""
        log.info("brief request %s (%s %s) in %s", request.request_id, request.kind, request.slack_id, request.channel)
        with tracking_answers() as tracker:
            return self._handle(request, respond, tracker)

    def _handle(self, request: BriefRequest, respond: Respond | None, tracker: AnswerTracker) -> PostedMessage | None:
        try:
            outcome = self.make_brief(request)
            if outcome.brief is None:
                self.replies.send(request, outcome.problem or USAGE, respond)
                return None
            message = format_brief(outcome.brief, requester=request.user, notes=outcome.notes)
            posted = self.delivery.deliver(outcome, message, respond)
            log.info("brief request %s posted %s", request.request_id, posted)
            return posted
        except Exception:
            log.exception("brief request %s (%s %s) failed", request.request_id, request.kind, request.slack_id)
            if tracker.answered:
                log.error("brief request %s had already been answered; not apologising as well", request.request_id)
            else:
                self.apologise(request, respond)
            return None

    def make_brief(self, request: BriefRequest) -> BriefOutcome:
        """Read the links and summarise everything into one brief; no Slack calls."""
        parsed = parse_request(request.text, self.max_links)
        outcome = BriefOutcome(request=request, parsed=parsed)
        if parsed.is_help or not parsed.source_count:
            outcome.problem = USAGE
            return outcome
        articles = self.read_links(parsed.links, outcome.failures)
        sources: list[str | Article] = [*articles, *parsed.texts]
        outcome.sources = sources
        if not sources:
            outcome.problem = unreadable_message(outcome.failures)
            return outcome
        try:
            with self.cpu_slots:
                outcome.brief = self.summarise(*sources, sentences=self.sentences)
        except InputError as exc:
            outcome.problem = str(exc)  # worded for people, as in the terminal (summariser/messages.py)
        return outcome

    def read_links(self, links: list[str], failures: list[FetchFailure]) -> list[Article]:
        """Read links in parallel on the fetch pool; a slow site only delays its own request."""
        futures = [(url, self.fetch_pool.submit(self.reader.read, url)) for url in links]
        articles: list[Article] = []
        for url, future in futures:
            try:
                articles.append(future.result(timeout=self.fetch_wait))
            except FetchFailure as failure:
                log.info("could not read %s: %s", url, failure)
                failures.append(failure)
            except FuturesTimeout:
                future.cancel()
                failures.append(FetchFailure(FailureKind.TIMEOUT, url, "fetch pool wait"))
        return articles

    def apologise(self, request: BriefRequest, respond: Respond | None) -> None:
        text = f"Sorry — something went wrong while making that brief. (ref `{request.request_id}`)"
        try:
            self.replies.send(request, text, respond)
        except Exception:
            log.exception("could not apologise for request %s", request.request_id)


def unreadable_message(failures: list[FetchFailure]) -> str:
    if len(failures) == 1:
        return failures[0].message
    lines = [f"• {link(f.url, f.url)}: {f.message}" for f in failures]
    return "I couldn't read any of those links:\n" + "\n".join(lines)
