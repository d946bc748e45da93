"""Parsing what a /brief or mention asks for."""

from __future__ import annotations

from bot.request_text import describe, parse_request

ARTICLE = " ".join(["The council met on Tuesday and agreed the budget after a long debate."] * 4)


def test_help_and_empty() -> None:
    for text in ("", "   ", "help", "HELP", "<@UNEWSBRIEF> help", "<@UNEWSBRIEF>"):
        assert parse_request(text).is_help, text


def test_slack_link_markup_and_bare_links() -> None:
    parsed = parse_request("please brief <https://a.example/x?a=1&amp;b=2|A story> and https://b.example/y. thanks")
    assert parsed.links == ["https://a.example/x?a=1&b=2", "https://b.example/y"]
    assert parsed.texts == []  # a short remark next to links is not a source
    assert describe(parsed) == "2 links"


def test_pasted_text_with_a_link_and_separators() -> None:
    parsed = parse_request(f"<https://a.example/1>\n{ARTICLE}\n---\n{ARTICLE}")
    assert parsed.links == ["https://a.example/1"]
    assert len(parsed.texts) == 2
    assert describe(parsed) == "1 link and 2 pasted texts"


def test_text_only_is_one_source() -> None:
    parsed = parse_request("Short but real: Labour won.")
    assert parsed.links == [] and parsed.texts == ["Short but real: Labour won."]
    assert describe(parsed) == "your text"


def test_duplicate_links_and_the_link_cap() -> None:
    links = " ".join(f"<https://n.example/{i}>" for i in range(12))
    parsed = parse_request(f"<https://n.example/0> {links}", max_links=8)
    assert parsed.links == [f"https://n.example/{i}" for i in range(8)]
    assert len(parsed.skipped_links) == 4


def test_other_schemes_in_markup_become_links_so_they_are_refused_politely() -> None:
    assert parse_request("<ftp://files.example/a>").links == ["ftp://files.example/a"]
    assert parse_request("<mailto:desk@example.com|desk>").links == []
