import threading
from datetime import UTC, datetime, timedelta

from bot.storage import SeenEvents


def test_first_time_is_true_once_and_pruned_after_a_day(db):
    now = [datetime(2026, 5, 7, 12, 0, tzinfo=UTC)]
    seen = SeenEvents(db, clock=lambda: now[0])
    assert seen.first_time("Ev1")
    assert not seen.first_time("Ev1")
    assert "Ev1" in seen
    now[0] += timedelta(days=1, minutes=1)
    assert seen.prune() == 1
    assert "Ev1" not in seen
    assert seen.first_time("Ev1")


def test_two_processes_worth_of_stores_agree_on_one_winner(db_url):
    from bot.storage import open_database

    dbs = [open_database(db_url) for _ in range(2)]
    stores = [SeenEvents(d) for d in dbs]
    wins: list[bool] = []
    barrier = threading.Barrier(8)

    def race(i: int) -> None:
        barrier.wait()
        wins.append(stores[i % 2].first_time("EvRace"))

    threads = [threading.Thread(target=race, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(wins) == [False] * 7 + [True]
    for d in dbs:
        d.dispose()


def test_an_in_memory_database_is_safe_for_the_bots_threads():
    """DATABASE_URL=sqlite:///:memory: (tests, trying the bot out) is shared by threads without
    mixing their transactions: eight threads racing on one event id give one winner."""
    from bot.storage import open_database

    database = open_database("sqlite:///:memory:")
    seen = SeenEvents(database)
    wins: list[bool] = []
    barrier = threading.Barrier(8)

    def race() -> None:
        barrier.wait()
        wins.append(seen.first_time("EvMemory"))

    threads = [threading.Thread(target=race) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(wins) == [False] * 7 + [True]
    database.dispose()
