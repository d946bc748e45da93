"""A `Brief` as a terminal brief (`text`), Markdown, or JSON.

Renders whatever the brief holds: key sentences always; quotes, people, facts
and conflicts once extraction fills them in. Source numbers are shown from 1
(as a journalist counts), while the JSON keeps the 0-based indexes.
"""

from __future__ import annotations

import textwrap

from .brief import Brief, Person, Quote
from .display import (
    conflict_text,
    person_details,
    shorten_quote,
    shown_facts,
    shown_quotes,
    speaker_role,
    tidy_spacing,
)

WIDTH = 88
NO_TITLE = "(no headline)"  # a source given as bare text, without a title line


def render(brief: Brief, fmt: str = "text") -> str:
    if fmt == "json":
        return brief.to_json(indent=2)
    if fmt == "markdown":
        return render_markdown(brief)
    if fmt == "text":
        return render_text(brief)
    raise ValueError(f"unknown format {fmt!r}")


def _refs(sources: list[int], total: int) -> str:
    """'[1, 2]' for a multi-source brief; nothing when there is only one source."""
    if total <= 1 or not sources:
        return ""
    return " [" + ", ".join(str(s + 1) for s in sources) + "]"


def _speaker(quote: Quote, brief: Brief) -> str:
    if not quote.speaker:
        return "unattributed"
    role = speaker_role(quote, brief.person(quote.speaker))
    return f"{quote.speaker}, {role}" if role else quote.speaker


def _person(p: Person) -> str:
    details = person_details(p)
    return f"{p.name} ({details})" if details else p.name


def _key_quotes(brief: Brief) -> list[Quote]:
    return shown_quotes(brief)


def _quote_text(quote: Quote) -> str:
    return tidy_spacing(shorten_quote(quote.text))


def _source_line(i: int, brief: Brief) -> str:
    s = brief.sources[i]
    parts = [s.title or NO_TITLE]
    if s.site:
        parts.append(s.site)
    parts.append(f"{s.words} words")
    line = f"[{i + 1}] " + " · ".join(parts)
    return line + (f"\n    {s.url}" if s.url else "")


def render_text(brief: Brief) -> str:
    total = len(brief.sources)
    bullet = textwrap.TextWrapper(width=WIDTH, initial_indent="  • ", subsequent_indent="    ")
    headline = tidy_spacing(brief.headline)
    out: list[str] = [headline, "=" * min(WIDTH, max(10, len(headline))), ""]
    for warning in brief.warnings:
        out += [textwrap.fill(f"Warning: {warning}", WIDTH, subsequent_indent="  "), ""]
    out.append("Key points")
    out += [bullet.fill(tidy_spacing(line.text) + _refs(line.sources, total)) for line in brief.summary]
    quotes = _key_quotes(brief)
    if quotes:
        out += ["", "Key quotes"]
        for q in quotes:
            out.append(bullet.fill(f"“{_quote_text(q)}” — {_speaker(q, brief)}{_refs(q.sources, total)}"))
    if brief.people:
        out += [
            "",
            textwrap.fill(
                "People: " + "; ".join(_person(p) for p in brief.people),
                WIDTH,
                subsequent_indent="  ",
            ),
        ]
    facts = shown_facts(brief)
    if facts:
        out += ["", "Facts"]
        out += [bullet.fill(tidy_spacing(f.text) + _refs(f.sources, total)) for f in facts]
    if brief.conflicts:
        out += ["", "Sources disagree"]
        out += [bullet.fill(tidy_spacing(conflict_text(c)) + _refs(c.sources, total)) for c in brief.conflicts]
    out += ["", "Sources"]
    out += ["  " + _source_line(i, brief) for i in range(total)]
    return "\n".join(out)


def _md(text: str) -> str:
    """Escape the characters Markdown would read as formatting."""
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


def render_markdown(brief: Brief) -> str:
    total = len(brief.sources)
    out: list[str] = [f"# {_md(tidy_spacing(brief.headline))}", ""]
    out += [f"> **Warning:** {_md(w)}\n" for w in brief.warnings]
    out += ["## Key points", ""]
    out += [f"- {_md(tidy_spacing(line.text))}{_refs(line.sources, total)}" for line in brief.summary]
    quotes = _key_quotes(brief)
    if quotes:
        out += ["", "## Key quotes"]
        for q in quotes:
            out += ["", f"> “{_md(_quote_text(q))}” — **{_md(_speaker(q, brief))}**{_refs(q.sources, total)}"]
    if brief.people:
        out += ["", "**People:** " + "; ".join(_md(_person(p)) for p in brief.people)]
    facts = shown_facts(brief)
    if facts:
        out += ["", "## Facts", ""]
        out += [f"- {_md(tidy_spacing(f.text))}{_refs(f.sources, total)}" for f in facts]
    if brief.conflicts:
        out += ["", "## Sources disagree", ""]
        out += [f"- {_md(tidy_spacing(conflict_text(c)))}{_refs(c.sources, total)}" for c in brief.conflicts]
    out += ["", "## Sources", ""]
    for i, s in enumerate(brief.sources):
        label = s.title or (s.url if s.url and not s.site else None) or NO_TITLE
        title = f"[{_md(label)}]({s.url})" if s.url else _md(label)
        site = f" · {_md(s.site)}" if s.site else ""
        out.append(f"{i + 1}. {title}{site} · {s.words} words")
    return "\n".join(out) + "\n"
