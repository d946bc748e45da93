"""Plain text → clean paragraphs: line breaks read right, repeats and boilerplate gone.

Pasted articles arrive in every shape: blank-line paragraphs, one paragraph a
line (seed 004), or hard-wrapped lines. Syndicated copy often repeats a
paragraph (seed 000 repeats its last two), and pages leave "Read more" and
"Sign up" lines behind.
"""

from __future__ import annotations

import re

from .normalise import comparable, fold_whitespace

_BOILERPLATE = re.compile(
    r"""^(?:
        (?:read|see)\s+(?:more|also|next)\b.*
      | related(?:\s+(?:articles?|stories|topics))?\s*:?.*
      | (?:sign|signup|sign-up)\s+(?:up|in)\b.*
      | subscribe\b.*
      | (?:click|tap)\s+here\b.*
      | share\s+(?:this|on)\b.*
      | (?:follow\s+us|like\s+us)\b.*
      | (?:we|this\s+site|this\s+website)\s+uses?\s+cookies\b.*
      | (?:accept|reject|manage)\s+(?:all\s+)?cookies\b.*
      | advertisement
      | (?:image|photo|picture)\s+(?:copyright|caption|credit)\b.*
      | getty\s+images
      | copyright\s+©?.*
      | ©.*
      | all\s+rights\s+reserved\.?
      | (?:watch|listen)\s*:\s*.{0,60}
      | (?:listen\s+to\s+this\s+article|skip\s+to\s+(?:main\s+)?content)\b.*
      | (?:facebook|twitter|whatsapp|email|linkedin|copy\s+link)(?:\s*[|/·,]\s*(?:facebook|twitter|whatsapp|email|linkedin|copy\s+link))*
      | (?:comments?|\d+\s+comments?)
    )$""",
    re.I | re.X,
)
_TERMINAL = re.compile(r"""[.!?…:'"”’)\]]$""")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain text, whitespace folded, in order."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    paragraphs: list[str] = []
    for block in blocks:
        lines = [ln for ln in block.split("\n") if ln.strip()]
        if _hard_wrapped(lines):
            paragraphs.append(fold_whitespace(" ".join(lines)))
        else:
            paragraphs.extend(fold_whitespace(ln) for ln in lines)
    return [p for p in paragraphs if p]


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines broken mid-sentence at a fixed width, as in e-mail or wire copy."""
    if len(lines) < 2:
        return False
    open_ends = sum(1 for ln in lines[:-1] if not _TERMINAL.search(ln.rstrip()))
    return open_ends >= 0.6 * (len(lines) - 1)


def is_boilerplate(paragraph: str) -> bool:
    """Page furniture rather than reporting: share prompts, cookie notices, "Read more"."""
    return len(paragraph) < 200 and bool(_BOILERPLATE.match(paragraph.strip()))


def _shingles(key: str, n: int = 3) -> frozenset[tuple[str, ...]]:
    words = key.split()
    if len(words) < n:
        return frozenset({tuple(words)})
    if n == 3:  # (the usual case, built in C: the same 3-grams)
        return frozenset(zip(words, words[1:], words[2:], strict=False))
    return frozenset(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def _similar(sa: frozenset, sb: frozenset, threshold: float) -> bool:
    overlap = len(sa & sb) / max(1, min(len(sa), len(sb)))
    size_ratio = min(len(sa), len(sb)) / max(len(sa), len(sb), 1)
    return overlap >= threshold and size_ratio >= 0.7


def near_duplicate(a: str, b: str, threshold: float = 0.85) -> bool:
    """True when two paragraphs say the same thing word for word, give or take a few words."""
    ka, kb = comparable(a), comparable(b)
    if ka == kb:
        return True
    if not ka or not kb:
        return False
    return _similar(_shingles(ka), _shingles(kb), threshold)


_COMMON = 50


def clean_paragraphs(paragraphs: list[str], threshold: float = 0.85) -> list[str]:
    """Drop boilerplate and exact or near-exact repeats, keeping first occurrences.

    Earlier paragraphs are found through an index of their word 3-grams, so
    only those sharing some 3-gram are compared: linear on long input.
    """
    kept: list[str] = []
    seen_exact: set[str] = set()
    kept_shingles: list[frozenset] = []
    index: dict[tuple[str, ...], list[int]] = {}
    for para in paragraphs:
        if is_boilerplate(para):
            continue
        key = comparable(para)
        if not key or key in seen_exact:
            continue
        # Short lines can repeat by chance; only long ones are tested for near-repeats.
        if len(key) > 40:
            sh = _shingles(key)
            shared: dict[int, int] = {}
            for gram in sh:
                posting = index.get(gram, ())
                if len(posting) > _COMMON:
                    continue  # a stock phrase, no evidence of a repeat; bounds the work
                for other in posting:
                    shared[other] = shared.get(other, 0) + 1
            if any(
                n >= threshold * min(len(sh), len(kept_shingles[o]))
                and _similar(sh, kept_shingles[o], threshold)
                for o, n in shared.items()
            ):
                continue
            for gram in sh:
                index.setdefault(gram, []).append(len(kept_shingles))
            kept_shingles.append(sh)
        seen_exact.add(key)
        kept.append(para)
    return kept
