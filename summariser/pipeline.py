"""Sources → `Brief`: the one path every caller (CLI, bot, digests) goes through."""

from __future__ import annotations

from .article import Article
from .brief import Brief, SourceInfo
from .document import Document, build_document
from .errors import InputError
from .extract import extract_story
from .ranking import select_key_sentences
from .sources import to_article

MIN_SENTENCES, MAX_SENTENCES = 1, 10


def summarise(*sources: str | Article, sentences: int = 4) -> Brief:
    """One brief of one story told by one or more sources (text, HTML or `Article`)."""
    if not sources:
        raise InputError("Nothing to brief: give at least one article.")
    if not MIN_SENTENCES <= sentences <= MAX_SENTENCES:
        raise InputError(f"Ask for between {MIN_SENTENCES} and {MAX_SENTENCES} key sentences.")
    docs = [build_document(to_article(s)) for s in sources]
    if not any(d.sentences for d in docs):
        raise InputError("I couldn't find any sentences to brief in that text.")
    found = extract_story(docs)
    return Brief(
        headline=pick_headline(docs),
        summary=select_key_sentences(docs, sentences),
        quotes=found.quotes,
        people=found.people,
        facts=found.facts,
        conflicts=found.conflicts,
        sources=[_source_info(d) for d in docs],
    )


def pick_headline(docs: list[Document]) -> str:
    """The first source's own headline, else its first sentence: always text from a source."""
    for doc in docs:
        if doc.title:
            return doc.title
    first = next(d for d in docs if d.sentences)
    return first.sentences[0].text


def _source_info(doc: Document) -> SourceInfo:
    a = doc.article
    return SourceInfo(title=doc.title, url=a.url, site=a.site, words=doc.words)
