"""Headline facts: short extracts carrying the numbers, results, dates and places.

Why extracts and not templates: the brief promises that every line stands in
a source. A fact is a whole short sentence, or a clause or phrase cut from
one (at commas, dashes and conjunctions, or a word window around its
numbers, never stopping or starting inside a phrase), at most 15 words, so
its words and numbers are the source's own, in their order. A sub-editor's
tightening may leave words out (a long title before a name, an aside, a soft
adverb), never add or reword any. A speaker's claim keeps its speaker
(`Clarke: “…”`, `Norris: …`): it is never shown as the reporter's fact.
Candidates score by the traits in `WEIGHTS`: figures and dates first (in the
labelled sets a sentence with a figure holds a desk fact three times in four),
then standing near the top, names, result words, and figures another source
repeats; cuts that read badly are marked down or dropped.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .brief import Line
from .document import Document, Sentence
from .lexicon import ROLE_NOUNS, first_letters, korean_name
from .people import POSTNOMINALS
from .ranking.standalone import CAPTION_RUN_ON, FURNITURE, dateline_length
from .ranking.tokens import stop_words
from .verbs import has_finite_verb, is_base_verb, is_finite_verb, is_verb_form

MAX_FACTS = 6
PER_SENTENCE = 2  # extracts of one sentence that may compete for a place
MAX_WORDS = 15
MIN_WORDS = 4
MIN_SCORE = 2.5
UNIT_BONUS = 2.0  # below this a candidate has no figure, date or lead position to carry it
START_BONUS = 2.0
DATE_BONUS = 3.0  # a day, month or season: when it happens is a desk fact
ASIDE_PENALTY = 1.5  # an extract still holding `, who …` tells the aside, not the news
DISTINCT = 0.4  # at most this share of a second extract's words may repeat the first
LABEL_PENALTY = 2.0  # no main verb: it names something, it does not report
DANGLING_PENALTY = 1.5  # it stops on a word that wants its object (`… called`, `told`)
_NUM_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    "forty|fifty|sixty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|"
    "dozens|decade|decades|half"
)
# Figures in digits; figures in words (`five years`, `a decade`) are matched word by word.
NUMBER = re.compile(
    r"(?=[£$€\d])(?<![A-Za-z\d])"  # (the first character first: a fast test at every position)
    r"(?:[£$€]\s?)?\d+(?:[.,:]\d+)*(?:\s?(?:%|per\s?cent|percent|am|pm|a\.m\.|p\.m\.|bn|m|"
    r"million|billion|trillion|k|st|nd|rd|th)\b|%)?",
    re.I,
)
_NUMBER_WORDS = frozenset(_NUM_WORDS.split("|"))
_DIGIT = re.compile(r"\d")
# Word sets rather than long regex alternations: one pass over the words is far cheaper.
_DATE_WORDS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday spring summer autumn winter "
    "tonight tomorrow yesterday".split()
)
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
_RESULT_WORDS = frozenset(
    """
    won win wins winning lost lose loses losing elected majority turnout seat seats vote votes
    voted poll polls declared seized swing share quit ballot ballots by-election referendum
    killed dead died injured arrested charged convicted sentenced jailed fined approved passed
    rejected expected due budget cost costs rise rises fall cut cuts increase fired dropped
    cleared rule ruled denied appointed sacked
    """.split()
)
_RESULT_STEMS = ("defeat", "victor", "result", "gain", "resign", "concede", "launch", "promise", "pledge")
_WORDS = re.compile(r"[A-Za-z][A-Za-z-]*")
# Compiled once: these run for every candidate extract.
_WORD_CHARS = re.compile(r"\w+")
_TOKEN = re.compile(r"\S+")
_CAPITALISED = re.compile(r"[A-Z](?<=\s[A-Z])[a-z]+")  # (`(?<=\s)[A-Z][a-z]+`, the capital first: a fast scan)
_CLAUSE_MARK = re.compile(r",\s|\s[-–—]\s")
_WHO_ASIDE = re.compile(r",\s(?:who|whose|which)\s")
_WORD_AT = re.compile(r"[\w'-]+")
_BRACKET_AFTER = re.compile(r"\s\([^()]{1,40}\)")
_AGE = re.compile(r"\d{1,3},")
_CONDITION = re.compile(r"(?:If|Unless|Whether|Providing|Provided)\b")


_MONTH_PREPS = frozenset("In On By Since Until From Before After During Early Late Mid".split())
# `last week`, `next year`, `earlier this month`, `today`: when, said relative to the story.
_RELATIVE_DATE = re.compile(r"\b(?=[LlNnTtEe])(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier this|[Ll]ater this)\s+"
                            r"(?:week|month|year|weekend)|today|tonight|this morning|this evening)\b")


# AP style: `Sept. 12`, `Jan. 3` (never `Jan` alone: it is also a first name).
_US_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s?\d{1,2}\b")
_STOP_THEN_DIGIT = re.compile(r"\.\s?\d")  # in every US date: a fast test before `_US_DATE`


@functools.lru_cache(maxsize=8192)
def _has_date(text: str) -> bool:
    if _STOP_THEN_DIGIT.search(text) and _US_DATE.search(text):
        return True
    if "New Year" in text or _RELATIVE_DATE.search(text) is not None:
        return True
    words = _WORDS.findall(text)
    hits = _DATE_WORDS.intersection(words)
    if not hits:
        return False
    if hits != {"May"}:
        return True
    return any(w == "May" and not (i and words[i - 1][:1].isupper() and words[i - 1] not in _MONTH_PREPS)
               for i, w in enumerate(words))  # (`Theresa May` is a name, `in May` a date)


def _result_words(words: list[str]) -> int:
    return sum(map(_is_result_word, words))


@functools.lru_cache(maxsize=16384)
def _is_result_word(word: str) -> bool:
    lw = word.lower()  # (cached per word: this runs for every cut)
    return lw in _RESULT_WORDS or lw.startswith(_RESULT_STEMS)


_REPORTING_VERBS = ("said says announced confirmed warned insisted showed shows found revealed claimed "
                    "admitted argued estimated saying adding").split()
_CUT = re.compile(
    # Every cut opens on a space or a mark, or on a word starting a reporting verb: that one
    # class test turns most positions away before the branches are tried (same matches).
    r"(?=[\s,;:]|\b" + first_letters(_REPORTING_VERBS) + r")(?:"
    # `… said the first deals could be signed by January, and that the state would pay …`:
    # a second reported clause (before the comma's own cut, which would leave `and that`)
    r",?\s+and\s+that\s+(?=[a-z]+\s+[a-z]|[A-Z])|"
    r"[,;:]\s+|\s[-–—]+\s|\s\((?=[^)]*\))"
    r"|(?<!such)\s+(?=(?:but|while|whereas|although|though|after|as|because|since|despite|amid|"
    r"following|when|which|who|meaning|and\s+(?:said|says|added))\s)"
    # `…, and has resorted to …`: a second verb phrase of the same subject starts a clause
    r"|\s+(?=and\s+(?:has|have|had|is|are|was|were|will|would)\s)"
    # `… would be "disastrous" and she accused the Tories …`: a new subject, a new clause
    r"|\s+(?=and\s+(?:he|she|they|we)\s+[a-z]+(?:ed|s)\s)"
    # `X said on Monday (that) the government would …`, `figures showed 311,000 …`,
    # `…, saying two were held …`: the reported clause stands alone
    r"|" + (_REPORTING := r"(?<![\w-])(?:" + "|".join(_REPORTING_VERBS) + ")")
    + r"(?!\s+by\b)(?:\s+(?:on|last)\s+[A-Z]\w+)?(?:\s+that)?\s+(?=\w))",
)
# A span ending where its reporting verb begins ends on that verb's subject.
_BEFORE_REPORT = re.compile(r"\s*" + _REPORTING)
_SPEECH = re.compile(r"\b(?:said|says|told|added|asked|wrote|tweeted)\b")


def _attribution_stub(text: str, ends_sentence: bool = False) -> bool:
    """`President Joe Biden told reporters at the White House`: who spoke, not what."""
    verbs = list(_SPEECH.finditer(text))
    if not verbs:
        return False
    rest = text[verbs[-1].end() :].split()
    before = text[: verbs[-1].start()]
    claim, _, credit = before.rpartition(", ")
    if not rest and claim and len(claim.split()) >= 4 and not (
            _PRONOUN_START.match(text) and any(w[:1].isupper() for w in credit.split())):
        # `They were charged under Section 5 of …, police said`: the claim, credited (not `He
        # begins his second term …, Tony Blair has said`, whose `he` is someone the name is not)
        return False
    if ends_sentence and any(w.lower() in _AUXILIARIES for w in rest[1:]):
        return False  # `… said innocent people would suffer.`: the whole claim, with its verb
    return len(rest) <= 6 and "that" not in rest


_SUBORDINATE = re.compile(r"(?:after|as|since|despite|amid|following|when|because|before|until|rather\s+than|instead\s+of)\b", re.I)
_CLAUSE_START = re.compile(r"\s*(?:but|while|whereas|although|though)\s", re.I)
_LEAD_JUNK = re.compile(r"^(?:and|but|while|whereas|although|though|as|so|yet|also|even|then|with|"
                        r"meanwhile|however|in addition|by contrast|in response|meaning)\s*,?\s+", re.I)
_PRONOUN_START = re.compile(r"^(?:it|its|this|that|these|those|they|he|she|we|i|there|his|her|their)\b", re.I)
_BAD_START = re.compile(
    # (`That scheme has paid out £25m` is a determiner, not a relative `that`)
    r"^(?:who|whom|whose|which|that(?!\s+(?!(?:is|was|are|were|has|have|had|will|would|could|the|a|an|he|"
    r"she|it|they|we|i|you|there|this)\b)[a-z]+\s)|where|because|"
    r"saying|adding|according|said|says|of|to|and|or|"
    # a verb phrase cut from its subject (`has resorted to …`)
    r"has|have|had|is|are|was|were|will|would|been|being)\b",
    re.I,
)
# `Of the 27 journalists charged, 23 have been cleared`: a sentence may open on `Of`.
_OPENING_OF = re.compile(r"^of\s+(?:the\s+)?\S*\d", re.I)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_STOP = stop_words() - {"first", "second", "new", "old", "last", "next", "one", "two",
                                      "three", "four", "five", "six", "seven", "eight", "nine", "ten"}


@dataclass
class FactCandidate:
    text: str  # display text, an exact extract of one sentence
    score: float
    numbers: list[str]
    sentence: int
    source: int = 0
    sources: list[int] = field(default_factory=list)
    traits: dict[str, float] = field(default_factory=dict, repr=False, compare=False)
    _key: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _key_text: str = field(default="", repr=False, compare=False)

    @property
    def key(self) -> frozenset[str]:
        if self._key is None or self._key_text != self.text:
            self._key = frozenset(_WORD_CHARS.findall(self.text.lower()))
            self._key_text = self.text
        return self._key


_NAME_NUMBER = re.compile(r"[A-Z][\w']*\s\d{1,2}$")


def figures(text: str) -> list[re.Match]:
    """Figures in digits, leaving out those that are part of a name (`Radio 4`, `Channel 5`)."""
    return [m for m in NUMBER.finditer(text)
            if not ((nm := _NAME_NUMBER.search(text[max(0, m.start() - 20) : m.end()]))
                    and nm.group().split()[0].rstrip(".") not in _MONTHS  # (`May 18` is a date)
                    and nm.group().split()[0].lower() not in _QUANTIFIERS)]  # (`Only 11 householders`)


# Words of quantity before a figure make no name with it when capitalised as a line's first
# word (`Only 11 householders …`, `About 20 …`), unlike `Radio 4`.
_QUANTIFIERS = frozenset("only about around some nearly almost just over under more fewer less roughly "
                         "approximately least".split())


def numbers_in(text: str) -> list[str]:
    """The figures of a text as written (`3,595`, `42.55%`, `5.30am`), digits only."""
    return [m.group().strip() for m in figures(text)]


# `one-fifth`, `two-thirds`, `four-day`, `twenty-five`: a figure in words, hyphenated.
_FRACTIONS = frozenset("half halves third thirds quarter quarters fifth fifths sixth sixths tenth tenths "
                       "twentieth twentieths hundredth".split())
_COUNTED_UNITS = frozenset("day week month year hour minute mile point seat member strong".split())


@functools.lru_cache(maxsize=4096)
def _is_number_word(word: str) -> bool:
    lw = word.lower()
    if lw in _NUMBER_WORDS:
        return True
    head, _, tail = lw.partition("-")
    return bool(tail) and head in _NUMBER_WORDS and (
        tail in _FRACTIONS or tail in _COUNTED_UNITS or tail in _NUMBER_WORDS or tail in _ORDINALS)


def _number_words(words: list[str]) -> int:
    return sum(map(_is_number_word, words))


def _counted(words: list[str]) -> bool:
    """A figure or a place in words: `two years`, `third place`, `one-fifth`."""
    return any(map(_counted_word, words))


@functools.lru_cache(maxsize=16384)
def _counted_word(word: str) -> bool:
    return _is_number_word(word) or word.lower() in _ORDINALS  # (cached: it runs for every cut)


@functools.lru_cache(maxsize=16384)
def _is_figure(word: str) -> bool:
    if _DIGIT.search(word):
        return bool(NUMBER.search(word))
    return _is_number_word(word.strip(".,;:"))


def _quoted_share(sent: Sentence, quoted: list[tuple[int, int]]) -> float:
    covered = 0
    for s, e in quoted:
        lo, hi = max(s, sent.start), min(e, sent.end)
        if hi > lo:
            covered += hi - lo
    return covered / max(1, sent.end - sent.start)


def _pieces(norm: str) -> list[tuple[int, int]]:
    """Clause spans (offsets in the sentence) cut at punctuation and conjunctions."""
    cuts = [0]
    for m in _CUT.finditer(norm):
        if m.group().strip() == "," and m.end() < len(norm) and norm[m.end()].isupper():
            before = norm[: m.start()].rsplit(" ", 1)[-1]
            if before[:1].isupper():
                continue  # a list of names: `England, Scotland and Wales`
        cuts.extend([m.start(), m.end()])
    cuts.append(len(norm))
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if cuts[i + 1] > cuts[i]]


# `after UKIP took third place in …`: what follows `after` or `because` has happened, so
# the clause can stand alone once it has a named subject.
_DONE_CLAUSE = re.compile(r"^(?:[Aa]fter|[Bb]ecause)\s+(?=[A-Z][\w'-]*\s+(?:[A-Z][\w'-]*\s+)*"
                          r"(?:[a-z]+ed|took|won|lost|made|came|went|left|quit|fell|rose)\s"
                          r"|\d[\d,.]*\s+[a-z]+\s+(?:have|has|had|are|were|is|was)\s)")
# `He said the government had been negotiating …`: the report, without the pronoun.
_PRONOUN_REPORT = re.compile(r"^(?:He|She|They|It|We)\s+(?:also\s+)?(?:said|says|added|insisted|"
                             r"warned|confirmed|announced)(?:\s+that)?\s+(?=\w)")


# Stop words that can end a clause: an object pronoun or an adverb (`… opposed it`,
# `… would pay more`), kept when the clause ends there in the source.
_CAN_END = frozenset("it them him her us me more less most up out down off over again too there here "
                     "now ago away back well yet already once twice either else themselves himself "
                     "herself itself ourselves against yes no".split())  # (`… and 53 against.`, `… voted no.`)
# `…, a police spokesman said.`: a credit that ends its sentence stays with the claim
_CREDIT_END = frozenset("said says say added".split())
_PRONOUNS = frozenset("he she they it we i you".split())


def _ends_clause(text: str, end: int) -> bool:
    """Whether a cut ending at `end` ends where the source's clause or sentence ends."""
    before, after = text[:end].rstrip(), text[end:].lstrip()
    return not after or before[-1:] in ".,;:!?" or after[:1] in ",;:.!?–—-)"


def _trim(text: str) -> str:
    text = text.strip().rstrip(".,;:–—- ").lstrip("-–—•* ").strip()
    for _ in range(2):
        cut = _LEAD_JUNK.sub("", text)
        if cut == text:
            break  # (nothing to cut: a second try would find nothing either)
        text = cut
    text = _DONE_CLAUSE.sub("", text)
    core = text.strip("\"'“”‘’() ")
    # A closing mark or bracket stays when it closes one opened inside: `… before the CSA
    # was "fit for purpose"` is whole; only a stray edge (`for purpose" and`) goes.
    tail = text[len(text.rstrip("\"'“”‘’() ")):]
    for ch in tail:
        if (ch in '"”' and _double_marks(core) % 2) or (ch == ")" and core.count("(") > core.count(")")) \
                or (ch in "'’" and len(_OPEN_SINGLE.findall(core)) > len(_CLOSE_SINGLE.findall(core))):
            core += ch
        else:
            break
    return core[:1].upper() + core[1:] if core else core


def _windows(text: str, offset: int, limit: int = MAX_WORDS) -> list[tuple[int, int]]:
    """Up to `limit` words of a long clause around its figures (all of them when they fit)."""
    words = text.split()
    hits = [i for i, w in enumerate(words)
            if (_is_figure(w) and not (i and words[i - 1][:1].isupper() and w.isdigit() and len(w) <= 2
                                       and not _US_DATE.match(f"{words[i - 1]} {w}")))
            or w.strip(".,;:") in _DATE_WORDS]
    if not hits:
        return []
    spans = [(m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]
    out = []
    for first, last in {(hits[0], hits[-1]), (hits[0], hits[0]), (hits[-1], hits[-1])}:
        if last - first >= limit - 2:
            continue
        start = max(0, min(first, last + 3 - limit))
        # Prefer to start where a phrase starts: after a comma or a linking word
        # (`by | forecasting UK growth …`), else at a determiner, a capital or a figure.
        starts = []
        for i in range(start, first + 1):
            w = words[i]
            if i and _is_figure(w) and words[i - 1].lower() in _PREPOSITION:
                continue  # not `2015 and aid budgets are half` out of `before 2015 and …`
            prev = words[i - 1].lower() if i else ""
            if i == 0 or words[i - 1][-1:] in ",;:" or (prev in _JOINS_NOT_AFTER and (
                    prev not in _PREPOSITION_LIKE or (w.islower() and w.endswith("ing")))):
                # (after a preposition only a verb in -ing starts a phrase: `by | forecasting`)
                starts.append(i)
            elif w.lower() in ("a", "an", "the") or w[:1].isupper() or _is_figure(w):
                starts.append(i)
        for i in starts[:1] + [i for i in starts[1:2] if i != starts[0]]:
            out.extend(_window_ends(words, spans, i, last, limit))
        if start and last < limit:
            # The clause's own start, when its figures fit from there (`Council tax in
            # Scotland is set to rise by … 4% | in the coming year`); never stopped before
            # `to` or `that`, which carry what the subject is said to do (`… is expected
            # to call for the law banning the sale of 18-rated games | to children to be …`).
            out.extend((a, b) for a, b in _window_ends(words, spans, 0, last, limit)
                       if _next_word(text, b - offset) not in _NOT_AFTER)
    return out


def _whole_share(words: list[str], end: int) -> bool:
    """Whether a share ends before `words[end]` with nothing of it left behind: `about 7% |
    in the coming year`, but not `24% | in favour`, half of a tally."""
    return words[end - 1].endswith("%") and words[end].lower() in _AFTER_SHARE and not (
        end + 1 < len(words) and words[end + 1].lower().startswith("favo"))


_AFTER_SHARE = frozenset("in on by from at for since after before during this last next".split())


_LIST_TAIL_SUBJECT = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\s+and\s+(?:(?:a\s+group\s+of|the)\s+)?"
                                r"(?:[A-Z][\w'’-]*\s+){1,3}(?:still\s+)?(?:holds|leads|has|is|controls|commands|remains|"
                                r"wins|polls|stands)\b")


def _one_word_after_comma(text: str, norm: str) -> bool:
    """The cut ends on one word after its last comma (no figure), and its sentence goes on:
    `… a snap election for April 25, | hours after …`, `The prince, 20, | apologised (for …)`."""
    if ", " not in text:
        return False
    last = text.rsplit(", ", 1)[1]
    if len(last.split()) != 1 or _DIGIT.search(last):
        return False
    at = norm.find(text[-20:])
    return at >= 0 and bool(norm[at + len(text[-20:]) :].strip(" .!?\"”'’"))


def _brackets_close(text: str) -> bool:
    """Every bracket of the text opens before it closes, and closes."""
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _next_word(text: str, end: int) -> str:
    """The word after position `end` of `text`, lower-cased (empty at the end)."""
    rest = text[end:].split(None, 1)
    return rest[0].lower().strip(",;:\"'”’") if rest else ""


def _window_ends(words: list[str], spans: list[tuple[int, int]], start: int, last: int,
                 limit: int = MAX_WORDS) -> list[tuple[int, int]]:
    """A window from `start` up to `limit` words, and the same window stopped where a phrase
    ends (before `and`, `in`, a comma, a verb or an `-ing` word), so it does not tear the
    phrase it would otherwise stop inside."""
    out = []
    end = min(len(words), start + limit)
    while end - start > MIN_WORDS and end < len(words) and _is_figure(words[end - 1]) \
            and words[end][:1].isalpha() and not _whole_share(words, end):
        end -= 1  # never cut `1.9 | billion euros`: leave the split figure out
    out.append((spans[start][0], spans[end - 1][1]))
    for stop in range(end - 1, max(last, start + MIN_WORDS - 1), -1):
        # (not before `of`, which carries the phrase on: `at a cost | of £50m`)
        nxt = words[stop]
        if (nxt.lower() in _JOINS and nxt != "of") or words[stop - 1][-1:] in ",;:" \
                or nxt.lower() in _AUXILIARIES or (nxt.islower() and nxt.endswith("ing")):
            if stop < end:
                out.append((spans[start][0], spans[stop - 1][1]))
    return out


# What each trait of an extract is worth. The traits are the desk's reasons to call a
# line a fact; the weights say how much each reason counts.
WEIGHTS: dict[str, float] = {
    "real_number": 10.0,  # a figure that is not just a year
    "year_only": 5.0,
    "more_numbers": 2.0,  # each further distinct figure, up to two
    "unit": UNIT_BONUS,  # shares, money and clock times are the desk's facts
    "number_words": 2.5,  # `five years`, `a decade`, when no digits
    "capitals": 0.8,  # names, places and bodies, up to three
    "date": DATE_BONUS,
    "ordinal": 0.5,
    "result": 0.8,  # won, elected, turnout …, up to two
    "early": 2.0,  # share of the story still to come
    "first": 3.0,
    "second": 1.0,
    "pronoun": -1.5,  # opens on `It`, `He`: it leans on what came before
    "bare_late": -1.0,  # no figure, date or lead position
    "words": 0.2,
    "short": -1.0,
    "window": -1.0,  # cut inside a clause, which reads worse than a whole clause
    "spoken": -2.0,  # the speaker's words rank below the reporter's
    "credited": -1.0,  # a quote credited to its speaker (`Clarke: “…”`)
    "label": -LABEL_PENALTY,
    "dangling": -DANGLING_PENALTY,
    "aside": -ASIDE_PENALTY,
    "circumstance": -1.0,
    "torn": -1.5,  # starts or stops inside a phrase (`relied instead on small | groups`)
    # the source's sentence as written, start to end: judged blind, 11% of these read as
    # fragments against 35% of cuts from mid-sentence
    "whole": 1.0,
}


def _traits(text: str, sent: Sentence, total: int, found: list[str] | None = None) -> dict[str, float]:
    """The traits of an extract that do not depend on how it was cut."""
    if found is None:
        found = [m.group() for m in figures(text)]
    words = _WORDS.findall(text)
    number_words = 0 if found else _number_words(words)  # (read only when no figure in digits)
    t: dict[str, float] = {}
    if found:
        real = [n for n in found if not _YEAR.match(n.strip())]
        t["real_number" if real else "year_only"] = 1.0
        t["more_numbers"] = min(2, max(0, len(set(real)) - 1))
        if any("%" in n or "cent" in n or n[:1] in "£$€" or n.lower().endswith(("am", "pm", "bn", "m"))
               for n in found):
            t["unit"] = 1.0
    elif number_words:
        t["number_words"] = 1.0
    t["capitals"] = min(3, len(_CAPITALISED.findall(text)))
    if _has_date(text):
        t["date"] = 1.0
    if not _ORDINALS.isdisjoint(map(str.lower, words)):
        t["ordinal"] = 1.0
    t["result"] = min(2, _result_words(words))
    t["early"] = 1 - sent.index / max(1, total)
    if sent.index == 0:
        t["first"] = 1.0
    elif sent.index == 1:
        t["second"] = 1.0
    if _PRONOUN_START.match(text):
        t["pronoun"] = 1.0
    if not found and not number_words and sent.index > 1:
        t["bare_late"] = 1.0
    n = len(text.split())
    t["words"] = n
    if n < 5:
        t["short"] = 1.0
    return t


def _weighted(traits: dict[str, float]) -> float:
    return sum(WEIGHTS[k] * v for k, v in traits.items())


Option = tuple[int, int, bool, "str | None"]

_RELATIVE = re.compile(r",\s+(?:who|which)\s+(?=\w)")  # (not `whose`: `X, whose parents …`)
_DETERMINERS = frozenset("the a an its his her their this these those".split())
_CLAUSE_END = re.compile(r"[,;:]\s|\s[-–—]+\s|\s\(")


_OPENS_CLAUSE = frozenset("that which who whom and or but he she it they we i you there when if as "
                          "because while after before until since to".split())


def _two_verbs(words: list[str]) -> bool:
    """Two finite verbs with no word between them that opens a clause: one clause ran
    into the next (`presents The Weakest Link tells Cockerell`)."""
    seen = False
    for i, w in enumerate(words):
        if w.lower() in _OPENS_CLAUSE or w.endswith((",", ";", ":")):
            seen = False if w.lower() in _OPENS_CLAUSE else seen
            continue
        if is_finite_verb(w, words[i - 1] if i else "") and w.lower() not in _AUXILIARIES \
                and (not i or words[i - 1].lower() not in _AUXILIARIES) \
                and not (i and _noun_after(words[i - 1]) and w.lower().rstrip(".,;:").endswith("s")):
            if seen:
                return True
            seen = True
    return False


def _noun_after(word: str) -> bool:
    """Whether the word after `word` names a thing: after a figure, a determiner or a
    preposition, `votes`, `cuts` and `benefits` are nouns (`by 17 | votes`, `in | cuts`)."""
    w = word.lower()
    return _is_figure(w) or w in _NUMBER_WORDS or w in _DETERMINERS or w in _PREPOSITION


# A relative clause whose own subject follows the relative word: `which she described`,
# `who the party had chosen`.
_OBJECT_RELATIVE = re.compile(r"(?:he|she|they|we|i|you|it|the\s+\w+|[A-Z][\w'’-]+)\s+"
                              r"(?:[a-z]+ed|had|has|have|said|says|called|described|chose|made|saw)\b")


_PLAIN_WORD = re.compile(r"[a-z][a-z-]*|\d+-[a-z]+(?:-[a-z]+)*", re.I)  # (`20-year-old`, `547-page`)
_NAME_POSSESSIVE = re.compile(r"[A-Z][\w-]*['’]s")
# Verbs whose `which` is often the whole event before it, not the last noun.
_EVENT_VERBS = frozenset("led leads meant means caused causes prompted prompts sparked sparks triggered "
                         "triggers resulted results forced forces".split())


def _relatives(sent: Sentence, pieces: list[tuple[int, int]]) -> list[Option]:
    """`Police are searching for Ferguson, who failed to return after a trip on Monday` ->
    `Ferguson failed to return after a trip on Monday`: the noun phrase before a relative
    clause is its subject. The words stay the sentence's own, in order, without `, who`."""
    out: list[Option] = []
    text, norm = sent.text, sent.norm
    for m in _RELATIVE.finditer(norm):
        toks = list(_TOKEN.finditer(norm[: m.start()]))
        if not toks:
            continue
        i = len(toks) - 1
        if toks[i].group()[:1].isupper():  # a name: `Michael Ferguson`, `the House of Lords`
            while i > 0 and (toks[i - 1].group()[:1].isupper() or toks[i - 1].group() == "of"):
                i -= 1
            if toks[i].group() == "of":
                i += 1
            if i > 0 and toks[i - 1].group().lower() == "the":
                i -= 1
        else:  # `the general election`: back to its determiner, over plain words only
            j = i
            while j > i - 5 and j >= 0 and _PLAIN_WORD.fullmatch(toks[j].group()) \
                    and toks[j].group().lower() not in _DETERMINERS:
                j -= 1
            if j < 0 or j <= i - 5 or not (toks[j].group().lower() in _DETERMINERS or (
                    j < i and _NAME_POSSESSIVE.fullmatch(toks[j].group()))):
                continue  # (`NGCP's franchise, which runs until 2058`: a name's, as determiner)
            if toks[j].group().lower() in ("a", "an") and j and toks[j - 1].group().endswith(","):
                continue  # `Gisèle Freund, a German-born photographer, who …`: the aside's own
                # noun, not who it is about
            if _NAME_POSSESSIVE.fullmatch(toks[j].group()):  # (`the Kenyan Government's policies`)
                while j and (toks[j - 1].group()[:1].isupper() and toks[j - 1].group().isalpha()
                             or j > 1 and toks[j - 1].group() in ("and", "of") and toks[j - 2].group()[:1].isupper()):
                    j -= 1  # (`the Housing and Urban Planning Ministry's waiting list`)
                if j and toks[j - 1].group().lower() == "the":
                    j -= 1
            i = j
        np_start = toks[i].start()
        head = text[np_start : m.start()]
        if _OBJECT_RELATIVE.match(norm, m.end()):
            continue  # `Migration Watch, which | she described as …`: the noun is the verb's object
        verb = norm[m.end() :].split(None, 1)[0].lower() if norm[m.end() :].strip() else ""
        last = head.split()[-1] if head.split() else ""
        if (verb in ("were", "are", "have") and last[:1].isupper() and not last.endswith("s")) \
                or (verb in ("was", "is", "has") and last.islower() and last.endswith("s") and not last.endswith("ss")):
            continue  # `accession talks with the European Union, which were put on hold`: the verb
            # does not agree with the noun before it, so the clause is about an earlier one
        if verb in _EVENT_VERBS and i > 0 and toks[i - 1].group().lower() in _PREPOSITION:
            continue  # `… carried off on a stretcher, which led to a 30 minute delay`: what led
            # to it is the whole event, not the thing named last
        end_m = _CLAUSE_END.search(norm, m.end())
        clause_end = end_m.start() if end_m else len(norm)
        ends = sorted({e for _, e in pieces if m.end() < e < clause_end} | {clause_end})
        for e in reversed(ends):
            body = text[m.end() : e]
            if _two_verbs(body.split()):
                continue  # `Ms Robinson, who presents The Weakest Link tells …`: the aside never
                # closed, so its clause runs into the main one
            if len(head.split()) + len(body.split()) <= MAX_WORDS:
                out.append((np_start, e, False, f"{head} {body}"))
                break
        else:
            if not _two_verbs(text[m.end() : clause_end].split()) and (
                    cut := _phrase_end(norm, m.end(), clause_end, MAX_WORDS - len(head.split()))) is not None:
                # `the first charge, which accused the governor of … worth Sh412 million | to
                # firms linked to his relatives`: the clause up to its figure's phrase
                out.append((np_start, cut, True, f"{head} {text[m.end() : cut]}"))
    return out


def _phrase_end(norm: str, start: int, end: int, room: int) -> int | None:
    """Where `norm[start:end]` may stop within `room` words: the last place before a
    preposition or joining word, once a figure or date has been told, that ends no phrase
    halfway (`… by about 1,000 yen a month | between January and March`)."""
    best = None
    for n, w in enumerate(_TOKEN.finditer(norm, start, end)):
        if n >= room:
            break
        nxt = _WORD_AT.match(norm, w.end() + 1)
        if nxt is None or nxt.group().lower() not in _JOINS or nxt.group().lower() in ("of", "and", "or"):
            continue
        cut = w.end()
        piece = " ".join(norm[start:cut].rsplit(None, 3)[-3:])  # (the figure ends the cut's phrase)
        word = w.group().lower().strip(".,;:")
        if not (_DIGIT.search(piece) or _has_date(piece)) or not word.isalnum() or word in _STOP \
                or word in _NEEDS_NEXT or _torn_end(norm, cut):
            continue
        best = cut
    return best


_VERBS = frozenset(
    """
    is are was were be been has have had will would could should may might must can cannot
    did does do won lost said told made took gave came went saw met left held found paid rose
    fell set put cut hit ran became began brought bought thought got kept sent spent stood
    chose led meant grew drew threw wrote spoke broke shut quit sold
    """.split()
)
_VERB_END = re.compile(r"^[a-z]{2,}(?:ed|es)$")
_PREPOSITION_START = re.compile(r"^(?:at|in|on|for|with|under|during|from|by|after|before|since|"
                                r"despite|amid|following)\s", re.I)
_DANGLING = frozenset("told said called turned how that whether than remembered describing replied added "
                      "insisted warned explained asked responded commented retorted countered".split())


_RUNS_ON = re.compile(r'"[^\w"]*\w')  # a closing mark with words after it
_SUBCLAUSE = frozenset("which who whom whose after when because since while before until if "
                       "whereas although".split())


_PARTICIPLE_START = re.compile(r"^[A-Z][a-z]+ing\s")
# `Asked whether the 2027 deadline could slip`: the question put, not what was said
_ASKED_START = re.compile(r"^(?:When\s+|If\s+)?[Aa]sked\s+(?:about|whether|if|why|how|what|when|who|by)\b")


# A cut that opens on a scene: a preposition, perhaps after an adverb (`Mostly through`,
# `Well above`, `Except in`, `On top of`).
_SCENE_ONLY = re.compile(r"^(?:(?:[Uu]p|[Dd]own)\s+(?=[\d£$€])|(?:[A-Za-z]+ly\s+|[Ww]ell\s+|[Jj]ust\s+|[Ee]ven\s+)?(?:at|in|on|for|with|under|"
                         r"during|from|by|through|above|below|over|except|except\s+in|beyond|"
                         r"within|without|besides|alongside|ahead\s+of)\s)", re.I)
# `up 4.6 percent from this year, was approved`: a phrase, then a verb with no subject
_SUBJECT_OUTSIDE = re.compile(r"^([^,]{1,60}),\s+(?:was|were|is|are|has|have|had|will|would|could|can)\s")


def _object_cut(norm: str, start: int) -> bool:
    """The cut opens on a determiner right after a past-tense verb: the verb's object."""
    before = norm[:start].rstrip()
    prev = before.rsplit(None, 1)[-1] if before else ""
    first = norm[start : start + 6].split(None, 1)[:1]
    return bool(prev.isalpha() and prev.islower() and prev.endswith("ed") and prev not in _JOINS
                and first and first[0].lower() in ("the", "a", "an", "its", "their", "his", "her"))


def _main_clause(words: list[str], opens: frozenset[str] = _SUBCLAUSE) -> list[str]:
    """The words before a relative or time clause opens (`… which had faced …`); `opens` are
    the words that open one."""
    if opens.isdisjoint(map(str.lower, words[1:])):
        return words  # (the common case, found by one set test)
    return next((words[:i] for i, w in enumerate(words) if i and w.lower() in opens), words)


_SUBCLAUSE_OR_THAT = _SUBCLAUSE | {"that"}


def _both_see_a_verb(words: list[str]) -> bool:
    """A verb by both tests: the word-shape one calls `municipalities` a verb, the lexicon
    one `produce` in `to produce`."""
    return _has_verb(words) and has_finite_verb(words)


@functools.lru_cache(maxsize=16384)
def _verbish(w: str) -> bool:
    lw = w.lower().strip(".,;:\"'")
    return lw in _VERBS or bool(w[:1].islower() and _VERB_END.match(lw))


def _has_verb(words: list[str]) -> bool:
    return any(map(_verbish, words))  # (cached per word: this runs for every cut)


def _verb_after_relative(words: list[str], head: list[str]) -> bool:
    """`Parents who refuse to allow … could be electronically tagged`: past the relative
    clause's own verb, a modal or auxiliary carries the main clause on."""
    if len(words) <= len(head) or words[len(head)].lower() not in ("who", "which", "that", "whose"):
        return False  # (`… after Jane Hutt was sacked`: a time clause, not a subject's relative)
    if head[-1].endswith(",") and not any(w.endswith(",") for w in words[len(head) + 1 : -1]):
        return False  # `The home secretary, whose plan is expected …`: the aside never closes
    rest = [w.lower().strip(".,;:\"'") for w in words[len(head) + 1 :]]
    if head[-1].endswith(","):
        # `Labour, which had run the council since 2012, finished with nine seats`: the
        # word after the aside's closing comma is the main clause's verb
        close = next(i for i, w in enumerate(words[len(head) + 1 : -1], len(head) + 1) if w.endswith(","))
        after = words[close + 1]
        if after[:1].islower() and (_verbish(after) or is_finite_verb(after.lower().strip(".,;:\"'"))):
            return True
    return any(w in _AUXILIARIES for w in rest[1:])


def _shape_traits(text: str, words: list[str], numbers: list[str]) -> dict[str, float]:
    """Extracts that name or set the scene instead of reporting: `The chairman of the Bar
    Council, Guy Mansfield QC`, `At his weekly press conference on Tuesday`, and cuts that
    stop on a word wanting its object (`… one of her colleagues called`)."""
    t: dict[str, float] = {}
    # The verb must be the main clause's, not one inside `which …` or `after …`:
    # `One of the problems which had faced Ms Hutt` names a thing, it reports nothing.
    head = _main_clause(words)
    if not _has_verb(head) and (head is not words or _PREPOSITION_START.match(text)
                                or _CLAUSE_MARK.search(text)) and not _verb_after_relative(words, head):
        t["label"] = 1.0
    last = words[-1].lower().strip(".,;:\"'")
    if last in _DANGLING or (last.endswith("ing") and words[-1][:1].islower()) \
            or (len(words) > 1 and words[-2].lower() in ("told", "said")):
        t["dangling"] = 1.0
    if _WHO_ASIDE.search(text):
        t["aside"] = 1.0  # `Ferguson, who slashed a man …`: the aside, not the news
    if numbers and all(_YEAR.match(n) for n in numbers) and _SUBORDINATE.match(text):
        t["circumstance"] = 1.0  # `After the influx of women MPs at the 1997 election`
    return t


# A sentence's named subject (`Mr Brown`, `The Planning (Housing Delivery) Bill`), or a short
# common one (`The draft budget`)
_SUBJECT = re.compile(r"(?:The|A|An)\s+(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*(?=\s)"
                      r"|(?:The\s+)?(?:(?:[A-Z][\w'-]*|\([A-Z][^()]{0,30}\))\s+){0,3}[A-Z][\w'-]*(?=\s)")
_SECOND_VERB = re.compile(r"(?:but|and)\s+(?=[a-z]+\s)")
_JOINED_VERB = re.compile(r"\s(?:and|but)\s+(?=[a-z]+\s)")
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|where)\b")


def _verb_like(word: str) -> bool:
    lw = word.lower()
    return lw in _VERBS or (word[:1].islower() and (_VERB_END.match(lw) is not None or lw.endswith("s")))


# (`Of the 27 journalists charged, | 23 have been cleared`: a clause of its own after the comma)
_OWN_CLAUSE = re.compile(r"(?:\S+\s+){0,2}(?:was|were|is|are|has|have|had|will|would)\s")
def _verb_after_comma(norm: str, end: int) -> bool:
    """`Jack Straw, touring South East Asia, | praised …`: a past or present verb right after the
    comma that closes the span, whose subject the span is."""
    m = _COMMA_WORD.match(norm, end)
    return m is not None and m.group(1).islower() and is_verb_form(m.group(1)) and m.group(1) not in _AUXILIARIES


_COMMA_WORD = re.compile(r",\s+([\w'-]+)")
_AUX_AFTER_COMMA = re.compile(r",\s+(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should)\s")
_SUBJECT_VERB = re.compile(r"\s*(?:said|says|told|tells|added|argued|insisted|admitted|wrote)\s(?!by\b)")


def _verb_follows(norm: str, end: int) -> bool:
    """The span stops on a subject whose verb comes straight after it (`On Saturday, Tory
    shadow home secretary David Davis | said …`): who, not what."""
    return 0 < end < len(norm) and (norm[end] == " " or norm[end - 1] == " ") \
        and _SUBJECT_VERB.match(norm, end) is not None


def _plain_verb(word: str) -> bool:
    """A word that is surely a verb: a common one, or one ending -ed (`plans`, `parents`
    and other plural nouns ending in s are not)."""
    lw = word.lower().strip(".,;:\"'")
    return lw in _VERBS or lw in _AUXILIARIES or (word[:1].islower() and lw.endswith("ed") and len(lw) > 3)


def _shared_subjects(sent: Sentence, pieces: list[tuple[int, int]]) -> list[Option]:
    """`Mr Brown denied his forecasts were too optimistic - but refused to rule out tax
    rises` -> `Mr Brown refused to rule out tax rises`: a second verb phrase of a named
    subject, with that subject in front (the sentence's own words, in order)."""
    m = _SUBJECT.match(sent.norm)
    if m is None:
        return []
    end = m.end()
    words = m.group().split()
    if words[0] in ("The", "A", "An") and len(words) > 1 and words[1][:1].islower():
        # `The draft budget | is based on …`: the noun phrase stops at its verb
        while len(words) > 2 and (words[-1] in _AUXILIARIES or is_verb_form(words[-1])):
            words.pop()
        end = len(" ".join(words))
    after = sent.norm[end:].split(None, 2)[:2]
    if not any(_plain_verb(w) for w in after) or not after[0][:1].islower():
        return []  # the capitals are not the subject of the first verb (`Tory | plans to …`,
        # `Tory Shadow Chancellor Oliver | Letwin called …`)
    head = sent.text[:end]
    out: list[Option] = []
    # a second verb phrase opens a piece (`… - | but refused to …`) or is joined inside one
    # (`The draft budget is based on … | and aims to lower the deficit to 3.1% of GDP`)
    starts = list(pieces) + [(j.start() + 1, next((pe for ps, pe in pieces if ps <= j.start() < pe), len(sent.norm)))
                             for j in _JOINED_VERB.finditer(sent.norm, end)]
    for s, e in dict.fromkeys(starts):
        v = _SECOND_VERB.match(sent.norm, s)
        if s <= end or v is None or not _joins_first_verb(sent.norm, end, s, v.end()):
            continue
        verb = sent.norm[v.end() :].split(None, 1)[0]
        if not (_plain_verb(verb) or is_verb_form(verb)):
            continue  # `… but | parents were still worried`: a clause with its own subject
        if _RELATIVE_WORD.search(sent.norm, end, s):
            continue  # `X said there were 22 … - all of who were eligible | and had been
            # unaffected`: the second verb belongs to the relative clause, not to X
        body = sent.text[v.end() : e]
        if len(head.split()) + len(body.split()) <= MAX_WORDS and not _torn_end(sent.norm, e) \
                and not _INSET.match(sent.norm, e):  # (not `… what impact a victory | – or a loss – could have`)
            out.append((0, e, False, f"{head} {body}"))
    return out


def _joins_first_verb(norm: str, end: int, join: int, verb_at: int) -> bool:
    """Whether the verb after `and` inside a clause shares the subject's first verb: not one
    of a clause in between (`A UKIP MEP suggested | Germany saw the EU as … | and was cheaper`),
    nor a participle that shares its auxiliary too (`Anyone … can be jailed … | and fined`)."""
    words = norm[end:join].split()
    verb = norm[verb_at:].split(None, 1)[0]
    if verb.endswith(("ed", "en")) and any(w in _AUXILIARIES and (nxt in ("be", "been") or nxt.endswith("ed"))
                                            for w, nxt in zip(words, words[1:], strict=False)):
        return False
    return not any(is_verb_form(w) and (words[k - 1][:1].isupper() or words[k - 1] in _OPENS_CLAUSE)
                   for k, w in enumerate(words) if k > 1)


# `Labour's Mr Livingstone, who says he is standing by his remarks, had accused …`: an aside
# between commas, with the main verb going on after it.
_ASIDE = re.compile(r",\s+(?:who|whose|which)\s[^,;:()]{3,90}?,\s+(?=[a-z])")
# `The powers - piloted in six areas - were extended …`, `officers (CSOs) the power`:
# an aside between dashes or in brackets, which the sentence reads on without.
# `The tariffs, set out in a proclamation the president signed on Monday, take effect …`,
# `Hampton, critically injured in the attack, was able to call 911 …`,
# `Shares in three firms, including Rank Group, fell …`: a participle's or an example's
# aside between commas, which the sentence reads on without.
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:[a-z]{2,}ly\s+)?(?:(?!saying|adding|claiming|arguing|insisting|warning|"
                               r"telling|accusing|calling|urging)[a-z]{3,}ing|[a-z]{3,}ed|set|made|taken|given|known|held|put|built|written|drawn|"
                               r"brought|led|run|paid|sent|seen|shown|chosen|hurt|hit|struck|shot|beaten|caught|found|left|lost|"
                               r"sold|bought|kept|born|based|including|along\s+with|"
                               r"together\s+with)\s(?:[^,;:()\"“”]|,\s(?=[A-Z])){3,90}?,\s+(?=[a-z])")
_INSET = re.compile(r"\s[-–—]+\s(?:[^-–—;:()]|(?<=\w)-(?=\w)){3,90}?\s[-–—]+\s+(?=[a-z])|\s\([^()]{1,90}\)\s+")
# `Mike Nattrass, UKIP's deputy leader, made the comments …`, `Baha Mousa, a hotel
# receptionist, was arrested …`, `Bill 71, the … Act, cleared`: a name's appositive between
# commas, read past.
_APPOSITIVE = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s\d{1,4}(?=,))?|\([A-Z]{2,8}\))(?P<aside>,\s+(?:(?:a|an|the|his|her|their|its)\s|[A-Z])"
                         r"[^,;:()\"“”]{2,80}?,\s+)(?=[a-z])")
_LIST_END = re.compile(r"\sand\s+[A-Z]")
_PREPOSITION = frozenset("with on in for of to at by from into over under about after before "
                         "during against across through".split())


def _prefix(text: str, limit: int = MAX_WORDS) -> list[tuple[int, int]]:
    """A long opening clause without a figure, cut before its last prepositional phrase
    that fits: `The Tories have promised an upper limit on the number of people allowed
    into Britain | with the slogan …`. Never before `of`, which carries its phrase on
    (`… in the wake | of next Sunday's elections`); never before the main verb. A second
    verb phrase (`| and strike a balance …`) may be cut off as a prepositional phrase is."""
    spans = [(m.start(), m.end()) for m in itertools.islice(_TOKEN.finditer(text), limit + 2)]  # (no more are read)
    words = [text[a:b] for a, b in spans]
    for end in range(min(len(words) - 2, limit), 6, -1):
        # or before `and` opening a second verb phrase: `… do not equate to a police state |
        # and strike a balance between …`
        second_verb = words[end].lower() in ("and", "but") and (
            is_verb_form(words[end + 1]) or is_base_verb(words[end + 1]))
        if (second_verb or (words[end].lower() in _PREPOSITION and words[end].lower() != "of")) \
                and words[end - 1].lower() not in _STOP \
                and words[end - 1].rstrip("\"'”’")[-1:].isalnum():
            # (not `A national body designed to tackle skills shortages | in key subjects
            # should be set up`: the subject without its verb)
            return [(0, spans[end - 1][1])] if has_finite_verb(words[:end]) else []
    return []


def _options(sent: Sentence, asides: bool = True, limit: int = MAX_WORDS) -> list[Option]:
    """Spans (in the sentence) of extracts that can stand as a fact; True marks a word
    window cut inside a clause, which reads worse than a whole clause. The last item
    is the extract's text when it is not the whole span (a relative clause's `, who`
    or a whole aside left out). `limit` is the words a cut may have: fewer when a
    speaker's name goes in front of it."""
    text = sent.text
    if len(text.split()) <= limit:
        m = _PRONOUN_REPORT.match(sent.norm)
        return [(0, len(text), False, None)] + ([(m.end(), len(text), False, None)] if m else [])
    options: list[Option] = []
    pieces = _pieces(sent.norm)
    for a in range(len(pieces)):
        for b in range(a, min(len(pieces), a + 3)):
            s, e = pieces[a][0], pieces[b][1]
            if len(text[s:e].split()) > limit:
                if b == a + 1 and _DIGIT.search(text[pieces[b][0] : e]) and _DIGIT.search(text[s : pieces[a][1]]):
                    options.extend((ws, we, True, None) for ws, we in _windows(text[s:e], s, limit))
                if a == b:
                    options.extend((ws, we, True, None) for ws, we in _windows(text[s:e], s, limit))
                    if a + 1 < len(pieces) and _DIGIT.search(text[s:e]) \
                            and _DIGIT.search(text[pieces[a + 1][0] : pieces[a + 1][1]]):
                        # across two clauses only for figures in both: `… in 52 days, 120 days faster`
                        e2 = pieces[a + 1][1]
                        options.extend((ws, we, True, None) for ws, we in _windows(text[s:e2], s, limit))
                if s == 0 and not _DIGIT.search(text[s:e]) and (a == b or len(text[: pieces[a][1]].split()) < 6):
                    # `Tony Blair has said | he looks forward to …`: the opening report, cut
                    # before a phrase that would take it past 15 words.
                    options.extend((ws, we, True, None) for ws, we in _prefix(text[s:e], limit))
                break
            if (a < b and _BEFORE_REPORT.match(sent.norm, e)) or _verb_follows(sent.norm, e):
                continue  # `… by-election after a shadow cabinet member` (admitted …)
            if a < b and (_AUX_AFTER_COMMA.match(sent.norm, e) or _verb_after_comma(sent.norm, e)) \
                    and not _OWN_CLAUSE.match(text, pieces[a + 1][0]):
                continue  # `Ms Ward, badly hurt in the fall` (, was able to …): a subject and its aside

            options.append((s, e, False, None))
    if "," in sent.norm:
        options.extend(_relatives(sent, pieces))
    if asides and ("," in sent.norm or " - " in sent.norm or "(" in sent.norm
                   or "–" in sent.norm or "—" in sent.norm):
        options.extend(_without_asides(sent, limit))
    options.extend(_shared_subjects(sent, pieces))
    if " and " in sent.norm or " but " in sent.norm:
        # `About 50,000 children live with foster families in the UK | and carers have said …`:
        # the first of two clauses, each with its own subject
        for m in _NEW_CLAUSE.finditer(sent.norm):
            if 4 <= len(sent.norm[: m.start()].split()) <= MAX_WORDS and _has_verb(sent.norm[: m.start()].split()):
                options.append((0, m.start(), False, None))
    if "in favo" in sent.norm or "voted yes" in sent.norm:
        # `… after a division in which | 98 members voted in favour and 53 against |, …`:
        # a tally with its own subject and verb, deep in a long sentence
        options.extend((m.start(), m.end(), False, None) for m in _TALLY_CLAUSE.finditer(sent.norm))
    return options


_NEW_CLAUSE = re.compile(r"\s(?:and|but)\s+(?=(?:the\s+|some\s+|many\s+|most\s+)?[a-z]+\s+(?:have|has|had|are|were|will|would|say|said)\s)")
_TALLY_CLAUSE = re.compile(r"\b\d[\d,]*\s+(?:[a-zA-Z]+\s+){0,2}voted\s+(?:in\s+favou?r|yes)(?:\s+of\s+[\w\s]{2,40}?)?"
                           r",?\s+(?:and|with|while)\s+(?:\d[\d,]*|[a-z]+)\s+(?:voted\s+)?(?:against|no)\b")


def _without_asides(sent: Sentence, limit: int = MAX_WORDS) -> list[Option]:
    """The extracts of the sentence read without a relative clause set off by commas:
    `Labour's Mr Livingstone had accused an Evening Standard journalist of …`."""
    out: list[Option] = []
    spans = [(m.start(), m.end()) for m in [*_ASIDE.finditer(sent.norm), *_INSET.finditer(sent.norm),
                                            *_PARTICIPLE_ASIDE.finditer(sent.norm)]]
    for m in _APPOSITIVE.finditer(sent.norm):
        words = sent.norm[m.start("aside") + 1 : m.end("aside") - 2].split()
        if words and words[0][:1].isupper() and _LIST_END.search(m.group("aside")):
            continue  # `…, including Rank Group, | Stanley Leisure and Aspers, | fell`: a list's end
        if not any(_verbish(w) or is_finite_verb(w, words[i - 1] if i else "") for i, w in enumerate(words)):
            spans.append((m.start("aside"), m.end("aside")))  # (a noun phrase: no verb of its own)
    for start, end in spans:
        if _BEFORE_REPORT.match(sent.norm, end - 1):
            continue  # `X, who …, said Y`: the reported clause stands alone already
        if sent.norm[start] == "," and not _verb_like(sent.norm[end:].split(None, 1)[0]):
            continue  # `Dr Gibbons, who was a GP in Blaengwynfi, in the …`: a list, not an aside
        cut, gone = start, end - start - 1
        short = Sentence(sent.text[:cut] + " " + sent.text[end:],
                         sent.norm[:cut] + " " + sent.norm[end:],
                         sent.paragraph, sent.index, sent.start, sent.end - gone)
        for s, e, window, shown in _options(short, asides=False, limit=limit):
            if window and _torn(short.norm, s, e, window):
                continue
            if shown is None and s <= cut < e:
                out.append((s, e + gone, window, short.text[s:e]))
    return out


# Words a phrase may stop before, or start after, without tearing it: prepositions,
# conjunctions, relative words and the verbs that report speech.
_JOINS = _PREPOSITION | frozenset(
    "and or but nor while whereas as than because since though although if unless until when "
    "where who whom whose which that to so yet without within amid ahead including except via "
    "between among around towards beyond unlike rather instead "
    "said says told added insisted warned claimed "
    "argued admitted announced confirmed believes believed saying adding claiming insisting warning "
    "arguing showed shows found revealed".split()
)


# A phrase cut to start after these would lose its subject (`allowed to | see …`,
# `a video that | showcased …`).
_PREPOSITION_LIKE = _PREPOSITION | frozenset("without within amid ahead including except via between among "
                                             "around towards beyond unlike as than".split())
_NOT_AFTER = frozenset("to that which who whom whose where if unless whether".split())  # (`if | X`: a condition, never a fact)
_JOINS_NOT_AFTER = _JOINS - _NOT_AFTER  # (built once: a window's start is tested against it word by word)
_AUXILIARIES = frozenset("is are was were will would could should may might must can has have had "
                         "did does".split())
_CLAUSE_VERBS = frozenset("hope hopes hoped hoping expect expects expected expecting believe think "
                          "thinks thought know knows knew feel feels felt fear fears feared "
                          "suggest suggests suggested show shows showed mean means meant".split())


def _tears(norm: str, start: int, end: int, window: bool = False) -> tuple[bool, bool]:
    """Whether `norm[start:end]` was cut out of the middle of a phrase at its start, and at
    its end.

    Any extract torn after a determiner (`the | usual five`) is; a word window also when
    it starts straight after a plain word (`giving | Community Support Officers the
    power …`), though after a verb of thinking a clause may start (`hoping | approval …`).
    """
    return _torn_start(norm, start, window), _torn_end(norm, end)


_HONORIFIC_WORDS = frozenset("Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Baroness Rev Prof".split())
_TOLD = frozenset("told tells telling informed".split())
_MAGNITUDES = frozenset("hundred thousand million billion trillion crore lakh per percent".split())


def _torn_start(norm: str, start: int, window: bool) -> bool:
    before = norm[:start].rstrip()
    prev = before.rsplit(None, 1)[-1] if before else ""
    if prev == "The" and before == "The" and norm[start : start + 1].isupper():
        return False  # `The | Cannabis and Hemp Control Bill passed …`: headline style drops the article
    if prev.lower() in _DETERMINERS or prev.rstrip(".") in _HONORIFIC_WORDS:
        return True  # (`Mr | Nasty is being shown`: a name never loses its Mr)
    if norm[start:start + 1].isdigit() and _MONTH_BEFORE.search(before[-30:]):
        return True  # `August | 2013, when …`, `August 16, | 2013`: a date, halved
    if window and prev.isalpha() and prev.islower() and prev not in _JOINS and prev not in _CLAUSE_VERBS:
        return True
    if window and prev.lower() in _TOLD:
        return True  # `Han told | reporters afterward that …`: the one told, not what
    first = _WORD_AT.match(norm, start)
    if window and _is_figure(prev) and first and first.group().lower() in _MAGNITUDES:
        return True  # `about 1.4 | million homes`: inside the figure
    if window and prev.lower() in _PREPOSITION_LIKE and not (first and first.group().endswith("ing")):
        return True  # `on | the streets by 2008`: the object of a preposition, without it
    if window and prev.lower() in ("and", "or", "but") and first and first.group().islower() \
            and first.group() not in _DETERMINERS and not _PRONOUN_START.match(first.group()) \
            and not _is_figure(first.group()):
        return True  # `and | lead to the return of …`: a verb without its subject
    if window and prev[:1].isupper() and prev.isalpha() and prev not in _TITLE_WORDS \
            and norm[start:start + 1].isupper() and not before.endswith((".", ",", ":", ";")):
        return True  # `Community | Support Officers`: inside a name
    return False


_BETWEEN_END = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+\S+$")
_RANGE_ON = re.compile(r"\s+(?:and|to)\s")
_COUNT_ON = re.compile(r"\s+(?:against|in\s+favour|for)\b")


# Words that cannot end a line without the preposition that follows them (`based on`,
# `according to`, `expected to`, `aimed at`).
_NEEDS_NEXT = frozenset("based according due aimed designed intended able expected set likely going used "
                        "related relating compared responsible known referred linked subject prior thanks "
                        "owing regardless instead ahead apart moved forced allowed ready willing unable "
                        "eligible entitled".split())
_NEEDS_NEXT_RE = re.compile(r"\s+(?:on|to|at|into|for|with|as|of|from|upon)\b")


def _torn_end(norm: str, end: int) -> bool:
    after = norm[end:]
    last = norm[:end].rstrip().rpartition(" ")[2]
    if last.isdigit() and not _YEAR.match(last) and after[:1] == " " \
            and (nxt := _WORD_AT.match(after.lstrip())) is not None and nxt.group().isalpha() \
            and nxt.group().islower() and nxt.group() not in _JOINS and not nxt.group().endswith("ly"):
        return True  # `… the status of the 27 | negotiating chapters`: a count without what it counts
    if _RANGE_ON.match(after) and _BETWEEN_END.search(norm, max(0, end - 40), end):
        return True  # `between 3% | and 3.5%`, `from six months | to nine`: a range, halved
    if _COUNT_ON.match(after) and norm[:end].rstrip()[-1:].isdigit():
        return True  # `… 224 votes in favour and 81 | against`: a count without what it counts
    if _NEEDS_NEXT_RE.match(after) and norm[:end].rstrip().rpartition(" ")[2].lower() in _NEEDS_NEXT:
        return True  # `placed in one of nine bands based | on …`, `… is expected | to`
    if _BRACKET_AFTER.match(after):
        after = after[after.index(")") + 1 :]  # `Officers (CSOs) | the power`: read past the bracket
    before = norm[:end].rstrip().rsplit(None, 2)
    if len(before) >= 2 and before[-2].lower() == "and" and is_verb_form(before[-1]) and after.strip(" .!?\"”'’"):
        return True  # `… for the current fiscal year and commits | $9.3 billion`: a second verb without its object
    if after.lstrip()[:1] == ":" and not after.lstrip()[1:2].isdigit():
        return True  # `… announced the following | :`: what comes is the point
    nxt_word = _WORD_AT.match(after.lstrip()) if after[:1] == " " else None
    if nxt_word and nxt_word.group() in _AUXILIARIES:
        return True  # `… voters' tolerance and desire | are …`: the clause's subject without its verb
    if after[:1] == " " and after.lstrip()[:1] in "£$€":
        return True  # `… and commits | $9.3 billion`, `… a fine of | £500`: the figure is the phrase's end
    if after[:1] == " " and after.lstrip()[:1].isalnum():
        nxt = _WORD_AT.match(after.lstrip())
        if nxt and (nxt.group().lower() not in _JOINS or nxt.group().lower() == "of") \
                and nxt.group().lower() not in _AUXILIARIES \
                and not (nxt.group().islower() and nxt.group().endswith("ing")):
            return True  # (a whole subject may stop before its verb: `… for 50 years | will be`)
    return False


def _torn(norm: str, start: int, end: int, window: bool = False) -> bool:
    """Whether `norm[start:end]` was cut out of the middle of a phrase at either end."""
    return any(_tears(norm, start, end, window))


# Adverbs a sub-editor drops without changing what a line says.
# (Not `just`, `now`, `still`, `effectively`, `initially`, `further`: each changes what
# the line says — `had effectively conceded`, `can now detain`, `a further £947m`.)
_SOFT_ADVERBS = frozenset("also currently really very actually".split())
_ROLE_MODIFIERS = frozenset("shadow former deputy chief junior senior acting interim ex then "
                            "first second vice".split())


_AGE_ASIDE = re.compile(r"[A-Z][\w'-]*, \d{1,3}, ")
# A vote's tally: `by 175 votes to 161`, `156 votes in favor and 142 against`, `a vote of 104
# to 81`, `118-26`: the headline fact of a legislative story, which a sub-editor keeps whole.
_TALLY = re.compile(r"\b\d[\d,]*\s+(?:votes?\s+)?(?:in\s+favou?r\s+)?(?:to|and|against)\s+\d[\d,]*"
                    r"(?:\s+against)?\b|\b(?:voted|passed|backed|approved|failed|by|of)\s+\d{1,3}-\d{1,3}\b"
                    r"|\b\d[\d,]*\s+(?:[a-zA-Z]+\s+)?vot(?:ing|ed)\s+in\s+favou?r\s+and\s+\d[\d,]*\s+against\b"
                    r"|\b\d[\d,]*\s+votes?\s+(?:in\s+favou?r|for),?\s+\d[\d,]*\s+against\b")  # `318 votes for, 104 against`
_SHORT_BRACKET = re.compile(r"\s\([^()\s]+(?:\s[^()\s]+)?\)(?=[\s,.])")  # `(MSs)`, `(Wales)`
# When, told in passing (`late on Tuesday`, `on Friday evening`, `last week`): the words a
# tally's sentence can spare so that the tally fits.
_IN_PASSING = re.compile(r"\b(?:(?:[Ll]ate|[Ee]arly)\s+)?(?:[Oo]n|[Ll]ast)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday|Sunday|week|night)(?:\s+(?:evening|night|morning|afternoon))?,?(?=\s)")


def _compressed(sent: Sentence, full_names: frozenset[str]) -> tuple[Sentence, list[tuple[int, int]]] | None:
    """The sentence as a sub-editor would tighten it, every kept word the source's own and
    in order: soft adverbs (`also`, `currently`) and the title before a person's full name
    (`Liberal Democrat leader | Charles Kennedy`, `The Scottish National Party's Holyrood
    leader | Nicola Sturgeon`) and an age after a name (`Cheryl Silvonek, 54, was`) left out.
    Also the kept words' spans in the sentence."""
    names = [n for n in full_names if n in sent.norm]
    tally = _TALLY.search(sent.norm)
    if not names and not tally and not _AGE_ASIDE.search(sent.norm) and not any(
            f" {a} " in sent.norm for a in _SOFT_ADVERBS):
        return None  # nothing to tighten: the common case, kept cheap
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(sent.norm)]
    words = [sent.norm[a:b] for a, b in toks]
    drop: set[int] = set()
    if tally:  # `Parliament approved the budget | late on Tuesday | with 156 votes in favor and 142 against`
        for spare in (*_IN_PASSING.finditer(sent.norm), *_SHORT_BRACKET.finditer(sent.norm)):
            drop.update(i for i, (a, b) in enumerate(toks) if spare.start() <= a and b <= spare.end() + 1)
        # `approved the reform | in its seventh of eight required debates | with 61 votes …`: the
        # phrase between the object and the tally's own `with`/`by`
        t = next((i for i, (a, b) in enumerate(toks) if a <= tally.start() < b + 1), None)
        if t is not None and t >= 1 and words[t - 1].lower() in ("with", "by"):
            p = next((i for i in range(t - 2, max(0, t - 10), -1) if words[i].lower() in ("in", "at", "during", "after")
                      and not words[i - 1].endswith(",")), None)
            if p is not None and not any(w.endswith((",", ";")) for w in words[p : t - 1]) \
                    and not any(w.lower() in _AUXILIARIES for w in words[p : t - 1]):
                # (not `hours after the budget was voted down | by 178 to 171`: a clause, not a phrase)
                drop.update(range(p, t - 1))
    for i, w in enumerate(words):
        if i and w in _SOFT_ADVERBS and words[i - 1][-1:] not in ",;:":
            drop.add(i)
        # `Cheryl Silvonek, 54, was fatally stabbed`: an age after a name, set off by commas
        if 0 < i < len(words) - 1 and words[i - 1].endswith(",") and _AGE.fullmatch(w) \
                and words[i - 1][:1].isupper():
            drop.add(i)
            words_i = i - 1
            toks[words_i] = (toks[words_i][0], toks[words_i][1] - 1)  # and the name's comma
    for name in names:
        parts = name.split()
        for j in range(1, len(words) - len(parts) + 1):
            if len(parts) > 1 and words[j] != parts[0]:
                continue  # (a cheap test first: only the last part may carry punctuation)
            if [w.rstrip(".,;:'s’") if k == len(parts) - 1 else w for k, w in
                    enumerate(words[j : j + len(parts)])] != parts and words[j : j + len(parts)] != parts:
                continue
            run, k = [], j - 1
            while k >= 0 and len(run) < 6 and words[k][-1:] not in ",;:" and (
                    words[k][:1].isupper() or words[k].lower() in ROLE_NOUNS
                    or words[k].lower() in _ROLE_MODIFIERS):
                run.append(k)
                k -= 1
            if not run or words[run[0]].lower().removesuffix("'s").removesuffix("’s") not in ROLE_NOUNS:
                continue  # only a title that ends on its role noun: `… leader | Charles Kennedy`
            if k >= 1 and words[k].lower() in ("and", "of", "for", "&") and words[k - 1][:1].isupper() \
                    and not any(words[k - 1].rstrip(",.") == n.split()[-1] for n in names):
                continue  # `Work and | Pensions Secretary`: the title runs on before `and`; keep it whole
            if k >= 0 and words[k].lower() == "the":
                run.append(k)
            elif k >= 0 and words[k][-1:] not in ",;:(" and words[k].lower() not in _JOINS:
                continue  # the title starts further back (`Deputy finance | minister`): keep it whole
            drop.update(run)
    if not drop:
        return None
    kept = [t for i, t in enumerate(toks) if i not in drop]
    text = " ".join(sent.text[a:b] for a, b in kept)
    norm = " ".join(sent.norm[a:b] for a, b in kept)
    text, norm = text[:1].upper() + text[1:], norm[:1].upper() + norm[1:]
    return Sentence(text, norm, sent.paragraph, sent.index, sent.start, sent.end), kept


def _compressed_options(sent: Sentence, full_names: frozenset[str]) -> list[Option]:
    """The extracts of the tightened sentence, mapped back to the span they cover."""
    if len(sent.text.split()) <= MAX_WORDS:
        return []  # it fits whole already
    found = _compressed(sent, full_names)
    if found is None:
        return []
    short, kept = found
    starts, pos = [], 0
    for a, b in kept:
        starts.append(pos)
        pos += (b - a) + 1
    out: list[Option] = []
    for cs, ce, window, shown in _options(short):
        if (window and _torn(short.norm, cs, ce, window)) or _torn_end(short.norm, ce):
            continue
        inside = [i for i, p in enumerate(starts) if cs <= p < ce]
        if not inside:
            continue
        # (an option that opens where the tightened sentence opens still opens the sentence:
        # `Home Affairs spokesman | Mark Oaten … demanded …` is its own start, no mid-sentence cut)
        start = 0 if cs == 0 else kept[inside[0]][0]
        out.append((start, kept[inside[-1]][1], window, shown or short.text[cs:ce]))
    return out


# A verb that needs a subject in front of it.
_FINITE = (r"(?:was|were|is|are|has|have|had|will|would|said|says|told|added|announced|"
           r"insisted|warned|claimed|argued|confirmed)\b")
_NO_SUBJECT = re.compile(r"^(?:Since|After|Before|Until|From|In|On|By|During)\s+(?:the\s+|last\s+|next\s+)?"
                         r"(?:[A-Z][a-z]+|\d[\d,]*)(?:\s+(?:[A-Z][a-z]+|\d[\d,]*))?\s+" + _FINITE)
# `22, from Melbourne, was shot …`: a figure or phrase, an aside, then a verb with no subject
# (unlike `Chancey Luna, 17, was charged …`, whose subject is the name).
# `28, during a row …` (an age cut from its name), `A married father of three, works …` (an
# apposition cut from its name)
_FRAGMENT_START = re.compile(r"^(?:\d{1,3},\s|(?:A|An)\s[^,]{2,40},\s+[a-z]+s\b)")
# `Just tourists,' Makrus Åsberg, a 25-year-old officer`: the end of a quote and its speaker
_QUOTE_END_INSIDE = re.compile(r"[,.!?]['’\"”]\s+[A-Z]|[,!?]['’\"”]\s+(?:the|a|an|he|she|they)\s")
# `Guilty: Glenn Mason, 56`, `Big Ben: the 20lb lamb …`: a photo caption's label
# `Turnout: 43.0 per cent`, `Swing from Labour to Reform UK: 18.6 per cent`: a results line
_FIGURE_AFTER_LABEL = re.compile(r"^[A-Z][^:]{0,40}:\s+(?:[£$€]\s?)?\d[^:]*$")  # (one label: not a stats box)
_CAPTION_LABEL = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}:\s+\S")
_SAID_WHEN = re.compile(r"\b(?:said|says|announced|confirmed|told\s+\w+)(?:\s+(?:on|last|this|late|early))?"
                        r"(?:[\s,]+(?:\d{1,4}|January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                        r"Sunday|night|morning|week|month|year))+$")
_APPOSITION_VERB = re.compile(r"^(?:A|An|The)\s[^,]{2,40},\s+(\w+)")
_BARE_SUBORDINATE = re.compile(r"^(?:When|While|Whilst|Although|Though|Whereas|As)\s")
_FIRST_PERSON = re.compile(r"^(?:I|I'm|I've|I'd|I'll|We|We're|We've|We'd|We'll|Our|My|Us|The fact that)\b")
_ASIDE_THEN_VERB = re.compile(r"^(?:\d[\d,.]*|(?:From|In|At|Of|With)\s[^,]{1,25}),\s+(?:[^,]{1,40},\s+)?"
                              + _FINITE)


_SPEAKS_NEXT = re.compile(r"\s*(?:said|says|told|added|argued|insisted|admitted|wrote)\b(?!\s+by\b)")


_EVENT_NOUN = re.compile(r"^[A-Z]?[a-z]+(?:tion|tions|sion|sions|ment|ments|ings|ures?)$")


def _headline_phrase(words: list[str], numbers: list[str]) -> bool:
    """A verbless line that still reads as a headline fact: a short one with its figure
    (`Turnout an unusually high 42.55%`), or an event named with its figure (`Savings of
    £153m at the Foreign Office`, `A reduction of around 120 from the current total of 659`)."""
    real = [n for n in numbers if not _YEAR.match(n)]
    if not real:
        return False
    head = words[1] if words[0].lower() in ("a", "an", "the", "some") and len(words) > 1 else words[0]
    if _EVENT_NOUN.match(head.strip(".,;:")) or _FIGURE_AFTER_LABEL.match(" ".join(words)):
        return True  # (`Turnout: 43.0 per cent (down from 61.2 per cent in 2024)`: a results line)
    if words[0].lower() in _NOT_A_HEADLINE_START or (len(words) > 1 and words[1].lower() == "of"
                                                     and (words[0].lower() in _PARTITIVES or _is_figure(words[0]))):
        return False  # `Down from 311,764 last month`, `One of the 17 senators`, `Much as £100 per
        # week`, `50.9% of the vote`: torn from a clause
    return len(words) <= 6 and not any(w.endswith((",", ":")) for w in words) \
        and not (words[0][:1].isupper() and words[0].lower().endswith("ing"))  # (`: 85 apps`: a stats box)


# `… 18.8 per cent by 2060 In 1990, immigrants accounted …`: a caption or a second sentence
# run on with no full stop, its phrase opening on a capital
_RUN_ON_PHRASE = re.compile(r" (?<=[a-z\d]{2} )(?:In|On|At|By|Since|Last|Earlier|Later) (?=[a-z\d])")
_NOT_A_HEADLINE_START = frozenset("down up from including excluding compared against with without of to "
                                  "than over under between among about around much more less fewer as so "
                                  "yesterday today".split())
_PARTITIVES = frozenset("one two three four five six seven eight nine ten some many most all each both none "
                        "half any several".split())


_NEXT_WORD = re.compile(r"\s*([\w'-]+)")


def _subject_only(words: list[str], norm: str, end: int) -> bool:
    """The extract stops where its sentence's main verb begins (`… | will be a blow`), and
    has no verb of its own outside a relative clause: it is a subject, not a fact."""
    nxt = _NEXT_WORD.match(norm, end)
    if nxt is None or nxt.group(1).lower() not in _AUXILIARIES:
        return False
    head = next((words[:i] for i, w in enumerate(words)
                 if i and (w.lower() in _SUBCLAUSE or w.lower() == "that")), words)
    if not has_finite_verb(head):
        return True  # (the lexicon: `communities` is no verb)
    # `… told Today he hoped voluntary mediation | could help`: a reported clause cut
    # between its subject and its verb
    said = [i for i, w in enumerate(words) if w.lower().strip(",") in _REPORTS_CLAUSE]
    return bool(said) and said[-1] < len(words) - 1 and not has_finite_verb(words[said[-1] + 1 :])


# Verbs a reported clause follows (`he hoped | voluntary mediation could …`).
_REPORTS_CLAUSE = frozenset("said says told tells hoped hopes believed believes thought thinks expected expects "
                            "warned warns argued argues insisted insists claimed claims admitted admits "
                            "suggested suggests feared fears".split())


_OBJECT_START = frozenset("the a an his her its their our my this that these those some".split())


def _noun_start(words: list[str]) -> bool:
    """`Plans in India … got bigger`: a plural noun, not `trims the …`, a verb with its object."""
    first = words[0].lower()
    return first.endswith("s") and not first.endswith("ss") and first not in _VERBS and len(words) > 1 \
        and words[1].lower() not in _OBJECT_START and not _is_figure(words[1]) and words[1][:1] not in "$£€"


def _verb_start(word: str) -> bool:
    lw = word.lower().strip(".,;:\"'")
    return lw in _VERBS or lw.endswith(("ed", "ing")) or lw in _AUXILIARIES or is_finite_verb(lw)


def _double_marks(text: str) -> int:
    """Straight and curly double quote marks in `text` (an odd count: a quote left open)."""
    return text.count('"') + text.count("“") + text.count("”")


_OPEN_SINGLE = re.compile(r"(?:^|(?<=[\s(]))['‘](?=\w)")
_CLOSE_SINGLE = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?)]|$)")


def fact_candidates(doc: Document, quoted: dict[int, list[tuple[int, int]]], source: int = 0,
                    names: frozenset[str] = frozenset(),
                    said: dict[int, list[tuple[int, int, str]]] | None = None,
                    speakers: dict[str, str] | None = None,
                    pronoun_of: Callable[[str, int, int], str | None] | None = None) -> list[FactCandidate]:
    """The best short extracts of each sentence's reported (not quoted) words, scored.

    `names` are the people's names and aliases: an extract that is only a title and a
    name (`Shadow transport secretary Jim McMahon`) says who, not what happened.
    `said` maps a paragraph to its attributed quote pieces (start, end, speaker's name):
    a figure or date a named speaker gives becomes `Clarke: “… in the New Year”`.
    `pronoun_of(pronoun, paragraph, position)` names the person a `he`/`she` points to, so
    that `He said the talks had failed` is credited to him, not shown as the reporter's.
    """
    out: list[FactCandidate] = []
    total = len(doc.sentences)
    full_names = frozenset(n for n in (speakers or {}).values() if " " in n)
    name_ends = tuple(names)  # (one fast `endswith` test before the per-name checks)
    for sent in doc.sentences:
        out.extend(_spoken_facts(sent, (said or {}).get(sent.paragraph, []), total, source))
        head = None
        tail_named = _TAIL_SPEAKER.search(sent.norm)
        described = None if tail_named else _TAIL_DESCRIBED.search(sent.norm)
        if described is not None and described.start() >= 20 and (label := _described_label(described)):
            # `…, says a new MPs' report.` -> `MPs' report: Murder sentences should not …`
            out.extend(sorted(_credited(sent, sent.start, sent.start + described.start(), label, total,
                                        source, quoted=False, person=False),
                              key=lambda c: -c.score)[:1])
        elif described is None and tail_named is None and ", according to " in sent.norm \
                and (according := _ACCORDING_TAIL.search(sent.norm)) is not None and according.start() >= 20:
            # (the reporter's own line stays on offer too: `according to` gives a fact its
            # source, it does not make it someone's claim)
            if label := _according_label(according.group("who")):
                out.extend(sorted(_credited(sent, sent.start, sent.start + according.start(), label, total,
                                            source, quoted=False, person=False),
                                  key=lambda c: -c.score)[:1])
        if speakers:
            out.extend(_reported_facts(sent, speakers, total, source, tail_named))
            head = _head_claim(sent, speakers)
            if head is not None:
                out.extend(_head_reported_facts(sent, speakers, total, source, head))
        by_pronoun = False
        if head is None:
            credited, head, by_pronoun = _unnamed_head_facts(sent, pronoun_of, total, source)
            out.extend(credited)
        spans = quoted.get(sent.paragraph, [])
        if spans and not _DIGIT.search(sent.text) and _quoted_share(sent, spans) > 0.8:
            continue  # the speaker's words throughout, with no figure to report
        best: list[FactCandidate] = []
        tail = tail_named or _TAIL_PRONOUN.search(sent.norm) or described
        # Without a figure or a date only the sentence's own start can make a fact.
        sent_words = _WORDS.findall(sent.text)
        dated = _has_date(sent.text) or _is_figure(sent.text) or _counted(sent_words)
        dateline = dateline_length(sent.text) if sent.start == 0 and sent.paragraph == 0 else 0
        low = sent.text.lower()  # (once per sentence: every cut looks itself up in it)
        whole = low.strip().rstrip(".!?\"'”’ ")  # (a cut that is all of it earns the `whole` trait)
        tallies = [(m.start(), m.end()) for m in _TALLY.finditer(sent.norm)] if _DIGIT.search(sent.norm) else []
        appositives = [(m.start("aside"), m.end("aside")) for m in _APPOSITIVE.finditer(sent.norm)
                       if _verb_like(sent.norm[m.end():].split(None, 1)[0])] if ", " in sent.norm else []
        for s, e, window, shown in dict.fromkeys(_options(sent) + _compressed_options(sent, full_names)):
            if s < dateline:
                continue  # `CANBERRA, 9 May 2023 - Treasurer …`: the dateline is no part of a fact
            if by_pronoun and s < head[0]:
                continue  # `He said his party …`: its credited cut (`Kennedy: His party …`) says it
            if s > dateline and not dated and not _CLAUSE_START.match(sent.norm, s):
                continue
            text = _trim(shown or sent.text[s:e])
            words = text.split()
            least = MIN_WORDS - 1 if _DIGIT.search(text) and _has_verb(words) else MIN_WORDS
            if not least <= len(words) <= MAX_WORDS:
                continue  # (`Turnout was 52.3%`: three words with a figure and a verb will do)

            if s and sent.norm.count('"', 0, s) % 2 and _RUNS_ON.search(sent.norm, s, e):
                continue  # it runs out of a quotation: `10% of the agenda" and that …`
            # The speaker's own words are never the reporter's fact: they stand only in a
            # credited cut (`Clarke: “…”`, made by `_spoken_facts`), never bare.
            if spans and _quoted_share(Sentence(sent.text[s:e], sent.norm[s:e], sent.paragraph,
                                                sent.index, sent.start + s, sent.start + e), spans) > 0.4:
                continue
            # `…, Law said.` / `…, he added.`: a claim the sentence credits at its end is
            # the speaker's, and ranks as speech does (a credited cut is offered beside it).
            claimed = (tail is not None and s < tail.start()) or (head is not None and s >= head[0] - 1)
            marks = _double_marks(text)
            if not _brackets_close(text):
                continue  # `CSOs) the power to detain …`, `LP) with 2,104 votes … (4.8 percent`: torn
                # out of a bracket
            if marks % 2 or (_BAD_START.match(text) and not (s == 0 and _OPENING_OF.match(text))):
                continue
            if _SUBORDINATE.match(text) and ((not NUMBER.search(text) and not _counted(words))
                                             or not _has_verb(words[1:]) or "," not in text
                                             or (tail is not None and "," not in sent.text[s : tail.start()])):
                continue  # `Following the Super Thursday polls`, `Since its introduction in
                # 1993 to assess …`: a circumstance, not a fact
            if CAPTION_RUN_ON.search(text) or _RUN_ON_PHRASE.search(text) or FURNITURE.search(text) or (":" in text and _CAPTION_LABEL.match(text)
                                                                              and not _FIGURE_AFTER_LABEL.match(text)):
                continue  # a photo caption run into the text, or page furniture
            if _FIRST_PERSON.match(text):
                continue  # `We've called for the state pension to be increased`: someone's words
            if _CONDITION.match(text) and "," not in text:
                continue  # `If we've got one in five pensioners below the poverty line`: a condition only
            if _NO_SUBJECT.match(text) or _ASIDE_THEN_VERB.match(text) or text.startswith("Pictured") \
                    or _FRAGMENT_START.match(text) or _QUOTE_END_INSIDE.search(text):
                continue  # `Since December 2001 was freed …`, `22, from Melbourne, was shot …`
            if all(w[:1].isupper() for w in words):
                continue  # a name or title alone (`Prime Minister Anthony Albanese`)
            if text.endswith(name_ends) and any(
                    text.endswith(n) and (len(text[: -len(n)].split()) <= 4 or not _has_verb(words))
                    for n in names) and not NUMBER.search(text):
                continue  # `Lib Dem home affairs spokesman Mark Oaten`: who, not what
            last = words[-1].lower().strip(".,;:\"'”’")
            if shown is None and ((last in _CAN_END and _ends_clause(sent.text, e)) or (
                    last in _CREDIT_END and not sent.text[e:].strip(" .!?\"'”’")
                    and len(words) > 1 and words[-2].lower() not in _PRONOUNS)):
                pass  # `… and 194 opposed it.`, `… would pay more.`: the clause's own last word
            else:
                while words and words[-1][:1].islower() and words[-1].lower().strip(".,;:") in _STOP \
                        and not (len(words) > 1 and words[-2][:1].isdigit()
                                 and words[-1].lower().strip(".,;:") == "against"):  # `… and 81 against`
                    words.pop()
                if words and words[-1].lower().strip(".,;:") in _NEEDS_NEXT:
                    continue  # `… bands based | on their value`: the trim left a word without its preposition
            if len(words) < least:
                continue
            text = _trim(" ".join(words))
            at = low.find(text.lower(), s) if shown is None else -1
            torn_start, torn_end = _tears(sent.norm, at, at + len(text), window) if at >= 0 else (False, False)
            torn = torn_start or torn_end
            if _SPEAKS_NEXT.match(sent.norm, at + len(text) if at >= 0 else e):
                continue  # `… "in the next two weeks," a spokesman | said`: stops on who speaks
            last3 = " ".join(text.split()[-3:]).lower()
            found_end = low.find(last3, s) if at < 0 else -1
            end_at = at + len(text) if at >= 0 else (found_end + len(last3) if found_end >= 0 else -1)
            if end_at >= 0 and _subject_only(text.split(), sent.norm, end_at):
                continue  # `A humiliating defeat in a seat that has voted Labour | will be …`
            if len(words) > 1 and words[0].strip(",") in _DATE_WORDS and _verb_start(words[1]):
                continue  # `… parliament on | Friday enacted a 15.2 trillion yen budget`: no subject
            begins = at if at >= 0 else low.find(" ".join(text.split()[:3]).lower(), s)
            first = text.split()[1] if len(words) > 2 and words[0].lower().endswith("ly") else text.split()[0]
            if begins >= 0 and sent.text[begins : begins + 1].islower() and _verb_start(first) \
                    and not _noun_start(text.split()):
                continue  # `refused to confirm …`, `made a shock admission …`: a verb without its subject
            if begins > 0 and text[:1].isdigit() and _MONTH_BEFORE.search(sent.norm[max(0, begins - 30):begins].rstrip()):
                continue  # `on August 16, | 2013, in what police said …`: a date, halved
            if begins > 0 and text.split()[0] in _MONTHS and sent.norm[:begins].rstrip()[-1:].isdigit():
                continue  # `… on 23 | March for a one-day strike`: a date, halved
            if appositives and any(a < s and e < b for a, b in appositives):
                continue  # `Pama, | a married father of three, | works …`: who someone is, not news
            if tallies and (cut := at if at >= 0 else low.find(text.lower(), s)) >= 0 \
                    and any(ts < cut < te or ts < cut + len(text) < te for ts, te in tallies):
                continue  # `84 senators voting in favour | and 17 against`: a vote tally, halved
            if torn_end:
                continue  # `… with a 25,000 euro | fine`, `… about how the heads | of public
                # inquiries`: it stops inside the phrase it would tell
            if window and torn_start:  # (inside a name too: `No | More Mr Nasty`)
                continue  # the same window, stopped where its phrase ends, is on offer
            if _double_marks(text) % 2:
                after = sent.text[at + len(text) : at + len(text) + 1] if at >= 0 else ""
                if after not in ('"', "”"):
                    continue  # `… a "false economy`: a quote opened and never closed
                text += after
            if ("'" in text or "‘" in text) and len(_OPEN_SINGLE.findall(text)) > len(_CLOSE_SINGLE.findall(text)):
                after = sent.text[at + len(text) : at + len(text) + 1] if at >= 0 else ""
                if after not in ("'", "’"):
                    continue  # `… was 'out of the question`: a quote opened and never closed
                text += after
            found = [m.group() for m in figures(text)]
            numbers = [n.strip() for n in found]
            if s > 0 and not numbers and not _has_date(text) and not _counted(_WORDS.findall(text)) \
                    and not _CLAUSE_START.match(sent.text[s:e]):
                continue  # a phrase cut from mid-sentence needs a figure or date to stand alone
            if not numbers and ((_PREPOSITION_START.match(text) and "," not in text)
                                or ((_PREPOSITION_START.match(text) or _PARTICIPLE_START.match(text))
                                    and not _has_verb(_main_clause(words)))):
                continue  # `In his New Year message`, `Speaking on Radio 4`: the scene, no news
            ends = at >= 0 and not sent.norm[at + len(text) :].strip(" .!?\"”")
            if (not numbers or len(words) <= 6) and _attribution_stub(text, ends):
                continue  # `President Joe Biden told reporters at the White House`: who, not what
            if _SAID_WHEN.search(text):
                continue  # `The Election Commission said on Thursday, 10 March 2022`: who and when
            if not any(w.lower() not in _STOP and not _is_figure(w) and w not in _DATE_WORDS and w not in _MONTHS
                       for w in _WORDS.findall(text)):
                continue  # `10 February and 7 March`: dates with nothing happening on them
            if (m := _APPOSITION_VERB.match(text)) and _plain_verb(m.group(1)) \
                    and not any(w in _AUXILIARIES for w in text[: m.start(1)].lower().split()[1:]):
                continue  # `A former army officer, took 22,537 votes`: the name was cut off
            if _BARE_SUBORDINATE.match(text) and "," not in text:
                continue  # `When the result was declared at about 4.30am`: no main clause
            if _ASKED_START.match(text) and not any(w.endswith(",") for w in words):
                continue  # `Asked whether the 2027 deadline could slip`: the question, no answer
            if begins > 0 and _object_cut(sent.norm, begins):
                continue  # `… estimated | the cost of the package at €2.4 billion`: an object without its verb
            if begins > 0 and (_SCENE_ONLY.match(text) and not _both_see_a_verb(_main_clause(words, _SUBCLAUSE_OR_THAT))
                               or (m := _SUBJECT_OUTSIDE.match(text)) and not _has_verb(m.group(1).split())):
                continue  # `…, on top of the 10% …`, `The budget, | up 4.6 percent from this year,
                # was approved`: a scene with no main clause, or a verb whose subject stands before the cut
            traits = _traits(text, sent, total, found) | _shape_traits(text, words, numbers)
            if text.lower().strip("\"“”") == whole:
                traits["whole"] = 1.0
            if traits.get("label") and traits.get("aside"):
                continue  # `The home secretary, whose plan is expected …`: who, never what
            if window:
                traits["window"] = 1.0
            if torn:
                traits["torn"] = 1.0
            if claimed and not _SPEECH.search(text) and not (
                    s <= dateline and tail is not None and text.rstrip(_QUOTE_EDGE + ".!").endswith(
                        sent.text[tail.start() : tail.end()].strip(_QUOTE_EDGE + ",.!"))):
                continue  # a claim the sentence credits to someone is never shown as the
                # reporter's: its credited cut (`Norris: …`) is offered instead, or nothing
            if claimed:
                traits["spoken"] = 1.0
            if not _has_verb(words) and not has_finite_verb(words) and (
                    not _headline_phrase(words, numbers)
                    or begins > 0 and sent.norm[:begins].rstrip().rpartition(" ")[2].lower() in ("and", "or")):
                continue  # `22 tons of food and 2 tons of medicine`: torn from a list, it reports nothing;
                # `(increases the maximum penalty … and) | the maximum fine to $500,000`: its verb is before
            if _one_word_after_comma(text, sent.norm):
                continue  # `… for April 25, | hours (after …)`: one word of the next clause
            if begins > 0 and sent.norm[:begins].rstrip().endswith(",") and _LIST_TAIL_SUBJECT.match(text):
                continue  # `(The coalition of Fianna Fáil,) Fine Gael and a group of Regional Independents
                # holds 96 …`: the tail of a list, given the whole list's verb
            if "; " in text and (len(after_semi := text.rsplit("; ", 1)[1].split()) < 3 or not (
                    _has_verb(after_semi) or has_finite_verb(after_semi) or any("'" in w for w in after_semi))):
                continue  # `… voted to dismiss him; 76 votes`: the next clause, begun and not ended
            best.append(FactCandidate(text, _weighted(traits), numbers, sent.index, source, [source],
                                      traits=traits))
        out.extend(sentence_picks(best))
    return out


def sentence_picks(cands: list[FactCandidate]) -> list[FactCandidate]:
    """The extracts of one sentence that compete for a place: the best, and up to
    `PER_SENTENCE - 1` more, each only for figures or dates the ones before lack, or for a
    different clause (`… - but refused to rule out tax rises`)."""
    kept: list[FactCandidate] = []
    for c in sorted(cands, key=lambda c: -c.score):
        if not kept or ((_markers(c) - {n for k in kept for n in _markers(k)}
                         or len((c.key & kept[0].key) - _STOP) <= DISTINCT * len(c.key - _STOP))
                        and not (c.key <= kept[0].key)):
            kept.append(c)
        if len(kept) == PER_SENTENCE:
            break
    return kept


_QUOTE_EDGE = "\"'“”‘’ "


def preferred_label(name: str, aliases: list[str]) -> str:
    """The credit a desk would give a person whose text shortens the name its own way: the
    middle word it uses alone (`Olmedo` for Spanish `Inés Olmedo Vidal`), or a Korean family
    name, written first (`Han` for `Han Jae-sung`); else the surname (`_speaker_label`)."""
    parts = name.split()
    if korean_name(parts):
        return parts[0]
    inner = [a for a in aliases if " " not in a and a in parts[1:-1]]
    return inner[0] if len(inner) == 1 else _speaker_label(name)


def relabel(facts: list[FactCandidate], people: list[tuple[str, list[str]]]) -> None:
    """Credit each person's facts the way the text shortens their name (`Vidal: …` ->
    `Olmedo: …`, `Jae-sung: …` -> `Han: …`); `people` are (name, aliases) pairs."""
    for name, aliases in people:
        plain, preferred = _speaker_label(name), preferred_label(name, aliases)
        if preferred != plain:
            for f in facts:
                if f.text.startswith(plain + ": "):
                    f.text = preferred + f.text[len(plain) :]


def _speaker_label(name: str, person: bool = True) -> str:
    """How a desk credits a speaker in a fact: the surname, or a peer's whole title; a
    body keeps its whole name."""
    parts = name.split()
    if not person:
        return name
    if parts and parts[0] in ("Lord", "Lady", "Baroness", "Sir", "Dame") or len(parts) == 1:
        return name
    return parts[-1]


def _spoken_facts(sent: Sentence, pieces: list[tuple[int, int, str]], total: int,
                  source: int) -> list[FactCandidate]:
    """A named speaker's words that carry a figure or a date, credited to them.

    A claim in a quote is the speaker's, not the reporter's, so it is never shown bare:
    `Clarke: “I will be asking Parliament to renew this legislation in the New Year”`.
    The quoted words are a clause of the sentence, cut as reported facts are; the name
    is the source's own.
    """
    best: FactCandidate | None = None
    for start, end, name in pieces:
        lo, hi = max(start, sent.start), min(end, sent.end)
        if hi - lo < 10:
            continue
        text = sent.text[lo - sent.start : hi - sent.start]
        if not _has_marker(text):
            continue
        for c in _credited(sent, lo, hi, name, total, source, quoted=True):
            if best is None or c.score > best.score:
                best = c
    return [best] if best else []


def _has_marker(text: str) -> bool:
    return bool(_DIGIT.search(text) or _has_date(text)
                or any(_is_number_word(w) and w.lower() not in ("one", "half") for w in _WORDS.findall(text)))


# `…, Mr Blair warned.` / `…, said Mr Blair.`: a claim whose speaker the sentence names last.
_TAIL_SPEAKER = re.compile(
    r",\s+(?:(?:(?:its|his|her|their|the)\s+(?:[a-z][\w'’-]*\s+){0,5}"  # `, its leader Ann Smith has said`
    # `, Lib Dem leader Charles Kennedy has said`: a party or nation, then the post
    r"|(?:[A-Z][\w'’-]*\s+){1,3}(?:(?!(?:and|but|or|while|as|when|after|before|because|since|although|"
    r"though|who|which|that|if|until|unless)\s)[a-z][\w'’-]*\s+){1,3})?"
    r"(?P<a>(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*)\s+(?:has\s+)?(?:said|says|say|warned|warns|added|adds|"
    r"insisted|insists|argued|argues|claimed|claims|stressed|admitted|admits|suggested|suggests|predicted|"
    r"predicts|forecast|believes|conceded|told\s+[^,.]{1,40})"
    # `, says Tory leader Michael Howard`: the name after its title
    r"|(?:said|says|say|added|warned|insisted|argued|claimed|suggested)\s+(?:(?:[A-Z][\w'’-]*\s+){1,2}"
    r"(?:[a-z][\w'’-]*\s+){1,2})?(?P<b>(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*))"
    # `… has claimed in a heated prime minister's questions`: where it was said
    r"(?:\s+(?:in|at|during|on)\s+[^,.\"]{1,50})?[.!]?[\"']?\s*$"
)


_ROLE_WORDS_BEFORE = frozenset("shadow minister secretary leader chancellor mp spokesman spokeswoman "
                               "chairman president senator".split())
_TITLE_WORDS = frozenset("Mr Mrs Ms Miss Dr Sir Lord Lady Dame Prof Professor Secretary Minister Senator Sen "
                         "Rep President Chancellor Judge".split())
# `…, says the assembly government.`, `…, a spokesman said.`: credited to someone the
# text describes but does not name, so still a claim, never the reporter's own fact
_TAIL_DESCRIBED = re.compile(
    r",\s+(?:(?:said|says|say|warned|warns|insisted|insists|claimed|claims|suggested|suggests)\s+"
    r"(?P<d1>(?:the|a|an)\s+[^,.]{1,60}?|[a-z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)"
    r"|(?P<d2>(?:(?:the|a|an)\s+)?(?!(?:it|he|she|they|we|i|you|this|that|there|its|his|her|their|our)\b)"
    r"[a-z][^,.]{1,50}?)\s+(?:has\s+|have\s+)?"
    r"(?:said|says|say|warned|warns|insisted|claimed|suggested|heard|been\s+told|told\s+[A-Za-z]+|"
    r"shows|showed|finds|found))"  # (`…, police chiefs have told MPs.`, `…, a new study shows.`)
    r"[.!]?[\"']?\s*$")
# Descriptions a credit can be shown under (`MPs' report: …`): not a pronoun or a clause,
# and headed by a noun that can speak (not `…, said the plans "stink"`, where the plans are
# what was said).
_NOT_DESCRIPTION = frozenset("it he she they we i you this that there who which has have had is are was "
                             "were been be will would its his her their our".split())
_SPEAKING_BODIES = frozenset(
    """
    government report police officials committee union unions party council commission study survey
    guidelines guidance court campaigners critics experts researchers sources analysts charity group
    agency department board authority organisers ministers mps watchdog inquiry review statement poll
    research company firm institute association federation office ministry administration regulator
    prosecutors officers scientists doctors residents teachers leaders tories figures
    """.split())


def _short_description(phrase: str) -> list[str] | None:
    """The words of `a new MPs' report` a credit shows (`MPs' report`): one to four, with no
    pronoun or verb among them; None when the phrase is no such short noun phrase."""
    words = phrase.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if words and words[0].lower() == "new":
        words = words[1:]
    if not 1 <= len(words) <= 4 or any(w.lower() in _NOT_DESCRIPTION for w in words):
        return None
    return words


def _described_label(m: re.Match) -> str | None:
    """`…, says a new MPs' report.` -> `MPs' report`; `…, local police said.` -> `Local
    police`: a credit shown as the text describes it, when that is a short noun phrase."""
    words = _short_description(m.group("d1") or m.group("d2") or "")
    if words is None:
        return None
    head = words[-1].lower().strip("'’")
    if not (head in _SPEAKING_BODIES or head in ROLE_NOUNS or head.removesuffix("s") in ROLE_NOUNS):
        return None
    label = " ".join(words)
    return label[:1].upper() + label[1:]


_TAIL_PRONOUN = re.compile(r",\s+(?:he|she|they)\s+(?:also\s+)?(?:has\s+)?(?:said|says|say|added|adds|warned|insisted|"
                           r"argued|argues|claimed|claims|stressed|admitted|believes|forecast|predicted|"
                           r"told\s+[^,.]{1,40})[.!]?\s*$")


def _reported_facts(sent: Sentence, speakers: dict[str, str], total: int,
                    source: int, m: re.Match | None) -> list[FactCandidate]:
    """`Solving the conflict in the Middle East was the world's most "pressing political
    challenge", Mr Blair warned.` -> `Blair: Solving the conflict in the Middle East was …`:
    a reported claim keeps its speaker when cut to fit, never shown as the reporter's fact."""
    if m is None:  # `_TAIL_SPEAKER` on the sentence
        return []
    who = (m.group("a") or m.group("b") or "").strip()
    if any(w in _DATE_WORDS for w in who.split()):
        return []  # `said Wednesday`: when, not who
    # A person by their canonical name; a body (`NASA`, `Downing Street`) as the text names it.
    parts = who.split()
    name = next((speakers[" ".join(parts[i:])] for i in range(len(parts)) if " ".join(parts[i:]) in speakers),
                None)  # `Foreign Secretary Jack Straw` -> Jack Straw
    if name is None and any(p.lower() in _STOP or p in _TITLE_WORDS for p in parts):
        return []  # a title with no name the story knows: not a body's name either
    name = name or who
    if not name or m.start() < 20:
        return []
    best = max(_credited(sent, sent.start, sent.start + m.start(), name, total, source, quoted=False,
                         person=name in speakers.values()),
               key=lambda c: c.score, default=None)
    return [best] if best else []


# `Shadow public health minister Alex Norris said Labour did not expect …`: who speaks, the
# verb, then the claim (no quote marks: the reporter's paraphrase of it).
_HEAD_VERBS = "said says warned insisted claimed argued added predicted admitted stressed".split()
# Verbs that may take a plain object (`announced a freeze on fuel duty`): a claim only with `that`.
_HEAD_VERBS_THAT = "confirmed announced revealed".split()
# (`Mr Pickersgill, a 47-year-old haulage firm manager, said …`, `…, Fiona Dallimore MSP, said`,
# `Dr Owusu-Sekyere also announced that …`)
_HEAD_REPORT = re.compile(r"(?P<who>(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]*)(?:,\s+(?:a|an|the)\s+[^,\"]{2,60})?,?\s+"
                          r"(?:has\s+|had\s+)?(?:also\s+|[a-z]+ly\s+)?"
                          # (`confirmed | the bus scheme would begin …`: a clause, not an object)
                          r"(?:(?:" + "|".join(_HEAD_VERBS_THAT) + r")(?=\s+that\s|\s+(?:[\w'’-]+\s+){1,6}"
                          r"(?:would|will|had|has|was|were|is|are|could|should|must)\s)|"
                          r"told\s+(?:MPs|reporters|the\s+\w+|[A-Z][\w']*(?:\s+[A-Z][\w']*)*)|"
                          + "|".join(_HEAD_VERBS) + r")"
                          r"(?:\s+(?:afterwards?|later|earlier|yesterday|today|on\s+[A-Z]\w+day))?"  # `told reporters afterward that`
                          r"(?:\s+that)?\s+(?=[A-Za-z£$\d])")
# Its verb between spaces: a fast test that must pass before `_HEAD_REPORT` can match.
_HEAD_VERB = re.compile(r"\s(?:told|" + "|".join(_HEAD_VERBS + _HEAD_VERBS_THAT) + r")\s")


def _title_before(words: list[str]) -> bool:
    """Whether the words opening a sentence before a name are the name's title (`Fire chief
    | Ellen Dunmore said …`): a few words, none of them a verb or a linking word."""
    return len(words) <= 5 and all((w not in _STOP or w in ("of", "the")) and not w.endswith(("ed", "ing", ","))
                                   for w in words)


def _head_claim(sent: Sentence, speakers: dict[str, str]) -> tuple[int, str] | None:
    """Where a claim its sentence credits at the start begins (offset in the sentence),
    and the speaker's canonical name: `Alex Norris said | Labour did not expect …`."""
    m = _HEAD_REPORT.search(sent.norm, 0, 90) if _HEAD_VERB.search(sent.norm, 0, 90) else None
    if m is None:
        return None
    quoted = re.findall(r'"([^"]*)"', sent.norm[m.end() :])
    if sent.norm.count('"', m.end()) % 2 or sum(len(q.split()) for q in quoted) > 5:
        return None  # (a direct quote after the verb is the quote's, credited elsewhere; a
        # short quoted phrase inside the claim is part of it: `… a delay would be "disastrous"`)
    before = sent.norm[: m.start("who")].strip().lower()
    if before and before.split()[-1] not in ("but", "and", "yet", "meanwhile", "however,") \
            and not before.endswith(",") and before.split()[-1] not in _ROLE_WORDS_BEFORE \
            and not _title_before(before.split()):
        return None  # the name is not the subject (`… talks with Alex Norris said …`)
    parts = m.group("who").split()
    if len(parts) > 1 and parts[-1] in POSTNOMINALS:
        parts = parts[:-1]  # `Fiona Dallimore MSP, said`
    name = next((speakers[" ".join(parts[i:])] for i in range(len(parts)) if " ".join(parts[i:]) in speakers),
                None)
    if name is None:
        return None
    return m.end(), name


# A sentence may open on a linking word before the one who speaks (`But the Home Office says …`).
_LEAD_IN = r"(?:(?:But|And|However|Meanwhile|Now),?\s+)?"
# `The TUC said …`, `But the Home Office says …`, `A council spokesman told the BBC that …`:
# a claim credited at the start to someone the text describes but does not name.
_HEAD_DESCRIBED = re.compile(
    _LEAD_IN + r"(?:[Tt]he|[Aa]n?)\s+(?P<d>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:said|says|say|warned|warns|claimed|claims|insisted|insists|argued|argues|"
    r"believes|believe|told\s+(?:MPs|reporters|the\s+\w+|[A-Z][\w']*(?:\s+[A-Z][\w']*)*))"
    r"(?:\s+(?:(?:on\s+)?[A-Z]\w+day|yesterday|today|last\s+week))?(?:\s+that)?\s+(?=[A-Za-z£$\d])")


def _unnamed_head_facts(sent: Sentence, pronoun_of: Callable[[str, int, int], str | None] | None,
                        total: int, source: int) -> tuple[list[FactCandidate], tuple[int, str] | None, bool]:
    """Credited cuts of a claim its sentence opens by pronoun or by a description, where the
    claim starts, and whether the credit was a pronoun's (whose own report is then never
    offered beside it). No credit when no credited cut fits: the claim is offered as before."""
    if pronoun_of is not None and (pm := _PRONOUN_HEAD.match(sent.norm)) is not None \
            and (who := pronoun_of(pm.group(1), sent.paragraph, sent.start + pm.start(1))) is not None:
        # `He said the government had been negotiating …` -> `Clarke: The government had …`
        credited = sorted((c for c in _credited(sent, sent.start + pm.end(), sent.end, who, total, source,
                                                quoted=False)
                           if has_finite_verb(c.text.split(": ", 1)[1].split())),
                          key=lambda c: -c.score)[:1]  # (a claim, not `Balls: Rise in interest rates …`)
        if credited:
            return credited, (pm.end(), who), True
    head = _described_head(sent)
    if head is not None:
        # `The TUC said cuts would deliver less than 6% …` -> `TUC: Cuts would deliver …`
        # (not when no credited cut fits: `The National Audit Office said | the Dome cost …`)
        credited = _two_best(_credited(sent, sent.start + head[0], sent.end, head[1], total, source,
                                       quoted=False, person=False))
        if credited:
            return credited, head, False
    return [], None, False


# `He said …`, `But she told MPs that …`: a claim its sentence credits by pronoun.
_PRONOUN_HEAD = re.compile(
    _LEAD_IN + r"(He|She)\s+(?:also\s+)?(?:has\s+|had\s+)?"
    r"(?:(?:said|says|claimed|claims|insisted|insists|argued|argues|added|believes)"
    r"(?:\s+(?:(?:on\s+)?[A-Z]\w+day|yesterday|today|last\s+week|afterwards|later))?(?:\s+that)?"
    # (a verb that may take an object first only with its `that`: not `He warned | the BBC that …`)
    r"|(?:warned|stressed|admitted|told\s+(?:MPs|reporters|[A-Z][\w']*(?:\s+[A-Z][\w']*)*))\s+that)"
    r"\s+(?=[A-Za-z£$\d])")


# A post or body that a lone common noun names well enough to credit (`Minister: The federal
# government would cover …`): what the reader needs is that it is someone's claim.
_LONE_CREDITS = frozenset("minister government ministry department report committee commission council court "
                          "police agency treasury watchdog regulator study survey inquiry review spokesman "
                          "spokeswoman spokesperson chancellor premier president governor mayor judge "
                          "prosecutor prosecutors officials".split())


# `A spokeswoman for the Finance Ministry said …`: the body the spokesperson speaks for
_FOR_BODY_HEAD = re.compile(
    _LEAD_IN + r"(?:[Tt]he|[Aa]n?)\s+(?:spokesman|spokeswoman|spokesperson|"
    r"official|source|lawyer|adviser)\s+(?:for|at|from)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’&-]*\s+(?:of\s+|for\s+|and\s+)?){1,6})"
    r"(?:has\s+|had\s+)?(?:said|says|warned|claimed|insisted|told\s+[A-Z]\w*)(?:\s+that)?\s+(?=[A-Za-z£$\d])")


# `According to Justice Ministry estimates, | around 38,000 inmates will benefit`, `Women … earn
# 19% less than men, | according to the Equal Opportunities Commission (EOC).`: a claim the
# sentence credits to a source it names, shown under that source (never as the reporter's)
_ACCORDING_HEAD = re.compile(r"According\s+to\s+(?P<who>[^,.\"]{2,60}?),\s+(?=[A-Za-z£$\d])")
_ACCORDING_TAIL = re.compile(r",\s+according\s+to\s+(?P<who>[^,.\"()]{2,60}?)(?:\s+\([^()]{1,30}\))?[.!]?[\"']?\s*$")


def _according_label(who: str) -> str | None:
    """`the Equal Opportunities Commission` -> `Equal Opportunities Commission`, `police` ->
    `Police`: a source short enough to stand in front of a fact, and not a pronoun or a clause."""
    words = _short_description(who)
    if words is None:
        return None
    if not words[0][:1].isupper() and words[-1].lower().strip("'’") not in _SPEAKING_BODIES \
            and words[-1].lower() not in ("estimates", "figures", "data", "reports", "website", "sources"):
        return None  # (`according to plan`: no source)
    label = " ".join(words)
    return label[:1].upper() + label[1:]


def _described_head(sent: Sentence) -> tuple[int, str] | None:
    """Where a claim a description credits at the sentence's start begins, and the label it
    is shown under: `The TUC said | cuts would …` -> (…, `TUC`). Only a body's name or a
    short noun phrase headed by a body or a post (`The Tory leader`), as a tail credit's
    description is; a lone common noun only when it names a post or body (`The minister`,
    `The report`), not `The party`."""
    body_of = _FOR_BODY_HEAD.match(sent.norm)
    if body_of is not None and not sent.norm.count('"', body_of.end()) % 2:
        return body_of.end(), body_of.group("body").strip()  # `Finance Ministry: The measure would …`
    according = _ACCORDING_HEAD.match(sent.norm)
    if according is not None and (label := _according_label(according.group("who"))):
        return according.end(), label  # `According to Justice Ministry estimates, around 38,000 …`
    m = _HEAD_DESCRIBED.match(sent.norm)
    if m is None:
        return None
    quoted = re.findall(r'"([^"]*)"', sent.norm[m.end() :])
    if sent.norm.count('"', m.end()) % 2 or sum(len(q.split()) for q in quoted) > 5:
        return None  # (a direct quote is the quote's, credited elsewhere)
    words = m.group("d").split()
    if words[0].lower() == "new":
        words = words[1:]
    if not 1 <= len(words) <= 4 or any(w.lower() in _NOT_DESCRIPTION for w in words):
        return None
    head = words[-1].lower().strip("'’")
    body = all(w[:1].isupper() for w in words)  # `The Home Office`, `The TUC`
    if not (body or head in _SPEAKING_BODIES or head in ROLE_NOUNS or head.removesuffix("s") in ROLE_NOUNS):
        return None
    if not body and len(words) == 1 and head not in _LONE_CREDITS:
        return None  # `The party said …`: `Party:` would say nothing
    label = " ".join(words)
    return m.end(), label[:1].upper() + label[1:]


def _head_reported_facts(sent: Sentence, speakers: dict[str, str], total: int,
                         source: int, found: tuple[int, str]) -> list[FactCandidate]:
    """`Alex Norris said Labour did not expect to recover … within 18 months` -> `Norris:
    Labour did not expect to recover from the 2019 general election loss within 18 months`."""
    at, name = found  # from `_head_claim`
    return _two_best(_credited(sent, sent.start + at, sent.end, name, total, source, quoted=False))


def _two_best(cands: list[FactCandidate]) -> list[FactCandidate]:
    """The best credited cut of a claim, and a second only for a clause of its own with
    figures or dates the first lacks (`… could be signed by Jan. 1, 2028, and that | the
    federal government would cover 100 per cent …`)."""
    ranked = sorted(cands, key=lambda c: -c.score)
    if not ranked:
        return []
    first = ranked[0]
    second = next((c for c in ranked[1:] if _markers(c) - _markers(first) and not _markers(first) & _markers(c)
                   and len((c.key & first.key) - _STOP) <= DISTINCT * len(c.key - _STOP)), None)
    return [first, second] if second else [first]


def _whole_stretch(norm: str, s: int, e: int) -> bool:
    """Whether `norm[s:e]` starts where a sentence or clause of the quote starts and does not
    stop inside a phrase: a quote is shown as said, not as a fragment of it."""
    before = norm[:s].rstrip()
    starts = not before or before[-1] in ".!?:;,\"'“‘"
    after = norm[e:].lstrip()
    ends = not after or after[0] in ".!?:;,\"'”’-–—)"  # (not `… about 80p | for every pound …`)
    return starts and ends and not _torn_end(norm, e)


# What is left of the attribution at the start of a credited claim: a programme's name
# (`4's Today programme …`, `The World at One his …`) or the verb (`On Wednesday said …`).
_ATTRIBUTION_LEFT = re.compile(r"^(?:\d+'s\b|(?:\S+\s+){0,3}(?:said|says|told|added)\b"
                               r"|(?:The\s+)?(?:[A-Z][\w']*\s+(?:at\s+|of\s+)?){1,4}(?:programme\s+)?"
                               r"(?:his|her|their|its)\s)")
# `Howard: His party would cut £35bn …`: after the speaker's name, `his` is the speaker's.
_POSSESSIVE_START = re.compile(r"^(?:his|her|their)\s", re.I)
# `… a delay would be "disastrous" and she accused the Tories …`: the reporter again.
_NEW_SUBJECT = re.compile(r"\s+and\s+(?:he|she|they|we)\s+[a-z]+(?:ed|s)\s")


def _credited(sent: Sentence, lo: int, hi: int, name: str, total: int, source: int,
              quoted: bool, person: bool = True) -> list[FactCandidate]:
    """Cuts of the speaker's words (paragraph offsets lo..hi) shown as `Surname: …`; a
    direct quote keeps its marks, a reported claim is shown as the reporter wrote it."""
    text = sent.text[lo - sent.start : hi - sent.start]
    norm = sent.norm[lo - sent.start : hi - sent.start]
    label = _speaker_label(name, person)
    room = MAX_WORDS - len(label.split())
    inner = Sentence(text, norm, sent.paragraph, sent.index, lo, hi)
    out: list[FactCandidate] = []
    # A reported claim may be tightened as the reporter's lines are; a direct quote never
    # (words left out of a quote would misquote its speaker).
    tightened = [] if quoted else _compressed_options(inner, frozenset())
    # A reported claim is cut to fit beside the name; a quote is cut as before, then
    # shortened by the words the name takes only where it still stands whole.
    for s, e, _window, shown in dict.fromkeys(_options(inner, limit=MAX_WORDS if quoted else room) + tightened):
        if quoted and shown is None and not _whole_stretch(norm, s, e):
            continue  # a speaker's words only whole: `Davis: “Everybody knows, having lived …`
        if quoted and shown is not None:
            continue  # never a quote with words left out (`“Symbolically, | a higher penalty, |
            # perhaps as …”`): that would misquote its speaker
        if _window and shown is None:
            torn_start, torn_end = _tears(norm, s, e, True)
            if torn_end or torn_start:
                continue  # `Morgan: Ms Hutt in 2003 that …`: a cut from the middle of the claim
        raw = shown or text[s:e]
        body = _trim(raw)
        at = raw.find(body[1:]) - 1 if len(body) > 1 else -1
        if quoted and at >= 0 and raw[at].islower():
            body = raw[at] + body[1:]  # a quote keeps the speaker's own words, case too
        if not quoted and body.count('"') % 2 and raw.rstrip(" .,;:").endswith('"'):
            body += '"'  # the claim ends on a quoted phrase: keep its closing mark
        words = body.split()
        cut_short = len(words) > room and _window
        if cut_short:
            words = words[:room]  # the name takes a word or two of the window
        if cut_short or shown is not None or not _ends_clause(text, e) \
                or words[-1].lower().strip(".,;:\"'”’") not in _CAN_END:
            while words and words[-1][:1].islower() and words[-1].lower().strip(".,;:") in _STOP:
                words.pop()  # (not `… we have raised it.`: the claim's own last word)
        body = " ".join(words).rstrip(".,;:–—- ")
        if not MIN_WORDS <= len(words) <= room or _BAD_START.match(body):
            continue
        if (quoted and '"' in body) or body.count("(") != body.count(")"):
            continue  # (`NASA: CNN)They may not be …`: a dateline's bracket)
        if _ATTRIBUTION_LEFT.match(body) or (not quoted and (_SUBORDINATE.match(body) or _PREPOSITION_START.match(body)
                                                             or _PREPOSITION_START.match(raw.lstrip()))
                                             and "," not in body):
            continue  # `Clarke: 4's Today programme he believed …`, `Blair: On Wednesday said …`,
            # `Davis: The World at One his primary concern …`, `Kennedy: During his 22 years …`
        if not quoted and (body.count('"') % 2 or (_PRONOUN_START.match(body) and not _POSSESSIVE_START.match(body))
                           or _CONDITION.match(body)
                           or _NEW_SUBJECT.search(body) or " and that " in body):
            continue  # (`Campbell: If there was an "umbilical cord" …`: a condition, no claim;
            # `Katwala: The change was … and that he expected …`: the reporter's join)
        if quoted and not _has_marker(body):
            continue
        found = [m.group() for m in figures(body)]
        numbers = [n.strip() for n in found]
        traits = _traits(body, sent, total, found) | _shape_traits(body, words, numbers)
        whole = len(words) == len(text.strip(_QUOTE_EDGE).split())
        head = _main_clause(words)
        if not whole and (not (_has_verb(head) or _verb_after_relative(words, head)) or "dangling" in traits):
            continue  # a phrase torn from the quote (`bust economics and cuts in …`)
        traits["credited"] = 1.0
        if _window:
            traits["window"] = 1.0
        shown_text = f"{label}: “{body}”" if quoted else f"{label}: {body}"
        out.append(FactCandidate(shown_text, _weighted(traits), numbers, sent.index, source, [source],
                                 traits=traits))
    return out


def _markers(c: FactCandidate) -> set[str]:
    """What makes an extract a fact: its figures, in digits or words, and its dates."""
    return set(c.numbers) | {w for w in c.key if w in _NUMBER_WORDS or w.capitalize() in _DATE_WORDS}


_MONTHS = frozenset("January February March April May June July August September October November "
                    "December Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec".split())
# `August | 2013`, `August 16, | 2013`: a window never starts inside a date
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True))
                           + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?$")



def _figure_keys(text: str) -> set[str]:
    """Figures with the month they belong to: `14` of `by 14 March` is a date, not the
    `14` of `majority cut to 14`."""
    keys = set()
    for m in figures(text):
        before = text[: m.start()].split()[-1:]
        after = text[m.end() :].split()[:1]
        month = next((w.strip(".,;:") for w in before + after if w.strip(".,;:") in _MONTHS), None)
        keys.add(f"{m.group().strip()} {month}" if month else m.group().strip())
    return keys


@functools.lru_cache(maxsize=4096)
def _cached_figure_keys(text: str) -> frozenset[str]:
    return frozenset(_figure_keys(text))


def _same(a: FactCandidate, b: FactCandidate) -> bool:
    shared = _cached_figure_keys(a.text) & _cached_figure_keys(b.text)
    if shared and not all(_YEAR.match(n) for n in shared):
        return True
    ka, kb = a.key, b.key
    shared_words = len(ka & kb)
    return shared_words / max(1, len(ka) + len(kb) - shared_words) >= 0.5  # (the union's size, not built)


def select_facts(per_source: list[list[FactCandidate]]) -> list[Line]:
    """Up to six facts across sources, in reading order: the best scored first, each one
    not a repeat of an earlier pick. Repeats of a pick are merged into it, crediting their
    source."""
    pool = [c for cands in per_source for c in cands]
    # Numbers another source repeats are the story's settled facts.
    by_source: dict[int, set[str]] = {}
    for d in pool:
        by_source.setdefault(d.source, set()).update(d.numbers)
    for c in pool:
        if any(not _YEAR.match(n) and any(n in nums for s, nums in by_source.items() if s != c.source)
               for n in c.numbers):
            c.score += 2.0
    pool.sort(key=lambda c: (-c.score, c.source, c.sentence))
    chosen: list[FactCandidate] = []
    left = [c for c in pool if c.score >= MIN_SCORE]
    while left and len(chosen) < MAX_FACTS:
        best = left[0]
        chosen.append(best)
        left = [c for c in left[1:] if not _same(best, c)]
    # What each source's version of a pick says, so a source is credited only with the
    # figures it printed (`… 22,537 votes to … 16,393` is not both outlets' when one gave 22,537).
    seen: dict[int, dict[int, set[str]]] = {id(x): {x.source: set(x.numbers)} for x in chosen}
    for c in pool:
        if c in chosen:
            continue
        twin = next((x for x in chosen if _same(x, c)), None)
        if twin is not None:
            seen[id(twin)].setdefault(c.source, set()).update(c.numbers)
            if set(c.numbers) > set(twin.numbers) and len(c.text.split()) <= MAX_WORDS:
                twin.text, twin.numbers = c.text, c.numbers  # the fuller extract of one fact
                twin.source, twin.sentence = c.source, c.sentence
    for x in chosen:
        x.sources = sorted(s for s, nums in seen[id(x)].items() if s == x.source or set(x.numbers) <= nums)
    chosen.sort(key=lambda c: (c.source, c.sentence))
    return [Line(text=c.text, sources=sorted(c.sources)) for c in chosen]


def lead_extract(candidates: list[FactCandidate], first: str) -> str | None:
    """The best cut of a source's first sentence that opens where the sentence opens (its
    main clause, not `… a Senate where | Democrats have vowed …`), in the reporter's own
    voice: what an untitled story can take as its headline, its words the source's own."""
    opening = first[dateline_length(first):].lstrip("\"'“‘").lower()
    own = [c for c in candidates if c.sentence == 0 and not c.traits.get("credited")
           and not c.traits.get("spoken") and opening.startswith(" ".join(c.text.lower().split()[:3]))]
    return max(own, key=lambda c: c.score).text if own else None
