"""Downloaded page → `Article`, or a specific reason it is not one.

The HTML extraction itself (trafilatura) belongs to the summariser
(`summariser.html.extract_article`); this module only decides whether what came
back is a story at all, so the bot can say *why* it could not read a link.
"""

from __future__ import annotations

import re
import threading
from urllib.parse import urlsplit

from bot.fetching.client import Page, SafeFetcher
from bot.fetching.failures import FailureKind, FetchFailure
from summariser.article import Article
from summariser.html import extract_article

MIN_ARTICLE_WORDS = 60
PAYWALL_TEASER_WORDS = 300
CONSENT_WALL_WORDS = 120

_NOT_FREE = re.compile(r'"isAccessibleForFree"\s*:\s*(?:false|"false")', re.I)
_PAYWALL_PHRASES = re.compile(
    r"subscribe (?:now )?to (?:continue|keep) reading|to continue reading,? (?:please )?(?:subscribe|log ?in|sign ?in)"
    r"|this (?:article|story|content) is (?:only )?(?:available )?(?:for|to) (?:paying )?subscribers"
    r"|subscribers only|already a subscriber\?|become a subscriber to read|unlock this article"
    r"|class=[\"'][^\"']*\bpaywall",
    re.I,
)
_CONSENT_PHRASES = re.compile(
    r"we value your privacy|cookie consent|consent to (?:the use of )?cookies|accept all cookies"
    r"|manage (?:cookie )?(?:preferences|settings|choices)|before you continue|reject all"
    r"|we and our (?:\d+ )?partners",
    re.I,
)
_CONSENT_HOSTS = ("consent.", "cmp.", "privacy.")


def page_to_article(page: Page) -> Article:
    """The article on a page, or FetchFailure(PAYWALL / CONSENT_WALL / NOT_ARTICLE)."""
    raw = page.text()
    if not page.is_html:
        article = Article(text=raw.strip(), url=page.url, site=urlsplit(page.final_url).hostname)
    else:
        article = extract_article(raw, url=page.final_url)
        if article.url != page.url:
            article = Article(
                text=article.text, title=article.title, url=page.url,
                site=article.site, published=article.published, author=article.author,
            )
    words = len(article.text.split())
    host = (urlsplit(page.final_url).hostname or "").lower()

    if any(host.startswith(prefix) for prefix in _CONSENT_HOSTS):
        raise FetchFailure(FailureKind.CONSENT_WALL, page.url, f"ended at {host}")
    if words < PAYWALL_TEASER_WORDS and (_NOT_FREE.search(raw) or _PAYWALL_PHRASES.search(raw)):
        raise FetchFailure(FailureKind.PAYWALL, page.url, f"{words} words behind paywall markers")
    if words < CONSENT_WALL_WORDS and _CONSENT_PHRASES.search(raw):
        raise FetchFailure(FailureKind.CONSENT_WALL, page.url, f"{words} words and a consent prompt")
    if words < MIN_ARTICLE_WORDS:
        raise FetchFailure(FailureKind.NOT_ARTICLE, page.url, f"only {words} words of text")
    return article


class LinkReader:
    """Reads a link into an `Article` safely; the one thing the bot calls per link.

    `cpu_slots`, when given, bounds how many pages are parsed at once (parsing is
    CPU-bound; downloads are not and run unbounded by it).
    """

    def __init__(self, fetcher: SafeFetcher, cpu_slots: threading.Semaphore | None = None) -> None:
        self.fetcher = fetcher
        self.cpu_slots = cpu_slots

    def read(self, url: str) -> Article:
        page = self.fetcher.fetch(url)
        if self.cpu_slots is None:
            return page_to_article(page)
        with self.cpu_slots:
            return page_to_article(page)
