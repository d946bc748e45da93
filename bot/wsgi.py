"""WSGI entry point for production: `gunicorn bot.wsgi:app` (see the Procfile).

Serves Slack's requests at POST /slack/events through Bolt's WSGI adapter and
answers GET /healthz for the platform's health checks. The app is built on first
access of `bot.wsgi.app`, so importing this module has no side effects.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


def make_wsgi_app(bolt_app: App) -> WsgiApp:
    handler = SlackRequestHandler(bolt_app, path=EVENTS_PATH)

    def wsgi(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "3")])
            return [b"ok\n"]
        return handler(environ, start_response)

    return wsgi


def load_app() -> tuple[App, WsgiApp]:
    """Settings from env/.env → Bolt app → WSGI app; a bad setting prints one line and exits 2."""
    from bot.startup import build_app_or_exit

    bolt_app = build_app_or_exit()
    return bolt_app, make_wsgi_app(bolt_app)


_loaded: dict[str, Any] = {}


def __getattr__(name: str) -> Any:
    if name == "app":
        if "app" not in _loaded:
            _loaded["bolt_app"], _loaded["app"] = load_app()
        return _loaded["app"]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit("run with: gunicorn bot.wsgi:app (or python -m bot)")
