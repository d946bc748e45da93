"""Word tokens for ranking: a regex tokenizer, sumy's English stop words, Snowball stems.

Everything here works offline: the regex needs no model, NLTK's Snowball stemmer
needs no data, and the stop-word list is read from sumy's own package data.
Stems are cached because the same few hundred words recur in every story.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# sumy's notion of a word (letters, inner apostrophes and hyphens), plus numbers,
# which matter in political news (majorities, turnouts, sums of money).
# (Letter runs joined by single marks: the same matches as a letter-by-letter
# `[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*`, found in half the time.)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """sumy's English stop-word list (shipped inside the sumy package, no download)."""
    text = (resources.files("sumy") / "data" / "stopwords" / "english.txt").read_text("utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip())


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """Snowball stem of a lower-case word."""
    return _stemmer().stem(word)


def words(text: str) -> list[str]:
    """Words and numbers of a text, in order, as written."""
    return _WORD.findall(text)


def terms(text: str) -> list[str]:
    """Content terms: lower-cased, stop words dropped, stemmed. Numbers are kept as written."""
    return [t for w in _WORD.findall(text) if (t := _term(w)) is not None]


@lru_cache(maxsize=50_000)
def _term(word: str) -> str | None:
    """The term of one word as written, or None for a stop word or a single letter."""
    lw = word.lower().replace("’", "'")
    if lw in stop_words() or len(lw) < 2 and not lw.isdigit():
        return None
    return lw if lw[0].isdigit() else stem(lw)
