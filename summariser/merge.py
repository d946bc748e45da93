"""Several outlets, one story: the same quote, person and fact once, disagreements flagged.

Why token containment: outlets trim quotes differently (one prints the first
and last sentence of an answer, another the whole answer), so two renderings
of one quote are the same when most of the shorter one's words are in the
longer. The fuller rendering is kept and every source that carries it listed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .brief import Conflict, Person, Quote
from .quotes import bare_quote

SAME_QUOTE = 0.8  # share of the shorter quote's words found in the longer one
# (`(?=[…])`: the words' first letters, a fast test before the case-blind alternation)
_KEYWORDS = re.compile(
    r"\b(?=[bcdfgijklmstuv])(majority|turnout|margin|swing|vote share|share of the vote|lead|votes|seats|"
    r"death toll|deaths|killed|dead|injured|casualties|jobs|deficit|debt|unemployment|"
    r"inflation|growth|fine|sentence|ballots)\b",
    re.I,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DIGIT = re.compile(r"\d")
NUMBER = re.compile(r"(?:[£$€]\s?)?\d+(?:[.,]\d+)*(?:\s?(?:%|per\s?cent|bn|m|million|billion)\b|%)?", re.I)


@dataclass
class SourceQuote:
    """A quote as one source prints it, before merging."""

    text: str
    speaker: str | None
    medium: str | None
    source: int
    order: int  # position in its source


@dataclass
class SourcePerson:
    person: Person
    source: int
    gender: str = ""


@dataclass
class NumberClaim:
    """`majority` → `3,595`: a number a source ties to a keyword."""

    keyword: str
    number: str
    source: int


@dataclass
class _MergedQuote:
    text: str
    speaker: str | None
    medium: str | None
    sources: list[int] = field(default_factory=list)
    order: tuple[int, int] = (0, 0)
    tokens: Counter = field(default_factory=Counter)


def tokens_of(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower().replace("\u2019", "'")))


def containment(a: Counter, b: Counter) -> float:
    """Share of the shorter bag's words that the other one has."""
    small, big = (a, b) if sum(a.values()) <= sum(b.values()) else (b, a)
    total = sum(small.values())
    if not total:
        return 0.0
    return sum(min(c, big[w]) for w, c in small.items()) / total


def merge_people(per_source: list[list[SourcePerson]]) -> tuple[list[Person], dict[tuple[int, str], str]]:
    """People across sources once each; also maps (source, name) → the merged name."""
    merged: list[Person] = []
    genders: list[str] = []
    rename: dict[tuple[int, str], str] = {}
    for people in per_source:
        for sp in people:
            p = sp.person
            target = _find_person(merged, p, sp.gender, genders)
            if target is None:
                merged.append(Person(p.name, list(p.aliases), p.role, p.party, p.mentions, p.quotes))
                genders.append(sp.gender)
                rename[(sp.source, p.name)] = p.name
                continue
            m = merged[target]
            if len(p.name.split()) > len(m.name.split()):
                m.aliases.append(m.name)
                m.name = p.name
            for alias in [p.name, *p.aliases]:
                if alias != m.name and alias not in m.aliases:
                    m.aliases.append(alias)
            m.role = combine_roles(m.role, p.role)
            m.party = m.party or p.party
            m.mentions += p.mentions
            m.quotes += p.quotes
            rename[(sp.source, p.name)] = m.name
    # Names that changed when a fuller form arrived later.
    final = {p.name for p in merged}
    for key, name in list(rename.items()):
        if name not in final:
            for p in merged:
                if name in p.aliases:
                    rename[key] = p.name
    return merged, rename


_GENERATIONAL = frozenset("jr sr jnr snr ii iii iv".split())


def _bare(name: str) -> list[str]:
    """A name's words, lower case, without a generational suffix (`King Jr.` → `king`)."""
    words = name.lower().split()
    if len(words) >= 2 and words[-1].rstrip(".") in _GENERATIONAL:
        words = words[:-1]
    return words


def _find_person(merged: list[Person], p: Person, gender: str = "", genders: list[str] | None = None) -> int | None:
    words = _bare(p.name)
    for i, m in enumerate(merged):
        if gender and genders and genders[i] and genders[i] != gender:
            continue  # `Mrs Howard` is not `Michael Howard`
        mw = _bare(m.name)
        if mw == words:
            return i
        if words[-1] == mw[-1] and (len(words) == 1 or len(mw) == 1 or words[0] == mw[0]):
            return i
        if p.name in m.aliases or m.name in p.aliases:
            return i
    return None


def combine_roles(a: str | None, b: str | None) -> str | None:
    """Both roles when they differ; the first when one contains the other (case aside)."""
    if not a or not b:
        return a or b
    lb = b.lower()
    if any(lb in x.lower() or x.lower() in lb for x in a.split("; ")):
        return a
    return f"{a}; {b}"


def merge_quotes(quotes: list[SourceQuote]) -> list[_MergedQuote]:
    """Near-duplicate quotes from different sources become one, fullest text kept; a quote a
    source prints twice (a pull-quote) is kept once, with the speaker its first printing has."""
    merged: list[_MergedQuote] = []
    for q in quotes:
        toks = tokens_of(q.text)
        item = _MergedQuote(q.text, q.speaker, q.medium, [q.source], (q.source, q.order), toks)
        # Within one source only a repeat: a pull-quote or a paragraph printed twice, its
        # words the same both ways and its speaker unknown or the same.
        size = sum(toks.values())
        matches = [
            m for m in merged
            if size >= 3 and (q.source not in m.sources
                              or q.speaker in (None, m.speaker) and _same_length(toks, m.tokens))
            and containment(toks, m.tokens) >= SAME_QUOTE
        ]
        if not matches:
            merged.append(item)
            continue
        # Pull every match (and the new one) into the first.
        head = matches[0]
        for other in [*matches[1:], item]:
            _absorb(head, other)
            if other is not item:
                merged.remove(other)
    return sorted(merged, key=lambda m: m.order)


def _same_length(a: Counter, b: Counter) -> bool:
    """Word bags of about one size: a repeat, not a partial quote inside a fuller one."""
    x, y = sum(a.values()), sum(b.values())
    return min(x, y) >= 0.9 * max(x, y)


def _absorb(head: _MergedQuote, other: _MergedQuote) -> None:
    longer = other if sum(other.tokens.values()) > sum(head.tokens.values()) else head
    if longer is other:
        head.text, head.tokens = other.text, other.tokens
        if other.speaker is not None:
            head.speaker, head.medium = other.speaker, other.medium or head.medium
    if head.speaker is None and other.speaker is not None:
        head.speaker = other.speaker
    head.medium = head.medium or other.medium
    head.sources = sorted(set(head.sources) | set(other.sources))
    head.order = min(head.order, other.order)


def number_claims(text: str, source: int) -> list[NumberClaim]:
    """Keyword–number pairs of a source's reported text (`majority of 3,595`)."""
    claims: list[NumberClaim] = []
    if not _DIGIT.search(text):
        return claims  # (a claim's figure is in digits: most sentences have none)
    for m in _KEYWORDS.finditer(text):
        window = text[m.end() : m.end() + 40]
        stop = re.search(r"[.;]\s|\bin\b|\bfrom\b|\bsince\b", window)
        if stop:
            window = window[: stop.start()]
        num = NUMBER.search(window)
        if num is None:
            before = text[max(0, m.start() - 25) : m.start()]
            nums = list(NUMBER.finditer(before))
            num = nums[-1] if nums and before[nums[-1].end() :].strip() in ("", "of") else None
        if num is None:
            continue
        value = num.group().strip()
        if _YEAR.match(value):
            continue
        claims.append(NumberClaim(m.group().lower(), value, source))
    return claims


def _value(number: str) -> float | None:
    digits = re.sub(r"[^\d.]", "", number.replace(",", ""))
    try:
        return float(digits)
    except ValueError:
        return None


def _precision(number: str) -> int:
    """Decimal places a figure is given to; negative for round tens, hundreds … (`3,600` → -2)."""
    digits = re.sub(r"[^\d.]", "", number.replace(",", ""))
    if "." in digits:
        return len(digits.split(".", 1)[1])
    stripped = digits.rstrip("0")
    return -(len(digits) - len(stripped)) if stripped else 0


def _rounding_of(a: str, b: str) -> bool:
    """`52%` and `52.3%`, `3,600` and `3,595`: the coarser figure is the finer one rounded."""
    va, vb = _value(a), _value(b)
    if va is None or vb is None:
        return False
    pa, pb = _precision(a), _precision(b)
    if pa == pb:
        return False
    coarse, fine, p = (va, vb, pa) if pa < pb else (vb, va, pb)
    return abs(round(fine, p) - coarse) < 1e-9


def find_conflicts(claims: list[NumberClaim]) -> list[Conflict]:
    """Sources giving different numbers for the same keyword, close enough to be one fact."""
    by_key: dict[str, dict[int, list[str]]] = {}
    for c in claims:
        by_key.setdefault(c.keyword, {}).setdefault(c.source, []).append(c.number)
    out: list[Conflict] = []
    for key, per_source in by_key.items():
        sources = sorted(per_source)
        for i, a in enumerate(sources):
            for b in sources[i + 1 :]:
                na, nb = per_source[a][0], per_source[b][0]
                if set(per_source[a]) & set(per_source[b]):
                    continue
                va, vb = _value(na), _value(nb)
                if va is None or vb is None or not va or not vb:
                    continue
                if ("%" in na) != ("%" in nb) or max(va, vb) / min(va, vb) > 1.5:
                    continue
                if _rounding_of(na, nb):
                    continue  # one outlet rounded: not a disagreement
                out.append(Conflict(text=f"{key} {na} in source {a} vs {nb} in source {b}", sources=[a, b]))
    return out


def to_quotes(merged: list[_MergedQuote], people: list[Person]) -> list[Quote]:
    """Brief quotes with each speaker's role, and 2–3 marked key; the attribution's
    trailing comma left out of the text (`"We will win," she said` → `We will win`)."""
    roles = {p.name: p.role for p in people}
    quotes = [
        Quote(text=bare_quote(m.text), speaker=m.speaker, role=roles.get(m.speaker) if m.speaker else None,
              key=False, sources=list(m.sources), medium=m.medium)
        for m in merged
    ]
    mark_key_quotes(quotes, people)
    return quotes


def mark_key_quotes(quotes: list[Quote], people: list[Person], most: int = 3) -> None:
    """The strongest attributed quotes of the most prominent speakers, one per speaker first."""
    rank = {p.name: i for i, p in enumerate(people)}
    candidates = [
        (i, q) for i, q in enumerate(quotes) if q.speaker is not None and len(q.text.split()) >= 8
    ]
    candidates.sort(key=lambda iq: (rank.get(iq[1].speaker, 99), -len(iq[1].sources), -min(len(iq[1].text.split()), 40), iq[0]))
    chosen: list[int] = []
    used: set[str] = set()
    for i, q in candidates:
        if q.speaker not in used and len(chosen) < most:
            chosen.append(i)
            used.add(q.speaker)
    if len(chosen) < 2:
        for i, q in candidates:
            if i not in chosen and len(chosen) < 2:
                if all(containment(tokens_of(q.text), tokens_of(quotes[j].text)) < 0.5 for j in chosen):
                    chosen.append(i)
    for i in chosen:
        quotes[i].key = True
