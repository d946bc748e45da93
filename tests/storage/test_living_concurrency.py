"""Two new sources for one story arriving at once, on SQLite and PostgreSQL: from two threads
of one process, and from two processes sharing the database. Real storage, real summariser,
the bot's Slack stand-in.

Seed 1 is briefed first. Seed 2 and `tests/fixtures/stories/hartlepool-3.txt` (a third report,
written for these tests, sharing some lines with seed 2 — turnout, the 5.30am declaration, Alex
Norris — and adding its own) then arrive together. Summarising is slowed down so that, without
the story claim, both updates would read the same old brief and both announce the shared lines.
"""

from __future__ import annotations

import json
import multiprocessing
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from slack_sdk import WebClient

from bot.briefing import BriefOutcome, BriefRequest
from bot.formatter import format_brief
from bot.request_text import parse_request
from bot.storage import Repository, open_database
from bot.stories.claims import StoryBusy, StoryClaims
from bot.stories.living import LivingBriefs
from bot.stories.service import StoryService
from summariser import Article, summarise

ROOT = Path(__file__).resolve().parents[2]
SEED_1 = (ROOT / "summariser" / "example" / "hartlepool-1.txt").read_text(encoding="utf-8")
SEED_2 = (ROOT / "summariser" / "example" / "hartlepool-2.txt").read_text(encoding="utf-8")
THIRD = (ROOT / "tests" / "fixtures" / "stories" / "hartlepool-3.txt").read_text(encoding="utf-8")
CHANNEL = "CPOLITICS"
NEW_SOURCES = {
    "two": Article(
        text=SEED_2,
        title="Labour concedes Hartlepool as sources predict huge Tory majority",
        url="https://daily.example/hartlepool-concedes",
        site="The Daily Record",
    ),
    "three": Article(
        text=THIRD.split("\n", 1)[1].strip(),
        title=THIRD.split("\n", 1)[0].strip(),
        url="https://wire.example/hartlepool-tories-on-course",
        site="Wire",
    ),
}


def slow_summarise(*sources, sentences=4):
    time.sleep(0.4)  # widen the window in which two updates overlap
    return summarise(*sources, sentences=sentences)


def outcome_for(source: str | Article, user: str) -> BriefOutcome:
    text = source if isinstance(source, str) else f"<{source.url}>"
    request = BriefRequest(text=text, channel=CHANNEL, user=user, kind="command")
    return BriefOutcome(
        request=request, parsed=parse_request(text), brief=summarise(source), sources=[source]
    )


def living(db, api_url: str) -> LivingBriefs:
    repo = Repository(db)
    client = WebClient(token="xoxb-test-token", base_url=api_url)
    return LivingBriefs(client, repo, StoryService(repo), summarise_fn=slow_summarise)


def deliver(briefs: LivingBriefs, source: str | Article, user: str, notes: list[str]) -> None:
    outcome = outcome_for(source, user)
    assert outcome.brief is not None
    briefs.deliver(outcome, format_brief(outcome.brief), lambda **kw: notes.append(kw["text"]))


def items(call) -> list[str]:
    """The bullet and quote lines of a message's sections: one line per fact, quote or person."""
    lines = []
    for block in call.params.get("blocks") or []:
        if block["type"] == "section":
            lines += [
                line for line in block["text"]["text"].splitlines() if line.startswith(("• ", "> "))
            ]
    return lines


def check_one_update_per_new_thing(slack_api, db) -> None:
    posts = slack_api.ok_calls("chat.postMessage")
    original, replies = posts[0], posts[1:]
    assert original.params.get("thread_ts") is None
    original_ts = slack_api.messages(CHANNEL)[0]["ts"]
    assert replies and all(r.params["thread_ts"] == original_ts for r in replies)
    # each new source is announced by exactly one reply (one reply may announce both, when
    # the first update already read the second source): never a reply with nothing to add
    for source in NEW_SOURCES.values():
        intros = [r for r in replies if source.title in r.params["blocks"][0]["text"]["text"]]
        assert len(intros) == 1, (source.title, [r.params["text"] for r in replies])
    assert len(replies) <= 2
    # no fact, quote or person announced twice, nor one the original brief already gave
    said = [line for r in replies for line in items(r)]
    assert said, "the new sources add facts and quotes"
    assert len(said) == len(set(said)), said
    first = "\n".join(
        b["text"]["text"] for b in original.params["blocks"] if b["type"] == "section"
    )
    assert not [line for line in said if line in first or line[2:].strip("“”*") in first]
    # the brief shows all three sources, as the database does
    last_update = slack_api.ok_calls("chat.update")[-1]
    assert last_update.params["ts"] == original_ts
    assert "3 sources" in last_update.params["text"] + json.dumps(last_update.params["blocks"])
    repo = Repository(db)
    message = repo.brief_message(1, CHANNEL)
    assert len(json.loads(message.brief_json)["sources"]) == 3
    assert repo.get_story(1).source_count == 3 and len(repo.story_articles(1)) == 3
    assert repo.brief_coverage(message.id).article_ids == {a.id for a in repo.story_articles(1)}


def brief_seed_1(briefs: LivingBriefs, slack_api) -> None:
    notes: list[str] = []
    deliver(briefs, SEED_1, "UFIRST", notes)
    assert len(slack_api.ok_calls("chat.postMessage")) == 1 and notes == []


def test_two_threads_adding_sources_to_one_story_say_each_new_thing_once(db, slack_api):
    briefs = living(db, slack_api.api_url)
    brief_seed_1(briefs, slack_api)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []
    notes: list[str] = []

    def reporter(name: str) -> None:
        try:
            barrier.wait(10)
            deliver(briefs, NEW_SOURCES[name], f"U{name.upper()}", notes)
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=reporter, args=(n,)) for n in NEW_SOURCES]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert len(notes) == 2 and all(n.startswith("That joins a story") for n in notes)
    check_one_update_per_new_thing(slack_api, db)


def test_two_first_reports_of_a_new_story_at_once_make_one_brief_and_one_reply(db, slack_api):
    briefs = living(db, slack_api.api_url)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []
    notes: list[str] = []

    def reporter(source: str | Article, user: str) -> None:
        try:
            barrier.wait(10)
            deliver(briefs, source, user, notes)
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [
        threading.Thread(target=reporter, args=(SEED_1, "UONE")),
        threading.Thread(target=reporter, args=(NEW_SOURCES["two"], "UTWO")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    posts = slack_api.ok_calls("chat.postMessage")
    tops = [p for p in posts if p.params.get("thread_ts") is None]
    assert len(tops) == 1, [p.params["text"] for p in posts]  # one brief, not two
    [reply] = [p for p in posts if p.params.get("thread_ts") == slack_api.messages(CHANNEL)[0]["ts"]]
    assert "now 2 sources" in reply.params["text"]
    assert len(notes) == 1 and notes[0].startswith("That joins a story")
    repo = Repository(db)
    assert repo.get_story(1).source_count == 2
    assert len(json.loads(repo.brief_message(1, CHANNEL).brief_json)["sources"]) == 2


def _process_reporter(db_url: str, api_url: str, name: str, barrier, results) -> None:
    try:
        database = open_database(db_url)
        briefs = living(database, api_url)
        notes: list[str] = []
        barrier.wait(30)
        deliver(briefs, NEW_SOURCES[name], f"U{name.upper()}", notes)
        database.dispose()
        results.put((name, "ok", notes))
    except BaseException as exc:  # reported to the parent
        results.put((name, "error", repr(exc)))


def test_two_processes_adding_sources_to_one_story_say_each_new_thing_once(db_url, db, slack_api):
    brief_seed_1(living(db, slack_api.api_url), slack_api)
    db.engine.dispose()  # the children must not inherit this process's connections
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    procs = [
        ctx.Process(
            target=_process_reporter, args=(db_url, slack_api.api_url, name, barrier, results)
        )
        for name in NEW_SOURCES
    ]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
    assert all(status == "ok" for _, status, _ in outcomes), outcomes
    assert all(p.exitcode == 0 for p in procs)
    check_one_update_per_new_thing(slack_api, db)


def test_a_source_that_gave_up_waiting_for_its_story_is_added_when_sent_again(db, slack_api):
    briefs = living(db, slack_api.api_url)
    brief_seed_1(briefs, slack_api)
    repo = Repository(db)
    briefs.claims = StoryClaims(repo, lease=timedelta(seconds=30), wait=0.3)
    assert repo.claim_story(1, "another process", timedelta(seconds=30))
    notes: list[str] = []
    deliver(briefs, NEW_SOURCES["two"], "UTWO", notes)
    assert len(notes) == 1 and "busy being updated" in notes[0]
    assert len(slack_api.ok_calls("chat.postMessage")) == 1 and not slack_api.ok_calls(
        "chat.update"
    )
    assert repo.get_story(1).source_count == 2  # stored in the story, not yet in its brief
    repo.release_story_claim(1, "another process")
    deliver(briefs, NEW_SOURCES["two"], "UTWO", notes)  # the same link again
    [reply] = slack_api.ok_calls("chat.postMessage")[1:]
    assert (
        reply.params["thread_ts"] == slack_api.messages(CHANNEL)[0]["ts"]
        and "now 2 sources" in reply.params["text"]
    )
    assert notes[1].startswith("That joins a story already briefed here")
    deliver(briefs, NEW_SOURCES["two"], "UTWO", notes)  # and again: now it is in the brief
    assert (
        notes[2].startswith("Already briefed") and len(slack_api.ok_calls("chat.postMessage")) == 2
    )


# -- the claim itself --------------------------------------------------------------------


def _story(db) -> int:
    repo = Repository(db)
    article, _ = repo.add_article("Labour concedes Hartlepool.")
    return repo.create_story("C1", article.id).id


def test_a_story_claim_is_exclusive_until_released_or_expired(db):
    repo = Repository(db)
    sid = _story(db)
    lease = timedelta(seconds=30)
    assert repo.claim_story(sid, "a", lease)
    assert not repo.claim_story(sid, "b", lease)
    assert repo.claim_story(sid, "a", lease)  # the holder may take it again
    repo.release_story_claim(sid, "b")  # not b's to release
    assert not repo.claim_story(sid, "b", lease)
    repo.release_story_claim(sid, "a")
    assert repo.claim_story(sid, "b", lease)
    # an expired claim (its holder died) is taken over, and the old holder cannot renew it
    assert repo.claim_story(sid, "c", lease, now=datetime.now(UTC) + timedelta(seconds=31))
    assert not repo.renew_story_claim(sid, "b", lease)
    assert repo.renew_story_claim(sid, "c", lease)


def test_claims_queue_threads_and_give_up_with_story_busy(db):
    repo = Repository(db)
    sid = _story(db)
    claims = StoryClaims(repo, lease=timedelta(seconds=30), wait=0.5)
    inside: list[str] = []
    overlap: list[bool] = []

    def hold(name: str) -> None:
        with claims.hold(sid):
            overlap.append(bool(inside))
            inside.append(name)
            time.sleep(0.1)
            inside.remove(name)

    threads = [threading.Thread(target=hold, args=(f"t{i}",)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert overlap == [False, False, False]
    # held elsewhere (another process, as far as the database can tell): wait, then give up
    assert repo.claim_story(sid, "elsewhere", timedelta(seconds=30))
    started = time.monotonic()
    with pytest.raises(StoryBusy):
        with claims.hold(sid):
            pass
    assert 0.4 <= time.monotonic() - started < 5
    repo.release_story_claim(sid, "elsewhere")
    with claims.hold(sid) as claim:
        assert claim.renew()
