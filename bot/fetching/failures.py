"""Why a link could not be read; the polite sentences are in `summariser.messages`, shared
with the terminal tools."""

from __future__ import annotations

from enum import Enum

from summariser.messages import PASTE_IN_SLACK, link_problem


class FailureKind(Enum):
    PAYWALL = "paywall"
    CONSENT_WALL = "consent_wall"
    PDF = "pdf"
    NOT_ARTICLE = "not_article"
    NOT_HTML = "not_html"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    HTTP_ERROR = "http_error"
    TIMEOUT = "timeout"
    TOO_LARGE = "too_large"
    REFUSED_ADDRESS = "refused_address"
    BAD_SCHEME = "bad_scheme"
    BAD_URL = "bad_url"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    UNREACHABLE = "unreachable"


class FetchFailure(Exception):
    """A link that could not become an article. `detail` is for logs, `message` for people."""

    def __init__(self, kind: FailureKind, url: str, detail: str = "") -> None:
        super().__init__(f"{kind.value}: {url} {detail}".strip())
        self.kind = kind
        self.url = url
        self.detail = detail

    @property
    def message(self) -> str:
        """What Slack users are told."""
        return link_problem(self.kind.value, PASTE_IN_SLACK)

    def message_with(self, paste: str) -> str:
        """The same message with another way to give the text (e.g. a file, in a terminal)."""
        return link_problem(self.kind.value, paste)
