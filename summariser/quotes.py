"""Direct quotes of one document: where each starts and ends, whatever marks it uses.

Why a mark-by-mark reader rather than a `"(.*?)"` regex: political copy opens
a quote in one paragraph and closes it three paragraphs later (newspaper
style: every paragraph re-opens, only the last closes), pasted text often
merges those paragraphs into one (`…26 weeks. "We are going…`), some outlets
close with `''`, and the Daily Mail quotes with single marks. Each mark is
read as opening or closing from the characters around it, and a small state
machine joins the pieces of one quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .document import Document
from .lexicon import SPEECH_VERB_RE

_SPACE_BEFORE = " ([{\u2014\u2013-/"
_CLOSE_AFTER = " .,;:!?)]}\u2014\u2013-\u2026"
_WORD = re.compile(r"[\w\u2019']+")
# Contractions and possessives that put an apostrophe right after a space: 'em, '90s, 'n'.
_LEADING_APOSTROPHE = re.compile(r"'(?:em|tis|twas|n'|cause|til|\d0s|\d\d\b)", re.I)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s+[A-Z])")
MIN_WORDS = 4  # shorter quotes need a speech verb nearby to count (else: scare quotes, titles)


@dataclass
class Piece:
    """One stretch of quoted text inside one paragraph (offsets exclude the marks)."""

    paragraph: int
    start: int
    end: int


@dataclass
class QuoteSpan:
    """A direct quote: its pieces in order and the text they make, marks removed."""

    pieces: list[Piece] = field(default_factory=list)
    text: str = ""
    # Where the opening mark stands and just past where the closing one does.
    open_pos: tuple[int, int] = (0, 0)
    close_pos: tuple[int, int] = (0, 0)
    closed: bool = False

    @property
    def paragraph(self) -> int:
        return self.open_pos[0]

    @property
    def last_paragraph(self) -> int:
        return self.close_pos[0]

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class _Mark:
    pos: int
    kind: str  # "open", "close", "either", or "poss" (`voters' trust` or `'furious' and`)


# Punctuation a quote ends on only because the attribution follows (`"We will win," she
# said`, `"… the vote;" he added`): part of the sentence around the quote, not the quote.
_ATTRIBUTION_TAIL = re.compile(r"[\s,;:]*[,;:]\s*$")


def bare_quote(text: str) -> str:
    """The quote as the brief stores it: without a trailing comma, semicolon or colon.

    Ellipses, dashes, `?` and `!` stay: they are the speaker's (trailing off, interrupted,
    asking). Quotes are found, matched and merged on their full text; only the stored
    text is trimmed, so one rule serves the JSON, the terminal and Slack.
    """
    return _ATTRIBUTION_TAIL.sub("", text)


# A single mark opening a word at the start or after a space or bracket; the mark comes
# first in the pattern so the engine scans for it (as `(?:^|(?<=[\s(]))'(?=[A-Za-z])`).
_SINGLE_OPENING = re.compile(r"'(?<![^\s(]')(?=[A-Za-z])")


def quote_mode(doc: Document) -> str:
    """`"` for double-mark copy (most), `'` when the body quotes with single marks."""
    doubles = singles = 0
    for para in doc.paragraphs:
        doubles += para.norm.count('"')
        for m in _SINGLE_OPENING.finditer(para.norm):
            if not _LEADING_APOSTROPHE.match(para.norm, m.start()):
                singles += 1
    # (one single-marked quote in copy with no double mark at all is single-mark copy too)
    return "'" if (singles >= 2 and singles > 2 * doubles) or (singles == 1 and not doubles) else '"'


def _paragraph_mode(norm: str, mode: str) -> str:
    """Single marks for a paragraph of double-mark copy that has none of its own but quotes
    someone with single marks (`X said Labour had 'propped up' a government …`): copy
    pasted from two outlets, or a wire paragraph kept in a local story."""
    if mode == "'" or '"' in norm or "'" not in norm or norm.rstrip(" '")[-1:] not in ".!?":
        return mode  # (not a headline's `Bloc says Ottawa is 'holding Quebec's money hostage'`)
    opens = sum(1 for m in _SINGLE_OPENING.finditer(norm) if not _LEADING_APOSTROPHE.match(norm, m.start()))
    return "'" if opens and SPEECH_VERB_RE.search(norm) else mode


_DOUBLE_MARK = re.compile('"')
_ANY_MARK = re.compile("[\"']")


def _marks(norm: str, text: str, mode: str) -> list[_Mark]:
    marks: list[_Mark] = []
    n = len(norm)
    for found in (_DOUBLE_MARK if mode == '"' else _ANY_MARK).finditer(norm):
        i, ch = found.start(), found.group()  # (only the marks: not every character)
        if mode == '"':
            if ch != '"':
                continue
        else:
            # In single-mark copy a `''` (shown as `" ` in the matching form) closes too.
            if ch == '"' and text[i] == "'":
                marks.append(_Mark(i, "close"))
                continue
            if ch != "'":
                continue
        prev = norm[i - 1] if i > 0 else " "
        nxt = norm[i + 1] if i + 1 < n else " "
        if mode == "'":
            if prev.isalnum() and nxt.isalnum():
                continue  # don't, Starmer's
            if prev == "." and nxt in "sS" and (i + 2 >= n or not norm[i + 2].isalpha()):
                continue  # `Robert Downey Jr.'s character`: a possessive after a full stop
            if prev in " ([" and _LEADING_APOSTROPHE.match(norm, i):
                continue
            if prev in "sS" and nxt == " " and i + 2 < n and norm[i + 2].islower():
                # plural possessive (`voters' trust`), or the close of a short partial
                # quote ending in s (`was 'absolutely furious' and`): the reader decides
                marks.append(_Mark(i, "poss"))
                continue
        opens = prev in _SPACE_BEFORE or prev == '"' or prev == "'"
        closes = nxt in _CLOSE_AFTER or nxt in "\"'"
        if opens and not nxt.isspace() and (not closes or prev == " "):
            marks.append(_Mark(i, "open"))
        elif closes and not prev.isspace():
            marks.append(_Mark(i, "close"))
        else:
            marks.append(_Mark(i, "either"))
    return marks


def find_quotes(doc: Document) -> list[QuoteSpan]:
    """Every direct quote of a document, scare quotes and titles included (see `keep`)."""
    mode = quote_mode(doc)
    found: list[QuoteSpan] = []
    current: QuoteSpan | None = None
    piece_start = 0

    def finish(p_index: int, end: int, closed: bool) -> None:
        nonlocal current
        assert current is not None
        current.pieces.append(Piece(p_index, piece_start, end))
        current.close_pos = (p_index, end + (1 if closed else 0))
        current.closed = closed
        _set_text(doc, current)
        if current.text:
            found.append(current)
        current = None

    for p_index, para in enumerate(doc.paragraphs):
        marks = _marks(para.norm, para.text, _paragraph_mode(para.norm, mode))
        k = 0
        if current is not None:
            # Newspaper style: the quote goes on only if this paragraph re-opens it.
            if marks and marks[0].pos == 0 and marks[0].kind in ("open", "either"):
                piece_start = 1
                k = 1
            else:
                # Never closed: it ended with the previous paragraph.
                last = current.pieces.pop() if current.pieces else None
                if last is not None:
                    piece_start = last.start
                    finish(last.paragraph, last.end, False)
                else:
                    current = None
        for x, mark in enumerate(marks[k:], k):
            if mark.kind == "poss":
                if current is not None and _closes_partial(para.norm, current, p_index, piece_start, marks, x):
                    finish(p_index, mark.pos, True)
                continue
            if current is None:
                if mark.kind in ("open", "either"):
                    current = QuoteSpan(open_pos=(p_index, mark.pos))
                    piece_start = mark.pos + 1
            elif mark.kind == "open":
                before = para.norm[piece_start : mark.pos].rstrip()
                if before[-1:] in ".!?:\u2026-\u2013\u2014" or not before:
                    # A merged continuation paragraph (`…weeks. "We are…`): the quote goes
                    # on in a new piece.
                    current.pieces.append(Piece(p_index, piece_start, mark.pos))
                    piece_start = mark.pos + 1
                else:
                    # `were "only 10% of the agenda. Dr Gibbons said … "tremendous change"`:
                    # the first quote was never closed. It ends with its sentence.
                    stop = _SENTENCE_STOP.search(para.norm, piece_start, mark.pos)
                    finish(p_index, stop.start() + 1 if stop else mark.pos, False)
                    current = QuoteSpan(open_pos=(p_index, mark.pos))
                    piece_start = mark.pos + 1
            else:
                finish(p_index, mark.pos, True)
        if current is not None:
            current.pieces.append(Piece(p_index, piece_start, len(para.norm)))
    if current is not None and current.pieces:
        last = current.pieces.pop()
        piece_start = last.start
        finish(last.paragraph, last.end, False)
    return found


def _closes_partial(norm: str, current: QuoteSpan, p_index: int, piece_start: int,
                    marks: list[_Mark], x: int) -> bool:
    """An `s'` mark closes a short partial quote opened mid-sentence in this paragraph
    when nothing after it could close that quote before the next one opens
    (`said he was 'absolutely furious' and …`); else it is a plural possessive."""
    if current.open_pos[0] != p_index or current.pieces or current.open_pos[1] == 0:
        return False
    if norm[: current.open_pos[1]].rstrip().endswith((":", ",")):
        return False  # `said: '…` opens a full quote, which may hold `voters' trust`
    if len(norm[piece_start : marks[x].pos].split()) > 10:
        return False
    for later in marks[x + 1 :]:
        if later.kind == "open":
            return True
        if later.kind in ("close", "either"):
            return False
    return True


def _set_text(doc: Document, quote: QuoteSpan) -> None:
    parts: list[str] = []
    kept: list[Piece] = []
    for piece in quote.pieces:
        raw = doc.paragraphs[piece.paragraph].text[piece.start : piece.end]
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        if stripped:
            parts.append(stripped)
            kept.append(Piece(piece.paragraph, piece.start + lead, piece.start + lead + len(stripped)))
    quote.pieces = kept
    quote.text = " ".join(parts)


_SCARE = re.compile(r"(?:so-called|dubbed|known as|nicknamed|billed as|branded as|titled|entitled)\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s")
# `said Sunday on NBC's "Meet the Press."`: a programme's title after its channel.
_PROGRAMME = re.compile(r"\b(?:(?:on|to|in|telling|told|tells)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*'s"
                        r"|(?:said|says|told|speaking|appearing|interviewed)\s+(?:\w+\s+)?on)\s*$")
# (`telling CNN's "State of the Union"`, `said on "Fox & Friends"`)
_TITLE_SMALL = frozenset("the a an of and in on for to with at by".split())


def _before(doc: Document, quote: QuoteSpan, reach: int = 100) -> str:
    p, s = quote.open_pos
    text = doc.paragraphs[p].norm[max(0, s - reach) : s]
    ends = list(_SENTENCE_END.finditer(text))
    return text[ends[-1].end() :] if ends else text


def _after(doc: Document, quote: QuoteSpan, reach: int = 40) -> str:
    p, e = quote.close_pos
    text = doc.paragraphs[p].norm[e : e + reach]
    cut = re.search(r"[.:\"]", text)
    return text[: cut.start()] if cut else text


def _whole_sentence(doc: Document, quote: QuoteSpan, before: str) -> bool:
    """The quote is a sentence of its own, right after a quote in the same paragraph:
    the short last words of a split quote, not a scare quote or a title."""
    p, s = quote.open_pos
    if before.strip() or quote.paragraph != quote.last_paragraph or not quote.closed:
        return False
    if quote.text.rstrip()[-1:] not in ".!?" or not quote.text[:1].isupper():
        return False
    lead = doc.paragraphs[p].norm[:s].rstrip()
    return lead.endswith(".") and '"' in lead[-80:]


def keep(doc: Document, quote: QuoteSpan) -> bool:
    """A real quote: 4+ words, or shorter with a speech verb in its clause (else scare quotes)."""
    if not _WORD.search(quote.text):
        return False
    before = _before(doc, quote)
    if _SCARE.search(before):
        return False
    if _PROGRAMME.search(before) and quote.words <= 6 and (all(
            w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL for w in quote.text.split())
            or (quote.words <= 3 and quote.text[:1].isupper() and quote.text.rstrip()[-1:] not in ".!?,")):
        return False  # (a title in sentence case too: `on ETV's "Esimene stuudio"`)
    if quote.words >= MIN_WORDS:
        return True
    if _whole_sentence(doc, quote, before):
        return True  # `…," he said. "Ukraine will win."`: a short sentence of speech
    # a speech verb anywhere earlier in the quote's sentence attributes it (`groups said the
    # ruling … would open the floodgates for firms 'falling over themselves'`)
    before = _before(doc, quote, reach=300)
    if _OWN_VOICE.search(before) and not SPEECH_VERB_RE.search(_OWN_VOICE.sub("", before)):
        return False  # `I'd say an attack is a "When" not an "If"`: the writer's own word
    return bool(SPEECH_VERB_RE.search(before) or SPEECH_VERB_RE.search(_after(doc, quote))
                or _CREDIT_AT_END.match(_rest_of_sentence(doc, quote)))


# `I'd say`, `we would argue`: the writer's own voice, which credits no quote to anyone.
_OWN_VOICE = re.compile(r"\b(?:i|we|you)(?:'d|’d|'ll|’ll|\s+would|\s+will|\s+can|\s+could)?\s+"
                        r"(?:say|said|argue|think|suggest|call)\b", re.I)
# `… the Conservative party "fades away" as a national force and …, he said.`: the
# sentence credits the short quote at its end.
_CREDIT_AT_END = re.compile(r"[^\"“”]*,\s+(?:he|she|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
                            r"(?:said|says|added|adds|argued|argues|insisted|insists|warned|warns|claimed|claims|"
                            r"suggested|suggests)\.?\s*$")


def _rest_of_sentence(doc: Document, quote: QuoteSpan, reach: int = 300) -> str:
    """From the quote's close to its sentence's end (a full stop before a capital, or the paragraph's end)."""
    p, e = quote.close_pos
    text = doc.paragraphs[p].norm[e : e + reach]
    stop = _REST_STOP.search(text)
    return text[: stop.start() + 1] if stop else text


_REST_STOP = re.compile(r"[.!?](?=\s+[\"'“‘A-Z])")  # (the next sentence may open on a quote mark)
