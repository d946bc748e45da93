"""Sentence splitting with Punkt set up in code: the cases the issue lists, and no downloads."""

import pytest

from summariser.sentences import split_sentences, split_text


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith met Mrs. Jones and Dr. Brown at St. Paul's on Tuesday.",
        "U.S. officials said the talks would resume in the spring.",
        "Turnout was an unusually high 42.55% in the North Eastern town.",
        "The final result is not expected to be declared before 5.30am on Friday.",
        "Maternity pay for new mothers is to rise by £1,400 under the plan.",
        "A spokesman for No. 10 said the prime minister had full confidence in her.",
        '"We are not close to winning this," he said.',
        "“We are not close to winning this,” he said.",
        "Sen. Warren and Gov. Newsom spoke to Gen. Milley in Washington.",
        "Blues legend B.B. King was taken to hospital on Tuesday.",
        "Details are on bbc.co.uk and gov.uk from Monday, the U.S.Navy said.",
    ],
)
def test_keeps_together(text):
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'He asked: "Is it over?" Nobody in the room answered him.',
            ['He asked: "Is it over?"', "Nobody in the room answered him."],
        ),
        (
            'She shouted: "Get out!" The doors were closed behind them.',
            ['She shouted: "Get out!"', "The doors were closed behind them."],
        ),
        (
            'He said: "We will win." The count went on into the night.',
            ['He said: "We will win."', "The count went on into the night."],
        ),
        (
            "He said: “We will win.” The count went on into the night.",
            ["He said: “We will win.”", "The count went on into the night."],
        ),
        (
            "The party lost the seat. It had held it for decades.",
            ["The party lost the seat.", "It had held it for decades."],
        ),
        (
            "The minister flew to the U.S. The talks begin on Monday.",
            ["The minister flew to the U.S.", "The talks begin on Monday."],
        ),
        (  # a stop typed with no space after it
            "He died of his injuries, a court has heard.Shocking details emerged on Monday.",
            ["He died of his injuries, a court has heard.", "Shocking details emerged on Monday."],
        ),
    ],
)
def test_splits_where_a_new_sentence_starts(text, expected):
    assert split_sentences(text) == expected


def test_question_in_quotes_followed_by_attribution_stays_one_sentence():
    assert split_sentences('"Why should we?" he asked the committee.') == [
        '"Why should we?" he asked the committee.'
    ]


def test_two_apostrophes_closing_a_quote_stay_with_their_sentence():
    text = "He said: \"Good to see it working so well... or not?'' The vote was close."
    assert split_sentences(text) == [
        "He said: \"Good to see it working so well... or not?''",
        "The vote was close.",
    ]


def test_split_text_reads_one_paragraph_a_line():
    assert split_text("First one here. Second one here.\n\nThird one.") == [
        "First one here.",
        "Second one here.",
        "Third one.",
    ]


def test_a_wall_of_text_is_split_without_hitting_nltks_regex_time_limit():
    sentences = split_sentences("The council met again. " * 3000)
    assert len(sentences) == 3000
    assert all(s == "The council met again." for s in sentences)


def test_no_nltk_download_is_needed(monkeypatch):
    import nltk

    def refuse(*args, **kwargs):
        raise AssertionError("nltk.download must never be called")

    monkeypatch.setattr(nltk, "download", refuse)
    from summariser.ranking.sumy_tokenizer import SumyTokenizer

    tok = SumyTokenizer()
    assert tok.to_sentences("Mr. Smith left. He was tired.") == ("Mr. Smith left.", "He was tired.")
    assert tok.to_words("Labour's 3,595 majority fell.") == ("Labour's", "majority", "fell")


def test_sumy_runs_offline_on_this_projects_tokenizer(fixtures):
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    from summariser.ranking.sumy_tokenizer import SumyTokenizer

    text = (fixtures / "articles" / "bbc-001.txt").read_text(encoding="utf-8")
    document = PlaintextParser.from_string(text, SumyTokenizer()).document
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    picked = [str(s) for s in summarizer(document, 3)]
    assert len(picked) == 3
    assert all(p in text for p in picked)
    assert any(
        str(s) == "Maternity pay for new mothers is to rise by £1,400 as part of new proposals "
        "announced by the Trade and Industry Secretary Patricia Hewitt."
        for s in document.sentences
    )
