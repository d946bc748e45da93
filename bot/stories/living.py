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

Posting or updating a story's brief runs under the story's claim
(`bot.stories.claims`): one update at a time per story, across threads and
processes, each reading what the previous one stored (articles covered, brief,
everything said in the thread), so two sources arriving at once never get two
replies announcing the same line, and the last `chat.update` has every source.
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
from bot.storage.repository import BriefMessage, Repository, StoredArticle, StoredStory
from bot.stories.claims import StoryBusy, StoryClaim, StoryClaims
from bot.stories.service import ALREADY_BRIEFED, Placement, StoryService
from bot.updates import Said, whats_new
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
        claims: StoryClaims | None = None,
    ) -> None:
        self.client = client
        self.repo = repo
        self.stories = stories
        self.sentences = sentences
        self.summarise = summarise_fn
        self.summarise_slots = summarise_slots
        self.claims = claims or StoryClaims(repo)
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
        except SQLAlchemyError:
            log.exception(
                "story storage failed; posting brief %s without story tracking",
                outcome.request.request_id,
            )
            return self.post_new.deliver(outcome, message, respond)
        story = placements[0].story
        claimed = False
        try:
            # everything that reads the story's brief and posts or updates it runs under the
            # story's claim; the requester's private note is sent after it is released
            with self.claims.hold(story.id) as claim:
                claimed = True
                posted, note = self._deliver_claimed(
                    claim, story, channel, placements, outcome, message, respond
                )
        except StoryBusy as exc:
            log.warning(
                "brief request %s: %s; its source is stored and the story's next update shows it",
                outcome.request.request_id,
                exc,
            )
            posted, note = None, self._busy_note(story, channel)
        except SQLAlchemyError:
            if claimed:
                raise
            log.exception(
                "could not claim story %s; posting brief %s without story tracking",
                story.id,
                outcome.request.request_id,
            )
            return self.post_new.deliver(outcome, message, respond)
        if note:
            self.replies.send(outcome.request, note, respond)
        return posted

    def _deliver_claimed(
        self,
        claim: StoryClaim,
        story: StoredStory,
        channel: str,
        placements: list[Placement],
        outcome: BriefOutcome,
        message: SlackMessage,
        respond: Respond | None,
    ) -> tuple[PostedMessage | None, str | None]:
        """Post or update the story's brief; return what was posted and the note for the
        requester. Read under the claim, so an update that finished a moment ago is seen."""
        assert outcome.brief is not None
        try:
            original = self.repo.brief_message(story.id, channel)
        except SQLAlchemyError:
            log.exception(
                "story storage failed; posting brief %s without story tracking",
                outcome.request.request_id,
            )
            return self.post_new.deliver(outcome, message, respond), None
        if (
            original is not None
            and all(p.kind == ALREADY_BRIEFED for p in placements)
            and self._covered(original, placements)
        ):
            where = thread_link(original)
            return None, f"Already briefed — see thread: <{where}|{_label(story.headline)}>"
        if original is None:
            posted = self.post_new.deliver(outcome, message, respond)
            if posted is not None:
                covered = [p.article.id for p in placements if p.story.id == story.id]
                self._remember(story.id, channel, posted, outcome.brief, covered)
            return posted, None
        reply = self._update(claim, story.id, channel, original)
        where = thread_link(original)
        return (
            reply,
            f"That joins a story already briefed here — see thread: <{where}|{_label(story.headline)}>",
        )

    def _covered(self, original: BriefMessage, placements: list[Placement]) -> bool:
        """Whether the brief already shows these articles. An article can be in the story but
        not yet in its brief when the request that brought it gave up waiting for the story
        (`StoryBusy`); sending it again then updates the brief instead of pointing at it."""
        coverage = self.repo.brief_coverage(original.id)
        mine = {p.article.id for p in placements if p.story.id == original.story_id}
        return coverage is None or mine <= coverage.article_ids

    def _busy_note(self, story: StoredStory, channel: str) -> str:
        try:
            original = self.repo.brief_message(story.id, channel)
        except SQLAlchemyError:
            original = None
        busy = "That joins a story whose brief is busy being updated; send it again in a minute to add it."
        if original is None:
            return busy
        return f"{busy} See thread: <{thread_link(original)}|{_label(story.headline)}>"

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

    def _remember(
        self,
        story_id: int,
        channel: str,
        posted: PostedMessage,
        brief: Brief,
        covered: list[int],
    ) -> None:
        try:
            stored = self.repo.record_brief_message(
                story_id,
                posted.channel or channel,
                posted.ts,
                brief.to_json(),
                thread_ts=posted.thread_ts,
                permalink=self._permalink(posted),
            )
            self.repo.save_brief_state(
                story_id,
                stored.id,
                brief_json=brief.to_json(),
                headline=brief.headline,
                key_sentence=key_sentence(brief),
                article_ids=covered,
                said=Said.of(brief).to_json(),
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
        self, claim: StoryClaim, story_id: int, channel: str, original: BriefMessage
    ) -> PostedMessage | None:
        """Reply in the thread with what is new and bring the brief up to date.

        New means: in none of the brief, the earlier replies (the `Said` ledger) or anything
        an update that ran a moment ago stored. The state is stored as soon as the reply is
        posted, before the `chat.update`, so a failed update cannot make the next one repeat
        the reply. None when an earlier update already covered every source (it read this
        request's article too) or the claim was lost: nothing is posted then.
        """
        articles = self.repo.story_articles(story_id)
        coverage = self.repo.brief_coverage(original.id)
        ids = [a.id for a in articles]
        if coverage is not None and set(ids) <= coverage.article_ids:
            log.info("story %s: every source is already in its brief; nothing to post", story_id)
            return None
        with self.summarise_slots or nullcontext():
            merged = self.summarise(*(as_source(a) for a in articles), sentences=self.sentences)
        before = Brief.from_dict(json.loads(original.brief_json))
        said = Said.from_json(coverage.said) if coverage is not None else Said()
        update = whats_new(before, merged, said)
        if coverage is not None:
            update.sources_before = len(coverage.article_ids & set(ids))
            new_sources = [i for i, a in enumerate(ids) if a not in coverage.article_ids]
        else:
            new_sources = None
        if not claim.renew():
            return None  # whoever took the story over reads this article too
        thread = original.thread_ts or original.ts
        reply = post_message(
            self.client,
            original.channel_id,
            format_update(update, merged, new_sources),
            thread_ts=thread,
        )
        self.repo.save_brief_state(
            story_id,
            original.id,
            brief_json=merged.to_json(),
            headline=merged.headline,
            key_sentence=key_sentence(merged),
            article_ids=ids,
            said=(said | Said.of(before) | Said.of(merged)).to_json(),
        )
        if claim.renew():  # else a later update has the story and shows a newer brief
            update_message(
                self.client,
                PostedMessage(
                    channel=original.channel_id, ts=original.ts, thread_ts=original.thread_ts
                ),
                format_brief(merged),
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
