"""What a brief shows: long quotes cut at a sentence, no line said twice, roles read like a desk's."""

from __future__ import annotations

import json

from summariser import summarise
from summariser.brief import Brief, Line, Person, Quote, SourceInfo
from summariser.display import (
    ELLIPSIS,
    QUOTE_WORDS,
    role_and_party,
    shorten_quote,
    shown_facts,
    shown_quotes,
    speaker_role,
    tidy_role,
    tidy_spacing,
)
from summariser.render import render


def test_short_quote_is_shown_whole() -> None:
    text = "We haven't got over the line, that's quite clear from the ballots."
    assert shorten_quote(text) == text


def test_long_quote_keeps_whole_opening_sentences_and_an_ellipsis() -> None:
    first = "It is pretty clear in the way the ballots are landing that we are not close to winning this."
    second = "And so I think we have given it our all but sometimes you don't get over the line on the day."
    third = "That's where we are, that's the reality of where we are."
    text = " ".join([first, second, third])
    shown = shorten_quote(text, max_words=40)
    assert shown == f"{first} {second} {ELLIPSIS}"
    assert text.startswith(shown[: -len(ELLIPSIS) - 1])  # the words shown are the source's, exactly


def test_first_sentence_is_never_cut_even_when_over_the_limit() -> None:
    first = " ".join(["word"] * (QUOTE_WORDS + 10)) + "."
    text = first + " A second sentence follows here."
    assert shorten_quote(text) == f"{first} {ELLIPSIS}"


def test_the_attribution_comma_is_not_shown_inside_the_quote() -> None:
    # `"... soon after the election result," said Aidan O'Carroll` gives a quote ending in a comma
    assert shorten_quote("Taxes were increased soon after the election result,") == (
        "Taxes were increased soon after the election result")
    assert shorten_quote("Good to see it working so well … or not?") == "Good to see it working so well … or not?"


def test_one_long_sentence_is_not_cut_at_all() -> None:
    text = " ".join(["word"] * (QUOTE_WORDS + 10)) + "."
    assert shorten_quote(text) == text


def test_abbreviations_do_not_end_a_sentence_early() -> None:
    text = ("Mr. Smith told me the U.S. officials were wrong about the figures and I said so at the time. "
            + " ".join(["More words here."] * 20))
    assert shorten_quote(text, max_words=20).startswith("Mr. Smith told me the U.S. officials were wrong about the figures")


def _brief(**kw) -> Brief:
    base = dict(headline="H", summary=[Line("Labour has all but conceded defeat in the Hartlepool by-election after a "
                                            "shadow cabinet member admitted the party was “not close to winning this”.", [0])])
    base.update(kw)
    return Brief(**base)


def test_a_fact_a_key_point_already_says_is_not_shown_again() -> None:
    brief = _brief(facts=[Line("Labour has all but conceded defeat in the Hartlepool by-election"),
                          Line("Turnout an unusually high 42.55%"),
                          Line("turnout an unusually high 42.55%")])
    assert [f.text for f in shown_facts(brief)] == ["Turnout an unusually high 42.55%"]
    assert len(brief.facts) == 3  # the brief itself keeps every fact


def test_a_fact_inside_a_shown_quote_is_dropped_but_partial_words_are_not_matches() -> None:
    brief = _brief(
        quotes=[Quote("About six out of 20 women work in jobs that are low-paid, so we have segregated employment.",
                      speaker="Patricia Hewitt", key=True)],
        facts=[Line("about six out of 20 women work in jobs that are low-paid"), Line("Labour has all but conc")],
    )
    assert [f.text for f in shown_facts(brief)] == ["Labour has all but conc"]


def test_a_credited_fact_whose_words_a_shown_quote_carries_is_not_repeated() -> None:
    quote = Quote("I will be asking Parliament to renew this legislation in the New Year. In the meantime "
                  "we will study the judgment.", speaker="Charles Clarke", key=True)
    fact = Line("Clarke: “I will be asking Parliament to renew this legislation in the New Year”")
    assert shown_facts(_brief(quotes=[quote], facts=[fact])) == []
    # Not shown as a key quote: the credited fact stays.
    assert shown_facts(_brief(quotes=[Quote(quote.text, speaker="Charles Clarke", key=False)],
                              facts=[fact])) == [fact]


def test_a_key_quote_a_key_point_carries_whole_is_not_repeated() -> None:
    brief = _brief(quotes=[Quote("not close to winning this", speaker="Jim McMahon", key=True),
                           Quote("We haven't got over the line", speaker="Jim McMahon", key=True),
                           Quote("not a key quote", key=False)])
    assert [q.text for q in shown_quotes(brief)] == ["We haven't got over the line"]


def test_roles_and_parties_read_like_a_desk() -> None:
    assert role_and_party("leader", "Labour") == "Labour leader"
    assert role_and_party("MP", "Labour") == "Labour MP"
    assert role_and_party("Tory candidate", "Conservative") == "Tory candidate"
    assert role_and_party("Green candidate", "Green Party") == "Green candidate"
    assert role_and_party("leader of the Liberal Democrats in the assembly", "Liberal Democrat") == (
        "leader of the Liberal Democrats in the assembly")
    assert role_and_party("Shadow transport secretary", "Labour") == "shadow transport secretary, Labour"
    assert role_and_party("Chancellor", "Labour") == "Chancellor, Labour"
    assert role_and_party("journalist", "Labour") == "journalist, Labour"  # not a party job
    assert role_and_party("chairman", "UKIP") == "UKIP chairman"
    assert role_and_party(None, "Labour") == "Labour"
    assert role_and_party("Foreign Secretary", None) == "Foreign Secretary"
    assert role_and_party(None, None) is None
    assert role_and_party("Sen.", "Republican") == "Republican Senator"  # a bare title spelt out


def test_only_a_sentence_initial_capital_is_lowered() -> None:
    assert tidy_role("Shadow transport secretary") == "shadow transport secretary"
    assert tidy_role("Former Prime Minister") == "Former Prime Minister"
    assert tidy_role("Shadow Chancellor") == "Shadow Chancellor"
    assert tidy_role("Tory candidate") == "Tory candidate"
    assert tidy_role("Former Tory leader") == "former Tory leader"  # a party name is no title
    assert tidy_role("Former Liberal Democrat MP") == "former Liberal Democrat MP"
    assert tidy_role("Former US President") == "Former US President"
    assert tidy_role("Ex-Labour MP") == "ex-Labour MP"
    assert tidy_role("Ex-Chancellor") == "Ex-Chancellor"


def test_speaker_role_adds_the_party_only_to_a_one_word_role() -> None:
    mp = Person("Lloyd Russell-Moyle", role="MP", party="Labour")
    assert speaker_role(Quote("x", speaker=mp.name), mp) == "Labour MP"
    jim = Person("Jim McMahon", role="Shadow transport secretary", party="Labour")
    assert speaker_role(Quote("x", speaker=jim.name), jim) == "shadow transport secretary"
    assert speaker_role(Quote("x", speaker="Nobody"), None) is None


def test_untitled_source_says_so_plainly() -> None:
    brief = _brief(sources=[SourceInfo(title="A headline", words=10), SourceInfo(words=531)])
    text = render(brief, "text")
    assert "[2] (no headline) · 531 words" in text and "untitled" not in text
    assert "2. (no headline) · 531 words" in render(brief, "markdown")


def test_seed_brief_as_shown(seeds) -> None:
    brief = summarise(*seeds)
    text = render(brief, "text")
    flat = " ".join(text.split())  # the terminal brief is wrapped
    mcmahon = next(q for q in brief.key_quotes if q.speaker == "Jim McMahon")
    assert len(mcmahon.text.split()) > 100  # the brief keeps the whole quote...
    assert json.loads(brief.to_json())["quotes"][brief.quotes.index(mcmahon)]["text"] == mcmahon.text
    shown = shorten_quote(mcmahon.text)
    assert shown.endswith(f"pandemic. {ELLIPSIS}") and f"“{shown}”" in flat  # ...display cuts it
    assert "Keir Starmer (Labour leader)" in flat
    assert "Jill Mortimer (Tory candidate)" in flat
    facts = text.split("\nFacts\n")[1].split("\nSources\n")[0]
    assert "Labour has all but conceded defeat" not in facts  # key point 1 says it
    assert flat.count("42.55%") == 1  # the turnout is shown once: as a key point or a fact
    markdown = render(brief, "markdown")
    assert "pandemic. …” — **Jim McMahon, shadow transport secretary** [1, 2]" in markdown
    assert "\n\n\n" not in markdown


def test_a_space_before_a_possessive_is_closed_up_and_nothing_else_changes() -> None:
    assert tidy_spacing("Keir Starmer ’s party is defending a majority.") == "Keir Starmer’s party is defending a majority."
    assert tidy_spacing("The minister 's aides and the MP’s staff") == "The minister's aides and the MP’s staff"
    assert tidy_spacing("in the 1990 ’s") == "in the 1990’s"
    for text in [
        "He called it 'so-so' and left.",  # an opening quote before a word starting with s
        "Labour ’ s vote",  # no possessive 's
        "“We ’re going to win,” she said.",  # only 's is closed up
        "The line ends here\n's rest",  # never a line break
    ]:
        assert tidy_spacing(text) == text
    # Only spaces go: with all whitespace taken out, input and output are the same.
    text = "Keir Starmer ’s party and the Tories 's rivals"
    assert tidy_spacing(text).split() != text.split()
    assert "".join(tidy_spacing(text).split()) == "".join(text.split())


def test_the_seed_brief_shows_no_loose_possessive(seeds) -> None:
    brief = summarise(*seeds)
    assert any("Starmer ’s" in line.text for line in brief.summary + brief.facts), "the source's slip is kept in the data"
    for fmt in ("text", "markdown"):
        shown = render(brief, fmt)
        assert " ’s" not in shown and " 's" not in shown
        assert "Keir Starmer’s party" in " ".join(shown.split())
