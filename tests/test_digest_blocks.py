from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.digest import MAX_BLOCKS, SECTION_LIMIT, Digest, DigestItem, DigestOptions, digest_blocks

END = datetime(2026, 1, 11, 7, 30, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")


def _item(i, headline="Headline", key="Key sentence.", sources=2):
    return DigestItem(
        i, headline, key, sources, END - timedelta(hours=i), f"https://slack.com/archives/C1/p{i}"
    )


def test_each_story_has_headline_key_sentence_source_count_and_thread_link():
    digest = Digest(
        "C1", END - timedelta(days=1), END, [_item(1, "Labour <concedes> & loses")], total=1
    )
    blocks, text = digest_blocks(digest, DigestOptions(), LONDON)
    section = [b.to_dict() for b in blocks if b.type == "section"][0]["text"]["text"]
    assert section.splitlines() == [
        "*Labour &lt;concedes&gt; &amp; loses*",
        "Key sentence.",
        "2 sources · <https://slack.com/archives/C1/p1|see the brief's thread>",
    ]
    assert text == "News digest: 1 story since Sat 10 Jan 07:30"


def test_long_texts_and_many_stories_stay_within_block_kit_limits():
    items = [_item(i, "H" * 5000, "K" * 5000) for i in range(80)]
    digest = Digest("C1", END - timedelta(hours=10), END, items, total=120)
    blocks, _ = digest_blocks(digest, DigestOptions(title="T" * 400), LONDON)
    assert len(blocks) <= MAX_BLOCKS
    for b in blocks:
        b.validate_json()  # slack_sdk raises on any limit
        if b.type == "section":
            assert len(b.text.text) <= SECTION_LIMIT
    assert blocks[-1].to_dict()["elements"][0]["text"].startswith("…and ")


def test_quiet_night_is_one_line_or_nothing():
    quiet = Digest("C1", END - timedelta(hours=10), END)
    blocks, text = digest_blocks(quiet, DigestOptions(quiet="post"), LONDON)
    assert len(blocks) == 1 and text == "Quiet night: no new stories since 21:30."
    assert digest_blocks(quiet, DigestOptions(quiet="skip"), LONDON) == ([], "")
