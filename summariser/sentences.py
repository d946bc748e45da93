"""Sentence splitting with NLTK's Punkt, its parameters set in code (no downloads).

Punkt's pretrained English model needs `nltk.download`, which newsroom networks
block, so the abbreviations it must not split after are listed here. The
splitter runs on the straight-quote form of a paragraph (see `normalise`), so
Punkt's rules for `."`, `?"` and `!"` apply to curly quotes too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .normalise import match_form

# Lower case, without the final period, as Punkt stores them.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof st sr jr gov govs sen sens rep reps gen col lt capt cmdr adm maj sgt
    cpl pte supt insp det cllr rev hon pres vs etc inc ltd co corp plc bros dept est approx
    fig no nos vol ed eds pp cf al ave blvd rd mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n u.s.a e.u e.g i.e a.m p.m d.c n.y l.a ph.d
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex va vt wash wis wyo
    """.split()
)

_CLOSERS = "'\"\u2019\u201d"
_STARTS_LOWER = re.compile(r"""^[\s"'(\[]*[a-z]""")


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one paragraph.

    Punkt splits after `?"` and `!"` even when the sentence goes on
    (`"Why?" he asked.`), so a piece opening in lower case is joined back on.
    """
    text = match_form(paragraph)
    spans: list[tuple[int, int]] = []
    for start, end in _tokenizer().span_tokenize(text):
        # `''` as a closing mark maps to `" `: keep both apostrophes in the sentence.
        while end < len(paragraph) and paragraph[end] in _CLOSERS:
            end += 1
        if spans and _STARTS_LOWER.match(text[start:end]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, in its original characters."""
    return [paragraph[s:e] for s, e in sentence_spans(paragraph)]


def split_text(text: str) -> list[str]:
    """Sentences of a whole text, one paragraph a line; the tokenizer sumy is handed."""
    out: list[str] = []
    for para in text.split("\n"):
        if para.strip():
            out.extend(split_sentences(para.strip()))
    return out
