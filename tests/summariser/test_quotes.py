"""Finding direct quotes in every form a politics desk sees."""

from __future__ import annotations

from extraction_helpers import doc_of, extract, seed

from summariser.quotes import bare_quote, find_quotes, keep, quote_mode


def texts(text: str) -> list[str]:
    doc = doc_of(text)
    return [q.text for q in find_quotes(doc) if keep(doc, q)]


def test_straight_marks_colon_introduced():
    assert texts('The minister said: "We will build the new homes by next spring."') == [
        "We will build the new homes by next spring."
    ]


def test_curly_marks_and_text_without_marks():
    found = texts("Ms Reeves said: \u201cThe numbers simply do not add up for them.\u201d")
    assert found == ["The numbers simply do not add up for them."]


def test_two_apostrophes_close_a_quote():
    # seed 004: `…or not?''`
    found = texts(seed("004"))
    assert "Good to see valueless flag waving and suit wearing working so well... or not?" in found
    assert not any(t.endswith("'") for t in found)


def test_quote_split_around_its_attribution_is_two_quotes():
    found = texts('"We have listened to voters," she said. "And we will now change course."')
    assert found == ["We have listened to voters,", "And we will now change course."]


def test_newspaper_continuation_across_paragraphs_is_one_quote():
    text = (
        'The senator told reporters: "This bill is a disgrace to the chamber.\n\n'
        '"It will cost families thousands of dollars a year.\n\n'
        '"We will vote against it every single time."\n\n'
        "The vote is expected on Friday."
    )
    assert texts(text) == [
        "This bill is a disgrace to the chamber. It will cost families thousands of dollars "
        "a year. We will vote against it every single time."
    ]


def test_continuation_inside_a_merged_paragraph_is_one_quote():
    # The BBC files lose paragraph breaks: `…26 weeks. "We are going…`
    text = (
        'Ms Hewitt said: "We have already doubled the length of maternity pay to 26 weeks. '
        '"We are going to extend the pay to nine months by 2007." She said more was to come.'
    )
    assert texts(text) == [
        "We have already doubled the length of maternity pay to 26 weeks. "
        "We are going to extend the pay to nine months by 2007."
    ]


def test_seed_labour_source_paragraph_run_is_one_quote():
    found = texts(seed("000"))
    long_one = [t for t in found if t.startswith("We also said the places declaring Thursday")]
    assert len(long_one) == 1
    assert long_one[0].endswith("changing the Labour Party for the better.")
    assert "We understand that. We are listening." in long_one[0]


def test_partial_quote_inside_a_sentence():
    found = texts(seed("000"))
    assert found[0] == "not close to winning this"


def test_scare_quotes_and_titles_are_dropped():
    text = (
        'Women MPs endure "shocking" levels of abuse, and the so-called "red wall" is crumbling. '
        'The report, "Moving On", was published on Monday.'
    )
    assert texts(text) == []


def test_short_quote_with_a_speech_verb_is_kept():
    assert texts('Mr Beith said the timing was "no coincidence" at all.') == ["no coincidence"]


def test_a_short_quote_credited_at_its_sentences_end_is_kept():
    text = ('The election would be a three-party contest, as the Conservative party "fades away" as '
            'a national force and the Greens challenge Labour in its heartlands, he said.')
    assert texts(text) == ["fades away"]


def test_a_short_quote_credited_at_its_end_before_a_quote_opening_the_next_sentence():
    text = ('His party "instinctively" understood the "new liberal Britain" which is no longer a nation '
            'with one family structure, he said. "We are less deferential; more inclined to think for ourselves."')
    assert "new liberal Britain" in texts(text)


def test_a_short_quote_credited_at_its_end_in_the_present_tense():
    text = ('The priority should instead be on "failing states", including those who cannot control '
            'their nuclear material, he argues.')
    assert texts(text) == ["failing states"]


def test_the_writers_own_say_credits_no_short_quote():
    text = 'I\'d say an attack on a major target is a "When" not an "If" question for the police.'
    assert texts(text) == []


def test_so_called_drops_even_a_long_span():
    assert texts('He attacked the so-called "war on the motorist" policy again.') == []


def test_unclosed_quote_ends_with_its_paragraph():
    text = (
        'The vote was lost.\n\nHe said: "We will not give up on this fight\n\nThe debate continues.'
    )
    assert texts(text) == ["We will not give up on this fight"]


def test_single_mark_copy_is_read_with_single_marks():
    text = (
        "Greece's deputy finance minister Dimitris Mardas said the country would pay. "
        "He said: 'We strive to be able to pay our obligations on time. We are ready to pay.' "
        "A senior official told the newspaper: 'We are a Left-wing government and voters' trust "
        "matters. It's a no-brainer.'"
    )
    doc = doc_of(text)
    assert quote_mode(doc) == "'"
    assert texts(text) == [
        "We strive to be able to pay our obligations on time. We are ready to pay.",
        "We are a Left-wing government and voters' trust matters. It's a no-brainer.",
    ]


def test_double_mark_copy_ignores_apostrophes():
    found = texts(seed("000"))
    assert all("\u201c" not in t and "\u201d" not in t for t in found)
    assert "We\u2019ve said all along the North East and the Midlands would be difficult," in found


def test_repeated_paragraph_gives_one_quote():
    # seed 000 prints its last two paragraphs twice
    found = texts(seed("000"))
    assert sum(t.startswith("Good to see valueless flag waving") for t in found) == 1


def test_unclosed_partial_quote_ends_with_its_sentence():
    # bbc-politics 124 drops a closing mark; the next quote opens mid-sentence
    text = (
        'Ms Hutt said waiting lists were "only 10% of the health agenda. Dr Gibbons said staff '
        'wanted calm after "tremendous change and reform".'
    )
    assert texts(text) == ["only 10% of the health agenda.", "tremendous change and reform"]


def test_single_mark_partial_quote_ending_in_s_closes_before_a_lower_case_word():
    text = (
        "Mr Dale said he was 'absolutely furious' and planned to appeal. Campaign groups said firms "
        "were 'falling over themselves' to raise fines. Ian Moss said: 'I think the voters' trust "
        "is gone for good now.' 'We have lost the argument,' he added."
    )
    found = texts(text)
    assert found[:3] == ["absolutely furious", "falling over themselves",
                         "I think the voters' trust is gone for good now."]


def test_short_span_with_a_speech_verb_earlier_in_its_sentence_is_a_quote():
    text = (
        'Campaign groups said the ruling was a victory for the clampers and would open the '
        'floodgates for unscrupulous firms "falling over themselves" to raise fines. Drivers '
        'reacted in anger, accusing the judges of being "out of touch". The car park is "well lit".'
    )
    assert texts(text) == ["falling over themselves", "out of touch"]


def test_bare_quote_drops_only_the_attributions_punctuation():
    assert bare_quote("We will win,") == "We will win"
    assert bare_quote("We will win, ") == "We will win"
    assert bare_quote("The vote is close;") == "The vote is close"
    assert bare_quote("Why now?") == "Why now?"
    assert bare_quote("If only we had…") == "If only we had…"
    assert bare_quote("We must —") == "We must —"  # interrupted: the speaker's
    assert bare_quote("Yes, we will") == "Yes, we will"


def test_one_single_marked_quote_in_copy_without_double_marks():
    found = extract(
        "Prosecutors say Allen could face a life sentence.\n\n"
        "'I was outraged when I saw that police report,' County Prosecutor Ron O'Brien told the "
        "Dispatch. O'Brien said Robert Downey Jr.'s films were not the point."
    )
    assert [(q.text, q.speaker) for q in found.quotes] == [
        ("I was outraged when I saw that police report", "Ron O'Brien")]


def test_a_programme_title_after_telling_a_channel_or_said_on_is_no_quote():
    text = ('Okwu said he would not resign, telling CNN\'s "State of the Union" that he was innocent. '
            '"Somebody stole it, we are going to find out who," Caldwell said on "Fox & Friends" before the hearing.')
    assert [q.text for q in extract(text).quotes] == ["Somebody stole it, we are going to find out who"]


def test_a_pull_quote_repeating_a_body_quote_is_one_quote_with_its_speaker():
    text = (
        "Sabine Kruse has run the works council for 11 years.\n\n"
        "Her son, Lukas Kruse, is an apprentice at the plant. "
        '"I think the end of the world is an apprenticeship at a plant that might close," Lukas says.\n\n'
        '"I think the end of the world is an apprenticeship at a plant that might close."\n\n'
        'Mrs Kruse said the party had "lost the plot" on steel, and that "lost the plot" was mild.'
    )
    found = extract(text)
    repeats = [q for q in found.quotes if q.text.startswith("I think the end of the world")]
    assert len(repeats) == 1 and repeats[0].speaker == "Lukas Kruse"


def test_a_paragraph_quoting_with_single_marks_in_double_mark_copy():
    """Copy that quotes with double marks may carry a paragraph (pasted from a wire, another
    outlet) that quotes with single ones: those are quotes too; a headline's single-marked
    words stay a headline's."""
    text = (
        "Bloc says Ottawa is 'holding the province's money hostage'\n\n"
        "Anna Bell said “we will win this seat easily.”\n\n"
        "Gareth Probert MS said Labour had 'propped up' a government it claimed to oppose, and "
        "that voters would 'remember who kept Plaid in power'."
    )
    found = {q.text: q.speaker for q in extract(text).quotes}
    assert found.get("remember who kept Plaid in power") == "Gareth Probert", found
    assert found.get("we will win this seat easily.") == "Anna Bell", found
    assert not any("hostage" in q for q in found), found
