"""Why a link could not be read, and the polite sentence the bot answers with."""

from __future__ import annotations

from enum import Enum

PASTE_HINT = "Paste the text with `/brief` instead."


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


_MESSAGES: dict[FailureKind, str] = {
    FailureKind.PAYWALL: "I couldn't read that page — it looks paywalled. " + PASTE_HINT,
    FailureKind.CONSENT_WALL: "I couldn't read that page — it only showed me a cookie-consent wall. " + PASTE_HINT,
    FailureKind.PDF: "That link is a PDF, and I only read web pages. " + PASTE_HINT,
    FailureKind.NOT_ARTICLE: "That page doesn't look like an article (I found no story text on it). " + PASTE_HINT,
    FailureKind.NOT_HTML: "That link isn't a web page or text I can read. " + PASTE_HINT,
    FailureKind.FORBIDDEN: "The site refused to let me read that page (403 Forbidden). " + PASTE_HINT,
    FailureKind.NOT_FOUND: "That page doesn't exist (404 Not Found) — is the link complete?",
    FailureKind.HTTP_ERROR: "The site answered with an error when I tried to read that page. " + PASTE_HINT,
    FailureKind.TIMEOUT: "That site took too long to answer, so I gave up. " + PASTE_HINT,
    FailureKind.TOO_LARGE: "That page is too large for me to read (over 5 MB). " + PASTE_HINT,
    FailureKind.REFUSED_ADDRESS: "I don't read links that point at private or internal network addresses.",
    FailureKind.BAD_SCHEME: "I only read http and https links.",
    FailureKind.BAD_URL: "That link doesn't look like a complete web address.",
    FailureKind.TOO_MANY_REDIRECTS: "That link redirected too many times, so I stopped following it. " + PASTE_HINT,
    FailureKind.UNREACHABLE: "I couldn't reach that site. " + PASTE_HINT,
}


class FetchFailure(Exception):
    """A link that could not become an article. `detail` is for logs, `message` for people."""

    def __init__(self, kind: FailureKind, url: str, detail: str = "") -> None:
        super().__init__(f"{kind.value}: {url} {detail}".strip())
        self.kind = kind
        self.url = url
        self.detail = detail

    @property
    def message(self) -> str:
        return _MESSAGES[self.kind]
