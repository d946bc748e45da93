import json
import multiprocessing
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from standin_helpers import client_for, posted, race_ticks

from bot.digest import DigestOptions
from bot.scheduler import DigestPoster, DigestScheduler, SchedulerOptions
from bot.storage import DigestStore, Repository, open_database
from bot.storage.digest_store import POSTED, SKIPPED

LONDON = ZoneInfo("Europe/London")


def _scheduler(db, client, name="test", quiet="post", default_tz="Europe/London"):
    return DigestScheduler(
        DigestStore(db),
        DigestPoster(client, Repository(db), DigestOptions(quiet=quiet)),
        SchedulerOptions(default_timezone=default_tz),
        name=name,
    )


def _story(repo, channel, n, when, sources=1):
    art, _ = repo.add_article(f"Story {n} text.", url=f"https://e.com/{channel}/{n}", now=when)
    story = repo.create_story(
        channel, art.id, headline=f"Headline {n}", key_sentence=f"Key {n}.", now=when
    )
    for i in range(1, sources):
        extra, _ = repo.add_article(
            f"Story {n} source {i}.", url=f"https://e.com/{channel}/{n}/{i}", now=when
        )
        repo.add_to_story(story.id, extra.id, now=when)
    repo.record_brief_message(
        story.id,
        channel,
        f"1700000000.{n:06d}",
        json.dumps({"headline": f"Headline {n}"}),
        now=when,
    )
    return story


def test_a_week_across_the_dst_change_posts_at_0730_local_every_day(db, slack_api):
    store = DigestStore(db)
    created = datetime(2026, 10, 21, 12, 0, tzinfo=UTC)  # DST ends Sunday 25 October 2026
    store.set_schedule("C1", "daily", ["07:30"], timezone="Europe/London", now=created)
    sched = _scheduler(db, client_for(slack_api))
    now = created
    end = datetime(2026, 10, 29, 12, 0, tzinfo=UTC)
    while now < end:  # a tick every 10 minutes, as a clock process would (more coarsely)
        sched.tick(now)
        now += timedelta(minutes=10)
    runs = store.runs("C1")
    assert all(r.status == POSTED for r in runs)
    local = [r.slot_at.astimezone(LONDON) for r in runs]
    assert [(d.day, d.hour, d.minute) for d in local] == [(day, 7, 30) for day in range(22, 30)]
    utc_hours = [r.slot_at.hour for r in runs]
    assert utc_hours == [6, 6, 6, 7, 7, 7, 7, 7]  # BST to Saturday 24th, GMT from Sunday 25th
    assert len(posted(slack_api)) == 8
    # posted within one tick of the slot
    assert all(r.claimed_at - r.slot_at < timedelta(minutes=10) for r in runs)


def test_weekday_schedule_skips_the_weekend_and_covers_it_on_monday(db, slack_api):
    repo, store = Repository(db), DigestStore(db)
    store.set_schedule(
        "C1",
        "weekdays",
        ["07:30", "18:00"],
        timezone="Europe/London",
        now=datetime(2026, 10, 23, 12, 0, tzinfo=UTC),
    )
    _story(repo, "C1", 1, datetime(2026, 10, 24, 10, 0, tzinfo=UTC), sources=1)  # Saturday
    _story(repo, "C1", 2, datetime(2026, 10, 25, 10, 0, tzinfo=UTC), sources=3)  # Sunday
    sched = _scheduler(db, client_for(slack_api))
    for hours in range(0, 24 * 4):
        sched.tick(datetime(2026, 10, 23, 12, 5, tzinfo=UTC) + timedelta(hours=hours))
    local = [
        (r.slot_at.astimezone(LONDON).strftime("%a %H:%M"), r.status) for r in store.runs("C1")
    ]
    assert local == [
        ("Fri 18:00", POSTED),
        ("Mon 07:30", POSTED),
        ("Mon 18:00", POSTED),
        ("Tue 07:30", POSTED),
    ]
    monday = posted(slack_api)[1]
    blocks = json.loads(monday["blocks"]) if isinstance(monday["blocks"], str) else monday["blocks"]
    texts = [b["text"]["text"] for b in blocks if b["type"] == "section"]
    assert texts[0].startswith("*Headline 2*") and "3 sources" in texts[0]
    assert texts[1].startswith("*Headline 1*") and "1 source" in texts[1]
    assert "https://slack.com/archives/C1/p1700000000000002" in texts[0]


def test_missed_slot_within_grace_is_posted_late(db, slack_api):
    store = DigestStore(db)
    store.set_schedule(
        "C1",
        "daily",
        ["07:30"],
        timezone="Europe/London",
        now=datetime(2026, 1, 10, 12, 0, tzinfo=UTC),
    )
    sched = _scheduler(db, client_for(slack_api))
    # down from 07:00 to 09:15: 1 h 45 min late, inside the 2 h grace
    result = sched.tick(datetime(2026, 1, 11, 9, 15, tzinfo=UTC))
    assert result.posted == [("C1", datetime(2026, 1, 11, 7, 30, tzinfo=LONDON))]
    [run] = store.runs("C1")
    assert run.status == POSTED and run.message_ts
    assert len(posted(slack_api)) == 1
    assert sched.tick(datetime(2026, 1, 11, 9, 16, tzinfo=UTC)).posted == []  # once only


def test_missed_slot_beyond_grace_is_skipped_and_logged(db, slack_api, caplog):
    store = DigestStore(db)
    store.set_schedule(
        "C1",
        "daily",
        ["07:30"],
        timezone="Europe/London",
        now=datetime(2026, 1, 10, 12, 0, tzinfo=UTC),
    )
    sched = _scheduler(db, client_for(slack_api))
    with caplog.at_level("WARNING"):
        result = sched.tick(datetime(2026, 1, 11, 9, 31, tzinfo=UTC))  # 2 h 1 min late
    assert result.posted == [] and len(result.skipped) == 1
    [run] = store.runs("C1")
    assert run.status == SKIPPED and "grace" in run.note
    assert "skipped" in caplog.text and "C1" in caplog.text
    assert posted(slack_api) == []
    # the next day's slot is posted as usual
    assert sched.tick(datetime(2026, 1, 12, 7, 31, tzinfo=UTC)).posted


def test_new_schedule_does_not_post_slots_from_before_it_existed(db, slack_api):
    store = DigestStore(db)
    store.set_schedule(
        "C1", "daily", ["07:30"], timezone="UTC", now=datetime(2026, 1, 11, 8, 0, tzinfo=UTC)
    )
    sched = _scheduler(db, client_for(slack_api))
    assert sched.tick(datetime(2026, 1, 11, 8, 1, tzinfo=UTC)).posted == []
    assert store.runs("C1") == []


def test_quiet_night_posts_one_line_or_nothing(db, slack_api):
    for quiet, expected_posts in (("post", 1), ("skip", 0)):
        channel = f"C{quiet}"
        store = DigestStore(db)
        store.set_schedule(
            channel, "daily", ["07:30"], timezone="UTC", now=datetime(2026, 1, 10, tzinfo=UTC)
        )
        before = len(posted(slack_api))
        _scheduler(db, client_for(slack_api), quiet=quiet).tick(
            datetime(2026, 1, 11, 7, 31, tzinfo=UTC)
        )
        posts = posted(slack_api)[before:]
        assert len(posts) == expected_posts
        assert store.runs(channel)[0].status == POSTED
        if posts:
            assert posts[0]["text"].startswith("Quiet night")


def test_slack_error_marks_the_run_failed_without_retrying(db, slack_api):
    store = DigestStore(db)
    store.set_schedule(
        "C1", "daily", ["07:30"], timezone="UTC", now=datetime(2026, 1, 10, tzinfo=UTC)
    )
    slack_api.fail_next("chat.postMessage", status=200, error="not_in_channel")
    sched = _scheduler(db, client_for(slack_api))
    assert sched.tick(datetime(2026, 1, 11, 7, 31, tzinfo=UTC)).failed
    [run] = store.runs("C1")
    assert run.status == "failed" and run.note == "not_in_channel"
    sched.tick(datetime(2026, 1, 11, 7, 32, tzinfo=UTC))
    # one attempt (answered ok=false), not retried on the next tick
    assert len(slack_api.all_calls("chat.postMessage")) == 1


def test_a_digest_answered_500_after_slack_posted_it_is_posted_once(db, slack_api):
    store = DigestStore(db)
    store.set_schedule(
        "C1", "daily", ["07:30"], timezone="UTC", now=datetime(2026, 1, 10, tzinfo=UTC)
    )
    slack_api.fail_next("chat.postMessage", status=500, after_post=True)
    sched = _scheduler(db, client_for(slack_api))
    assert sched.tick(datetime(2026, 1, 11, 7, 31, tzinfo=UTC)).posted
    [message] = slack_api.messages("C1")
    [run] = store.runs("C1")
    assert run.status == POSTED and run.message_ts == message["ts"]
    assert [c.status for c in slack_api.all_calls("chat.postMessage")] == [500]
    assert len(slack_api.all_calls("conversations.history")) == 1


def _race_worker(db_url: str, base_url: str, barrier, results, name: str) -> None:
    from slack_sdk import WebClient

    db = open_database(db_url)
    client = WebClient(token="xoxb-test", base_url=base_url)
    race_ticks([_scheduler(db, client, name=f"{name}-t{i}") for i in range(2)],
               datetime(2026, 1, 11, 7, 30, 5, tzinfo=UTC), barrier, results)
    db.dispose()


def test_schedulers_racing_in_several_processes_post_the_slot_once(db, db_url, slack_api):
    DigestStore(db).set_schedule(
        "C1", "daily", ["07:30"], timezone="UTC", now=datetime(2026, 1, 10, tzinfo=UTC)
    )
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(6)
    results = ctx.Queue()
    procs = [
        ctx.Process(
            target=_race_worker, args=(db_url, slack_api.api_url, barrier, results, f"p{i}")
        )
        for i in range(3)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(90)
    assert all(p.exitcode == 0 for p in procs)
    wins = sum(results.get(timeout=5) for _ in procs)
    assert wins == 1
    assert len(posted(slack_api)) == 1
    runs = DigestStore(db).runs("C1")
    assert len(runs) == 1 and runs[0].status == POSTED


@pytest.mark.parametrize("tz", ["America/New_York"])
def test_channel_timezone_overrides_the_workspace_default(db, slack_api, tz):
    store = DigestStore(db)
    store.set_schedule("C1", "daily", ["07:30"], timezone=tz, now=datetime(2026, 3, 1, tzinfo=UTC))
    store.set_schedule(
        "C2", "daily", ["07:30"], timezone=None, now=datetime(2026, 3, 1, tzinfo=UTC)
    )
    sched = _scheduler(db, client_for(slack_api), default_tz="Europe/London")
    now = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)
    while now < datetime(2026, 3, 3, tzinfo=UTC):
        sched.tick(now)
        now += timedelta(minutes=15)

    def posted(channel):
        return [r.slot_at for r in store.runs(channel) if r.status == POSTED]

    assert posted("C1") == [datetime(2026, 3, 2, 12, 30, tzinfo=UTC)]  # 07:30 EST
    assert posted("C2") == [datetime(2026, 3, 2, 7, 30, tzinfo=UTC)]  # 07:30 GMT
