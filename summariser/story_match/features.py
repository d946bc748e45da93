"""What story matching knows about one article: its TF-IDF vector, distinctive
numbers and the people its brief named."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .tfidf import Background, Vector, default_background, vectorise
from .tokens import numbers, person_keys, words

LEAD_PARAGRAPHS = 2


@dataclass(frozen=True)
class ArticleFeatures:
    """`vector` is the whole text's; `lead` is the headline and opening paragraphs',
    where a news report states its event (follow-ups share background lower down)."""

    vector: Vector
    lead: Vector
    numbers: frozenset[str]
    people: frozenset[str]


def split_lead(text: str, paragraphs: int = LEAD_PARAGRAPHS) -> tuple[str, str]:
    """(the first `paragraphs` non-blank lines, the rest), as slices of `text`."""
    seen = end = 0
    for line in text.splitlines(keepends=True):
        if seen >= paragraphs:
            break
        end += len(line)
        if line.strip():
            seen += 1
    return text[:end], text[end:]


def lead_of(text: str, paragraphs: int = LEAD_PARAGRAPHS) -> str:
    return split_lead(text, paragraphs)[0]


def extract_features(
    text: str,
    title: str | None = None,
    people: Iterable[str] = (),
    background: Background | None = None,
) -> ArticleFeatures:
    """Features of an article; `people` are the names from its Brief (`Brief.people`)."""
    background = background or default_background()
    lead, rest = split_lead(text)
    lead_words = words(f"{title}\n{lead}" if title else lead)
    body = f"{title}\n{text}" if title else text
    # the body's words are the lead's and the rest's: each part is tokenised once
    body_words = lead_words + words(rest)
    return ArticleFeatures(
        vector=vectorise(body_words, background),
        lead=vectorise(lead_words, background),
        numbers=frozenset(numbers(body)),
        people=frozenset(person_keys(tuple(people))),
    )
