"""`python -m bot` runs the bot; `python -m bot preview <links or files>` prints a brief locally.

`python -m bot clock` runs the digest scheduler alone (the Procfile's clock process);
`python -m bot digest --channel C… [--since 24h]` posts one digest now.

Socket Mode when SLACK_APP_TOKEN is set (no public URL needed), otherwise an
HTTP server on $PORT serving /slack/events and /healthz (use gunicorn with
`bot.wsgi:app` in production; see the Procfile).
"""

from __future__ import annotations

import logging
import sys
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

log = logging.getLogger("bot")


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        log.debug("%s - %s", self.address_string(), format % args)


def serve() -> int:
    from bot.startup import build_app_or_exit, fail, settings_or_exit, stop_on_sigterm
    from bot.wsgi import make_wsgi_app

    settings = settings_or_exit()
    app = build_app_or_exit(settings)
    stop_on_sigterm()
    if settings.socket_mode:
        from slack_sdk.errors import SlackApiError

        from bot.socket_mode import start_socket_mode

        bot = start_socket_mode(app)
        try:
            bot.connect(settings.slack_app_token)
        except KeyboardInterrupt:
            pass
        except SlackApiError as exc:
            fail(f"SLACK_APP_TOKEN was rejected by Slack ({exc.response.get('error')}); it needs the connections:write scope")
        finally:
            bot.stop()
        return 0
    server = make_server("0.0.0.0", settings.port, make_wsgi_app(app), ThreadingWSGIServer, QuietHandler)
    log.info("newsbrief: listening on http://0.0.0.0:%d/slack/events", settings.port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("newsbrief: stopping")
    finally:
        server.server_close()
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "preview":
        from bot.preview import main as preview_main

        return preview_main(argv[1:])
    if argv and argv[0] in ("clock", "digest"):
        from bot.clock import main as clock_main

        return clock_main(argv)
    if argv and argv[0] in ("-h", "--help", "help"):
        print(__doc__)
        return 0
    if argv:
        print(f"newsbrief: unknown command {argv[0]!r}; use `python -m bot`, `python -m bot preview <links or files>`, `python -m bot clock` or `python -m bot digest --channel C…`", file=sys.stderr)
        return 2
    return serve()


if __name__ == "__main__":
    raise SystemExit(main())
