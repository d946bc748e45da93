"""Headline facts: short, extractive, with the figures that matter."""

from __future__ import annotations

from extraction_helpers import doc_of, extract, seed

from summariser.extract import extract_document
from summariser.facts import MAX_FACTS, MAX_WORDS, numbers_in


def sentences_of(*texts: str) -> list[str]:
    return [s.text for t in texts for s in doc_of(t).sentences]


def is_extract(fact: str, sentences: list[str]) -> bool:
    """Cut from one sentence: the same words in the same order (first letter's case aside)."""
    body = fact[1:]
    return any(
        body in s and s[s.index(body) - 1].lower() == fact[0].lower()
        for s in sentences
        if body in s
    )


def test_seed_facts_are_short_extracts_with_real_numbers():
    for name in ("000", "004"):
        text = seed(name)
        facts = extract(text).facts
        assert 3 <= len(facts) <= MAX_FACTS
        sentences = sentences_of(text)
        for fact in facts:
            assert len(fact.text.split()) <= MAX_WORDS
            assert is_extract(fact.text, sentences), fact.text
            for number in numbers_in(fact.text):
                assert number in text


def test_seed_000_facts_carry_the_majority_and_the_councils():
    facts = " | ".join(f.text for f in extract(seed("000")).facts)
    assert "3,595" in facts
    assert "Redditch" in facts
    assert "Hartlepool by-election" in facts


def test_seed_004_facts_carry_turnout_and_timing():
    facts = " | ".join(f.text for f in extract(seed("004")).facts)
    for figure in ("3,595", "42.55%", "5.30am"):
        assert figure in facts


def test_long_sentence_is_cut_to_its_clause():
    text = (
        "Turnout was 42.55% in the seat, while volunteers from across the region knocked on "
        "doors until the very last minute of polling day in the rain.\n\nVotes are being counted."
    )
    facts = [f.text for f in extract(text).facts]
    assert "Turnout was 42.55% in the seat" in facts


def test_names_with_numbers_are_not_figures():
    assert numbers_in("She told BBC Radio 4 and Channel 5 that 250,000 cases wait") == ["250,000"]
    assert numbers_in("in 2003 turnout hit 42.55% before 5.30am, costing £3.2bn") == [
        "2003",
        "42.55%",
        "5.30am",
        "£3.2bn",
    ]


def test_reported_figures_outrank_quoted_ones_and_quotes_without_figures_are_no_facts():
    text = (
        "The council will build 300 new schools by 2026, officials confirmed.\n\n"
        '"We will spend 40 billion pounds on them and it is a great day," she said. '
        '"It is a wonderful and historic moment for every family in the county," she added.'
    )
    found = extract(text)
    doc = doc_of(text)
    cands = extract_document(doc).facts
    reported = max(c.score for c in cands if "300" in c.text)
    spoken = max((c.score for c in cands if "40 billion" in c.text), default=float("-inf"))
    assert reported > spoken
    assert not any("wonderful" in f.text for f in found.facts)


def test_attribution_stubs_and_split_figures_are_not_facts():
    text = (
        "The government hopes its reforms package will unlock remaining aid of 7.2 billion euros "
        "under its bailout and lead to the return of about 1.9 billion euros in profits.\n\n"
        "Mr Johnson told BBC Radio 4's Today programme. Turnout was 42.55% on the day."
    )
    facts = [f.text for f in extract(text).facts]
    assert not any(f.startswith("Mr Johnson told") for f in facts)
    assert not any(f.endswith(("1.9", "7.2")) for f in facts)
    assert "Turnout was 42.55% on the day" in facts


def test_clause_after_but_can_be_a_fact_without_a_figure():
    text = (
        "Votes are still being finalised in the Leave-backing constituency but Tory candidate "
        "Jill Mortimer looks on course for victory.\n\nThe count goes on."
    )
    facts = [f.text for f in extract(text).facts]
    assert "Tory candidate Jill Mortimer looks on course for victory" in facts


def test_reported_clause_after_said_stands_alone():
    text = (
        "Treasurer Jim Chalmers, who will deliver the budget in May, said inflation had fallen "
        "to 3.6 per cent in the March quarter.\n\nMarkets rose."
    )
    facts = [f.text for f in extract(text).facts]
    assert "Inflation had fallen to 3.6 per cent in the March quarter" in facts
    assert "Treasurer Jim Chalmers" not in facts


def test_fragments_are_not_facts():
    facts = [f.text for f in extract(seed("000")).facts]
    assert "Shadow transport secretary Jim McMahon" not in facts  # who, not what
    assert not any(f.startswith(("Scotland and Wales", "Following the")) for f in facts)
    assert "Tory candidate Jill Mortimer looks on course for victory" in facts
