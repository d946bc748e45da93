"""The people a document names: who they are, what the text calls them, where they appear.

Why rules and not a tagger: no model may be downloaded, and political copy
introduces people in a few fixed shapes, a role or honorific before a
capitalised name (`Shadow transport secretary Jim McMahon`, `Sir Keir
Starmer`, `Sen. Chuck Schumer, D-N.Y.`) or an appositive after it, then
refers back by surname, honorific and surname or first name. So a person is a
run of capitalised words with positive evidence (honorific, role word, known
first name, speech verb) that is not an organisation, place, party or outlet;
later short forms are tied to the full name by surname and first name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .document import Document, Sentence
from .lexicon import (
    ANONYMOUS,
    DEMONYMS,
    FEMALE_WORDS,
    FIRST_NAME_TITLES,
    HONORIFICS,
    MALE_WORDS,
    MEDIA,
    NON_PERSON_WORDS,
    NOT_NAME_WORDS,
    PAIRED_HONORIFICS,
    PARTY_RE,
    PARTY_WORDS,
    PERSON_NOUNS,
    PORTFOLIO_WORDS,
    ROLE_NOUNS,
    ROLE_STOP,
    SEATS_OF_POWER,
    SHORT_TITLES,
    SPEECH_VERBS,
    US_PARTY,
    US_PARTY_TAG,
    first_names,
    fold_accents,
    korean_name,
    party_name,
    vietnamese_name,
)
from .ranking.tokens import stop_words
from .verbs import is_base_verb, is_verb_form

# Role head words for people: offices and jobs, and what a story says a person is.
_ROLES = ROLE_NOUNS | PERSON_NOUNS
_TOKEN = re.compile(r"[^\s]+")
_EDGE_PUNCT = "\"'()[]{}“”‘’,;:!?.…*"
# Central Asian and Azerbaijani patronymics: `son of` / `daughter of` after the father's name,
# in lower case (`Talant Asan uulu`, `Aizada Sadyr kyzy`); the gender they give.
PATRONYMIC_AFTER = {"uulu": "m", "uly": "m", "ogly": "m", "oglu": "m", "oğlu": "m", "kyzy": "f", "qyzy": "f",
                    "gyzy": "f", "qizi": "f", "qızı": "f"}
_PARTICLES = frozenset("de van von der den da di du la le bin binti anak al dos del ter ten ap ab".split())
# `son of` / `daughter of` between the given names and the father's (`Khalid bin Yousif`,
# `Wan Nurul Huda binti Wan Ismail`, `Jonathan Nyanggau anak Ringgit`).
_SON_OF = frozenset("bin binti ibn bint anak".split())
# Lower-case words joining two Iberian surnames inside one name (`Jordi Casals i Ferrer`).
_SURNAME_JOINERS = frozenset(("i", "y"))
# Places a peer's title may be (`Baroness Scotland`), beside `SEATS_OF_POWER`.
_NATIONS = frozenset("scotland england wales ireland ulster britain".split())
_ROYAL_TITLES = frozenset("prince princess king queen".split())
_ABBREV_TITLES = frozenset("mr mrs ms dr sen rep gov gen col capt lt sgt cpl spc pfc det insp supt prof rev st cllr hon "
                            "atty engr".split())  # (Filipino `Atty.`, `Engr.`)
# Words after `to` that begin a role, not an infinitive (`to former Tory treasurer X`).
_NOT_INFINITIVE = frozenset("the a an his her their its former ex then new current deputy acting fellow senior "
                            "junior veteran chief top key leading".split())
# Titles of several people at once (`Senators X, Y and Z`, `Reps. X and Y`): no part of a name.
_PLURAL_TITLES = frozenset("senators sens reps representatives justices judges ministers mps councillors "
                           "cllrs drs profs messrs".split())
# Words of party and coalition names in other languages (Malay, Bislama, Indonesian).
_PARTY_IN_OTHER_TONGUES = frozenset("parti pati nasional harapan perikatan pakatan barisan".split())
# Words that begin a place's name (`the MLA for Saint | John East`).
_PLACE_PREFIXES = frozenset("saint st san santa port fort mount new north south east west upper lower".split())
# Honorifics of rank, faith or learning that stand between an office and the name.
_NAME_HONORIFICS = frozenset("ratu alhaji alhaja alhajia hajia haji datuk dato seri tun tan sri puan smt shri hon rt "
                             "engr barr maulana mufti h.e".split())
_COURTESY = frozenset("mr mrs ms miss mx dr sir dame lord lady baroness".split())
# Words that make a capitalised run a place, body or thing wherever they stand.
# Words that may be a surname after a known first name (Theresa May, Mike German, Bill Cash).
_WEAK_NON_PERSON = frozenset(
    "may june april august march grace hope green north south east west hall park bridge king "
    "street tower castle church post cross brown white black rose bill german french english "
    "irish welsh scottish british london wales england france major straw cook short field "
    "darling hunt fox day week pound bank".split()
)
_STRONG_NON_PERSON = (NON_PERSON_WORDS - _WEAK_NON_PERSON) | frozenset(
    """
    party news securities prison prisons camp academy studies partners capital holdings group
    airways airlines motors media records fc united rovers hotel restaurant society coalition
    movement front brigade battalion regiment jail clinic surgery project families fathers
    mothers campaign council trust zone square bay valley river sea ocean mountains hills
    qaeda qaida jazeera shabaab nusra aqsa arabiya
    alliance consortium initiative partnership collective charity technologies solutions
    systems industries enterprises ventures labs laboratories organisation organization
    hamas hezbollah hizbollah taliban houthis houthi isis isil daesh fatah unicef unhcr
    amnesty greenpeace oxfam ofcom ofsted ofgem nasa fifa uefa interpol europol frontex opec
    """.split()
)
_LEADING_NON_PERSON = frozenset(
    "north south east west northern southern eastern western new st saint fort port lake "
    "mount upper lower greater central".split()
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december today yesterday tonight "
    "earlier later".split()
)
# Days that lead a name's run when a fronted time has no comma (`On Monday Smith said`);
# not months, which are first names too (May, June, April).
_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday "
                       "tonight".split())
_ROLE_STOP = (ROLE_STOP | stop_words()) - {"am", "former", "new", "first", "second"}
_NAME_AFTER = re.compile(r",\s+whose\s+(?:real\s+)?names?\b")
_DESCRIBED = re.compile(r"\s*,\s*(?:aged\s+\d{1,3},\s*|\d{1,3},\s*)?(?:a|an|the|his|her|their|one\s+of)\s")
# `a 27-year-old underground electrician who gave his name only as | Cody`: what the text
# says the person is, the one thing it gives besides the first name.
_TOLD_ONLY_AS = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:\d+-year-old\s+)?((?:[a-z][\w'-]*\s+){0,3}?[a-z][\w'-]*)\s+"
                           r"(?:who\s+(?:gave|gives|give|identified|was\s+identified|is\s+identified|asked)\b[^.,;]{0,40}"
                           r"|surnamed\s+)$")  # (`a 34-year-old office worker surnamed | Jung`)
_PLAIN_PEOPLE = frozenset("man woman boy girl person child people lady gentleman".split())
_NAMED_BEFORE = re.compile(
    r"(?:\b(?:man|woman|boy|girl|child|baby|son|daughter|husband|wife|brother|sister|mother|father|"
    r"friend|teenager|person|student|officer|soldier|suspect|victim|worker)\s+(?:named|called)"
    r"|\b(?:whose|his|her|first)\s+name\s+(?:is|was)"
    # `A driver who gave his name only as Selvam`, `identified only as Rukayat`, `known only as Ivy`
    # (`who gave only her first name, Setsuko,`)
    r"|\b(?:gave|give|gives|giving)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s*(?:(?:only\s+)?as|,)"
    r"|\b(?:identified|known|named)\s+only\s+(?:by\s+(?:his|her)\s+first\s+name\s+)?as|\bsurnamed)\s+$")


def _fold(word: str) -> str:
    """Lower case without accents: copy spells `Åsberg` and `Asberg`, `Näslund` and `Naslund`."""
    low = word.lower()
    return low if low.isascii() else fold_accents(low)


def _transposed(a: str, b: str) -> bool:
    """`Makrus` for `Markus`: two neighbouring letters swapped, a typing slip in a long name."""
    if len(a) != len(b) or len(a) < 5 or a == b:
        return False
    diff = [x for x in range(len(a)) if a[x] != b[x]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _doubled(a: str, b: str) -> bool:
    """`Abbot` for `Abbott`: the same name but for one letter written twice."""
    if abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < 5:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    for x in range(1, len(long)):
        if long[x] == long[x - 1] and long[:x] + long[x + 1 :] == short:
            return True
    return False


def _hyphenated_first(word: str) -> bool:
    """`Kyhesha-Lee`, `Jean-Luc`: a hyphenated first name with a known name in it."""
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() for p in parts) and any(
        len(p) >= 3 and p.lower() in first_names() for p in parts)


def _may_be_single_name(word: str) -> bool:
    """A word that could be a one-word name: not a known non-person word of any kind."""
    low = word.lower()
    return not (low in NON_PERSON_WORDS or low in DEMONYMS or low in _CALENDAR or low in _ROLES
                or (low.endswith("s") and low[:-1] in _ROLES)  # `Judges should think …`
                or low in HONORIFICS or low in NOT_NAME_WORDS or low in stop_words() or low in MEDIA
                or party_name(word) or low in SPEECH_VERBS or len(word) < 3
                or not (word.isalpha() or _INITIAL_NAME.fullmatch(word)))  # (`Ch.Solongo`)


_SPEECH_CUT = re.compile(r"\s(?:said|says|told|added)\b")
_BRACKET_THEN_COMMA = re.compile(r"\(\s*[^()]{1,40}\)\s*,")
_APPOSITIVE_END = re.compile(r"[,.;:()]|\s(?:said|says|told|added|who|which)\b")


class Token:
    """One word of a paragraph: its core, the punctuation around it, offsets into `norm`.

    A plain slotted class: documents have hundreds of words and this is built for each.
    """

    __slots__ = ("start", "end", "word", "after", "before", "lower", "capitalised")

    def __init__(self, start: int, end: int, word: str, after: str = "", before: str = "") -> None:
        self.start = start
        self.end = end
        self.word = word  # core, edge punctuation and possessive removed
        self.after = after  # punctuation right after the core (",", ".", "'s", …)
        self.before = before  # punctuation right before the core ("\"", "(", …)
        self.lower = word.lower()
        first = word[:1]
        if not first.isupper():
            self.capitalised = False
        elif len(word) == 1 or _DOTTED.match(word):
            self.capitalised = after.startswith(".")  # an initial: George W. Bush, K.C. Varghese
        else:
            rest = word[1:]
            self.capitalised = rest != rest.upper()  # has a lower-case letter: not `MP`

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.start, self.end, self.word, self.after, self.before) == (
            other.start, other.end, other.word, other.after, other.before)

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.word!r}, {self.after!r}, {self.before!r})"


@dataclass
class Mention:
    paragraph: int
    start: int
    end: int
    surface: str  # as written, with any honorific, without a possessive 's
    entity: int = -1
    in_quote: bool = False
    sentence: int = -1


@dataclass
class Entity:
    name: str
    tokens: list[str]
    gender: str = ""
    role: str | None = None
    party: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: int = 0
    # gender read only from `chairman`/`spokesman`, words British copy uses for women too
    gender_weak: bool = False

    @property
    def surname(self) -> str:
        return self.tokens[-1]

    @property
    def first(self) -> str:
        return self.tokens[0]


@dataclass
class PeopleIndex:
    """Everyone a document names, and every mention of them in reading order."""

    entities: list[Entity]
    mentions: list[Mention]  # in document order
    tokens: list[list[Token]]  # per paragraph


_CLOSERS = ('"', "\u201d", "'", "\u2019")
_GLUED_COMMA = re.compile(r"(?<=[a-z],)(?=[a-z]{2})", re.I)
_COMMA_LETTER = re.compile(r",[A-Za-z]")  # (a literal first: a fast scan that is almost never met)


def tokenize(norm: str) -> list[Token]:
    """Words of a paragraph with the punctuation around each, offsets into `norm`."""
    out: list[Token] = []
    edge = _EDGE_PUNCT
    end = 0
    words = norm.split()  # (split and find: cheaper than a regex's match objects)
    if _COMMA_LETTER.search(norm) and _GLUED_COMMA.search(norm):
        # `the UK Independence Party,said`: a comma missing its space still ends a word
        words = [w for raw in words for w in (_GLUED_COMMA.split(raw) if "," in raw else (raw,))]
    for raw in words:
        start = norm.find(raw, end)  # (only spaces lie before it: this is where it starts)
        end = start + len(raw)
        if raw[0] not in edge and raw[-1] not in edge and "'" not in raw:
            out.append(Token(start, end, raw, "", ""))  # the common case: a bare word
            continue
        core = raw.strip(edge)
        if not core:
            continue
        lead = len(raw) - len(raw.lstrip(_EDGE_PUNCT))
        after = raw[lead + len(core) :]
        if core.endswith(("'s", "'S")):
            core, after = core[:-2], "'s" + after
        elif core.endswith("s'") and len(core) > 2:
            core, after = core[:-1], "'" + after
        if core:
            # Initials and abbreviated titles keep their full stop in `after`.
            s = start + lead
            out.append(Token(s, s + len(core), core, after, raw[:lead]))
    return out


def _is_title(tok: Token) -> bool:
    if tok.lower in _ADJECTIVE_RANKS and not tok.capitalised:
        return False  # `the first major Muslim nation`: an adjective, not Major X
    if tok.word == "MS":
        return False  # a Member of the Senedd (`Green MS Anwen Davies`), not Ms
    return tok.lower in SHORT_TITLES or tok.lower in HONORIFICS


_ADJECTIVE_RANKS = frozenset("major general private".split())


def _is_role(tok: Token) -> bool:
    if tok.word == "MS":
        return True  # `Green MS Anwen Davies`: a Member of the Senedd
    low = tok.lower
    return low in _ROLES or low in HONORIFICS or (
        "-" in low and low.rsplit("-", 1)[-1] in _ROLES  # ex-minister, co-founder
    ) or ("/" in low and low.rsplit("/", 1)[-1] in _ROLES)  # singer/songwriter


# Given names written short with a full stop: Filipino `Ma.` (María), `Md.`/`Mohd.` (Mohammad).
_GIVEN_SHORT = frozenset("Ma Md Mohd Muhd".split())


def _breaks_after(tok: Token) -> bool:
    """True when punctuation after the token ends a name run."""
    if not tok.after:
        return False
    if tok.after.startswith(".") and (len(tok.word) == 1 or tok.lower in _ABBREV_TITLES or tok.word in _GIVEN_SHORT):
        return len(tok.after) > 1  # `Sen.` or `W.` go on, `Sen.,` does not
    return True


def _runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Maximal runs [i, j) of capitalised tokens (particles allowed inside)."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        if not tokens[i].capitalised and not _bare_initials(tokens, i):
            i += 1
            continue
        j = i + 1
        while j < n and (not _breaks_after(tokens[j - 1]) or _leading_initials(tokens, i, j)) and not tokens[j].before:
            if _date_next(tokens, j):
                break  # `Conor Mac Giolla Rua | Sat Sep 11 2027`: a byline's name, then its time line
            if tokens[j].capitalised:
                j += 1
            elif (
                tokens[j].lower in _PARTICLES
                and j + 1 < n
                and tokens[j + 1].capitalised
                and not tokens[j].after
            ):
                j += 2
            elif (  # `George W Bush`: a bare initial between a first name and a surname
                len(tokens[j].word) == 1
                and tokens[j].word.isupper()
                and j + 1 < n
                and tokens[j + 1].capitalised
                and not tokens[j].after
                and tokens[j - 1].lower in first_names()
            ):
                j += 2
            elif (  # `Pushparam K.C.`: initials for a surname
                _DOTTED.match(tokens[j].word)
                and tokens[j].after.startswith(".")
                and tokens[j - 1].lower not in _ABBREV_TITLES
            ):
                j += 1
                break
            elif (  # `Jordi Casals i Ferrer`, `José Ortega y Gasset`: joined Iberian surnames
                tokens[j].word in _SURNAME_JOINERS
                and j - i >= 2
                and j + 1 < n
                and tokens[j + 1].capitalised
                and not tokens[j].after
                and not tokens[j - 1].after
            ):
                j += 2
            elif tokens[j].word in GENERATIONAL and j - i >= 2:
                j += 1  # `Kenneth Morgan Stancil III`: the suffix ends the name
                break
            elif tokens[j].lower in PATRONYMIC_AFTER and not tokens[j - 1].after and not tokens[j].before:
                j += 1  # `Talant Asan uulu`, `Aizada Sadyr kyzy`: the father's name and `son of`
                break
            elif (  # `Tom de la Mare`
                tokens[j].lower in _PARTICLES
                and j + 2 < n
                and tokens[j + 1].lower in _PARTICLES
                and tokens[j + 2].capitalised
                and not tokens[j].after
                and not tokens[j + 1].after
            ):
                j += 3
            else:
                break
        if (j < n and j - i >= 2 and tokens[j].word in GENERATIONAL and tokens[j - 1].after == ","
                and not tokens[j].before):
            j += 1  # `John Smith, Jr.`
        runs.append((i, j))
        i = j
    return runs


_DATE_ABBREVIATIONS = frozenset("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Monday Tuesday Wednesday Thursday "
                                 "Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())


def _date_next(tokens: list[Token], j: int) -> bool:
    """A day or month written short, then a date (`Sat Sep 11`, `Sep 11`): no word of a name."""
    return tokens[j].word in _DATE_ABBREVIATIONS and j + 1 < len(tokens) and (
        tokens[j + 1].word[:1].isdigit() or tokens[j + 1].word in _DATE_ABBREVIATIONS)


# `X is an ITAK candidate for …`, `X was a former minister`: a name, a copula, a role noun
# (the last of up to seven words before a preposition or the clause's end)
_IS_A = re.compile(r"\s+(?:is|was|has\s+been)\s+(?:a|an|the)\s+(?:[\w'’()-]+\s+){0,6}?([a-z][\w-]*)"
                   r"(?=\s+(?:for|of|in|at|from|with|who|and)\b|[,.;]|\s*$)")
# A name, perhaps a `who …` aside, then `said she …`: the gender its own report gives it.
_SAID_PRONOUN = re.compile(r"(?:,\s+who\s[^,\"“”]{2,100},)?\s+(?:has\s+|had\s+)?(?:said|says|told\s+\w+|added|"
                           r"explained|admitted|insisted)\s+(?:that\s+)?(he|she)\s")
_DOTTED = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")
# Capitals that are never a person's initials.
_NOT_INITIALS = frozenset("A I US UK UN EU PM MP GP TV IT AI OK CM DM DC SP HM VP AG PC DI DS DJ MC MD "
                          "GM CEO PR PT DA MK ID".split())


def _bare_initials(tokens: list[Token], i: int) -> bool:
    """`HN Chandrashekar`, `R Lalitha`: initials written without full stops (Indian copy)
    before a capitalised name, when they are no acronym the lexicon knows."""
    tok = tokens[i]
    word = tok.word
    if not (1 <= len(word) <= 2 and word.isalpha() and word.isupper()) or tok.after or i + 1 >= len(tokens):
        return False
    if word in _NOT_INITIALS or word in POSTNOMINALS or party_name(word) or tok.lower in HONORIFICS \
            or tok.lower in _ROLES or tok.lower in MEDIA:
        return False
    nxt = tokens[i + 1]
    if not (nxt.capitalised and not nxt.before and len(nxt.word) > 2 and not _is_title(nxt)
            and not _is_role(nxt) and nxt.lower not in NON_PERSON_WORDS and not party_name(nxt.word)):
        return False
    # one letter (`R Lalitha`) needs a known first name or a surname after it: `J Brand` is not one
    return len(word) == 2 or nxt.lower in first_names() or (
        i + 2 < len(tokens) and not nxt.after and tokens[i + 2].capitalised)


def _leading_initials(tokens: list[Token], i: int, j: int) -> bool:
    """`K.C. Varghese`, `T.R. Selvaganapathy`: initials that open a run go on to the name."""
    return j - 1 == i and bool(_DOTTED.match(tokens[i].word)) and tokens[i].after == "." \
        and tokens[j].capitalised and len(tokens[j].word) > 1


def _stopped_initial(tok: Token) -> bool:
    """An initial written with its full stop (`S.`, `K.C.`)."""
    return ((len(tok.word) == 1 and tok.word.isupper()) or bool(_DOTTED.match(tok.word))
            or tok.word in _GIVEN_SHORT) and tok.after.startswith(".")


def _shown(tok: Token) -> str:
    """A word of a name as written: an initial keeps its full stop."""
    return tok.word + "." if _stopped_initial(tok) else tok.word
# Generational suffixes: part of the name (`Kenneth Morgan Stancil III`, `Martin Luther
# King Jr.`), never its surname, so `Stancil` and `Mr King` still find the person.
GENERATIONAL = frozenset("Jr Sr Jnr Snr II III IV".split())


def _suffixed(tokens: list[Token], i: int, j: int) -> bool:
    """The run [i, j) ends in a generational suffix after at least one name word."""
    return j - i >= 2 and tokens[j - 1].word in GENERATIONAL and tokens[j - 2].capitalised


def _given_before(tokens: list[Token], i: int, x: int) -> bool:
    """Token x - 1 is a first name the list does not know, before the known one at x: a
    word that is nothing else, right after a title or role (`NFP MP Vikash Chandra Narayan`,
    `PUK lawmaker Shilan Omer Rasul`); never an office word (`Director of Public
    Prosecutions Alison Saunders`) or a word that opens the run (`Recorder Simon Farrell`)."""
    t = tokens[x - 1]
    if t.after or t.before or not t.capitalised or _prefix_word(t) or t.lower in stop_words() \
            or t.lower in _DAY_WORDS or t.lower.endswith(("ly", "ing", "ed", "s")) or party_name(t.word) \
            or is_base_verb(t.lower) or t.lower in _CALENDAR or occupation(t.lower) or "-" in t.word:
        return False  # (`Mr Recorder Simon Farrell`: a judge's title; `Local Self-Government X`)
    before = tokens[x - 2] if x - 1 > i else (tokens[i - 1] if i > 0 and not tokens[i - 1].capitalised else None)
    return before is not None and not before.after and (_is_title(before) or _is_role(before)
                                                        or before.lower in PORTFOLIO_WORDS)


def _name_word(t: Token) -> bool:
    """The word may be part of a name: no title, role, party or word that is never a name."""
    return not (_is_title(t) or _is_role(t) or t.lower in NOT_NAME_WORDS or party_name(t.word))


def _name_start(tokens: list[Token], i: int, j: int) -> int:
    """Index where the name proper begins inside a run (after titles and role words)."""
    names = first_names()
    if j - i >= 2 and _INITIAL_NAME.fullmatch(tokens[j - 1].word):
        return j - 1  # `Minister of Construction Ch.Solongo`: a Mongolian name is one word
    if j - i >= 2 and tokens[j - 1].lower.endswith(("dóttir", "dottir", "sson")) and len(tokens[j - 1].word) > 6:
        # `Centre Party MP Sigurlaug Eva Pálsdóttir`: an Icelandic patronymic carries the
        # given names before it, known or not
        x = j - 1
        while x - 1 >= i and j - x < 4 and tokens[x - 1].capitalised and not tokens[x - 1].after \
                and not (_is_title(tokens[x - 1]) or _is_role(tokens[x - 1]) or party_name(tokens[x - 1].word)
                         or tokens[x - 1].lower in NON_PERSON_WORDS):
            x -= 1
        if x < j - 1:
            return x
    for b in range(i + 1, j - 1):
        if tokens[b].word in _SON_OF:
            # `Minister Dr Khalid bin Yousif Al Mannai`, `Wan Nurul Huda binti Wan Ismail`: an
            # Arabic, Malay or Iban name runs from its given names before `bin` (`son of`) to its end
            if not (tokens[b - 1].capitalised and not tokens[b - 1].after and _name_word(tokens[b - 1])):
                break
            x = b - 1
            while x - 1 >= i and b - x < 3 and tokens[x - 1].capitalised and not tokens[x - 1].after \
                    and _name_word(tokens[x - 1]):
                x -= 1
            return x
    if j - i >= 3 and tokens[j - 1].lower in PATRONYMIC_AFTER:
        # `Deputy Aizada Sadyr kyzy`: a given name, the father's (a given name too), `daughter of`
        return j - 3 if _name_word(tokens[j - 3]) else j - 2
    if i > 0 and tokens[i - 1].lower in ("for", "of", "from", "in", "representing"):
        for x in range(i + 1, j - 1):
            # `NPP MP for Jaffna | S. Kugathasan`: after a seat or a place, a name opens on its initial
            if _stopped_initial(tokens[x]) and tokens[x - 1].lower not in names and not _stopped_initial(tokens[x - 1]):
                return x
    for x in range(i, j - 1):
        # `Minister of Finance Lê Minh Khoa`: a Vietnamese name starts at its family name
        if vietnamese_name([t.word for t in tokens[x:j]]):
            return x
    for x in range(i + 1, j - 1):
        # `Director of Public Prosecutions Alison Saunders`: the name starts at its first name,
        # but `Iain Duncan Smith` is one name: a first name right before keeps the run whole.
        if tokens[x].lower in names and not _is_title(tokens[x - 1]) and x >= j - 3:
            if tokens[x - 1].lower in names and not _prefix_word(tokens[x - 1]):
                continue
            if x == j - 2 and _given_before(tokens, i, x):
                return x - 1  # `Capital MP Yousif Ahmed Zainal`: a given name the list does not
                # know, before a second one it knows
            if _stopped_initial(tokens[x - 1]) or _bare_initials(tokens, x - 1):
                continue  # `S. Lakshmi Narayanan`, `CN Suresh Gowda`: initials before the first name
            if not any(_is_title(tokens[y]) or _is_role(tokens[y]) for y in range(x, j)):
                return x
    k = i
    last_title = -1
    for x in range(i, j):
        # a party word leads a name (`Liberal Democrat Sarah Teather`) but may end one (`Alan Green`)
        if x == j - 1 and x > i and tokens[x - 1].lower in names and not _is_title(tokens[x - 1]) \
                and tokens[x].lower not in _TITLE_NOT_SURNAME:
            continue  # `John Sergeant`, `Tom Bishop`: a role word as a surname
        if x == j - 1 and x - 1 > i and tokens[x].lower not in _TITLE_NOT_SURNAME \
                and tokens[x - 2].lower in names and not _prefix_word(tokens[x - 1]) \
                and not _prefix_word(tokens[x - 2]):
            continue  # `Martin Luther King`: a middle name the list does not know
        if _is_title(tokens[x]) or _is_role(tokens[x]) or (x < j - 1 and party_name(tokens[x].word)):
            last_title = x
    if last_title >= 0:
        k = last_title + 1
    while k + 2 < j and (tokens[k].lower, tokens[k + 1].lower) in PAIRED_HONORIFICS:
        k += 2  # `Tan Sri Rosli Hamid`
    while k + 2 <= j and tokens[k].lower in PORTFOLIO_WORDS and k > 0 and (
            tokens[k - 1].lower in ("and", "of", "for") or tokens[k - 1].lower in PORTFOLIO_WORDS):
        k += 1  # `Deputy Minister of Public Works and | Infrastructure | Mthunzi Gcabashe`: the portfolio's end
    while k < j and (tokens[k].lower in NOT_NAME_WORDS or tokens[k].lower.rstrip(".") in _PLURAL_TITLES
                     or (tokens[k].lower in _PARTICLES and not tokens[k].capitalised)
                     or (tokens[k].lower in DEMONYMS and k < j - 1)  # not `Mr German`
                     or (tokens[k].lower in _DAY_WORDS and k < j - 1)):  # `on Thursday Kalanick wrote`
        k += 1
    return k


_JUDGE_COURTESY = frozenset("lord lady mr mrs ms".split())
# First names that are also a language's article (`Les Misérables`, `Al Jazeera`).
_ARTICLE_NAMES = frozenset("les al".split())
# Ranks that a role before them does not include (`Police spokesman Major X`); not
# `general`, which ends offices (`Attorney General`).
_RANKS = frozenset("major lieutenant lt corporal brigadier captain capt colonel col sergeant sgt".split())
# Titles of religious life that stand in the name of someone known by one name.
_RELIGIOUS_TITLES = frozenset("sister father brother rev reverend pastor".split())
# Honorifics that are never a surname after a first name; `Edmund King`, `Igor Judge`
# and `John Speaker` are names (and `Aurélien Pastor`, `Tony Bishop`, `Jane Dean`).
_TITLE_NOT_SURNAME = frozenset(HONORIFICS) - {"king", "judge", "speaker", "prince", "major", "pastor", "bishop", "dean"}


def _prefix_word(tok: Token) -> bool:
    """A word that may stand in front of a name inside one capitalised run."""
    return (_is_title(tok) or _is_role(tok) or bool(party_name(tok.word))
            or tok.lower in NON_PERSON_WORDS or tok.lower in _PREPOSITIONS or tok.lower in _CALENDAR)


def _gender_of(first: str, title: str | None, last: str = "") -> str:
    if title and HONORIFICS.get(title.lower().rstrip("."), ""):
        return HONORIFICS[title.lower().rstrip(".")]
    return PATRONYMIC_AFTER.get(last.rsplit(" ", 1)[-1].lower(), "") or first_names().get(first.lower(), "")


# What the text says of a body, right after its name: `, which …` or a description whose
# head is a kind of body (`, a Timorese research and advocacy institute,`; not `, a Hungarian
# MEP from the group,`, a person in a body).
_THING_AFTER = re.compile(
    r",\s+(?:which\s|(?:a|an|the)\s+(?:(?!\b(?:of|from|for|at|in|with|on|to|by)\b)[^,;:()\"“”]){0,60}?\b(?:institute|organi[sz]ation|group|body|watchdog|"
    r"charity|NGO|movement|coalition|network|association|foundation|think[- ]tank|society|centre|center|"
    r"company|firm|agency|commission|committee|campaign|trust|lobby|forum|institution|platform)s?\s*[,.])")


def _non_person(words: list[str]) -> bool:
    low = [w.lower() for w in words]
    if not _STRONG_NON_PERSON.isdisjoint(low):
        return True
    if korean_name(words):
        return False
    if len(low) >= 2 and len(low[0]) >= 7 and low[0].endswith("ing") and low[0] not in first_names():
        return True  # `Praising Celtic and Rangers, she said`, `'Improving Opportunity, …'`
    if any("/" in w for w in low):
        return True  # `Ryan Loughlin/Press Eye`: a photo credit, not a name
    if not _PARTY_IN_OTHER_TONGUES.isdisjoint(low):
        return True  # `Gabungan Parti Sarawak`, `Barisan Nasional`, `Pakatan Harapan`: a party or coalition
    if low[-1] in ("bill", "act", "pati", "street", "park", "hall", "bridge", "square", "tower", "castle", "temple",
                   "mandir", "mosque", "masjid", "church", "cathedral", "gurdwara", "synagogue", "abbey",
                   "heights"):
        return True
    if len(low) >= 2 and low[-1].endswith(("ologist", "ician", "iatrist")) and low[0] not in first_names():
        return True  # `Consultant Clinical Oncologist`: a job title, capitalised
    if len(low) >= 2 and low[-1].endswith("s") and low[-1][:-1] in _ROLES and low[0] not in first_names():
        return True  # `Birmingham Magistrates' Court`, `Westminster Councillors`: a body
    known_first = len(low) >= 2 and low[0] in first_names()
    if known_first:
        pass  # Theresa May, Mike German: the weak words are surnames here
    elif not NON_PERSON_WORDS.isdisjoint(low):
        return True
    if low[0] in _LEADING_NON_PERSON:
        return True
    phrase = " ".join(low)
    if known_first:
        return phrase in MEDIA  # Michael Bloomberg is a person, Bloomberg an outlet
    if phrase in MEDIA or any(w in MEDIA for w in low if len(w) > 3):
        return True
    return bool(party_name(" ".join(words)))


_AUX_BEFORE_VERB = frozenset("has had have also will would later then has previously".split())


def _followed_by_speech(tokens: list[Token], j: int, aux: bool = False) -> bool:
    """`X said`, `X has promised`, `X, 56, said`, `X, D-N.Y., said`, `X, for the Lib Dems,
    added`, `X, who left after …, said`."""
    x = j
    while aux and x < len(tokens) and x - j < 2 and tokens[x].lower in _AUX_BEFORE_VERB and not tokens[x - 1].after:
        x += 1
    if x < len(tokens) and tokens[x].lower in SPEECH_VERBS and not tokens[x - 1].after:
        return True
    if x < len(tokens) and tokens[x].before == "(" and not tokens[x - 1].after:
        # `X (PN-Jeli) said`, `X (R, Ohio) said`: a short bracketed tag, then the verb
        for y in range(x, min(len(tokens) - 1, x + 5)):
            if tokens[y].after:
                return tokens[y].after == ")" and tokens[y + 1].lower in SPEECH_VERBS \
                    and not tokens[y + 1].before
    if tokens[j - 1].after.startswith(","):
        reach = 25 if j < len(tokens) and tokens[j].lower == "who" else 9
        for x in range(j, min(len(tokens) - 1, j + reach)):
            if tokens[x].after.startswith(","):
                return tokens[x + 1].lower in SPEECH_VERBS
            if tokens[x].after:
                return False
    return False


# Offices written as a title before a surname alone: `Chancellor Merkel`, `Prime Minister
# Modi`, `Premier Li`, `Taoiseach Kenny`, `Secretary Blinken`.
_OFFICE_TITLES = frozenset("chancellor minister premier secretary taoiseach tanaiste tánaiste "
                           "ayatollah sheikh".split())


def _office_title(c: _Cand, names: dict[str, str]) -> bool:
    """A capitalised office right before one word that could be a surname and is no
    known first name (`Prime Minister Theresa` is half a name)."""
    return bool(c.title and c.title[:1].isupper() and c.title.lower() in _OFFICE_TITLES
                and c.words[0].lower() not in names and _may_be_single_name(c.words[0]))


def _speech_attached(tokens: list[Token], j: int) -> bool:
    """`Putin told`, `Merkel has said`: a verb of speech right after the name, with no
    punctuation between, and not `X said it` / `X said its` (a country or a company)."""
    x = j
    while x < len(tokens) and x - j < 2 and tokens[x].lower in _AUX_BEFORE_VERB and not tokens[x - 1].after:
        x += 1
    if x >= len(tokens) or tokens[x].lower not in SPEECH_VERBS or tokens[x - 1].after \
            or tokens[x].lower.endswith("ing"):
        return False
    nxt = tokens[x + 1].lower if x + 1 < len(tokens) and not tokens[x].after else ""
    return nxt not in ("it", "its", "it's", "they", "their")


def _said_before(tokens: list[Token], k: int) -> bool:
    """`"…," said Merkel.`: an inverted verb right after a closing quote mark."""
    return k >= 2 and tokens[k - 1].lower in ("said", "says", "added", "adds", "told") \
        and not tokens[k - 1].after and '"' in tokens[k - 2].after


def _direct(tokens: list[Token], i: int, j: int) -> bool:
    """The name and its verb stand right against a direct quote: `"…," Trump said`,
    `"…," said Trump`, `Trump said: "…"`, `Putin told reporters: "…"`."""
    if i > 0 and '"' in tokens[i - 1].after:
        return True  # `"…," Trump said`
    if i > 1 and '"' in tokens[i - 2].after and tokens[i - 1].lower in SPEECH_VERBS:
        return True  # `"…," said Trump`
    for x in range(j, min(j + 3, len(tokens))):
        if tokens[x].after[:1] == ":":
            return x + 1 < len(tokens) and tokens[x + 1].before.startswith('"')
        if tokens[x].after:
            return False
    return False


_PLACE_BEFORE = frozenset("in into across throughout inside outside near visit visited visiting "
                          "invaded invade towards toward".split())
_PLACE_AFTER = frozenset("government governments ministry embassy border borders capital "
                         "authorities forces army troops military parliament king queen president "
                         "prime foreign".split())
# Words after a name that make it a body: a company, union, agency or group.
_BODY_AFTER = frozenset("shares shareholders staff employees workers customers stores shops "
                        "headquarters members executives subsidiary brand products website app "
                        "platform chief boss bosses board ceo".split())
_FIRST_SINGULAR = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|myself)\b")
_OPENS_HE_SHE = re.compile(r"\W*(?:He|She)\b")
_KIN = frozenset("wife husband son daughter sons daughters mother father brother sister children "
                 "family widow grandson granddaughter".split())
_TENURE = frozenset("administration presidency premiership chancellorship".split())
_TO_PRESS = frozenset("reporters journalists".split())


def _bare_speakers(doc: Document, cands: list[_Cand], para_tokens: list[list[Token]],
                   spans: list[tuple[int, int, int]]) -> None:
    """Mark as one-word people the bare speakers (`cand.bare`) the text treats as a person.

    No word the text also uses as a place (`in Jordan`, `Jordan's government`,
    `Jordanian`) or a body (`Tesco's shares`, `Google executives`, `Unison, which`), writes
    in lower case (`authorities`), or that is a state or seat of government (`Ukraine
    said`, `Beijing said`). Of the rest, a known first name is a person (`Chelsea said:`);
    any other word needs a capital where no sentence opens (not `Staff said: "…"`) and
    either to stand right against a direct quote (`"…," Trump said`, `Merkel added: "…"`)
    or one sign only a person gives: the next sentence opens with he or she, the words
    quoted in its sentence say `I`/`my`, it `told reporters` or `said he …`, or the text
    has `Trump's son` or `the Trump administration`. Linear in the text: one pass over
    the tokens, one per bare speaker.
    """
    bare = [c for c in cands if c.bare]
    if not bare:
        return
    names = first_names()
    wanted = {c.words[0].lower() for c in bare}
    places: set[str] = set()
    kin: set[str] = set()  # used as a person elsewhere
    proper: set[str] = set()  # capitalised where a sentence does not open: a name's capital
    for p, tokens in enumerate(para_tokens):
        for x, t in enumerate(tokens):
            if t.lower not in wanted:
                continue
            if t.capitalised and not t.before and x > 0 and _sentence_start(doc, p, t.start) != t.start:
                proper.add(t.lower)
            if t.after == "'s" and x + 1 < len(tokens) and tokens[x + 1].lower in _KIN \
                    or x > 0 and tokens[x - 1].lower == "the" and x + 1 < len(tokens) and not t.after \
                    and tokens[x + 1].lower in _TENURE:
                kin.add(t.lower)  # `Trump's son`, `the Putin presidency`
            if x > 0 and tokens[x - 1].lower in _PLACE_BEFORE and not tokens[x - 1].after:
                places.add(t.lower)
            if t.after == "'s" and x + 1 < len(tokens) and tokens[x + 1].lower in _PLACE_AFTER:
                places.add(t.lower)
            if t.after in ("'s", "") and x + 1 < len(tokens) and tokens[x + 1].lower in _BODY_AFTER \
                    or t.after == "," and x + 1 < len(tokens) and tokens[x + 1].lower == "which":
                places.add(t.lower)  # `Tesco's shares`, `Google executives`, `Unison, which`
    common = {t.word.lower() for tokens in para_tokens for t in tokens if t.word.lower() in wanted and t.word.islower()}
    demonyms = {t.lower for tokens in para_tokens for t in tokens if t.lower in DEMONYMS}
    for word in wanted:
        if len(word) >= 5 and any(d != word and d.startswith(word[:-1]) for d in demonyms):
            places.add(word)  # `Jordan said … Jordanian troops`
    quotes_in: dict[int, list[str]] = {}
    for p, start, end in spans:
        quotes_in.setdefault(_sentence_of(doc, p, start), []).append(doc.paragraphs[p].norm[start:end])
    person: set[str] = set()
    for c in bare:
        word = c.words[0].lower()
        if word in places:
            continue
        if word in names:
            person.add(word)
            continue
        if word in common or word in SEATS_OF_POWER or word in _STRONG_NON_PERSON:
            continue  # `Authorities said …` beside `the authorities`; `Beijing said`
        if word not in proper:
            continue  # `Staff said: "…"`, `Prosecutors said`: a capital only the sentence gives
        if _direct(para_tokens[c.paragraph], *c.run):
            person.add(word)  # `"…," Trump said`, `Merkel added: "…"`
            continue
        tokens = para_tokens[c.paragraph]
        i, j = c.run
        s_index = _sentence_of(doc, c.paragraph, tokens[i].start)
        nxt = doc.sentences[s_index + 1] if s_index + 1 < len(doc.sentences) else None
        verb = next((x for x in range(j, min(j + 3, len(tokens))) if tokens[x].lower in SPEECH_VERBS), None)
        if word in kin:
            person.add(word)
        elif verb is not None and verb + 1 < len(tokens) and not tokens[verb].after \
                and tokens[verb + 1].lower in ("he", "she"):
            person.add(word)  # `Trump said he would …`
        elif nxt is not None and nxt.paragraph - c.paragraph <= 1 and _OPENS_HE_SHE.match(nxt.norm):
            person.add(word)
        elif any(_FIRST_SINGULAR.search(q) for q in quotes_in.get(s_index, ())):
            person.add(word)
        elif j + 1 < len(tokens) and tokens[j].lower == "told" and tokens[j + 1].lower in _TO_PRESS:
            person.add(word)
    for c in bare:
        if c.words[0].lower() in person:
            c.alone = True


_CREDIT_HINT = re.compile(r"©|·|\([^():]{2,30}:\s|\sfor\s+(?:The\s+)?[A-Z][\w ]{2,30}\)|\b(?:[Bb]y|contributed|[Rr]eport(?:ing|ed)?|[Ee]dit(?:ing|ed)|[Ff]iles\s+from|"
                          r"[Cc]redit|[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage)\b|\s/\s")
_CREDIT_BEFORE = re.compile(
    r"(?:^|[(\[;|•]\s*|\b(?:[Aa]dditional|[Ee]xtra)\s+)(?:[Rr]eport(?:ing|ed)|[Ee]dit(?:ing|ed)|[Ww]rit(?:ing|ten)|"
    r"[Cc]ompil(?:ing|ed)|[Rr]esearch|[Gg]raphics?|[Pp]hotographs?|[Vv]ideo)\s+by:?\s+"
    r"(?:[A-Z][\w'.-]*(?:\s+|,\s*|\s+and\s+|\s*&\s*|\s+in\s+[A-Z][\w-]*\s*(?:,|and)?\s*))*$"
    r"|^(?:[Bb]y|BY)\s+(?:[A-Z][\w'.-]*(?:\s+|,\s*|\s+and\s+))*$"
    r"|^\s*[Ww]ith\s+files\s+from\s+(?:[A-Z][\w'.-]*(?:\s+|,\s*|\s+and\s+))*$"  # Canadian Press credit
    r"|(?:^|[\s(\[])(?:[Cc]redit|[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage)s?\s*:\s*$"  # `Credit: Lina Marquez for …`,
    # `(Photo: Stanley Ongwae, Standard)`
    r"|(?:^|\s)(?:[Pp]hoto|PIC|Pic)\s*$|\s/\s*$"  # `— VNA/VNS Photo Phạm Kiên`, `Keystone / Jonas Zürcher`
    # a section word or a date, then the byline: `Politics by X | 09 December 2026`, `… 2026 by X`
    r"|^(?:[A-Z][\w&]*(?:\s+[A-Z][\w&]*)?|.{0,40}\b(?:19|20)\d\d)\s+[Bb]y\s+(?:[A-Z][\w'.-]*\s+)*$"
)
_CREDIT_AFTER = re.compile(
    r"^(?:\s*(?:,|and|&)\s*(?:[A-Z][\w'.-]*\s*)+)*\s*(?:contributed|reported\b(?!\s+(?:that|on|to)\b)"
    r"|wrote\s+(?:from|this|the\s+(?:report|story|article))\b|wrote\s*[.;]?\s*$)"
    r"|^\s*(?:,\s*(?:[A-Z][\w'-]*\s+)*(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|"
    r"[Bb]ureau|[Ss]taff)\s*$)"
    r"|^\s*,\s*[^,]{2,40},\s+with\s+files\s+from\b"  # `Antoine Gervais, Montreal Gazette, with files from …`
)


_TIME_AFTER_BY = re.compile(
    r"^by\s+(?:\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|then|now|today|tonight)\b)", re.I)
_KNOWN_AS = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?:better\s+|popularly\s+|widely\s+|also\s+)?"
                       r"known\s+as\s+['\"‘“](?P<nick>[A-Z][\w'’-]+)['\"’”]")
_DOT_BYLINE = re.compile(r"^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,2}\s+·\s"
                         r"|^.{0,40}\bHeard\s+on\s+[A-Z]")  # (`March 10, 2027 5:00 AM ET Heard on Morning Edition`)
_DATE_TAIL = r"(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[^|]{0,60}"
_BYLINE_PARA = re.compile(
    r"^(?:By|BY|by)\s+[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|and|&))*\s*(?:[,|-].*|" + _DATE_TAIL + r"|from\s+[A-Z].{0,30})?$"
    r"|^(?:By|BY)\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3}\s+\d{1,2},?\s+(?:19|20)\d\d\s*$"  # `By X Y\nNov 17, 2026`
    r"|^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3}\s*\([A-Z]{2,6}\)\s*$"  # `Katharina Moser (APA)`
    r"|^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3},\s+[^,]{2,40},\s+with\s+files\s+from\b"  # `X, Gazette, with files from …`
    # `Lena Hartwig | Jonas Fröhlich`, `Ryo Tanabe and Claire Whitford`: names alone on a line
    r"|^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,2}(?:\s*(?:\||&|,|\band\b)\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,2})+"
    r"\s*(?:" + _DATE_TAIL + r")?$"
    # (`Agata Zawadzka in Warsaw`; either may run on to the date line: `… | Jonas Fröhlich 12/10/2026`)
    r"|^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,2}\s+in\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?\s*(?:" + _DATE_TAIL + r")?$"
    r"|^[A-Z][\w'.-]*\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?\s*$"  # a reporter's name alone on its line (NPR)
    # `Prashant Kumar Mahto\nRANCHI\nUpdated - July 09, 2027 09:14 pm IST`: the name, the
    # dateline's city in capitals, the time line (The Hindu)
    r"|^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,2}\s+[A-Z]{3,}(?:\s+[A-Z]{3,})?\s+"
    r"(?:Updated|UPDATED|Published|PUBLISHED|Posted|Last\s+updated)\b.{0,60}$"
    # `Conor Mac Giolla Rua\nSat Sep 11 2027 - 06:00`: the name's line, then the time line
    # (`Ahmed Nabil Hassanein , Tuesday 15 Dec 2026`)
    r"|^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3}\s*,?\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))[^|]{0,40}$"
    # `By political reporter Jasmine Odell`, `Rhiannon Pryce (now) and Daniel Okafor (earlier)`,
    # `Siôn Prydderch Chief political correspondent @SionPrydderch` (`X · CBC News · Posted: …`:
    # `_DOT_BYLINE`)
    r"|^(?:By|BY)\s+(?:[a-z]+\s+){1,3}[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,2}\s*$"
    r"|^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,2}\s+\((?:now|earlier|later)\)(?:\s+and\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,2}"
    r"\s+\((?:now|earlier|later)\))?\s*(?:" + _DATE_TAIL + r")?$"
    r"|^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,2}\s+(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,2}(?:correspondent|editor|reporter|writer)\b[^.]{0,40}$"
    # `Author: X` / `Reporter: X Editor: Y`, perhaps with a place and time (`Bishkek, 24.02.27 16:05`)
    r"|^(?:(?:Author|Authors|Reporter|Editor|Writer|Words|Text)\s*:\s*[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|da|de|kyzy|uulu|and|&|,))*\s*)+"
    r"(?:[A-Z][\w'-]*,?\s+\d[\d.:/ ]*)?$"
)


def _caption_credit(norm: str, tokens: list[Token], i: int, j: int) -> bool:
    """A short paragraph's last words are a two- or three-word name standing as a sentence of
    its own: `Sen. X speaks to reporters on Thursday, Feb. 4, 2027. Tomás Kerr`, a caption's
    photographer."""
    return len(norm) < 250 and 2 <= j - i <= 3 and j == len(tokens) and not tokens[j - 1].after.strip(".") \
        and i > 0 and tokens[i - 1].after.startswith(".") and not tokens[i - 1].after.startswith(".\"") \
        and len(tokens[i - 1].word) > 2  # (not `Sen. | X`, `Feb. | 4`: abbreviations)


def _is_credit(norm: str, tokens: list[Token], i: int, j: int, sent_start: int) -> bool:
    """A byline or credit, not a person in the story: `Reporting by X; editing by Y`,
    `By John Smith, Political Correspondent`, `CNN's Jane Doe contributed to this report`."""
    if _DOT_BYLINE.match(norm):
        return True  # `Catherine Morin-Leduc · CBC News · Posted: …`
    if len(tokens) <= 20 and _BYLINE_PARA.match(norm) and tokens[1].lower not in _CALENDAR \
            and not tokens[1].word[:1].isdigit():
        return True  # a byline paragraph: `By Jane Smith and Ken Lo, BBC News`
    before = norm[sent_start : tokens[i].start]
    if before.rstrip().endswith("©"):
        return True  # `© Léa Fontenay, AFP`: a photographer's copyright
    outlet = re.search(r"\(([^():]{2,30}):\s*$", before)
    if outlet and outlet.group(1).strip().lower() in MEDIA:
        return True  # `(ABC News: Callum Mather)`: a photographer's credit
    if before.rstrip().endswith("(") and re.match(r"\s+for\s+(?:The\s+)?[A-Z][\w ]{2,30}\)", norm[tokens[j - 1].end :]):
        return True  # `(Kenneth Amaro for The Washington Post)`
    # (every credit before the name has a `by` or `files from`: a fast test before the search)
    found = _CREDIT_BEFORE.search(before) if "by" in before or before[:2] in ("By", "BY") \
        or "files from" in before or before.rstrip().endswith((":", "/", "Photo", "PIC", "Pic")) else None
    if found and not (found.group().lower().startswith("by") and _TIME_AFTER_BY.match(found.group())):
        return True
    rest = norm[tokens[j - 1].end : tokens[j - 1].end + 80].split(".")[0] if j else ""
    return bool(_CREDIT_AFTER.match(rest))


def _body_of(tokens: list[Token], i: int) -> bool:
    """True when a run hangs off a body's name by `for`/`of`/`on` (`Department for
    Constitutional Affairs`, `Ministry of Defence`): a fragment of that name."""
    if i < 2 or tokens[i - 1].lower not in ("for", "of", "on") or tokens[i - 1].after or tokens[i - 2].after:
        return False
    head = tokens[i - 2]
    return head.capitalised and (head.lower in NON_PERSON_WORDS or _is_role(head) or head.lower in _BODY_HEADS)


def _portfolio_then_name(tokens: list[Token], i: int, words: list[str]) -> bool:
    """`Minister for Housing Cathal Moran`: a person's office with its portfolio, then two or
    more name words, is a person, where `Minister of State Health` ends in a fragment."""
    head = tokens[i - 2]
    return len(words) >= 2 and head.lower in ROLE_NOUNS and head.lower not in _BODY_ONLY_HEADS


_BODY_ONLY_HEADS = frozenset("department ministry office committee commission institute society board "
                             "council court bureau agency".split())
_BODY_HEADS = frozenset("secretary minister department ministry office committee commission "
                        "institute society board council court bureau agency".split())
_PREPOSITIONS = frozenset("of for at from by with in on the to into against".split())
# Portfolios that end in -ing like a verb: `housing secretary`, `policing minister`.
_SECTOR_ING = frozenset("housing planning policing licensing banking farming fishing building "
                        "nursing broadcasting training marketing engineering gambling".split())


def _role_before(tokens: list[Token], i: int, norm: str, allow_comma: bool = False) -> tuple[str | None, int]:
    """Role words right before a name (`Shadow transport secretary`), as written."""
    if i == 0:
        return None, i
    k = i - 1
    head = tokens[k]
    if head.after and not (head.after.startswith(".") and head.lower in _ABBREV_TITLES):
        if not (allow_comma and head.after == ","):
            return None, i
    if not _is_role(head) and not party_name(head.word):
        # `spokeswoman for women Sandra Gidley`: a role noun, then for/on/of and 1-2 words
        for h in (k - 1, k - 2):
            if h < 1 or tokens[h].lower not in ("for", "on", "of") or not _is_role(tokens[h - 1]):
                continue
            if any(tokens[x].after or tokens[x].before for x in range(h - 1, k)):
                continue
            _, s = _role_before(tokens, h, norm)
            return norm[tokens[s].start : tokens[k].end], s
        if head.lower in PORTFOLIO_WORDS and head.capitalised:
            # `Minister of Finance and Economy Rebwar Aziz Baban`: the office's portfolio, then
            # back to its role noun
            for h in range(k - 1, max(-1, k - 7), -1):
                t = tokens[h]
                if t.after or t.before:
                    break
                if _is_role(t) and t.capitalised:
                    _, s = _role_before(tokens, h + 1, norm)
                    return norm[tokens[s].start : tokens[k].end], s
                if not (t.capitalised or t.lower in ("and", "of", "for", "the")):
                    break
        return None, i
    start = k
    while k - 1 >= 0:
        t = tokens[k - 1]
        if t.after and not (t.after.startswith(".") and t.lower in _ABBREV_TITLES):
            break
        # another person's name is no part of this one's role: `Attorney General Eric Holder
        # and Vice President Joe Biden`, `Michael Howard met Scottish First Minister X`
        if _name_end(tokens, k - 1) or (not t.capitalised and _name_end(tokens, k - 2)):
            break
        low = t.lower
        if t.before or not t.word[:1].isalnum():
            break  # `the challenge – Lord Justice X`: a dash ends the role
        if low in ("and", "of", "for"):
            # keep `Trade and Industry`, `Secretary of State for`, not `…, and` or `Kemi
            # Badenoch and minister`
            if k - 2 < 0 or not tokens[k - 2].capitalised or tokens[k - 2].after:
                break
            if tokens[k - 2].lower in first_names() or (low == "and" and not tokens[k].capitalised):
                break
            if low == "and" and _is_role(tokens[k - 2]):
                break
            if low == "and" and tokens[k].lower.rstrip(".") in _ABBREV_TITLES:
                break  # `Rep. X of Dodge City and | Rep. Luisa Carrillo`: a second person's title
            if low == "and" and k - 3 >= 0 and _is_title(tokens[k - 3]) and not tokens[k - 3].after[:1] == ",":
                break  # `President Clinton and Prince Harry`: the run before `and` is a person  # `the Cardinal and Archbishop of Canterbury Dr Rowan Williams`: two people
            start = k - 1
            k -= 1
            continue
        if low in _ROLE_STOP or low in SPEECH_VERBS or low in _CALENDAR:
            break
        if not t.capitalised and (low.endswith("ed") or low.endswith("ing") or low.endswith("ly")):
            if low not in _ROLES and low not in _SECTOR_ING:
                break
        if not t.capitalised and ((k - 2 >= 0 and tokens[k - 2].lower == "to" and (
                is_base_verb(low) or low not in _ROLES and low not in _NOT_INFINITIVE))
                                  or (is_verb_form(low) and low not in _ROLES)):
            break  # `is due to join | election supremo Alan Milburn`, `Tony Blair has met | Italian
            # Prime Minister Silvio Berlusconi`: the verb is no part of the role
        if t.word[:1].isdigit():
            break
        start = k - 1
        k -= 1
        if i - start >= 8:
            break
    while start < i and tokens[start].lower in ("and", "of", "for"):
        start += 1
    if start >= i:
        return None, i
    end = tokens[i - 1].end
    if tokens[i - 1].after.startswith(".") and tokens[i - 1].lower in _ABBREV_TITLES:
        end += 1  # `Sen.`, `Rep.` as written
    return norm[tokens[start].start : end], start


def _name_end(tokens: list[Token], x: int) -> bool:
    """True when token x ends a `First Surname` pair (a known first name before it)."""
    if x < 1 or not tokens[x].capitalised or _is_role(tokens[x]) or tokens[x - 1].after:
        return False
    prev = tokens[x - 1]
    return prev.capitalised and prev.lower in first_names() and not _is_role(prev)


_SHORT_GLOSS = re.compile(r"\s\([A-Z][\w-]{1,8}\)(?=[\s,.;])")  # `(PD)`, `(Lewica)`


def _name_after_seat(tokens: list[Token], k: int, j: int) -> int | None:
    """Where a name starts in a run that opens with the tail of a seat's name (`Spain North
    Kerwyn Baptiste`, after `MP for Port of`): after its last compass word, when two or
    three capitalised words follow and a verb of speech or a comma comes next."""
    c = max((x for x in range(k, j - 2) if tokens[x].lower in _COMPASS), default=None)  # (`West`
    # alone opens the run after `St Ann's`)
    if c is None or not 2 <= j - c - 1 <= 3 or tokens[c].after:
        return None
    if any(tokens[x].lower in _COMPASS or not tokens[x].capitalised for x in range(c + 1, j)):
        return None
    if not ("," in tokens[j - 1].after[:1] or j < len(tokens) and tokens[j].lower in SPEECH_VERBS):
        return None
    return c + 1


_NAMED_FIGURE = re.compile(r"\d+-[A-Z]")
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozen several many".split())


def _is_count(word: str) -> bool:
    """`five`, `12`, `several`: how many of a group, before its plural noun."""
    return word.isdigit() or word.lower() in _COUNT_WORDS


def _role_after(tokens: list[Token], j: int, norm: str) -> str | None:
    """An appositive role after a name: `David Frost, director general of the BCC, warned`."""
    after = tokens[j - 1].after[1:] if _DOTTED.match(tokens[j - 1].word) else tokens[j - 1].after
    if not after and j < len(tokens) and tokens[j].lower == "of" and (member := _MEMBER_OF.match(norm, tokens[j - 1].end)) \
            and (_political(member.group(1)) or party_name(member.group(1))):
        # `Rudy Siregar of the Golkar Party, a deputy chairman of Commission II,`: past the party
        close = next((x for x in range(j, min(j + 10, len(tokens))) if tokens[x].end >= member.end(1)), None)
        if close is not None:
            j, after = close + 1, tokens[close].after
    if not after and j < len(tokens) and tokens[j].before.startswith("("):
        # `S. Thinagaran (PH-Sungai Siput), a PKR backbencher,`: past a short tag in brackets
        close = next((x for x in range(j, min(j + 4, len(tokens))) if tokens[x].after.startswith(")")), None)
        if close is not None:
            j, after = close + 1, tokens[close].after[1:]
    if j >= len(tokens) or not after.startswith(","):
        return None
    bracketed = j > 0 and tokens[j - 1].after.startswith(")")
    rest = norm[tokens[j].start : tokens[j].start + 120]
    if "(" in rest:  # `the whip of the Democratic Party (PD) in the Senate`: read past the gloss
        rest = _SHORT_GLOSS.sub("", rest)
    age = _AGE.match(rest)  # `Salle Keita, 45, a cleaner`
    if age:
        rest = rest[age.end() :]
    cut = _APPOSITIVE_END.search(rest)
    chunk = rest[: cut.start()] if cut else rest
    words = chunk.split()
    if len(words) > 12:
        # `Dan Whitt, director of polling at the Roanoke College Institute for Policy and
        # Opinion Research,`: the post, without the long name of where it is held
        at = next((x for x in range(1, 8) if words[x] in ("at", "with") and any(_role_word(w) for w in words[:x])), None)
        if at is not None:
            words = words[:at]
    if not words or len(words) > 12:
        return None
    if len(words) == 1 and words[0] in ("defending", "prosecuting") and cut is not None and rest[cut.start()] == ",":
        return words[0]  # court copy: `David Houldcroft, defending, said`
    if len(words) > 2 and words[0] in ("now", "currently", "still", "also", "later") \
            and words[1].lower() in ("the", "a", "an"):
        words = words[1:]  # `Glenys, now a Labour MEP`
    if len(words) > 3 and words[0].lower() == "one" and words[1] == "of" and not bracketed:
        # `Keo Sambath, one of five FUNCINPEC lawmakers in the 125-seat Assembly,`: one of them
        rest_words = words[2:]
        while rest_words and (rest_words[0].lower() in ("the", "his", "her", "their", "its") or _is_count(rest_words[0])):
            rest_words = rest_words[1:]  # (`one of the three disqualified members`)
        plural = next((x for x, w in enumerate(rest_words[:5]) if w.endswith("s") and _role_word(w[:-1])), None)
        if plural is None:
            return None
        words = ["a", *rest_words[:plural], rest_words[plural][:-1]]
    article = words[0].lower() in ("the", "a", "an")
    if bracketed and not article and not (words[0].islower() and _role_word(words[0])):
        return None  # `Left Bloc (BE), PAN and Livre elected …`: a list goes on, not a description
    if article:
        words = words[1:]
    if words and _YEAR_OLD.match(words[0]):
        words = words[1:]  # `a 25-year-old doctor from Bolton`
    if not article and words and words[0].islower() and (
            words[0] in _CLAUSE_WORDS or words[0] in SPEECH_VERBS or words[0] in _IRREGULAR_VERBS
            or words[0].endswith("ed")):
        return None  # `… under Mr Blair, became Britain's longest-serving chancellor`
    if any(w in ("surnamed", "named", "called") for w in words):
        return None  # `In downtown Seoul, a 34-year-old office worker surnamed Jung`: someone else
    if not words or words[0].lower() in ("who", "which", "whose") or words[0][:1].isdigit() and not _NAMED_FIGURE.match(words[0]):
        return None  # (but `a 5-Star Movement (M5S) lawmaker`: a party's name)
    head = _head_noun(words)
    if not any(_role_word(w) for w in words[:8]) and not (article and occupation(head)):
        return None
    if any(w.lower() == "and" and (nxt.lower() in _DETERMINERS or nxt.endswith(("'s", "s'")))
           for w, nxt in zip(words, words[1:], strict=False)):
        return None  # `they found Barnes, the girl and Silvonek's husband, David`: a list
    for x in range(1, len(words)):
        if words[x].lower() in ("from", "with") and (_role_word(words[x - 1]) or occupation(words[x - 1].lower())):
            words = words[:x]  # `a doctor from Bolton`, `an officer with the police in Uppsala`
            break
    if cut is not None and article and rest.startswith(" who", cut.start()):
        pass  # `X, a doctor who treated him, said`: the clause tells which doctor
    elif cut is not None and _BRACKET_THEN_COMMA.match(rest, cut.start()):
        pass  # `X, an MP from The Left (Lewica), said`: the bracket glosses the role's last words
    elif cut is None or (rest[cut.start()] not in ",.;" and not _SPEECH_CUT.match(rest, cut.start())):
        return None  # `X, head of policy at Y said`: a missing comma before the verb is common
    return " ".join(words)


_WHO_IS = re.compile(
    r"(?:,\s*(?:aged\s+)?\d{1,3})?,\s+who\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|now\s+|still\s+)?"
    r"(?:the\s+|a\s+|an\s+)?([^,.;:\"]{2,60}?)\s*[,.;]"
    r"|,\s+who\s+as\s+(?:the\s+|a\s+|an\s+)((?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    r"(?:did|does|do|was|is|had|has|would|could|will|can|may|must)\b")


_COPULA_ROLE = re.compile(r"\s+(?:is|was)\s+(?:now\s+|then\s+|also\s+)?(?:the\s+|a\s+|an\s+)?"
                          r"((?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?=\s+(?:during|in|at|for|from|until|when|of|and|since)\b|\s*[,.;])")


def _role_copula(norm: str, end: int) -> str | None:
    """`Sir John Gieve was Home Office permanent secretary during the saga`: the sentence's
    subject, then `is`/`was` and a post whose head is a role word."""
    m = _COPULA_ROLE.match(norm, end)
    if m is None:
        return None
    words = m.group(1).split()
    if not _role_word(words[-1]) or _status_role(words[-1]) or any(
            w.lower() in SPEECH_VERBS or w.lower() in _CLAUSE_WORDS or w.lower().endswith("ed") for w in words):
        return None  # `was charged`, `is a victim`
    return m.group(1)


def _role_who_is(norm: str, end: int) -> str | None:
    """`Lord Woolf, who is Lord Chief Justice of England and Wales, was …`, `Lord Hutton,
    who as a law lord did not …`: a relative clause that only states the person's post."""
    m = _WHO_IS.match(norm, end)
    if m is None:
        return None
    role = m.group(1) or m.group(2)
    words = role.split()
    if len(words) > 8:
        return None
    head = _head_noun(words)
    if not (_role_word(head) or head in HONORIFICS) or any(w.lower() in SPEECH_VERBS or w.lower() in _CLAUSE_WORDS for w in words):
        return None  # `who is paid by the council`, `who was told …`
    return role


# `X, 45,`; in a photo caption `X, 28 (left), and Y, 27 (right)`
_AGE_AFTER = re.compile(r",\s*(?:aged\s+)?\d{1,3}\s*(?:\((?:left|right|centre|center|pictured|above|below|"
                        r"inset|top|bottom|far left|far right)\)\s*(?:[,.;]|$|(?=[A-Z]))|[,.;])")
_YEAR_OLD = re.compile(r"^\d{1,3}-year-old$", re.I)
_AGE = re.compile(r"(?:aged\s+)?\d{1,3},\s+")
_OCCUPATION_SUFFIX = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee", "eer", "ive", "ress")
_NOT_OCCUPATION = frozenset("other another number member former order matter error water paper "
                            "centre center winter summer letter corner border quarter power "
                            "moment event percent parent present government statement agreement "
                            "development department comment talent content extent accident "
                            "incident recent student resident patient client".split())


_PARTY_NAME_HEADS = frozenset("Party Alliance Movement Congress Front Union Coalition League Forum".split())


def _head_noun(words: list[str]) -> str:
    """The head of a noun phrase: the word before `of`/`for`/`at`/`in`, else the last."""
    for x, w in enumerate(words):
        if x and w.lower() in ("of", "for", "at", "in", "with", "from", "on"):
            if words[x - 1][:1].isupper() and not _role_word(words[x - 1]) and x + 1 < len(words) \
                    and words[x + 1][:1].isupper() and any(v in _PARTY_NAME_HEADS for v in words[x + 1 : -1]):
                continue  # inside a party's name: `the Democracy for Citizens Party candidate`
            return words[x - 1].lower().strip(".,'")
    return words[-1].lower().strip(".,'")


def occupation(word: str) -> bool:
    """`cleaner`, `administrator`, `pharmacist`: a noun that names what someone does."""
    return (word.isalpha() and len(word) > 4 and word.endswith(_OCCUPATION_SUFFIX)
            and word not in _NOT_OCCUPATION) or word in ("student", "resident", "patient", "pensioner")


# `The chair of …, X | of the National Coalition Party (NCP),`: the party, then the closing comma
_TAG_THEN_COMMA = re.compile(r"\s*\([^()]{1,40}\)\s*,")
_OF_BODY_THEN_COMMA = re.compile(r"\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*(?:\s+\([A-Z]{2,8}\))?\s*,")


def _role_before_comma(tokens: list[Token], i: int, j: int, norm: str, sentence_start: int) -> str | None:
    """`The Shadow Secretary of State for the Family, Theresa May, said`."""
    if i == 0 or not tokens[i - 1].after.startswith((",", "),")) or j > len(tokens):
        return None  # (`the secretary general of the United Democratic Alliance (UDA), X`)
    if not (tokens[j - 1].after.startswith((",", ".")) or j == len(tokens)
            or _OF_BODY_THEN_COMMA.match(norm, tokens[j - 1].end)
            or _TAG_THEN_COMMA.match(norm, tokens[j - 1].end)  # `…, Nana X (NPP), said`
            or (tokens[j].word in _HONOURS_AFTER and not tokens[j - 1].after)):
        return None  # (`The chairman of the Bar Council, Guy Mansfield QC has warned`: the
        # rank after the name closes it as a comma would)
    end = tokens[i - 1].end + (1 if tokens[i - 1].after.startswith(")") else 0)
    left = norm[sentence_start:end]
    chunk = re.split(r"[,;:.\"]", left)[-1]
    words = chunk.split()
    low = [w.lower() for w in words]
    verbs = [x for x, w in enumerate(low) if w in _CLAUSE_WORDS
             or (w.endswith("ed") and not _role_word(w) and words[x][:1].islower())]  # (not `Ofsted chief`)
    if verbs:  # `Madrid is being represented by Spain's director general for Europe, X`
        words, low = words[verbs[-1] + 1 :], low[verbs[-1] + 1 :]
    if "as" in low:  # `his predecessor as Cabinet Secretary, Lord Armstrong`
        words = words[len(low) - low[::-1].index("as") :]
    else:
        # `… confided in the show's presenter, Jonathan Maitland`: from the last determiner
        # that opens a phrase with a role word in it
        dets = [x for x, w in enumerate(low) if w in _DETERMINERS and any(_role_word(v) for v in words[x:])]
        if dets:
            words = words[dets[-1] :]
    if not 1 <= len(words) <= 10:
        # `backed by his predecessor as Cabinet Secretary, Lord Armstrong`: the role words
        # right before the comma
        role, _ = _role_before(tokens, i, norm, allow_comma=True)
        return role
    if words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words or not any(_role_word(w) for w in words):
        return None
    if not _role_word(_head_noun(words)):
        return None  # `her daughter and the girl's boyfriend, X`: the head is no role
    if any(w.lower() in SPEECH_VERBS for w in words):
        return None
    return _TRAILING_GLOSS.sub("", " ".join(words))


_TRAILING_GLOSS = re.compile(r"\s*\([A-Z][A-Z0-9&-]{1,9}\)$")  # `… Alliance (UDA)`: the body's letters


_IRREGULAR_VERBS = frozenset("became become becomes made makes took takes gave gives won wins lost "
                             "loses went goes came comes saw sees left leaves put puts set sets led "
                             "leads held holds ran runs sent sends got gets kept keeps began begins "
                             "brought brings thought thinks felt feels stood stands faces faced "
                             "wants needs must may might should shall".split())
_CLAUSE_WORDS = frozenset("is was are were be been being by has have had will would can could "
                          "met meets meet told tells said says with to".split())
_DETERMINERS = frozenset("the a an his her their its".split())


# What someone is in an incident or a case, not their job: a job the text also gives wins.
_STATUS_ROLES = frozenset("victim witness eyewitness survivor defendant co-defendant suspect bystander "
                          "neighbour neighbor claimant plaintiff complainant "
                          # kin: `his future wife Glenys, now a Labour MEP` is the MEP
                          "wife husband son daughter father mother brother sister widow widower "
                          "fiancee fiancée fiance fiancé girlfriend boyfriend".split())


def _status_role(role: str) -> bool:
    """What someone is in an incident or to someone (`victim`, `the son of X and Y`), not a job."""
    words = role.split()
    return words[-1].lower().strip(".,'") in _STATUS_ROLES or _head_noun(words) in _STATUS_ROLES


def _role_word(word: str) -> bool:
    if word.strip(".,'") == "MS":
        return True  # a Member of the Senedd
    low = word.lower().strip(".,'")
    return low in _ROLES or low.rsplit("-", 1)[-1] in _ROLES or low.rsplit("/", 1)[-1] in _ROLES


_FOR_PARTY = re.compile(r"\s*(?:for|of)\s+the\s+([A-Z][\w ]{2,30}?)\s*,")
_OF_PARTY = re.compile(r"\s+(?:of|for)\s+the\s+([A-Z][\w' ]{1,40}?)(?:\s+\([\w-]{2,8}\))?"
                       r"(?=\s*[,.;]|\s+(?:said|says|told|added|has|had|is|was|who|and)\b)")  # (`… Democrats (SPÖ) said`)
_LETTERS_NEXT = re.compile(r"\s*\([A-Z]{2,6}(?:-[A-Z]{1,4})?\)")
_MEMBER_OF = re.compile(r"\s+of\s+the\s+(?:(?:opposition|ruling|governing|main)\s+)?"
                        r"([A-Z][\w'’–-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’–-]*){1,5})(?=\s*[(,.;]|\s+(?:said|says|told|who)\b)")
POSTNOMINALS = frozenset("MP MSP MS MEP AM MLA MPL MCA MPP MLC MHA QC KC TD".split())  # (`Margaret Moran MP`)
_HONOURS_AFTER = frozenset("QC KC".split())
_DASH_ROLE = re.compile(r"\s+[-–—]+\s+(?:a|an|the)\s+([^-–—,.;]{3,60}?)\s+[-–—]+\s")


def _role_postnominal(tokens: list[Token], j: int, norm: str) -> str | None:
    """`Margaret Moran MP`, `Lord Bingham - a senior law lord - said`."""
    if j < len(tokens) and tokens[j].word in POSTNOMINALS and not tokens[j - 1].after:
        return tokens[j].word
    m = _DASH_ROLE.match(norm, tokens[j - 1].end)
    if m and any(_role_word(w) for w in m.group(1).split()):
        return m.group(1)
    return None


def _owner_party(tokens: list[Token], at: int) -> str | None:
    """The party owning a role that starts at token `at`: `the Scottish National Party's`."""
    owner = tokens[at - 1]
    if owner.after != "'s" or not owner.capitalised:
        return None
    x = at - 1
    while x > 0 and at - x < 4 and tokens[x - 1].capitalised and not tokens[x - 1].after:
        x -= 1
    return _party_in(" ".join(t.word for t in tokens[x:at]))


def _party_in(text: str | None) -> str | None:
    if not text:
        return None
    for m in PARTY_RE.finditer(text):
        name = party_name(m.group())
        if _members_next(text, m.end()) and _of_another(text, m):
            continue  # `a friend of the Tory leader`: the leader's party, not this person's
        if name and name not in ("Brexit Party",):
            return name
    return None


def _sentence_of(doc: Document, paragraph: int, pos: int) -> int:
    para = doc.paragraphs[paragraph]
    for s in para.sentences:
        if s.start <= pos < s.end:
            return s.index
    return para.sentences[-1].index if para.sentences else -1


def _sentence_start(doc: Document, paragraph: int, pos: int) -> int:
    for s in doc.paragraphs[paragraph].sentences:
        if s.start <= pos < s.end:
            return s.start
    return 0


@dataclass
class _Cand:
    paragraph: int
    run: tuple[int, int]
    name_at: int  # first token of the name proper
    words: list[str]
    title: str | None
    evidence: bool
    role: str | None
    party: str | None
    speaks: bool = False
    after_preposition: bool = False
    peer_of: str = ""  # ` of Birkenhead` after a peer's title and name
    listed: bool = False  # a surname in a list after a plural person noun (`defendants A, B and C`)
    alone: bool = False  # one word that is a person's name by itself (`Doaa, 20,`, `named Umm`)
    # one word that a verb of speech attaches to with nothing between (`Putin told`,
    # `," said Merkel`): a person only on evidence from the rest of the text
    bare: bool = False
    suffix: str = ""  # a generational suffix after the name (`III`, `Jr.`)
    bracketed: bool = False  # a short capitalised tag in brackets right after (`Kersti Vaher (Reform)`)
    kept: str = ""  # a title kept in the name of someone given no first name (`Lord Justice`)
    # the singular of a plural role a list of names spells out (`MPs - A, B and C -`): the
    # role of each only when the text gives them no role of their own
    group_role: str = ""


_PLURAL_PEOPLE = re.compile(
    r"^(?:defendants|suspects|accused|men|women|brothers|sisters|ministers|mps|msps|meps|peers|"
    r"candidates|members|officers|soldiers|players|judges|lawyers|directors|councillors|senators|"
    r"colleagues|rebels|detainees|prisoners|victims|journalists|reporters|officials)$"
)
# A plural role noun that a list of names after a dash or colon spells out.
_PLURAL_ROLE = re.compile(r"\b([a-z]+s|M[SE]?Ps|AMs|MLAs)(?:\s+who\s[^–—:;\"]{0,80}?)?(?:\s*[–—:]|\s+-)?\s*$")
# A plural title before a list of names, and the title each of them holds.
_SINGULAR_TITLES = {"Reps.": "Rep.", "Sens.": "Sen.", "Senators": "Senator", "Justices": "Justice",
                    "Representatives": "Representative", "Councillors": "Councillor", "Cllrs": "Cllr"}
_PLURAL_TITLE_BEFORE = re.compile(r"\b(" + "|".join(re.escape(t) for t in _SINGULAR_TITLES) + r")\s+$")
# Between two names of a list: a comma or `and`, perhaps after an age or a party tag in brackets.
_LIST_GAP = re.compile(r"^(?:\s*\([^()]{1,20}\))?(?:\s*,\s*(?:aged\s+)?\d{1,3})?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$")


# Function words that title case capitalises inside the name of a work (`No More Mr
# Nasty`, `Mr Smith Goes to Washington`), never inside a person's name or title.
_TITLE_CASE_WORDS = frozenset("no more not never the is are was my your our their its it this "
                              "that me you we goes with".split())
# Nouns for things a name is given to: `a group called X`, `a show named X` name no person.
_THING_NAMED = re.compile(
    r"\b(?:group|band|company|firm|charity|organi[sz]ation|show|programme|program|series|film|"
    r"book|documentary|website|site|app|campaign|scheme|project|initiative|network|club|team|"
    r"party|movement|business|brand|product|song|album|game|ship|boat|horse|dog|cat|operation|"
    r"report|bill|plan|event|festival|fund|foundation|shop|store|restaurant|bar|venture)s?,?\s+"
    r"(?:called|named|dubbed|known\s+as)\s+[\"'‘“]?$", re.I)


def _work_title(tokens: list[Token], i: int, k: int, norm: str, doc: Document, p_index: int) -> bool:
    """The run [i, …) names a work, a show or a body, not a person: a capitalised `The`
    inside a sentence right before the name (`Ms X, who presents The Weakest Link, said`),
    a title-case function word before a title in the run (`No More Mr Nasty`), or a thing's
    name after `a group called`."""
    if tokens[i].word == "The" and k == i + 1 and not tokens[i].before \
            and tokens[i].start > _sentence_start(doc, p_index, tokens[i].start):
        return True
    if any(tokens[x].lower in _TITLE_CASE_WORDS and tokens[x].capitalised for x in range(i + 1, k)):
        return True
    if i == 0 or tokens[i - 1].lower not in ("called", "named", "dubbed", "as"):
        return False
    return bool(_THING_NAMED.search(norm, max(0, tokens[i].start - 40), tokens[i].start))


def _shares_surname(tokens: list[Token], j: int) -> bool:
    """`Ruth and Peter Gaver`: a first name joined by `and` to a first name and surname."""
    if j + 2 >= len(tokens) or tokens[j - 1].after or tokens[j].lower != "and" or tokens[j].after:
        return False
    first, last = tokens[j + 1], tokens[j + 2]
    return (first.capitalised and last.capitalised and not first.after and first.lower in first_names()
            and last.lower not in first_names() and not _is_role(last) and last.lower not in NON_PERSON_WORDS)


def _cand_start(c: _Cand) -> int:
    """The first token of a candidate with its title (`Lord Justice Patten`)."""
    if c.kept:
        return c.name_at - len(c.kept.split())
    return c.name_at - (1 if c.title else 0)


def _lists_share_evidence(cands: list[_Cand], para_tokens: list[list[Token]], doc: Document) -> None:
    """`… Smith, 32, Salle Keita, 45, and Mamadou Diallo`: in a comma-separated run of
    full names where one is surely a person, the others are people too."""
    group: list[_Cand] = []

    def settle() -> None:
        if len(group) >= 2:
            first = group[0]
            tokens = para_tokens[first.paragraph]
            start = tokens[_cand_start(first)].start
            sent_start = _sentence_start(doc, first.paragraph, start)
            head = _PLURAL_ROLE.search(doc.paragraphs[first.paragraph].norm, sent_start, start)
            titled = _PLURAL_TITLE_BEFORE.search(doc.paragraphs[first.paragraph].norm, max(sent_start, start - 16), start)
            if titled is not None:
                # `Reps. Delia Santangelo (R-Fla.) and Jasper Nwosu (D-Md.)`: each a Rep.
                for c in group:
                    c.group_role = _SINGULAR_TITLES[titled.group(1)]
            elif head is not None:
                plural = head.group(1)
                singular = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
                if singular.lower() in _ROLES:
                    # `the three judges – Lord Justice A, B and Sir C –`, `three other ethnic
                    # minority MPs - A, B and C -`, `Labour MPs A, B and C`
                    for c in group:
                        c.group_role = singular
        if len(group) >= 2 and any(c.evidence and len(c.words) >= 2 for c in group):
            for c in group:
                if 2 <= len(c.words) <= 4:
                    c.evidence = True
        if len(group) >= 3 and all(len(c.words) == 1 and not c.title for c in group):
            # `defendants Ali, Khan and Patel`: surnames listed after a plural person noun
            first = group[0]
            tokens = para_tokens[first.paragraph]
            i = first.run[0]
            head = tokens[i - 1] if i > 0 else None
            if head is not None and not head.capitalised and not head.after and _PLURAL_PEOPLE.match(head.lower):
                if all(c.words[0].lower() not in NON_PERSON_WORDS
                       and c.words[0].lower() not in DEMONYMS for c in group):
                    for c in group:
                        c.listed = True

    prev: _Cand | None = None
    for c in cands:
        linked = False
        if prev is not None and prev.paragraph == c.paragraph:
            tokens = para_tokens[c.paragraph]
            start = tokens[_cand_start(c)].start
            gap = doc.paragraphs[c.paragraph].norm[tokens[prev.run[1] - 1].end : start]
            linked = bool(_LIST_GAP.match(gap))
        if not linked:
            settle()
            group = []
        group.append(c)
        prev = c
    settle()


def find_people(doc: Document, quote_spans: list[tuple[int, int, int]] | None = None) -> PeopleIndex:
    """People of one document; `quote_spans` (paragraph, start, end) mark quoted text."""
    spans = quote_spans or []
    names = first_names()
    quote_ends = {(p, s): e for p, s, e in spans}
    para_tokens = [tokenize(p.norm) for p in doc.paragraphs]
    cands: list[_Cand] = []
    tagged: list[_Cand] = []  # a full name with a party tag and no other cue: `X Y (LP)`
    korean_heads: set[str] = set()  # family names of the Korean names so far (`Park`)
    for p_index, tokens in enumerate(para_tokens):
        norm = doc.paragraphs[p_index].norm
        credits = _CREDIT_HINT.search(norm) is not None or (len(norm) < 200 and (
            _BYLINE_PARA.match(norm) is not None or _DOT_BYLINE.match(norm) is not None))
        for i, j in _runs(tokens):
            jn = j - 1 if _suffixed(tokens, i, j) else j
            k = _name_start(tokens, i, jn)
            if k >= jn:
                continue
            if j < len(tokens) and tokens[j - 1].after == "'s" and tokens[j].word in _PARTY_BODY_WORDS:
                continue  # `the ruling Cambodian People's Party`: a party's name, not a person
            if j + 1 < len(tokens) and tokens[j].word in POSTNOMINALS and not tokens[j - 1].after \
                    and not tokens[j].after and tokens[j + 1].capitalised and not party_name(tokens[j + 1].word) \
                    and (not tokens[j + 1].after and j + 2 < len(tokens) and tokens[j + 2].capitalised
                         or j + 2 >= len(tokens) or not tokens[j + 2].capitalised and tokens[k].lower not in names):
                continue  # `Diego Martin West MP Stacy-Ann Felix-Charles`, `Nemunas Dawn MP Vaitkevičius`:
                # the seat or party before its member
            if k > 0 and tokens[k - 1].lower == "the" and j < len(tokens) and tokens[j].word in POSTNOMINALS:
                continue  # `the Dublin Mid-West TD said`: a seat, describing its member
            # an initial keeps the full stop the text gives it (`S. Lakshmi Narayanan`, but
            # `George W Bush` where the text has none)
            words = [_shown(t) if x < jn - 1 else t.word for x, t in enumerate(tokens[k:jn], k)]
            if len(words) >= 2 and words[-1].lower() in PATRONYMIC_AFTER:
                # one word with the father's name, the part a second mention gives (`Asan uulu said`)
                words = words[:-2] + [f"{words[-2]} {words[-1]}"]
            suffix = ""
            if jn < j:
                suffix = tokens[jn].word + ("." if tokens[jn].word in ("Jr", "Sr") else "")
            media_cut = False
            for cut in range(min(3, len(words) - 1), 0, -1):
                if " ".join(words[:cut]).lower() in MEDIA:  # `an interview with Sky News Doaa`
                    k, words, media_cut = k + cut, words[cut:], True
                    break
            seated = k > 0 and (tokens[k - 1].lower in ("for", "of") or tokens[k].lower in _COMPASS) \
                and any(tokens[x].lower == "for" for x in range(max(0, k - 8), k)) \
                and (at := _name_after_seat(tokens, k, jn)) is not None
            if seated:
                words, k = words[at - k :], at  # `MP for Port of | Spain North | Kerwyn Baptiste said`:
                # the seat ends on its compass word, the name follows
            if len(words[-1]) == 1 or all(len(w) == 1 for w in words):
                continue  # `Mr P`, `defendant A`: a single letter is never a name
            if US_PARTY_TAG.fullmatch(words[0]) and words[0][1:2] == "-":
                continue  # `Rep. X, R-Grand Haven`: a US party and home-town tag
            if (words[0].lower() not in names and all(_is_title(tokens[x]) for x in range(i, k))
                    and _body_of(tokens, i)):
                if not _portfolio_then_name(tokens, i, words):
                    continue  # `Department for Constitutional Affairs`, `Minister of State Health`
                if len(words) >= 3:  # `Minister for Housing Cathal Moran`: the portfolio, then the name
                    # from a known first name (`… Social Security Inés Olmedo Vidal`), else two words
                    at = next((x for x in range(1, len(words) - 1) if words[x].lower() in names),
                              len(words) - 3 if words[-2].lower() in _PARTICLES else len(words) - 2)
                    k, words = k + at, words[at:]
            if _caption_credit(norm, tokens, i, j):
                continue
            if credits and (_is_credit(norm, tokens, i, j, _sentence_start(doc, p_index, tokens[i].start))
                            or (k > i and tokens[k - 1].word in ("Photo", "PIC", "Pic"))):
                continue  # (`VNA/VNS Photo Phạm Kiên`: the credit word is in the name's run)
            whole = quote_ends.get((p_index, tokens[i].start))
            if whole is not None and not norm[tokens[j - 1].end : whole].strip(" .,!?;:"):
                continue  # `dubbing Mr Brown "Sir Wastealot"`: a name that fills a quote is a nickname
            if _work_title(tokens, i, k, norm, doc, p_index):
                continue  # `presents The Weakest Link`, `No More Mr Nasty`, `a group called X`
            courtesy_before = k > 0 and tokens[k - 1].lower in _COURTESY and not tokens[k - 1].after[:1] == ","
            if courtesy_before and len(words) == 1:
                if words[0].lower() in _STRONG_NON_PERSON and not (
                        tokens[k - 1].lower in ("lord", "lady", "baroness")
                        and words[0].lower() in SEATS_OF_POWER | _NATIONS):
                    continue  # `Mr German` is a person, and so is `Baroness Scotland`
            elif _non_person(words) and not (len(words) == 1 and words[0] in korean_heads):
                continue  # (`Park said` after `Park Soo-min`: a Korean family name)
            if korean_name(words):
                korean_heads.add(words[0])
            title_tok = tokens[k - 1] if k > 0 and _is_title(tokens[k - 1]) and not tokens[k - 1].after.startswith(",") \
                and not (k == i and (_breaks_after(tokens[k - 1]) or tokens[k].before)) \
                and not (tokens[k - 1].lower in _RELIGIOUS_TITLES and not tokens[k - 1].capitalised) \
                else None  # not `justice. "Judges`, nor `her sister Ann`, `her father John` (kin, not Sister, Father)
            title = title_tok.word if title_tok is not None else None
            courtesy = title is not None and title.lower() in _COURTESY
            role, role_at = _role_before(tokens, k - 1 if courtesy else k, norm)
            if seated and role is None:
                for x in range(k - 1, max(0, k - 10), -1):  # (the office, then its seat's whole name)
                    office, office_at = _role_before(tokens, x, norm)
                    if office and office.split()[-1].lower() in ("for", "of"):
                        role, role_at = norm[tokens[office_at].start : tokens[k - 1].end + len(tokens[k - 1].after)], office_at
                        break
            if role and not seated and (role.split()[-1].lower() in ("and", "of", "for", "&") or (
                    " for " in role and role.split()[-1].lower().rstrip(".") in _PLACE_PREFIXES)):
                continue  # `the Minister for Lands and | Mineral Resources`, `the MLA for Saint | John
                # East`: the end of an office's or a seat's name
            if role and role.lower().endswith(" of the") and len(words) >= 3 and not tokens[k].after \
                    and words[0].lower() in ("opposition", "house", "senate", "assembly", "council", "majority", "minority"):
                # `Leader of the Opposition Jai Ram Thakur`: the office's last word led the run
                role, k, words = f"{role} {words[0]}", k + 1, words[1:]
            elif role and role.lower().endswith(" the"):
                continue  # `a former president of the | Pérez Zeledón municipal council`: a place or body
            stated_party = None
            if role and not any(_role_word(w) for w in role.split()):
                stated_party, role = _party_in(role), None  # `Liberal Democrat Sarah Teather`
            apposed = False  # a description only a person takes: `X, 25,`, `X, a butcher,`
            parts = role.split() if role else []
            if len(parts) > 1 and parts[-1].rstrip(".").lower() in _ABBREV_TITLES \
                    and _role_word(parts[-2]) and parts[-2].rstrip(".").lower() not in _ABBREV_TITLES:
                role = role.rsplit(None, 1)[0]  # `PPP floor leader Rep. Choi`: the office, not the title
            while role and len(role.split()) > 1 and role.split()[-1].rstrip(".").lower() in _NAME_HONORIFICS:
                role = role.rsplit(None, 1)[0]  # `Minister for Finance Ratu Isikeli Tuiwai`: the office
            if role and (role.rstrip(".").lower() in _ABBREV_TITLES or _status_role(role)
                         or role.lower() in _RANKS):  # (`hunt master, Captain Ian Farquhar,`: the office)
                # `Rep. Park Soo-min, the PPP's chief policymaker,`: the description says more
                role = _role_after(tokens, j, norm) or _role_before_comma(
                    tokens, i, j, norm, _sentence_start(doc, p_index, tokens[i].start)) or role
            if role is None:
                role = _role_after(tokens, j, norm)
                apposed = role is not None and bool(_DESCRIBED.match(norm, tokens[j - 1].end))
                if role is None:
                    after_name = _role_postnominal(tokens, j, norm)
                    if after_name is None or after_name in _HONOURS_AFTER:
                        # `The chairman of the Bar Council, Guy Mansfield QC`: QC is a rank at
                        # the Bar, the office the text gives says more
                        role = _role_before_comma(
                            tokens, i, j, norm, _sentence_start(doc, p_index, tokens[i].start)) or after_name
                    else:
                        role = after_name
            apposed = apposed or bool(_AGE_AFTER.match(norm, tokens[j - 1].end) or _NAME_AFTER.match(norm, tokens[j - 1].end))
            named = bool(_NAMED_BEFORE.search(norm, max(0, tokens[i].start - 40), tokens[i].start))
            if named and role is None and (told := _TOLD_ONLY_AS.search(norm, max(0, tokens[i].start - 120), tokens[i].start)):
                if told.group(1).split()[-1] not in _PLAIN_PEOPLE:
                    role = told.group(1)  # `A crane operator who gives his name only as Murat`
            after_preposition = not media_cut and not seated and (
                i > 0 and tokens[i - 1].lower in _PREPOSITIONS and not tokens[i - 1].after
                or k > i and tokens[k - 1].lower in _PREPOSITIONS and not tokens[k - 1].after)  # (`In Baghdad, …`)
            evidence = bool(
                title
                or role
                # `Les Misérables`: a first name that is also an article is no evidence alone
                or (len(words) >= 2 and ((words[0].lower() in names and words[0].lower() not in _ARTICLE_NAMES)
                                         or _hyphenated_first(words[0]) or korean_name(words)
                                         or vietnamese_name(words)))
                or (2 <= len(words) <= 3 and named)
                or (2 <= len(words) <= 3 and not after_preposition and _followed_by_speech(tokens, j))
                # `Ms Sturgeon's successor, Humza Yousaf, said:`: a name set off by commas
                # right before a verb of speech
                or (2 <= len(words) <= 3 and i > 0 and tokens[i - 1].after == "," and tokens[j - 1].after == ","
                    and tokens[i - 1].word.islower()  # (after a description: not `of X Close, Biggin Hill,`)
                    and j < len(tokens) and tokens[j].lower in SPEECH_VERBS and not tokens[j].lower.endswith("ing"))
                or (2 <= len(words) <= 3 and k > 0 and tokens[k - 1].lower in SPEECH_VERBS)
            )
            if not evidence and 2 <= len(words) <= 3 and not tokens[j - 1].after \
                    and (member := _MEMBER_OF.match(norm, tokens[j - 1].end)) is not None \
                    and (party_name(member.group(1)) or _political(member.group(1))
                         or _LETTERS_NEXT.match(norm, member.end())):  # (`… Kazhagam (DMK)`)
                evidence = True  # `Aistė Jankauskienė of the opposition Homeland Union–Lithuanian
                # Christian Democrats (TS-LKD), who …`: a party's member
            if not evidence and len(words) >= 3 and not _SON_OF.isdisjoint(words[1:-1]):
                evidence = True  # `Syed Azhar bin Syed Hamid`: `son of` between names names a person
            if not evidence and len(words) >= 2 and words[-1].rsplit(" ", 1)[-1].lower() in PATRONYMIC_AFTER:
                evidence = True  # `Aizada Sadyr kyzy`: `daughter of` names a person
            if not evidence and 2 <= len(words) <= 3 and (
                _AGE_AFTER.match(norm, tokens[j - 1].end)
                or any(_YEAR_OLD.match(tokens[x].word) for x in range(max(0, i - 2), i))
            ):
                evidence = True  # `Salle Keita, 45,`, `48-year-old Australian Mamdouh Habib`
            if not evidence and 2 <= len(words) <= 3 and not tokens[j - 1].after and not after_preposition \
                    and (copula := _IS_A.match(norm, tokens[j - 1].end)) is not None \
                    and _role_word(copula.group(1)):
                evidence = True  # `Kalaivani Sivakumar is an Ilankai Tamil Arasu Kachchi (ITAK) candidate`
            if not evidence and 2 <= len(words) <= 3 and tokens[j - 1].after == "," \
                    and (one_of := _ONE_OF.match(norm, tokens[j - 1].end)) is not None \
                    and any(w.lower().removesuffix("s") in _ROLES for w in one_of.group(1).split()):
                evidence = True  # `Keo Sambath, one of five FUNCINPEC lawmakers, voted …`
            if len(words) >= 2 and any(w.lower() in NOT_NAME_WORDS and w not in _SURNAME_JOINERS for w in words):
                evidence = False
            if len(words) >= 2 and words[0] in ("El", "La", "Le", "Il", "Los", "Las", "Les", "Al") and k > 0 \
                    and tokens[k - 1].lower in ("told", "to", "in") and not tokens[k - 1].after:
                continue  # `he told El Observador`, `in an interview with La Nación`: a paper
            if evidence and not title and k > 0 and tokens[k - 1].lower in _PLACE_BEFORE and not tokens[k - 1].after \
                    and words[0].lower() not in names:
                evidence = False  # `In Baghdad, an adviser to the federal finance ministry, …`: a place
            if evidence and not title and words[0].lower() not in names and _THING_AFTER.match(norm, tokens[j - 1].end):
                evidence = False  # `Transparency Maldives, which monitors elections, said`, `La'o
                # Hamutuk, a Timorese research and advocacy institute, said`: a body speaks
            if role and role.split()[-1].lower() in _COURTESY and role.split()[-1] != "MS" and not (
                    len(role.split()) >= 2 and role.split()[-1].islower()):  # (`X MS`: of the Senedd)
                role = None  # a title caught as a role, but `a senior law lord` is one
            role = role or _role_who_is(norm, tokens[j - 1].end)
            if role is None and tokens[i].start == _sentence_start(doc, p_index, tokens[i].start):
                role = _role_copula(norm, tokens[j - 1].end)  # `Sir John Gieve was Home Office permanent secretary`
            party = _party_in(role) or stated_party
            tag_end = tokens[j].word if j < len(tokens) and tokens[j - 1].after.startswith(",") else ""
            party_tagged = False
            tag = US_PARTY_TAG.match(tag_end) or US_PARTY_TAG.match(
                norm[tokens[j - 1].end : tokens[j - 1].end + 8].lstrip(" ,(")
            )
            if tag and (j >= len(tokens) or tokens[j].word[:1] in "DRI"):
                party = US_PARTY[tag.group(1)]
                evidence = evidence or len(words) >= 2  # `Jerrold Nadler (D-N.Y.)`
            elif len(words) >= 2 and not tokens[j - 1].after.strip():
                acr = _TAG_AFTER.match(norm, tokens[j - 1].end)  # `Ifeoma Nwankwo (LP)`
                party_tagged = bool(acr and acr.group(1) not in _NOT_PARTY and acr.group(1).lower() not in MEDIA)
            if party is None and k > 0 and tokens[k - 1].after == "'s" and party_name(tokens[k - 1].word):
                party = party_name(tokens[k - 1].word)
            if (party is None and tokens[j - 1].after == "'s" and j + 1 < len(tokens) and not tokens[j].after
                    and tokens[j].capitalised and tokens[j + 1].lower in _PARTY_BODIES):
                party = party_name(tokens[j].word)  # `Tony Blair's Labour government`
            if party is None and role and 0 < role_at < k:
                party = _owner_party(tokens, role_at)  # `The Scottish National Party's Holyrood leader X`
                if party is None and tokens[role_at - 1].lower == "party" and tokens[role_at - 1].after == "'s":
                    # `Labour will …, the party's election chief X has said`: the one party named
                    sent = next((x for x in doc.paragraphs[p_index].sentences
                                 if x.start <= tokens[i].start < x.end), None)
                    if sent is not None:
                        named = {party_name(pm.group()) for pm in PARTY_RE.finditer(sent.norm)} - {None}
                        party = named.pop() if len(named) == 1 else None
            if party is None and tokens[j - 1].after.startswith(","):
                # `Vincent Cable, for the Liberal Democrats, called …`
                side = _FOR_PARTY.match(norm, tokens[j - 1].end + 1)
                if side:
                    party = _party_in(side.group(1))
            if party is None and not tokens[j - 1].after:
                # `Gary Lyons of the Social Democrats said`: the whole phrase is the party
                side = _OF_PARTY.match(norm, tokens[j - 1].end)
                if side and PARTY_RE.fullmatch(side.group(1)):
                    party = party_name(side.group(1))
                elif (member := _MEMBER_OF.match(norm, tokens[j - 1].end)) is not None \
                        and _political(member.group(1)) and not party_name(member.group(1)):
                    party = member.group(1)  # `X of the opposition Homeland Union–Lithuanian Christian Democrats`
            if role and len(role.split()) > 1 and role.split()[-1].lower().rstrip(".") in _RANKS \
                    and any(_role_word(w) and w.lower().rstrip(".") not in HONORIFICS for w in role.split()[:-1]):
                role = role.rsplit(" ", 1)[0]  # `Police spokesman Major Thulani Zwane`, not `Det Sgt`
            kept = ""  # a title the name keeps when it has no first name
            if title_tok is not None and title_tok.capitalised and len(words) == 1:
                if title_tok.lower == "justice" and k >= 2 and tokens[k - 2].lower in _JUDGE_COURTESY \
                        and tokens[k - 2].capitalised and not tokens[k - 2].after:
                    kept = f"{tokens[k - 2].word} {title_tok.word}"  # `Lord Justice Patten`
                elif title_tok.lower in _RELIGIOUS_TITLES:
                    kept = title_tok.word  # `Sister Gerald`, `Father Murphy`
            if title_tok is not None and title_tok.lower in _RELIGIOUS_TITLES | {"justice"} and role \
                    and role.split()[-1].lower() == title_tok.lower and len(role.split()) <= 2 \
                    and (title_tok.lower != "justice" or role.split()[0].lower() in _JUDGE_COURTESY):
                role = None  # the title is no role: `Sister`, `Lord Justice` (a judge's style; but
                # `Justice Amy Coney Barrett`, `Chief Justice John Roberts` hold the office)
            elif role is None and title_tok is not None and title_tok.word == "Justice" and len(words) >= 2 \
                    and not (k >= 2 and tokens[k - 2].lower in _JUDGE_COURTESY):
                role = "Justice"
            peer_of = ""
            if title and title.lower() in ("lord", "lady", "baroness") and j + 1 < len(tokens):
                if tokens[j].lower == "of" and tokens[j + 1].capitalised and not tokens[j - 1].after:
                    peer_of = " of " + tokens[j + 1].word
                    if role is None and j + 2 <= len(tokens):
                        role = _role_after(tokens, j + 2, norm)  # `Baroness Royall of Blaisdon, a former aide`
            speaks = _followed_by_speech(tokens, j)
            cand = _Cand(p_index, (i, j), k, words, title, evidence, role, party,
                         speaks, after_preposition, peer_of, suffix=suffix, kept=kept)
            if 2 <= len(words) <= 3 and not tokens[j - 1].after.strip() \
                    and not any(tokens[x].lower == "the" for x in range(max(0, i - 1), k)) \
                    and (tag := _BRACKET_AFTER.match(norm, tokens[j - 1].end)) is not None \
                    and tag.group("tag") not in _NOT_PARTY and tag.group("tag").lower() not in MEDIA:
                cand.bracketed = True  # (not `The Opposition Perikatan Nasional (PN) bloc`)
            if len(words) == 1 and not title and _may_be_single_name(words[0]):
                # One word alone is a person only on evidence nothing but a person has
                initial = k == i and tokens[k].start == _sentence_start(doc, p_index, tokens[k].start)
                # `Doaa, who left after …, said`: a who-clause only counts when it leads to the
                # person's words (`Pakistan, who cannot …`, `Mirreyes, who flaunt …` do not)
                who = speaks and norm.startswith(", who ", tokens[j - 1].end) and not (
                    words[0].endswith("s") and words[0].lower() not in names)
                known = words[0].lower() in names
                # `his wife, ex-model Sandra`, `their daughter Naomi`: a first name right after a
                # role or relation noun; `suspects Ruth and Peter Gaver`: one sharing a surname
                kin = known and not initial and (role is not None and role_at < k or _shares_surname(tokens, j))
                cand.alone = not after_preposition and (apposed or named or who or kin) \
                    or bool(_INITIAL_NAME.fullmatch(words[0])) and not (
                        k > 0 and tokens[k - 1].lower in ("de", "do", "da", "di", "du", "of"))
                # (`Ch.Solongo`: a Mongolian name; not `Folha de S.Paulo`)
                # `"…," Jordan said`, `Chelsea said:`: settled by `_bare_speakers`
                cand.bare = not cand.alone and not after_preposition and (
                    not initial and known and _followed_by_speech(tokens, j, aux=True)
                    or k == i and (_speech_attached(tokens, j) or _said_before(tokens, k)
                                   # `"…," Smith, a New York Democrat, wrote`: a closing quote, the
                                   # name, a description set off, then the verb
                                   or k >= 1 and tokens[k - 1].after[-1:] in _CLOSERS
                                   and tokens[j - 1].after == "," and _followed_by_speech(tokens, j)))
            if party_tagged and not evidence:
                tagged.append(cand)
            cands.append(cand)

    _lists_share_evidence(cands, para_tokens, doc)
    # `Kersti Vaher (Reform), chair of …`, `Priit Lõhmus (Isamaa) said`, … `Kristo Laan (Eesti
    # 200) rejected the criticism`: where the text tags several people with their party in
    # brackets, a name with such a tag is a person though nothing else says so
    if len({" ".join(c.words) for c in cands if c.bracketed and c.evidence}) >= 2:
        for c in cands:
            if c.bracketed and not c.after_preposition:
                c.evidence = True
    entities: list[Entity] = []
    by_full: dict[str, int] = {}
    by_surname: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}

    def add_entity(words: list[str], gender: str, suffix: str = "") -> int:
        key = " ".join(words) + ("." if _DOTTED.match(words[-1]) else "") + (f" {suffix}" if suffix else "")
        entities.append(Entity(name=key, tokens=list(words), gender=gender))
        idx = len(entities) - 1
        by_full[_fold(" ".join(words))] = idx
        by_surname.setdefault(_fold(words[-1]), []).append(idx)
        if len(words) == 1 and _INITIAL_NAME.fullmatch(words[0]):
            # `Minister Solongo`, `Anujin said` for `Ch.Solongo`, `O.Anujin`: the given name alone
            by_surname.setdefault(_fold(words[0].split(".", 1)[1]), []).append(idx)
        if len(words) >= 2:
            by_first.setdefault(_fold(words[0]), []).append(idx)
        return idx

    alone_words = {_fold(c.words[0]) for c in cands if len(c.words) == 1}
    # `Mohamed Naseem, better known as 'Niko', voted against. … Niko told The Edition`: the
    # nickname the text gives a full name stands for that name
    nicknames: dict[str, str] = {}
    for para in doc.paragraphs:
        if "known as" in para.norm:
            for m in _KNOWN_AS.finditer(para.norm):
                nicknames.setdefault(_fold(m.group("nick")), _fold(m.group("name")))

    def lookup(words: list[str], title: str | None) -> int | None:
        key = _fold(" ".join(words))
        if len(words) == 1 and key in nicknames and key not in by_full:
            full = nicknames[key]
            named = by_full.get(full)
            if named is None:
                ends = [idx for n, idx in by_full.items() if n.endswith(" " + full) or full.endswith(" " + n)]
                named = ends[0] if len(ends) == 1 else None
            if named is not None:
                return named
        sex = HONORIFICS.get(title.lower().rstrip("."), "") if title else ""
        if key in by_full and not (len(words) == 1 and sex and entities[by_full[key]].gender not in ("", sex)):
            return by_full[key]
        if len(words) >= 2:
            # `George W. Bush` ~ `George Bush`
            low = [_fold(w) for w in words]
            for idx in by_surname.get(low[-1], []):
                toks = [_fold(t) for t in entities[idx].tokens]
                if toks[0] == low[0] or (len(toks) == len(low) == 2 and _transposed(toks[0], low[0])):
                    return idx  # and `Markus Asberg` ~ `Makrus Åsberg`
                if len(toks) > len(low) and toks[-len(low):] == low:
                    return idx  # `Mr Duncan Smith` ~ `Iain Duncan Smith`
            if low[-1] not in by_surname:
                # `Diane Abbott` ~ `Diane Abbot`: one name, one letter doubled
                near = [idx for s, ids in by_surname.items() if _doubled(s, low[-1]) for idx in ids
                        if _fold(entities[idx].tokens[0]) == low[0]]
                if len(near) == 1:
                    return near[0]
            # `Mohd Hafiz` for `Mohd Hafiz Zainal`: Malay style, the given names without the
            # father's name, when they begin one fuller name only
            lead = [idx for idx in by_first.get(low[0], []) if len(entities[idx].tokens) > len(low)
                    and [_fold(t) for t in entities[idx].tokens[: len(low)]] == low]
            if len(lead) == 1:
                return lead[0]
            # `Nurul Huda said` for `Wan Nurul Huda binti Wan Ismail`: the given names after a
            # hereditary title, when they stand in one fuller name only
            inside = [idx for idx, e in enumerate(entities) if len(e.tokens) > len(low) + 1
                      and [_fold(t) for t in e.tokens[1 : 1 + len(low)]] == low
                      and any(t.lower() in _SON_OF for t in e.tokens)]
            if len(inside) == 1:
                return inside[0]
            return None
        w = _fold(words[0])
        if w not in by_surname and len(w) >= 5:
            # `Ms Abbott` for `Diane Abbot`: the one person whose surname differs by a
            # doubled letter, when no one has this spelling
            near = [ids for s, ids in by_surname.items() if _doubled(s, w)]
            if len(near) == 1 and len(near[0]) == 1 and len(entities[near[0][0]].tokens) >= 2:
                ent = entities[near[0][0]]
                if not sex or not ent.gender or ent.gender == sex:
                    return near[0][0]
        if w in by_surname:
            # `Mrs Howard` is not `Michael Howard`: an honorific's gender must agree
            for idx in by_surname[w]:
                ent = entities[idx]
                if not sex or not ent.gender or ent.gender == sex or ent.gender_weak:
                    return idx
            return None
        if w in by_first and len(by_first[w]) == 1 and (
                title is None or title.lower() in FIRST_NAME_TITLES
                or _fold(entities[by_first[w][0]].tokens[-1]) not in alone_words
                and (not sex or entities[by_first[w][0]].gender in ("", sex))):
            # `Mr Xi`, `President Xi` for `Xi Jinping`: a family name written first — the
            # first word of one full name whose last word the text never uses alone
            return by_first[w][0]
        # `López` for `Jorge Alberto López Amores`: Spanish style, the first of two surnames
        # (a known first name too when it opens no one's name: `Lula` for `Luiz Inacio Lula da Silva`)
        inner = [x for x, e in enumerate(entities) if len(e.tokens) >= 3 and w in (_fold(t) for t in e.tokens[1:-1])
                 ] if len(w) > 3 and (w not in first_names() or w not in by_first) else []
        if len(inner) > 1:
            # (`López` beside `Raciel Lopez Salazar` and `Jorge Alberto López Amores`: the spelling
            # the text gives; `Solís` for `Marianela Solís Chacón` needs no folding either)
            inner = [x for x in inner if words[0].lower() in (t.lower() for t in entities[x].tokens[1:-1])]
        if len(inner) == 1:
            return inner[0]
        return None

    # `Ifeoma Nwankwo (LP) … said Nwankwo`: a party-tagged name whose surname the text uses alone
    alone_after_verb = {c.words[0].lower() for c in cands if len(c.words) == 1 and c.name_at > 0
                        and para_tokens[c.paragraph][c.name_at - 1].lower in SPEECH_VERBS}
    for c in tagged:
        if c.words[-1].lower() in alone_after_verb:
            c.evidence = True
    # Pass 1: full names with evidence make people, fullest forms first so that the
    # canonical name is the longest the text gives (`Iain Duncan Smith`, not `Duncan Smith`).
    for c in sorted(cands, key=lambda c: (-len(c.words), not c.suffix)):
        if len(c.words) >= 2 and c.evidence and lookup(c.words, c.title) is None:
            add_entity(c.words, _gender_of(c.words[0], c.title, c.words[-1]), c.suffix)
    # Pass 1b: a full name with no cue of its own whose surname is used as a person's
    # elsewhere (`Kelvin MacKenzie` … `Mr MacKenzie`, `Abbasi said`).
    person_surnames = {
        c.words[0].lower() for c in cands
        if len(c.words) == 1 and (c.title or c.speaks) and c.words[0].lower() not in first_names()
    }
    # `a website created by Pepe Ceballos. … Ceballos said:` — a surname that speaks
    speaking = {c.words[0].lower() for c in cands if len(c.words) == 1 and c.speaks and not c.after_preposition}
    for c in cands:
        if 2 <= len(c.words) <= 3 and not c.evidence and c.words[-1].lower() in person_surnames:
            if lookup(c.words, c.title) is None and (not c.after_preposition or (
                    c.words[-1].lower() in speaking and _fold(c.words[-1]) not in by_surname
                    and para_tokens[c.paragraph][c.run[0] - 1].lower != "the")):
                add_entity(c.words, _gender_of(c.words[0], c.title, c.words[-1]))
    # Pass 2: honorific + surname with no full name anywhere (`Mr Thomas` only). Peers
    # whose first name is never given keep their title as their name (`Lord Falconer`).
    # (`Minister Solongo` for `Ch.Solongo`, a Mongolian name Pass 3 makes: not a second person)
    initial_given = {_fold(c.words[0].split(".")[-1]) for c in cands
                     if c.alone and len(c.words) == 1 and _INITIAL_NAME.fullmatch(c.words[0])}
    for c in cands:
        if len(c.words) == 1 and (c.listed or c.kept or c.title and c.title.lower().rstrip(".") in SHORT_TITLES
                                  or _office_title(c, names)) and _fold(c.words[0]) not in initial_given:
            if lookup(c.words, c.title) is None:
                idx = add_entity(c.words, _gender_of(c.words[0], c.title, c.words[-1]))
                if c.kept:
                    entities[idx].name = f"{c.kept} {c.words[0]}"
                elif c.title and c.title.lower() in ("lord", "lady", "baroness"):
                    entities[idx].name = f"{c.title} {c.words[0]}{c.peer_of}"
                elif c.title and c.title.lower() in _ROYAL_TITLES:
                    entities[idx].name = f"{c.title} {c.words[0]}"  # `Prince Charles`, `Queen Rania`

    # Pass 2b: one word a verb of speech attaches to (`Putin told reporters`, `"…,"
    # Jordan said`), when the rest of the text uses it as a person and never as a place.
    _bare_speakers(doc, cands, para_tokens, spans)
    # Pass 3: a person known by one name (`Mahendra, a butcher, said`, `Doaa, who …, said`).
    for c in cands:
        if c.alone and lookup(c.words, None) is None:
            add_entity(c.words, _gender_of(c.words[0], None, c.words[-1]))

    mentions: list[Mention] = []
    group_roles: dict[int, str] = {}
    # Where each person is first named in full: a surname two people share stands for the
    # one introduced first (`Haruka Kitamura … Kitamura, 48, … Shigeru Kitamura, 79, her
    # father … said Kitamura was playing a long game`), once the text has named them.
    introduced: dict[int, tuple[int, int]] = {}
    for c in cands:
        if len(c.words) >= 2 and (x := lookup(c.words, c.title)) is not None:
            introduced.setdefault(x, (c.paragraph, c.name_at))
    surnamed: dict[str, set[int]] = {}  # a word a lone surname may be → the introduced people it ends
    for x in introduced:  # (or, in Spanish style, stands inside: `Lasheras` in `Carmen Lasheras Gil`)
        toks = entities[x].tokens
        if len(toks) >= 2:
            for t in [toks[-1], *(toks[1:-1] if len(toks) >= 3 else [])]:
                surnamed.setdefault(_fold(t), set()).add(x)
    for c in cands:
        idx = lookup(c.words, c.title)
        if idx is None:
            continue
        sharing = list(surnamed.get(_fold(c.words[0]), ())) if len(c.words) == 1 else []
        # (and `Lasheras` for `Carmen Lasheras Gil`: a Spanish first surname; the spelling the
        # text gives first: `López` is not `Raciel Lopez Salazar` beside `Jorge Alberto López Amores`)
        sharing = [x for x in sharing if c.words[0] in entities[x].tokens] or sharing
        if len(sharing) > 1 and idx in sharing:
            sex = HONORIFICS.get(c.title.lower().rstrip("."), "") if c.title else ""
            fit = [x for x in sharing if not sex or entities[x].gender in ("", sex)]
            before = [x for x in fit if introduced[x] < (c.paragraph, c.name_at)]
            idx = min(before or fit or [idx], key=introduced.__getitem__)
        tokens = para_tokens[c.paragraph]
        i = c.name_at - (len(c.kept.split()) if c.kept and entities[idx].name.startswith(c.kept)
                         else 1 if c.title and (c.title.lower() in _COURTESY or (
                             c.title.lower() in _RELIGIOUS_TITLES and c.title[:1].isupper())) else 0)
        start, end = tokens[i].start, tokens[c.run[1] - 1].end
        surface = doc.paragraphs[c.paragraph].norm[start:end]
        in_quote = any(p == c.paragraph and s <= start < e for p, s, e in spans)
        m = Mention(c.paragraph, start, end, surface, idx, in_quote, _sentence_of(doc, c.paragraph, start))
        mentions.append(m)
        ent = entities[idx]
        ent.mentions.append(m)
        if not ent.gender or (ent.gender_weak and c.title and HONORIFICS.get(c.title.lower().rstrip("."))):
            ent.gender = _gender_of(ent.first, c.title) if len(ent.tokens) >= 2 or c.title else ""
            ent.gender_weak = False
        if c.role and not in_quote:
            words = c.role.split()
            if ent.role is None or (_status_role(ent.role) and not _status_role(c.role)):
                ent.role = c.role  # `victim Ron Lane` … `Lane, the school's print shop operator`
            if not ent.gender:
                ent.gender = _gender_from_words(words)
                ent.gender_weak = ent.gender == "m" and {w.lower() for w in words} & MALE_WORDS <= _GENERIC_MAN
        if c.party and not in_quote and ent.party is None:
            ent.party = c.party
        if c.group_role and not in_quote:
            group_roles.setdefault(idx, c.group_role)
        display = doc.paragraphs[c.paragraph].text[start:end]
        if c.suffix.endswith(".") and tokens[c.run[1] - 1].after.startswith("."):
            display += "."  # `Jr.` as written
        if display != ent.name and display not in ent.aliases:
            ent.aliases.append(display)
    mentions.sort(key=lambda m: (m.paragraph, m.start))
    for m in mentions:
        ent = entities[m.entity]
        if not ent.gender and not m.in_quote and (said := _SAID_PRONOUN.match(doc.paragraphs[m.paragraph].norm, m.end)):
            # `higgler Ivy, who has sold fruit …, said she voted for …`: the pronoun her own
            # report gives her
            ent.gender = "m" if said.group(1).lower() == "he" else "f"
    _roles_from_descriptions(doc, entities, mentions, spans)
    _role_of_delayed_lead(doc, entities, mentions)
    _office_of_possessive_lead(doc, entities, mentions)
    _roles_from_as(doc, entities, mentions)
    _roles_from_aged_descriptions(doc, entities, mentions, spans)
    _office_of_lead(doc, entities, mentions)
    _office_named_later(doc, entities, mentions)
    for ent in entities:
        if ent.role and ent.name.split()[0] == ent.role:
            ent.role = None  # `Prince Charles`: the title is part of the name, not a role too
    for idx, role in group_roles.items():
        entities[idx].role = entities[idx].role or role
    _genders_from_pronouns(doc, entities, mentions, spans)
    _parties_from_context(doc, entities)
    for ent in entities:
        ent.mentions.sort(key=lambda m: (m.paragraph, m.start))
    _parties_the_text_defines(doc, entities)
    return PeopleIndex(entities=entities, mentions=mentions, tokens=para_tokens)


_DESCRIPTION = re.compile(
    r"^(?:\"[^\"]{1,400}\"\s*,?\s*)?(?:(?:But|And|However|Meanwhile),?\s+|(?:In|At|On)\s[\w' ]{1,30}?,\s+"
    r"|(?:Speaking|Writing)\s(?:to|on|in|at|after)\s[\w'’ ]{1,40}?,\s+)?"
    r"[Tt]he\s+((?:[\w'-]+\s+){0,5}?[\w-]+(?:\s+(?:for|of)\s+[A-Z][\w-]+)?)"
    r"(?=\s+(?:said|says|told|added|also|has|had|is|was|will|would|insisted|warned|"
    r"outlined|argued|admitted|denied|claimed|urged|accused|announced|confirmed|"
    r"wrote|described|called|stressed|made|then|[a-z]{3,}ed)\b)"
)


_LEAD_VERB = re.compile(r"\s+(?:has|is|says|will|wants|insists|warns|urges|believes|plans)\b")


# `the Swiss People's Party (SVP)`, `Peoples' Equality and Democracy Party (DEM Party)`: a
# party the text names in full, with the short form it goes on to use.
_PARTY_HEADS = r"(?:Party|Pati|Congress|Front|Alliance|Movement|League|Coalition|Rally|Forces|Socialism|Change|200)"
_DEFINED_PARTY = re.compile(
    r"(?P<full>(?:[A-Z][\w'’.-]*\s+(?:(?:and|of|for|the|de|du|des|la|le|del)\s+)*){0,6}" + _PARTY_HEADS + r")"
    r"\s+\((?P<short>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\)")
# `Centre Party parliamentary leader X`, `Rastriya Prajatantra Party lawmaker X`: a party
# named in full inside a role, though no list knows it
_PARTY_IN_ROLE = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w'’.-]*\s+(?:(?:for|of|and)\s+(?=[A-Z]))?){1,4}(?:Party|Pati))(?=\s|$)")
_PARTY_STATE = re.compile(r"([A-Z]{2,6})-[A-Z]{2}")  # `(PT-BA)`: a party, then a state
# `Budget Minister Sofie Vanderstraeten (N-VA)`, `Kersti Vaher (Reform), chair of …`
_BRACKET_AFTER = re.compile(r"\s*\((?P<tag>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2})(?:,[^()]{1,40})?\)")


def _parties_the_text_defines(doc: Document, entities: list[Entity]) -> None:
    """Parties a text defines itself, for the people it ties to them: a full name with its
    short form in brackets (the short form then stands for the full name), a party named in
    full inside a role, and a party's short form in brackets right after a name. Lists of
    parties cannot know every country's; the text says what it means."""
    full_of: dict[str, str] = {}  # short form (or a two-word party's first word) → full name
    shorts: dict[str, str] = {}  # short forms as written → full name
    for para in doc.paragraphs:
        for m in _NAMED_PARTY.finditer(para.text):  # `the coalition Reform Party and Eesti 200`
            full_of.setdefault(m.group(1).lower(), f"{m.group(1)} Party")
        if "(" not in para.text:
            continue
        for m in _DEFINED_PARTY.finditer(para.text):
            full = re.sub(r"^(?:The|the)\s+", "", m.group("full"))
            head, of_the, tail = full.rpartition(" of the ")
            if of_the and len(tail.split()) >= 2 and any(
                    w.lower() in first_names() or w.lower().rstrip(".") in HONORIFICS or _role_word(w)
                    for w in head.split()):
                full = tail  # `Senator Joseph Rotich of the | United Democratic Alliance (UDA)`
            full_of.setdefault(m.group("short").lower(), full)
            shorts.setdefault(m.group("short"), full)
            if len(full.split()) == 2:
                full_of.setdefault(full.split()[0].lower(), full)  # `(Reform)` for the Reform Party
    # `Kersti Vaher (Reform)`, `Priit Lõhmus (Isamaa)`: a text that tags several people with a
    # bracket after the name tags them with their parties, as it prints them
    tags: dict[int, str] = {}
    for x, ent in enumerate(entities):
        for men in ent.mentions:
            b = _BRACKET_AFTER.match(doc.paragraphs[men.paragraph].text, men.end) if not men.in_quote else None
            if b is not None and b.group("tag") not in _NOT_PARTY and b.group("tag").lower() not in MEDIA \
                    and b.group("tag") not in POSTNOMINALS:
                tags[x] = b.group("tag")
                break
    tag_style = len(tags) >= 2
    # `X of the Liberal Reform Party (Viðreisn)`, `X, an MP of the Freedom and Justice Party,`,
    # `X, a deputy from the Mithaq (National Charter) Party`: the party named in full just after
    named_after: dict[int, str] = {}
    for x, ent in enumerate(entities):
        for men in ent.mentions:
            if men.in_quote:
                continue
            after = _PARTY_NAMED_NEXT.match(doc.paragraphs[men.paragraph].norm, men.end)
            if after is not None and _political(after.group("party")):
                named_after[x] = re.sub(r"\s*\([^()]*\)\s*", " ", after.group("party")).strip()
                break
    for x, ent in enumerate(entities):
        if x in named_after and (ent.party not in _HOUSE_NAMES or _WIDER_THAN_HOUSE.fullmatch(named_after[x])) and (
                ent.party is None or _fold(ent.party.split()[0])[:5] in _fold(named_after[x])):
            ent.party = named_after[x]  # (`Justice Party` -> `Freedom and Justice Party`)
            continue
        if x in tags and tags[x].lower() in full_of and ent.party not in _HOUSE_NAMES:
            ent.party = full_of[tags[x].lower()]  # `X (SLPP, Kono District)` where the text defines
            continue  # `the Sierra Leone People's Party (SLPP)`: its meaning, not a list's (Sri Lanka's)
        if ent.party is None and tag_style and x in tags:
            ent.party = full_of.get(tags[x].lower()) or party_name(tags[x]) or tags[x]
        if ent.party is None and ent.role and shorts:
            # `APP National Councillor Reto Graf`: the short form the text defined, in the role
            ent.party = next((shorts[w] for w in ent.role.split() if w in shorts), None)
        if ent.party is not None and (state := _PARTY_STATE.fullmatch(ent.party)):
            ent.party = state.group(1)  # `(PT-BA)`, `(PSD-MG)`: a Brazilian deputy's party and state
        if ent.party is not None:
            if ent.party not in _HOUSE_NAMES:  # (British and US parties keep their house names: BNP)
                ent.party = full_of.get(ent.party.lower(), ent.party)
            continue
        if ent.role and (m := _PARTY_IN_ROLE.search(ent.role)):
            words = m.group(1).split()
            while words and (words[0].lower() in _ROLES or words[0].lower() in ("the",)):
                words = words[1:]  # (`Minister of … Party`: the role's own words are no party)
            if len(words) >= 2:
                ent.party = " ".join(words)
                continue
        for men in ent.mentions:
            if men.in_quote:
                continue
            b = _BRACKET_AFTER.match(doc.paragraphs[men.paragraph].text, men.end)
            if b is None:
                continue
            tag = b.group("tag")
            party = full_of.get(tag.lower()) or party_name(tag)
            if party is None and re.fullmatch(r"[A-Z][A-Z0-9-]{1,7}", tag) and tag.lower() not in MEDIA \
                    and tag not in POSTNOMINALS and tag not in _NOT_PARTY:
                party = tag  # `(N-VA)`: an acronym right after a name is the party's
            if party is not None:
                ent.party = party
                break


_NAMED_PARTY = re.compile(r"\b([A-Z][\w'’-]+)\s+Party\b")
# `Ch.Solongo`, `Ts.Gerelt-Od`, `U.Khurelsukh`: a patronymic initial joined to the given name,
# the way Mongolian names are written
_INITIAL_NAME = re.compile(r"[A-Z][a-z]?\.[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_PARTY_NAMED_NEXT = re.compile(
    r"(?:,\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:of|from)|,\s+(?:from|of)|\s+of)\s+(?:the\s+)?"
    # (`Deputy X, of the centrist Social Democratic Party (PSD)`)
    r"(?:(?:ruling|opposition|centrist|conservative|liberal|nationalist|socialist|(?:centre|center|far)-(?:left|right)|"
    r"(?:left|right)-wing)\s+)?"
    r"(?:[A-Z][\w-]*'s\s+)?"  # (`Lula's | Workers' Party`)
    r"(?P<party>(?:[A-Z][\w'’-]*\s+(?:\([^()]{1,30}\)\s+)?(?:(?:and|of|for)\s+)?){0,5}"
    r"(?:Party|Pati|Alliance|Front|Movement|Coalition|League)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)\b")  # (`Socialist Party of Serbia`,
    # `Coalition for Democratic Change`)
def _political(phrase: str) -> bool:
    """A party's name, not a lobby's (`the Countryside Alliance`, `the League`): two words or more,
    headed `Party`, or with a word of politics in it."""
    words = phrase.split()
    return len(words) >= 2 and (bool(re.search(r"\b(?:Party|Pati)\b", phrase)) or any(
        w.strip("'’") in _POLITICAL_WORDS for w in words))


_POLITICAL_WORDS = frozenset("Democratic Socialist Liberal National People's Peoples Progressive Conservative "
                             "Left Green Labour Republican Christian Civic Democrats Popular Workers".split())
_PARTY_BODY_WORDS = frozenset("Party Movement Alliance Front Congress League Union".split())
_ONE_OF = re.compile(r",\s+one\s+of\s+((?:[\w'’-]+\s+){0,4}?[a-z][\w'’-]*s)\b")
# `Social Democratic Party`, `Christian Democratic Union`: a name wider than the house name a
# word of it matches (`Democrat`), which names another party
_WIDER_THAN_HOUSE = re.compile(r"(?:Social|Christian|Liberal|New|National|Free|People's|Popular)\s+"
                               r"(?:Democratic|Republican|Conservative|Labour|Green)\s+\w+")
_HOUSE_NAMES = frozenset(["Labour", "Conservative", "Liberal Democrat", "SNP", "Plaid Cymru", "UKIP", "Green",
                          "Veritas", "BNP", "DUP", "SDLP", "Ulster Unionist", "TUV", "Respect", "Reform UK",
                          "Brexit Party", "Alliance", "Alba", "Republican", "Democrat"])


def _holds(role: str | None, office: str) -> bool:
    """`Home Secretary` holds `home secretary`; `deputy prime minister` does not hold
    `prime minister`."""
    words, want = (role or "").lower().split(), office.lower().split()
    n = len(want)
    return any(words[x : x + n] == want and (x == 0 or words[x - 1] not in _LESSER)
               for x in range(len(words) - n + 1))


_SPEAKS_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|told|added|argued|insisted|warned)\b")


def _owner_word(word: str) -> bool:
    """A party, nationality or owner inside a description (`The Tory leader`, `The Scottish
    National Party's parliamentary leader`): it says whose post, not that it is no person."""
    low = word.lower()
    return word[:1].isupper() and (bool(party_name(word)) or low in DEMONYMS or low.endswith("'s")
                                   or low in ("national", "scottish", "welsh", "party"))


def _pronoun_carries(doc: Document, entities: list[Entity], first_in: dict[int, Mention], index: int,
                     spans: list[tuple[int, int, int]]) -> Mention | None:
    """The subject two to four sentences back, when each sentence between names nobody and
    has a he/she of that person's gender outside quote marks, and none of the other
    (`Mr Blunkett told MPs … . He argued … . "…," he said. The home secretary …`)."""
    back = 1
    while back <= 3 and index - back >= 0 and index - back not in first_in:
        back += 1
    if back == 1 or back > 3 or index - back < 0:
        return None
    subject = first_in[index - back]
    gender = entities[subject.entity].gender
    if not gender or doc.sentences[index].paragraph - doc.sentences[index - back].paragraph > 1:
        return None
    mine, other = (_HE, _SHE) if gender == "m" else (_SHE, _HE)
    for x in range(index - back + 1, index):
        text = _unquoted(doc, x, spans)
        if not mine.search(text) or other.search(text):
            return None
    return subject


def _roles_from_descriptions(doc: Document, entities: list[Entity], mentions: list[Mention],
                             spans: list[tuple[int, int, int]]) -> None:
    """`Lord Falconer said … The constitutional affairs secretary outlined …`: a sentence
    that opens with a description takes up the previous sentence's subject, so the
    description is that person's role when the text gives none other."""
    first_in: dict[int, Mention] = {}
    for m in mentions:
        if not m.in_quote and m.sentence not in first_in:
            first_in[m.sentence] = m
    for m in mentions:
        # `Tony Blair has failed the country, Michael Howard has said.`: the one who speaks
        # is the subject, not the first name
        if not m.in_quote and m is not first_in[m.sentence] and _SPEAKS_AFTER.match(doc.paragraphs[m.paragraph].norm, m.end):
            first_in[m.sentence] = m
    for sent in doc.sentences:
        found = _DESCRIPTION.match(sent.norm)
        lead_form = False
        if sent.index in first_in:
            # `The shadow chancellor said Mr Brown's …`: a description that is the subject,
            # with names only after its verb, is still someone named before; not one it names
            named_here = {m.entity for m in mentions if m.sentence == sent.index and not m.in_quote}
            prev = first_in.get(sent.index - 1)
            if prev is None and found is not None:
                # `… he said. The home secretary was responding to Mr Davis`
                prev = _pronoun_carries(doc, entities, first_in, sent.index, spans)
            if (found is None or prev is None or prev.entity in named_here
                    or first_in[sent.index].start - sent.start < found.end()):
                continue
            subject = prev
        elif sent.index - 1 in first_in:
            subject = first_in[sent.index - 1]
        elif (carried := _pronoun_carries(doc, entities, first_in, sent.index, spans)) is not None:
            # `Gordon Brown is to freeze … . In his report, he slightly increased … . The
            # chancellor also hailed …`: a sentence naming nobody whose he/she goes on from
            # the subject before it passes that subject on
            subject = carried
        else:
            # A lead that names the office first, then the person (`The lord chancellor has
            # said … . Lord Falconer said …`): news style ties the two. Only for the story's
            # opening sentence, when the next one opens on that person.
            subject = first_in.get(sent.index + 1)
            if sent.index != 0 or subject is None or sent.index + 1 >= len(doc.sentences):
                continue
            if subject.start - doc.sentences[sent.index + 1].start > 12:
                continue
            lead_form = True
        if not found:
            continue
        if lead_form and not _LEAD_VERB.match(sent.norm, found.end()):
            continue  # the lead form is `The lord chancellor has said …`, not `… said nothing`
        words = found.group(1).split()
        if len(words) > 2 and words[-2] in ("for", "of"):
            words = words[:-2]  # `The new health minister for Wales says`
        if not _role_word(words[-1]) or words[-1].lower() in ANONYMOUS or any(
                w.lower() in _ROLE_STOP or (w.lower() in NON_PERSON_WORDS and not _owner_word(w)) for w in words):
            continue
        ent = entities[subject.entity]
        role = sent.text[found.start(1) : found.end(1)]
        # `… Mr Mubanga said. The home secretary …`: an office someone else holds is theirs
        held = any(e is not ent and _holds(e.role, role) for e in entities)
        if ent.role is None and not held:
            ent.role = role
            ent.party = ent.party or _party_in(role)  # `The Tory leader said`
        elif ent.party is None and not held:
            # `Tánaiste X said … . Speaking to RTÉ, the Fine Gael leader said`: a party in a
            # description of the person counts even when they have a role already
            ent.party = _party_in(role)


# An indefinite description of someone in a lead: `A meat trader who …`, `… a Labour donor to say`.
_INDEFINITE = re.compile(r"(?<![\w'-])(?:[Aa]n?)\s+(?=((?:[\w'-]+\s+){0,3}[\w'-]+))")
# People nouns that are no role but compete with one for the person a lead describes.
_PERSON_WORDS = frozenset("man woman boy girl person teenager child baby couple family pensioner "
                          "mother father grandmother grandfather gang group".split())


def _role_of_delayed_lead(doc: Document, entities: list[Entity], mentions: list[Mention]) -> None:
    """`A meat trader who swindled … was ordered to pay £500,000. Grant Allen, 38, …`:
    news style that describes its subject in the lead and names them at the start of the
    next sentence. The description is that person's role when the lead describes one person
    only, names neither them nor anyone in it by role, and they have no role of their own."""
    if len(doc.sentences) < 2:
        return
    lead, nxt = doc.sentences[0], doc.sentences[1]
    if '"' in lead.norm:
        return
    found: list[tuple[int, int]] = []
    people = 0
    for m in _INDEFINITE.finditer(lead.norm):
        words = m.group(1).split()
        cut = next((x for x, w in enumerate(words) if w.lower() in _ROLE_STOP or w.lower() in SPEECH_VERBS
                    or (x and w.lower() in _PERSON_WORDS)), len(words))
        words = words[:cut]
        if not words:
            continue
        head = words[-1].lower()
        if head in _PERSON_WORDS:
            people += 1
        elif _role_word(head) or occupation(head):
            if head in ANONYMOUS or any(w[:1].isupper() and not party_name(w) and w.lower() not in DEMONYMS
                                        for w in words):
                people += 2  # `a spokesman`, `a Walmart employee`: not described for naming
                continue
            people += 1
            before = lead.norm[max(0, m.start() - 12) : m.start()].split()
            if before and before[-1].lower() in _PREPOSITIONS:
                continue  # `swore at a judge`: someone the lead's subject acts on
            found.append((m.start(1), m.start(1) + len(" ".join(words))))
    if people != 1 or len(found) != 1:
        return
    first = next((m for m in mentions if m.sentence == nxt.index and not m.in_quote), None)
    if first is None or first.start - nxt.start > 4:
        return
    ent = entities[first.entity]
    if ent.role is not None or len(ent.tokens) < 2 or ent.mentions[0] is not first:
        return
    if any(m.sentence == lead.index for m in ent.mentions):
        return
    a, b = found[0]
    ent.role = lead.text[a:b]
    ent.party = ent.party or _party_in(ent.role)


# `Scotland's justice minister has warned …`: a lead whose subject is a place's or body's office
_POSSESSIVE_LEAD = re.compile(r"^(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s?\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)"
                              r"\s+(?:has|have|had|is|was|will|would|says|said|warned|told|called|urged|"
                              r"announced|admitted|insisted|claimed|vowed|pledged|defended)\b")


def _office_of_possessive_lead(doc: Document, entities: list[Entity], mentions: list[Mention]) -> None:
    """`Scotland's justice minister has warned … . | Cathy Jamieson said …`: the lead names an
    office by whose it is, and the next sentence opens on a full name with no role: the
    office is that person's role. Only when the lead names no one."""
    if len(doc.sentences) < 2:
        return
    lead, nxt = doc.sentences[0], doc.sentences[1]
    m = _POSSESSIVE_LEAD.match(lead.norm)
    if m is None or not _role_word(m.group(1).split()[-1]) or m.group(1).split()[-1].lower() in ANONYMOUS:
        return
    if any(x.sentence == lead.index for x in mentions):
        return
    first = next((x for x in mentions if x.sentence == nxt.index and not x.in_quote), None)
    if first is None or first.start - nxt.start > 4:
        return
    ent = entities[first.entity]
    if ent.role is None and len(ent.tokens) >= 2 and ent.mentions[0] is first:
        ent.role = lead.text[m.start(1) : m.end(1)]


_AS_ROLE = re.compile(r"\bas\s+(?:the\s+|a\s+|an\s+)?((?:[\w-]+\s+){0,3}?[\w-]+)(?=\s*(?:[,.;:]|\s+[-–—]\s|\s+(?:on|in|at|after|following|since|until|when|and|but|with|for)\b|$))")


def _roles_from_as(doc: Document, entities: list[Entity], mentions: list[Mention]) -> None:
    """`Charles Clarke faces his first real test as home secretary`, `X's first day as
    chancellor`: an `as` phrase ending in a role word, in a sentence that names only X,
    before any quote, is X's role when the text gives none other."""
    per_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if not m.in_quote:
            per_sentence.setdefault(m.sentence, []).append(m)
    for ms in per_sentence.values():
        if len({m.entity for m in ms}) != 1 or entities[ms[0].entity].role is not None:
            continue
        m = ms[0]
        para = doc.paragraphs[m.paragraph]
        sent = next((s for s in para.sentences if s.start <= m.start < s.end), None)
        if sent is None:
            continue
        tail = para.norm[m.end : sent.end]
        cut = tail.find('"')
        if cut >= 0:
            tail = tail[:cut]
        found = _AS_ROLE.search(tail[:90])
        if not found:
            continue
        words = found.group(1).split()
        if not _role_word(words[-1]) or any(w.lower() in _ROLE_STOP or w.lower() in SPEECH_VERBS for w in words):
            continue
        # the subject's own post (`X faces his first test as home secretary`), not what a
        # clause says of someone else (`X said they tried to recruit him as an agent`)
        gap = [w.lower() for w in _GAP_WORD.findall(tail[: found.start()])]
        if len(gap) > 8 or any(w in SPEECH_VERBS or w in ("him", "her", "them", "it", "us", "me") for w in gap):
            continue
        if any(party_name(w) and w[:1].isupper() for w in words) and len(words) == 1:
            continue
        start = m.end + found.start(1)
        entities[m.entity].role = para.text[start : start + len(found.group(1))]


_AGED_DESCRIPTION = re.compile(
    r"(?:(?:^|[,;]\s+|\b(?:after|as|when|before|while|because|and|but)\s+)(?:the|[Tt]he|An|A)|(?<=[a-z]\s)(?:The|An|A))"
    r"\s+\d{1,3}-year-old\s+((?:[a-z][\w/-]*\s+){1,5})")


def _roles_from_aged_descriptions(doc: Document, entities: list[Entity], mentions: list[Mention],
                                  spans: list[tuple[int, int, int]]) -> None:
    """`Deputies rushed X from court after the 20-year-old murder suspect swore at a judge`,
    `Sister X was found … An 86-year-old nun was …`: an age with a role noun opening a
    clause, later in a sentence that names only X, describes X."""
    per_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if not m.in_quote:
            per_sentence.setdefault(m.sentence, []).append(m)
    for ms in per_sentence.values():
        ent = entities[ms[0].entity]
        if len({m.entity for m in ms}) != 1 or ent.role is not None:
            continue
        para = doc.paragraphs[ms[0].paragraph]
        sent = next((s for s in para.sentences if s.start <= ms[0].start < s.end), None)
        if sent is None:
            continue
        for found in _AGED_DESCRIPTION.finditer(para.norm, ms[0].end, sent.end):
            if any(p == ms[0].paragraph and a <= found.start() < b for p, a, b in spans):
                continue
            words = found.group(1).split()
            for x, w in enumerate(words[:-1]):
                if w in _ROLE_STOP or w in SPEECH_VERBS:
                    break
                if _role_word(w) and not _role_word(words[x + 1]) and w not in ANONYMOUS:
                    start = found.start(1)
                    end = start + len(" ".join(words[: x + 1]))
                    ent.role = para.text[start:end]
                    break
            if ent.role is not None:
                break


_OFFICE = re.compile(
    r"\b[Tt]he\s+((?:[Pp]rime|[Dd]eputy\s+[Pp]rime)\s+[Mm]inister|[Cc]hancellor|[Pp]resident|"
    r"[Ff]irst\s+[Mm]inister|[Mm]ayor|[Gg]overnor|[Pp]remier|[Tt]aoiseach|[Ll]ord\s+[Cc]hancellor|"
    r"[Aa]ttorney\s+[Gg]eneral|[Cc]hief\s+[Mm]inister|"
    # a portfolio's secretary or minister: `the Culture Secretary`, `the trade and industry secretary`
    r"(?:(?:[A-Z][a-z]+|(?:" + "|".join(sorted(PORTFOLIO_WORDS)) + r"))\s+(?:and\s+|,\s+)?){1,4}(?:[Ss]ecretary|[Mm]inister))"
    r"\b(?!\s+[A-Z])(?!'s)"
)
_LESSER = frozenset("deputy shadow vice former ex junior assistant acting interim".split())


# `Mr Blair's spokesman said: "The prime minister is determined …"`: staff speak of their
# principal by office, so the principal is not someone else beside that office.
_STAFF_OF = re.compile(r"(?:'s|’s)\s+(?:official\s+)?(?:spokesman|spokeswoman|spokesperson|aide|aides|office|adviser|advisers)\b")
_LEAD_ACTS = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?([a-z]+)\b")


def _office_of_lead(doc: Document, entities: list[Entity], mentions: list[Mention]) -> None:
    """`Tony Blair has dismissed reports he told Gordon Brown … the prime minister told …
    the chancellor was …`: a story that opens on its principals and then speaks of offices
    nobody named holds means those principals. An office goes to a person the lead names
    with no role, who is not named beside that office anywhere (`Mr Brown met the prime
    minister` is someone else), only when that person is the one candidate left for it and
    a candidate for no other office (else the text does not say who holds which)."""
    if not doc.sentences:
        return
    lead: list[int] = []
    opener = -1  # the lead's subject, named again later
    for m in mentions:
        if m.sentence != 0 or m.in_quote or m.entity in lead:
            continue
        at_start = m.start - doc.sentences[0].start <= 4
        principal = sum(1 for x in entities[m.entity].mentions if not x.in_quote) >= 2
        if entities[m.entity].role is None and (at_start or principal):
            lead.append(m.entity)
            verb = _LEAD_ACTS.match(doc.paragraphs[m.paragraph].norm, m.end)
            if at_start and principal and verb and verb.group(1).lower() in SPEECH_VERBS:
                opener = m.entity  # `Tony Blair has urged …`, not `Walter Brinkley has died`
    if not lead:
        return
    named_in: dict[tuple[int, int], set[int]] = {}
    for m in mentions:
        if not m.in_quote and not _STAFF_OF.match(doc.paragraphs[m.paragraph].norm, m.end):
            named_in.setdefault((m.paragraph, m.sentence), set()).add(m.entity)
    offices: dict[str, str] = {}  # office → as first written
    beside: dict[str, set[int]] = {}  # office → people named in a sentence with it
    alone: set[str] = set()  # offices in a sentence that names nobody
    for p_index, para in enumerate(doc.paragraphs):
        for m in _offices(para.norm):
            office = " ".join(m.group(1).lower().split())
            if any(_holds(e.role, office) for e in entities):
                continue
            offices.setdefault(office, para.text[m.start(1) : m.end(1)])
            named = named_in.get((p_index, _sentence_of(doc, p_index, m.start())), set())
            beside.setdefault(office, set()).update(named)
            if not named:
                alone.add(office)
    # an office only ever beside other people (`Mr X said he would not apologise even if
    # the prime minister asked`) is the lead's subject's, if anyone's
    cands = {o: [e for e in lead if e not in beside[o] and (o in alone or e == opener)] for o in offices}
    changed = True
    while changed:
        changed = False
        for office, people in cands.items():
            if len(people) != 1:
                continue
            (idx,) = people
            if any(idx in other for o, other in cands.items() if o != office):
                continue
            entities[idx].role = offices[office]
            del cands[office]
            lead.remove(idx)
            changed = True
            break
    # `the chancellor` can only be Mr Brown, `the prime minister` Mr Brown or Mr Blair: when
    # only one way gives every office left a different holder, the text has said who is which.
    open_offices = [o for o, people in cands.items() if people]
    ways = _matchings(open_offices, cands)
    if len(ways) == 1:
        for office, idx in ways[0].items():
            entities[idx].role = offices[office]


def _matchings(offices: list[str], cands: dict[str, list[int]], limit: int = 2) -> list[dict[str, int]]:
    """Up to `limit` ways to give each office a different one of its candidates."""
    found: list[dict[str, int]] = []

    def place(k: int, taken: dict[str, int]) -> None:
        if len(found) >= limit:
            return
        if k == len(offices):
            found.append(dict(taken))
            return
        for idx in cands[offices[k]]:
            if idx not in taken.values():
                taken[offices[k]] = idx
                place(k + 1, taken)
                del taken[offices[k]]

    if offices:
        place(0, {})
    return found


_GENERIC_MAN = frozenset("chairman spokesman congressman businessman".split())


_OFFICE_OWNING = re.compile(_OFFICE.pattern.replace("(?!'s)", ""))


def _offices(text: str) -> list[re.Match]:
    """The offices `text` names by title alone, not a lesser or a party's one: `the Culture
    Secretary` is one person's post; `the Shadow Home Secretary` or `the Labour Minister`
    is not the one it names or not one post at all."""
    out = []
    for m in _OFFICE_OWNING.finditer(text):
        first = m.group(1).split()[0]
        low = first.lower()
        if low in _LESSER or (low not in PORTFOLIO_WORDS and (party_name(first) or low in DEMONYMS)):
            continue
        out.append(m)
    return out


def _office_named_later(doc: Document, entities: list[Entity], mentions: list[Mention]) -> None:
    """`The first minister's statement … has been criticised. Jack Law said Jack McConnell's
    comment …`: a lead that names only an office, which nobody holds, then names its holder
    in the sentences right after. The holder is the one person there with no role."""
    if not doc.sentences or any(m.sentence == 0 for m in mentions):
        return
    lead = doc.sentences[0]
    found = next(iter(_offices(lead.norm)), None)
    if found is None or '"' in lead.norm[: found.start()]:
        return
    office = " ".join(found.group(1).lower().split())
    if any(_holds(e.role, office) for e in entities):
        return
    near = {m.entity for m in mentions if 1 <= m.sentence <= 3 and not m.in_quote}
    bare = [x for x in near if entities[x].role is None or _generic_of(entities[x].role, office)]
    if len(bare) == 1 and len(entities[bare[0]].mentions) >= 2:
        entities[bare[0]].role = doc.sentences[0].text[found.start(1) : found.end(1)]


def _generic_of(role: str, office: str) -> bool:
    """`minister` (from `the minister told delegates`) says less than `Transport Secretary`."""
    low, words = role.lower(), office.split()
    return " " not in low and (low in words or (low == "minister" and len(words) >= 2
                                                and words[-1] == "secretary" and words[-2] in PORTFOLIO_WORDS))


def _gender_from_words(words: list[str]) -> str:
    low = {w.lower() for w in words}
    if low & MALE_WORDS:
        return "m"
    if low & FEMALE_WORDS:
        return "f"
    return ""


_OPENING_PRONOUN = re.compile(r"\W*(He|She)\b")
_HE = re.compile(r"\b(?:he|his|him|himself)\b", re.I)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)


def _unquoted(doc: Document, s_index: int, spans: list[tuple[int, int, int]]) -> str:
    """A sentence with its quoted words blanked: a he or she in them is someone else."""
    sent = doc.sentences[s_index]
    text = sent.norm
    for p, start, end in spans:
        if p == sent.paragraph and start < sent.end and end > sent.start:
            a, b = max(start, sent.start) - sent.start, min(end, sent.end) - sent.start
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def _genders_from_pronouns(doc: Document, entities: list[Entity], mentions: list[Mention],
                           spans: list[tuple[int, int, int]] | None = None) -> None:
    """Unknown genders from the pronouns in a sentence that names only that person (not
    those in quoted words: `'… she was approached …,' he added` speaks of a victim)."""
    votes: dict[int, int] = {}
    by_sentence: dict[int, set[int]] = {}
    for m in mentions:
        if not m.in_quote:
            by_sentence.setdefault(m.sentence, set()).add(m.entity)
    for s_index, ents in by_sentence.items():
        if len(ents) != 1:
            continue
        (idx,) = ents
        if entities[idx].gender and not entities[idx].gender_weak:
            continue
        text = _unquoted(doc, s_index, spans or [])
        nxt = _unquoted(doc, s_index + 1, spans or []) if s_index + 1 < len(doc.sentences) else ""
        if (s_index + 1) in by_sentence:
            nxt = ""
        opener = _OPENING_PRONOUN.match(nxt)
        if opener:  # `Umma, 25, was forced to marry. She said … him`: the subject decides
            votes[idx] = votes.get(idx, 0) + (1 if opener.group(1).lower() == "he" else -1)
            continue
        he = len(_HE.findall(text + " " + nxt))
        she = len(_SHE.findall(text + " " + nxt))
        votes[idx] = votes.get(idx, 0) + (1 if he > she else -1 if she > he else 0)
    for idx, v in votes.items():
        if v:
            entities[idx].gender = "m" if v > 0 else "f"
            entities[idx].gender_weak = False
    # `SDE faction chair Maris Ojamaa said her party …`: the text's own word beats the list's
    # guess from the first name (Maris is a man's name in Latvia, a woman's in Estonia)
    for m in mentions:
        if m.in_quote:
            continue
        own = _SAID_OWN.match(doc.paragraphs[m.paragraph].norm, m.end)
        if own is not None:
            entities[m.entity].gender = "f" if own.group(1).lower() == "her" else "m"
            entities[m.entity].gender_weak = False


_SAID_OWN = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|told\s+\w+)\s+(?:that\s+)?(her|his)\s+(?!own\b)")


_PARTY_NOUN_AFTER = re.compile(r"^(?:'s\b|\s*[),.;:]|\s+(?:party|group|ticket|benches|from|representing)\b)", re.I)
_GAP_WORD = re.compile(r"[\w'-]+")


def _parties_tied(doc: Document, m: Mention) -> list[str]:
    """Parties the sentence ties to one mention: `Labour's X`, `X (Labour)`, `X, who is
    standing for the Tories,`, `X, a UKIP MEP` - a party word used as a noun or before a
    role, a few words from the name with no verb of speech between. A party word that is
    an adjective of something else (`Labour plans`) says nothing about the person."""
    para = doc.paragraphs[m.paragraph]
    sent = next((s for s in para.sentences if s.start <= m.start < s.end), None)
    if sent is None:
        return []
    out: list[str] = []
    for pm in PARTY_RE.finditer(para.norm, sent.start, sent.end):
        name = party_name(pm.group())
        if not name or name == "Brexit Party" or (pm.start() < m.end and pm.end() > m.start):
            continue
        after = para.norm[pm.end() : pm.end() + 20]
        nxt = _GAP_WORD.match(after.lstrip())
        role_next = nxt is not None and after[:1] == " " and _role_word(nxt.group())
        gap = para.norm[pm.end() : m.start] if pm.end() <= m.start else para.norm[m.end : pm.start()]
        words = [w.lower() for w in _GAP_WORD.findall(gap)]
        # `on the Labour left, MP Lloyd Russell-Moyle`: a role word right before the name
        close_role = pm.end() <= m.start and 2 <= len(words) <= 3 and _role_word(words[-1])
        if not (role_next or close_role or _PARTY_NOUN_AFTER.match(after)):
            continue
        if role_next and _of_another(para.norm, pm):
            continue  # `X, a friend of the Tory leader,`: the leader's party, not X's
        if len(words) > 6 or any(w in SPEECH_VERBS or w in ("quit", "against", "than", "and") for w in words) or (
                pm.start() > m.end and "left" in words):
            continue
        if pm.end() <= m.start and any(c in gap for c in ";:.") :
            continue
        if pm.start() > m.end and "who" not in words and any(
                w.endswith("ed") or w in ("rejects", "attacks", "backs", "criticises", "accuses") for w in words):
            continue  # `Mr Brown rejected the Lib Dem's call`: the party is what he acts on
        out.append(name)
    return out


_APPOSITIVE = re.compile(r",\s+([^,.;:\"()]{3,80}),")


# `a friend of the Tory leader`, `an adviser to the Labour MP`: another person's party.
_ANOTHERS = re.compile(r"\b(?:of|to|for|with)\s+(?:the|a|an)\s+$")


def _of_another(text: str, party: re.Match) -> bool:
    """Whether the party word follows `of/to/for/with the`: it is someone else's party."""
    return _ANOTHERS.search(text, max(0, party.start() - 12), party.start()) is not None


def _appositive_party(text: str, end: int) -> str | None:
    """The party an appositive right after a name owns or qualifies: `X, now working on
    Labour's election campaign,`, `X, a Tory councillor,`; none when it names another person."""
    found = _APPOSITIVE.match(text, end)
    if found is None or re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+", found.group(1)):
        return None
    inner = found.group(1)
    if any(w.lower() in SPEECH_VERBS for w in _GAP_WORD.findall(inner)):
        return None
    names = {party_name(pm.group()) for pm in PARTY_RE.finditer(inner)
             if (inner[pm.end() : pm.end() + 2] == "'s" or _members_next(inner, pm.end()))
             and not _of_another(inner, pm)} - {None, "Brexit Party"}
    return names.pop() if len(names) == 1 else None


def _members_next(text: str, end: int) -> bool:
    """`Labour MPs`, `Tory councillors`: the party word names members by their role."""
    nxt = _GAP_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return nxt is not None and (_role_word(nxt.group()) or _role_word(nxt.group().rstrip("s")))


def _reported(sent: Sentence, m: Mention, pm: re.Match) -> bool:
    """`The shadow home secretary, X, said Labour had …`: a party in what the person says,
    after their name and a verb of speech, is who they talk about, not their party."""
    if pm.start() < m.end - sent.start:
        return False
    gap = sent.norm[m.end - sent.start : pm.start()]
    return any(w.lower() in SPEECH_VERBS for w in _GAP_WORD.findall(gap))


# A leader or whip of a house or of the government, not of a party: `Government House
# Leader`, `Senate Majority Leader`, `Opposition Leader` (whose side may be a coalition).
_OFFICE_OF_HOUSE = frozenset("government house senate majority minority opposition commons lords "
                             "council assembly cabinet chamber".split())
_PARTY_BODIES = frozenset("government administration party cabinet leadership".split())
_GOVERNING = re.compile(r"\b(Labour|Tory|Conservative)(?:'s)?\s+(?:majority|rebels|whips)\b")
_PARTY_JOBS = frozenset("leader chairman chairwoman co-chairman co-chair chair president spokesman "
                        "spokeswoman spokesperson candidate whip treasurer mp msp mep am frontbencher "
                        "backbencher".split())


def _undefined_letters(word: str) -> bool:
    """Capital letters that are no party or post the lists know (`NFP`, not `MEP` or `SNP`)."""
    return bool(ACRONYM.match(word)) and word not in POSTNOMINALS and not _role_word(word) and not party_name(word)


def _parties_from_context(doc: Document, entities: list[Entity]) -> None:
    """A party the text ties to a person, in the sentences that name only them."""
    people_in: dict[int, set[int]] = {}
    for idx, ent in enumerate(entities):
        for m in ent.mentions:
            people_in.setdefault(m.sentence, set()).add(idx)
    for ent in entities:
        if ent.party is not None or not ent.mentions:
            continue
        counts: dict[str, int] = {}
        for m in ent.mentions:
            if m.in_quote or m.sentence < 0:
                continue
            if len(people_in.get(m.sentence, ())) > 1:
                # `Alastair Campbell, now working on Labour's election campaign, says … Mr
                # Howard`: a party in the person's own appositive, whoever else the sentence names
                own = _appositive_party(doc.paragraphs[m.paragraph].norm, m.end)
                if own:
                    counts[own] = counts.get(own, 0) + 1
                continue
            tied = _parties_tied(doc, m)
            # (not `NFP MP X`: the role holds letters that the text defines as a party later on)
            if not tied and ent.role and not _undefined_letters(ent.role.split()[0]) and (ent.role.split()[-1].lower() in _PARTY_JOBS
                                          or ent.role.split()[0].lower() == "shadow") \
                    and not _OFFICE_OF_HOUSE & {w.lower() for w in ent.role.split()}:
                # `The Liberal Democrats launched their platform, with leader Charles Kennedy
                # saying …`: a party job, and the one party its sentence names
                # `Plans unveiled by the Conservatives. … Leader Michael Howard said`: else the
                # nearest of the two sentences before that names a party, if it names one
                for back in range(3):
                    if m.sentence - back < 0 or (back and people_in.get(m.sentence - back)):
                        break
                    sent = doc.sentences[m.sentence - back]
                    # before the sentence, only a party as a body: `by the Conservatives`, not
                    # `the Countryside Alliance` or `any number of Republicans`
                    named = {party_name(pm.group()) for pm in PARTY_RE.finditer(sent.norm)
                             if (not _reported(sent, m, pm) if not back
                                 else sent.norm[max(0, pm.start() - 4) : pm.start()].lower() == "the "
                                 or _members_next(sent.norm, pm.end()))
                             and not (_members_next(sent.norm, pm.end()) and _of_another(sent.norm, pm))
                             } - {None, "Brexit Party"}
                    if named:
                        # a party named outside quote marks (`The Conservatives dismissed it as a
                        # "gimmick"`), not one the quoted words name
                        if len(named) == 1 and not any(sent.norm.count('"', 0, pm.start()) % 2
                                                       for pm in PARTY_RE.finditer(sent.norm)):
                            tied = list(named)
                        break
            for name in tied:
                counts[name] = counts.get(name, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            ent.party = ranked[0][0]
    _party_by_reference(doc, entities, people_in)
    _structural_parties(doc, entities)
    # UK frontbench: a shadow minister belongs to the opposition party the story is about.
    shadow = [e for e in entities if e.party is None and e.role and "shadow" in e.role.lower()]
    if shadow:
        known = [e.party for e in entities if e.party and e.role and "shadow" in e.role.lower()]
        text = " ".join(p.norm for p in doc.paragraphs)
        ruling = {party_name(m.group(1)) for m in _GOVERNING.finditer(text)} & {"Labour", "Conservative"}
        if not known and len(ruling) == 1:
            # `Labour's majority`, `62 Labour rebels`: the governing party has no shadows
            known = list({"Labour", "Conservative"} - ruling)
        if not known:
            # `Chancellor Gordon Brown (Labour)`: a minister's party governs, the shadows are the other
            governing = {e.party for e in entities if e.party in ("Labour", "Conservative") and e.role
                         and _MINISTERIAL.search(e.role) and "shadow" not in e.role.lower()}
            if len(governing) == 1:
                known = list({"Labour", "Conservative"} - governing)
        if not known:
            known = [party_name(m.group()) for m in PARTY_RE.finditer(" ".join(p.norm for p in doc.paragraphs))]
        # only the two parties that form an official opposition have a shadow frontbench
        known = [k for k in known if k in ("Labour", "Conservative")]
        if known:
            counts = sorted(((known.count(k), k) for k in set(known)), reverse=True)
            if len(counts) == 1 or counts[0][0] > counts[1][0]:  # a tie is no evidence: no party
                for e in shadow:
                    e.party = counts[0][1]


# A serving post (`chancellor`, `home secretary`), not a past one (`ex-minister`, `former …`).
_MINISTERIAL = re.compile(r"^(?!.*\b(?:former|ex|then)\b)(?!.*\bex-).*(?<![\w-])(?:minister|secretary|chancellor)\b",
                          re.I)


# `Its migration spokesman, X, said`, `The party's deputy leader X said`: a post the sentence
# gives by reference to a party named just before, then the name.
_REF_POST = re.compile(r"^(?:(?:But|And|However),?\s+)?(?:Its|Their|[Tt]he\s+party's)\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+")
# `… alarmed others on the party's left.`: people of a party referred to as `the party`.
_REF_GROUP = re.compile(r"\b(?:others|many|some|those|members|MPs|colleagues)\s+(?:on|in|of|from)\s+the\s+party(?:'s)?\b")


def _party_by_reference(doc: Document, entities: list[Entity], people_in: dict[int, set[int]]) -> None:
    """A person placed in a party by reference, `Its`/`the party`, resolved to the one party
    the sentence before names as a body or by its members (`The centre-right European
    People's Party … welcomed the vote. Its migration spokesman, X, said`; `Some Labour MPs
    … . But the plan has alarmed others on the party's left. X, the MP for …, said`)."""
    for ent in entities:
        if ent.party is not None:
            continue
        for m in ent.mentions:
            if m.in_quote or m.sentence < 1:
                continue
            sent = doc.sentences[m.sentence]
            head = _REF_POST.match(sent.norm)
            if head and 0 <= m.start - sent.start - head.end() <= 40:
                sources = [m.sentence - 1]
            elif (m.start - sent.start <= 2 and m.sentence >= 2 and not people_in.get(m.sentence - 1)
                  and _REF_GROUP.search(doc.sentences[m.sentence - 1].norm)
                  and not PARTY_RE.search(doc.sentences[m.sentence - 1].norm)):
                sources = [x for x in (m.sentence - 2, m.sentence - 3) if x >= 0]
            else:
                continue
            named: set[str | None] = set()
            for source in sources:
                if doc.sentences[source].paragraph < sent.paragraph - 1:
                    break
                text = doc.sentences[source].norm
                # the party as a body (`the Conservatives`), as the subject (`The centre-right
                # European People's Party …`) or by its members (`Some Labour MPs`)
                named = {party_name(pm.group()) for pm in PARTY_RE.finditer(text)
                         if not text.count('"', 0, pm.start()) % 2
                         and (text[max(0, pm.start() - 4) : pm.start()].lower() == "the " or pm.start() <= 25
                              or _members_next(text, pm.end()))}
                if named - {None}:
                    break
            named -= {None, "Brexit Party"}
            if len(named) == 1:
                ent.party = named.pop()
                break



# --- Parties read from structure, for parties no lexicon lists -------------------------
# Nouns of a house member: a party word or acronym right before one is the member's party.
_MEMBER_NOUNS = "MPs?|MNAs?|MPAs?|MKs?|MLAs?|MEPs?|MSPs?|MS|TDs?|AMs?|senators?|lawmakers?|legislators?|councillors?"
# `PPP MNA X`, `APC senators`: compiled once (it runs on every sentence)
_ACRONYM_MEMBER = re.compile(rf"(?<![\w'’-])([A-Z]{{2,6}}(?:-[A-Z]{{1,3}})?)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_MEMBER_NOUNS})\b")
# Party jobs: an acronym before one is a party only with more evidence (`FBI spokesman`).
_JOB_NOUNS = r"leader|(?:chief\s+)?whip|spokes(?:man|woman|person)|chairman|chairwoman|chair|candidate"
_PHRASE = r"(?:[A-Z][\w'’]*(?:-[\w'’]+)*)(?:\s+[A-Z][\w'’]*(?:-[\w'’]+)*){0,2}"
_TAG_BEFORE = re.compile(
    rf"(?<![\w'’-])({_PHRASE})\s+((?:[a-z][\w-]*\s+){{0,3}}?)({_MEMBER_NOUNS}|{_JOB_NOUNS})\s+(?:[A-Z][a-z]+\.?\s+)?$")
_TAG_AFTER = re.compile(r"\s*\(([A-Z]{2,6}(?:-[A-Z]{1,3})?)(?:,\s*[A-Z][^()]{1,40})?\)")
_APPOSED_TAG = re.compile(
    rf",\s+(?:a|an)\s+({_PHRASE})\s+((?:[a-z][\w-]*\s+){{0,2}}?)({_MEMBER_NOUNS}|{_JOB_NOUNS})\b")
ACRONYM = re.compile(r"^[A-Z]{2,6}(?:-[A-Z]{1,3})?$")
# Acronyms that are never a party: countries, unions, services, forces, agencies, outlets, posts.
_NOT_PARTY = frozenset(
    "UK US USA EU UN NHS BBC ITV CNN ABC NBC CBS NPR PBS AP AFP NATO IMF WHO WTO OECD FBI CIA NSA DHS "
    "ICE TSA NYPD LAPD PSNI RUC SAPS NPA CPS MOD MOJ DWP HMRC DVLA ONS IFS CBI TUC GMB NUT NEU RCN BMA "
    "CEO CFO COO MP MPs MSP MEP MLA MNA MPA MK TD AM QC KC OBE MBE CBE GP PM DPM".split())
_DEFINED = re.compile(r"((?:[A-Z][\w'’]*(?:-[\w'’]+)*[ \t]+(?:of[ \t]+|for[ \t]+the[ \t]+)?){0,5}[A-Z][\w'’]*(?:-[\w'’]+)*)"
                      r"[ \t]+\(([A-Z]{2,6}(?:-[A-Z]{1,3})?)\)")  # (within a paragraph: not `… IST | The …`)
_FULL_PARTY = re.compile(
    r"((?:[A-Z][\w’]*(?:-[\w’]+)*'?\s+){1,4}Party(?:\s+(?:of\s+[A-Z][\w-]*|for\s+the\s+[A-Z][\w-]*))?)(?![\w'’-])")
_PARTY_CUE = re.compile(r"\b(?:his|her|their|the)\s+party\b")
_COMPASS = frozenset("north south east west northern southern eastern western central mid upper lower".split())


def _owned(phrase: str) -> str:
    """`Lapid's Yesh Atid` -> `Yesh Atid`: the words after an owner."""
    return re.split(r"['’]s\s+", phrase)[-1]


def _bodies(text: str) -> set[str]:
    """Capitalised phrases the text uses as a party, a body of people: `Lapid's Yesh Atid
    party`, `the X party`, `voted with X`, `National, ACT and NZ First voting` (a list with
    a known party)."""
    out = {_owned(m.group(1)) for m in re.finditer(rf"({_PHRASE})\s+party\b", text)}
    out |= {_owned(m.group(1)) for m in re.finditer(rf"\bvoted\s+(?:with|against|alongside)\s+(?:the\s+)?({_PHRASE})", text)}
    for lst in re.finditer(rf"((?:{_PHRASE},\s+)+{_PHRASE},?\s+and\s+(?:the\s+)?{_PHRASE})", text):
        items = [x.strip() for x in re.split(r",\s+|,?\s+and\s+(?:the\s+)?", lst.group(1))]
        if any(PARTY_RE.fullmatch(x) for x in items):
            out |= set(items)
    return out


def _phrase_party(phrase: str, noun: str, sentence_after: str, doc_text: str,
                  evidence: Callable[[], tuple[set[str], set[str]]]) -> str | None:
    """The party a phrase before a house member's or a party job's noun names, or None.

    `evidence()` gives the text's bodies and strong acronyms (see `_structural_parties`),
    read only when a known party's name does not settle it."""
    words = phrase.split()
    if phrase.lower() in PARTY_WORDS:
        return party_name(phrase)
    member = re.fullmatch(_MEMBER_NOUNS, noun) is not None
    if ACRONYM.match(phrase):
        bodies, strong = evidence()
        if phrase not in bodies and (phrase in _NOT_PARTY or phrase.lower() in MEDIA):
            return None
        ok = member or phrase in strong or phrase in bodies or _PARTY_CUE.search(sentence_after)
        return phrase if ok else None
    low = {w.lower() for w in words}
    if low & (NON_PERSON_WORDS | _COMPASS | DEMONYMS | SEATS_OF_POWER | _OFFICE_OF_HOUSE) or \
            words[0].lower() in first_names() or any(w.isupper() for w in words):
        return None
    if re.search(rf"\b(?:in|at|for|from|of)\s+{re.escape(phrase)}\b", doc_text):
        return None  # a place: `MP for Hartlepool`, `in Hartlepool`
    # `National Unity MK X … said the party would`; one word is as often a seat (`Hartlepool MP`)
    if phrase in evidence()[0] or (member and len(words) >= 2 and _PARTY_CUE.search(sentence_after)):
        return phrase
    return None


# `Yair Lapid's Yesh Atid party`
_OWN_PARTY = re.compile(rf"'s\s+({_PHRASE})\s+party\b")
# `X, a lawmaker from Lula's Workers' Party,`, `X's Liberal Party (PL)`
_PARTY_AFTER_NAME = re.compile(rf"(?:'s\s+|,\s+(?:a\s+|an\s+|the\s+)?((?:[\w-]+\s+){{1,4}}?)(?:of|from)\s+"
                               rf"(?:the\s+)?(?:[a-z-]+\s+){{0,3}}(?:[A-Z][\w-]*'s\s+)?)"
                               rf"{_FULL_PARTY.pattern}")


def _structural_parties(doc: Document, entities: list[Entity]) -> None:
    """Parties no lexicon lists, read from how copy writes a party: an acronym or a party's
    name before a house member's noun (`PPP MNA X`, `Yesh Atid MK X`, `X, a National list
    MP,`), an acronym tag after the name (`X (LP)`, `X (APC, Kogi East)`), a full name
    ending in `Party` (`X, a lawmaker of the Democratic Party for the People,`, `X's Liberal
    Party`). An acronym the text spells out (`the Pakistan Tehreek-i-Insaf (PTI)`) and no
    lexicon knows is given in full; a lexicon word inside a longer party name (`Democratic`
    in `Democratic Party for the People`) yields to the whole name."""
    doc_text = "\n".join(p.norm for p in doc.paragraphs)

    # The whole-text evidence is read only when a mention carries a tag to judge (most
    # stories have none): scanning every sentence for it is most of this step's cost.
    @functools.cache
    def evidence() -> tuple[set[str], set[str]]:
        """The text's bodies (`_bodies`) and its acronyms before a house member's noun."""
        strong: set[str] = set()
        for sent in doc.sentences:
            for m in _ACRONYM_MEMBER.finditer(sent.norm):
                strong.add(m.group(1))
        return _bodies(doc_text), strong

    @functools.cache
    def defined() -> dict[str, str]:
        """Acronyms the text spells out: `the Pakistan Tehreek-i-Insaf (PTI)`."""
        out: dict[str, str] = {}
        for m in _DEFINED.finditer(doc_text):
            full = _owned(re.sub(r"^(?:The|the)\s+", "", m.group(1)))
            # the acronym's letters are the name's capitals (`Liberal Party (PL)`), not a tag
            # after a person's name (`Ifeoma Nwankwo (LP)`)
            if m.group(2).lower() not in PARTY_WORDS and set(m.group(2)) - {"-"} <= set(re.findall(r"[A-Z]", full)) \
                    and not any(e.name in full for e in entities):  # (`Nana Akwasi Prempeh-Amankwah (NPP)`)
                out.setdefault(m.group(2), full)
        return out

    def named(party: str) -> str:
        if party.lower() in PARTY_WORDS:
            return party_name(party) or party
        return defined().get(party, party)

    for ent in entities:
        found: list[str] = []
        full_names: list[str] = []
        for m in ent.mentions:
            if m.in_quote or m.sentence < 0:
                continue
            norm = doc.paragraphs[m.paragraph].norm
            sent = doc.sentences[m.sentence]
            before = norm[sent.start : m.start]
            after = norm[m.end : sent.end]
            tb = _TAG_BEFORE.search(before)
            if tb and not tb.group(2).strip().endswith(("of", "for", "to")):
                p = _phrase_party(tb.group(1), tb.group(3), after, doc_text, evidence)
                if p:
                    found.append(p)
            ta = _TAG_AFTER.match(after)
            if ta and ta.group(1) not in _NOT_PARTY and ta.group(1).lower() not in MEDIA:
                found.append(ta.group(1))
            own = _OWN_PARTY.match(after)  # `Yair Lapid's Yesh Atid party`
            if own and not _FULL_PARTY.match(after, 3):
                p = _phrase_party(own.group(1), "leader", after, doc_text, evidence)
                if p:
                    found.append(p)
            ap = _APPOSED_TAG.match(after)
            if ap:
                p = _phrase_party(ap.group(1), ap.group(3), after, doc_text, evidence)
                if p:
                    found.append(p)
            # `X, a lawmaker from Lula's Workers' Party,`, `X, policy chief of the main
            # opposition Constitutional Democratic Party of Japan,`, `X's Liberal Party (PL)`
            fp = _PARTY_AFTER_NAME.match(after)
            if fp and (fp.group(1) is None or any(_role_word(w) for w in fp.group(1).split())):
                full_names.append(fp.group(2).strip())
        if full_names and len(set(full_names)) == 1:
            full = full_names[0]
            name = party_name(full) if full.lower() in PARTY_WORDS else full
            inner = {party_name(pm.group()) for pm in PARTY_RE.finditer(full)}
            if ent.party is None or ent.party in inner:
                ent.party = name
                continue
        if ent.party is None and found:
            names = {named(p) for p in found}
            if len(names) == 1:
                ent.party = names.pop()
