"""This project's sentence splitter and word tokenizer, in the shape sumy expects.

sumy's own `Tokenizer("english")` loads Punkt's pretrained model, which needs
`nltk.download` and fails offline. sumy only calls `to_sentences`, `to_words`
and reads `language`, so this duck-typed class can stand in for it.
"""

from __future__ import annotations

import re

from ..sentences import split_text

_SUMY_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$")
_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*|\S")


class SumyTokenizer:
    """Drop-in for `sumy.nlp.tokenizers.Tokenizer` that needs no downloaded data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.strip() for s in split_text(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in _TOKEN.findall(sentence) if _SUMY_WORD.match(w))
