"""Settings: defaults from `config/defaults.toml`, overridden by the environment and `.env`.

Secrets (tokens, signing secret) come only from the environment; they are kept out of
`repr()` so a logged `Settings` never leaks them. A bad value raises `SettingsError`
whose message is one line naming the variable, which the entry points print before
exiting with status 2.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEFAULTS_PATH = Path(__file__).resolve().parent.parent / "config" / "defaults.toml"


class SettingsError(ValueError):
    """A missing or invalid setting; str(error) is one line naming the variable."""


@dataclass(frozen=True)
class FetchSettings:
    """How links are read: limits that keep a slow or hostile site from hurting the bot."""

    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    max_links: int = 8
    user_agent: str = "Mozilla/5.0 (compatible; newsbrief/0.1)"
    private_hosts: tuple[str, ...] = ()
    ca_bundle: str | None = None  # PEM file of trusted CAs; None = certifi's bundle


@dataclass(frozen=True)
class Settings:
    slack_bot_token: str = field(repr=False)
    slack_signing_secret: str = field(repr=False)
    slack_app_token: str | None = field(default=None, repr=False)
    slack_api_url: str | None = None
    database_url: str | None = None
    port: int = 3000
    brief_threads: int = 48
    fetch_threads: int = 64
    summarise_threads: int = 1
    rate_limit_retries: int = 4
    server_error_retries: int = 2
    connection_error_retries: int = 2
    sentences: int = 4
    fetch: FetchSettings = field(default_factory=FetchSettings)

    @property
    def socket_mode(self) -> bool:
        return bool(self.slack_app_token)


def load_defaults(path: Path = DEFAULTS_PATH) -> dict[str, Any]:
    """The checked-in defaults; an install without `config/` falls back to the dataclass defaults."""
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def load_dotenv_file(path: str | os.PathLike[str] | None = None) -> None:
    """Read `.env` (from the working directory unless given) without overriding real env vars."""
    from dotenv import find_dotenv, load_dotenv

    target = path if path is not None else find_dotenv(usecwd=True)
    if target:
        load_dotenv(target, override=False)


def fetch_settings_from(env: Mapping[str, str], defaults: Mapping[str, Any] | None = None) -> FetchSettings:
    """Just the link-fetching settings (all `preview` needs: no Slack secrets)."""
    d = dict((defaults if defaults is not None else load_defaults()).get("fetch", {}))
    hosts = env.get("NEWSBRIEF_PRIVATE_HOSTS", d.get("private_hosts", "")) or ""
    return FetchSettings(
        connect_timeout=_number("fetch.connect_timeout", d.get("connect_timeout", 5.0)),
        read_timeout=_number("fetch.read_timeout", d.get("read_timeout", 10.0)),
        total_timeout=_number("fetch.total_timeout", d.get("total_timeout", 20.0)),
        max_bytes=int(d.get("max_bytes", 5_000_000)),
        max_redirects=int(d.get("max_redirects", 5)),
        max_links=int(d.get("max_links", 8)),
        user_agent=str(d.get("user_agent") or FetchSettings.user_agent),
        private_hosts=tuple(h.strip().lower() for h in hosts.split(",") if h.strip()),
        ca_bundle=_ca_bundle(env.get("NEWSBRIEF_CA_BUNDLE", "").strip() or None),
    )


def _ca_bundle(path: str | None) -> str | None:
    if path is not None and not Path(path).is_file():
        raise SettingsError(f"NEWSBRIEF_CA_BUNDLE must be a PEM file of trusted CAs; {path!r} does not exist")
    return path


def settings_from(env: Mapping[str, str], defaults: Mapping[str, Any] | None = None) -> Settings:
    """Build and validate settings from an environment mapping (tests pass their own)."""
    d = defaults if defaults is not None else load_defaults()
    slack = d.get("slack", {})
    workers = d.get("workers", {})

    token = _required(env, "SLACK_BOT_TOKEN")
    if not token.startswith("xoxb-"):
        raise SettingsError("SLACK_BOT_TOKEN must be a bot token starting with 'xoxb-'")
    secret = _required(env, "SLACK_SIGNING_SECRET")
    if len(secret) < 8 or any(c.isspace() for c in secret):
        raise SettingsError("SLACK_SIGNING_SECRET looks wrong: copy it from Basic Information > App Credentials")
    app_token = env.get("SLACK_APP_TOKEN", "").strip() or None
    if app_token is not None and not app_token.startswith("xapp-"):
        raise SettingsError("SLACK_APP_TOKEN must be an app-level token starting with 'xapp-' (or unset it for HTTP mode)")

    api_url = env.get("SLACK_API_URL", "").strip() or (slack.get("api_url") or None)
    if api_url is not None:
        parts = urlsplit(api_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise SettingsError(f"SLACK_API_URL must be an http(s) URL such as https://slack.com/api/, not {api_url!r}")
        if not api_url.endswith("/"):
            api_url += "/"  # slack_sdk appends the method name directly

    database_url = env.get("DATABASE_URL", "").strip() or d.get("storage", {}).get("database_url") or None
    if database_url is not None and "://" not in database_url:
        raise SettingsError("DATABASE_URL must be a URL such as postgresql://user@host/db or sqlite:///newsbrief.sqlite3")

    return Settings(
        slack_bot_token=token,
        slack_signing_secret=secret,
        slack_app_token=app_token,
        slack_api_url=api_url,
        database_url=database_url,
        port=_port(env.get("PORT", "").strip() or d.get("server", {}).get("port", 3000)),
        brief_threads=_positive_int(env, "NEWSBRIEF_BRIEF_THREADS", workers.get("brief_threads", 48)),
        fetch_threads=_positive_int(env, "NEWSBRIEF_FETCH_THREADS", workers.get("fetch_threads", 64)),
        summarise_threads=max(1, int(workers.get("summarise_threads", 1))),
        rate_limit_retries=int(slack.get("rate_limit_retries", 4)),
        server_error_retries=int(slack.get("server_error_retries", 2)),
        connection_error_retries=int(slack.get("connection_error_retries", 2)),
        sentences=int(d.get("brief", {}).get("sentences", 4)),
        fetch=fetch_settings_from(env, d),
    )


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Settings for the running bot: `.env` first (never overriding the real environment)."""
    if env is None:
        load_dotenv_file()
        env = os.environ
    return settings_from(env)


def _required(env: Mapping[str, str], name: str) -> str:
    value = env.get(name, "").strip()
    if not value:
        raise SettingsError(f"{name} is not set: put it in the environment or .env (see config/.env.example)")
    return value


def _port(raw: Any) -> int:
    try:
        port = int(raw)
    except (TypeError, ValueError):
        raise SettingsError(f"PORT must be a number between 1 and 65535, not {raw!r}") from None
    if not 1 <= port <= 65535:
        raise SettingsError(f"PORT must be a number between 1 and 65535, not {raw!r}")
    return port


def _positive_int(env: Mapping[str, str], name: str, default: Any) -> int:
    raw = env.get(name, "").strip() or default
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise SettingsError(f"{name} must be a positive whole number, not {raw!r}") from None
    if value < 1:
        raise SettingsError(f"{name} must be a positive whole number, not {raw!r}")
    return value


def _number(name: str, raw: Any) -> float:
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise SettingsError(f"{name} in config/defaults.toml must be a number, not {raw!r}") from None
    if value <= 0:
        raise SettingsError(f"{name} in config/defaults.toml must be positive, not {raw!r}")
    return value
