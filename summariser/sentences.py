"""Sentence splitting with NLTK's Punkt, its parameters set in code (no downloads).

Punkt's pretrained English model needs `nltk.download`, which newsroom networks
block, so the abbreviations it must not split after are listed here. The
splitter runs on the straight-quote form of a paragraph (see `normalise`), so
Punkt's rules for `."`, `?"` and `!"` apply to curly quotes too.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .normalise import match_form

# Lower case, without the final period, as Punkt stores them.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof st sr jr gov govs sen sens rep reps gen col lt capt cmdr adm maj sgt
    cpl pte spc pfc supt insp det cllr rev hon pres vs etc inc ltd co corp plc bros dept est approx
    fig no nos vol ed eds pp cf al ave blvd rd mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n u.s.a e.u e.g i.e a.m p.m d.c n.y l.a ph.d
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex va vt wash wis wyo
    """.split()
)

# Words that open sentences far more often than they follow an abbreviation, so
# "... in the U.S. The next day" splits while "U.S. officials" does not.
SENTENCE_STARTERS = frozenset(
    """
    the a an he she it they we i this that these those his her its their there but and
    however meanwhile in on at after when while if as so yet also mr mrs ms dr
    """.split()
)
# Initials before a name ("B.B. King", "J.R.R. Tolkien") are not sentence ends.
_INITIALS_END = re.compile(r"(?:^|[\s(])((?:[A-Z]\.){2,})$")
_COUNTRY_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.", "D.C."})
_FIRST_WORD = re.compile(r"""^[\s"'(\[]*([A-Za-z]+)""")

_CLOSERS = "'\"\u2019\u201d"
_STARTS_LOWER = re.compile(r"""^[\s"'(\[]*[a-z]""")


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    return PunktSentenceTokenizer(params)


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one paragraph.

    Punkt splits after `?"` and `!"` even when the sentence goes on
    (`"Why?" he asked.`), so a piece opening in lower case is joined back on.
    """
    text = match_form(paragraph)
    spans: list[tuple[int, int]] = []
    for start, end in _raw_spans(text):
        # `''` as a closing mark maps to `" `: keep both apostrophes in the sentence.
        while end < len(paragraph) and paragraph[end] in _CLOSERS:
            end += 1
        if spans and (
            _STARTS_LOWER.match(text[start:end]) or _after_initials(text, spans[-1], start, end)
        ):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return [piece for span in spans for piece in _unglued(text, span)]


# `… a court has heard.Shocking allegations …`: a stop with no space after it, which Punkt
# reads as one word (as it should `U.S.` or `bbc.co.uk`): lower case before, a capitalised
# word after.
_GLUED_STOP = re.compile(r"(?<=[a-z]{2}\.)(?=[A-Z][a-z]+\b)")


def _unglued(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    start, end = span
    cuts = [m.start() for m in _GLUED_STOP.finditer(text, start, end)]
    if not cuts:
        return [span]
    edges = [start, *cuts, end]
    return list(itertools.pairwise(edges))


# Punkt works a paragraph at a time, and NLTK stops its regexes after 5 s, so a
# pasted wall of text with no paragraph breaks is fed to it in pieces cut after
# a full stop.
CHUNK = 8000


def _raw_spans(text: str):
    tokenizer = _tokenizer()
    pos = 0
    while pos < len(text):
        cut = len(text)
        if cut - pos > CHUNK:
            stop = text.rfind(". ", pos + CHUNK // 2, pos + CHUNK)
            space = text.rfind(" ", pos + CHUNK // 2, pos + CHUNK)
            cut = stop + 1 if stop >= 0 else space if space >= 0 else pos + CHUNK
        for start, end in tokenizer.span_tokenize(text[pos:cut]):
            yield pos + start, pos + end
        pos = cut
        while pos < len(text) and text[pos].isspace():
            pos += 1


def _after_initials(text: str, prev: tuple[int, int], start: int, end: int) -> bool:
    """The previous piece ends in a name's initials and this one goes on with the name."""
    m = _INITIALS_END.search(text[prev[0] : prev[1]])
    if not m or m.group(1) in _COUNTRY_INITIALS:
        return False
    first = _FIRST_WORD.match(text[start:end])
    return (
        bool(first)
        and first.group(1)[0].isupper()
        and first.group(1).lower() not in SENTENCE_STARTERS
    )


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
