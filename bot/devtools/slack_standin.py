"""A stand-in for Slack's Web API on 127.0.0.1, for tests, the load bench and trying the bot locally.

Point the bot at it with `SLACK_API_URL=http://127.0.0.1:PORT/api/`. It answers
the methods the bot uses (auth.test, chat.postMessage, chat.postEphemeral,
chat.update, chat.delete, chat.getPermalink, conversations.history,
conversations.replies) plus response_url posts under /respond/, records every call,
and keeps the messages posted per channel and thread, with their metadata (served
by conversations.history/replies when `include_all_metadata` is set, as Slack does).
User messages are not emulated: conversations.replies of a thread under one lists
the bot's replies only.

With `socket_mode=True` it is also Slack's Socket Mode end: `apps.connections.open` with
`app_token` (`APP_TOKEN`) answers a `ws://127.0.0.1:…` URL served by
`bot.devtools.socket_standin.SocketModeServer` (`standin.socket`), through which a test sends
envelopes and sees their acks. Without it, `apps.connections.open` answers `invalid_auth`.

It can be told to fail: `rate_limit_every=N` answers every Nth chat.postMessage with
429 + Retry-After, and `fail_next()` queues failures (also for response_url posts:
`fail_next("respond/<name>", 429)`). `fail_next(..., after_post=True)` does the work
first and then fails — the message is posted but the caller hears 500 (or, with
`status=DROP`, the connection closes without an answer), Slack's worst case for retries.

    python -m bot.devtools.slack_standin --port 8089   # prints each call as it arrives
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:
    from bot.devtools.socket_standin import SocketModeServer

BOT_USER_ID = "UNEWSBRIEF"
BOT_ID = "BNEWSBRIEF"
TEAM_ID = "TNEWSROOM"
APP_TOKEN = "xapp-1-ANEWSBRIEF-1-localstandin"
DROP = -1  # a failure "status": close the connection without answering


@dataclass(frozen=True)
class Failure:
    """A queued failure: answer `status` (or ok=false `error` with 200; DROP: no answer at all),
    before doing the work or, `after_post`, after it."""

    status: int
    error: str | None = None
    after_post: bool = False


@dataclass
class Call:
    """One HTTP request the stand-in received, and the status it answered with."""

    method: str  # Web API method ("chat.postMessage") or "respond/<name>"
    params: dict[str, Any]
    headers: dict[str, str]
    status: int  # DROP when the connection was closed without an answer
    at: float = field(default_factory=time.monotonic)


class SlackStandIn:
    def __init__(self, *, rate_limit_every: int = 0, retry_after: int = 1, verbose: bool = False,
                 socket_mode: bool = False, app_token: str = APP_TOKEN) -> None:
        self.rate_limit_every = rate_limit_every
        self.socket_mode = socket_mode
        self.app_token = app_token
        self.socket: SocketModeServer | None = None
        self.retry_after = retry_after
        self.verbose = verbose
        self.calls: list[Call] = []
        self._failures: dict[str, list[Failure]] = {}
        self._messages: dict[str, list[dict[str, Any]]] = {}  # channel -> messages in posting order
        self._lock = threading.Lock()
        self._post_attempts = 0
        self._last_ts = 0.0
        self._server: ThreadingHTTPServer | None = None

    # ---- lifecycle -------------------------------------------------------------------------
    def start(self, port: int = 0) -> SlackStandIn:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8") if length else ""
                self._answer(raw)

            def do_GET(self) -> None:  # noqa: N802 (slack_sdk reads conversations.* with GET)
                self._answer("")

            def _answer(self, raw: str) -> None:
                status, payload, extra = standin._handle(self.path, dict(self.headers.items()), raw)
                if status == DROP:  # hang up without a word, as a dying connection does
                    self.close_connection = True
                    return
                body = json.dumps(payload).encode() if not isinstance(payload, str) else payload.encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json" if not isinstance(payload, str) else "text/plain")
                self.send_header("Content-Length", str(len(body)))
                for name, value in extra.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        if self.socket_mode:
            from bot.devtools.socket_standin import SocketModeServer

            self.socket = SocketModeServer().start()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True, name="slack-standin").start()
        return self

    def stop(self) -> None:
        if self.socket is not None:
            self.socket.stop()
            self.socket = None
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> SlackStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "start() first"
        return self._server.server_address[1]

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/respond/{name}"

    # ---- test controls ---------------------------------------------------------------------
    def fail_next(
        self, method: str, status: int = 500, count: int = 1, error: str | None = None, *, after_post: bool = False
    ) -> None:
        """The next `count` calls to `method` answer `status` (429 carries Retry-After; DROP closes the
        connection unanswered), or ok=false `error` with 200. `after_post`: do the work first
        (chat.postMessage stores the message), then fail — success the caller never hears of."""
        with self._lock:
            self._failures.setdefault(method, []).extend([Failure(status, error, after_post)] * count)

    def messages(self, channel: str, thread_ts: str | None = None) -> list[dict[str, Any]]:
        """Messages now in `channel` in posting order: top-level ones, or the replies in `thread_ts`'s thread."""
        with self._lock:
            return [dict(m) for m in self._messages.get(channel, []) if _in_thread(m, thread_ts)]

    def ok_calls(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method and c.status == 200]

    def all_calls(self, method: str | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if method is None or c.method == method]

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
        """Poll `predicate` until true or `timeout` seconds pass (bounded)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return True
            time.sleep(0.02)
        return predicate()

    def wait_for_calls(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        self.wait_for(lambda: len(self.ok_calls(method)) >= count, timeout)
        return self.ok_calls(method)

    # ---- the fake API ----------------------------------------------------------------------
    def _handle(self, path: str, headers: dict[str, str], raw: str) -> tuple[int, Any, dict[str, str]]:
        url = urlsplit(path)
        params = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        params |= self._parse(headers, raw)
        if url.path.startswith("/respond/"):
            method = url.path.lstrip("/")
        elif url.path.startswith("/api/"):
            method = url.path[len("/api/"):]
        else:
            return 404, {"ok": False, "error": "unknown_path"}, {}
        status, payload, extra = self._answer(method, params, headers)
        with self._lock:
            self.calls.append(Call(method, params, {k.lower(): v for k, v in headers.items()}, status))
        if self.verbose:
            text = str(params.get("text", ""))[:100].replace("\n", " ")
            print(f"{status} {method} channel={params.get('channel')} thread_ts={params.get('thread_ts')} {text}", flush=True)
        return status, payload, extra

    def _answer(self, method: str, params: dict[str, Any], headers: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        with self._lock:
            queued = self._failures.get(method)
            failure = queued.pop(0) if queued else None
            if method == "chat.postMessage" and failure is None:
                self._post_attempts += 1
                if self.rate_limit_every and self._post_attempts % self.rate_limit_every == 0:
                    failure = Failure(429)
        if failure is None:
            return self._work(method, params, headers)
        if failure.after_post:
            status, payload, extra = self._work(method, params, headers)
            if status != 200 or not (isinstance(payload, str) or payload.get("ok")):
                return status, payload, extra  # the work itself failed: that is the answer
        if failure.status == DROP:
            return DROP, "", {}
        if failure.status == 429:
            return 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": str(self.retry_after)}
        if failure.status != 200:
            return failure.status, {"ok": False, "error": "internal_error"}, {}
        return 200, {"ok": False, "error": failure.error or "fatal_error"}, {}

    def _work(self, method: str, params: dict[str, Any], headers: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        """Carry out `method` as Slack would."""
        if method.startswith("respond/"):
            return 200, "ok", {}
        auth = headers.get("Authorization") or headers.get("authorization") or ""
        if method == "apps.connections.open":  # the app-level token; without socket_mode: refused the Slack way
            if self.socket is None or auth != f"Bearer {self.app_token}":
                return 200, {"ok": False, "error": "invalid_auth"}, {}
            return 200, {"ok": True, "url": self.socket.new_url()}, {}
        if not auth.startswith("Bearer xoxb-"):
            return 200, {"ok": False, "error": "not_authed"}, {}
        if method == "auth.test":
            return 200, {
                "ok": True, "url": "https://newsroom.example/", "team": "Newsroom", "user": "newsbrief",
                "team_id": TEAM_ID, "user_id": BOT_USER_ID, "bot_id": BOT_ID, "is_enterprise_install": False,
            }, {}
        if method == "chat.postMessage":
            return self._post(params)
        if method == "chat.update":
            return self._update(params)
        if method in ("conversations.history", "conversations.replies"):
            return self._read(method, params)
        if method == "chat.postEphemeral":
            return 200, {"ok": True, "message_ts": self._new_ts()}, {}
        if method == "chat.getPermalink":
            ts = str(params.get("message_ts", "")).replace(".", "")
            return 200, {"ok": True, "channel": params.get("channel"),
                         "permalink": f"https://newsroom.example/archives/{params.get('channel')}/p{ts}"}, {}
        if method == "chat.delete":
            with self._lock:
                kept = [m for m in self._messages.get(str(params.get("channel")), []) if m["ts"] != params.get("ts")]
                self._messages[str(params.get("channel"))] = kept
            return 200, {"ok": True, "channel": params.get("channel"), "ts": params.get("ts")}, {}
        return 200, {"ok": False, "error": "unknown_method"}, {}

    # ---- stored messages -------------------------------------------------------------------
    def _new_ts(self, locked: bool = False) -> str:
        """A message ts as Slack makes them: the clock's seconds.microseconds, unique and rising
        (so `oldest`/`latest` filters work as they do on Slack)."""
        if not locked:
            with self._lock:
                return self._new_ts(locked=True)
        self._last_ts = max(time.time(), self._last_ts + 0.000001)
        return f"{self._last_ts:.6f}"

    def _post(self, params: dict[str, Any]) -> tuple[int, Any, dict[str, str]]:
        channel = params.get("channel")
        if not channel:
            return 200, {"ok": False, "error": "channel_not_found"}, {}
        metadata = params.get("metadata")
        if isinstance(metadata, str):  # form-encoded callers send it as JSON text
            metadata = json.loads(metadata)
        with self._lock:
            message = {
                "type": "message", "ts": self._new_ts(locked=True), "text": params.get("text"),
                "blocks": params.get("blocks"), "bot_id": BOT_ID, "user": BOT_USER_ID,
                "thread_ts": params.get("thread_ts"), "metadata": metadata,
            }
            self._messages.setdefault(str(channel), []).append(message)
        public = {k: v for k, v in message.items() if v is not None}
        return 200, {"ok": True, "channel": channel, "ts": message["ts"], "message": public}, {}

    def _update(self, params: dict[str, Any]) -> tuple[int, Any, dict[str, str]]:
        with self._lock:
            found = [m for m in self._messages.get(str(params.get("channel")), []) if m["ts"] == params.get("ts")]
            for message in found:  # messages posted before the stand-in started are not known: fine
                message.update({k: params[k] for k in ("text", "blocks", "metadata") if k in params})
        return 200, {"ok": True, "channel": params.get("channel"), "ts": params.get("ts"),
                     "message": {"text": params.get("text"), "bot_id": BOT_ID}}, {}

    def _read(self, method: str, params: dict[str, Any]) -> tuple[int, Any, dict[str, str]]:
        """conversations.history (top level, newest first) and .replies (a thread, oldest first),
        with oldest/latest, limit and an offset cursor; metadata only with include_all_metadata."""
        channel = str(params.get("channel") or "")
        thread_ts = params.get("ts") if method == "conversations.replies" else None
        if not channel or (method == "conversations.replies" and not thread_ts):
            return 200, {"ok": False, "error": "invalid_arguments"}, {}
        oldest = float(params.get("oldest") or 0)
        latest = float(params.get("latest") or "inf")
        with self._lock:
            stored = self._messages.get(channel, [])
            found = [dict(m) for m in stored if _in_thread(m, thread_ts) and oldest <= float(m["ts"]) <= latest]
            if thread_ts:  # the parent comes first, as Slack gives it
                found = [dict(m) for m in stored if m["ts"] == thread_ts] + found
            else:
                found.reverse()
        start = int(params.get("cursor") or 0)
        limit = int(params.get("limit") or 100)
        page = found[start:start + limit]
        with_metadata = str(params.get("include_all_metadata", "")).lower() in ("1", "true")
        shown = [{k: v for k, v in m.items() if v is not None and (with_metadata or k != "metadata")} for m in page]
        more = start + limit < len(found)
        return 200, {"ok": True, "messages": shown, "has_more": more,
                     "response_metadata": {"next_cursor": str(start + limit) if more else ""}}, {}

    @staticmethod
    def _parse(headers: dict[str, str], raw: str) -> dict[str, Any]:
        ctype = (headers.get("Content-Type") or headers.get("content-type") or "").lower()
        if not raw:
            return {}
        if "json" in ctype:
            return json.loads(raw)
        parsed = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
        if isinstance(parsed.get("blocks"), str):
            try:
                parsed["blocks"] = json.loads(parsed["blocks"])
            except ValueError:
                pass
        return parsed


def _in_thread(message: dict[str, Any], thread_ts: str | None) -> bool:
    """Top level (thread_ts None: not a reply) or a reply in `thread_ts`'s thread."""
    if thread_ts is None:
        return message.get("thread_ts") in (None, message["ts"])
    return message.get("thread_ts") == thread_ts and message["ts"] != thread_ts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=8089)
    parser.add_argument("--rate-limit-every", type=int, default=0, help="answer every Nth chat.postMessage with 429")
    args = parser.parse_args(argv)
    standin = SlackStandIn(rate_limit_every=args.rate_limit_every, verbose=True).start(args.port)
    print(f"Slack Web API stand-in: SLACK_API_URL={standin.api_url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        standin.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
