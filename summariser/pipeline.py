"""Sources → `Brief`: the one path every caller (CLI, bot, digests) goes through."""

from __future__ import annotations

import logging
import re

from . import messages
from .article import Article
from .brief import Brief, SourceInfo
from .document import Document, build_document
from .errors import InputError
from .extract import StoryExtraction, extract_story
from .html import looks_like_html
from .limits import check_text, sentence_like
from .mixed_sources import mixed_sources_warning
from .ranking import select_key_sentences
from .ranking.standalone import dateline_length
from .sources import to_article
from .verbs import has_finite_verb

MIN_SENTENCES, MAX_SENTENCES = 1, 10
log = logging.getLogger(__name__)


def summarise(*sources: str | Article, sentences: int = 4) -> Brief:
    """One brief of one story told by one or more sources (text, HTML or `Article`).

    Raises `InputError` (its message is meant for the user) for input that
    cannot be briefed: empty, binary, over 2 MB, or with no sentences in it.
    """
    if not sources:
        raise InputError(messages.NOTHING_GIVEN)
    if isinstance(sentences, bool) or not isinstance(sentences, int):
        raise InputError(f"Ask for a whole number of key sentences, not {sentences!r}.")
    if not MIN_SENTENCES <= sentences <= MAX_SENTENCES:
        raise InputError(f"Ask for between {MIN_SENTENCES} and {MAX_SENTENCES} key sentences.")
    docs = []
    for n, source in enumerate(sources):
        label = "The text" if len(sources) == 1 else f"Source {n + 1}"
        check_text(source.text if isinstance(source, Article) else source, label)
        docs.append(build_document(to_article(source)))
    if not any(sentence_like(s.text) for d in docs for s in d.sentences):
        if all(_is_html(s) for s in sources):
            raise InputError(messages.NO_ARTICLE_FILE)
        raise InputError(messages.NO_SENTENCES)
    found = _extract(docs)
    mixed = mixed_sources_warning(docs, found.source_people)
    return Brief(
        headline=pick_headline(docs, found.lead),
        summary=select_key_sentences(docs, sentences),
        quotes=found.quotes,
        people=found.people,
        facts=found.facts,
        conflicts=found.conflicts,
        sources=[_source_info(d) for d in docs],
        warnings=[mixed] if mixed else [],
    )


def _extract(docs: list[Document]) -> StoryExtraction:
    """Quotes, people and facts; if extraction fails on odd input, the brief still goes out
    with its key sentences (the failure is logged, never shown to the user as a crash)."""
    try:
        return extract_story(docs)
    except Exception:
        log.exception("extraction failed; briefing without quotes, people and facts")
        return StoryExtraction()


def _is_html(source: str | Article) -> bool:
    return looks_like_html(source.text if isinstance(source, Article) else source)


HEADLINE_WORDS = 20  # an untitled story's first sentence up to this long is its headline


def pick_headline(docs: list[Document], lead: str | None = None) -> str:
    """The first source's own headline; else its first sentence, or when that runs long,
    its main clause cut as a fact is (`lead`): always the source's own words."""
    for doc in docs:
        if doc.title:
            return doc.title
    first = next(d for d in docs if d.sentences)
    text = first.sentences[0].text
    text = text[dateline_length(text):] or text  # not `CANBERRA, 9 May 2023 - …`
    if len(text.split()) <= HEADLINE_WORDS:
        return text
    return opening_clause(text) or (lead if lead and first is docs[0] else None) or text


_CLAUSE_END = re.compile(r",\s|;\s|\s[-–—]\s")
_RELATIVE = re.compile(r"\s(?=(?:that|which|who|where)\s)")


def opening_clause(text: str) -> str | None:
    """A long first sentence's opening clause, up to its first comma or dash (else up to a
    relative `that`/`which`), when it reads whole: `The House narrowly passed a stopgap
    spending bill late Thursday | that would keep …`."""
    for pattern in (_CLAUSE_END, _RELATIVE):
        for m in pattern.finditer(text):
            piece = text[: m.start()].strip()
            words = piece.split()
            if len(words) < 5:
                continue
            if len(words) > HEADLINE_WORDS:
                break
            if piece.count('"') % 2 == 0 and piece.count("“") == piece.count("”") \
                    and has_finite_verb(words):
                return piece
            break
    return None


def _source_info(doc: Document) -> SourceInfo:
    a = doc.article
    return SourceInfo(title=doc.title, url=a.url, site=a.site, words=doc.words)
