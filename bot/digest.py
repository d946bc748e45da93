"""A channel's digest: the period's stories, most-covered and most-recent first.

Building (`build_digest`) reads the store; rendering (`digest_blocks`) makes
Block Kit with slack_sdk's models, which validate Slack's limits; posting
is the scheduler's job. Each story gets its headline, one key sentence, its
source count and a link to the brief's thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.storage.repository import BriefMessage, Repository, StoredStory

SECTION_LIMIT = 3000  # characters in a section's text
HEADER_LIMIT = 150
MAX_BLOCKS = 50
KEY_SENTENCE_LIMIT = 400


@dataclass(frozen=True)
class DigestOptions:
    max_stories: int = 10
    quiet: str = "post"  # "post" a one-line quiet note, or "skip" posting
    quiet_text: str = "Quiet night: no new stories since {since}."
    title: str = "News digest"


@dataclass(frozen=True)
class DigestItem:
    story_id: int
    headline: str
    key_sentence: str | None
    sources: int
    updated_at: datetime
    link: str | None


@dataclass
class Digest:
    channel_id: str
    start: datetime
    end: datetime
    items: list[DigestItem] = field(default_factory=list)
    total: int = 0

    @property
    def quiet(self) -> bool:
        return not self.items


def thread_link(message: BriefMessage | None) -> str | None:
    """The brief's permalink, else Slack's archive link built from channel and ts."""
    if message is None:
        return None
    if message.permalink:
        return message.permalink
    return f"https://slack.com/archives/{message.channel_id}/p{message.ts.replace('.', '')}"


def _key_sentence(story: StoredStory) -> str | None:
    if story.key_sentence:
        return story.key_sentence
    if story.brief_json:
        try:
            summary = json.loads(story.brief_json).get("summary") or []
        except (ValueError, AttributeError):
            return None
        if summary and isinstance(summary[0], dict):
            return summary[0].get("text")
    return None


def build_digest(
    repo: Repository, channel_id: str, start: datetime, end: datetime, options: DigestOptions
) -> Digest:
    stories = repo.stories_between(channel_id, start, end, limit=options.max_stories)
    total = (
        repo.count_stories_between(channel_id, start, end)
        if len(stories) == options.max_stories
        else len(stories)
    )
    messages = repo.brief_messages_for([s.id for s in stories], channel_id)
    items = [
        DigestItem(
            story_id=s.id,
            headline=s.headline or "(untitled story)",
            key_sentence=_key_sentence(s),
            sources=s.source_count,
            updated_at=s.updated_at,
            link=thread_link(messages.get(s.id)),
        )
        for s in stories
    ]
    return Digest(channel_id=channel_id, start=start, end=end, items=items, total=total)


def _escape(text: str) -> str:
    """Slack mrkdwn control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _when(moment: datetime, zone: ZoneInfo, end: datetime) -> str:
    local = moment.astimezone(zone)
    if end - moment < timedelta(hours=20):
        return local.strftime("%H:%M")
    return local.strftime("%a %d %b %H:%M")


def item_text(item: DigestItem) -> str:
    sources = f"{item.sources} source{'s' if item.sources != 1 else ''}"
    headline = _escape(_clip(item.headline, 300))
    lines = [f"*{headline}*"]
    if item.key_sentence:
        lines.append(_escape(_clip(item.key_sentence, KEY_SENTENCE_LIMIT)))
    tail = sources + (f" · <{item.link}|see the brief's thread>" if item.link else "")
    lines.append(tail)
    text = "\n".join(lines)
    return text if len(text) <= SECTION_LIMIT else text[: SECTION_LIMIT - 1] + "…"


def digest_blocks(
    digest: Digest, options: DigestOptions, zone: ZoneInfo
) -> tuple[list[Block], str]:
    """Blocks and the notification/fallback text. Empty blocks: nothing to post."""
    since = _when(digest.start, zone, digest.end)
    if digest.quiet:
        if options.quiet == "skip":
            return [], ""
        text = options.quiet_text.format(since=since)
        return [SectionBlock(text=MarkdownTextObject(text=_escape(text)))], text
    count = f"{digest.total} stor{'y' if digest.total == 1 else 'ies'}"
    blocks: list[Block] = [
        HeaderBlock(text=_clip(options.title, HEADER_LIMIT)),
        ContextBlock(
            elements=[MarkdownTextObject(text=f"{count} since {since}, most covered first")]
        ),
        DividerBlock(),
    ]
    room = MAX_BLOCKS - len(blocks) - 1
    shown = digest.items[:room]
    blocks += [SectionBlock(text=MarkdownTextObject(text=item_text(i))) for i in shown]
    more = digest.total - len(shown)
    if more > 0:
        blocks.append(
            ContextBlock(elements=[MarkdownTextObject(text=f"…and {more} more in this channel.")])
        )
    for block in blocks:
        block.validate_json()
    fallback = f"{options.title}: {count} since {since}"
    return blocks, fallback
