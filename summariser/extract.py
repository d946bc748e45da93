"""Who said what, who is involved, and the headline facts, across all sources of a story.

One pass per source (quotes → people → speakers → facts), then one merge across
sources. Each step lives in its own module; this one only wires them together
and turns their findings into the `Brief`'s dataclasses.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .brief import Conflict, Line, Person, Quote
from .document import Document
from .facts import FactCandidate, fact_candidates, lead_extract, relabel, select_facts
from .merge import (
    NumberClaim,
    SourcePerson,
    SourceQuote,
    find_conflicts,
    merge_people,
    merge_quotes,
    number_claims,
    to_quotes,
)
from .people import PeopleIndex, find_people
from .quotes import QuoteSpan, find_quotes, keep
from .speakers import Attribution, SpeakerResolver


@dataclass
class StoryExtraction:
    quotes: list[Quote] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    facts: list[Line] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    source_people: list[list[str]] = field(default_factory=list)  # names each source gives
    lead: str | None = None  # the first source's opening, cut as a fact is (a headline when untitled)


@dataclass
class DocumentExtraction:
    """What one source says: its quotes with speakers, its people, its fact candidates."""

    quotes: list[SourceQuote]
    people: list[SourcePerson]
    facts: list[FactCandidate]
    claims: list[NumberClaim]
    spans: list[QuoteSpan] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    index: PeopleIndex | None = None


def extract_document(doc: Document, source: int = 0) -> DocumentExtraction:
    """Quotes, speakers, people and fact candidates of one source."""
    spans = find_quotes(doc)
    quoted = [(pc.paragraph, pc.start, pc.end) for q in spans for pc in q.pieces]
    kept = [q for q in spans if keep(doc, q)]
    index = find_people(doc, quoted)
    resolver = SpeakerResolver(doc, index)
    attributions = resolver.resolve(kept)
    quotes: list[SourceQuote] = []
    for n, (q, a) in enumerate(zip(kept, attributions, strict=False)):
        speaker = index.entities[a.entity].name if a.entity is not None else None
        if a.entity is not None:
            index.entities[a.entity].quotes += 1
        quotes.append(SourceQuote(q.text, speaker, a.medium, source, n))
    first = {id(e): (e.mentions[0].paragraph, e.mentions[0].start) if e.mentions else (1 << 30, 0)
             for e in index.entities}
    ordered = sorted(index.entities, key=lambda e: (-(2 * e.quotes + len(e.mentions)), first[id(e)]))
    people = [
        SourcePerson(
            Person(name=e.name, aliases=list(e.aliases), role=e.role, party=e.party,
                   mentions=len(e.mentions), quotes=e.quotes),
            source,
            e.gender,
        )
        for e in ordered
        if e.mentions
    ]
    by_para: dict[int, list[tuple[int, int]]] = {}
    for p, s, e in quoted:
        by_para.setdefault(p, []).append((s - 1, e + 1))
    names = frozenset(n for e in index.entities for n in [e.name, *e.aliases])
    said: dict[int, list[tuple[int, int, str]]] = {}
    for q, a in zip(kept, attributions, strict=False):
        if a.entity is not None:
            for pc in q.pieces:
                said.setdefault(pc.paragraph, []).append((pc.start, pc.end, index.entities[a.entity].name))
    speakers = {n: e.name for e in index.entities for n in [e.name, *e.aliases]}
    def pronoun_of(pronoun: str, paragraph: int, pos: int) -> str | None:
        ent = resolver.person_for_pronoun(pronoun, paragraph, pos)
        return index.entities[ent].name if ent is not None else None

    facts = fact_candidates(doc, by_para, source, names, said, speakers, pronoun_of)
    relabel(facts, [(e.name, e.aliases) for e in index.entities])
    claims: list[NumberClaim] = []
    for sent in doc.sentences:
        spans_here = by_para.get(sent.paragraph, [])
        if any(s < sent.end and e > sent.start for s, e in spans_here):
            continue
        claims.extend(number_claims(sent.norm, source))
    return DocumentExtraction(quotes, people, facts, claims, kept, attributions, index)


def extract_story(docs: list[Document]) -> StoryExtraction:
    """Quotes with speakers, people with roles, facts and conflicts of one story."""
    found = [extract_document(doc, i) for i, doc in enumerate(docs)]
    people, rename = merge_people([f.people for f in found])
    for f in found:
        for q in f.quotes:
            if q.speaker is not None:
                q.speaker = rename.get((q.source, q.speaker), q.speaker)
    merged = merge_quotes([q for f in found for q in f.quotes])
    said = Counter(m.speaker for m in merged if m.speaker is not None)
    for p in people:
        p.quotes = said.get(p.name, 0)
    people.sort(key=lambda p: -(2 * p.quotes + p.mentions))
    return StoryExtraction(
        quotes=to_quotes(merged, people),
        people=people,
        facts=select_facts([f.facts for f in found]),
        conflicts=find_conflicts([c for f in found for c in f.claims]),
        source_people=[[p.person.name for p in f.people] for f in found],
        lead=lead_extract(found[0].facts, docs[0].sentences[0].text) if found and docs[0].sentences else None,
    )
