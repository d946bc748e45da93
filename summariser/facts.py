"""Headline facts: short extracts carrying the numbers, results, dates and places.

Why extracts and not templates: the brief promises that every line stands in
a source. A fact is a whole short sentence, or a clause or phrase cut from
one (at commas, dashes and conjunctions), at most 15 words, so its words and
numbers are the source's own. Candidates score for numbers and result words,
for standing near the top, and for numbers another source repeats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sumy.utils import get_stop_words

from .brief import Line
from .document import Document, Sentence

MAX_FACTS = 6
MAX_WORDS = 15
MIN_WORDS = 4
NUMBER = re.compile(
    r"(?:[£$€]\s?)?\d+(?:[.,:]\d+)*(?:\s?(?:%|per\s?cent|percent|am|pm|a\.m\.|p\.m\.|bn|m|million|billion|k))?"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand|million|billion)\b(?=\s+(?:per\s?cent|percent|years?|months?|weeks?|days?|seats?|votes?|councils?|mps|people|points?))",
    re.I,
)
_CUT = re.compile(
    r"\s*(?:[,;:]\s+|\s[-–—]\s|\s\((?=[^)]*\)))|\s+(?=(?:but|while|whereas|although|though|after|as|because|since|despite|amid|following|when|which|who)\s)",
)
_LEAD_JUNK = re.compile(r"^(?:and|but|while|whereas|although|though|as|so|yet|also|even|then|with)\s+", re.I)
_RESULT = re.compile(
    r"\b(?:won|win|wins|winning|lost|lose|loses|losing|defeat\w*|victor\w*|elected|majority|turnout|"
    r"seats?|votes?|voted|polls?|result\w*|declared|gain\w*|seized|held|hold|swing|share|lead|"
    r"resign\w*|appointed|sacked|quit|concede\w*|count\w*|ballots?|by-election|election|"
    r"killed|dead|died|injured|arrested|charged|convicted|sentenced|fined|approved|passed|"
    r"rejected|announced|expected|due|budget|cost|billion|million|rise|fall|cut)\b",
    re.I,
)
_PRONOUN_START = re.compile(r"^(?:it|this|that|these|those|they|he|she|we|i|there)\b", re.I)
_BAD_START = re.compile(r"^(?:who|whom|whose|which|that|when|where|because|since|despite|amid|following|after|as)\b", re.I)
_STOP = get_stop_words("english") - {"first", "second", "new", "old", "last", "next"}
_YEAR = re.compile(r"^(?:19|20)\d\d$")


@dataclass
class FactCandidate:
    text: str  # display text, an exact extract of one sentence
    score: float
    numbers: list[str]
    sentence: int
    source: int = 0
    sources: list[int] = field(default_factory=list)

    @property
    def key(self) -> frozenset[str]:
        return frozenset(re.findall(r"\w+", self.text.lower()))


def numbers_in(text: str) -> list[str]:
    """The numbers of a text as written (`3,595`, `42.55%`, `5.30am`)."""
    return [m.group().strip() for m in NUMBER.finditer(text)]


def _quoted_share(sent: Sentence, quoted: list[tuple[int, int]]) -> float:
    covered = 0
    for s, e in quoted:
        lo, hi = max(s, sent.start), min(e, sent.end)
        if hi > lo:
            covered += hi - lo
    return covered / max(1, sent.end - sent.start)


def _pieces(sent: Sentence) -> list[tuple[int, int]]:
    """Clause spans (offsets in the sentence) cut at punctuation and conjunctions."""
    cuts = [0]
    for m in _CUT.finditer(sent.norm):
        cuts.extend([m.start(), m.end()])
    cuts.append(len(sent.norm))
    spans = []
    for i in range(0, len(cuts) - 1, 2):
        s, e = cuts[i], cuts[i + 1]
        if e > s:
            spans.append((s, e))
    return spans


def _trim(text: str) -> str:
    text = text.strip().rstrip(".,;:–—- ").strip()
    text = _LEAD_JUNK.sub("", text)
    text = text.strip("\"'“”‘’ ")
    return text[:1].upper() + text[1:] if text else text


def _window(words: list[str]) -> list[str]:
    """At most 15 words of a long clause, kept around its first number."""
    hit = next((i for i, w in enumerate(words) if NUMBER.search(w)), 0)
    end = min(len(words), max(hit + 2, MAX_WORDS if hit < 5 else 0))
    start = max(0, end - MAX_WORDS)
    for i in range(start, hit + 1):
        if words[i].lower() in ("a", "an", "the") or words[i][:1].isupper() or NUMBER.match(words[i]):
            start = i
            break
    return words[start : min(end, start + MAX_WORDS)]


def _score(text: str, sent: Sentence, total: int) -> float:
    nums = [n for n in numbers_in(text)]
    score = 0.0
    score += 3.0 * min(2, len(nums))
    if any(("%" in n or "cent" in n or n[:1] in "£$€" or n.lower().endswith(("am", "pm"))) for n in nums):
        score += 1.0
    if nums and all(_YEAR.match(n) for n in nums):
        score -= 1.5
    score += 1.5 * min(2, len(_RESULT.findall(text)))
    caps = re.findall(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+", text)
    score += 0.4 * min(3, len(caps))
    score += 3.0 * (1 - sent.index / max(1, total))
    if sent.index == 0:
        score += 1.5
    if _PRONOUN_START.match(text):
        score -= 1.5
    return score


def fact_candidates(doc: Document, quoted: dict[int, list[tuple[int, int]]], source: int = 0) -> list[FactCandidate]:
    """The best short extract of each reported (not quoted) sentence, scored."""
    out: list[FactCandidate] = []
    total = len(doc.sentences)
    for sent in doc.sentences:
        spans = quoted.get(sent.paragraph, [])
        if _quoted_share(sent, spans) > 0.3:
            continue
        options: list[str] = []
        if len(sent.text.split()) <= MAX_WORDS:
            options.append(sent.text)
        else:
            pieces = _pieces(sent)
            for a in range(len(pieces)):
                for b in range(a, min(len(pieces), a + 3)):
                    s, e = pieces[a][0], pieces[b][1]
                    words = sent.text[s:e].split()
                    if len(words) > MAX_WORDS:
                        if a == b:
                            options.append(" ".join(_window(words)))
                        break
                    options.append(sent.text[s:e])
        best: FactCandidate | None = None
        for opt in options:
            text = _trim(opt)
            n_words = len(text.split())
            if not MIN_WORDS <= n_words <= MAX_WORDS:
                continue
            if '"' in text or "“" in text or "”" in text or _BAD_START.match(text):
                continue
            if text.split()[-1].lower().strip(".,;:") in _STOP:
                continue
            score = _score(text, sent, total) + 0.05 * n_words
            if best is None or score > best.score:
                best = FactCandidate(text, score, numbers_in(text), sent.index, source, [source])
        if best is not None:
            out.append(best)
    return out


def _same(a: FactCandidate, b: FactCandidate) -> bool:
    if a.numbers and set(a.numbers) & set(b.numbers) and not all(_YEAR.match(n) for n in set(a.numbers) & set(b.numbers)):
        return True
    ka, kb = a.key, b.key
    return len(ka & kb) / max(1, len(ka | kb)) >= 0.5


def select_facts(per_source: list[list[FactCandidate]]) -> list[Line]:
    """Up to six facts across sources: best scored first, repeats merged, in reading order."""
    pool = [c for cands in per_source for c in cands]
    # Numbers another source repeats are the story's settled facts.
    for c in pool:
        others = {n for d in pool if d.source != c.source for n in d.numbers}
        if any(n in others and not _YEAR.match(n) for n in c.numbers):
            c.score += 2.0
    pool.sort(key=lambda c: (-c.score, c.source, c.sentence))
    chosen: list[FactCandidate] = []
    for c in pool:
        twin = next((x for x in chosen if _same(x, c)), None)
        if twin is not None:
            if c.source not in twin.sources:
                twin.sources.append(c.source)
            continue
        if len(chosen) < MAX_FACTS:
            chosen.append(c)
    chosen.sort(key=lambda c: (c.source, c.sentence))
    return [Line(text=c.text, sources=sorted(c.sources)) for c in chosen]
