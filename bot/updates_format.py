"""The living brief's thread reply: only what a new source added, as Block Kit.

Built with the formatter's own helpers (escaping, clipping, sections), so the
reply looks like the brief it extends and keeps within Block Kit's limits.
"""

from __future__ import annotations

from collections.abc import Sequence

from slack_sdk.models.blocks import Block, ContextBlock, MarkdownTextObject, SectionBlock

from bot.formatter import (
    MAX_ITEM_CHARS,
    SlackMessage,
    clip,
    link,
    person_line,
    quote_line,
    section,
)
from bot.updates import BriefUpdate
from summariser.brief import Brief
from summariser.display import conflict_text


def _new_source_names(merged: Brief, new: Sequence[int]) -> str:
    names = [
        link(s.url, s.title or s.site or s.url or "a pasted text")
        for s in (merged.sources[i] for i in new if 0 <= i < len(merged.sources))
    ]
    return ", ".join(names) if names else "a new source"


def format_update(
    update: BriefUpdate, merged: Brief, new_sources: Sequence[int] | None = None
) -> SlackMessage:
    """The thread reply: what is new, from which source, and the new source count.

    `new_sources`: indexes into `merged.sources` of the sources this reply announces;
    by default those after the previous brief's count."""
    if new_sources is None:
        new_sources = range(update.sources_before, len(merged.sources))
    sources = _new_source_names(merged, new_sources)
    intro = f"*Update:* {sources} joined this story — now {update.sources_after} sources."
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=intro))]
    if update.empty:
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(text="Nothing new: it repeats what the brief already says.")
            )
        )
    candidates = [
        section("New facts", [f"• {clip(line.text, MAX_ITEM_CHARS)}" for line in update.facts]),
        section("New quotes", [quote_line(q, merged.person(q.speaker)) for q in update.quotes]),
        section("New people", [person_line(p) for p in update.people]),
        section(
            "Sources disagree", [f"• {clip(conflict_text(c), MAX_ITEM_CHARS)}" for c in update.conflicts]
        ),
    ]
    blocks += [b for b in candidates if b is not None]
    blocks.append(
        ContextBlock(elements=[MarkdownTextObject(text="The brief above now covers every source.")])
    )
    counts = []
    for one, many, items in (
        ("fact", "facts", update.facts),
        ("quote", "quotes", update.quotes),
        ("person", "people", update.people),
        ("conflict", "conflicts", update.conflicts),
    ):
        if items:
            counts.append(f"{len(items)} new {one if len(items) == 1 else many}")
    text = f"Update: now {update.sources_after} sources" + (
        f" ({', '.join(counts)})" if counts else ""
    )
    return SlackMessage(text=text, blocks=blocks[:50])
