"""Slack's Socket Mode end, on 127.0.0.1, for tests: the websocket `apps.connections.open` points at.

`SlackStandIn(socket_mode=True)` starts one of these and answers `apps.connections.open`
(with its app token) with a fresh `ws://127.0.0.1:PORT/link/?ticket=…` URL, good for one
connection, as Slack's `wss://wss-primary.slack.com/link/?ticket=…` URLs are. Only Socket
Mode's public protocol is spoken:

- on connecting, the app gets a `hello` message;
- the test sends envelopes (`slash_commands`, `events_api`, …) with an `envelope_id`; the app
  acknowledges one by sending back `{"envelope_id": …}`, with a `payload` when the envelope
  `accepts_response_payload` (a slash command's immediate answer). Every ack is recorded with
  how long after its envelope it arrived (Slack wants it within 3 seconds);
- `send_disconnect()` sends a `disconnect` message (Slack's "refresh_requested": open a new
  connection, this one is going away), `close_current()` closes the socket with a close frame.

It needs the `websockets` package (the `test` extra), imported only when started.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bot.devtools import signed

APP_ID = "ANEWSBRIEF"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SocketAck:
    """An envelope acknowledgement the app sent over the socket."""

    envelope_id: str
    payload: dict[str, Any] | None  # the immediate answer, when the envelope accepts one
    link: int  # number of the connection it came on (1 = the first)
    latency: float  # seconds from sending the envelope to receiving its ack


@dataclass
class Link:
    """One websocket connection from the app."""

    number: int
    connection: Any  # websockets.sync.server.ServerConnection
    opened_at: float = field(default_factory=time.monotonic)
    closed: threading.Event = field(default_factory=threading.Event)
    received: list[dict[str, Any]] = field(default_factory=list)  # every JSON message the app sent


class SocketModeServer:
    def __init__(self, *, app_id: str = APP_ID) -> None:
        self.app_id = app_id
        self._lock = threading.Lock()
        self._tickets: set[str] = set()
        self._links: list[Link] = []
        self._sent_at: dict[str, float] = {}
        self._acks: list[SocketAck] = []
        self.rejected = 0  # connections with an unknown or used ticket
        self._server: Any = None

    # ---- lifecycle -------------------------------------------------------------------------
    def start(self) -> SocketModeServer:
        try:
            from websockets.sync.server import serve
        except ImportError as exc:  # pragma: no cover - the test extra is installed in CI
            raise RuntimeError("the Socket Mode stand-in needs `websockets` (pip install -e '.[test]')") from exc
        # Frequent pings, as keepalive: slack_sdk's built-in client reads with a 3 s timeout
        # holding a lock its close() needs, so traffic lets a closing bot go at once instead
        # of after up to 3 s. A short close handshake: that client closes the TCP connection
        # rather than answer a close frame.
        self._server = serve(self._serve_link, "127.0.0.1", 0, ping_interval=0.2, ping_timeout=10, close_timeout=2,
                             logger=logging.getLogger("bot.devtools.socket_standin.websockets"))
        threading.Thread(target=self._server.serve_forever, daemon=True, name="socket-standin").start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()  # closes open links (1001) and waits for their handlers
            self._server = None

    @property
    def port(self) -> int:
        assert self._server is not None, "start() first"
        return self._server.socket.getsockname()[1]

    def new_url(self) -> str:
        """What `apps.connections.open` answers: a URL for one connection."""
        ticket = uuid.uuid4().hex
        with self._lock:
            self._tickets.add(ticket)
        return f"ws://127.0.0.1:{self.port}/link/?ticket={ticket}&app_id={self.app_id}"

    # ---- the socket ------------------------------------------------------------------------
    def _serve_link(self, connection: Any) -> None:
        from websockets.exceptions import ConnectionClosed

        query = parse_qs(urlsplit(connection.request.path).query)
        ticket = (query.get("ticket") or [""])[0]
        with self._lock:
            known = ticket in self._tickets
            self._tickets.discard(ticket)
            if not known:
                self.rejected += 1
            else:
                link = Link(number=len(self._links) + 1, connection=connection)
                self._links.append(link)
        if not known:
            connection.close(1008, "invalid ticket")
            return
        try:
            connection.send(json.dumps({
                "type": "hello", "num_connections": len(self.open_links()),
                "debug_info": {"host": "standin-1", "build_number": 1, "approximate_connection_time": 18060},
                "connection_info": {"app_id": self.app_id},
            }))
            for raw in connection:
                self._received(link, raw)
        except ConnectionClosed:
            pass  # the app hung up without a close frame: how slack_sdk's client leaves
        finally:
            link.closed.set()

    def _received(self, link: Link, raw: str | bytes) -> None:
        at = time.monotonic()
        try:
            message = json.loads(raw)
        except ValueError:
            log.warning("socket stand-in: not JSON from the app: %r", raw[:200])
            return
        with self._lock:
            link.received.append(message)
            envelope_id = message.get("envelope_id") if isinstance(message, dict) else None
            if envelope_id:
                sent = self._sent_at.get(envelope_id, at)
                self._acks.append(SocketAck(envelope_id, message.get("payload"), link.number, at - sent))

    # ---- test controls ---------------------------------------------------------------------
    def links(self) -> list[Link]:
        with self._lock:
            return list(self._links)

    def open_links(self) -> list[Link]:
        return [link for link in self.links() if not link.closed.is_set()]

    def current(self) -> Link:
        """The newest open connection: where Slack would send the next envelope."""
        links = self.open_links()
        assert links, "the app has no open Socket Mode connection"
        return links[-1]

    def send_envelope(self, kind: str, payload: dict[str, Any], *, accepts_response_payload: bool = False,
                      retry_attempt: int | None = None, retry_reason: str | None = None) -> str:
        """Send an envelope on the current connection; returns its envelope_id."""
        envelope_id = str(uuid.uuid4())
        envelope: dict[str, Any] = {"envelope_id": envelope_id, "payload": payload, "type": kind,
                                    "accepts_response_payload": accepts_response_payload}
        if kind == "events_api":
            envelope |= {"retry_attempt": retry_attempt or 0, "retry_reason": retry_reason or ""}
        link = self.current()
        with self._lock:
            self._sent_at[envelope_id] = time.monotonic()
        link.connection.send(json.dumps(envelope))
        return envelope_id

    def send_slash_command(self, text: str, *, response_url: str, channel: str = "CPOLITICS",
                           user: str = "UREPORTER", command: str = "/brief") -> str:
        payload = signed.slash_command_payload(text, channel=channel, user=user, response_url=response_url, command=command)
        return self.send_envelope("slash_commands", payload, accepts_response_payload=True)

    def send_event(self, event: dict[str, Any], *, event_id: str | None = None, retry_attempt: int = 0,
                   retry_reason: str = "") -> str:
        return self.send_envelope("events_api", signed.event_payload(event, event_id=event_id),
                                  retry_attempt=retry_attempt, retry_reason=retry_reason)

    def send_disconnect(self, reason: str = "refresh_requested") -> Link:
        """Slack's notice that this connection is going away; the app should open a new one."""
        link = self.current()
        link.connection.send(json.dumps({"type": "disconnect", "reason": reason,
                                         "debug_info": {"host": "standin-1"}}))
        return link

    def close_current(self, code: int = 1001, reason: str = "going away") -> Link:
        """Close the current connection from Slack's side, with a close frame."""
        link = self.current()
        link.connection.close(code, reason)
        return link

    def acks(self, envelope_id: str | None = None) -> list[SocketAck]:
        with self._lock:
            return [a for a in self._acks if envelope_id is None or a.envelope_id == envelope_id]

    def wait_for_ack(self, envelope_id: str, timeout: float = 5.0) -> SocketAck | None:
        _wait(lambda: self.acks(envelope_id), timeout)
        found = self.acks(envelope_id)
        return found[0] if found else None

    def wait_for_links(self, count: int, timeout: float = 10.0) -> bool:
        """Until at least `count` connections have been opened (and the newest is still open)."""
        return _wait(lambda: len(self.links()) >= count and bool(self.open_links()), timeout)


def _wait(predicate: Callable[[], Any], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return bool(predicate())
