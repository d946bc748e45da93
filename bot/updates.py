"""What a new source added to a story: the difference between two merged briefs.

Pure (briefs in, `BriefUpdate` out) so the living-brief thread reply can be
tested without Slack. Lines and quotes are compared by their normalised text
(case, quotes and spacing ignored), people by name and aliases, so the same
sentence re-extracted from the merged sources does not count as news.

`Said` is the ledger of everything a brief and its thread have already said. A
merged brief keeps only the best few lines, so a line the first brief showed can
drop out of a later merge and come back in the next; comparing with the ledger
as well as the previous brief keeps it from being announced as new again.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from summariser.brief import Brief, Conflict, Line, Person, Quote

_NON_WORD = re.compile(r"[\W_]+")


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower()).strip()


@dataclass
class BriefUpdate:
    """Only what is new in `after` compared with `before`."""

    facts: list[Line] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    sources_before: int = 0
    sources_after: int = 0

    @property
    def empty(self) -> bool:
        return not (self.facts or self.quotes or self.people or self.conflicts)


def _names(people: list[Person]) -> set[str]:
    names = set()
    for person in people:
        names.add(_norm(person.name))
        names.update(_norm(a) for a in person.aliases)
    return names


@dataclass(frozen=True)
class Said:
    """Normalised texts already said in a brief or its thread: lines (key sentences, facts and
    quotes), quotes, people's names and aliases, conflicts."""

    lines: frozenset[str] = frozenset()
    quotes: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    conflicts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, brief: Brief) -> Said:
        return cls(
            lines=frozenset(_norm(x.text) for x in brief.summary + brief.facts + brief.quotes),
            quotes=frozenset(_norm(q.text) for q in brief.quotes),
            people=frozenset(_names(brief.people)),
            conflicts=frozenset(_norm(c.text) for c in brief.conflicts),
        )

    def __or__(self, other: Said) -> Said:
        return Said(
            self.lines | other.lines,
            self.quotes | other.quotes,
            self.people | other.people,
            self.conflicts | other.conflicts,
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "lines": sorted(self.lines),
                "quotes": sorted(self.quotes),
                "people": sorted(self.people),
                "conflicts": sorted(self.conflicts),
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Said:
        data = json.loads(text)
        return cls(
            **{k: frozenset(data.get(k, ())) for k in ("lines", "quotes", "people", "conflicts")}
        )


def _contained(text: str, known: set[str]) -> bool:
    """Known verbatim, a fragment of a known line (a shorter extract of the same sentence),
    or a known line run on (the same quote, quoted at greater length)."""
    norm = _norm(text)
    if norm in known:
        return True
    if len(norm) < 20:
        return False
    return any(norm in k or (len(k) >= 20 and k in norm) for k in known)


def whats_new(before: Brief, after: Brief, said: Said | None = None) -> BriefUpdate:
    """New facts (summary lines and headline facts), quotes, people and conflicts in `after`:
    neither in `before` nor, if given, in `said` (what the thread has said already)."""
    known = Said.of(before) | (said or Said())
    known_lines = set(known.lines)
    known_quotes = set(known.quotes)
    known_people = set(known.people)
    known_conflicts = set(known.conflicts)

    facts: list[Line] = []
    seen: set[str] = set()
    for line in after.facts + after.summary:
        norm = _norm(line.text)
        if norm in seen or _contained(line.text, known_lines):
            continue
        seen.add(norm)
        facts.append(line)
    quotes = [q for q in after.quotes if not _contained(q.text, known_quotes)]
    people = [
        p
        for p in after.people
        if _norm(p.name) not in known_people and not (_names([p]) & known_people)
    ]
    conflicts = [c for c in after.conflicts if _norm(c.text) not in known_conflicts]
    return BriefUpdate(
        facts=facts,
        quotes=quotes,
        people=people,
        conflicts=conflicts,
        sources_before=len(before.sources),
        sources_after=len(after.sources),
    )
