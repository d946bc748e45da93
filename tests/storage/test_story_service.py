from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.storage import Repository, open_database
from bot.stories.service import ALREADY_BRIEFED, JOINED, NEW_STORY, StoryService

EXAMPLE = Path(__file__).resolve().parents[2] / "summariser" / "example"
T0 = datetime(2021, 5, 7, 2, 0, tzinfo=UTC)
PEOPLE = ["Jim McMahon", "Keir Starmer"]


def _seed(n):
    title, _, body = (
        (EXAMPLE / f"hartlepool-{n}.txt").read_text(encoding="utf-8").strip().partition("\n")
    )
    return body.strip(), title.strip()


MATERNITY = (
    "Maternity pay for new mothers is to rise by £1,400 as part of new proposals announced by "
    "the Trade and Industry Secretary Patricia Hewitt.\nIt would mean paid leave would be "
    "increased to nine months by 2007, Ms Hewitt told GMTV's Sunday programme."
)


def test_the_seeds_become_one_story_and_a_repeated_link_is_already_briefed(db):
    service = StoryService(Repository(db))
    text1, title1 = _seed(1)
    text2, title2 = _seed(2)
    first = service.place("C1", text1, title=title1, people=PEOPLE, now=T0)
    other = service.place("C1", MATERNITY, title="Labour plans maternity pay rise", now=T0)
    second = service.place(
        "C1",
        text2,
        url="http://127.0.0.1:9/hartlepool-2",
        title=title2,
        people=PEOPLE,
        now=T0 + timedelta(minutes=30),
    )
    assert first.kind == NEW_STORY and other.kind == NEW_STORY
    assert second.kind == JOINED and second.story.id == first.story.id
    assert second.story.source_count == 2 and second.score.same
    again = service.place(
        "C1",
        "whatever was fetched this time",
        url="http://127.0.0.1:9/hartlepool-2/",
        now=T0 + timedelta(hours=1),
    )
    assert again.kind == ALREADY_BRIEFED and again.story.id == first.story.id


def test_matching_survives_a_restart_and_a_second_process(db_url):
    text1, title1 = _seed(1)
    text2, title2 = _seed(2)
    db1 = open_database(db_url)
    first = StoryService(Repository(db1)).place("C1", text1, title=title1, people=PEOPLE, now=T0)
    db1.dispose()
    db2 = open_database(db_url)  # fresh process: empty in-memory index
    second = StoryService(Repository(db2)).place(
        "C1", text2, title=title2, people=PEOPLE, now=T0 + timedelta(hours=3)
    )
    assert second.kind == JOINED and second.story.id == first.story.id
    db2.dispose()


def test_stories_are_per_channel_and_expire_after_the_window(db):
    service = StoryService(Repository(db), window=timedelta(hours=48))
    text1, title1 = _seed(1)
    text2, title2 = _seed(2)
    first = service.place("C1", text1, title=title1, people=PEOPLE, now=T0)
    elsewhere = service.place("C2", text2, title=title2, people=PEOPLE, now=T0 + timedelta(hours=1))
    assert elsewhere.kind == NEW_STORY and elsewhere.story.id != first.story.id
    late = service.place("C1", text2, title=title2, people=PEOPLE, now=T0 + timedelta(hours=49))
    assert late.kind == NEW_STORY and late.story.id != first.story.id


def test_placing_from_many_threads_at_once_loses_nothing(db):
    import threading

    service = StoryService(Repository(db))
    errors: list[BaseException] = []
    placed: list = []
    barrier = threading.Barrier(6)

    def brief(i: int) -> None:
        try:
            barrier.wait(10)
            for j in range(3):
                text = f"Report {i}-{j}: council {i} sets budget of {1000 + i * 7 + j} pounds for roads."
                placed.append(service.place("C1", text, url=f"https://e.example/{i}/{j}", now=T0))
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=brief, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == [] and len(placed) == 18
    repo = Repository(db)
    total = sum(s.source_count for s in repo.stories_between("C1", T0, T0 + timedelta(seconds=1)))
    assert total == 18
