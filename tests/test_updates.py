from bot.updates import whats_new
from summariser.brief import Brief, Conflict, Line, Person, Quote, SourceInfo


def _brief(**kw):
    base = dict(
        headline="Labour all but concedes Hartlepool",
        summary=[Line("Labour has all but conceded defeat in the Hartlepool by-election.", [0])],
        quotes=[
            Quote(
                "It is pretty clear in the way the ballots are landing that we are not close to winning this.",
                "Jim McMahon",
                sources=[0],
            )
        ],
        people=[Person("Jim McMahon", aliases=["McMahon"])],
        facts=[Line("Hartlepool was held by Labour with a majority of 3,595 in 2019.", [0])],
        sources=[SourceInfo(title="one", url="https://a.example/1")],
    )
    base.update(kw)
    return Brief(**base)


def test_nothing_new_when_the_merged_brief_repeats_what_was_said():
    before = _brief()
    after = _brief(
        sources=before.sources + [SourceInfo(title="two")],
        summary=[Line("Labour has all but conceded defeat in the Hartlepool by-election.", [0, 1])],
    )
    update = whats_new(before, after)
    assert update.empty
    assert (update.sources_before, update.sources_after) == (1, 2)


def test_new_facts_quotes_people_and_conflicts_are_reported_once():
    before = _brief()
    turnout = Line("Votes continue to be counted, with turnout an unusually high 42.55%.", [1])
    quote = Quote(
        "It would be difficult to do that given how we see the numbers beginning to pan out.",
        "Jim McMahon",
        sources=[1],
    )
    conflict = Conflict("majority 3,595 in source 0 vs 3,594 in source 1", [0, 1])
    after = _brief(
        summary=before.summary + [turnout],
        facts=before.facts + [turnout],
        quotes=before.quotes + [quote],
        people=before.people
        + [
            Person("Keir Starmer", aliases=["Mr Starmer"]),
            Person("J. McMahon", aliases=["McMahon"]),
        ],
        conflicts=[conflict],
        sources=before.sources + [SourceInfo(title="two")],
    )
    update = whats_new(before, after)
    assert [f.text for f in update.facts] == [turnout.text]
    assert [q.text for q in update.quotes] == [quote.text]
    assert [p.name for p in update.people] == [
        "Keir Starmer"
    ]  # McMahon under another name is known
    assert update.conflicts == [conflict]
    assert not update.empty


def test_a_shorter_extract_of_a_known_sentence_is_not_new():
    before = _brief()
    after = _brief(facts=[Line("Hartlepool was held by Labour with a majority of 3,595", [1])])
    assert whats_new(before, after).facts == []


def test_a_line_the_thread_said_before_is_not_new_when_a_later_merge_brings_it_back():
    from bot.updates import Said

    first = _brief()
    turnout = Line("Votes continue to be counted, with turnout an unusually high 42.55%.", [1])
    second = _brief(facts=first.facts + [turnout], sources=first.sources + [SourceInfo("two")])
    # the third merge drops the turnout line, the fourth brings it back
    third = _brief(sources=second.sources + [SourceInfo("three")])
    fourth = _brief(facts=[turnout], sources=third.sources + [SourceInfo("four")])
    ledger = Said.of(first) | Said.of(second) | Said.of(third)
    assert Said.from_json(ledger.to_json()) == ledger
    assert [f.text for f in whats_new(third, fourth).facts] == [turnout.text]  # brief alone
    assert whats_new(third, fourth, ledger).facts == []
    assert whats_new(third, fourth, Said.of(first)).facts == [turnout]
