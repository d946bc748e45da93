"""Input handling: paragraphs, repeats, boilerplate, Slack markup and HTML pages."""

import pytest

from summariser import Article, summarise
from summariser.document import build_document
from summariser.html import extract_article
from summariser.paragraphs import clean_paragraphs, is_boilerplate, split_paragraphs
from summariser.slack_text import unslack
from summariser.sources import split_title, to_article

REPEATED = "In a sign of the discontent on the Labour left, MP Lloyd Russell-Moyle appeared to mock"


def test_seed_000_repeated_paragraphs_are_dropped(seeds):
    raw = split_paragraphs(seeds[0])
    assert sum(REPEATED in p for p in raw) == 2  # the fixture really repeats them
    clean = clean_paragraphs(raw)
    assert sum(REPEATED in p for p in clean) == 1
    assert sum(p.startswith("He said: “Good to see valueless flag") for p in clean) == 1
    assert len(clean) == len(raw) - 2
    # and the kept copies are the first ones, in their place
    assert clean.index(next(p for p in clean if REPEATED in p)) == raw.index(
        next(p for p in raw if REPEATED in p)
    )


def test_near_repeats_differing_by_a_word_are_dropped_but_short_lines_are_kept():
    para = (
        "The Tories seized Redditch and Nuneaton councils in the Midlands from Labour, "
        "along with Harlow in Essex, while the party saw heavy losses in the North East."
    )
    near = para.replace("heavy", "big")
    short = ["Votes counted.", "Votes counted again."]
    assert clean_paragraphs([para, short[0], near, short[1]]) == [para, *short]


def test_boilerplate_lines_are_dropped():
    for line in [
        "Read more: Labour's election plans",
        "Sign up to our politics newsletter",
        "We use cookies to improve your experience",
        "Share this article",
        "Advertisement",
    ]:
        assert is_boilerplate(line), line
    assert not is_boilerplate("Read the full statement, the minister told MPs on Tuesday.")


def test_one_paragraph_a_line_and_hard_wrapped_text_both_read_right():
    one_a_line = "First paragraph ends here.\nSecond paragraph ends here."
    assert split_paragraphs(one_a_line) == [
        "First paragraph ends here.",
        "Second paragraph ends here.",
    ]
    wrapped = "The council met on Thursday and voted\nto raise the tax by five per cent\nafter a long debate."
    assert split_paragraphs(wrapped) == [
        "The council met on Thursday and voted to raise the tax by five per cent after a long debate."
    ]


def test_slack_markup_is_undone():
    text = "Labour &amp; the Tories &lt;3 <https://ex.am/ple|this story> <@U123> now"
    assert unslack(text) == "Labour & the Tories <3 this story  now"
    article = to_article(
        "Hartlepool result\nLabour &amp; the Tories traded blows over the result in the town."
    )
    assert article.title == "Hartlepool result"
    assert "Labour & the Tories" in article.text


def test_display_keeps_curly_quotes_while_matching_form_is_straight(seeds):
    doc = build_document(to_article(seeds[0]))
    sent = next(s for s in doc.sentences if "not close to winning this" in s.text)
    assert "“not close to winning this”" in sent.text
    assert '"not close to winning this"' in sent.norm
    assert len(sent.text) == len(sent.norm)


def test_html_page_main_text_and_metadata_without_furniture(fixtures):
    html = (fixtures / "html" / "news-page.html").read_text(encoding="utf-8")
    article = extract_article(html)
    assert article.title == "Council tax rise approved after late-night vote"
    assert article.site == "Northern Ledger"
    assert article.author == "Priya Raman"
    assert article.published == "2024-03-07"
    assert article.url == "https://ledger.example/politics/council-tax-vote"
    text = article.text
    assert text.startswith("Councillors in Hartlepool approved a 4.99% council tax rise")
    assert "keep all three of the town's libraries open" in text
    for junk in [
        "cookies",
        "Subscribe for £1",
        "Share on Facebook",
        "Privacy policy",
        "All rights reserved",
        "Disgraceful!",
        "Sign up to our politics newsletter",
        "Leisure centre faces closure",
        "Council tax rise approved after late-night vote",  # the title is not repeated in the body
    ]:
        assert junk not in text, junk


def test_html_source_is_briefed_with_its_metadata(fixtures):
    html = (fixtures / "html" / "news-page.html").read_text(encoding="utf-8")
    brief = summarise(html)
    assert brief.headline == "Council tax rise approved after late-night vote"
    assert brief.sources[0].site == "Northern Ledger"
    assert brief.summary[0].text.startswith("Councillors in Hartlepool approved")
    as_article = summarise(Article(text=html, url="https://other.example/x"))
    assert as_article.sources[0].url == "https://other.example/x"
    assert [line.text for line in as_article.summary] == [line.text for line in brief.summary]


@pytest.mark.parametrize(
    "first_line, is_title",
    [
        ("Hewitt decries 'career sexism'", True),
        ("Blair says sorry over “dossier”", True),
        ("Labour All But Concedes Defeat In Hartlepool By-Election", True),
        ("Labour have conceded the Hartlepool by-election is all-but lost.", False),
        ("“We haven’t got over the line, that’s quite clear.”", False),
        ("Is this the end for the Tories?", False),
        ("Votes are still being counted (turnout 42.55%)", False),
    ],
)
def test_a_headline_may_end_on_a_closing_quote(first_line: str, is_title: bool) -> None:
    title, body = split_title(f"{first_line}\n\nMr Smith said the count would go on all night.")
    assert (title == first_line) is is_title
    assert body.endswith("go on all night.")


def test_numeric_character_references_left_in_copy_are_decoded() -> None:
    from summariser.article import Article
    from summariser.document import build_document

    doc = build_document(Article(text="Ferguson went to see his fianc&#233;e, Plaid's Bryn F&#xf4;n said. AT&T &#0; stays.",
                                 title="Carstairs patient &#8216;missing&#8217;"))
    assert doc.sentences[0].text.startswith("Ferguson went to see his fiancée, Plaid's Bryn Fôn said.")
    assert "AT&T &#0; stays." in doc.paragraphs[0].text  # only real characters are decoded
    assert doc.title == "Carstairs patient ‘missing’"


def test_keyboard_noise_and_encoded_blobs_are_not_briefed() -> None:
    import base64

    import pytest

    from summariser import InputError, summarise

    for text in ("asdf qwer zxcv", base64.b64encode(bytes(range(256)) * 8).decode()):
        with pytest.raises(InputError, match="couldn't find any sentences"):
            summarise(text)
    assert summarise("The council said the vote was close.").summary  # a short real sentence is fine
