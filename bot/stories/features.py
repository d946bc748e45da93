"""What story matching knows about one article: its TF-IDF vector, distinctive
numbers and the people its brief named."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.stories.tfidf import Background, Vector, default_background, vectorise
from bot.stories.tokens import numbers, person_keys, words

LEAD_PARAGRAPHS = 2


@dataclass(frozen=True)
class ArticleFeatures:
    """`vector` is the whole text's; `lead` is the headline and opening paragraphs',
    where a news report states its event (follow-ups share background lower down)."""

    vector: Vector
    lead: Vector
    numbers: frozenset[str]
    people: frozenset[str]


def lead_of(text: str, paragraphs: int = LEAD_PARAGRAPHS) -> str:
    return "\n".join([p for p in text.split("\n") if p.strip()][:paragraphs])


def extract_features(
    text: str,
    title: str | None = None,
    people: Iterable[str] = (),
    background: Background | None = None,
) -> ArticleFeatures:
    """Features of an article; `people` are the names from its Brief (`Brief.people`)."""
    background = background or default_background()
    body = f"{title}\n{text}" if title else text
    lead = f"{title}\n{lead_of(text)}" if title else lead_of(text)
    return ArticleFeatures(
        vector=vectorise(words(body), background),
        lead=vectorise(words(lead), background),
        numbers=frozenset(numbers(body)),
        people=frozenset(person_keys(tuple(people))),
    )
