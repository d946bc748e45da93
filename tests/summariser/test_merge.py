"""Several outlets, one story: merged quotes, people and facts, conflicts flagged."""

from __future__ import annotations

from extraction_helpers import extract, seed

from summariser import summarise
from summariser.brief import Brief


def test_seeds_give_one_not_close_to_winning_quote_from_both_sources():
    found = extract(seed("000"), seed("004"))
    matches = [q for q in found.quotes if "not close to winning this" in q.text]
    assert len(matches) == 1
    quote = matches[0]
    assert quote.speaker == "Jim McMahon"
    assert quote.role.lower() == "shadow transport secretary"
    assert quote.sources == [0, 1]
    # the fuller rendering (seed 004's) is kept
    assert "local GP working at Hartlepool hospital" in quote.text


def test_same_quote_in_both_seeds_lists_both_sources():
    found = extract(seed("000"), seed("004"))
    flag = [q for q in found.quotes if q.text.startswith("Good to see valueless flag waving")]
    assert len(flag) == 1 and flag[0].sources == [0, 1]
    assert flag[0].speaker == "Lloyd Russell-Moyle"


def test_people_are_merged_with_counts_added():
    one, two = extract(seed("000")), extract(seed("004"))
    both = extract(seed("000"), seed("004"))
    names = [p.name for p in both.people]
    assert len(names) == len(set(names))
    starmer = both.people[names.index("Keir Starmer")]
    assert {"Starmer", "Keir", "Mr Starmer", "Sir Keir Starmer"} <= set(starmer.aliases)
    per_source = [p.mentions for p in one.people + two.people if p.name == "Keir Starmer"]
    assert len(per_source) == 2  # named in both seeds
    assert starmer.mentions == sum(per_source)
    assert starmer.party == "Labour"


def test_facts_are_merged_across_sources():
    facts = extract(seed("000"), seed("004")).facts
    majority = [f for f in facts if "3,595" in f.text]
    assert len(majority) == 1 and majority[0].sources == [0, 1]


def test_no_conflict_when_sources_agree():
    assert extract(seed("000"), seed("004")).conflicts == []


def test_disagreeing_figures_are_flagged():
    a = "Hartlepool was held by Labour with a majority of 3,595 in 2019.\n\nCounting goes on."
    b = "Labour is defending a majority of 3,594 from the 2019 election.\n\nCounting goes on."
    conflicts = extract(a, b).conflicts
    assert [c.text for c in conflicts] == ["majority 3,595 in source 0 vs 3,594 in source 1"]
    assert conflicts[0].sources == [0, 1]


def test_two_or_three_distinct_key_quotes():
    for texts in ((seed("000"),), (seed("004"),), (seed("000"), seed("004"))):
        key = [q for q in extract(*texts).quotes if q.key]
        assert 2 <= len(key) <= 3
        assert all(q.speaker is not None and len(q.text.split()) >= 8 for q in key)
        assert len({q.text for q in key}) == len(key)


def test_pipeline_copies_the_extraction_into_the_brief():
    brief = summarise(seed("000"), seed("004"))
    data = brief.to_dict()
    again = Brief.from_dict(data)
    assert again.quotes == brief.quotes and again.people == brief.people
    assert any(q["speaker"] == "Jim McMahon" and q["sources"] == [0, 1] for q in data["quotes"])
    assert brief.person("Jim McMahon") is not None


def test_merged_seed_facts_keep_majority_turnout_and_timing():
    facts = " | ".join(f.text for f in extract(seed("000"), seed("004")).facts)
    for figure in ("3,595", "42.55%", "5.30am"):
        assert figure in facts


def test_generational_suffix_merges_with_the_plain_name_across_sources():
    found = extract(
        'Campaigner Ellis Porter Jr. told the crowd: "We will march again next spring."',
        'Ellis Porter said the march "will be the biggest the city has seen".',
    )
    assert [p.name for p in found.people] == ["Ellis Porter Jr."]


def test_a_rounded_figure_is_not_a_disagreement_and_shows_against_the_numbered_sources():
    from summariser.brief import Conflict
    from summariser.display import conflict_text
    from summariser.merge import NumberClaim, find_conflicts

    rounded = find_conflicts([NumberClaim("turnout", "52.3%", 0), NumberClaim("turnout", "52%", 1)])
    assert rounded == []
    real = find_conflicts([NumberClaim("majority", "3,595", 0), NumberClaim("majority", "3,594", 1)])
    assert [c.text for c in real] == ["majority 3,595 in source 0 vs 3,594 in source 1"]
    assert conflict_text(Conflict(real[0].text, [0, 1])) == "majority 3,595 in [1] vs 3,594 in [2]"


def test_a_quote_is_stored_without_the_attributions_trailing_comma():
    a = (
        "Okafor confident on count night\n\n"
        '"We will win this seat and we will win it well," said Maya Okafor, the Green candidate.\n\n'
        '"Why would anyone vote for more of the same?" she asked. "We are ready;" she added.'
    )
    b = (
        "Greens expect Ashford Vale win\n\n"
        'Maya Okafor told supporters: "We will win this seat and we will win it well."\n\n'
        'She said the campaign had been "the best we have ever run, by far…"'
    )
    data = summarise(a, b).to_dict()
    texts = {q["text"]: q["sources"] for q in data["quotes"]}
    # one quote from both renderings, without the comma that belongs to "said"
    assert texts["We will win this seat and we will win it well"] == [0, 1]
    assert texts["Why would anyone vote for more of the same?"] == [0]  # the speaker's ? stays
    assert texts["We are ready"] == [0]
    assert texts["the best we have ever run, by far…"] == [1]  # an inner comma, an ellipsis stay
    assert not any(t.endswith((",", ";", ":")) for t in texts)
