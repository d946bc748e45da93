"""Private replies via response_url go through slack_sdk's retry handlers: a 429 or 5xx never silences them."""

from __future__ import annotations

import logging

PAYWALLED = "I couldn't read that page — it looks paywalled. Paste the text with `/brief` instead."


def test_polite_reply_arrives_once_after_a_429_on_the_response_url(bot, site) -> None:
    bot.slack.fail_next("respond/cmd", status=429)
    bot.command(site.url("/business/budget-plans"))
    assert bot.slack.wait_for(lambda: len(bot.slack.all_calls("respond/cmd")) >= 2)
    attempts = bot.slack.all_calls("respond/cmd")
    assert [c.status for c in attempts] == [429, 200]
    assert attempts[1].params["text"] == PAYWALLED
    assert attempts[1].params["response_type"] == "ephemeral"
    assert bot.slack.all_calls("chat.postMessage") == []


def test_polite_reply_arrives_once_after_a_500_on_the_response_url(bot) -> None:
    bot.slack.fail_next("respond/cmd", status=500)
    bot.command("http://169.254.169.254/latest/meta-data/")
    assert bot.slack.wait_for(lambda: len(bot.slack.all_calls("respond/cmd")) >= 2)
    attempts = bot.slack.all_calls("respond/cmd")
    assert [c.status for c in attempts] == [500, 200]
    assert attempts[1].params["text"] == "I don't read links that point at private or internal network addresses."


def test_a_reply_that_keeps_failing_is_retried_a_bounded_number_of_times_and_logged(bot, caplog) -> None:
    bot.slack.fail_next("respond/cmd", status=500, count=10)
    bot.command("http://169.254.169.254/latest/meta-data/")
    # server_error_retries defaults to 2: one try and two retries, then give up and say so in the log
    assert bot.slack.wait_for(
        lambda: any("reply via response_url failed after retries" in r.getMessage() for r in caplog.records)
    )
    assert [c.status for c in bot.slack.all_calls("respond/cmd")] == [500, 500, 500]
    assert any(r.levelno == logging.ERROR and "HTTP 500" in r.getMessage() for r in caplog.records)
