"""What listeners need besides the Bolt app (the briefer, settings), looked up by app.

Listeners keep the starter template's `register(app)` signature; the factory
attaches the app's services here first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from slack_bolt import App

from bot.briefing import Briefer
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.digest_commands import DigestCommands
    from bot.digest_settings import DigestSettings
    from bot.scheduler import DigestScheduler
    from bot.storage import Database

_BY_APP: WeakKeyDictionary[App, Services] = WeakKeyDictionary()


@dataclass
class Services:
    settings: Settings
    briefer: Briefer
    database: Database | None = None
    digests: DigestCommands | None = None  # `/brief digest …`
    scheduler: DigestScheduler | None = None  # run by `python -m bot clock`, or in-process in Socket Mode
    digest_settings: DigestSettings | None = None  # the ones the scheduler was built with


def attach(app: App, services: Services) -> None:
    _BY_APP[app] = services


def services_for(app: App) -> Services:
    try:
        return _BY_APP[app]
    except KeyError:
        raise LookupError("create the app with bot.app.create_app, which attaches its services") from None
