"""Words and numbers of an article, as story matching compares them.

Words are lower-cased, stop words (sumy's English list) dropped and Snowball
stemmed, so "elections" and "election" meet. Numbers keep only the
distinctive ones (a majority of 3,595, a 42.55% turnout): years and small
counts are shared by unrelated stories.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.stem.snowball import SnowballStemmer
from sumy.utils import get_stop_words

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?%|\s?per\s?cent)?")
_STOP = frozenset(get_stop_words("english")) | {"said", "says", "mr", "mrs", "ms", "also"}
_STEMMER = SnowballStemmer("english")


@lru_cache(maxsize=200_000)
def _term(word: str) -> str | None:
    """The stem of a lower-cased word, or None for a stop word (cached: news reuses words)."""
    word = word.replace("’", "'").removesuffix("'s")
    if len(word) < 2 or word in _STOP:
        return None
    return _STEMMER.stem(word)


def words(text: str) -> list[str]:
    """Stemmed content words, in order."""
    return [t for t in map(_term, _WORD.findall(text.lower())) if t is not None]


def numbers(text: str) -> set[str]:
    """Distinctive numbers: with a decimal part or a percent sign, or at least 100 and not a year."""
    found = set()
    for match in _NUMBER.finditer(text):
        whole, frac, pct = match.group(1), match.group(2) or "", match.group(3)
        digits = whole.replace(",", "")
        value = float(digits + frac)
        if pct:
            found.add(f"{digits}{frac}%")
        elif frac:
            # "5.30am" is a time, not a figure; keep decimals that read as quantities
            found.add(f"{digits}{frac}")
        elif value >= 100 and not ("," not in whole and len(digits) == 4 and 1900 <= value <= 2100):
            found.add(digits)
    return found


def person_keys(names: list[str] | tuple[str, ...]) -> set[str]:
    """Surnames, lower-cased: "Keir Starmer" and "Mr Starmer" are one person here."""
    keys = set()
    for name in names:
        parts = [p for p in re.split(r"\s+", name.strip()) if p]
        if parts:
            keys.add(parts[-1].lower().strip(".,'’"))
    return keys
