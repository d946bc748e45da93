"""Settings from env/.env/config, one-line errors with exit 2, and secrets kept out of logs."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SECRET, TOKEN

from bot.redaction import RedactSecrets
from bot.settings import SettingsError, load_settings, settings_from

ROOT = Path(__file__).resolve().parents[2]
GOOD = {"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET}


def test_defaults_come_from_config() -> None:
    s = settings_from(GOOD)
    assert s.port == 3000 and s.fetch.max_bytes == 5_000_000 and s.fetch.max_redirects == 5
    assert s.slack_api_url is None and not s.socket_mode
    assert s.fetch.user_agent.startswith("Mozilla/5.0")


def test_digest_slot_lease_comes_from_config_and_must_outlast_a_slack_call() -> None:
    from datetime import timedelta

    from bot.digest_settings import digest_settings_from

    settings = digest_settings_from({})
    assert settings.lease == timedelta(seconds=90)
    assert settings.scheduler_options().lease == timedelta(seconds=90)
    with pytest.raises(SettingsError, match="lease_seconds >= 30"):
        digest_settings_from({}, {"digest": {"lease_seconds": 5}})


def test_environment_overrides() -> None:
    s = settings_from(GOOD | {"PORT": "8080", "SLACK_API_URL": "http://127.0.0.1:9/api", "SLACK_APP_TOKEN": "xapp-1-A-1-x",
                              "NEWSBRIEF_PRIVATE_HOSTS": "cms.internal, .corp.example", "DATABASE_URL": "postgresql://u@h/db"})
    assert s.port == 8080 and s.slack_api_url == "http://127.0.0.1:9/api/" and s.socket_mode
    assert s.fetch.private_hosts == ("cms.internal", ".corp.example") and s.database_url == "postgresql://u@h/db"


@pytest.mark.parametrize(("env", "variable"), [
    ({}, "SLACK_BOT_TOKEN"),
    ({"SLACK_BOT_TOKEN": TOKEN}, "SLACK_SIGNING_SECRET"),
    (GOOD | {"SLACK_BOT_TOKEN": "xoxp-user-token"}, "SLACK_BOT_TOKEN"),
    (GOOD | {"SLACK_APP_TOKEN": "nope"}, "SLACK_APP_TOKEN"),
    (GOOD | {"PORT": "eighty"}, "PORT"),
    (GOOD | {"PORT": "70000"}, "PORT"),
    (GOOD | {"SLACK_API_URL": "ftp://x"}, "SLACK_API_URL"),
    (GOOD | {"DATABASE_URL": "newsbrief.db"}, "DATABASE_URL"),
    (GOOD | {"NEWSBRIEF_CA_BUNDLE": "/no/such/ca.pem"}, "NEWSBRIEF_CA_BUNDLE"),
])
def test_bad_settings_name_the_variable(env: dict, variable: str) -> None:
    with pytest.raises(SettingsError) as info:
        settings_from(env)
    assert str(info.value).startswith(variable) and "\n" not in str(info.value)


def test_dotenv_is_read_without_overriding_the_environment(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / ".env").write_text(f"SLACK_BOT_TOKEN={TOKEN}\nSLACK_SIGNING_SECRET={SECRET}\nPORT=4000\n")
    monkeypatch.chdir(tmp_path)
    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PORT", "5000")
    s = load_settings()
    assert s.slack_bot_token == TOKEN and s.port == 5000


def test_secrets_are_not_in_repr() -> None:
    s = settings_from(GOOD | {"SLACK_APP_TOKEN": "xapp-1-secret"})
    assert TOKEN not in repr(s) and SECRET not in repr(s) and "xapp-1-secret" not in repr(s)


def test_log_records_are_redacted() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "sent %s with %s", (f"Bearer {TOKEN}", SECRET), None)
    RedactSecrets((SECRET,)).filter(record)
    assert TOKEN not in record.getMessage() and SECRET not in record.getMessage()


def run_bot(env: dict, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    clean = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT)} | env
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, env=clean, capture_output=True, text=True, timeout=60)


def test_missing_setting_exits_2_with_one_line(tmp_path: Path) -> None:
    result = run_bot({}, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "newsbrief: SLACK_BOT_TOKEN is not set: put it in the environment or .env (see config/.env.example)"
    ]


def test_rejected_token_exits_2_without_leaking_it(tmp_path: Path, slack_api) -> None:
    env = {"SLACK_BOT_TOKEN": "xoxb-wrong", "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": slack_api.api_url}
    slack_api.fail_next("auth.test", status=200, error="invalid_auth")
    result = run_bot(env, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsbrief: SLACK_BOT_TOKEN was rejected") and "invalid_auth" in lines[0]
    assert "xoxb-wrong" not in result.stderr and SECRET not in result.stderr


def test_socket_mode_is_chosen_when_an_app_token_is_set(tmp_path: Path, slack_api) -> None:
    env = {"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_APP_TOKEN": "xapp-1-A111-222-bad",
           "SLACK_API_URL": slack_api.api_url}
    result = run_bot(env, cwd=tmp_path)
    assert [c.method for c in slack_api.all_calls()] == ["auth.test", "apps.connections.open"]
    assert result.returncode == 2
    assert ("newsbrief: SLACK_APP_TOKEN was rejected by Slack (invalid_auth); it needs the connections:write scope"
            in result.stderr.splitlines())  # (after the start-up log lines)
    assert "Traceback" not in result.stderr
    assert "xapp-1-A111-222-bad" not in result.stderr
