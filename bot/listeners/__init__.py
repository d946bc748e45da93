"""Listeners by kind, as in Slack's bolt-python starter template."""

from slack_bolt import App

from bot.listeners import actions, commands, events


def register_listeners(app: App) -> None:
    commands.register(app)
    events.register(app)
    actions.register(app)
