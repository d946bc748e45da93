"""Whatever the caller hands in (pasted text, Slack markup, HTML, an `Article`) → `Article`."""

from __future__ import annotations

import re

from .article import Article
from .html import extract_article, looks_like_html
from .slack_text import looks_slack_escaped, unslack

# Sentence punctuation, perhaps inside closing quotes or a bracket. A closing quote alone
# does not end a sentence: headlines often end on one ("Hewitt decries 'career sexism'").
_SENTENCE_END = re.compile(r"""(?:[.!?…:;,]["'”’)\]]*|\))\s*$""")


def to_article(source: str | Article) -> Article:
    """Coerce one source; plain text whose first line reads as a headline gets it as title."""
    if isinstance(source, Article):
        if looks_like_html(source.text):
            parsed = extract_article(source.text, url=source.url)
            return Article(
                text=parsed.text,
                title=source.title or parsed.title,
                url=source.url,
                site=source.site or parsed.site,
                published=source.published or parsed.published,
                author=source.author or parsed.author,
            )
        return source
    if not isinstance(source, str):
        raise TypeError(f"a source is text, HTML or an Article, not {type(source).__name__}")
    if looks_like_html(source):
        return extract_article(source)
    if looks_slack_escaped(source):
        source = unslack(source)
    title, body = split_title(source)
    return Article(text=body, title=title)


def split_title(text: str) -> tuple[str | None, str]:
    """Take a first line that reads as a headline: short, alone, without closing punctuation."""
    stripped = text.strip()
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if not sep or not rest.strip():
        return None, stripped
    words = first.split()
    if 2 <= len(words) <= 25 and not _SENTENCE_END.search(first):
        return first, rest
    return None, stripped
