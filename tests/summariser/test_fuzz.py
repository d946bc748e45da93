"""summarise() on any string: a Brief, or InputError with a message for the user. Nothing else."""

import logging
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summariser import Article, Brief, InputError, summarise
from summariser.limits import MAX_BYTES


class _Errors(logging.Handler):
    """Collects errors the pipeline logged (e.g. extraction failing and being skipped)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

words = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N")), min_size=1, max_size=12
)
punct = st.sampled_from(
    list(".,;:!?\"'“”‘’()-–— …\n\n\t") + ["Mr.", "U.S.", "No.", "''", '."', '?"']
)
prose = st.lists(st.one_of(words, punct), max_size=200).map(" ".join)
tags = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<html>",
        "<body>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<br/>",
        "<a href='x'>",
        "</a>",
        "<h1>",
        "</h1>",
        "<![CDATA[",
        "]]>",
        "&amp;",
        "&#0;",
        "&nbsp;",
        "<article>",
        "<nav>",
        "<style>",
        "<?xml version='1.0'?>",
        "<!DOCTYPE html>",
        "<p",
        "<",
    ]
)
html_junk = st.lists(st.one_of(tags, words, punct), max_size=120).map("".join)
slackish = st.lists(
    st.one_of(
        words, punct, st.sampled_from(["<https://x.io|link>", "<@U1>", "<!here>", "&lt;", "&gt;"])
    ),
    max_size=80,
).map(" ".join)


def check(*sources, sentences=4):
    handler = _Errors()
    logging.getLogger("summariser").addHandler(handler)
    try:
        brief = summarise(*sources, sentences=sentences)
    except InputError as exc:
        message = str(exc)
        assert message and "\n" not in message and len(message) < 200
        return None
    finally:
        logging.getLogger("summariser").removeHandler(handler)
    assert not handler.records, "a stage failed and was logged: " + handler.records[0].getMessage()
    assert isinstance(brief, Brief)
    assert brief.headline
    assert 1 <= len(brief.summary) <= sentences
    for line in brief.summary:
        assert line.text.strip()
        assert line.sources and all(0 <= s < len(sources) for s in line.sources)
    brief.to_json()  # serialisable
    return brief


@FUZZ
@given(st.text())
def test_random_unicode(text):
    check(text)


@FUZZ
@given(prose)
def test_random_prose(text):
    brief = check(text)
    if brief is not None:
        source = " ".join(unicodedata.normalize("NFC", text).split())  # display text is NFC
        for line in brief.summary:
            assert " ".join(line.text.split()) in source  # extractive: nothing is made up


@FUZZ
@given(html_junk)
def test_html_junk(text):
    check(text)


@FUZZ
@given(slackish)
def test_slack_markup(text):
    check(text)


@FUZZ
@given(st.lists(st.one_of(prose, st.text()), min_size=1, max_size=4), st.integers(-3, 14))
def test_several_sources_and_any_count(sources, count):
    if 1 <= count <= 10:
        check(*sources, sentences=count)
    else:
        with pytest.raises(InputError):
            summarise(*sources, sentences=count)


@FUZZ
@given(st.text(), st.one_of(st.none(), st.text(max_size=30)))
def test_articles_with_odd_metadata(text, title):
    check(Article(text=text, title=title, url=title, site=title))


def test_huge_input_is_refused_politely():
    with pytest.raises(InputError, match="over 2 MB"):
        summarise("The council met again today. " * (MAX_BYTES // 20))


def test_large_input_under_the_limit_is_briefed():
    text = "\n\n".join(
        f"Councillor number {i} voted for the budget after a long debate on Thursday."
        for i in range(3000)
    )
    brief = summarise(text + "\n\n" + "One long paragraph keeps going and going. " * 5000)
    assert 1 <= len(brief.summary) <= 4


@pytest.mark.parametrize(
    "text, reason",
    [
        ("", "empty"),
        ("   \n\t  ", "empty"),
        ("\x00\x01\x02binary\x00data" * 50, "binary"),
        ("%%%% 1234 ---- !!!!", "sentences"),
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "article text"),
    ],
)
def test_bad_input_raises_input_error_with_a_reason(text, reason):
    with pytest.raises(InputError, match=reason):
        summarise(text)


def test_no_sources_and_bad_counts():
    with pytest.raises(InputError):
        summarise()
    for bad in (0, 11, 2.5, True, "4"):
        with pytest.raises(InputError):
            summarise(
                "Labour has conceded the Hartlepool by-election to the Tories.", sentences=bad
            )


def test_a_failing_extraction_still_gives_key_sentences(monkeypatch, caplog):
    import summariser.pipeline as pipeline

    def broken(docs):
        raise RuntimeError("extraction bug")

    monkeypatch.setattr(pipeline, "extract_story", broken)
    with caplog.at_level(logging.ERROR, logger="summariser"):
        brief = summarise(
            "Labour has conceded the Hartlepool by-election to the Conservatives tonight."
        )
    assert brief.summary and brief.quotes == [] and brief.people == []
    assert any("extraction failed" in r.getMessage() for r in caplog.records)
