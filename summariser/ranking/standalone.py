"""Can a sentence stand alone in a brief, read without the sentences around it?

A brief lifts sentences out of their story, so a pick that leans on what came
before ("He added:", "But it was not enough", the middle of a quote) reads as
nonsense, and page furniture that survived extraction (photo captions,
"Scroll down for video", bylines) is not reporting at all. Three answers:

- `STANDALONE`: fine anywhere.
- `NEEDS_PREVIOUS`: opens with a pronoun or connective ("He", "It", "But",
  "However") whose antecedent is the previous sentence; fine only right after it.
- `NEVER`: furniture, a fragment, an unattributed or unfinished quote.
"""

from __future__ import annotations

import re
from enum import Enum


class Standing(Enum):
    STANDALONE = "standalone"
    NEEDS_PREVIOUS = "needs_previous"
    NEVER = "never"


MIN_WORDS = 6
MAX_WORDS = 55

_DEPENDENT_OPENERS = frozenset(
    """
    but and or so yet nor however also meanwhile still instead nevertheless nonetheless
    moreover furthermore besides likewise similarly otherwise therefore thus hence indeed
    then later afterwards this that these those it its he she they them his her their him
    hers theirs such both another others here there's whereas while though although
    """.split()
)
_FIRST_PERSON = frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'll", "my", "our", "us", "me"}
)
_DEPENDENT_PHRASES = re.compile(
    r"^(?:in\s+addition|as\s+a\s+result|on\s+the\s+other\s+hand|at\s+the\s+same\s+time|"
    r"the\s+same|in\s+turn|even\s+so|in\s+that\s+case|by\s+then|after\s+that|not\s+only\s+that|"
    r"the\s+(?:former|latter)|for\s+(?:his|her|their|its)\s+part)\b",
    re.I,
)
# "It emerged today that ..." has no antecedent to miss.
_EXPLETIVE_IT = re.compile(
    r"^it\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|emerged|remains|seems|appears)\s+"
    r"(?:understood|thought|believed|reported|announced|claimed|expected|feared|alleged|"
    r"estimated|known|likely|unlikely|unclear|clear|not\s+clear|the\s+first|that|today|yesterday|"
    r"last\s+night|on\s+\w+day)\b",
    re.I,
)
# A pronoun subject right after an opening phrase: "Speaking on Sunday, he said ...".
_LATE_PRONOUN = re.compile(r"^[^,\"]{0,60},\s+(?:he|she|they|it|this)\s", re.I)

_FURNITURE_RE = re.compile(
    r"""(?:
        scroll\s+down\s+for | \bpublished:\s | \bupdated:\s | last\s+updated\b
      | \((?:pictured|above|below|left|right|centre|center|top|bottom|inset|file\s+photo|stock\s+image|file)\b[^)]*\)
      | \bclick\s+here\b | \bread\s+more\b | \bfollow\s+@ | \bsign\s+up\b | \bwatch\s+the\s+video\b
      | ^by\s+\.?\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*[.|,]
      | ^\(?(?:photo|image|picture|video|caption|credit|source)s?\s*:
      | ^(?:first\s+)?published\s+(?:in|on|by)\b          # `Published in Dawn, November 18th, 2026`
      | \bcontributed\s+(?:to\s+this\s+report|reporting)\b  # `CNN's X contributed to this report`
      | ^\(?\s*(?:\$|£|€|US\$)\s?1\s*=                    # `($1 = 5.3800 reais)`, a wire's rate note
      | \b\d{1,3}\s+min(?:ute)?s?\s+read\b               # `December 3, 2026 1:14 pm CET 4 minutes read`
      | ^published\s+\d                                  # `Published 2 December 2026, 19:05 GMT`
      | ^@\w+\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)\b              # `@RNZ 5:58 am on 2 December 2026`
      | \blast\s+update\s+on\b                           # `Sat Dec 5, 2026 12:00 AM Last update on: …`
      | \|\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b             # `Buenos Aires Times | 10-12-2026 23:17`
      | \bupdated\s+\d{1,2}[:.]\d{2}                      # `April 23, 2026, updated 11:58 p.m. ET`
      | ^posted\s+\w+\s+\d                              # `Posted Thu 3 Dec 2026 at 5:12pm`
      | \bin\s+the\s+print\s+edition\b                   # `A version of this story appears in the print edition …`
      | ^read\s*[|:]                                     # `Read | Minister reviews monsoon preparedness`
      | ^[A-Z]{3,}(?:\s+[A-Z]{3,})*,?\s+\w+\s+\d{1,2},?\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$  # `ANKARA January 22 2027 10:12:00`
      | \bshare\s+save\b                                 # `7 February 2027 Share Save`: a page's buttons
      | ^\d{1,2}\s/\s                                    # `2 / Commission chair X / A. Mažeika/BNS`: a gallery's caption
      | \s/\s[^/]{1,40}/[A-Z]{2,}\b                       # `… / A. Mažeika/BNS`: a photo credit
    )""",
    re.X | re.I,
)
# Letters that match an ASCII letter of a case-blind pattern but do not lower-case to it.
_CASE_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")
_FURNITURE_WORDS = ("scroll", "update", "click", "read", "sign", "watch", "published", "contributed", "posted",
                    "print", "share")


class _Furniture:
    """`_FURNITURE_RE.search`, without running it on text that holds nothing one of its
    alternatives needs (a `:`, `(`, `@`, one of `_FURNITURE_WORDS`, or `by` first): the
    case-blind alternatives are tried at every position, which is slow on every sentence."""

    def search(self, text: str) -> re.Match | None:
        if ":" not in text and "(" not in text and "@" not in text and "=" not in text and "|" not in text \
                and " / " not in text and (
                text.isascii() or not any(c in text for c in _CASE_ODD)):
            low = text.lower()
            if not low.startswith("by") and not any(w in low for w in _FURNITURE_WORDS):
                return None
        return _FURNITURE_RE.search(text)


_FURNITURE = _Furniture()
# "He added: ..." / "She told the BBC: ...": a quote hung on a speaker named elsewhere.
_PRONOUN_INTRO = re.compile(
    r"^(?:and\s+|but\s+)?(?:he|she|they|it)\s+(?:\w+\s+){0,1}"
    r"(?:added|said|says|told|tells|continued|went\s+on|explained|wrote|tweeted|insisted|warned)\b[^\"“:]{0,40}:",
    re.I,
)
# Two sentences with no stop between: a photo caption pasted against the text
# ("... the Bahrain Grand Prix It was another ...").
_RUN_ON = re.compile(
    # (the space first, so the regex engine can skip to spaces; the same matches as
    # `(?<=[a-z]{2}) (?:It|…)`)
    r" (?<=[a-z\d]{2} )(?:It|He|She|They|The|This|His|Her|Their|But|Now|When|After|Scroll|Pictured|"
    r"All|Without|Many|Most|Some|During|While|Despite|Yesterday|Meanwhile)"
    r" (?=[a-z])"
)
# A caption label before the text it captions: "Guilty: Glenn Mason, 56, ...".
_CAPTION_LABEL = re.compile(r"^([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}):\s+[\"'A-Z]")
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|replied|insisted|warned|claimed|admitted|"
    r"explained|wrote|tweeted|declared|stated|argued|announced|confirmed|insists|warns)\b",
    re.I,
)
_QUOTED = re.compile(r'"[^"]*(?:"|$)')
_PRONOUN_SPEAKER = re.compile(r"^\W*(?:\w+\s+)?(?:he|she|they|it|we|i)\s+\w+", re.I)
_SINGLE_CLOSE = re.compile(r"[,.!?…]'(?=\s|$)|'(?=,?\s+(?:he|she|they|said|says|told|added)\b)")
_OPENING_SINGLE_QUOTE = re.compile(r"^'(?=[A-Z])")


# Shared with the fact cutter, which must not cut facts out of captions or furniture either.
FURNITURE, CAPTION_RUN_ON = _FURNITURE, _RUN_ON


def opener(norm: str) -> str:
    """The sentence's first word, lower case, without quotes or brackets."""
    m = re.match(r"""^[\s"'(\[]*([^\W_]+(?:'s)?)""", norm)
    return m.group(1).lower() if m else ""


def standing(norm: str, inside_quote: bool = False, lead: bool = False) -> Standing:
    """How a sentence (straight-quote form) may be used in a brief.

    `inside_quote`: the sentence starts inside a quotation opened earlier
    (an odd number of double quotes before it in its paragraph, or a quote
    carried over from the previous paragraph). `lead`: the source's first
    sentence, where a pronoun points forward ("They may not be aliens, but
    ..., a NASA scientist says"), so nothing before it is missing.
    """
    text = norm.strip()
    n_words = len(text.split())
    if n_words < MIN_WORDS or n_words > MAX_WORDS:
        return Standing.NEVER
    if not re.search(r"[a-z]", text):
        return Standing.NEVER  # shouting headings, tickers
    if text.endswith((":", ",", ";", "-", "–", "—")) or not re.search(r"""[.!…"'”’)]$""", text):
        return Standing.NEVER  # announces a quote, or is cut off
    if _FURNITURE.search(text):
        return Standing.NEVER
    if _RUN_ON.search(text):
        return Standing.NEVER  # a caption run into the next sentence
    label = _CAPTION_LABEL.match(text)
    if label and not _SPEECH.search(label.group(1)):
        return Standing.NEVER
    if inside_quote or _PRONOUN_INTRO.match(text):
        return Standing.NEVER
    starts_quoted = text.startswith('"') or bool(_OPENING_SINGLE_QUOTE.match(text))
    outside = _QUOTED.sub(" ", text) if '"' in text else text
    if not starts_quoted and text.count('"') % 2:
        return Standing.NEVER  # `Mr Foord said: "The people … have spoken.`: a quote it does not close
    if starts_quoted:
        if not text.startswith('"'):
            close = _SINGLE_CLOSE.search(text, 1)
            if not close:
                return Standing.NEVER  # an unfinished quote
            outside = text[close.end() :]
        out = outside.strip()
        if len(out.split()) < 2:
            return Standing.NEVER  # a quote whose speaker the brief would not name
        if _PRONOUN_SPEAKER.match(out):
            return Standing.NEEDS_PREVIOUS  # '"...," he said': who he is came before
    if outside.rstrip().endswith("?"):
        return Standing.NEVER  # a rhetorical question carries no news
    first = opener(text)
    if first in _FIRST_PERSON and not starts_quoted:
        return Standing.NEVER  # a speaker's words without the speaker
    if lead:
        return Standing.STANDALONE
    if first == "it" and _EXPLETIVE_IT.match(text.lstrip("\"'")):
        return Standing.STANDALONE
    if first in _DEPENDENT_OPENERS or _DEPENDENT_PHRASES.match(text.lstrip("\"'(")):
        return Standing.NEEDS_PREVIOUS
    if _LATE_PRONOUN.match(text):
        return Standing.NEEDS_PREVIOUS
    return Standing.STANDALONE


_DATELINE = re.compile(
    r"""^(?:
        [A-Z][\w.'’ -]{0,40}(?:,\s*[A-Z][\w.'’ -]{0,30})?\s*\((?:CNN|AP|AFP|Reuters|PA|Bloomberg|PTI|IANS|ANI|
            AAP|UPI|DPA|dpa|Xinhua|EFE|ANSA|Kyodo|Yonhap|CP|APA|Bernama|Anadolu|TASS|KNA)\)\s*[-–—]?\s*
      | \((?:CNN|AP|AFP|Reuters|PA|PTI|IANS|ANI|AAP|UPI|DPA|dpa|Xinhua|EFE|CP)\)\s*[-–—]?\s*
      | [A-Z]{3,}(?:[ ,]+[A-Z][A-Za-z.]*){0,3}
        (?:,?\s*\(?(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\)?)?  # `(July 27, 2022)`, `, 9 May 2023`
        \s+[-–—]\s+
    )""",
    re.X,
)


def dateline_length(text: str) -> int:
    """Characters of a leading dateline ("LONDON — ", "Kabul (CNN)") to leave out of a brief."""
    m = _DATELINE.match(text)
    if not m:
        return 0
    rest = text[m.end() :]
    return m.end() if rest[:1].isupper() or rest[:1] in "\"'“‘" else 0
