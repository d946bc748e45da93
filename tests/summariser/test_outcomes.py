"""Results in key-sentence selection: a result is told once, and the winner is named too."""

import pytest

from summariser.document import build_document
from summariser.ranking.outcomes import gist, other_side, same_result
from summariser.ranking.select import Weights, select_key_sentences
from summariser.sources import to_article


@pytest.mark.parametrize(
    ("sentence", "won", "lost"),
    [
        ("The Liberal Democrats have all but conceded defeat in the Brackley by-election.",
         set(), {"Liberal Democrat"}),
        ("Ms Pike said it was plain the Lib Dems had not \"got over the line\".",
         set(), {"Liberal Democrat"}),
        ("Counting goes on but Green candidate Ann Hall looks on course for victory.",
         {"Hall"}, set()),
        ("It was a famous victory for the Tories in the north.", {"Conservative"}, set()),
        ("An aide admitted the party was \"nowhere near winning\" the seat.", set(), {""}),
        ("Plaid Cymru conceded the seat shortly after 4am.", set(), {"Plaid Cymru"}),
    ],
)
def test_who_a_sentence_says_won_or_lost(sentence, won, lost):
    g = gist(sentence)
    assert set(g.won) == won and set(g.lost) == lost


@pytest.mark.parametrize(
    "sentence",
    [
        "Labour avoided losing the seat in 2019 only because the Brexit Party stood aside.",
        "Asked whether the leader would be to blame for a defeat, Ms Lee said no.",
        "The party could win the next election, Mr Clarke said.",
        "The plan won praise from unions and employers alike.",
        "Ministers have promised to win back the trust of voters in the north.",
        "He turned the outfit back into a winning force.",
        "Three people lost their lives in the fire on Tuesday.",
        "The minister conceded that the figures were disappointing.",
        "Turnout was 38%, down from 71% at the general election.",
    ],
)
def test_no_result_is_read_into_other_sentences(sentence):
    assert not gist(sentence).reports_result


def test_the_same_result_in_other_words_is_recognised():
    lead = gist("The Liberal Democrats have all but conceded defeat in the Brackley by-election.")
    retold = gist(
        "Campaign chief Sarah Pike said it was plain the Liberal Democrats had not got over the line."
    )
    winner = gist("Conservative candidate Mark Dunn looks on course for victory.")
    elsewhere = gist("Labour lost control of two councils in the county.")
    assert same_result(lead, retold) and same_result(retold, lead)
    assert not same_result(lead, winner)
    assert not same_result(lead, elsewhere), "another party's loss is another result"
    assert other_side(winner, [lead])
    assert not other_side(winner, [lead, winner]), "the winner is already told"
    assert not other_side(retold, [lead]), "a loss is not the other side of a loss"
    # A sentence naming the loser as winning is no other side.
    assert not other_side(gist("The Liberal Democrats won the seat in 2019."), [lead])


STORY = """Lib Dems All But Concede Brackley By-Election

The Liberal Democrats have all but conceded defeat in the Brackley by-election after a senior party figure admitted they were "nowhere near winning".

Campaign chief Sarah Pike, who ran the party's drive to hold the market town, said it was plain the Liberal Democrats had not "got over the line".

Such a setback in a seat the party has held since 1997 will worry its leader, who promised a revival in the shires.

Counting is still going on at the leisure centre but Conservative candidate Mark Dunn looks on course for victory.

The seat fell vacant when the sitting MP stood down to take a job in the City.

Turnout was put at 38%, down from 71% at the general election.

Results from council contests elsewhere in the county are due later on Friday.
"""
RETOLD = "Campaign chief Sarah Pike"
WINNER = "Conservative candidate Mark Dunn looks on course for victory"


def _picks(weights: Weights | None = None, count: int = 3) -> list[str]:
    doc = build_document(to_article(STORY))
    return [line.text for line in select_key_sentences([doc], count, weights=weights)]


def test_a_result_already_told_gives_way_to_the_winner():
    # Word overlap alone keeps the retelling (it shares little vocabulary with the lead)
    # and leaves out who won ...
    plain = _picks(Weights(retold=1.0, other_side=0.0))
    assert any(p.startswith(RETOLD) for p in plain)
    assert not any(WINNER in p for p in plain)
    # ... the result-aware selection tells the loss once and names the winner.
    picks = _picks()
    assert picks[0].startswith("The Liberal Democrats have all but conceded defeat")
    assert not any(p.startswith(RETOLD) for p in picks)
    assert any(WINNER in p for p in picks)


def test_each_rule_does_its_own_part():
    # Discounting the retelling alone frees its place; naming the winner alone earns one.
    only_retold = _picks(Weights(other_side=0.0))
    assert not any(p.startswith(RETOLD) for p in only_retold)
    only_winner = _picks(Weights(retold=1.0))
    assert any(WINNER in p for p in only_winner)


def test_a_retelling_is_still_used_when_nothing_else_is_left():
    # A discount, not a ban: asked for every sentence, the brief still has it.
    assert any(p.startswith(RETOLD) for p in _picks(count=7))
