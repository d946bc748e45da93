"""The shipped verb lexicon: what can carry a clause, with no tagger model."""

from __future__ import annotations

from summariser.verbs import has_finite_verb, is_finite_verb


def test_regular_and_irregular_forms_are_verbs():
    for word in ("endures", "wants", "looks", "suggests", "planned", "dying", "built", "was", "won't"):
        assert is_finite_verb(word) or word == "dying", word
    assert not is_finite_verb("dying")  # an -ing form cannot carry a clause alone


def test_a_base_form_is_a_verb_only_after_a_subject():
    assert has_finite_verb("Women MPs endure sexist abuse".split())
    assert has_finite_verb("They plan a strike".split())
    assert not has_finite_verb("The plan for a strike".split())
    assert not has_finite_verb("a decision to endure".split())


def test_list_items_and_places_have_no_verb():
    assert not has_finite_verb("22 tons of food and 2 tons of medicine".split())
    assert not has_finite_verb("North of Brisbane, on March 30, 2013".split())


def test_spelling_rules_give_the_forms_news_copy_uses():
    for word in ("vetoes", "vetoed", "rebelled", "taxes", "trims", "capped", "tries", "tried"):
        assert is_finite_verb(word), word


def test_a_base_form_in_a_name_or_after_a_possessive_is_no_verb():
    assert not has_finite_verb("Chairman of the Environmental Audit Committee Peter Ainsworth MP".split())
    assert not has_finite_verb("One of the leaders of the party's reform process".split())
