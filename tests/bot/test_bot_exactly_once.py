"""Never a lost or duplicated post: chat.postMessage failures where Slack may or may not have
posted, through the real app (signed requests in) and the Slack stand-in (messages kept per
channel and thread, with their metadata)."""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

import pytest
from conftest import make_settings
from slack_sdk.errors import SlackApiError
from test_bot_app import ARTICLE_TEXT

from bot.app import build_client
from bot.devtools import signed
from bot.devtools.slack_standin import BOT_USER_ID, DROP
from bot.posting import POST_EVENT_TYPE
from bot.storage import open_database

EXAMPLE = Path(__file__).resolve().parents[2] / "summariser" / "example"


def statuses(slack, method: str = "chat.postMessage") -> list[int]:
    return [c.status for c in slack.all_calls(method)]


def post_ids(slack) -> list[str]:
    return [c.params["metadata"]["event_payload"]["post_id"] for c in slack.all_calls("chat.postMessage")]


def wait_for_log(slack, caplog, fragment: str, timeout: float = 20.0) -> None:
    assert slack.wait_for(lambda: any(fragment in r.getMessage() for r in caplog.records), timeout), fragment


def briefs_in(slack, channel: str = "CPOLITICS", thread_ts: str | None = None) -> list[dict]:
    return [m for m in slack.messages(channel, thread_ts) if "Greens take Ashford Vale" in (m.get("text") or "")]


def test_every_post_carries_metadata_with_its_own_post_id(bot) -> None:
    bot.command(ARTICLE_TEXT)
    [post] = bot.slack.wait_for_calls("chat.postMessage")
    metadata = post.params["metadata"]
    assert metadata["event_type"] == POST_EVENT_TYPE
    assert re.fullmatch(r"[0-9a-f]{32}", metadata["event_payload"]["post_id"])
    bot.command(ARTICLE_TEXT.replace("Tom Hartley", "Tom Hartly"), channel="COTHER")
    bot.slack.wait_for_calls("chat.postMessage", 2)
    assert len(set(post_ids(bot.slack))) == 2
    # the stand-in shows metadata only to readers asking for it, as Slack does
    [stored] = bot.slack.messages("CPOLITICS")
    assert stored["metadata"] == metadata


def test_500_after_the_post_landed_leaves_exactly_one_brief(bot, caplog) -> None:
    bot.slack.fail_next("chat.postMessage", status=500, after_post=True)
    bot.command(ARTICLE_TEXT)
    wait_for_log(bot.slack, caplog, "had landed despite the error")
    wait_for_log(bot.slack, caplog, "posted PostedMessage")
    time.sleep(0.3)
    assert statuses(bot.slack) == [500]  # never sent again
    [read] = bot.slack.all_calls("conversations.history")
    assert read.params["channel"] == "CPOLITICS" and read.params["include_all_metadata"] in ("1", "true", True)
    [brief] = briefs_in(bot.slack)
    # the brief found is the one remembered for the story (its permalink was asked for)
    [permalink] = bot.slack.wait_for_calls("chat.getPermalink")
    assert permalink.params["message_ts"] == brief["ts"]
    assert not [c for c in bot.slack.all_calls("respond/cmd") if "Sorry" in c.params.get("text", "")]


def test_500_before_the_post_is_posted_once_on_retry_with_the_same_post_id(bot, caplog) -> None:
    bot.slack.fail_next("chat.postMessage", status=500)
    bot.command(ARTICLE_TEXT)
    bot.slack.wait_for_calls("chat.postMessage", timeout=15)
    wait_for_log(bot.slack, caplog, "posted PostedMessage")
    time.sleep(0.3)
    assert statuses(bot.slack) == [500, 200]
    assert len(bot.slack.all_calls("conversations.history")) == 1  # looked before posting again
    first, second = post_ids(bot.slack)
    assert first == second
    assert len(briefs_in(bot.slack)) == 1


def test_dropped_connection_after_the_post_leaves_exactly_one_brief(bot, caplog) -> None:
    bot.slack.fail_next("chat.postMessage", status=DROP, after_post=True)
    bot.command(ARTICLE_TEXT)
    wait_for_log(bot.slack, caplog, "had landed despite the error")
    time.sleep(0.3)
    assert statuses(bot.slack) == [DROP]
    assert len(briefs_in(bot.slack)) == 1


def test_dropped_connection_before_the_post_is_posted_once(bot, caplog) -> None:
    bot.slack.fail_next("chat.postMessage", status=DROP)
    bot.command(ARTICLE_TEXT)
    bot.slack.wait_for_calls("chat.postMessage", timeout=15)
    time.sleep(0.3)
    assert statuses(bot.slack) == [DROP, 200]
    assert len(briefs_in(bot.slack)) == 1


def test_fatal_error_answer_after_posting_is_not_posted_twice(bot, caplog) -> None:
    # Slack's docs: after fatal_error/internal_error "some aspect of the operation" may have succeeded
    bot.slack.fail_next("chat.postMessage", status=200, error="fatal_error", after_post=True)
    bot.command(ARTICLE_TEXT)
    wait_for_log(bot.slack, caplog, "had landed despite the error")
    time.sleep(0.3)
    assert statuses(bot.slack) == [200]  # the one ok=false answer
    assert len(briefs_in(bot.slack)) == 1


def test_repeated_server_errors_end_in_one_polite_apology_and_no_brief(bot, caplog) -> None:
    bot.slack.fail_next("chat.postMessage", status=503, count=10)
    bot.command(ARTICLE_TEXT)
    assert bot.slack.wait_for(
        lambda: any("Sorry" in c.params.get("text", "") for c in bot.slack.all_calls("respond/cmd")), 20
    )
    time.sleep(0.3)
    assert statuses(bot.slack) == [503, 503, 503]  # bounded
    assert len(set(post_ids(bot.slack))) == 1
    assert len(bot.slack.all_calls("conversations.history")) == 3  # looked after each
    assert bot.slack.messages("CPOLITICS") == []
    [apology] = bot.slack.all_calls("respond/cmd")
    text = apology.params["text"]
    assert apology.params["response_type"] == "ephemeral"
    assert re.fullmatch(r"Sorry — something went wrong while making that brief\. \(ref `[0-9a-f]{10}`\)", text)
    assert "Traceback" not in text and "SlackApiError" not in text


def test_repeated_5xx_after_the_first_post_landed_is_still_one_brief(bot, caplog) -> None:
    bot.slack.fail_next("chat.postMessage", status=500, after_post=True)
    bot.slack.fail_next("chat.postMessage", status=500, count=5)  # would fail any resend
    bot.command(ARTICLE_TEXT)
    wait_for_log(bot.slack, caplog, "had landed despite the error")
    time.sleep(0.3)
    assert statuses(bot.slack) == [500]
    assert len(briefs_in(bot.slack)) == 1
    assert not [c for c in bot.slack.all_calls("respond/cmd") if "Sorry" in c.params.get("text", "")]


def test_unreadable_channel_after_an_uncertain_post_never_posts_again(bot, caplog) -> None:
    """An app not reinstalled with the history scopes cannot look: a second post could be a
    duplicate, so it stops (the post did land here; the requester gets the apology privately)."""
    bot.slack.fail_next("chat.postMessage", status=500, after_post=True)
    bot.slack.fail_next("conversations.history", status=200, error="missing_scope")
    bot.command(ARTICLE_TEXT)
    wait_for_log(bot.slack, caplog, "cannot check whether post")
    assert bot.slack.wait_for(
        lambda: any("Sorry" in c.params.get("text", "") for c in bot.slack.all_calls("respond/cmd")), 10
    )
    time.sleep(0.3)
    assert statuses(bot.slack) == [500]
    assert len(briefs_in(bot.slack)) == 1
    assert any("channels:history" in r.getMessage() for r in caplog.records if r.levelno == logging.ERROR)


def test_mention_in_a_thread_after_500_looks_in_the_thread_and_replies_once(bot, caplog) -> None:
    thread = "1700000400.000100"
    bot.slack.fail_next("chat.postMessage", status=500, after_post=True)
    bot.event(signed.mention_event(f"<@{BOT_USER_ID}> {ARTICLE_TEXT}", ts="1700000500.000200", thread_ts=thread))
    wait_for_log(bot.slack, caplog, "had landed despite the error")
    time.sleep(0.3)
    assert statuses(bot.slack) == [500]
    [read] = bot.slack.all_calls("conversations.replies")
    assert read.params["ts"] == thread and read.params["channel"] == "CPOLITICS"
    assert bot.slack.all_calls("conversations.history") == []
    assert len(briefs_in(bot.slack, thread_ts=thread)) == 1
    assert briefs_in(bot.slack) == []  # nothing at the channel's top level


def test_living_brief_thread_reply_after_500_is_posted_once(bot_factory, tmp_path, caplog) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'living.db'}")
    bot = bot_factory(database=database)
    bot.command((EXAMPLE / "hartlepool-1.txt").read_text(encoding="utf-8"))
    [first] = bot.slack.wait_for_calls("chat.postMessage")
    original = bot.slack.messages("CPOLITICS")[0]["ts"]
    assert bot.slack.wait_for(lambda: bot.slack.ok_calls("chat.getPermalink"))

    bot.slack.fail_next("chat.postMessage", status=500, after_post=True)
    bot.slack.fail_next("chat.update", status=500)  # chat.update is idempotent: slack_sdk retries it
    bot.command((EXAMPLE / "hartlepool-2.txt").read_text(encoding="utf-8"))
    assert bot.slack.wait_for_calls("chat.update", 1, timeout=30)
    wait_for_log(bot.slack, caplog, "had landed despite the error")
    time.sleep(0.3)
    assert statuses(bot.slack) == [200, 500]
    assert statuses(bot.slack, "chat.update") == [500, 200]
    [read] = bot.slack.all_calls("conversations.replies")
    assert read.params["ts"] == original
    [reply] = bot.slack.messages("CPOLITICS", original)
    assert "now 2 sources" in reply["text"] or "2 sources" in str(reply["blocks"])
    assert len(bot.slack.messages("CPOLITICS")) == 1  # the brief, updated in place
    database.dispose()


def test_the_bot_client_retries_5xx_for_updates_but_never_blindly_for_posts(slack_api) -> None:
    client = build_client(make_settings(slack_api.api_url))
    slack_api.fail_next("chat.update", status=500)
    client.chat_update(channel="CPOLITICS", ts="1700000001.000100", text="updated")
    assert statuses(slack_api, "chat.update") == [500, 200]
    slack_api.fail_next("chat.postMessage", status=500, after_post=True)
    with pytest.raises(SlackApiError):
        client.chat_postMessage(channel="CPOLITICS", text="hello")
    slack_api.fail_next("chat.postMessage", status=DROP, after_post=True)
    with pytest.raises(OSError):
        client.chat_postMessage(channel="CPOLITICS", text="hello again")
    assert statuses(slack_api) == [500, DROP]
    slack_api.fail_next("chat.postMessage", status=429)  # 429: not posted, so retried
    client.chat_postMessage(channel="CPOLITICS", text="third")
    assert statuses(slack_api) == [500, DROP, 429, 200]
    assert [m["text"] for m in slack_api.messages("CPOLITICS")] == ["hello", "hello again", "third"]
