"""Key-sentence selection: standalone picks, story order, budget, cross-source merging."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summariser import Article, summarise
from summariser.document import build_document
from summariser.ranking import select_key_sentences
from summariser.ranking.select import MAX_WORDS, MIN_PICKS, STRETCH
from summariser.ranking.standalone import Standing, dateline_length, standing
from summariser.ranking.story import build_story
from summariser.sources import to_article


@pytest.mark.parametrize(
    "sentence",
    [
        'He added: "We will fight on."',
        "He added:",
        "The minister told the BBC:",
        "\"We haven't got over the line, that's quite clear from the ballots.\"",
        "Scroll down for video Guilty: Glenn Mason, 56, was jailed at the Old Bailey today.",
        "Guilty: Glenn Mason, 56, has said he will pay back the whole £185,000 out of his pension.",
        "Lindsey Vonn (above) looked stressed at times as Woods played the back nine well.",
        "PUBLISHED: 12:01 EST, 3 April 2015 | UPDATED: 13:45 EST, 3 April 2015 for the paper.",
        "Too short to say much.",
        "But could there be something else behind the sudden change of heart?",
        "I think his passion would fit and to see him in England would be very interesting.",
        "Lewis Hamilton stands on his Mercedes after winning the race It was another fine day for him.",
    ],
)
def test_never_standalone(sentence):
    assert standing(sentence) is Standing.NEVER


@pytest.mark.parametrize(
    "sentence",
    [
        "But Shadow public health minister Alex Norris said Labour did not expect to recover.",
        "It came as early results suggested a grim night for the party in the north.",
        "He told Sky News that the party had given it everything it had.",
        "This is the biggest swing against a governing party in a generation.",
        "However, the count was delayed by a recount in two of the wards.",
        '"We gave it our all," he said after the count had finished.',
        "Speaking on Friday morning, she said the result was a disappointment.",
    ],
)
def test_needs_its_previous_sentence(sentence):
    assert standing(sentence) is Standing.NEEDS_PREVIOUS


@pytest.mark.parametrize(
    "sentence",
    [
        "Labour has all but conceded defeat in the Hartlepool by-election.",
        '"We gave it our all," Jim McMahon said after the count had finished.',
        "It emerged today that the minister had been warned twice about the contract.",
        "Votes continue to be counted in the North Eastern town, with turnout at 42.55%.",
    ],
)
def test_standalone(sentence):
    assert standing(sentence) is Standing.STANDALONE


def test_a_lead_may_open_with_a_pronoun_that_points_forward():
    lead = 'They may not be "Star Trek"-type aliens, but we may be close to finding life, a scientist says.'
    assert standing(lead, lead=True) is Standing.STANDALONE
    assert standing(lead) is Standing.NEEDS_PREVIOUS


def test_a_sentence_inside_an_open_quote_is_never_standalone():
    doc = build_document(
        Article(
            text='McMahon said: "We are not close. We tried our best in this campaign.\n'
            '"And we will learn from this result in the weeks ahead."\n'
            "Votes are still being counted in the constituency tonight."
        )
    )
    story = build_story([doc])
    by_text = {c.text: c.standing for c in story.candidates}
    assert by_text["We tried our best in this campaign."] is Standing.NEVER
    assert by_text['"And we will learn from this result in the weeks ahead."'] is Standing.NEVER
    assert (
        by_text["Votes are still being counted in the constituency tonight."] is Standing.STANDALONE
    )


def test_datelines_are_left_out_of_the_shown_text():
    assert dateline_length("LONDON — The prime minister said") == len("LONDON — ")
    assert dateline_length("New Delhi, India (CNN)As the earth shook") == len(
        "New Delhi, India (CNN)"
    )
    assert dateline_length("Labour has conceded") == 0


def _fixture_texts(fixtures):
    return {
        p.name: p.read_text(encoding="utf-8") for p in sorted((fixtures / "articles").glob("*.txt"))
    }


def _check_picks(text: str, count: int) -> list[str]:
    doc = build_document(to_article(text))
    story = build_story([doc])
    standing_of = {c.text: c.standing for c in story.candidates}
    order = {c.text: c.sentence.index for c in story.candidates}
    picks = [line.text for line in select_key_sentences([doc], count)]
    assert 1 <= len(picks) <= count
    positions = [order[p] for p in picks]
    assert positions == sorted(positions), "picks are shown in article order"
    assert all(p in text for p in picks), "every pick stands in the source word for word"
    words = sum(len(p.split()) for p in picks)
    budget = MAX_WORDS * (STRETCH if len(picks) <= MIN_PICKS else 1.0)
    assert words <= budget or len(picks) == 1
    if not any(s is Standing.STANDALONE for s in standing_of.values()):
        # Nothing can stand alone: the fallback shows the opening instead of nothing.
        assert positions[0] == min(
            (order[c.text] for c in story.candidates if c.standing is not Standing.NEVER), default=0
        )
        return picks
    for p, pos in zip(picks, positions, strict=True):
        assert standing_of[p] is not Standing.NEVER, p
        if standing_of[p] is Standing.NEEDS_PREVIOUS:
            assert pos - 1 in positions, f"{p!r} is shown without the sentence it leans on"
    return picks


@pytest.mark.parametrize("count", [3, 4, 5])
def test_picks_on_real_articles_are_standalone_ordered_and_in_budget(fixtures, count):
    for name, text in _fixture_texts(fixtures).items():
        picks = _check_picks(text, count)
        assert len(picks) >= 3, name


def test_caption_junk_in_a_lead_is_skipped(fixtures):
    text = (fixtures / "articles" / "cnndm-010.txt").read_text(encoding="utf-8")
    picks = _check_picks(text, 3)
    assert not any(p.startswith("Shooter:") for p in picks)
    assert picks[0].startswith("Terry Martin, 48, shot his girlfriend Laurice Hampton")


def test_default_brief_has_four_key_sentences_of_about_a_hundred_words(fixtures):
    brief = summarise((fixtures / "articles" / "bbc-001.txt").read_text(encoding="utf-8"))
    assert brief.headline == "Labour plans maternity pay rise"
    assert len(brief.summary) == 4
    assert sum(len(line.text.split()) for line in brief.summary) <= MAX_WORDS
    assert brief.summary[0].text.startswith("Maternity pay for new mothers is to rise by £1,400")
    assert all(line.sources == [0] for line in brief.summary)


def test_near_duplicate_sentences_across_sources_merge_keeping_the_fuller_one():
    shared = "The council voted by 18 votes to 17 to raise council tax by 4.99% from April"
    a = (
        "Hartlepool council has approved the largest tax rise it is allowed to make this year. "
        f"{shared}. Opposition councillors walked out of the chamber before the vote was taken."
    )
    b = (
        "A late-night meeting in Hartlepool ended with a narrow win for the ruling coalition. "
        f"{shared}, adding about £90 to a typical bill. Libraries will stay open for another year."
    )
    brief = summarise(a, b, sentences=4)
    texts = [line.text for line in brief.summary]
    merged = [line for line in brief.summary if shared in line.text]
    assert len(merged) == 1, texts
    assert merged[0].text == f"{shared}, adding about £90 to a typical bill."
    assert merged[0].sources == [0, 1]
    assert len(set(texts)) == len(texts)


def test_seeds_make_one_story_that_credits_both_sources(seeds):
    docs = [build_document(to_article(s)) for s in seeds]
    story = build_story(docs)
    shared = [c for c in story.candidates if c.sources == [0, 1]]
    assert any("Lloyd Russell-Moyle appeared to mock" in c.text for c in shared)
    assert any("got over the line, that" in c.text for c in shared)
    brief = summarise(*seeds)
    assert 3 <= len(brief.summary) <= 4
    assert {s for line in brief.summary for s in line.sources} == {0, 1}, "draws on both reports"
    assert [s.words for s in brief.sources] == [d.words for d in docs]


SENTENCES = [
    "Labour has conceded the Hartlepool by-election to the Conservatives.",
    "But the party insisted the result was not a verdict on its leader.",
    'He added: "We\'ll be back."',
    "It was the first time the seat had changed hands since 1964.",
    "Turnout was 42.55%, unusually high for a by-election in the town.",
    '"We haven\'t got over the line."',
    "Jill Mortimer won with a majority of 6,940 over Labour's Paul Williams.",
    "However, some MPs on the left of the party blamed the campaign.",
    "Keir Starmer said he would take responsibility for the results.",
    "Scroll down for video Winner: Jill Mortimer celebrates at the count.",
    "The Tories also seized councils in Redditch and Nuneaton.",
    "This is a humiliating defeat, one MP said on Friday.",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    order=st.permutations(range(len(SENTENCES))),
    size=st.integers(min_value=3, max_value=len(SENTENCES)),
    per_paragraph=st.integers(min_value=1, max_value=4),
    count=st.integers(min_value=1, max_value=6),
)
def test_selection_properties_hold_for_any_arrangement(order, size, per_paragraph, count):
    chosen = [SENTENCES[i] for i in order[:size]]
    paragraphs = [" ".join(chosen[i : i + per_paragraph]) for i in range(0, size, per_paragraph)]
    text = "\n\n".join(paragraphs)
    picks = _check_picks(text, count)
    if any(standing(s) is Standing.STANDALONE for s in chosen):
        assert not any(re.match(r"^(Scroll|He added)", p) for p in picks)


def test_two_reports_leads_are_not_both_picked(seeds):
    leads = [build_document(to_article(s)).sentences[0].text for s in seeds]
    brief = summarise(*seeds)
    assert sum(line.text in leads for line in brief.summary) == 1


def test_quoted_share_prefers_the_reporters_own_words():
    from summariser.ranking.narrative import quoted_share

    assert quoted_share("Labour lost the seat it had held since 1964.") == 0.0
    assert quoted_share('"We are not close to winning this," he said.') > 0.6
    assert quoted_share('McMahon told Sky News: "It is pretty clear that we are not close.') > 0.5
