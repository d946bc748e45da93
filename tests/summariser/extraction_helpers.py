"""Helpers for the extraction tests: build documents the way the pipeline does."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from summariser.document import Document, build_document
from summariser.extract import StoryExtraction, extract_story
from summariser.sources import to_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extraction"


def doc_of(text: str) -> Document:
    return build_document(to_article(text))


def extract(*texts: str) -> StoryExtraction:
    return extract_story([doc_of(t) for t in texts])


@cache
def seed(name: str) -> str:
    """A copy of a seed report (`000` or `004`) kept under tests/fixtures/extraction."""
    return (FIXTURES / f"seed-{name}.txt").read_text(encoding="utf-8")
