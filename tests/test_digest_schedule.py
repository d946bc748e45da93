from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.digest_schedule import (
    DigestCommand,
    DigestCommandError,
    Schedule,
    next_slot,
    parse_digest_command,
    previous_slot,
    slots_between,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", DigestCommand("show")),
        ("off", DigestCommand("off")),
        ("NOW", DigestCommand("now")),
        ("daily 07:30", DigestCommand("set", "daily", ("07:30",))),
        ("weekdays 18:00 7:30", DigestCommand("set", "weekdays", ("07:30", "18:00"))),
        ("daily 7.30 Europe/London", DigestCommand("set", "daily", ("07:30",), "Europe/London")),
    ],
)
def test_commands_parse(text, expected):
    assert parse_digest_command(text) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("daily", "at least one time"),
        ("daily 25:00", "not a time"),
        ("daily 07:30 Mars/Olympus", "not a timezone"),
        ("hourly 07:30", "don't know"),
        ("off now", "takes nothing"),
    ],
)
def test_bad_commands_get_a_polite_explanation(text, says):
    with pytest.raises(DigestCommandError, match=says):
        parse_digest_command(text)


def test_spring_forward_keeps_the_wall_clock_time():
    s = Schedule("daily", ("07:30",), "Europe/London")  # BST starts Sunday 29 March 2026
    slots = slots_between(s, datetime(2026, 3, 27, tzinfo=UTC), datetime(2026, 3, 31, tzinfo=UTC))
    local = [x.astimezone(s.zone) for x in slots]
    assert [(x.day, x.hour, x.minute) for x in local] == [
        (27, 7, 30),
        (28, 7, 30),
        (29, 7, 30),
        (30, 7, 30),
    ]
    assert [x.hour for x in slots] == [7, 7, 6, 6]  # slots are UTC


def test_a_wall_time_repeated_by_fall_back_gives_one_slot():
    s = Schedule("daily", ("01:30",), "Europe/London")  # 01:30 happens twice on 27 October 2024
    slots = slots_between(s, datetime(2024, 10, 26, tzinfo=UTC), datetime(2024, 10, 29, tzinfo=UTC))
    assert slots == [
        datetime(2024, 10, 26, 0, 30, tzinfo=UTC),
        datetime(2024, 10, 27, 0, 30, tzinfo=UTC),  # the first 01:30, still BST
        datetime(2024, 10, 28, 1, 30, tzinfo=UTC),
    ]


def test_previous_and_next_slot_around_a_weekend():
    s = Schedule("weekdays", ("07:30", "18:00"), "Europe/London")
    monday = datetime(2026, 10, 26, 7, 30, tzinfo=UTC)  # 07:30 GMT
    assert previous_slot(s, monday).astimezone(UTC) == datetime(2026, 10, 23, 17, 0, tzinfo=UTC)
    assert next_slot(s, monday).astimezone(UTC) == datetime(2026, 10, 26, 18, 0, tzinfo=UTC)


@given(
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    start=st.datetimes(
        min_value=datetime(2024, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
    ),
)
def test_one_slot_per_day_at_the_local_time(hour, minute, start):
    s = Schedule("daily", (f"{hour:02d}:{minute:02d}",), "Europe/London")
    slots = slots_between(s, start, start + timedelta(days=7))
    local = [x.astimezone(s.zone) for x in slots]
    # a week of UTC time holds 6-8 local days' slots around a DST change, never two on one day
    assert 6 <= len(slots) <= 8
    assert len({x.date() for x in local}) == len(slots)
    for x in local:
        # a time skipped by spring-forward fires once, just after the gap (then in summer time)
        assert (x.hour, x.minute) == (hour, minute) or x.dst()
