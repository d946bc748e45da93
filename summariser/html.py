"""HTML → `Article` through trafilatura. Pure: the HTML is given, nothing is fetched."""

from __future__ import annotations

import re

from .article import Article
from .normalise import comparable

_HTML_HINT = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|p|div)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True when a string is an HTML document or fragment rather than plain text."""
    return bool(_HTML_HINT.search(text[:5000]))


def extract_article(html: str, url: str | None = None) -> Article:
    """Main text, title, site name, date and author of an article page.

    Navigation, cookie banners, footers and comments are left out by trafilatura.
    The text comes back as one paragraph a line, without the title.
    """
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except (ValueError, TypeError, LookupError, RecursionError):
        doc = None  # markup lxml cannot parse at all: no article text
    if doc is None:
        return Article(text="", url=url)
    title = (doc.title or "").strip() or None
    lines = (doc.text or "").splitlines()
    if title and lines and comparable(lines[0]) == comparable(title):
        lines = lines[1:]
    return Article(
        text="\n".join(lines),
        title=title,
        url=url or doc.url,
        site=(doc.sitename or doc.hostname or None),
        published=doc.date or None,
        author=doc.author or None,
    )
