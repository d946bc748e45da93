"""The `Brief`: what the summariser returns and what every other tool reads.

The JSON shape of `Brief.to_dict()` is a public contract (the bot, the digests
and outside tools read it), so fields are only ever added, never renamed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class SourceInfo:
    """One input the brief was made from."""

    title: str | None = None
    url: str | None = None
    site: str | None = None
    words: int = 0


@dataclass
class Line:
    """A sentence that stands in the sources: a key sentence or a headline fact."""

    text: str
    sources: list[int] = field(default_factory=list)


@dataclass
class Quote:
    """A direct quote, its speaker (None when the text does not say), and where it appeared."""

    text: str
    speaker: str | None = None
    role: str | None = None
    key: bool = False
    sources: list[int] = field(default_factory=list)
    medium: str | None = None


@dataclass
class Person:
    """A person named in the sources, once, under their fullest name."""

    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    party: str | None = None
    mentions: int = 0
    quotes: int = 0


@dataclass
class Conflict:
    """Two sources disagree about a fact, e.g. 'majority 3,595 in source 0 vs 3,594 in source 1'."""

    text: str
    sources: list[int] = field(default_factory=list)


@dataclass
class Brief:
    headline: str
    summary: list[Line] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    facts: list[Line] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    sources: list[SourceInfo] = field(default_factory=list)
    # Plain sentences the reader must see before trusting the brief (e.g. the sources look
    # like different stories). Optional in the JSON: the key is there only when there are some.
    warnings: list[str] = field(default_factory=list)

    @property
    def key_quotes(self) -> list[Quote]:
        return [q for q in self.quotes if q.key]

    def person(self, name: str | None) -> Person | None:
        """The person entry for a canonical name, if listed."""
        if not name:
            return None
        return next((p for p in self.people if p.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if not data["warnings"]:  # added later: briefs without warnings keep their old shape
            del data["warnings"]
        return data

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Brief:
        """Rebuild a brief from `to_dict()` output (as stored by the bot), ignoring unknown keys."""

        def build(kind: type, item: dict[str, Any]) -> Any:
            names = kind.__dataclass_fields__.keys()
            return kind(**{k: v for k, v in item.items() if k in names})

        return cls(
            headline=data.get("headline", ""),
            summary=[build(Line, x) for x in data.get("summary", [])],
            quotes=[build(Quote, x) for x in data.get("quotes", [])],
            people=[build(Person, x) for x in data.get("people", [])],
            facts=[build(Line, x) for x in data.get("facts", [])],
            conflicts=[build(Conflict, x) for x in data.get("conflicts", [])],
            sources=[build(SourceInfo, x) for x in data.get("sources", [])],
            warnings=[str(w) for w in data.get("warnings", [])],
        )
