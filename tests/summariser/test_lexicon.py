"""The regex builders of the lexicon: faster patterns must find what the plain ones find."""

import re

from summariser.lexicon import PARTY_RE, by_first_letter, first_letters


def test_by_first_letter_keeps_the_order_within_a_letter():
    # `labour party` before `labour`: the longer name wins where both match, as in a flat
    # alternation of the same words.
    words = ["labour party", "liberal democrats", "labour", "lib dem", "green", "snp"]
    flat = re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I)
    grouped = re.compile(r"\b" + first_letters(words) + by_first_letter(words) + r"\b", re.I)
    text = "The Labour Party, Labour, the Lib Dems, the Liberal Democrats, the SNP and Green voters"
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert grouped.fullmatch("labour party") and grouped.fullmatch("LABOUR")


def test_by_first_letter_groups_case_blind():
    assert by_first_letter(["Ab", "ac", "b"]) == "(?:(?:Ab|ac)|(?:b))"


def test_party_pattern_prefers_the_longer_name():
    assert PARTY_RE.search("a Labour Party spokesman").group() == "Labour Party"
