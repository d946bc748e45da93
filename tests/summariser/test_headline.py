"""The headline of a story given without one: the source's own words, short enough to read."""

from __future__ import annotations

from summariser import Article, summarise
from summariser.pipeline import HEADLINE_WORDS
from summariser.ranking.standalone import dateline_length

_LONG_LEAD = (
    "The House narrowly passed a stopgap spending bill late Thursday that would keep the "
    "federal government open through Dec. 19, sending the measure to a Senate where Democrats "
    "have vowed to strip out a provision cutting $4.2 billion from foreign aid.\n\n"
    "The vote was 217-211, with three Republicans joining all but two Democrats in opposition.\n\n"
    '"This is a responsible bill," the Speaker said.'
)


def test_an_untitled_story_with_a_long_lead_is_headed_by_its_opening_clause():
    brief = summarise(_LONG_LEAD)
    assert brief.headline == ("The House narrowly passed a stopgap spending bill late Thursday that "
                              "would keep the federal government open through Dec. 19")
    assert len(brief.headline.split()) <= HEADLINE_WORDS


def test_a_title_or_a_short_lead_is_the_headline_whole():
    assert summarise(Article(text=_LONG_LEAD, title="House passes stopgap bill")).headline == \
        "House passes stopgap bill"
    short = "The Senate rejected the bill on Tuesday.\n\nThe vote was 51-49, officials said."
    assert summarise(short).headline == "The Senate rejected the bill on Tuesday."


def test_an_opening_clause_that_leaves_a_quote_open_is_not_taken():
    text = ('The minister said the plan was "a disgrace, and a betrayal of everyone who trusted us" '
            "and promised to vote against it when the bill returns to the Commons next week after "
            "the summer recess.\n\nMPs will vote on Tuesday.")
    headline = summarise(text).headline
    assert headline.count('"') % 2 == 0, headline


def test_news_agency_datelines_are_left_out():
    for line, rest in (("New Delhi, Nov 21 (PTI) The Centre on Friday approved the aid.", "The Centre"),
                       ("SYDNEY (AAP) - The Premier said the budget was fair.", "The Premier"),
                       ("BRUSSELS, Nov 20 (Reuters) - Ministers agreed the plan.", "Ministers")):
        assert line[dateline_length(line):].startswith(rest), line
