"""Who said what, who is involved, and the headline facts, across all sources of a story.

Filled in by the extraction work (quotes, speakers, people, facts, cross-source merge).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .brief import Conflict, Line, Person, Quote
from .document import Document


@dataclass
class StoryExtraction:
    quotes: list[Quote] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    facts: list[Line] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def extract_story(docs: list[Document]) -> StoryExtraction:
    """Quotes with speakers, people with roles, facts and conflicts of one story."""
    return StoryExtraction()
