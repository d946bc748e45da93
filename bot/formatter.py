"""`Brief` → a Slack message: Block Kit blocks plus a plain-text fallback.

Everything taken from an article is escaped (`&`, `<`, `>`), so an article
cannot ping `<!channel>` or forge `<http://evil|a link>`; only the links this
module builds itself (the sources) are live. Block Kit limits (50 blocks, 3000
characters a section, 150 a header) are met by trimming, never by failing:
a brief that does not fit loses its least important lines, and says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ConfirmObject,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from summariser.brief import Brief, Person, Quote
from summariser.display import (
    conflict_text,
    person_details,
    shorten_quote,
    shown_facts,
    shown_quotes,
    speaker_role,
    tidy_spacing,
)

MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_HEADER_CHARS = 150
MAX_CONTEXT_CHARS = 2000
MAX_FALLBACK_CHARS = 3000
MAX_ITEM_CHARS = 700  # one key point or quote; longer ones are cut with an ellipsis
REMOVE_ACTION_ID = "newsbrief_remove"
FOOTER = ("Extractive brief: every line is the sources' own words in their order; facts may leave words "
          "out and name who made a claim, nothing is reworded.")


@dataclass
class SlackMessage:
    """What `chat.postMessage` needs; `blocks` are slack_sdk Block objects."""

    text: str
    blocks: list[Block] = field(default_factory=list)

    def blocks_as_dicts(self) -> list[dict[str, Any]]:
        return [b.to_dict() for b in self.blocks]


def escape(text: str) -> str:
    """Slack's three control characters as entities, so text is shown, never parsed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """Escaped `text` in at most `limit` characters, cut on a word with '…', no broken entity."""
    escaped = escape(text)
    if len(escaped) <= limit:
        return escaped
    raw = text
    while raw and len(escape(raw)) > limit - 1:  # shrinks by at least one character a turn
        over = len(escape(raw)) - (limit - 1)
        raw = raw[: -max(1, over // 5)]  # an entity is at most 5 characters for one
    space = raw.rfind(" ")
    if space > len(raw) // 2:
        raw = raw[:space]
    return escape(raw.rstrip()) + "…"


def link(url: str | None, label: str) -> str:
    """A mrkdwn link we built ourselves: URL made inert, label escaped; plain label if no http(s) URL."""
    if not url or urlsplit(url).scheme.lower() not in ("http", "https"):
        return escape(label)
    safe_url = quote(url, safe=":/?#[]@!$&'()*+,;=%~")
    safe_url = safe_url.replace("&", "&amp;")
    return f"<{safe_url}|{clip(label, 300)}>"


def section(title: str, lines: list[str], limit: int = MAX_SECTION_CHARS) -> SectionBlock | None:
    """A titled list that fits `limit` characters, ending with '…and N more' when trimmed."""
    if not lines:
        return None
    heading = f"*{title}*"
    kept: list[str] = []
    for i, line in enumerate(lines):
        more = len(lines) - i - 1
        tail = f"\n_…and {more} more_" if more else ""
        candidate = "\n".join([heading, *kept, line])
        if len(candidate) + len(tail) > limit:
            break
        kept.append(line)
    if len(kept) < len(lines):
        kept.append(f"_…and {len(lines) - len(kept)} more_")
    text = "\n".join([heading, *kept])[:limit]
    return SectionBlock(text=MarkdownTextObject(text=text, verbatim=True))


def quote_line(q: Quote, person: Person | None) -> str:
    """A quote, shortened at a sentence boundary when long, over its speaker and role."""
    speaker = q.speaker or "Unattributed"
    role = speaker_role(q, person) if q.speaker else None
    who = f"*{clip(speaker, 120)}*" + (f", {clip(role, 160)}" if role else "")
    return f"> “{clip(tidy_spacing(shorten_quote(q.text)), MAX_ITEM_CHARS)}”\n— {who}"


def person_line(p: Person) -> str:
    details = person_details(p)
    return f"• *{clip(p.name, 120)}*" + (f" — {clip(details, 200)}" if details else "")


def source_line(i: int, title: str | None, url: str | None, site: str | None, words: int = 0) -> str:
    label = title or site or url or "Pasted text"
    line = f"{i}. {link(url, label)}"
    if site and site != label:
        line += f" — {clip(site, 100)}"
    if words:
        line += f" · {words:,} words"
    return line


def format_brief(brief: Brief, *, requester: str | None = None, notes: list[str] | None = None) -> SlackMessage:
    """The message for a brief. `notes` are extra context lines (e.g. links that failed);
    `requester` (a user id) gets a Remove button only they may use."""
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=clip(tidy_spacing(brief.headline or "Brief"), MAX_HEADER_CHARS),
                                         emoji=False))
    ]
    # Warnings come first, before anything a reader might copy out of the brief.
    blocks += [SectionBlock(text=MarkdownTextObject(text=f":warning: *{clip(w, MAX_ITEM_CHARS)}*", verbatim=True))
               for w in brief.warnings]
    # Only the brief's own picks, as in the terminal brief: the other quotes found are
    # often fragments ("fading") or unattributed, and a wrong quote is worse than none.
    quotes = shown_quotes(brief)
    candidates = [
        section("Key points", [f"• {clip(tidy_spacing(line.text), MAX_ITEM_CHARS)}" for line in brief.summary]),
        section("Key quotes", [quote_line(q, brief.person(q.speaker)) for q in quotes]),
        section("People", [person_line(p) for p in brief.people]),
        section("Facts", [f"• {clip(tidy_spacing(line.text), MAX_ITEM_CHARS)}" for line in shown_facts(brief)]),
        section("Sources disagree", [f"• {clip(tidy_spacing(conflict_text(c)), MAX_ITEM_CHARS)}"
                                     for c in brief.conflicts]),
    ]
    blocks += [b for b in candidates if b is not None]
    n = len(brief.sources)
    sources = section(
        "Sources" if n > 1 else "Source",
        [source_line(i, s.title, s.url, s.site, s.words) for i, s in enumerate(brief.sources, 1)],
    )
    if sources is not None:
        blocks.append(sources)
    footer = FOOTER + (f" · {n} sources" if n > 1 else "")
    tail: list[Block] = [DividerBlock()]
    context = [footer] + [escape(note) for note in (notes or [])]
    tail.append(
        ContextBlock(elements=[MarkdownTextObject(text=t[:MAX_CONTEXT_CHARS], verbatim=True) for t in context[:10]])
    )
    if requester:
        tail.append(ActionsBlock(elements=[remove_button(requester)]))
    blocks = blocks[: MAX_BLOCKS - len(tail)] + tail
    return SlackMessage(text=fallback_text(brief), blocks=blocks)


def remove_button(requester: str) -> ButtonElement:
    return ButtonElement(
        text=PlainTextObject(text="Remove brief"),
        action_id=REMOVE_ACTION_ID,
        value=requester,
        confirm=ConfirmObject(
            title="Remove this brief?",
            text="It will be deleted for everyone in the channel.",
            confirm="Remove",
            deny="Keep",
        ),
    )


def fallback_text(brief: Brief) -> str:
    """Notification / screen-reader text: headline and key points, escaped and bounded."""
    parts = [f"Brief: {brief.headline}"] + [f"Warning: {w}" for w in brief.warnings]
    parts += [f"• {line.text}" for line in brief.summary]
    if len(brief.sources) > 1:
        parts.append(f"({len(brief.sources)} sources)")
    return clip("\n".join(parts), MAX_FALLBACK_CHARS)


def format_note(text: str) -> SlackMessage:
    """A short message of our own (usage, failures, apologies): plain mrkdwn, one section."""
    return SlackMessage(
        text=text[:MAX_FALLBACK_CHARS],
        blocks=[SectionBlock(text=MarkdownTextObject(text=text[:MAX_SECTION_CHARS]))],
    )
