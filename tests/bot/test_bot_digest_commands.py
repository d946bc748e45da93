"""`/brief digest …` through the real app, and `python -m bot digest` as a process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from conftest import SECRET, TOKEN

from bot.devtools.slack_standin import SlackStandIn
from bot.storage import DigestStore, Repository, open_database

ROOT = Path(__file__).resolve().parents[2]


def _answers(bot) -> list[str]:
    return [c.params.get("text", "") for c in bot.slack.all_calls("respond/cmd")]


def _wait_answer(bot, count: int) -> str:
    assert bot.slack.wait_for(lambda: len(_answers(bot)) >= count), _answers(bot)
    return _answers(bot)[count - 1]


def test_digest_subcommands_set_show_stop_and_post(bot_factory, db_url):
    database = open_database(db_url)
    bot = bot_factory(database=database)

    status, body = bot.command("digest")
    assert status == 200 and body == ""
    assert _wait_answer(bot, 1).startswith("No digest is scheduled in this channel.")

    bot.command("digest weekdays 18:00 07:30")
    answer = _wait_answer(bot, 2)
    assert answer.startswith("Digest set: on weekdays at 07:30, 18:00 (Europe/London). First one: ")
    schedule = DigestStore(database).get_schedule("CPOLITICS")
    assert schedule.days == "weekdays" and schedule.times == ("07:30", "18:00") and schedule.enabled

    bot.command("digest daily 07:30 America/New_York")
    assert "every day at 07:30 (America/New_York)" in _wait_answer(bot, 3)
    bot.command("digest")
    assert _wait_answer(bot, 4).startswith(
        "This channel's digest comes every day at 07:30 (America/New_York). Next: "
    )

    bot.command("digest off")
    assert _wait_answer(bot, 5).startswith("Digest turned off")
    assert DigestStore(database).get_schedule("CPOLITICS").enabled is False

    repo = Repository(database)
    art, _ = repo.add_article("Text.", url="https://e.example/1")
    story = repo.create_story(
        "CPOLITICS",
        art.id,
        headline="Labour concedes Hartlepool",
        key_sentence="Labour has all but conceded.",
    )
    repo.record_brief_message(story.id, "CPOLITICS", "1700000099.000100", "{}")
    bot.command("digest now")
    assert _wait_answer(bot, 6) == "Digest posted."
    [post] = bot.slack.ok_calls("chat.postMessage")
    sections = [b["text"]["text"] for b in post.params["blocks"] if b["type"] == "section"]
    assert sections == [
        "*Labour concedes Hartlepool*\nLabour has all but conceded.\n1 source · "
        "<https://slack.com/archives/CPOLITICS/p1700000099000100|see the brief's thread>"
    ]
    database.dispose()


def test_a_mistyped_digest_command_is_answered_in_the_acknowledgement(bot):
    status, body = bot.command("digest daily 7.75")
    assert status == 200
    ack = json.loads(body)
    assert ack["response_type"] == "ephemeral" and "not a time" in ack["text"]
    time.sleep(0.3)
    assert (
        bot.slack.all_calls("respond/cmd") == [] and bot.slack.all_calls("chat.postMessage") == []
    )


def test_python_m_bot_digest_posts_one_digest_now(tmp_path):
    db_url = f"sqlite:///{tmp_path}/newsbrief.db"
    database = open_database(db_url)
    repo = Repository(database)
    now = datetime.now(UTC)
    for i, (headline, sources) in enumerate([("Minor story", 1), ("Big story", 3)]):
        art, _ = repo.add_article(
            f"text {i}", url=f"https://e.example/{i}", now=now - timedelta(hours=2)
        )
        story = repo.create_story(
            "C0DIGEST", art.id, headline=headline, now=now - timedelta(hours=2)
        )
        for j in range(1, sources):
            extra, _ = repo.add_article(
                f"text {i}.{j}", url=f"https://e.example/{i}/{j}", now=now - timedelta(hours=1)
            )
            repo.add_to_story(story.id, extra.id, now=now - timedelta(hours=1))
    database.dispose()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    with SlackStandIn() as slack:
        env |= {
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": slack.api_url,
            "DATABASE_URL": db_url,
        }
        run = subprocess.run(
            [sys.executable, "-m", "bot", "digest", "--channel", "C0DIGEST", "--since", "6h"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert run.returncode == 0, run.stderr
        assert run.stdout.strip() == "Digest posted."
        [post] = slack.ok_calls("chat.postMessage")
        sections = [b["text"]["text"] for b in post.params["blocks"] if b["type"] == "section"]
        assert [s.splitlines()[0] for s in sections] == ["*Big story*", "*Minor story*"]
        assert "3 sources" in sections[0]

        bad = subprocess.run(
            [sys.executable, "-m", "bot", "digest", "--channel", "C0DIGEST", "--since", "soon"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert (
            bad.returncode == 2
            and bad.stderr.strip() == "newsbrief: --since must look like 24h, 90m or 2d, not 'soon'"
        )


def test_python_m_bot_clock_posts_a_due_slot_once(tmp_path):
    """The Procfile's clock process: a slot 5 minutes ago (inside the grace) is posted on the first tick."""
    db_url = f"sqlite:///{tmp_path}/newsbrief.db"
    database = open_database(db_url)
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    slot = now - timedelta(minutes=5)
    DigestStore(database).set_schedule(
        "C0CLOCK", "daily", [slot.strftime("%H:%M")], timezone="UTC", now=now - timedelta(days=2)
    )
    database.dispose()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    with SlackStandIn() as slack:
        env |= {
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": slack.api_url,
            "DATABASE_URL": db_url,
        }
        clocks = [
            subprocess.Popen(
                [sys.executable, "-m", "bot", "clock"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        try:
            assert slack.wait_for(lambda: slack.ok_calls("chat.postMessage"), timeout=30)
            time.sleep(1.0)
        finally:
            for clock in clocks:
                clock.terminate()  # SIGTERM, as a platform stops a dyno
            logs = [clock.communicate(timeout=20)[1] for clock in clocks]
        # each stopped in order: a running tick finished, nothing killed mid-post
        assert all(clock.returncode == 0 for clock in clocks), logs
        assert all("digest clock" in log and "stopped" in log for log in logs), logs
        [post] = slack.ok_calls("chat.postMessage")  # two clock processes, one post
        assert post.params["channel"] == "C0CLOCK" and post.params["text"].startswith("Quiet night")
    runs = DigestStore(open_database(db_url)).runs("C0CLOCK")
    assert [(r.slot_at, r.status) for r in runs] == [(slot, "posted")]
