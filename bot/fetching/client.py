"""`SafeFetcher`: download one link without letting it reach private networks or stall the bot.

Built on urllib3 (already a dependency of trafilatura) rather than a plain
`requests.get`, because it lets us connect to the exact IP address we checked
while still sending the real Host header and verifying TLS for the real host
name, and lets us follow redirects one hop at a time, checking each.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

from bot.fetching.addresses import AddressPolicy
from bot.fetching.failures import FailureKind, FetchFailure
from bot.settings import FetchSettings

READABLE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
REDIRECTS = (301, 302, 303, 307, 308)
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Page:
    """A downloaded page: where it ended up, what it says it is, and its body."""

    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes

    @property
    def is_html(self) -> bool:
        return self.content_type != "text/plain"

    def text(self) -> str:
        charset = self.charset or _sniff_charset(self.body) or "utf-8"
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


class SafeFetcher:
    """Fetches http(s) links within the limits in `FetchSettings`; raises `FetchFailure`."""

    def __init__(self, settings: FetchSettings) -> None:
        self.settings = settings
        self.policy = AddressPolicy(settings.private_hosts)

    def fetch(self, url: str) -> Page:
        deadline = time.monotonic() + self.settings.total_timeout
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            pool, response = self._open(url, current, deadline)
            try:
                location = response.headers.get("Location")
                if response.status in REDIRECTS and location:
                    current = urljoin(current, location.strip())
                    continue  # the next hop is resolved and checked like the first
                return self._read(url, current, response, deadline)
            finally:
                response.close()
                pool.close()
        raise FetchFailure(FailureKind.TOO_MANY_REDIRECTS, url, f"more than {self.settings.max_redirects}")

    def _open(
        self, original: str, current: str, deadline: float
    ) -> tuple[urllib3.HTTPConnectionPool, urllib3.BaseHTTPResponse]:
        parts = urlsplit(current)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchFailure(FailureKind.BAD_SCHEME, original, f"scheme {scheme!r} at {current}")
        try:
            host = parts.hostname
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError:
            raise FetchFailure(FailureKind.BAD_URL, original, current) from None
        if not host:
            raise FetchFailure(FailureKind.BAD_URL, original, current)
        addresses = self.policy.resolve(host, port)

        host_header = f"[{host}]" if ":" in host else host
        if parts.port:
            host_header += f":{parts.port}"
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        headers = {
            "Host": host_header,
            "User-Agent": self.settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
            "Accept-Language": "en-GB,en;q=0.9",
            "Accept-Encoding": "gzip, deflate",
        }
        last_error: Exception | None = None
        for ip in addresses[:3]:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FetchFailure(FailureKind.TIMEOUT, original, "deadline before connect")
            timeout = urllib3.Timeout(
                connect=min(self.settings.connect_timeout, remaining),
                read=min(self.settings.read_timeout, remaining),
            )
            pool = self._pool(scheme, str(ip), port, host, timeout)
            try:
                return pool, pool.urlopen(
                    "GET", path, headers=headers, redirect=False, retries=False,
                    preload_content=False, decode_content=True, assert_same_host=False,
                )
            except (ConnectTimeoutError, NewConnectionError) as exc:
                pool.close()
                last_error = exc  # try the next checked address
            except ReadTimeoutError:
                pool.close()
                raise FetchFailure(FailureKind.TIMEOUT, original, f"no answer from {host}") from None
            except SSLError as exc:
                pool.close()
                raise FetchFailure(FailureKind.UNREACHABLE, original, f"TLS: {exc}") from None
            except (ProtocolError, HTTPError, OSError) as exc:
                pool.close()
                last_error = exc
        # NewConnectionError subclasses ConnectTimeoutError in urllib3 2, so test it first.
        if isinstance(last_error, ConnectTimeoutError) and not isinstance(last_error, NewConnectionError):
            raise FetchFailure(FailureKind.TIMEOUT, original, f"connect to {host}")
        raise FetchFailure(FailureKind.UNREACHABLE, original, f"{host}: {last_error}")

    def _pool(self, scheme: str, ip: str, port: int, host: str, timeout: urllib3.Timeout) -> urllib3.HTTPConnectionPool:
        if scheme == "https":
            # Connect to the checked IP, but send SNI for and verify the certificate of the real host.
            return urllib3.HTTPSConnectionPool(
                ip, port, timeout=timeout, maxsize=1, retries=False,
                server_hostname=host, assert_hostname=host, cert_reqs="CERT_REQUIRED",
                ca_certs=self.settings.ca_bundle or _default_ca_bundle(),
            )
        return urllib3.HTTPConnectionPool(ip, port, timeout=timeout, maxsize=1, retries=False)

    def _read(self, original: str, final: str, response: urllib3.BaseHTTPResponse, deadline: float) -> Page:
        status = response.status
        if status in (401, 403):
            raise FetchFailure(FailureKind.FORBIDDEN, original, str(status))
        if status == 402:
            raise FetchFailure(FailureKind.PAYWALL, original, "402")
        if status in (404, 410):
            raise FetchFailure(FailureKind.NOT_FOUND, original, str(status))
        if status in (408, 504, 524):
            raise FetchFailure(FailureKind.TIMEOUT, original, str(status))
        if status >= 400 or status < 200:
            raise FetchFailure(FailureKind.HTTP_ERROR, original, str(status))

        content_type, charset = _parse_content_type(response.headers.get("Content-Type", ""))
        if content_type == "application/pdf" or final.lower().split("?")[0].endswith(".pdf") and not content_type:
            raise FetchFailure(FailureKind.PDF, original, content_type)
        if content_type and content_type not in READABLE_TYPES:
            raise FetchFailure(FailureKind.NOT_HTML, original, content_type)
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.settings.max_bytes:
            raise FetchFailure(FailureKind.TOO_LARGE, original, f"Content-Length {declared}")

        body = bytearray()
        try:
            while True:
                if time.monotonic() > deadline:
                    raise FetchFailure(FailureKind.TIMEOUT, original, "download deadline")
                chunk = response.read1(CHUNK)
                if not chunk:
                    break
                body += chunk
                if len(body) > self.settings.max_bytes:
                    raise FetchFailure(FailureKind.TOO_LARGE, original, f"over {self.settings.max_bytes} bytes")
        except ReadTimeoutError:
            raise FetchFailure(FailureKind.TIMEOUT, original, "read timeout") from None
        except (ProtocolError, HTTPError, OSError) as exc:
            raise FetchFailure(FailureKind.UNREACHABLE, original, f"while reading: {exc}") from None

        data = bytes(body)
        if data.lstrip()[:5] == b"%PDF-":
            raise FetchFailure(FailureKind.PDF, original, "PDF signature")
        if not content_type:
            content_type = "text/html" if data.lstrip()[:1] == b"<" else "text/plain"
        return Page(original, final, status, content_type, charset, data)


def _default_ca_bundle() -> str | None:
    """certifi's bundle (a trafilatura dependency), so HTTPS works on hosts without system CAs."""
    try:
        import certifi
    except ImportError:  # pragma: no cover
        return None
    return certifi.where()


def _parse_content_type(header: str) -> tuple[str, str | None]:
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return kind.strip().lower(), charset


_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.I)


def _sniff_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii") if match else None
