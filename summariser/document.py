"""The parsed form every later stage reads: paragraphs and sentences of one source.

Each piece keeps its display text (the source's own characters, whitespace
folded) and a matching form of the same length with straight quotes, so
stages match on one and show the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .article import Article
from .normalise import match_form
from .paragraphs import clean_paragraphs, split_paragraphs
from .sentences import sentence_spans


@dataclass
class Sentence:
    text: str  # display form
    norm: str  # same length, straight quotes
    paragraph: int  # index of its paragraph in the document
    index: int  # index among all the document's sentences
    start: int  # offset in its paragraph
    end: int

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Paragraph:
    text: str
    norm: str
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Document:
    """One source, cleaned and split. `title` is None when the source has none."""

    article: Article
    title: str | None
    paragraphs: list[Paragraph]
    sentences: list[Sentence]

    @property
    def words(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)


def build_document(article: Article) -> Document:
    """Split an article into clean paragraphs and sentences."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for p_index, text in enumerate(clean_paragraphs(split_paragraphs(article.text))):
        norm = match_form(text)
        para = Paragraph(text=text, norm=norm)
        for start, end in sentence_spans(text):
            sent = Sentence(
                text=text[start:end],
                norm=norm[start:end],
                paragraph=p_index,
                index=len(sentences),
                start=start,
                end=end,
            )
            para.sentences.append(sent)
            sentences.append(sent)
        paragraphs.append(para)
    title = article.title.strip() if article.title and article.title.strip() else None
    return Document(article=article, title=title, paragraphs=paragraphs, sentences=sentences)
