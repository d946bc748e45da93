"""Block Kit formatting: escaping of article text, and staying inside Slack's limits by trimming."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from slack_sdk.models.blocks import Block

from bot.formatter import MAX_BLOCKS, clip, escape, format_brief, link
from summariser import summarise
from summariser.brief import Brief, Conflict, Line, Person, Quote, SourceInfo


def limits_hold(blocks: list[dict]) -> None:
    assert len(blocks) <= MAX_BLOCKS
    for b in blocks:
        if b["type"] == "header":
            assert len(b["text"]["text"]) <= 150
        if b["type"] == "section":
            assert len(b["text"]["text"]) <= 3000
        if b["type"] == "context":
            assert len(b["elements"]) <= 10
    # slack_sdk's own validators agree (they raise on violations)
    for b in blocks:
        Block.parse(b).validate_json()


def no_live_markup_outside_our_links(blocks: list[dict]) -> None:
    text = json.dumps(blocks)
    assert "<!channel>" not in text and "<!here>" not in text and "<@U" not in text
    for m in re.finditer(r"<([^>]*)>", text):
        assert m.group(1).startswith(("http://", "https://")), m.group(0)


def hostile_brief() -> Brief:
    return Brief(
        headline="Leader resigns <!channel> & <http://evil.example|click>",
        summary=[Line("Report at <http://evil.example/login|the council website> found £18,400 <!here> claims.")],
        quotes=[Quote("I will step aside <@U0ADMIN>", speaker="Daniel <Price>", role="leader & <b>", key=True)],
        people=[Person("Anita <Shah>", role="deputy <!everyone>", party="Lab & Co")],
        facts=[Line("Claims worth £18,400 <!subteam^S1>")],
        conflicts=[Conflict("3,595 <!channel> vs 3,594")],
        sources=[SourceInfo(title="Title <!channel>", url="https://news.example/a?x=1&y=<2>|evil", site="Site <x>")],
    )


def test_article_text_cannot_ping_or_forge_links() -> None:
    message = format_brief(hostile_brief(), notes=["Couldn't read <!channel>"])
    blocks = message.blocks_as_dicts()
    no_live_markup_outside_our_links(blocks)
    dumped = json.dumps(blocks)
    assert "&lt;!channel&gt;" in dumped
    assert "&lt;http://evil.example|click&gt;" in dumped
    assert "<!" not in message.text and "<http" not in message.text
    # the source link we build is live, with its URL made inert
    sources = next(b for b in blocks if b["type"] == "section" and b["text"]["text"].startswith("*Source*"))
    assert "<https://news.example/a?x=1&amp;y=%3C2%3E%7Cevil|Title &lt;!channel&gt;>" in sources["text"]["text"]


def test_content_sections_and_footer() -> None:
    brief = Brief(
        headline="Greens take Ashford Vale",
        summary=[Line("The Green Party has won the Ashford Vale by-election.", [0])],
        quotes=[Quote("Tonight the people have spoken", speaker="Maya Okafor", role="Green candidate", key=True)],
        people=[Person("Maya Okafor", role="Green candidate", party="Green Party"), Person("Tom Hartley", party="Conservative")],
        facts=[Line("Okafor took 14,212 votes.")],
        sources=[SourceInfo("Greens take Ashford Vale", "https://a.example/1", "The Northern Ledger"),
                 SourceInfo("Okafor wins", "https://b.example/2", "Coast Radio")],
    )
    message = format_brief(brief, requester="UREPORTER")
    blocks = message.blocks_as_dicts()
    kinds = [b["type"] for b in blocks]
    assert kinds[0] == "header" and blocks[0]["text"]["text"] == "Greens take Ashford Vale"
    texts = "\n".join(b["text"]["text"] for b in blocks if b["type"] == "section")
    assert "*Key points*\n• The Green Party has won" in texts
    assert "“Tonight the people have spoken”\n— *Maya Okafor*, Green candidate" in texts
    # the role already names the party, so the party is not repeated
    assert "• *Maya Okafor* — Green candidate\n" in texts and "• *Tom Hartley* — Conservative" in texts
    assert "*Facts*\n• Okafor took 14,212 votes." in texts
    assert "1. <https://a.example/1|Greens take Ashford Vale> — The Northern Ledger" in texts
    footer = next(b for b in blocks if b["type"] == "context")["elements"][0]["text"]
    assert "every line is the sources' own words" in footer and "2 sources" in footer
    assert kinds[-1] == "actions" and blocks[-1]["elements"][0]["value"] == "UREPORTER"
    assert message.text.startswith("Brief: Greens take Ashford Vale\n• The Green Party")
    limits_hold(blocks)


def test_one_source_does_not_say_sources() -> None:
    brief = Brief(headline="H", summary=[Line("A line.")], sources=[SourceInfo(title="T")])
    dumped = json.dumps(format_brief(brief).blocks_as_dicts())
    assert "sources" not in dumped.lower().replace("the sources' own words", "")


def test_a_huge_brief_is_trimmed_not_rejected() -> None:
    long = "A very long sentence that goes on " + "and on " * 400 + "<!channel>."
    brief = Brief(
        headline="H" * 400 + " <!channel>",
        summary=[Line(long) for _ in range(40)],
        quotes=[Quote(long, speaker="S" * 300, role="R" * 300, key=True) for _ in range(40)],
        people=[Person(f"Person {i}", role="r" * 500, party="p" * 500) for i in range(200)],
        facts=[Line(long) for _ in range(60)],
        conflicts=[Conflict(long) for _ in range(30)],
        sources=[SourceInfo(title="T" * 600, url=f"https://n.example/{i}?" + "q" * 3000, site="S") for i in range(60)],
    )
    blocks = format_brief(brief, requester="U1", notes=["n" * 5000] * 20).blocks_as_dicts()
    limits_hold(blocks)
    no_live_markup_outside_our_links(blocks)
    assert any("more_" in b["text"]["text"] for b in blocks if b["type"] == "section")
    assert blocks[0]["text"]["text"].endswith("…")


texts = st.text(alphabet=st.sampled_from("ab <>&|!@#*_~`\n\"“”’é"), max_size=800)


@settings(max_examples=60, deadline=None)
@given(
    headline=texts,
    lines=st.lists(texts, max_size=30),
    people=st.lists(st.tuples(texts, st.none() | texts, st.none() | texts), max_size=30),
    sources=st.lists(st.tuples(st.none() | texts, st.none() | st.sampled_from(["https://x.example/a", "javascript:x", "http://y/<!channel>"])), max_size=12),
)
def test_any_brief_fits_block_kit_and_stays_inert(headline, lines, people, sources) -> None:
    brief = Brief(
        headline=headline,
        summary=[Line(t) for t in lines],
        quotes=[Quote(t, speaker=t[:20] or None, key=True) for t in lines[:10]],
        people=[Person(n, role=r, party=p) for n, r, p in people],
        facts=[Line(t) for t in lines[::2]],
        sources=[SourceInfo(title=t, url=u) for t, u in sources],
    )
    blocks = format_brief(brief, requester="U1").blocks_as_dicts()
    limits_hold(blocks)
    no_live_markup_outside_our_links(blocks)


def test_clip_never_breaks_an_entity() -> None:
    for n in range(1, 40):
        out = clip("<&>" * 30, n + 2)
        assert len(out) <= n + 2
        assert not re.search(r"&(?!amp;|lt;|gt;)", out)


def test_escape_and_link_helpers() -> None:
    assert escape("a & <b> c") == "a &amp; &lt;b&gt; c"
    assert link("javascript:alert(1)", "x<y") == "x&lt;y"
    assert link(None, "label") == "label"


SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def test_seed_brief_in_slack_reads_like_a_desk_brief() -> None:
    """The seeds as Slack shows them: long quote cut at a sentence, no fact repeating a key
    point, roles read naturally, untitled text named and counted."""
    brief = summarise(*[(SEEDS / n).read_text(encoding="utf-8") for n in ("000.txt", "004.txt")])
    blocks = format_brief(brief).blocks_as_dicts()
    texts = {b["text"]["text"].split("\n")[0]: b["text"]["text"] for b in blocks if b["type"] == "section"}
    quotes = texts["*Key quotes*"]
    assert "who has been working on the frontline during the pandemic. …”\n— *Jim McMahon*, shadow transport secretary" in quotes
    assert "That's where we are" not in quotes  # cut from the display only...
    assert any("That's where we are" in q.text for q in brief.key_quotes)  # ...not from the brief
    assert "— *Lloyd Russell-Moyle*, Labour MP" in quotes
    people = texts["*People*"]
    assert "• *Keir Starmer* — Labour leader\n" in people and "• *Jill Mortimer* — Tory candidate" in people
    facts = texts["*Facts*"]
    assert "all but conceded defeat" not in facts
    # The turnout is shown once: as a key point or, failing that, a fact.
    assert (texts["*Key points*"] + facts).count("42.55%") == 1
    assert all(line.text not in facts for line in brief.summary)
    sources = texts["*Sources*"]
    assert "1. Labour All But Concedes Defeat In Hartlepool By-Election · 542 words\n2. Pasted text · 531 words" in sources
    limits_hold(blocks)


def test_key_quote_already_in_a_key_point_is_not_shown_twice() -> None:
    brief = Brief(
        headline="H",
        summary=[Line("Ms Okafor said: “Tonight the people have spoken.”")],
        quotes=[Quote("Tonight the people have spoken.", speaker="Maya Okafor", key=True),
                Quote("We will serve everyone.", speaker="Maya Okafor", key=True)],
        facts=[Line("Tonight the people have spoken"), Line("Okafor took 14,212 votes")],
    )
    texts = "\n".join(b["text"]["text"] for b in format_brief(brief).blocks_as_dicts() if b["type"] == "section")
    assert texts.count("Tonight the people have spoken") == 1
    assert "“We will serve everyone.”" in texts and "• Okafor took 14,212 votes" in texts


def test_only_key_quotes_are_shown() -> None:
    brief = Brief(
        headline="H",
        summary=[Line("Charles Kennedy spoke in Harrogate.")],
        quotes=[Quote("fading", speaker="Charles Kennedy"), Quote("new terrorism")],
    )
    texts = "\n".join(b["text"]["text"] for b in format_brief(brief).blocks_as_dicts() if b["type"] == "section")
    assert "Key quotes" not in texts and "fading" not in texts
    brief.quotes[0].key = True
    texts = "\n".join(b["text"]["text"] for b in format_brief(brief).blocks_as_dicts() if b["type"] == "section")
    assert "*Key quotes*\n> “fading”\n— *Charles Kennedy*" in texts and "new terrorism" not in texts
