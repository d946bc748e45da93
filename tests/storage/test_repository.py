from datetime import UTC, datetime, timedelta

from sqlalchemy import inspect

from bot.storage import Repository, open_database
from bot.storage.migrations import MIGRATIONS, migrate
from bot.storage.repository import canonical_url

T0 = datetime(2026, 5, 7, 6, 0, tzinfo=UTC)


def test_schema_is_created_versioned_and_migrating_again_is_a_no_op(db):
    assert db.schema_version == MIGRATIONS[-1].version
    names = set(inspect(db.engine).get_table_names())
    assert {
        "articles",
        "stories",
        "story_articles",
        "brief_messages",
        "digest_schedules",
        "digest_runs",
        "seen_events",
        "schema_version",
    } <= names
    assert migrate(db.engine) == db.schema_version


def test_restart_keeps_articles_stories_and_messages(db_url):
    first = open_database(db_url)
    repo = Repository(first)
    article, new = repo.add_article(
        "Labour concedes Hartlepool.",
        url="https://example.com/a?utm_source=x",
        title="Hartlepool",
        site="example.com",
        now=T0,
    )
    assert new
    story = repo.create_story(
        "C1", article.id, headline="Labour concedes Hartlepool", people=["Jim McMahon"], now=T0
    )
    repo.record_brief_message(story.id, "C1", "1700000000.000100", '{"headline": "x"}', now=T0)
    first.dispose()

    second = open_database(db_url)  # a new process, as far as the database can tell
    repo2 = Repository(second)
    again, new_again = repo2.add_article("different text", url="http://www.example.com/a/", now=T0)
    assert not new_again and again.id == article.id
    kept = repo2.get_story(story.id)
    assert kept is not None and kept.headline == "Labour concedes Hartlepool"
    assert kept.created_at == T0 and kept.source_count == 1
    assert [a.id for a in repo2.story_articles(story.id)] == [article.id]
    assert repo2.brief_message(story.id, "C1").ts == "1700000000.000100"
    assert repo2.active_stories("C1", T0 - timedelta(hours=48)) == {story.id: (1, T0)}
    assert repo2.story_article_ids([story.id]) == [(story.id, article.id)]
    [cand] = repo2.candidate_articles("C1", [article.id])
    assert (cand.story_id, cand.text, cand.title, cand.people) == (
        story.id,
        "Labour concedes Hartlepool.",
        "Hartlepool",
        ("Jim McMahon",),
    )
    assert repo2.active_stories("C1", T0 + timedelta(seconds=1)) == {}
    second.dispose()


def test_same_pasted_text_is_the_same_article_but_urls_are_compared_canonically(db):
    repo = Repository(db)
    a, _ = repo.add_article("Some  text\nhere", now=T0)
    b, new = repo.add_article("Some text here", now=T0)
    assert not new and b.id == a.id
    c, new = repo.add_article("Some text here", url="https://example.com/x", now=T0)
    assert new and c.id != a.id


def test_adding_an_article_twice_to_a_story_counts_it_once(db):
    repo = Repository(db)
    a, _ = repo.add_article("one", url="https://e.com/1", now=T0)
    b, _ = repo.add_article("two", url="https://e.com/2", now=T0)
    story = repo.create_story("C1", a.id, now=T0)
    later = T0 + timedelta(hours=1)
    assert repo.add_to_story(story.id, b.id, now=later).source_count == 2
    again = repo.add_to_story(story.id, b.id, now=later)
    assert again.source_count == 2 and again.updated_at == later


def test_stories_between_orders_most_covered_then_most_recent(db):
    repo = Repository(db)
    ids = []
    for i in range(4):
        art, _ = repo.add_article(f"text {i}", url=f"https://e.com/{i}", now=T0)
        ids.append(
            repo.create_story("C1", art.id, headline=f"s{i}", now=T0 + timedelta(minutes=i)).id
        )
    extra, _ = repo.add_article("extra", url="https://e.com/extra", now=T0)
    repo.add_to_story(ids[0], extra.id, now=T0 + timedelta(minutes=1, seconds=30))
    other, _ = repo.add_article("other channel", url="https://e.com/o", now=T0)
    repo.create_story("C2", other.id, now=T0)
    got = [s.headline for s in repo.stories_between("C1", T0, T0 + timedelta(hours=1))]
    assert got == ["s0", "s3", "s2", "s1"]
    assert repo.count_stories_between("C1", T0 + timedelta(minutes=2), T0 + timedelta(hours=1)) == 2


def test_canonical_url_ignores_tracking_scheme_www_and_fragment():
    assert (
        canonical_url("HTTP://WWW.Example.com/news/a/?utm_source=tw&id=3#top")
        == "https://example.com/news/a?id=3"
    )
    assert canonical_url("https://example.com/news/a?id=3") == "https://example.com/news/a?id=3"
    assert canonical_url("https://example.com/news/a?id=4") != canonical_url(
        "https://example.com/news/a?id=3"
    )
    assert canonical_url(None) is None and canonical_url("  ") is None


def test_a_story_that_grew_after_the_period_still_counts_for_it(db):
    repo = Repository(db)
    first, _ = repo.add_article("first", url="https://e.com/first", now=T0)
    story = repo.create_story("C1", first.id, headline="grows", now=T0 + timedelta(hours=1))
    later, _ = repo.add_article("later", url="https://e.com/later", now=T0)
    repo.add_to_story(story.id, later.id, now=T0 + timedelta(hours=30))
    period = (T0, T0 + timedelta(hours=24))
    assert [s.id for s in repo.stories_between("C1", *period)] == [story.id]
    assert repo.count_stories_between("C1", *period) == 1
    assert repo.stories_between("C1", T0 + timedelta(hours=2), T0 + timedelta(hours=20)) == []


def test_processes_starting_together_migrate_a_fresh_database_once(db_url):
    import threading

    barrier = threading.Barrier(4)
    versions: list[int] = []
    errors: list[BaseException] = []

    def start() -> None:
        try:
            barrier.wait(10)
            database = open_database(db_url)
            versions.append(database.schema_version)
            database.dispose()
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == [] and versions == [MIGRATIONS[-1].version] * 4
    check = open_database(db_url)
    with check.engine.connect() as conn:
        from sqlalchemy import text

        rows = conn.execute(text("select version from schema_version")).all()
    assert [r[0] for r in rows] == [m.version for m in MIGRATIONS]
    check.dispose()
