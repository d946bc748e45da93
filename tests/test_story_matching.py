from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.stories import StoryIndex, StoryMatcher, extract_features
from summariser.story_match.tokens import numbers, person_keys

EXAMPLE = Path(__file__).resolve().parents[1] / "summariser" / "example"


def _seed(n: int):
    title, _, body = (
        (EXAMPLE / f"hartlepool-{n}.txt").read_text(encoding="utf-8").strip().partition("\n")
    )
    return title.strip(), body.strip()


# Two reports from one BBC politics week that share a topic, not an event:
# the Tories' ID cards decision vs the home secretary's later ID cards vote.
TORY_ID_CARDS = (
    "Tory backing for ID cards",
    "The Tories are to back controversial government plans to introduce ID cards.\n"
    "The shadow cabinet revealed its support ahead of next week's Commons vote on a bill "
    "to introduce compulsory ID. The decision follows a meeting of the shadow cabinet.",
)
MATERNITY = (
    "Labour plans maternity pay rise",
    "Maternity pay for new mothers is to rise by £1,400 as part of new proposals announced by "
    "the Trade and Industry Secretary Patricia Hewitt.\nIt would mean paid leave would be "
    "increased to nine months by 2007, Ms Hewitt told GMTV's Sunday programme.",
)


def test_the_two_seed_reports_are_one_story():
    (t1, b1), (t2, b2) = _seed(1), _seed(2)
    a = extract_features(b1, t1, ["Jim McMahon", "Keir Starmer"])
    b = extract_features(b2, t2, ["Jim McMahon", "Keir Starmer"])
    score = StoryMatcher().score(a, b)
    assert score.same
    assert score.shared_people == 2
    assert "3595" in a.numbers & b.numbers


def test_unrelated_political_stories_are_not_joined_to_the_seeds():
    t1, b1 = _seed(1)
    seed = extract_features(b1, t1)
    for title, body in (TORY_ID_CARDS, MATERNITY):
        assert not StoryMatcher().score(seed, extract_features(body, title)).same


def test_index_joins_the_second_seed_and_respects_the_window():
    (t1, b1), (t2, b2) = _seed(1), _seed(2)
    t0 = datetime(2021, 5, 7, 2, 0, tzinfo=UTC)
    index = StoryIndex()
    index.add(7, extract_features(*reversed(MATERNITY)), t0)
    people = ["Jim McMahon", "Keir Starmer"]  # as each seed's brief names them
    index.add(9, extract_features(b1, t1, people), t0)
    found = index.best(extract_features(b2, t2, people))
    assert found is not None and found[0] == 9
    assert index.best(extract_features(b2, t2, people), since=t0 + timedelta(hours=1)) is None
    assert index.best(extract_features(*reversed(TORY_ID_CARDS))) is None


def test_distinctive_numbers_leave_out_years_and_small_counts():
    text = "A majority of 3,595 in 2019; turnout 42.55%; 12 seats; £1,400 more; 5 per cent."
    assert numbers(text) == {"3595", "42.55%", "1400", "5%"}


def test_people_are_compared_by_surname():
    assert person_keys(["Keir Starmer", "Mr Starmer", "Jim McMahon"]) == {"starmer", "mcmahon"}
