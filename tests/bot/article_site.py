"""A local news site on 127.0.0.1 serving realistic pages and the awkward cases link reading must handle."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "bot"

PAGES = {
    "/politics/ashford-vale": "article-vale.html",
    "/news/ashford-vale-result": "article-vale-2.html",
    "/business/budget-plans": "paywalled.html",
    "/consent": "consent-wall.html",
    "/politics": "not-article.html",
    "/local/council-leader": "hostile.html",
}


class ArticleSite:
    """Routes (besides PAGES): /redirect?to=URL, /redirect-chain/N, /huge, /huge-declared, /slow,
    /drip, /report.pdf, /forbidden, /missing, /photo.png, /plain.txt, /secret."""

    def __init__(self, slow_seconds: float = 3.0) -> None:
        self.slow_seconds = slow_seconds
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    def start(self) -> ArticleSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                with site._lock:
                    site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                try:
                    site._route(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True, name="article-site").start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.server_address[1]

    def url(self, path: str, host: str = "localhost") -> str:
        """URLs use the host name `localhost` (allow-listed in tests); 127.0.0.1 is not."""
        return f"http://{host}:{self.port}{path}"

    def paths_requested(self) -> list[str]:
        with self._lock:
            return [p for p, _ in self.requests]

    # -------------------------------------------------------------------------------------
    def _route(self, h: BaseHTTPRequestHandler) -> None:
        path, _, query = h.path.partition("?")
        if path in PAGES:
            return _send(h, 200, (FIXTURES / PAGES[path]).read_bytes(), "text/html; charset=utf-8")
        if path == "/redirect":
            target = query.removeprefix("to=")
            from urllib.parse import unquote

            return _send(h, 302, b"", "text/html", {"Location": unquote(target)})
        if path.startswith("/redirect-chain/"):
            n = int(path.rsplit("/", 1)[1])
            location = f"/redirect-chain/{n - 1}" if n > 0 else "/politics/ashford-vale"
            return _send(h, 301, b"", "text/html", {"Location": location})
        if path == "/huge":  # no Content-Length: the cap must hold while streaming
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Connection", "close")
            h.end_headers()
            chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
            for _ in range(6_000_000 // len(chunk) + 2):
                h.wfile.write(chunk)
            return None
        if path == "/huge-declared":
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Content-Length", str(50_000_000))
            h.end_headers()
            return None
        if path == "/slow":  # nothing at all until after the read timeout
            time.sleep(self.slow_seconds)
            return _send(h, 200, (FIXTURES / "article-vale.html").read_bytes(), "text/html")
        if path == "/drip":  # a byte at a time: each read is quick, the whole is too slow
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Connection", "close")
            h.end_headers()
            deadline = time.monotonic() + self.slow_seconds * 2
            while time.monotonic() < deadline:
                h.wfile.write(b"<p>a</p>")
                h.wfile.flush()
                time.sleep(0.05)
            return None
        if path == "/report.pdf":
            return _send(h, 200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf")
        if path == "/forbidden":
            return _send(h, 403, b"<h1>Forbidden</h1>", "text/html")
        if path == "/missing":
            return _send(h, 404, b"<h1>Not found</h1>", "text/html")
        if path == "/photo.png":
            return _send(h, 200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
        if path == "/plain.txt":
            text = (FIXTURES / "article-vale.txt").read_bytes()
            return _send(h, 200, text, "text/plain; charset=utf-8")
        if path == "/secret":
            return _send(h, 200, b"internal admin page: should never be fetched", "text/plain")
        return _send(h, 404, b"not found", "text/plain")


def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body)))
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(body)
