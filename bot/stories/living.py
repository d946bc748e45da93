"""Living briefs: a `Delivery` that keeps one brief per story, current as sources arrive.

For each brief request it stores the articles and places them in the
channel's stories (`StoryService`). Then:
- a new story: the brief is posted as usual and remembered with its story;
- a new source for a story already briefed here: the story's articles are
  summarised together, the thread under the original brief gets only what
  is new (`bot.updates.whats_new`) and the original is `chat.update`d to the
  merged brief with its source count;
- links all briefed before: "Already briefed — see thread", nothing reposted.
If the database fails, the brief is still posted the ordinary way.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from contextlib import nullcontext

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import SQLAlchemyError

from bot.briefing import BriefOutcome, PostNewBrief, Replies, Respond
from bot.digest import thread_link
from bot.formatter import SlackMessage, format_brief
from bot.posting import PostedMessage, post_message, update_message
from bot.storage.repository import BriefMessage, Repository, StoredArticle
from bot.stories.service import ALREADY_BRIEFED, Placement, StoryService
from bot.updates import whats_new
from bot.updates_format import format_update
from summariser import Article, Brief, summarise

log = logging.getLogger(__name__)


def key_sentence(brief: Brief) -> str | None:
    return brief.summary[0].text if brief.summary else None


def as_source(article: StoredArticle) -> str | Article:
    """A stored article as the summariser takes it; pasted text goes back as it came."""
    if article.url is None and article.title is None:
        return article.text
    return Article(text=article.text, title=article.title, url=article.url, site=article.site)


class LivingBriefs:
    def __init__(
        self,
        client: WebClient,
        repo: Repository,
        stories: StoryService,
        *,
        sentences: int = 4,
        summarise_fn: Callable[..., Brief] = summarise,
        summarise_slots: threading.Semaphore | None = None,
    ) -> None:
        self.client = client
        self.repo = repo
        self.stories = stories
        self.sentences = sentences
        self.summarise = summarise_fn
        self.summarise_slots = summarise_slots
        self.post_new = PostNewBrief(client)
        self.replies = Replies(client)

    # -- Delivery -------------------------------------------------------------
    def deliver(
        self, outcome: BriefOutcome, message: SlackMessage, respond: Respond | None = None
    ) -> PostedMessage | None:
        if outcome.brief is None or not outcome.sources:
            return self.post_new.deliver(outcome, message, respond)
        channel = outcome.request.channel
        try:
            placements = self._place(channel, outcome)
            story = placements[0].story
            original = self.repo.brief_message(story.id, channel)
        except SQLAlchemyError:
            log.exception(
                "story storage failed; posting brief %s without story tracking",
                outcome.request.request_id,
            )
            return self.post_new.deliver(outcome, message, respond)

        if original is not None and all(p.kind == ALREADY_BRIEFED for p in placements):
            where = thread_link(original)
            self.replies.send(
                outcome.request,
                f"Already briefed — see thread: <{where}|{_label(story.headline)}>",
                respond,
            )
            return None
        if original is None:
            posted = self.post_new.deliver(outcome, message, respond)
            if posted is not None:
                self._remember(story.id, channel, posted, outcome.brief)
            return posted
        reply = self._update(story.id, channel, original, outcome)
        where = thread_link(original)
        self.replies.send(
            outcome.request,
            f"That joins a story already briefed here — see thread: <{where}|{_label(story.headline)}>",
            respond,
        )
        return reply

    # -- steps ----------------------------------------------------------------
    def _place(self, channel: str, outcome: BriefOutcome) -> list[Placement]:
        """The first source finds (or starts) the story; the request's other sources join it:
        whoever sends several links in one /brief says they are one story."""
        brief = outcome.brief
        assert brief is not None
        people = [p.name for p in brief.people]
        placements: list[Placement] = []
        for source in outcome.sources:
            fields = _fields(source)
            if not placements:
                placements.append(
                    self.stories.place(channel, people=people, headline=brief.headline, **fields)
                )
            else:
                placements.append(
                    self.stories.attach(channel, placements[0].story.id, people=people, **fields)
                )
        return placements

    def _remember(self, story_id: int, channel: str, posted: PostedMessage, brief: Brief) -> None:
        try:
            self.repo.record_brief_message(
                story_id,
                posted.channel or channel,
                posted.ts,
                brief.to_json(),
                thread_ts=posted.thread_ts,
                permalink=self._permalink(posted),
            )
            self.repo.set_story_brief(
                story_id,
                headline=brief.headline,
                key_sentence=key_sentence(brief),
                brief_json=brief.to_json(),
            )
        except SQLAlchemyError:
            log.exception("brief %s posted but not remembered for story %s", posted.ts, story_id)

    def _permalink(self, posted: PostedMessage) -> str | None:
        try:
            return self.client.chat_getPermalink(channel=posted.channel, message_ts=posted.ts).get(
                "permalink"
            )
        except SlackApiError as exc:
            log.info("no permalink for %s: %s", posted.ts, exc.response.get("error"))
            return None

    def _update(
        self, story_id: int, channel: str, original: BriefMessage, outcome: BriefOutcome
    ) -> PostedMessage:
        sources = [as_source(a) for a in self.repo.story_articles(story_id)]
        with self.summarise_slots or nullcontext():
            merged = self.summarise(*sources, sentences=self.sentences)
        before = Brief.from_dict(json.loads(original.brief_json))
        update = whats_new(before, merged)
        thread = original.thread_ts or original.ts
        reply = post_message(
            self.client, original.channel_id, format_update(update, merged), thread_ts=thread
        )
        update_message(
            self.client,
            PostedMessage(
                channel=original.channel_id, ts=original.ts, thread_ts=original.thread_ts
            ),
            format_brief(merged),
        )
        self.repo.update_brief_message(original.id, brief_json=merged.to_json())
        self.repo.set_story_brief(
            story_id,
            headline=merged.headline,
            key_sentence=key_sentence(merged),
            brief_json=merged.to_json(),
        )
        log.info(
            "story %s in %s now has %d sources (update %s)",
            story_id,
            channel,
            len(merged.sources),
            reply.ts,
        )
        return reply


def _fields(source: str | Article) -> dict:
    if isinstance(source, Article):
        return dict(text=source.text, url=source.url, title=source.title, site=source.site)
    return dict(text=source)


def _label(headline: str | None) -> str:
    from bot.formatter import clip

    return clip(headline or "the brief", 150)
