"""The real app end to end: signed HTTP requests in, calls to a stand-in Slack Web API out."""

from __future__ import annotations

import json
import logging
import time
import urllib.request

import pytest
from conftest import SECRET

from bot.devtools import signed
from bot.devtools.slack_standin import BOT_ID, BOT_USER_ID
from bot.formatter import REMOVE_ACTION_ID

ARTICLE_TEXT = (
    "Greens take Ashford Vale in by-election upset\n\n"
    "The Green Party has won the Ashford Vale by-election, overturning a Conservative majority of more than 9,000.\n\n"
    "Green candidate Maya Okafor took 14,212 votes, a majority of 2,318 over the Conservative candidate, Tom Hartley.\n\n"
    "“Tonight the people of Ashford Vale have said that they are tired of being taken for granted,” Ms Okafor told supporters.\n\n"
    "The Conservative party chairman, Richard Blake, said the result was “disappointing but not surprising”."
)


def section_texts(call) -> str:
    return "\n".join(b["text"]["text"] for b in call.params["blocks"] if b["type"] == "section")


def test_brief_with_pasted_text_acks_then_posts_in_channel(bot) -> None:
    status, body = bot.command(ARTICLE_TEXT)
    assert status == 200
    ack = json.loads(body)
    assert ack["response_type"] == "ephemeral" and ack["text"].startswith("Reading your text…")
    posts = bot.slack.wait_for_calls("chat.postMessage")
    assert len(posts) == 1
    post = posts[0]
    assert post.params["channel"] == "CPOLITICS" and post.params.get("thread_ts") is None
    assert post.params["unfurl_links"] is False and post.params["unfurl_media"] is False
    assert post.params["blocks"][0] == {"type": "header", "text": {"type": "plain_text", "text": "Greens take Ashford Vale in by-election upset", "emoji": False}}
    assert "14,212 votes" in section_texts(post)
    assert post.params["text"].startswith("Brief: Greens take Ashford Vale")
    assert post.headers["authorization"] == "Bearer xoxb-1234-5678-testtoken"


def test_brief_with_two_links_makes_one_merged_brief(bot, site) -> None:
    links = f"<{site.url('/politics/ashford-vale')}> {site.url('/news/ashford-vale-result')}"
    status, body = bot.command(links)
    assert status == 200 and json.loads(body)["text"].startswith("Reading 2 links…")
    posts = bot.slack.wait_for_calls("chat.postMessage")
    time.sleep(0.3)
    assert len(bot.slack.ok_calls("chat.postMessage")) == 1
    texts = section_texts(posts[0])
    assert f"<{site.url('/politics/ashford-vale')}|Greens take Ashford Vale in by-election upset>" in texts
    assert "Ashford Vale by-election: Okafor wins for Greens" in texts
    footer = json.dumps(posts[0].params["blocks"])
    assert "2 sources" in footer
    assert "may not be about the same story" not in footer  # two reports of one by-election


def test_links_to_different_stories_are_briefed_with_a_warning(bot, site) -> None:
    bot.command(f"{site.url('/politics/ashford-vale')} {site.url('/local/council-leader')}")
    post = bot.slack.wait_for_calls("chat.postMessage")[0]
    blocks = post.params["blocks"]
    assert blocks[0]["type"] == "header"
    assert blocks[1]["type"] == "section" and blocks[1]["text"]["text"] == (
        ":warning: *These sources may not be about the same story: [2] shares little with [1]. "
        "Brief them separately if so.*"
    )
    assert "*Key points*" in blocks[2]["text"]["text"]  # the brief is still there
    assert "Warning: These sources may not be about the same story" in post.params["text"]


def test_bare_brief_and_help_answer_with_usage_and_post_nothing(bot) -> None:
    for text in ("", "help"):
        status, body = bot.command(text)
        assert status == 200
        assert "How to use newsbrief" in json.loads(body)["text"]
    time.sleep(0.3)
    assert bot.slack.all_calls("chat.postMessage") == []
    assert bot.slack.all_calls("respond/cmd") == []


def test_mention_in_a_thread_replies_in_that_thread(bot, site) -> None:
    event = signed.mention_event(f"<@{BOT_USER_ID}> <{site.url('/politics/ashford-vale')}>", ts="1700000500.000200", thread_ts="1700000400.000100")
    status, _ = bot.event(event)
    assert status == 200
    posts = bot.slack.wait_for_calls("chat.postMessage")
    assert len(posts) == 1
    assert posts[0].params["thread_ts"] == "1700000400.000100"
    assert "14,212 votes" in section_texts(posts[0])


def test_mention_outside_a_thread_starts_one_under_the_mention(bot) -> None:
    bot.event(signed.mention_event(f"<@{BOT_USER_ID}> {ARTICLE_TEXT}", ts="1700000600.000300"))
    posts = bot.slack.wait_for_calls("chat.postMessage")
    assert posts[0].params["thread_ts"] == "1700000600.000300"


def test_slack_retries_of_an_event_post_only_once(bot) -> None:
    event = signed.mention_event(f"<@{BOT_USER_ID}> {ARTICLE_TEXT}")
    assert bot.event(event, event_id="EvRETRY0001")[0] == 200
    assert bot.event(event, event_id="EvRETRY0001", retry=1)[0] == 200
    assert bot.event(event, event_id="EvRETRY0001", retry=2)[0] == 200
    bot.slack.wait_for_calls("chat.postMessage")
    time.sleep(0.5)
    assert len(bot.slack.all_calls("chat.postMessage")) == 1
    assert bot.event(event, event_id="EvOTHER0002")[0] == 200  # a different event is still handled
    assert len(bot.slack.wait_for_calls("chat.postMessage", 2)) == 2


def test_messages_from_bots_are_ignored(bot) -> None:
    event = signed.mention_event(f"<@{BOT_USER_ID}> {ARTICLE_TEXT}")
    bot.event(event | {"bot_id": "BOTHER", "subtype": "bot_message"})
    bot.event(event | {"bot_id": BOT_ID, "user": BOT_USER_ID})
    time.sleep(0.5)
    assert bot.slack.all_calls("chat.postMessage") == []


def test_forged_signature_is_rejected(bot) -> None:
    body = signed.slash_command_body(ARTICLE_TEXT)
    headers = signed.signed_headers("not-the-real-secret-000", body)
    status, _ = signed.post(bot.url, body, headers)
    assert status == 401
    tampered = signed.signed_headers(SECRET, body)
    status, _ = signed.post(bot.url, body.replace("CPOLITICS", "CSECRETS"), tampered)
    assert status == 401
    time.sleep(0.2)
    assert bot.slack.all_calls("chat.postMessage") == []


def test_stale_timestamp_is_rejected(bot) -> None:
    body = signed.slash_command_body(ARTICLE_TEXT)
    headers = signed.signed_headers(SECRET, body, timestamp=int(time.time()) - 60 * 10)
    assert signed.post(bot.url, body, headers)[0] == 401


def test_channel_ping_in_an_article_arrives_escaped(bot, site) -> None:
    bot.command(site.url("/local/council-leader"))
    post = bot.slack.wait_for_calls("chat.postMessage")[0]
    dumped = json.dumps(post.params["blocks"]) + post.params["text"]
    assert "&lt;!channel&gt;" in dumped
    assert "<!channel>" not in dumped and "<http://evil" not in dumped and "<@U0ADMIN>" not in dumped


def test_paywalled_link_gets_a_polite_private_reply(bot, site) -> None:
    bot.command(site.url("/business/budget-plans"))
    replies = bot.slack.wait_for_calls("respond/cmd")
    assert len(replies) == 1
    assert replies[0].params["response_type"] == "ephemeral"
    assert replies[0].params["text"] == "I couldn't read that page — it looks paywalled. Paste the text with `/brief` instead."
    assert bot.slack.all_calls("chat.postMessage") == []


def test_unbriefable_text_and_pages_get_the_shared_wording(bot, site) -> None:
    from summariser import messages

    bot.command("asdf qwer zxcv hjkl uiop", response="noise")
    bot.command(site.url("/politics"), response="index")  # a section front, not an article
    noise = bot.slack.wait_for_calls("respond/noise")[0].params
    index = bot.slack.wait_for_calls("respond/index")[0].params
    assert noise["response_type"] == "ephemeral" and noise["text"] == messages.NO_SENTENCES
    assert index["text"] == messages.NO_ARTICLE + " " + messages.PASTE_IN_SLACK
    assert bot.slack.all_calls("chat.postMessage") == []


def test_mention_with_a_missing_page_is_answered_in_the_thread(bot, site) -> None:
    bot.event(signed.mention_event(f"<@{BOT_USER_ID}> <{site.url('/missing')}>", ts="1700000700.000100"))
    post = bot.slack.wait_for_calls("chat.postMessage")[0]
    assert post.params["thread_ts"] == "1700000700.000100"
    assert "404" in post.params["text"] and "is the link complete?" in post.params["text"]


def test_refused_address_is_answered_politely(bot) -> None:
    bot.command("http://169.254.169.254/latest/meta-data/")
    reply = bot.slack.wait_for_calls("respond/cmd")[0]
    assert reply.params["text"] == "I don't read links that point at private or internal network addresses."


def test_partial_failures_are_noted_on_the_brief(bot, site) -> None:
    bot.command(f"{site.url('/politics/ashford-vale')} {site.url('/report.pdf')}")
    post = bot.slack.wait_for_calls("chat.postMessage")[0]
    context = [b for b in post.params["blocks"] if b["type"] == "context"][0]
    assert any("That link is a PDF" in e["text"] for e in context["elements"])


def test_a_slow_site_does_not_hold_up_other_requests(bot, site) -> None:
    bot.command(site.url("/drip"), response="slow")  # trickles bytes until its 3 s total limit
    bot.command(ARTICLE_TEXT, response="fast")
    post = bot.slack.wait_for_calls("chat.postMessage")[0]
    reply = bot.slack.wait_for_calls("respond/slow")[0]
    assert "took too long" in reply.params["text"]
    assert post.at < reply.at  # the pasted text was briefed while the slow site was still being read


def test_listener_failure_apologises_with_a_logged_reference(bot_factory, caplog) -> None:
    def broken(*sources, sentences=4):
        raise RuntimeError("summariser exploded")

    running = bot_factory(summarise_fn=broken)
    running.event(signed.mention_event(f"<@{BOT_USER_ID}> {ARTICLE_TEXT}", ts="1700000800.000100"))
    post = running.slack.wait_for_calls("chat.postMessage")[0]
    assert post.params["thread_ts"] == "1700000800.000100"
    text = post.params["text"]
    assert text.startswith("Sorry — something went wrong")
    ref = text.split("ref `")[1].split("`")[0]
    errors = [r for r in caplog.records if r.levelno == logging.ERROR and ref in r.getMessage()]
    assert errors and "summariser exploded" in (errors[0].exc_text or str(errors[0].exc_info))


def test_rate_limited_posts_are_retried_not_lost(bot) -> None:
    bot.slack.fail_next("chat.postMessage", status=429, count=2)
    bot.command(ARTICLE_TEXT)
    bot.slack.wait_for_calls("chat.postMessage", timeout=15)
    attempts = bot.slack.all_calls("chat.postMessage")
    assert [c.status for c in attempts] == [429, 429, 200]


def test_server_errors_are_retried(bot) -> None:
    bot.slack.fail_next("chat.postMessage", status=503, count=1)
    bot.command(ARTICLE_TEXT)
    bot.slack.wait_for_calls("chat.postMessage", timeout=15)
    assert [c.status for c in bot.slack.all_calls("chat.postMessage")] == [503, 200]


def test_private_channel_without_the_bot_falls_back_to_response_url(bot) -> None:
    bot.slack.fail_next("chat.postMessage", status=200, error="channel_not_found")
    bot.command(ARTICLE_TEXT)
    reply = bot.slack.wait_for_calls("respond/cmd")[0]
    assert reply.params["response_type"] == "in_channel"
    assert reply.params["blocks"][0]["type"] == "header"


def test_remove_button_only_works_for_the_requester(bot) -> None:
    def click(user: str) -> int:
        body = signed.block_action_body(REMOVE_ACTION_ID, "UREPORTER", user=user, channel="CPOLITICS",
                                        message_ts="1700000900.000100", response_url=bot.slack.response_url("action"))
        return signed.post(bot.url, body, signed.signed_headers(SECRET, body))[0]

    assert click("USOMEONEELSE") == 200
    refusal = bot.slack.wait_for_calls("respond/action")[0]
    assert "Only <@UREPORTER>" in refusal.params["text"]
    assert bot.slack.all_calls("chat.delete") == []
    assert click("UREPORTER") == 200
    deleted = bot.slack.wait_for_calls("chat.delete")[0]
    assert (deleted.params["channel"], deleted.params["ts"]) == ("CPOLITICS", "1700000900.000100")


def test_healthz_and_unknown_paths(bot) -> None:
    base = bot.url.rsplit("/slack/events", 1)[0]
    with urllib.request.urlopen(base + "/healthz", timeout=5) as response:
        assert response.status == 200 and response.read() == b"ok\n"
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(base + "/admin", timeout=5)
    assert info.value.code == 404


def test_bare_mention_gets_usage_in_the_thread(bot) -> None:
    bot.event(signed.mention_event(f"<@{BOT_USER_ID}>", ts="1700001000.000100"))
    post = bot.slack.wait_for_calls("chat.postMessage")[0]
    assert post.params["thread_ts"] == "1700001000.000100"
    assert "How to use newsbrief" in post.params["text"]


def test_an_error_after_the_brief_was_posted_does_not_add_an_apology(bot_factory, slack_api, caplog) -> None:
    from bot.briefing import PostNewBrief

    class PostsThenFails:
        def deliver(self, outcome, message, respond=None):
            PostNewBrief(running.app.client).deliver(outcome, message, respond)
            raise RuntimeError("bookkeeping after the post failed")

    running = bot_factory(delivery=PostsThenFails())
    running.command(ARTICLE_TEXT)
    slack_api.wait_for_calls("chat.postMessage")
    assert slack_api.wait_for(lambda: any("already been answered" in r.getMessage() for r in caplog.records), 5)
    assert len(slack_api.all_calls("chat.postMessage")) == 1
    assert slack_api.all_calls("respond/cmd") == []
