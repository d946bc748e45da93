"""What input the summariser accepts, checked before any work, with messages users can act on."""

from __future__ import annotations

import re

from . import messages
from .errors import InputError

MAX_BYTES = 2 * 1024 * 1024  # one article is ~10 KB; 2 MB is a whole newspaper
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_WORD = re.compile(r"[^\W\d_]{2,}")


def check_text(text: str, label: str = "The text") -> None:
    """Raise `InputError` for empty, binary-looking or oversized input."""
    if len(text) > MAX_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise InputError(messages.too_large(label))
    if not text.strip():
        raise InputError(messages.empty(label))
    sample = text[:20_000]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(messages.binary(label))


# Words no English sentence of news goes long without: a text with none of them is a code,
# a key, a list of names or keyboard noise (`asdf qwer zxcv`), not copy to brief.
_FUNCTION_WORDS = frozenset(
    "the a an of to in on at by for with from and or but is are was were be been has have had "
    "will would said says it he she they we i this that not as".split()
)


def sentence_like(text: str) -> bool:
    """At least three words of two letters or more, one of them a function word (`the`,
    `of`, `said` …): something a reader could call a sentence."""
    if len(_WORD.findall(text)) < 3:
        return False
    return any(w.strip(".,;:!?\"'“”‘’()").lower() in _FUNCTION_WORDS for w in text.split())
