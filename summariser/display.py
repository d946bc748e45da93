"""What a brief shows a reader, shared by the terminal/Markdown renderer and the Slack formatter.

The `Brief` holds everything found (full quotes, every fact); a reader on deadline
wants each line to add something. So display — never the JSON — shortens a long
quote at a sentence boundary with an ellipsis, drops a fact or quote that a key
point already says word for word, and writes a person's role and party the way a
desk would ("Labour leader", not "leader, Labour"). Every shown word is still the
source's own: lines are only dropped or cut, never rewritten, and the only spacing
closed up is a typesetting slip ("Keir Starmer ’s party").
"""

from __future__ import annotations

import re

from .brief import Brief, Conflict, Line, Person, Quote
from .lexicon import PARTY_RE, party_name
from .normalise import comparable
from .sentences import sentence_spans

# A key quote longer than this many words is shown as its opening sentences within it
# (at least one whole sentence), followed by an ellipsis.
QUOTE_WORDS = 45
ELLIPSIS = "…"

# Words a role opens with that are capitalised only because a sentence began with them
# ("Shadow transport secretary Jim McMahon said"): shown in lower case.
_LOWER_OPENERS = frozenset(
    "shadow former ex deputy junior senior acting interim assistant outgoing incoming".split()
)

# One-word roles a party name goes in front of, as a desk writes them ('Labour MP').
_PARTY_ROLES = frozenset(
    """leader mp msp mep am mla candidate spokesman spokeswoman spokesperson peer councillor
    chairman chairwoman chair activist minister senator whip backbencher frontbencher member
    treasurer president deputy campaigner donor veteran rebel""".split()
)


# Spaces before a possessive 's ('Starmer ’s') are a typesetting slip, never meaning.
_LOOSE_POSSESSIVE = re.compile(r"(?<=\w)[^\S\n]+(?=['’]s\b)")


def tidy_spacing(text: str) -> str:
    """'Keir Starmer ’s party' → 'Keir Starmer’s party': only whitespace before a
    possessive 's is removed; no word is touched."""
    return _LOOSE_POSSESSIVE.sub("", text)


def shorten_quote(text: str, max_words: int = QUOTE_WORDS) -> str:
    """`text` as shown: whole opening sentences within `max_words` plus ' …' when cut.

    Always keeps the first sentence whole, so a quote is never cut mid-sentence. A
    trailing comma (the source's `"…," she said`) is cut too: inside a quote shown on
    its own it reads as a typo (new briefs store quotes without it, `quotes.bare_quote`;
    briefs stored before that still have it).
    """
    text = text.rstrip()
    if text.endswith(","):
        text = text[:-1].rstrip()
    if len(text.split()) <= max_words:
        return text
    spans = sentence_spans(text)
    end, words = 0, 0
    for start, stop in spans:
        n = len(text[start:stop].split())
        if end and words + n > max_words:
            break
        end, words = stop, words + n
    kept = text[:end].rstrip()
    if not kept or len(kept) >= len(text):
        return text
    return f"{kept} {ELLIPSIS}"


def _key(text: str) -> str:
    return f" {comparable(text)} "


def _inside(text: str, others: list[str]) -> bool:
    """Is `text` said word for word (ignoring case, quote marks and punctuation) in one of `others`?"""
    key = _key(text)
    return key.strip() != "" and any(key in other for other in others)


def shown_quotes(brief: Brief) -> list[Quote]:
    """The key quotes to show: those a key point does not already carry in full."""
    points = [_key(line.text) for line in brief.summary]
    return [q for q in brief.key_quotes if not _inside(q.text, points)]


_CREDITED = re.compile(r"^[^:“]{1,40}: “(.+)”$")


def shown_facts(brief: Brief) -> list[Line]:
    """The facts to show: those not already said in a key point, a shown quote or an earlier fact."""
    said = [_key(line.text) for line in brief.summary] + [_key(q.text) for q in shown_quotes(brief)]
    out: list[Line] = []
    for fact in brief.facts:
        credited = _CREDITED.match(fact.text)
        if _inside(fact.text, said) or (credited and _inside(credited.group(1), said)):
            continue  # (a fact crediting a quote, `Clarke: “…”`, that a key quote shows)
        out.append(fact)
        said.append(_key(fact.text))
    return out


# A role that is only an abbreviated title (`Sen.`, `Rep.`): shown as the word it stands for.
_TITLE_ROLES = {"sen.": "Senator", "sen": "Senator", "rep.": "Representative", "rep": "Representative",
                "gov.": "Governor", "gov": "Governor", "spc.": "Specialist", "sgt.": "Sergeant",
                "cllr": "Councillor", "cllr.": "Councillor", "prof.": "Professor", "prof": "Professor"}


def tidy_role(role: str) -> str:
    """'Shadow transport secretary' → 'shadow transport secretary', 'Former Tory leader' →
    'former Tory leader', 'Ex-Labour MP' → 'ex-Labour MP'; a role with a capitalised title
    in it ('Former Prime Minister') stays as stated; a bare abbreviated title ('Sen.') is
    spelt out."""
    if role.strip().lower() in _TITLE_ROLES:
        return _TITLE_ROLES[role.strip().lower()]
    words = role.split()
    head, hyphen, tail = words[0].partition("-") if words else ("", "", "")
    rest = ([tail] if tail else []) + words[1:]
    if (
        rest
        and head.lower() in _LOWER_OPENERS
        and head[:1].isupper()
        and head[1:].islower()
        and all(not w[:1].isupper() or w.isupper() or party_name(w) for w in rest)
    ):
        return head.lower() + role[len(head):]
    return role


def _party_key(party: str) -> str:
    name = party_name(party) or party_name(re.sub(r"\s+party$", "", party, flags=re.I)) or party
    return name.casefold()


def role_and_party(role: str | None, party: str | None) -> str | None:
    """One phrase for a person's details: 'Labour leader', 'Tory candidate',
    'shadow transport secretary, Labour'; None when the text states neither."""
    role = tidy_role(role) if role else None
    if not role:
        return party or None
    if not party:
        return role
    named = {_party_key(m.group(0)) for m in PARTY_RE.finditer(role) if party_name(m.group(0))}
    if _party_key(party) in named or party.casefold() in role.casefold():
        return role  # 'Tory candidate' already says Conservative
    if role.casefold() in _PARTY_ROLES:
        return f"{party} {role}"  # 'Labour leader', 'Labour MP'
    return f"{role}, {party}"


def person_details(person: Person) -> str | None:
    return role_and_party(person.role, person.party)


def speaker_role(quote: Quote, person: Person | None) -> str | None:
    """The role shown with a quote: the quote's own, else its speaker's; a one-word role
    takes the party ('Labour MP'), a longer one stays as stated to keep the line short."""
    role = quote.role or (person.role if person else None)
    if not role:
        return None
    party = person.party if person else None
    return role_and_party(role, party) if party and " " not in role.strip() else tidy_role(role)


_SOURCE_NO = re.compile(r"\bin source (\d+)\b")


def conflict_text(conflict: Conflict) -> str:
    """A disagreement as shown beside the numbered sources: `turnout 42.5% in [1] vs 42.55%
    in [2]` (the JSON keeps 0-based `in source 0`, as its `sources` lists are)."""
    return _SOURCE_NO.sub(lambda m: f"in [{int(m.group(1)) + 1}]", conflict.text)
