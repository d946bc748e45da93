"""Text normalisation that keeps offsets: display text and matching text line up.

`fold_whitespace` makes the display text. `match_form` maps it, one character
for one character, to a form with straight quotes and apostrophes, so a span
found in the matching form can be cut out of the display text unchanged.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# What `_SPACES.sub(" ", …)` would change: a space other than " ", or two in a row. Most
# paragraphs have neither, and the sub would rebuild them a word at a time.
_ODD_SPACE = re.compile(r"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]|  ")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\ufffe\uffff]")

# One character in, one character out: offsets survive.
_QUOTE_MAP = str.maketrans(
    {
        "\u201c": '"',  # left double
        "\u201d": '"',  # right double
        "\u201e": '"',  # low double
        "\u201f": '"',
        "\u00ab": '"',  # guillemets
        "\u00bb": '"',
        "\u2033": '"',
        "\u2018": "'",  # left single
        "\u2019": "'",  # right single / apostrophe
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u0060": "'",
        "\u00b4": "'",
    }
)
# Two apostrophes used as a closing double quote (seed 004: `or not?''`).
_DOUBLE_APOSTROPHE = re.compile(r"''")


def fold_whitespace(text: str) -> str:
    """One paragraph's display text: NFC, no control characters, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    if _ODD_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    return text.strip()


def match_form(text: str) -> str:
    """Same length as `text`, with every quote mark and apostrophe made straight.

    `''` becomes `" ` (a double quote and a space) so lengths still agree.
    """
    out = text.translate(_QUOTE_MAP)
    return _DOUBLE_APOSTROPHE.sub('" ', out)


def comparable(text: str) -> str:
    """A loose key for near-duplicate tests: lower case, letters and digits only."""
    return " ".join(re.findall(r"\w+", match_form(text).lower()))
