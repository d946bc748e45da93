"""Talking to the Slack stand-in from storage tests."""

from __future__ import annotations

from slack_sdk import WebClient

from bot.devtools.slack_standin import SlackStandIn


def client_for(standin: SlackStandIn) -> WebClient:
    return WebClient(token="xoxb-test-token", base_url=standin.api_url)


def posted(standin: SlackStandIn) -> list[dict]:
    """Parameters of each successful chat.postMessage."""
    return [c.params for c in standin.ok_calls("chat.postMessage")]


def race_ticks(schedulers: list, now, barrier, results) -> None:
    """Tick every scheduler at `now` from its own thread, all released together by `barrier`
    (shared with other processes); put how many digests they posted in all on `results`."""
    import threading

    outcome: list[int] = []

    def run(s) -> None:
        barrier.wait(30)
        outcome.append(len(s.tick(now).posted))

    threads = [threading.Thread(target=run, args=(s,)) for s in schedulers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    results.put(sum(outcome))
