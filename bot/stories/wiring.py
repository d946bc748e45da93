"""Everything the bot builds on its database, made once per app (and by `python -m bot clock`):
event dedupe shared by processes, living briefs, `/brief digest` and the digest scheduler."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from slack_sdk import WebClient

from bot.digest_commands import DigestCommands
from bot.digest_settings import DigestSettings, digest_settings_from
from bot.scheduler import DigestPoster, DigestScheduler
from bot.settings import Settings
from bot.storage import Database, DigestStore, Repository, SeenEvents
from bot.stories.living import LivingBriefs
from bot.stories.service import StoryService
from summariser import Brief, summarise


@dataclass
class StoredFeatures:
    database: Database
    seen_events: SeenEvents
    living_briefs: LivingBriefs
    digests: DigestCommands
    scheduler: DigestScheduler
    digest_settings: DigestSettings

    @classmethod
    def build(
        cls,
        client: WebClient,
        database: Database,
        settings: Settings | None = None,
        summarise_fn: Callable[..., Brief] = summarise,
        digest_settings: DigestSettings | None = None,
        digest_clock: Callable[[], datetime] | None = None,
    ) -> StoredFeatures:
        """`digest_clock` is the scheduler's "now" (the real UTC time unless a test drives it)."""
        ds = digest_settings or digest_settings_from()
        repo = Repository(database)
        store = DigestStore(database)
        poster = DigestPoster(client, repo, ds.digest_options())
        return cls(
            database=database,
            seen_events=SeenEvents(database),
            living_briefs=LivingBriefs(
                client,
                repo,
                StoryService(repo, window=ds.story_window),
                sentences=settings.sentences if settings else 4,
                summarise_fn=summarise_fn,
            ),
            digests=DigestCommands(store, poster, ds),
            scheduler=DigestScheduler(
                store, poster, ds.scheduler_options(), clock=digest_clock or (lambda: datetime.now(UTC))
            ),
            digest_settings=ds,
        )
