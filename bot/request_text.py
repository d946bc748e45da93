"""What a `/brief` or `@newsbrief` message asks for: links to read and pasted text.

Slack writes links as `<url>` or `<url|label>` (and escapes `&` inside them as
`&amp;`); with escaping off, a slash command's links arrive bare. Links become
fetches; the rest of the message is pasted text, handed to the summariser as is
(it undoes Slack's escaping itself). Several pasted articles can be separated by
a line holding only `---`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

HELP_WORDS = {"", "help", "?", "-h", "--help", "usage"}
# With links present, a short remark ("brief these please") is an instruction, not a source.
MIN_TEXT_WORDS_WITH_LINKS = 25

_MARKUP_LINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.\-]*://[^|>\s]+)(?:\|[^>]*)?>")
_BARE_LINK = re.compile(r"(?<![<|\w])https?://[^\s<>|]+", re.I)
_LEADING_MENTIONS = re.compile(r"^(?:\s*<@[A-Z0-9]+(?:\|[^>]*)?>)+", re.I)
_SEPARATOR = re.compile(r"^\s*-{3,}\s*$", re.M)
_TRAILING_PUNCTUATION = ".,;:!?)]}\"'’”"


@dataclass(frozen=True)
class ParsedRequest:
    links: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    skipped_links: list[str] = field(default_factory=list)
    is_help: bool = False

    @property
    def source_count(self) -> int:
        return len(self.links) + len(self.texts)


def parse_request(text: str, max_links: int = 8) -> ParsedRequest:
    """Split a message into links (deduplicated, at most `max_links`) and pasted texts."""
    body = _LEADING_MENTIONS.sub("", text or "").strip()
    if body.lower() in HELP_WORDS:
        return ParsedRequest(is_help=True)

    links: list[str] = []

    def take(url: str) -> str:
        url = url.replace("&amp;", "&").rstrip(_TRAILING_PUNCTUATION)
        if url and url not in links:
            links.append(url)
        return " "

    rest = _MARKUP_LINK.sub(lambda m: take(m.group(1)), body)
    rest = _BARE_LINK.sub(lambda m: take(m.group(0)), rest)

    chunks = [c.strip() for c in _SEPARATOR.split(rest)]
    minimum = MIN_TEXT_WORDS_WITH_LINKS if links else 1
    texts = [c for c in chunks if len(c.split()) >= minimum]
    return ParsedRequest(links=links[:max_links], texts=texts, skipped_links=links[max_links:])


def describe(parsed: ParsedRequest) -> str:
    """'2 links', '1 link and your text' — for the acknowledgement."""
    parts = []
    if parsed.links:
        parts.append(f"{len(parsed.links)} link" + ("s" if len(parsed.links) != 1 else ""))
    if parsed.texts:
        parts.append("your text" if len(parsed.texts) == 1 else f"{len(parsed.texts)} pasted texts")
    return " and ".join(parts) or "your message"
