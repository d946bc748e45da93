"""The parsed form every later stage reads: paragraphs and sentences of one source.

Each piece keeps its display text (the source's own characters, whitespace
folded) and a matching form of the same length with straight quotes, so
stages match on one and show the other.
"""

from __future__ import annotations

import re
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


# `fianc&#233;e`, `Bryn F&#244;n`: numeric character references left in copied text.
_CHAR_REF = re.compile(r"&#(?:(\d{2,7})|[xX]([0-9a-fA-F]{2,6}));")


def _char(m: re.Match) -> str:
    code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
    return chr(code) if 32 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m.group()


def decode_char_refs(text: str) -> str:
    """The characters numeric references stand for; everything else as it is."""
    return _CHAR_REF.sub(_char, text) if "&#" in text else text


def build_document(article: Article) -> Document:
    """Split an article into clean paragraphs and sentences."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for p_index, text in enumerate(clean_paragraphs(split_paragraphs(decode_char_refs(article.text)))):
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
    title = decode_char_refs(article.title.strip()) if article.title and article.title.strip() else None
    return Document(article=article, title=title, paragraphs=paragraphs, sentences=sentences)
