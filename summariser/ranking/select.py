"""Choose the brief's key sentences across all sources.

First version: the lead sentences of the first source (the Lead-N baseline).
"""

from __future__ import annotations

from ..brief import Line
from ..document import Document


def select_key_sentences(docs: list[Document], count: int = 4) -> list[Line]:
    lead = docs[0].sentences[:count]
    return [Line(text=s.text, sources=[0]) for s in lead]
