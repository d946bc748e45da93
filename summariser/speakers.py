"""Who said each quote: the attribution clause read around the marks, then coreference.

Why this order of evidence: newsroom copy attributes a quote in its own
sentence (`X said:`, `," she said.`, `," said Mr X.`, `according to X`);
when it does not, the sentence before it in the paragraph names the speaker
(`She added that … "…"`), and a paragraph that is only quote carries on the
last speaker. A pronoun goes to the speaker, else the subject, of the nearest
sentence naming someone of that gender — not to a name after a preposition, a
possessive, or a name inside the reported words — and `he added` carries on the
last quote's speaker. A definite description (`the MP`) names only a person the
text links it to (by role, or as the named subject just before it); unnamed
sources (`a Labour spokesman`, `officials`) and organisations give no name, and
an unnamed speaker takes the he/she that follows it: a wrong name under a quote
is worse than none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter

from .document import Document
from .lexicon import (
    ANONYMOUS,
    FEMALE_WORDS,
    MALE_WORDS,
    NOMINALS,
    PORTFOLIO_WORDS,
    ROLE_NOUNS,
    SHORT_TITLES,
    SPEECH_VERBS,
    US_PARTY_TAG,
    US_STATE_ABBREVIATIONS,
    party_name,
)
from .people import ACRONYM, GENERATIONAL, POSTNOMINALS, Mention, PeopleIndex, Token, occupation
from .quotes import QuoteSpan
from .verbs import is_verb_form

_SKIP_BEFORE_VERB = frozenset(
    "also has had have was were is then later earlier previously once would will again "
    "further yesterday today tonight recently subsequently only just has last this next "
    "week month year night morning afternoon evening weekend on monday tuesday wednesday "
    "thursday friday saturday sunday repeatedly however meanwhile in a an statement "
    "interview letter speech separately privately publicly".split()
)
_DEFINITE = frozenset("the this that".split())
_INDEFINITE = frozenset("a an another one some".split())
_NOT_PERSON_SUBJECT = frozenset("they we i it you who which there this that".split())
_MEDIUM = re.compile(
    r"\b(?:told|telling|tells|speaking\s+(?:to|on)|interview\s+with|writing\s+in|wrote\s+in|"
    r"said\s+on|appearing\s+on|on)\s+(?:the\s+)?"
    r"((?:[A-Z][\w.&'\u2019-]*|\d+)(?:'s|\u2019s)?(?:\s+(?:[A-Z][\w.&'\u2019-]*|\d+|programme|show)(?:'s|\u2019s)?){0,4})"
)
_PROGRAMME_TITLE = re.compile(r'\s+"((?:[A-Z0-9][\w\'-]*|the|of|and|a|on|in)(?:\s+(?:[A-Z0-9][\w\'-]*|the|of|and|a|on|in)){0,5}?)[.,]?"')
_MEDIUM_STOP = frozenset(
    "reporters journalists delegates supporters the a an he she they him her them it".split()
)
_PREPOSITIONS = frozenset(
    "to with by for from of against about at than like beside behind alongside besides "
    "including unlike towards toward between among over under into onto upon".split()
)
_NOT_A_PERSON = frozenset("statement sources aides officials insiders allies friends colleagues "
                          "spokesmen critics supporters opponents voters residents witnesses "
                          "observers".split())
# A sentence that may hold an unnamed speaker: only these are worth parsing again.
_ANON_RE = re.compile(
    r"\b(?:" + "|".join(sorted(ANONYMOUS, key=len, reverse=True)) + r")\b", re.I
)
_VIEW_OF = re.compile(
    r"(?:that|this|such)\s+(?:was|is)\s+the\s+(?:view|verdict|opinion|message|assessment|"
    r"warning|response|reaction)\s+of\s+", re.I
)
# What a person puts out in writing: `a statement from X` is X's words.
_WRITINGS = frozenset("statement letter post tweet message".split())
# What someone sends with words in it, and the verbs of sending it.
_SENT_WRITINGS = frozenset("message text email note letter post tweet".split())
_SENDING = frozenset("sent sends posted posts wrote writes texted emailed left tweeted".split())
# Words of a short `where it was said` tail: `told reporters`, `on Twitter`, `to CNN`.
_WHERE_WORDS = frozenset("on to in at with during a an the reporters journalists interview "
                         "return reply response turn "  # (and how: `Dr X asks in return.`)
                         "post posts tweet video message briefing conference press news radio "
                         "television tv social media".split())
_POSTNOMINALS = POSTNOMINALS | {"Jr", "Sr"}
# Words that open a description after the verb: `said the chairman …, X`, `said its chairman, X`.
_DESCRIBERS = frozenset("the a an its his her their".split())
# Verbs that put the speaker after them (`…, said Mr Clarke`).
_INVERTING = frozenset("said says added adds continued argued insisted explained".split())
# Verbs that put a question to someone, and the words that open the question asked.
_ASKING = frozenset("asked asks pressed presses questioned quizzed challenged".split())
_QUESTION_WORDS = frozenset("whether if about why how what when".split())
# Verbs of an answer: `he said` after a question is the one asked speaking.
_ANSWERING = frozenset("said says replied replies answered answers responded responds insisted "
                       "insists retorted retorts countered told tells admitted admits conceded "
                       "concedes denied denies explained explains".split())
# A turn in an exchange, introduced by a colon: `hit back:`, `pressed him:`, `went on:`.
_TURN_VERBS = frozenset("hit shot went came struck wrote spoke broke fought".split())
_NOT_TURNS = frozenset("received published released issued signed posted shared showed "
                       "listed named included used had".split())
_TURN_PARTICLES = frozenset("him her them back on again further in up out then".split())
# Documents whose words a quote may give, and the verbs that name who wrote them.
_DOCUMENTS = frozenset("letter email e-mail message text note memo memorandum affidavit statement "
                       "tweet post diary submission testimony".split())
_AUTHORING = frozenset("signed sworn written sent penned drafted filed posted authored issued "
                       "typed".split())
# Verbs that take a turn in questions and answers.
_REPLYING = frozenset("replied replies answered answers responded responds retorted retorts countered".split())


# Gerunds of putting words online or in writing: speech when a that-clause or a colon
# follows (`posting on X that …`, `writing on Facebook:`), not `posting a photo`.
_POSTING = frozenset("posting tweeting writing blogging messaging".split())


def _reports(tokens: list[Token], i: int, hi: int) -> bool:
    """The gerund at i reports words: `that` or a colon within a few words (`on X that`)."""
    for x in range(i, min(hi, i + 8)):
        if tokens[x].after[:1] == ":":
            return True
        if x > i and tokens[x].lower == "that":
            return True
        if tokens[x].after[:1] in (",", ".", ";", "!", "?"):
            return False
        if x > i and not (tokens[x].lower in _POSTED_IN or tokens[x].word[:1].isupper()):
            return False
    return False


# Words between a gerund of posting and its `that`: `writing in a post on X that`.
_POSTED_IN = frozenset("on in to online the a an his her their its post posts message statement letter "
                       "video blog thread".split())


def _party_spans(words: list[str]) -> dict[int, str]:
    """The positions of words that name a party, one word or a run (`Fine Gael`), and
    the party each names."""
    found: dict[int, str] = {}
    for n in (3, 2, 1):
        for x in range(len(words) - n + 1):
            if any(y in found for y in range(x, x + n)):
                continue
            party = party_name(" ".join(words[x : x + n]))
            if party is not None:
                found.update({y: party for y in range(x, x + n)})
    return found


def _turn_of(verb: str) -> str:
    return "ask" if verb in _ASKING else "reply" if verb in _REPLYING else ""


_PLAIN_PERSON = frozenset("man woman".split())
# Descriptions of anyone with a seat in a legislature, and the seats they cover.
_LEGISLATOR = frozenset("legislator lawmaker parliamentarian".split())
_SEATS = frozenset("legislator lawmaker parliamentarian senator mp msp mep mla td mca mpp mna mha mlc "
                   "congressman congresswoman congressperson representative assemblyman "
                   "assemblywoman assemblymember".split())
_PASSIVE = frozenset("was were been being is are be".split())
_CONTINUING = frozenset("added adds adding continued continues went concluded".split())
_AFTERWARDS = frozenset("later afterwards afterward too as well".split())
# `Mr Howard was asked about …`, `The Tory leader was asked whether …`: who answers next.
_PASSIVE_ASKED = re.compile(r"(?:(?:But|And|Later),?\s+)?(?P<subj>(?:[\w'.-]+\s+){1,5}?)"
                            r"(?:was|were|has\s+been|had\s+been)\s+(?:asked|pressed|questioned|challenged)\b")
_OPENING_DESCRIPTION = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Yet),?\s+)?[Tt]he\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    r"(?:(?:also|then|later|again|[a-z]+ly)\s+)?(?!said\b)[a-z]+ed\b"  # (`The Tory spokesman also criticised`)
)
_NOMINAL_RE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,3}(?:" + "|".join(sorted(NOMINALS, key=len, reverse=True)) + r")\b", re.I
)
# `Our correspondent said that …`: the outlet's own reporter, a person only where the text
# names them (`BBC correspondent Stephen Cape`)
_OUR_NOMINAL = re.compile(r"\b[Oo]ur\s+(?:[\w-]+\s+){0,2}(?:correspondent|editor|reporter)\b")
_DEMONYM = re.compile(r"(?:an|ish|ese|i|ch)$|^(?:South|North|East|West|New)$")
_AGED = re.compile(r"^\d{1,3}-year-old$")
_MISSED_BREAK = re.compile(r'(?<=[\w.,!?])"\s+[A-Z]')
_HE_WORD = re.compile(r"\b(?:he|his|him)\b", re.I)
_SHE_WORD = re.compile(r"\b(?:she|her)\b", re.I)
# How far back a bare pronoun may look for its person (paragraphs).
_PRONOUN_REACH = 6


@dataclass
class Attribution:
    """The speaker of one quote: an entity index or None, how it was found, the medium."""

    entity: int | None
    # "named", "pronoun", "nominal", "inherited", "contained", "anonymous" (an unnamed
    # person), "indefinite" (`a shadow cabinet member`), "organisation" or "none"
    how: str
    medium: str | None = None
    head: str | None = None  # the head word of an unnamed speaker (`spokesman`, `source`)
    at: tuple[int, int] | None = None  # where the pronoun stands, for "pronoun"


_TOKEN_START = attrgetter("start")  # (a C-level key for bisect: it runs for every clause)


def _names_only(tokens: list[Token], a: int, j: int) -> bool:
    """Tokens from `a` to the next comma (at most to `j`) are capitalised words or letters,
    perhaps joined by `and`: a place, a party's letters or the tail of a list of names."""
    for x in range(a, j + 1):
        t = tokens[x]
        if not (t.capitalised or ACRONYM.match(t.word) or (t.lower in ("and", "&") and x > a)):
            return False
        if "," in t.after[:2]:
            return x == j or x - a < 3
    return True


def _titles_only(tokens: list[Token], a: int, b: int) -> bool:
    """Tokens a..b-1 are capitalised words run together (titles, `Economy Minister`), no `The`;
    or a title's words with its role noun (`Tory leader`, `shadow home secretary`)."""
    if all((tokens[x].capitalised or _bracketed_letters(tokens[x])) and not tokens[x].after.strip(" ()")
           and tokens[x].lower not in _DETERMINERS for x in range(a, b)):
        return True  # (a party's letters in brackets too: `Forza Italia (FI) Senate whip`)
    return a < b and tokens[b - 1].lower in ROLE_NOUNS and all(
        not tokens[x].after.strip(" ()") and tokens[x].lower not in _DETERMINERS
        and (tokens[x].capitalised or _bracketed_letters(tokens[x]) or tokens[x].lower in ROLE_NOUNS
             or tokens[x].lower in PORTFOLIO_WORDS
             or tokens[x].lower in _TITLE_MODIFIERS)
        for x in range(a, b))


def _bracketed_letters(token: Token) -> bool:
    """`(FI)`: a party's letters in brackets, read as part of the title run they gloss."""
    return token.after.startswith(")") and ACRONYM.match(token.word) is not None


_TITLE_MODIFIERS = frozenset("shadow former deputy junior senior acting interim ex".split())


def _before_titles(tokens: list[Token], i: int, floor: int) -> int:
    """Where a name starting at token i starts with its titles (`Prof.`, `Hon.`), not before
    token floor + 1."""
    while i - 1 > floor and tokens[i - 1].lower.rstrip(".") in _APPOSITION_TITLES:
        i -= 1
    return i


def _tokens_in(tokens: list[Token], start: int, end: int) -> list[int]:
    """Indices of the tokens inside [start, end); tokens are in order, so bisect."""
    lo = bisect_left(tokens, start, key=_TOKEN_START)
    out = []
    for i in range(lo, len(tokens)):
        if tokens[i].start >= end:
            break
        if tokens[i].end <= end:
            out.append(i)
    return out


def _mention_ending(index: PeopleIndex, paragraph: int, end: int) -> Mention | None:
    for m in index.mentions:
        if m.paragraph == paragraph and m.end == end:
            return m
    return None


def _mention_starting(index: PeopleIndex, paragraph: int, start: int) -> Mention | None:
    for m in index.mentions:
        if m.paragraph == paragraph and m.start == start:
            return m
    return None


# Heads of descriptions that name one office-holder, not a kind of person.
_OFFICES = frozenset("president chancellor premier mayor governor speaker pope king queen".split())
_OFFICE_MODIFIERS = frozenset(
    "prime first home foreign deputy health education defence defense transport justice "
    "culture trade industry environment work pensions treasury chief vice attorney".split()
)
# `the prime minister`, `the chancellor` anywhere in a sentence (not `the Prime Minister Tony …`)
_OFFICE_NOMINAL = re.compile(
    r"\b(?i:the\s+(?:(" + "|".join(sorted(_OFFICE_MODIFIERS)) + r")\s+)?(minister|secretary|"
    + "|".join(sorted(_OFFICES)) + r"))\b(?!\s+[A-Z])")
# Titles written short in front of a name (`Gov. Andrew Cuomo`), for `the governor said`.
# Offices newsrooms write as initials after `the` (`the PM said`), spelled out as roles say them.
_OFFICE_INITIALS = {
    "pm": (["prime", "minister"],),
    "dpm": (["deputy", "prime", "minister"],),
    "cm": (["chief", "minister"],),
    "lop": (["leader", "of", "the", "opposition"], ["opposition", "leader"]),
    "fm": (["finance", "minister"], ["foreign", "minister"], ["first", "minister"]),
}
_TITLE_WORDS = {"gov": "governor", "sen": "senator", "rep": "representative", "pres": "president",
                "gen": "general", "cllr": "councillor", "prof": "professor", "atty": "attorney",
                "supt": "superintendent", "insp": "inspector", "det": "detective", "sgt": "sergeant"}


_GROUP_NOUNS = frozenset("group organisation organization union firm company charity body team "
                         "campaigner family expert".split())


def _plural_people(word: str) -> bool:
    """`judges`, `groups`, `ministers`: a plural of people or bodies, so no one person."""
    if not word.endswith("s") or word.endswith("ss") or len(word) < 4:
        return False
    one = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return one in ROLE_NOUNS or one in NOMINALS or one in _GROUP_NOUNS


def _role_words(role: str | None) -> list[str]:
    """A role's words, lower case, short titles spelled out (`Sen.` → senator)."""
    words = [_TITLE_WORDS.get(w, w) for w in (role or "").lower().replace(".", " ").split()]
    if len(words) >= 2 and words[-1] == "secretary" and words[-2] in PORTFOLIO_WORDS \
            and not _LESSER & set(words):
        words.append("minister")  # `the Culture Secretary` heads a department: `the minister`
    return words


# A source the text keeps unnamed: `who asked not to be named`, `on condition of anonymity`.
_ANONYMOUS_SOURCE = re.compile(r"\b(?:(?:asked|declined|wished)\s+not\s+to\s+be\s+(?:named|identified)|"
                               r"(?:did\s+not|didn't|does\s+not|doesn't)\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)|"
                               r"declined\s+to\s+be\s+(?:named|identified)|on\s+condition\s+of\s+anonymity|"
                               r"speaking\s+anonymously|who\s+requested\s+anonymity)\b", re.I)
_INDEFINITE_OPENING = re.compile(r"^\W*(?:(?:But|And|However|Meanwhile),?\s+(?:a|an|one)\s|(?:A|An|One)\s)")
_UNNAMED_GENDERED = re.compile(r"\b(spokeswoman|spokesman|chairwoman|chairman|woman|man)\b", re.I)
_APPOSITION_TITLES = SHORT_TITLES | {"hon", "honourable", "rt"}
_DESCRIPTION_HEADS = NOMINALS | ROLE_NOUNS
_SEAT_NOMINALS = frozenset("mp msp mep am mla mpl mca td mpp mna mha mlc".split())
_DASHES = frozenset("- – —".split())
# A party's name for one of its members (`the Republican`, `the Tory`): a person, not the party.
_PARTY_MEMBERS = frozenset("republican democrat tory conservative socialist".split())
# `The Kentucky Republican`, `The Dodge City Democrat` opening a sentence.
_PLACED_MEMBER = re.compile(r"(?:(?:But|And|However|Meanwhile|Yet),?\s+)?The\s+((?:[A-Z][\w.'-]*\s+){1,3}?)"
                            r"(?:" + "|".join(w.capitalize() for w in sorted(_PARTY_MEMBERS)) + r")\b")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")
# `The proposed question for the referendum is: "…"`: words a thing holds, introduced.
_COPULA_COLON = re.compile(r"\b(?:is|was|are|were|reads|read|will\s+be)\s*:\s*$")
# A clause between two quotes of one sentence that carries on the same report.
_STILL_REPORTED = re.compile(r",?\s(?:and|but)\s+(?:also\s+)?that\s")
_CLOSING_MARKS = ('"', "'", "\u201d", "\u2019")
_KIN = frozenset("wife husband widow widower son daughter mother father brother sister partner "
                 "spokesman spokeswoman".split())
_POSSESSIVE = frozenset(("'s", "\u2019s", "'", "\u2019"))
_OPENING_MARKS = " \"'“‘"  # what may stand before a quote that opens its paragraph
_KIN_OPENING = re.compile(r"(?:Her|His|Their)\s+(son|daughter|wife|husband|father|mother|brother|sister|"
                          r"grandson|granddaughter|partner)\b")
_CAPITALS_ONLY = re.compile(r"(?:[A-Z][\w'.-]*\s+){0,2}")
_DASH_CREDIT = re.compile(r"\s*(?:–|—|-{1,2})\s*(?=[A-Z])")  # `" – Rudy Siregar, Golkar`
# Lower-case words inside `X of the … Party`: `of the opposition Homeland Union (TS-LKD)`.
_BODY_NAME_WORDS = frozenset("the of and for opposition ruling governing main minor small new conservative liberal centrist "
                             "centre-right centre-left center-right center-left left-wing right-wing far-right "
                             "far-left leftist nationalist populist socialist".split())
# A label opening a paragraph (`Zoom in:`, `Why it matters:`, `THE BILL:`).
_LEAD_LABEL = re.compile(r"\s*(?:[A-Z][\w'’]*)(?:\s+[\w'’]+){0,3}:\s+")
# A person who said nothing: `did not comment`, `could not be reached for comment`.
_NO_COMMENT = re.compile(r"\b(?:did\s+not|didn't|declined\s+to|refused\s+to|would\s+not)\s+(?:immediately\s+)?"
                         r"(?:comment|respond)\b|\bcould\s+not\s+be\s+reached\b|\bwas\s+not\s+available\s+for\s+comment\b")
_LESSER = frozenset("deputy shadow vice former ex junior assistant acting interim".split())
_DETERMINERS = frozenset("the a an his her their its our my your these those this that such "
                         "no any some whose".split())


def _reduced_passive(tokens: list[Token], i: int, lo: int, hi: int) -> bool:
    """`a state hit by three hurricanes`, `the plan criticised by unions`: a participle
    right after a noun and before `by` describes the noun; it reports no speech."""
    return i + 1 < hi and i - 1 >= lo and tokens[i + 1].lower == "by" and not tokens[i].after \
        and not tokens[i - 1].after and tokens[i].lower.endswith(("ed", "hit")) \
        and not tokens[i - 1].capitalised and tokens[i - 1].lower not in _PASSIVE \
        and tokens[i - 1].lower not in ("he", "she", "they", "who", "which", "that", "it", "we", "i", "you")


def _noun_use(tokens: list[Token], i: int) -> bool:
    """`Lord Butler's comments`, `the claims`: a speech word used as a noun."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    if prev.lower == "that" and (tokens[i].lower.endswith("ed") or tokens[i].lower in ("said", "told", "wrote", "says")):
        return False  # `a message that said:` — a relative clause's verb, not `that claim`
    # `Lord Butler's comments`, `campaigners' claims` — not `…the same', said` (a closing
    # single quote mark, then punctuation)
    possessive = prev.after.startswith("'") and prev.after[1:2] not in (",", ".", "!", "?", ";", ":")
    return possessive or (prev.lower in _DETERMINERS and not prev.after)


# An opening phrase set off by commas before a sentence's subject (`And, while we are on …, `).
_INTRO_PHRASE = re.compile(r"^(?:(?:And|But|So|Yet),?\s+)?(?:[^,\"]{2,80},\s+)")
# A sentence led by a person's pronoun (`And he is scathing of …`), perhaps after a conjunction.
_PRONOUN_LEAD = re.compile(r"(?:(?:And|But|So|Yet)\s+)?([Hh]e|[Ss]he)\s+(?!said\b|says\b|added\b|told\b)")
# (the paragraph before a quote-only paragraph may also report what its subject said:
# `Speaking to the Post after the vote, she said her party would … | "We will go to court …"`)
_PRONOUN_REPORTS = re.compile(r"(?:(?:And|But|So|Yet)\s+)?([Hh]e|[Ss]he)\s+")


def _reporters_question(norm: str) -> bool:
    """A question the reporter puts, in their own words (no quote marks in it)."""
    return norm.rstrip().endswith("?") and '"' not in norm  # (norm has straight double marks only)


class SpeakerResolver:
    """Attributes the quotes of one document, in reading order."""

    def __init__(self, doc: Document, index: PeopleIndex) -> None:
        self.doc = doc
        self.index = index
        self._nested = False
        self._memo: dict[tuple[str, int, int, bool, bool, str], int | None] = {}
        self._no_comment: dict[int, re.Match | None] = {}  # sentence → where it says someone did not comment
        # Each attributed quote in turn: speaker, whether it was a question, where it closed.
        self._turns: list[tuple[int, bool, tuple[int, int]]] = []
        # The last quote attributed: its paragraph, attribution, and where it closed.
        self._last: tuple[int, Attribution, tuple[int, int]] | None = None
        self._quoted: dict[int, list[tuple[int, int]]] = {}  # paragraph → its quote pieces (start, end)

    # --- coreference -------------------------------------------------------------
    def _pronoun(self, gender: str, paragraph: int, pos: int, continuing: bool = False,
                 answering: bool = False, turn: str = "") -> int | None:
        """The person a he/she points to: in the nearest sentence naming someone of that
        gender, that sentence's named speaker when it has one, else its subject (the first
        such person not after a preposition nor a possessive), not merely the nearest name.
        An unnamed speaker (`a Labour spokesman said`) between that sentence and the
        pronoun takes the pronoun, and so gives no name; `he added` carries on the last
        quote's speaker. Names in the pronoun's own sentence before `…, he said` are what
        was said, not who said it. An answer (`he said`, `she replied`) to a question the
        nearest sentence puts (`Marr asked Osborne whether …`) is the one asked's."""
        key = (gender, paragraph, pos, continuing, answering, turn)
        if not self._nested and key in self._memo:
            return self._memo[key]
        ent = self._resolve_pronoun(gender, paragraph, pos, continuing, answering, turn)
        if not self._nested:
            self._memo[key] = ent
        return ent

    def _turn_taker(self, gender: str, paragraph: int, pos: int, since: tuple[int, int] | None,
                    turn: str) -> int | None:
        """Question and answer taking turns, no one named since the last quote: `"…?" he
        asked` after an answer is the one who asked before; `"…," he replied` after a
        question is the one who answered before. None when the turns do not alternate or
        someone else of that gender is named after that earlier turn (`… turned to Trump`)."""
        if not self._turns:
            return None
        last, question, close = self._turns[-1]
        if paragraph - close[0] > 1 or (since is not None and since > close):
            return None
        if question == (turn == "ask"):
            return None  # a question then `he asked`: the asker going on
        for ent, q, at in reversed(self._turns[-4:-1]):
            if ent != last and q == (turn == "ask"):
                if self.index.entities[ent].gender != gender:
                    return None
                ms = self.index.mentions
                x = bisect_left(ms, at, key=lambda m: (m.paragraph, m.start))
                while x < len(ms) and (ms[x].paragraph, ms[x].start) < (paragraph, pos):
                    m = ms[x]
                    if not m.in_quote and m.entity not in (ent, last) \
                            and self.index.entities[m.entity].gender == gender:
                        return None
                    x += 1
                return ent
        return None

    def _unnamed_since_last(self, gender: str, paragraph: int, pos: int) -> bool:
        """Someone the text does not name has spoken since the last quote closed."""
        if self._last is None:
            return False
        p, close = self._last[2]
        at = self._sentence_at(p, max(0, close - 1))  # (the close may be the paragraph's last character)
        return at is not None and self._unnamed_between(gender, at, paragraph, pos) is True

    def _continues_last(self, gender: str, paragraph: int, since: tuple[int, int] | None) -> int | None:
        """The last quote's named speaker, if they fit and nobody was named after it."""
        last = self._last
        if last is None or last[1].entity is None or paragraph - last[0] > 1:
            return None
        if self.index.entities[last[1].entity].gender not in (gender, ""):
            return None
        if since is not None and since > last[2]:
            return None
        return last[1].entity

    def _placed(self, place: list[str], paragraph: int, pos: int) -> int | None:
        """The one person named before `pos` with that place right after a mention (`X of Dodge
        City`, `X, R-Roseburg`, `Sen. X, R-Ky.` for Kentucky): `the Dodge City Democrat`, `the
        Kentucky Republican`."""
        if not place or not all(w[:1].isupper() for w in place):
            return None
        want = " ".join(place)
        forms = "|".join(re.escape(f) for f in (want, US_STATE_ABBREVIATIONS.get(want, want)))
        pattern = re.compile(r"(?:\s+of\s+|,\s+(?:a\s+|an\s+)?|,\s+[A-Z]-|\s+\([A-Z]-)(?:" + forms + r")(?![\w-])")
        found = set()
        for m in self.index.mentions:
            if (m.paragraph, m.start) >= (paragraph, pos) or m.in_quote:
                continue
            if pattern.match(self.doc.paragraphs[m.paragraph].norm, m.end):
                found.add(m.entity)
        return found.pop() if len(found) == 1 else None

    def _placed_opening(self, paragraph: int, pos: int, gender: str) -> int | None:
        """The sentence just before, naming nobody, opens on a party member from a place (`The
        Kentucky Republican, who …, predicted …`): the one person tagged from there."""
        if self._nested:
            return None
        earlier = [x for x in self.doc.paragraphs[paragraph].sentences if x.end <= pos]
        if not earlier:
            return None
        sent = earlier[-1]
        found = _PLACED_MEMBER.match(sent.norm)
        if found is None or any(m.sentence == sent.index and not m.in_quote for m in self.index.mentions):
            return None
        ent = self._placed(found.group(1).split(), paragraph, sent.start)
        if ent is None or self.index.entities[ent].gender not in (gender, ""):
            return None
        return ent

    def _silent(self, m: Mention) -> bool:
        """The mention is the subject of a sentence saying they said nothing (`did not
        comment`, `declined to comment`, `could not be reached`): not the next speaker."""
        if not 0 <= m.sentence < len(self.doc.sentences):
            return False
        sent = self.doc.sentences[m.sentence]
        if m.sentence not in self._no_comment:
            self._no_comment[m.sentence] = _NO_COMMENT.search(sent.norm) if "comment" in sent.norm or \
                "respond" in sent.norm or "reached" in sent.norm else None
        hit = self._no_comment[m.sentence]
        return hit is not None and m.start < sent.start + hit.start() \
            and not any(x.sentence == m.sentence and m.start < x.start < sent.start + hit.start() and not x.in_quote
                        for x in self.index.mentions)

    def _resolve_pronoun(self, gender: str, paragraph: int, pos: int, continuing: bool,
                         answering: bool = False, turn: str = "") -> int | None:
        if self._unnamed_before(gender, paragraph, pos):
            return None
        if answering:
            ent = self._asked_before(gender, paragraph, pos)
            if ent is not None:
                return ent  # `The Tory leader was asked about … . He replies: "…"`
        placed = self._placed_opening(paragraph, pos, gender)
        if placed is not None:
            return placed  # `The Kentucky Republican, who sits on …, predicted …. "…," he said`
        lead = self.doc.paragraphs[paragraph].norm[:pos].rstrip()
        own = None
        own_from = 0
        if lead.endswith((",", '"')):
            sent = next((s for s in self.doc.paragraphs[paragraph].sentences if s.start <= pos < s.end), None)
            if sent is not None:
                own = sent.index
                # `Ms Hutt said she hoped "… months" Asked about it, she said`: a closed quote
                # then a capital is a sentence break the splitter missed
                breaks = list(_MISSED_BREAK.finditer(self.doc.paragraphs[paragraph].norm, sent.start, pos))
                own_from = breaks[-1].end() - 1 if breaks else 0
        fallback: int | None = None
        fallback_at: Mention | None = None
        found: list[Mention] = []
        for m in reversed(self.index.mentions):
            if (m.paragraph, m.start) >= (paragraph, pos) or m.in_quote or (m.sentence == own and m.start >= own_from):
                continue
            if paragraph - m.paragraph > _PRONOUN_REACH:
                break
            if found and m.sentence != found[0].sentence:
                if not self._passed_over(found, gender):
                    break
                found = []  # `When asked by Jones whether he wanted a lawyer, …`: not Jones
            g = self.index.entities[m.entity].gender
            if self._silent(m):
                continue  # `Premier Roger Cook, who was in Karratha, did not comment. "…," he said`
            if g == gender:
                found.append(m)
            elif not g and fallback is None and not found:
                fallback, fallback_at = m.entity, m
        if continuing:
            since = (found[0].paragraph, found[0].start) if found else None
            ent = self._continues_last(gender, paragraph, since)
            if ent is not None:
                if self._unnamed_since_last(gender, paragraph, pos):
                    return None  # `… he said. Later, the prime minister's spokesman said …. "…,"
                    # he added`: the one who spoke last is the unnamed spokesman
                return ent  # no one named since the last quote: `he added`
        if turn:
            since = (found[0].paragraph, found[0].start) if found else None
            ent = self._turn_taker(gender, paragraph, pos, since, turn)
            if ent is not None:
                return ent  # `"…?" he asked` after an answer: the one who asked before
        if not found:
            return fallback
        here = self._sentence_at(paragraph, pos)
        here = -1 if here is None else here
        if found[0].sentence < here and _reporters_question(self.doc.sentences[found[0].sentence].norm) and all(
                x.norm.lstrip()[:1] == '"' for x in self.doc.sentences[found[0].sentence + 1 : here]):
            return None  # `…, as Kilroy-Silk once declared? "No. …," he says`: the one the
            # question names is not who answers it
        if fallback_at is not None and fallback_at.sentence > found[-1].sentence and all(
                x.text.lstrip()[:1] in _OPENING_MARKS.strip()
                for x in self.doc.sentences[fallback_at.sentence + 1 : here]):
            spoke = self._sentence_speech(fallback_at)
            if spoke is not None and spoke.how == "named" and spoke.entity == fallback:
                # `Prof. Godfred Ampadu-Boakye said …. "…," he said`: the speaker just named,
                # whose gender the text has not shown, not a man named further back
                return fallback
            if fallback_at.paragraph == paragraph and found[0].paragraph < paragraph \
                    and not self._governed(fallback_at) and not self._possessive(fallback_at) \
                    and all(m.entity == fallback for m in self.index.mentions if m.paragraph == paragraph
                            and not m.in_quote and m.start < pos):
                # `In Klaten, Suparman, 60, a rice farmer …, spoke through an interpreter. "…," he
                # said`: the one person this paragraph names, not a man from paragraphs before
                return fallback
        office_holder = self._office_just_before(here, found[-1].sentence, gender)
        if office_holder is not None:
            return office_holder
        found.reverse()
        between = self._unnamed_between(gender, found[0].sentence, paragraph, pos)
        if between is True:
            return None
        if between is not False:
            return between
        if answering:
            asked = self._one_asked(found[0].sentence, gender)
            if asked is not None:
                return asked
        sent = self.doc.sentences[found[0].sentence]
        opening = _OPENING_DESCRIPTION.match(sent.norm)
        if opening is not None and not self._nested and found[0].start >= sent.start + opening.end():
            # `The prime minister shrugged off claims from Michael Howard …. He said`: the
            # described subject, not the name in the object
            ent = self._described_subject(sent)
            if ent is not None and self.index.entities[ent].gender in (gender, ""):
                return ent
        spoke = self._sentence_speech(found[0])
        if spoke is not None:
            if spoke.entity is not None and spoke.how in ("named", "nominal"):
                # (`…, the chancellor said the cuts proposed by Oliver Letwin were …. He said:`:
                # the chancellor, not the man named after `by`)
                if self.index.entities[spoke.entity].gender in (gender, ""):
                    return spoke.entity  # `… X, who …, said …. He added:` — the speaker
            elif spoke.how in ("anonymous", "indefinite") and self._unnamed_fits(spoke, gender):
                return None  # `A Labour spokesman said Mr Howard … . He said:`
            elif spoke.how == "pronoun" and spoke.at is not None and spoke.at < (paragraph, pos):
                # `Mr Blair has failed, he claimed. … he said`: the same he as before
                return self._pronoun(gender, spoke.at[0], spoke.at[1])
        if continuing:
            ent = self._continues_last(gender, paragraph, (found[0].paragraph, found[0].start))
            if ent is not None:
                return ent
        subject = next((m for m in found if not self._governed(m) and not self._possessive(m)), None)
        if subject is None:
            # `The complaint was made by Nigalidze's opponent, Armenia's Tigran Petrosian. He
            # said:` — the only man named is an owner or after a preposition, and a name set
            # off after him (whose gender the text has not shown) names the one he owns: `he`
            last = max(found, key=attrgetter("start"))
            norm = self.doc.paragraphs[last.paragraph].norm
            free = {m.entity for m in self.index.mentions if m.sentence == found[0].sentence
                    and not m.in_quote and not self.index.entities[m.entity].gender
                    and m.paragraph == last.paragraph and m.start > last.end and "," in norm[last.end : m.start]
                    and not self._governed(m) and not self._possessive(m)}
            if len(free) == 1:
                return free.pop()
            subject = next((m for m in found if not self._governed(m)), found[0])
        if self._possessive(subject) and self._owns_unnamed(subject):
            return None  # `Tony Blair's official spokesman declined …. He said:` — the spokesman
        return subject.entity

    def _office_just_before(self, here: int, named_at: int, gender: str) -> int | None:
        """`The pressure prompted the prime minister to say …. He told MPs:`: the sentence
        just before names nobody but speaks of an office whose holder the text has given;
        that holder, not a man named further back, is `he`."""
        if here <= 0 or named_at >= here - 1:
            return None
        prev = self.doc.sentences[here - 1]
        if any(m.sentence == prev.index for m in self.index.mentions):
            return None
        lead = len(prev.norm) - len(prev.norm.lstrip(_OPENING_MARKS + " "))
        if any(a <= prev.start + lead < b for a, b in self._quoted.get(prev.paragraph, [])):
            return None  # `"I respect the prime minister. I served in her government," she told`:
            # the office is in the speaker's own words
        kin = _KIN_OPENING.match(prev.norm)
        if kin is not None:
            # `Her son shrugs. "At least they come here," he says.`: the one whose role is that kin
            ent = self._nominal(kin.group(1).lower(), prev.paragraph, prev.start + kin.start(1))
            if ent is not None and self.index.entities[ent].gender in (gender, ""):
                return ent
        opening = _OPENING_DESCRIPTION.match(prev.norm)
        if opening is not None and opening.group(1).split()[-1].lower() in _DESCRIPTION_HEADS:
            return None  # `The Tory leader countered … with the chancellor. He declared:`
        for found in _OFFICE_NOMINAL.finditer(prev.norm):
            modifier, head = (found.group(1) or "").lower(), found.group(2).lower()
            if head not in _OFFICES and not modifier:
                continue  # `the minister` alone is any minister
            before = prev.norm[: found.start()].split()[-1:]
            if before and before[0].lower() in _PREPOSITIONS:
                continue  # `dinners with the chancellor`: not who goes on to speak
            if gender and re.search(r"\b(?:she|her)\b" if gender == "f" else r"\b(?:he|his)\b", prev.norm[: found.start()], re.I):
                continue  # `In her victory speech, she thanked the president first. "…," she told`:
                # the pronoun runs on, the office is only its object
            ent = self._nominal(head, prev.paragraph, prev.start + found.start(), True,
                                [modifier, head] if modifier else None, [modifier] if modifier else [])
            if ent is not None and self.index.entities[ent].gender in (gender, ""):
                return ent
        return None

    def _asked_before(self, gender: str, paragraph: int, pos: int) -> int | None:
        """The subject of a passive question in the sentence just before (`Mr Howard was
        asked …`, `The Tory leader was asked …`): the one who answers next."""
        before = [x for x in self.doc.sentences if (x.paragraph, x.end) <= (paragraph, pos)]
        if not before:
            return None
        sent = before[-1]
        m = _PASSIVE_ASKED.match(sent.norm)
        if m is None:
            return None
        subj_end = sent.start + m.end("subj")
        named = [x for x in self.index.mentions if x.sentence == sent.index and not x.in_quote
                 and x.start < subj_end]
        ents = self.index.entities
        if named:
            ent = named[0].entity
            return ent if ents[ent].gender in (gender, "") else None
        words = m.group("subj").lower().split()
        if not words or words[0] != "the" or len(words) < 2:
            return None
        head = words[-1]
        if head not in NOMINALS and head not in ROLE_NOUNS:
            return None
        modified = len(words) > 2 and words[-2] in _OFFICE_MODIFIERS
        self._nested = True
        try:
            ent = self._nominal(head, sent.paragraph, sent.start + m.start("subj"), head in _OFFICES or modified,
                                words[-2:] if modified else None, m.group("subj").split()[1:-1])
        finally:
            self._nested = False
        return ent if ent is not None and ents[ent].gender in (gender, "") else None

    def _one_asked(self, s_index: int, gender: str) -> int | None:
        """In a sentence where someone of that gender puts a question (`Marr asked the
        chancellor, George Osborne, whether …`, `Ms Ridge asked whether she regretted …`),
        the person asked: named after the verb, else the he/she the question is about,
        who is then the last person of that gender named before the sentence. None when
        the sentence puts no question or names no one asked (`Mr Howard asked about
        waiting lists.` — his own words follow)."""
        sent = self.doc.sentences[s_index]
        tokens = self.index.tokens[sent.paragraph]
        inside = [m for m in self.index.mentions if m.sentence == s_index and not m.in_quote]
        asker = verb = None
        for m in inside:
            if self._governed(m) or self._possessive(m):
                continue
            i = bisect_left(tokens, m.end, key=_TOKEN_START)
            while i < len(tokens) and tokens[i].lower in _SKIP_BEFORE_VERB and not tokens[i].after:
                i += 1
            if i < len(tokens) and tokens[i].lower in _ASKING and tokens[i - 1].after[:1] not in (",", ";"):
                asker, verb = m, i
            break  # only the sentence's subject asks
        if asker is None or self.index.entities[asker.entity].gender != gender:
            return None
        ents = self.index.entities
        after = [m for m in inside if m.start > tokens[verb].start and m.entity != asker.entity]
        if after and (ents[after[0].entity].gender == gender or not ents[after[0].entity].gender
                      and not self._governed(after[0])):
            # a question to them (`asked Y whether …`, `pressed Y on tax`), not a request
            # (`asked Y to apologise` — the asker's words follow)
            nxt = bisect_left(tokens, after[0].end, key=_TOKEN_START)
            if nxt < len(tokens) and tokens[nxt].start < sent.end \
                    and (tokens[nxt].lower in _QUESTION_WORDS or tokens[nxt].lower in ("on", "over")):
                return after[0].entity
            return None
        words = [t.lower for t in tokens[verb + 1 : verb + 5] if t.start < sent.end]
        own = "he" if gender == "m" else "she"
        if not words or not (words[0] == ("him" if gender == "m" else "her")
                             or words[0] in _QUESTION_WORDS and own in words[1:]):
            return None
        for m in reversed(self.index.mentions):
            if (m.paragraph, m.start) >= (sent.paragraph, sent.start) or m.in_quote:
                continue
            if sent.paragraph - m.paragraph > _PRONOUN_REACH:
                break
            if m.entity != asker.entity and ents[m.entity].gender == gender:
                return m.entity
        return None

    def _passed_over(self, found: list[Mention], gender: str) -> bool:
        """Every person of that gender in the sentence stands after a preposition, and the
        sentence has its own he/she for someone else (`When asked by Jones whether he
        wanted a lawyer, his response was quick`): the pronoun looks further back."""
        if not all(self._governed(m) for m in found):
            return False
        sent = self.doc.sentences[found[0].sentence]
        text = re.sub(r'"[^"]*"', " ", sent.norm)
        return bool((_HE_WORD if gender == "m" else _SHE_WORD).search(text))

    def _owns_unnamed(self, m: Mention) -> bool:
        """`Tony Blair's official spokesman`: the name only owns an unnamed speaker."""
        tokens = self.index.tokens[m.paragraph]
        i = bisect_left(tokens, m.end, key=_TOKEN_START)
        for x in range(i, min(len(tokens), i + 3)):
            low = tokens[x].lower
            if low in ANONYMOUS or (low.endswith("s") and low[:-1] in ANONYMOUS):
                return True
            if tokens[x].after:
                break
        return False

    def _possessive(self, m: Mention) -> bool:
        return self.doc.paragraphs[m.paragraph].norm[m.end : m.end + 1] == "'"

    def _governed(self, m: Mention) -> bool:
        """`next to Mr Blair`, `with Mr Bush`: a name after a preposition is no subject."""
        tokens = self.index.tokens[m.paragraph]
        i = bisect_left(tokens, m.start, key=_TOKEN_START)
        return i > 0 and tokens[i - 1].lower in _PREPOSITIONS and not tokens[i - 1].after

    def _unnamed_fits(self, spoke: Attribution, gender: str) -> bool:
        word = spoke.head or ""
        if word in _NOT_A_PERSON or (word.endswith("s") and word[:-1] in ANONYMOUS):
            return False  # `officials`, `voters`, `a statement`: no he or she
        if word in MALE_WORDS:
            return gender == "m"
        if word in FEMALE_WORDS:
            return gender == "f"
        return True

    def _unnamed_between(self, gender: str, after_sentence: int, paragraph: int, pos: int) -> int | bool:
        """A speaker the text gives no name in a sentence after `after_sentence` and before
        the pronoun: True for an unnamed one (`a Labour spokesman said`), the person for a
        description that resolved (`The Home Secretary said …. Speaking later, he said`)."""
        if self._nested:
            return False
        between = []
        for s in self.doc.sentences[after_sentence + 1 :]:
            if (s.paragraph, s.start) >= (paragraph, pos):
                break
            between.append(s)
        for s in reversed(between):
            ours = False
            if not (_ANON_RE.search(s.norm) or _NOMINAL_RE.search(s.norm) or _OPENING_DESCRIPTION.match(s.norm)):
                if not _OUR_NOMINAL.search(s.norm):
                    continue
                ours = True  # (only a reporter the text has named counts: `… he said` after
                # `according to our correspondent` may still be the minister)
            spoke = self._clause_of(s.paragraph, s.start, min(s.end, pos) if s.paragraph == paragraph else s.end)
            if spoke is None:
                ent = self._described_subject(s)
                if ent is not None and self.index.entities[ent].gender in (gender, ""):
                    return ent  # `The Treasurer rejected that. "…," he said`
                continue
            if spoke.entity is None and spoke.how in ("anonymous", "indefinite") and self._unnamed_fits(spoke, gender) \
                    and not ours:
                return True
            if spoke.how == "nominal" and spoke.entity is not None \
                    and self.index.entities[spoke.entity].gender in (gender, ""):
                return spoke.entity
        return False

    def _described_subject(self, s) -> int | None:
        """The person a sentence-opening description names (`The Treasurer rejected
        that.`), when the text ties that description to one person."""
        found = _OPENING_DESCRIPTION.match(s.norm)
        if found is None:
            return None
        words = found.group(1).lower().split()
        head = words[-1]
        if head not in NOMINALS and head not in ROLE_NOUNS:
            return None
        modified = len(words) > 1 and words[-2] in _OFFICE_MODIFIERS
        office = head in _OFFICES or modified
        phrase = words[-2:] if modified else None
        mods = found.group(1).split()[:-1]
        self._nested = True
        try:
            return self._nominal(head, s.paragraph, s.start + found.start(1), office, phrase, mods)
        finally:
            self._nested = False

    def _clause_of(self, p: int, start: int, end: int) -> Attribution | None:
        self._nested = True
        try:
            return self.attribute_clause(p, start, end, "after")
        finally:
            self._nested = False

    def _unnamed_before(self, gender: str, paragraph: int, pos: int) -> bool:
        """`The executive spokeswoman said …. She said:` — the pronoun is the unnamed one; so is
        a source who asked not to be named in the sentence just before (`A senior prosecutor,
        who spoke on condition of anonymity, said …. "…," he said`)."""
        if self._nested:
            return False
        para = self.doc.paragraphs[paragraph]
        earlier = [s for s in para.sentences if s.end <= pos]
        if paragraph > 0 and (not earlier or para.norm.lstrip()[:1] in _OPENING_MARKS.strip()):
            before = self.doc.paragraphs[paragraph - 1].sentences
            if before and _ANONYMOUS_SOURCE.search(before[-1].norm) and _INDEFINITE_OPENING.match(before[-1].norm):
                return True  # (a quote opening the paragraph after that source's sentence)
        if not earlier:
            return False
        s = earlier[-1]
        if _ANONYMOUS_SOURCE.search(s.norm) and _INDEFINITE_OPENING.match(s.norm):
            return True
        head = _UNNAMED_GENDERED.search(s.norm)
        if not head or (head.group(1).lower() in FEMALE_WORDS) != (gender == "f"):
            return False
        if _INDEFINITE_OPENING.match(s.norm) and len(s.norm[: head.start()].split()) <= 3:
            return True  # `But a spokesman for the Home Office defended the proposals. He said:`
        self._nested = True
        try:
            found = self.attribute_clause(paragraph, s.start, s.end, "after")
        finally:
            self._nested = False
        return found is not None and found.how == "anonymous"

    def _sentence_speech(self, mention: Mention) -> Attribution | None:
        """Who speaks in the sentence of a mention (named or unnamed), if anyone does."""
        if self._nested:
            return None
        sent = self.doc.sentences[mention.sentence]
        return self._clause_of(sent.paragraph, sent.start, sent.end)

    def _nominal(self, head: str, paragraph: int, pos: int, office: bool = False,
                 phrase: list[str] | None = None, mods: list[str] | None = None) -> int | None:
        """`the MP said`: the latest person whose role has that word. Failing that, for a
        generic description only, the subject of the sentence just before, when nothing
        in the description or their role says otherwise (`Lord Butler said …. The former
        cabinet secretary said`). An office (`the prime minister`) nobody in the text
        holds, or a description the text never links to a name (`the Spectator editor`),
        gets no name: the text does not say who."""
        gender = "m" if head in MALE_WORDS else "f" if head in FEMALE_WORDS else ""
        if self._introduced_unnamed(head, paragraph, pos):
            return None  # `A senior BJP leader, who did not wish to be named, admitted …. "…," the
            # leader said`: the description the paragraph just brought in, no one named since
        if head in _SEAT_NOMINALS and mods:
            # `the Glasgow Kelvin MSP`: the seat's name is no part of the role; a party is
            parties = _party_spans(list(mods))
            mods = [w for x, w in enumerate(mods) if x in parties or not w[:1].isupper() or ACRONYM.match(w)]
            # (`the UDC MP`: letters are a party's, even one no list knows)
        holders: list[int] = []
        nearest: set[int] = set()  # holders named in the nearest sentence naming one
        near_sentence = -1
        for m in reversed(self.index.mentions):
            if (m.paragraph, m.start) >= (paragraph, pos) or m.in_quote:
                continue
            ent = self.index.entities[m.entity]
            if gender and ent.gender and ent.gender != gender:
                continue
            if m.entity in holders or (self._holds_post(_role_words(ent.role), head, phrase, mods) or (
                    head in _SEAT_NOMINALS and not phrase and self._lettered(m, head))) and (
                    phrase or self._fits(ent, mods, demonyms=True)):
                if m.entity not in holders:
                    holders.append(m.entity)
                if near_sentence in (-1, m.sentence):
                    near_sentence = m.sentence
                    nearest.add(m.entity)
        if len(holders) == 1:
            return holders[0]
        named_for = [w.lower() for w in mods or () if w[:1].isupper() and _DEMONYM.search(w)]
        if len(holders) > 1 and named_for:
            # `the French president` with a President Bush and a French President Chirac
            # in the text: the one whose role says French
            exact = [h for h in holders if all(w in _role_words(self.index.entities[h].role) for w in named_for)]
            if len(exact) == 1:
                return exact[0]
        if holders:
            # `Foreign Minister X met Trade Minister Y. "…," the minister said`: two hold
            # the title, so only one named alone most recently can be meant.
            return nearest.pop() if len(nearest) == 1 else None
        if office or head in _PLAIN_PERSON:
            # `He said the man shouted: "…"`: a plain man or woman is not the last subject
            return None
        words = list(mods or ())
        if _party_spans(words) or any(w[:1].isupper() and _DEMONYM.search(w) for w in words):
            # `… a call to pause from Charles Kennedy. The Lib Dem leader said`: a party's or
            # nation's post is the one person just named who has no role, not the subject
            # who has one
            ent = self._unplaced_just_named(paragraph, pos, gender)
            if ent is not None:
                return ent
        subject = self._previous_subject(paragraph, pos)
        if subject is None:
            return None
        ent = self.index.entities[subject]
        if gender and ent.gender and ent.gender != gender:
            return None
        said_party = set(_party_spans(words).values())
        if ent.role and head not in _role_words(ent.role) and not self._spoke(subject, paragraph, pos) \
                and not (said_party and (ent.party is None or party_name(ent.party) in said_party)):
            return None  # a different role: `Mr X, the minister, met …. The editor said` (but
            # `Mr Ancram condemned …. The Tory spokesman also criticised`: his party says it is him)
        return subject if self._fits(ent, mods) else None

    @classmethod
    def _holds_post(cls, role: list[str], head: str, phrase: list[str] | None, mods: list[str] | None) -> bool:
        """The role fits the description; `the legislator`, `the lawmaker` fit any seat in
        a legislature (senator, MP, TD, congresswoman …)."""
        if cls._holds(role, phrase or [head], mods):
            return True
        return phrase is None and head in _LEGISLATOR and any(
            cls._holds(role, [seat], mods) for seat in _SEATS if seat in role)

    @staticmethod
    def _holds(role: list[str], phrase: list[str], mods: list[str] | None) -> bool:
        """The role has the description's words, and not as a lesser post (`the president`
        is not the vice president, `the minister` not the shadow minister) unless the
        description says so too (`the former minister`)."""
        said = {w.lower() for w in mods or ()}
        n = len(phrase)
        for x in range(len(role) - n + 1):
            if role[x : x + n] == phrase and (x == 0 or role[x - 1] not in _LESSER or role[x - 1] in said):
                # `the shadow chancellor` is not the chancellor: a lesser word the
                # description says must stand in the role too
                if any(w in _LESSER and w not in role[: x + n] for w in said):
                    continue
                return True
        return False

    @staticmethod
    def _fits(ent, mods: list[str] | None, demonyms: bool = False) -> bool:
        """Capitalised modifiers of a description (`the Spectator editor`, `the Scottish
        Executive`) must stand in the person's role; party words (`the Fine Gael leader`)
        are let through, unless the role itself names another party (`Sinn Féin leader`)."""
        role = (ent.role or "").lower().split()
        words = list(mods or ())
        parties = _party_spans(words)
        if parties:
            own = {party for party in _party_spans(role).values()}
            if ent.party and party_name(ent.party):
                own.add(party_name(ent.party))  # (`the UDC MP` is not `MP X of the BCP`)
            if own and not own & set(parties.values()):
                return False
        named = set(parties)
        for x in sorted(parties, reverse=True):
            while x - 1 >= 0 and words[x - 1][:1].isupper():
                x -= 1
                named.add(x)  # `the People's National Congress leader`: the party's whole name
        for x, word in enumerate(words):
            if not word[:1].isupper():
                continue
            if x in named:
                continue  # `the Tory leader`: party guesses are too loose to veto a name
            if demonyms and _DEMONYM.search(word):
                continue  # `the South African archbishop` with the role `Archbishop`
            if ent.party and word.lower() in {w.removesuffix("'s").removesuffix("’s") for w in ent.party.lower().split()}:
                continue  # `the UDI senator` for `Senator X (UDI)`, `the People's National Congress leader`
            if not demonyms and not ent.party and ACRONYM.match(word):
                continue  # `Molefe said …. The UDC MP also said`: the subject just before, whose
                # party the text has not given, may be of a party no list knows
            if word.lower() == "cabinet" and x + 1 == len(words):
                continue  # `The Cabinet Secretary said` for `Finance Secretary X`: a rank
                # every secretary of the cabinet holds, not a portfolio
            if word.lower() not in role:
                return False
        return True

    def _spoke(self, entity: int, paragraph: int, pos: int) -> bool:
        """The person is the speaker of the sentence before `pos` (`Lord Butler said …`)."""
        if self._nested:
            return False
        sents = self.doc.sentences
        here = next((s.index for s in sents if s.paragraph == paragraph and s.start <= pos < s.end), 0)
        for prev in reversed(sents[max(0, here - 3) : here]):
            if paragraph - prev.paragraph > 1:
                return False
            found = self._clause_of(prev.paragraph, prev.start, prev.end)
            if found is not None:
                return found.entity == entity
            if any(m.sentence == prev.index and not m.in_quote for m in self.index.mentions):
                return False
            # a sentence of quoted words only (`"We have seen …. If …," the MP said`): look back
        return False

    def _name_before_letters(self, p: int, tokens: list[Token], j: int, determiner: bool = False) -> bool:
        """Token j is a member's or counsel's letters (`QC`, `MP`) after a name that ends
        right before it (or, when `determiner`, after `The`: `The MEP said`)."""
        return tokens[j].word in _POSTNOMINALS and _mention_ending(self.index, p, tokens[j].end) is None \
            and (_mention_ending(self.index, p, tokens[j - 1].end) is not None
                 or (determiner and tokens[j - 1].lower in _DETERMINERS))

    def _sentence_at(self, paragraph: int, pos: int) -> int | None:
        """The index of the sentence holding `pos` in `paragraph`, if any."""
        return next((x.index for x in self.doc.paragraphs[paragraph].sentences if x.start <= pos < x.end), None)

    def _unplaced_just_named(self, paragraph: int, pos: int, gender: str) -> int | None:
        """The one person the sentence right before names (outside quotes) with no role."""
        sents = self.doc.sentences
        here = self._sentence_at(paragraph, pos)
        if not here or sents[here - 1].paragraph not in (paragraph, paragraph - 1):
            return None
        named = {m.entity for m in self.index.mentions if m.sentence == here - 1 and not m.in_quote}
        bare = [e for e in named if not self.index.entities[e].role
                and (not gender or self.index.entities[e].gender in (gender, ""))]
        return bare[0] if len(bare) == 1 and len(named) <= 2 else None

    def _previous_subject(self, paragraph: int, pos: int) -> int | None:
        """The named speaker, else the first person (not after a preposition), of the
        nearest sentence before `pos` that names someone outside quote marks; sentences
        that are only quote or name nobody are passed over (three at most)."""
        sents = self.doc.sentences
        here = self._sentence_at(paragraph, pos)
        if here is None:
            return None
        for prev in reversed(sents[max(0, here - 3) : here]):
            if paragraph - prev.paragraph > 1:
                return None
            if not self._nested:
                spoke = self._clause_of(prev.paragraph, prev.start, prev.end)
                if spoke is not None and spoke.how == "named":
                    return spoke.entity  # `Blair has failed, Michael Howard has said. The Tory leader said`
                if spoke is not None and spoke.entity is None and spoke.how in ("anonymous", "indefinite"):
                    return None
            outside = [m for m in self.index.mentions if m.sentence == prev.index and not m.in_quote]
            if outside:
                first = next((m for m in outside if not self._governed(m)), None)
                return first.entity if first is not None else None
        return None

    # --- one attribution clause ------------------------------------------------------
    def _subject_before(self, p: int, tokens: list[Token], v: int, lo: int) -> Attribution | None:
        if tokens[v].lower.endswith("ing") and v - 1 >= lo and not tokens[v - 1].after \
                and (m := _mention_ending(self.index, p, tokens[v - 1].end)) is not None:
            named_at = i = bisect_left(tokens, m.start, key=_TOKEN_START)
            while i - 1 >= lo and not tokens[i - 1].after and (tokens[i - 1].capitalised
                                                                or tokens[i - 1].lower in _DESCRIPTION_HEADS
                                                                or occupation(tokens[i - 1].lower)):
                i -= 1
            if i < named_at and i - 2 >= lo and tokens[i - 2].lower == "with" and tokens[i - 1].word.isalpha() \
                    and not tokens[i - 1].after and not tokens[i - 1].capitalised \
                    and tokens[i - 1].lower not in _PREPOSITIONS and tokens[i - 1].lower not in _DETERMINERS:
                i -= 1  # `with election coordinator Alan Milburn accusing`: one word before the job noun
            if i - 1 >= lo and tokens[i - 1].lower == "with" and not m.in_quote:
                # `…, with leader Charles Kennedy saying his party was the "authentic opposition"`
                return Attribution(m.entity, "named")
            return None  # `It was no good Mr Blair claiming …, argued Mr Howard`: a gerund's own subject
        if tokens[v].lower.endswith("ing") and v - 2 >= lo and tokens[v - 1].lower == "as" \
                and not tokens[v - 1].after and not tokens[v - 2].after \
                and (m := _mention_ending(self.index, p, tokens[v - 2].end)) is not None and not m.in_quote:
            return Attribution(m.entity, "named")  # `Spiegel Online quoted Minister X as saying that …`
        if tokens[v].lower.endswith("ing") and v - 1 >= lo:
            for k in range(v - 1, lo, -1):
                if tokens[k].lower in SPEECH_VERBS and not tokens[k].lower.endswith("ing") \
                        and tokens[k - 1].lower in ("he", "she") and "," in tokens[k].after:
                    # `Mr Blair has failed, he claimed, saying …`: the one who claimed
                    return self._subject_before(p, tokens, k, lo)
                if tokens[k].lower in ("said", "says", "told", "stated", "announced", "wrote") \
                        and any("," in tokens[x].after for x in range(k, v)) and not _noun_use(tokens, k):
                    # `She will resign to President X, the Elysée said in a statement, adding
                    # that …`: the one who said it adds, not the first name in the sentence
                    said = self._subject_before(p, tokens, k, lo)
                    return said if said is not None else Attribution(None, "organisation")
            # `Mr Blair refused to be pinned down, saying …`: the clause's subject speaks
            inside = [m for m in self.index.mentions if m.paragraph == p and not m.in_quote
                      and tokens[lo].start <= m.start < tokens[v].start]
            first = inside[0] if inside else None
            if first is not None and self._possessive(first) and len(inside) > 1:
                # `Amanda's uncle, Lewis Champion, told …, saying`: the name set off after the owner
                norm = self.doc.paragraphs[p].norm
                nxt = inside[1]
                if norm[: nxt.start].rstrip().endswith(",") and norm[nxt.end : nxt.end + 1] == ",":
                    first = nxt
            if first is not None and not (tokens[lo].lower in ("he", "she") and first.start > tokens[lo].start):
                return Attribution(first.entity, "named")
            # (`He refused to say whether Rebecca Harland should stay on, saying only …`: he speaks)
            if tokens[lo].lower in ("he", "she"):
                ent = self._pronoun("m" if tokens[lo].lower == "he" else "f", p, tokens[lo].start)
                return Attribution(ent, "pronoun" if ent is not None else "none", at=(p, tokens[lo].start))
            if any(_plural_people(tokens[x].lower) and not tokens[x].after for x in range(lo, min(lo + 3, v))) \
                    and not self.doc.paragraphs[p].norm[: tokens[lo].start].rstrip().endswith(_CLOSING_MARKS):
                # `Motoring groups reacted in fury, accusing the judges of …`: no one person
                # (not `X said it was 'remarkable' that prosecutors were …, adding:`, a clause
                # the quote before cut short, whose subject stands before that quote)
                return Attribution(None, "organisation")
        written = self._document_subject(p, tokens, v, lo)
        if written is not None:
            return written
        j = v - 1
        skipped = 0
        if j - 1 >= lo and tokens[j - 1].capitalised and self._name_before_letters(p, tokens, j, determiner=True):
            j -= 1  # `Guy Mansfield QC warned` (not `The Glasgow Kelvin MSP added`: a seat)
        while j >= lo and skipped < 5 and (
            tokens[j].lower in _SKIP_BEFORE_VERB
            or (tokens[j].lower.endswith("ly") and not tokens[j].capitalised)
        ) and not tokens[j].after:
            j -= 1
            skipped += 1
        if j < lo:
            return None
        if j - 1 >= lo and not tokens[j - 1].after and self._name_before_letters(p, tokens, j):
            j -= 1  # `The chairman of the Bar Council, Guy Mansfield QC(,) has warned`
        if tokens[j].word in _DASHES:
            # `Lord Bingham - a senior law lord - said`: the name before the opening dash
            for x in range(j - 1, max(lo, j - 12) - 1, -1):
                if tokens[x].word in _DASHES:
                    m = _mention_ending(self.index, p, tokens[x - 1].end) if x - 1 >= lo else None
                    if m is not None and not m.in_quote:
                        return Attribution(m.entity, "named")
                    break
        tok = tokens[j]
        if tok.lower in ("and", "but") and j == v - 1 and not tok.after:
            # `Stancil described himself as … and said`: the subject of the first verb
            owner = None
            for m in self.index.mentions:
                if m.paragraph != p or m.in_quote or not tokens[lo].start <= m.start < tok.start:
                    continue
                i = bisect_left(tokens, m.start, key=_TOKEN_START)
                if owner is None and self._possessive(m) and (i == lo or _titles_only(tokens, lo, i)):
                    owner = m  # `Luna's lawyer, Jim Berry, made … but added`: the lawyer, if named
                    continue
                if owner is not None and tokens[i - 1].after[:1] != ",":
                    break
                # (`Senator X, who …, defended … but said`: only titles before the name)
                if i == lo or tokens[i - 1].after[:1] == "," or _titles_only(tokens, lo, i):
                    return None if self._governed(m) else Attribution(m.entity, "named")
                break
            else:
                if owner is None:
                    return self._sentence_subject(p, tokens, tok.start)
            # (an owner's unnamed lawyer, aide …: someone the text does not name)
            return Attribution(None, "anonymous") if owner is not None else None
        m = _mention_ending(self.index, p, tok.end)
        if m is not None and "," not in tok.after[:2]:
            if self._relative_object(tokens, m, lo):
                return None  # `The barrister who had represented Mr Martin had said`
            unnamed = self._on_behalf(tokens, m, lo)
            return unnamed if unnamed is not None else Attribution(m.entity, "named")
        if "," in tok.after[:2] or ")" in tok.after[:2]:
            # Appositive: `X, the MP for Y, said` / `X, D-N.Y., said` / `X (Lab) said`
            top = self._before_bracket(tokens, j, lo) if tok.after.startswith(")") else j
            if top < j:
                named = _mention_ending(self.index, p, tokens[top].end)
                if named is None and not tokens[top].after:
                    named = self._name_of_body(p, tokens, top, lo)  # `X of the Social Democrats (SPÖ) said`
                if named is not None and not named.in_quote:
                    return Attribution(named.entity, "named")  # `Senator X (LP, Enugu East) said`
            for k in range(top - 1, max(lo, j - 30) - 1, -1):
                if tokens[k].after.startswith(")") and "," in tokens[k].after[:2]:
                    # `X (Tampines GRC), who chairs …, said`: the name stands before the bracket;
                    # `X of the opposition Homeland Union (TS-LKD), who …, said`: or before its body
                    before = self._before_bracket(tokens, k, lo)
                    m = _mention_ending(self.index, p, tokens[before].end)
                    if m is None and not tokens[before].after:
                        m = self._name_of_body(p, tokens, before, lo)
                    if m is not None and not m.in_quote:
                        return Attribution(m.entity, "named")
                if "," in tokens[k].after[:2] or (tokens[k + 1].before.startswith("(") and (
                        _mention_ending(self.index, p, tokens[k].end) is not None or k + 1 == top)):
                    # (a bracket inside a description, `the Jamaica Labour Party (JLP) Member of
                    # Parliament for …`, is no boundary: only one right after a name, `X (Lab)`)
                    if US_PARTY_TAG.match(tokens[k].word) or tokens[k].word.isdigit():
                        continue  # `Sen. Mitch McConnell, R-Ky., who …, told`
                    if (tokens[k].capitalised or k + 1 == j and ACRONYM.match(tokens[j].word)) \
                            and j - 1 > lo and _names_only(tokens, k + 1, j) \
                            and not any(_mention_ending(self.index, p, tokens[x].end) is not None
                                        for x in range(k, min(j, k + 6) + 1)):
                        continue  # `X, an officer with the police in Uppsala, Sweden, told`, `X, from
                        # the ruling Serbian Progressive Party, SNS, said`, `X, chairman of the
                        # Commission on Economy, Finance, Banking and Audit, said`: a place, a party's
                        # letters or a list of names inside the description
                    # `X, a sorghum grower who leads the National Front for …, told`: a
                    # description opened by an article, an age or `one of` may run to 20 words
                    # (`X, D-Detroit, who …, called`); so may one opened by its job title
                    # (`Linda Knox, Director of the … Centre at Strathclyde University, said`)
                    reach = 20 if tokens[k + 1].lower in ("a", "an", "the", "one") or tokens[k + 1].word.isdigit() \
                        or US_PARTY_TAG.match(tokens[k + 1].word) \
                        or any(tokens[x].lower in ROLE_NOUNS for x in range(k + 1, min(k + 4, j))) else 10
                    long = j - k > reach and tokens[k + 1].lower not in ("who", "whose")
                    m = None if long else _mention_ending(self.index, p, tokens[k].end)
                    if m is None and not long and k - 1 >= lo and tokens[k].word in _POSTNOMINALS:
                        m = _mention_ending(self.index, p, tokens[k - 1].end)  # `X MP, Labour's …, said`
                    if m is None and not long:
                        m = self._name_of_body(p, tokens, k, lo)  # `X of Harvard, who …, said`,
                        # `Lord Nicholls of Birkenhead, in his ruling, said`
                    if m is not None:
                        # `Mr Blair, standing next to Mr Musharraf, said`: the subject
                        return Attribution(m.entity, "named")
                    if not long and k - 1 >= lo and ((tokens[k + 1].lower in ("who", "whose")
                                                      and tokens[k].word[:1].islower())
                                                     or tokens[k + 1].lower == "which"):
                        continue  # `Lord Condon, head of the … unit, who made the call, said`, `X, an
                        # MP from the Social Democratic Party (PSD), which backed the bill, told`: the
                        # relative clause follows an appositive; the name stands before both
                    named = self._set_off_name(p, tokens, k, j)
                    if named is not None:
                        return named  # `An economist at the city university, Prof. X, said`
                    described = self._postmodified(p, tokens, k, lo) if tokens[k].capitalised else None
                    if described is not None:
                        return described  # `The member for Pittwater, a former doctor, said`
                    head = tokens[k]
                    if head.lower in ANONYMOUS or (head.lower.endswith("s") and head.lower[:-1] in ANONYMOUS):
                        named = self._named_apposition(p, tokens, k, j)
                        if named is not None:
                            return named  # `Its spokesman, Austrian lawmaker X, said`: X
                        return Attribution(None, "anonymous", head=head.lower)
                    d = next((x for x in range(k - 1, max(lo, k - 4) - 1, -1) if tokens[x].lower in _DEFINITE), None)
                    if (head.lower in NOMINALS or head.lower in ROLE_NOUNS) and d is not None \
                            and all(not tokens[x].after and not tokens[x].capitalised for x in range(d + 1, k)) \
                            and (tokens[k + 1].word.isdigit() and j - k <= 2 or tokens[k + 1].lower in ("a", "an")):
                        # `The minister, 52, said`, `The two-term MLA, a former city councillor,
                        # said`: a description with an age or what else they are, then the verb
                        ent = self._nominal(head.lower, p, head.start, mods=[tokens[x].word for x in range(d + 1, k)])
                        return Attribution(ent, "nominal" if ent is not None else "anonymous")
                    if _AGED.match(head.lower) and k - 1 >= lo and tokens[k - 1].lower in _DEFINITE:
                        # `The 20-year-old, who was paid …, said:` — the person just named
                        ent = self._nominal(head.lower, p, head.start)
                        if ent is None:
                            ent = self._just_spoke(p, head.start)
                        return Attribution(ent, "nominal" if ent is not None else "anonymous")
                    if not head.capitalised and head.lower not in NOMINALS and head.lower not in ROLE_NOUNS \
                            and any(tokens[x].lower in _DEFINITE for x in range(max(lo, k - 3), k)):
                        return Attribution(None, "organisation")  # `The book, by X and …, said`
                    break  # only a relative clause (`X, who …, said`) runs long
            m = _mention_ending(self.index, p, tok.end)
            if m is not None:
                i = bisect_left(tokens, m.start, key=_TOKEN_START)
                i = _before_titles(tokens, i, lo)  # `An economist at the university, Prof. X, said`
                if i <= lo or "," in tokens[i - 1].after[:2] or tok.word in GENERATIONAL:
                    # `Labour's candidate, John Smith, said` — not `…, allies of Mr Brown, said`
                    return Attribution(m.entity, "named")
            if "," in tok.after[:2]:
                return None
        m = _mention_ending(self.index, p, tok.end)
        if m is None and not tok.after and tok.word[:1].isupper():
            m = self._name_of_body(p, tokens, j, lo)  # `Maulana X of the JUI-F told reporters:`
        if m is not None:
            return Attribution(m.entity, "named")
        low = tok.lower
        if low in _OFFICE_INITIALS and j - 1 >= lo and tokens[j - 1].lower in _DEFINITE:
            ent = self._office_initials(low, p, tok.start)  # `"…," the LoP said`
            return Attribution(ent, "nominal" if ent is not None else "anonymous")
        post = self._postmodified(p, tokens, j, lo, tokens[v].lower in _CONTINUING) if tok.capitalised else None
        if post is not None:
            return post
        if tok.word.isdigit() and j - 1 >= lo and tokens[j - 1].capitalised and not tokens[j - 1].after \
                and _mention_ending(self.index, p, tokens[j - 1].end) is None:
            return Attribution(None, "organisation")  # `Number 10 said`, `Channel 4 said`: a body
        if low in ("he", "she"):
            ent = self._pronoun("m" if low == "he" else "f", p, tok.start,
                                tokens[v].lower in _CONTINUING, tokens[v].lower in _ANSWERING,
                                _turn_of(tokens[v].lower))
            return Attribution(ent, "pronoun" if ent is not None else "none", at=(p, tok.start))
        if low == "who" and j - 1 >= lo and not tokens[j - 1].after \
                and (m := _mention_ending(self.index, p, tokens[j - 1].end)) is not None and not m.in_quote:
            return Attribution(m.entity, "named")  # `backed by Culture Secretary Tessa Jowell who said:`
        if low == "who" and j - 1 >= lo and tokens[j - 1].after.startswith((",", "),")):
            # `Labour's Mr Livingstone, who says he is "standing by"`, and past an appositive:
            # `David Coleman, professor of demography at Oxford, who said:`
            for k in range(j - 1, max(lo - 1, j - 14), -1):
                if k < j - 1 and (tokens[k].lower in SPEECH_VERBS or tokens[k].after[:1] in (".", ";", ":")):
                    break
                if not tokens[k].after.startswith((",", "),")):
                    continue
                end = self._before_bracket(tokens, k, lo) if tokens[k].after.startswith(")") else k
                m = _mention_ending(self.index, p, tokens[end].end)
                if m is None and not tokens[end].after.strip(" ,("):
                    # `X of the New Patriotic Party (NPP), who accused …`: the name before its body
                    m = self._name_of_body(p, tokens, end, lo)
                if m is not None and not m.in_quote:
                    return Attribution(m.entity, "named")
                if k < j - 1:
                    break
        if low != "who":
            for k in range(j - 1, max(lo, j - 10), -1):
                if tokens[k].after or k < j and _mention_ending(self.index, p, tokens[k].end) is not None:
                    break
                if tokens[k].lower == "who" and tokens[k - 1].after == ",":
                    # `Ms Robinson, who presents The Weakest Link tells Cockerell that …`: a
                    # who-clause the comma never closes runs into its subject's own verb
                    m = _mention_ending(self.index, p, tokens[k - 1].end)
                    if m is not None and not m.in_quote:
                        return Attribution(m.entity, "named")
                    break
        if low in ("that", "which") and j - 1 >= lo and tokens[j - 1].lower in _SENT_WRITINGS and not tokens[j - 1].after:
            # `Cotterill sent her a link with a message that said: "…"`: the sender's words
            sender = self._sender(p, tokens, lo, j - 1)
            if sender is not None:
                return sender
        if low in _NOT_PERSON_SUBJECT:
            return Attribution(None, "organisation" if low in ("they", "it", "we") else "anonymous")
        # `Rhodri Glyn Thomas, Plaid Cymru health spokesman said`: a description set after
        # a name by a comma is that person, not an unnamed one.
        for k in range(j - 1, max(lo, j - 7) - 1, -1):
            if tokens[k].lower in _DEFINITE or tokens[k].lower in _INDEFINITE or tokens[k].lower in SPEECH_VERBS:
                break
            if "," in tokens[k].after[:2]:
                m = _mention_ending(self.index, p, tokens[k].end)
                if m is not None and (low in ROLE_NOUNS or low in NOMINALS):
                    return Attribution(m.entity, "named")
                break
        # A description: find its determiner.
        det = ""
        for k in range(j, max(lo, j - 6) - 1, -1):
            if tokens[k].lower in _DEFINITE or tokens[k].lower in _INDEFINITE:
                det = tokens[k].lower
                break
            if k < j and tokens[k].after[:1] in (",", ".", ";", ":"):
                break
        if det and k - 2 >= lo and tokens[k - 1].lower in ("for", "of", "to") \
                and not tokens[k - 1].after and not tokens[k - 2].after:
            found = self._head_before_phrase(p, tokens, k - 2, j, lo)
            if found is not None:
                return found
        if low in ANONYMOUS or (low.endswith("s") and low[:-1] in ANONYMOUS):
            if det == "the" and k < j:
                party_words = [tokens[x].word for x in range(k + 1, j)]
                if _party_spans(party_words) and all(tokens[x].capitalised for x in range(k + 1, j)):
                    # `Mr Ancram condemned …. The Tory spokesman also criticised …`: a party's
                    # spokesman the text has just named, if one fits
                    ent = self._nominal(low, p, tok.start, mods=party_words)
                    if ent is not None:
                        return Attribution(ent, "nominal")
            return Attribution(None, "anonymous", head=low)
        if low in _KIN and j - 1 >= lo and tokens[j - 1].lower in ("his", "her", "their") and not tokens[j - 1].after:
            # `Her mother said:`: the one the text names as a mother (`her mother Sarah`), if
            # only one; a relative it never names is no one we know
            ent = self._nominal(low, p, tok.start, True)
            return Attribution(ent, "nominal" if ent is not None else "anonymous", head=low)
        if det in _INDEFINITE:
            # `a shadow cabinet member admitted`: unnamed here, maybe named by a fuller quote
            return Attribution(None, "indefinite", head=low)
        if det in _DEFINITE and low in _PARTY_MEMBERS and tok.capitalised:
            # `X, a second-term senator, …. The Texas Republican told reporters`: the person
            # just named, if the text gives them that party; else someone it does not name
            d = next((k for k in range(j - 1, lo - 1, -1) if tokens[k].lower in _DEFINITE), None)
            place = [tokens[k].word for k in range(d + 1, j)] if d is not None else []
            placed = self._placed(place, p, tok.start)
            if placed is not None:
                return Attribution(placed, "nominal")  # `Rep. Hal Brenneman of Dodge City …. The Dodge
                # City Democrat told …`, `Wade Halvorsen, R-Roseburg, … The Roseburg Republican`
            subject = self._previous_subject(p, tok.start)
            if subject is not None and self.index.entities[subject].party == party_name(tok.word):
                return Attribution(subject, "nominal")  # (the one from that place first, if named)
            return Attribution(None, "anonymous")
        if low == "executive" and tok.capitalised and j - 1 >= lo and tokens[j - 1].capitalised \
                and tokens[j - 1].lower not in ("chief", "vice"):
            return Attribution(None, "organisation")  # `the Scottish Executive said`: a body
        if not det and (low in NOMINALS or low in ROLE_NOUNS):
            d = next((k for k in range(j - 1, max(lo, j - 4) - 1, -1) if tokens[k].lower == "our"), None)
            if d is not None and not any(tokens[k].after for k in range(d, j)):
                # `our correspondent added`: the outlet's own reporter, named only by a role
                # the text gives someone (`BBC correspondent X`), never the last subject
                mods = [tokens[k].word for k in range(d + 1, j)]
                ent = self._nominal(low, p, tok.start, True, None, mods)
                return Attribution(ent, "nominal" if ent is not None else "anonymous")
        if det in _DEFINITE and (low in NOMINALS or low in ROLE_NOUNS or _AGED.match(low) or (
                not tok.capitalised and any(_AGED.match(tokens[x].lower) for x in range(max(lo, j - 4), j)))):
            # (`The 44-year-old former accountant said`: an age makes any noun a person)
            modified = j - 1 >= lo and tokens[j - 1].lower in _OFFICE_MODIFIERS
            office = low in _OFFICES or modified
            phrase = [tokens[j - 1].lower, low] if modified else None
            d = next(k for k in range(j, lo - 1, -1) if tokens[k].lower == det)
            mods = [tokens[k].word for k in range(d + 1, j)]
            ent = self._nominal(low, p, tok.start, office, phrase, mods)
            if _AGED.match(low) or any(_AGED.match(w.lower()) for w in mods):
                spoke = self._just_spoke(p, tokens[d].start)  # `the 46-year-old economist said:`
                if ent is None or spoke is not None and spoke != ent and self._named_since(ent, spoke):
                    # (`deputy Hugo Sequeira said … . Sofia Mendes Rocha … said the cuts were
                    # "timid". "…," the 39-year-old deputy said`: an age describes the one who
                    # just spoke, not an earlier holder of the post)
                    ent = spoke
                if ent is None and self._nested and low not in NOMINALS and low not in ROLE_NOUNS:
                    return None  # (read for a pronoun after it: whom the age describes is not
                    # known here, so it does not stand between `he` and the one who just spoke)
            return Attribution(ent, "nominal" if ent is not None else "anonymous")
        if tok.capitalised or det:
            return Attribution(None, "organisation")  # `Labour said`, `the party said`
        if _plural_people(low):
            return Attribution(None, "organisation")  # `judges said`, `motoring groups said`
        return None

    def _head_before_phrase(self, p: int, tokens: list[Token], h: int, j: int, lo: int) -> Attribution | None:
        """`A spokeswoman for the governor said`, `The wife of the president said`: when the
        noun before the of/for/to phrase (token h) is a person, the subject is that person,
        not the one the phrase ends on. An unnamed source or relative is unnamed; an office
        with its phrase (`the leader of the opposition`) names only someone whose role says
        all of it, else no one. A thing (`a glance at the profile of X reveals`, a fronted
        `Speaking to the …`) is no person; a capitalised title (`The Prince of Wales`) is
        left to the name rules (None)."""
        low = tokens[h].lower
        if low in ANONYMOUS or low in _KIN:
            return Attribution(None, "anonymous", head=low)
        if low not in NOMINALS and low not in ROLE_NOUNS:
            return None if tokens[h].word[:1].isupper() else Attribution(None, "organisation")
        d = next((x for x in range(h - 1, max(lo, h - 4) - 1, -1)
                  if tokens[x].lower in _DEFINITE or tokens[x].lower in _INDEFINITE), None)
        if d is None or tokens[d].lower in _INDEFINITE:
            return Attribution(None, "indefinite", head=low)
        phrase = [tokens[x].lower for x in range(h, j + 1)]
        ent = self._nominal(low, p, tokens[h].start, True, phrase, [tokens[x].word for x in range(d + 1, h)])
        return Attribution(ent, "nominal" if ent is not None else "anonymous")

    def _office_initials(self, low: str, paragraph: int, pos: int) -> int | None:
        """`the PM`, `the CM`, `the LoP`, `the FM`: the office spelled out, held by the one
        person the text gives such a role; never the last subject, as for any office."""
        found = {ent for phrase in _OFFICE_INITIALS[low]
                 if (ent := self._nominal(phrase[-1], paragraph, pos, True, phrase, None)) is not None}
        return found.pop() if len(found) == 1 else None  # (`the FM` with a finance and a foreign minister: no one)

    def _seated(self, entity: int, head: str, paragraph: int, pos: int, described: list[str]) -> bool:
        """The text makes the person a member (`the MP for X` may be them): their role says
        so (a role other than this very description, which people may have given them),
        their name carries the letters (`Frank Field MP`), or they spoke just before."""
        ent = self.index.entities[entity]
        role = _role_words(ent.role)
        if head in role and role != described:
            return True
        return any(self._lettered(m, head) for m in ent.mentions) or self._spoke(entity, paragraph, pos)

    def _lettered(self, m: Mention, head: str) -> bool:
        """The mention carries a member's letters after it (`Pearse Ó Dálaigh TD`)."""
        norm = self.doc.paragraphs[m.paragraph].norm
        letters = " " + head.upper()
        return norm.startswith(letters, m.end) and not norm[m.end + len(letters): m.end + len(letters) + 1].isalpha()

    def _postmodified(self, p: int, tokens: list[Token], j: int, lo: int,
                      continuing: bool = False) -> Attribution | None:
        """`"…," the Labour MP for Birkenhead asked`, ending at token j: the description's
        head before its `for`/`of` phrase; a seat's place is no part of a role, any other
        place is (`the minister for Health` must hold Health). None when it is no such
        description."""
        post = self._postmodified_head(tokens, j, lo)
        if post is None:
            return None
        head, _ = post
        mods = [tokens[x].word for x in range(head - 3, head) if x > lo and tokens[x - 1].lower in _DEFINITE
                or any(tokens[y].lower in _DEFINITE for y in range(max(lo, head - 3), x))]
        low = tokens[head].lower
        seat = low in _SEAT_NOMINALS or low == "member" or tokens[head + 1].lower == "from"
        if not seat:
            mods += [tokens[x].word for x in range(head + 2, j + 1) if tokens[x].capitalised]
        ent = self._nominal(low, p, tokens[head].start, False, None, mods)
        aged = any(_AGED.match(tokens[x].lower) for x in range(max(lo, head - 3), head))
        # (`… the Liberal MNA for Mont-Royal–Outremont added:`: the one who spoke last goes on,
        # named by a seat the text gives only here)
        goes_on = continuing and self._last is not None and self._last[1].entity == ent
        if ent is not None and seat and not aged and not goes_on and not self._seated(ent, low, p, tokens[head].start,
                                                          [t.lower for t in tokens[head - len(mods): j + 1]]):
            ent = None  # `Boris Johnson visited …. The Tory MP for Sleaford said`: someone else
        return Attribution(ent, "nominal" if ent is not None else "anonymous")

    @staticmethod
    def _postmodified_head(tokens: list[Token], j: int, lo: int) -> tuple[int, int] | None:
        """`the Labour MP for Birkenhead`, `the member for Pittwater`, ending at token j: the
        index of a definite description's head noun and of its `for`/`of` before a
        capitalised name (at most four words, no punctuation inside)."""
        x = j
        while x > lo and j - x < 4 and not tokens[x - 1].after and (
                tokens[x - 1].capitalised or tokens[x - 1].lower in ("the", "and")):
            x -= 1
        if x - 2 < lo or tokens[x - 1].lower not in ("for", "of", "from") or tokens[x - 1].after or tokens[x - 2].after:
            return None
        head = x - 2
        if tokens[head].lower not in _DESCRIPTION_HEADS or (
                tokens[x - 1].lower == "from" and tokens[head].lower not in _SEATS):
            return None  # (`from` only gives a legislator's seat: `the senator from Bahia`)
        for d in range(head - 1, max(lo, head - 4) - 1, -1):
            if tokens[d].lower in _DEFINITE:
                return head, x - 1
            if tokens[d].after or not (tokens[d].capitalised or tokens[d].lower in _DESCRIPTION_HEADS
                                       or tokens[d].lower in _LESSER or _AGED.match(tokens[d].lower)):
                return None
        return None

    def _reporting_body(self, p: int, tokens: list[Token], found: Attribution, verbs: list[int],
                        v: int, lo: int, end: int) -> Attribution | None:
        """`The Prime Minister's Office said he welcomed the result and thanked MPs "from all
        parties …"`: a body reports what he did, and the words set in its sentence are the
        body's statement, not his — so no name. Only for a quote set into the sentence
        (lower case, no colon or comma before it); `Police said he told them: "…"` is his."""
        if found.at is None:
            return None
        norm = self.doc.paragraphs[p].norm
        if norm[:end].rstrip().endswith((":", ",")) or not norm[end + 1 : end + 2].islower():
            return None
        k = bisect_left(tokens, found.at[1], key=_TOKEN_START)
        u = k - 2 if k - 1 >= lo and tokens[k - 1].lower == "that" else k - 1
        if u < lo or u not in verbs or u >= v or tokens[u].after:
            return None
        outer = self._subject_before(p, tokens, u, lo)
        if outer is not None and outer.entity is None and outer.how == "organisation":
            return outer
        return None

    def _name_of_body(self, p: int, tokens: list[Token], k: int, lo: int) -> Mention | None:
        """`Professor X of Harvard Business School`, ending at token k: the name before a
        body's capitalised name joined by of/at/from."""
        for x in range(k - 1, max(lo, k - 10), -1):
            t = tokens[x]
            if t.after and t.after not in _POSSESSIVE:
                return None  # (a body's own possessive, `of Lula's Workers' Party`, runs on)
            if t.lower in ("of", "at", "from"):
                if not all(tokens[y].word[:1].isupper() or tokens[y].lower in _BODY_NAME_WORDS
                           or _ORDINAL.match(tokens[y].lower)  # `of Pangasinan's 4th District`
                           for y in range(x + 1, k + 1)) or not tokens[k].word[:1].isupper():
                    return None
                if tokens[x - 1].after and not (tokens[x - 1].word in GENERATIONAL and tokens[x - 1].after == "."):
                    return None  # (`X Jr. of …`: the suffix's stop is no break)
                m = _mention_ending(self.index, p, tokens[x - 1].end)
                if m is not None or not tokens[x - 1].word[:1].isupper():
                    return m
                # `X of the University of the Witwatersrand`: the body's own `of`; look on
        return None

    def _sentence_subject(self, p: int, tokens: list[Token], before: int) -> Attribution | None:
        """`Economy Minister X defended the freeze as a "…" asked of all, and said on radio:`:
        the clause after an earlier quote has no subject of its own; the sentence's opening
        name (after at most its titles) is the one who goes on to speak."""
        sent = next((x for x in self.doc.paragraphs[p].sentences if x.start <= before < x.end), None)
        if sent is None:
            return None
        first = bisect_left(tokens, sent.start, key=_TOKEN_START)
        m = next((x for x in self.index.mentions if x.paragraph == p and sent.start <= x.start < before), None)
        if m is None or m.in_quote or self._possessive(m):
            return None
        i = bisect_left(tokens, m.start, key=_TOKEN_START)
        if not _titles_only(tokens, first, i):
            return None  # only titles before the name: not `The Forum of … said … and warned`
        return Attribution(m.entity, "named")

    @staticmethod
    def _before_bracket(tokens: list[Token], k: int, lo: int) -> int:
        """The token before the short bracket that closes at token k (`The Left (Lewica)`)."""
        for x in range(k, max(lo, k - 5) - 1, -1):
            if tokens[x].before.startswith("("):
                return x - 1 if x - 1 >= lo else k
        return k

    def _set_off_name(self, p: int, tokens: list[Token], k: int, j: int) -> Attribution | None:
        """A name (after at most its titles or capitalised office words, and before at most
        the body it belongs to) filling the whole stretch between two commas right before
        the verb: the description before it is who they are, they spoke (`The government's
        floor leader, Deputy X of the Workers' Party (PT), said`)."""
        j = self._before_bracket(tokens, j, k + 1) if tokens[j].after.startswith(")") else j
        m = _mention_ending(self.index, p, tokens[j].end) or self._name_of_body(p, tokens, j, k)
        if m is None or m.in_quote:
            return None
        i = _before_titles(tokens, bisect_left(tokens, m.start, key=_TOKEN_START), k)
        while i - 1 > k and not tokens[i - 1].after and (tokens[i - 1].capitalised or i - 1 == k + 1) \
                and (tokens[i - 1].lower in _DESCRIPTION_HEADS or tokens[i - 1].lower in _LESSER):
            i -= 1  # (`One of the initiators of the bill, deputy X, said`: one word in lower case)
        return Attribution(m.entity, "named") if i == k + 1 else None

    def _named_apposition(self, p: int, tokens: list[Token], k: int, j: int) -> Attribution | None:
        """`The party's spokesperson, Helen Smith, said`, `Its spokesman, Austrian lawmaker
        X, said`: a name set off by commas after an unnamed description (at most a few
        capitalised or role words before it) names the one it describes."""
        m = _mention_ending(self.index, p, tokens[j].end)
        if m is None:
            return None
        i = bisect_left(tokens, m.start, key=_TOKEN_START)
        if i <= k or i - (k + 1) > 3:
            return None
        for x in range(k + 1, i):
            t = tokens[x]
            if t.after or not (t.capitalised or t.lower in ROLE_NOUNS or t.lower in NOMINALS):
                return None
        return Attribution(m.entity, "named")

    def _document_subject(self, p: int, tokens: list[Token], v: int, lo: int) -> Attribution | None:
        """`The affidavit, sworn by Mr X, said`, `A message sent by X to Y said`, `X's letter
        said`, `The memo from X to staff said`: a document that speaks has the words of
        the person it names as its writer (not the one it went to); one with no writer
        named (`the email read`, `a letter sent by an aide`) gives no name."""
        start = lo + (1 if tokens[lo].lower in ("but", "and", "however", "meanwhile") else 0)
        if start >= v:
            return None
        owner = None
        first = tokens[start]
        if first.lower not in _DESCRIBERS and first.lower not in ("one", "this", "that"):
            owner = _mention_starting(self.index, p, first.start)
            if owner is None or not self._possessive(owner):
                return None
        d = None
        for x in range(start, min(v, start + 5)):
            if tokens[x].lower in _DOCUMENTS:
                d = x
                break
            if x > start and (tokens[x].after[:1] in (",", ";", ":") or tokens[x].lower in SPEECH_VERBS):
                return None
        if d is None or (owner is not None and owner.end > tokens[d].start):
            return None
        if owner is not None:
            return Attribution(owner.entity, "named")  # `Mr X's affidavit said`
        for x in range(d + 1, v - 1):
            if tokens[x].lower not in ("by", "from") or tokens[x - 1].after[:1] in (";", ":"):
                continue
            if tokens[x].lower == "by" and tokens[x - 1].lower not in _AUTHORING:
                continue  # `a message seen by the BBC`: not its writer
            m = _mention_starting(self.index, p, tokens[x + 1].start)
            if m is not None and not self._possessive(m):
                return Attribution(m.entity, "named")
            return Attribution(None, "organisation")  # `sent by an aide to Ms X`
        return Attribution(None, "organisation")

    def _sender(self, p: int, tokens: list[Token], lo: int, w: int) -> Attribution | None:
        """The person who sent a message: the last name before it, outside quotes and not
        after a preposition, that is the subject of a verb of sending."""
        for m in reversed(self.index.mentions):
            if m.paragraph != p or m.in_quote or not tokens[lo].start <= m.start < tokens[w].start:
                continue
            i = bisect_left(tokens, m.end, key=_TOKEN_START)
            if self._governed(m) or i >= w or tokens[i - 1].after[:1] == ",":
                return None
            return Attribution(m.entity, "named") if tokens[i].lower in _SENDING else None
        return None

    @staticmethod
    def _relative_object(tokens: list[Token], m: Mention, lo: int) -> bool:
        """The name is the object of a relative clause (`who had represented Mr Martin`)."""
        i = bisect_left(tokens, m.start, key=_TOKEN_START)
        if i - 1 < lo or tokens[i - 1].capitalised or not tokens[i - 1].lower.endswith("ed") or tokens[i - 1].after:
            return False
        return any(tokens[x].lower in ("who", "which", "that") for x in range(max(lo, i - 5), i - 1))

    def _on_behalf(self, tokens: list[Token], m: Mention, lo: int) -> Attribution | None:
        """`a spokesperson for Garland said`, `an aide to Mr Blair said`: the name hangs off
        an unnamed speaker by a preposition, so the speaker is unnamed."""
        i = bisect_left(tokens, m.start, key=_TOKEN_START)
        while i - 1 > lo and tokens[i - 1].capitalised and not tokens[i - 1].after \
                and (tokens[i - 1].lower in ROLE_NOUNS or tokens[i - 1].lower in _TITLE_WORDS):
            i -= 1  # `an aide to Senator Joe Manchin`
        if i - 2 < lo or tokens[i - 1].lower not in _PREPOSITIONS or tokens[i - 1].after or tokens[i - 2].after:
            return None
        head = tokens[i - 2].lower
        if head in _WRITINGS:
            return None  # `a statement from Collins said`: her own words
        if head in ANONYMOUS or (head.endswith("s") and head[:-1] in ANONYMOUS):
            return Attribution(None, "anonymous", head=head)
        return None

    def _appositive_name(self, p: int, tokens: list[Token], v: int, hi: int) -> Attribution | None:
        """`said the chairman of the committee, Labour MP Barry Sheerman`, `said its
        chairman, Sir Anthony Greener`: a description, a comma, then the name it describes."""
        comma = None
        described = False
        for k in range(v + 1, min(hi, v + 16)):
            t = tokens[k]
            if t.lower in SPEECH_VERBS or t.after[:1] in (".", ";", ":", "!", "?"):
                return None
            if t.lower in ROLE_NOUNS or t.lower in NOMINALS or t.lower in ANONYMOUS or (
                    t.after[:1] == "," and occupation(t.lower)):  # `the file's lead negotiator,`
                described = True
            if t.after[:1] == ",":
                comma = k
                break
        if comma is None or not described:
            return None
        for x in range(comma + 1, min(hi, comma + 5)):
            m = _mention_starting(self.index, p, tokens[x].start)
            if m is not None:
                return Attribution(m.entity, "named")
            t = tokens[x]
            if t.after or not (t.capitalised or t.word.isupper() or t.lower in ROLE_NOUNS):
                return None
        return None

    def _subject_after(self, p: int, tokens: list[Token], v: int, hi: int) -> Attribution | None:
        if v + 1 < hi and tokens[v + 1].lower in _DESCRIBERS:
            found = self._appositive_name(p, tokens, v, hi)
            if found is not None:
                return found
        for x in range(v + 1, min(hi, v + 8)):
            m = _mention_starting(self.index, p, tokens[x].start)
            if m is not None:
                return Attribution(m.entity, "named")
            t = tokens[x]
            if t.lower in ("he", "she") and x == v + 1:
                ent = self._pronoun("m" if t.lower == "he" else "f", p, t.start,
                                    tokens[v].lower in _CONTINUING)
                return Attribution(ent, "pronoun" if ent is not None else "none", at=(p, t.start))
            if t.lower in _WRITINGS and x + 2 < hi and tokens[x + 1].lower in ("from", "by") \
                    and not t.after:
                # `according to a statement from Collins`: hers, unless her office's
                m = _mention_starting(self.index, p, tokens[x + 2].start)
                if m is not None and not self.doc.paragraphs[p].norm.startswith("'", m.end):
                    return Attribution(m.entity, "named")
            if t.lower in ANONYMOUS or (t.lower.endswith("s") and t.lower[:-1] in ANONYMOUS):
                return Attribution(None, "anonymous", head=t.lower)
            if t.lower in _OFFICE_INITIALS and x > v + 1 and tokens[x - 1].lower in _DEFINITE:
                ent = self._office_initials(t.lower, p, t.start)  # `," said the PM.`
                return Attribution(ent, "nominal" if ent is not None else "anonymous")
            if t.lower in NOMINALS and x > v + 1 and tokens[x - 1].lower in _DEFINITE:
                ent = self._nominal(t.lower, p, t.start)
                return Attribution(ent, "nominal" if ent is not None else "anonymous")
            if t.after[:1] in (",", ".", ";", ":") and x > v + 1 \
                    and not (t.after == "." and t.lower in SHORT_TITLES):  # `said state Rep. X`
                return None
            if t.lower in _INDEFINITE and x == v + 1:
                continue
        return None

    def attribute_clause(self, p: int, start: int, end: int, side: str) -> Attribution | None:
        """The speaker named in norm[start:end] of paragraph p; side is 'before' or 'after'."""
        tokens = self.index.tokens[p]
        idx = _tokens_in(tokens, start, end)
        if not idx:
            return None
        lo, hi = idx[0], idx[-1] + 1
        verbs = [i for i in idx if tokens[i].lower in SPEECH_VERBS and not _noun_use(tokens, i)
                 and not _reduced_passive(tokens, i, lo, hi)
                 or tokens[i].lower in ("went", "goes") and i + 1 < hi and tokens[i + 1].lower == "on"
                 and tokens[i + 1].after[:1] in (":", ",")  # `The Tory leader went on: "…"`
                 or tokens[i].lower in ("read", "reads") and i > lo and not tokens[i - 1].after
                 and any(tokens[x].lower in _DOCUMENTS for x in range(max(lo, i - 8), i))  # `the email read:`
                 or tokens[i].lower in _POSTING and _reports(tokens, i, hi)]  # `posting on X that`
        accord = [i for i in idx if tokens[i].lower == "according" and i + 1 < hi and tokens[i + 1].lower == "to"]
        if self._nested and verbs and p in self._quoted:
            # who speaks in a sentence is told outside its quotes: not `"President Dissanayake
            # said the elections would be held," the Minister said`
            verbs = [i for i in verbs if not any(a <= tokens[i].start < b for a, b in self._quoted[p])]
        medium = self._medium(p, start, end)
        if side == "before" and verbs and self.doc.paragraphs[p].norm[:start].rstrip().endswith(_CLOSING_MARKS):
            # `said instead of the "bonfire" New Labour had promised, there had been an "…"`:
            # a verb with no object right after the quote before this clause (a comma next)
            # had that quote as its object; it does not report the next one
            verbs = [i for i in verbs if not (i - lo <= 4 and tokens[i].after[:1] == ","
                                              and all(not tokens[x].after for x in range(lo, i)))]
        order = sorted(verbs + accord, reverse=(side == "before"))
        unnamed: Attribution | None = None
        for v in order:
            if v in accord:
                found = self._subject_after(p, tokens, v + 1, hi)
                if found is None and v + 2 < hi and (tokens[v + 2].word[:1].isupper() or (
                        side == "before" and tokens[v + 2].lower in _DESCRIBERS)):
                    # `According to NASA information, "…"`: a source that is no person
                    # we know; the quote is theirs, not the last speaker's
                    found = Attribution(None, "organisation")
            elif v - 1 >= lo and tokens[v].lower in ("told", "asked") and tokens[v - 1].lower in _PASSIVE:
                if v - 2 >= lo and tokens[v - 2].lower in ("who", "which", "that"):
                    continue  # `X said students who were told … "…"`: a clause inside X's words
                # `she was told: "…"`: her subject heard the words; who said them is not given
                found = Attribution(None, "none")
                by = _mention_starting(self.index, p, tokens[v + 2].start) \
                    if v + 2 < hi and tokens[v + 1].lower == "by" and not tokens[v].after else None
                if by is not None:
                    end = bisect_left(tokens, by.end, key=lambda t: t.end)
                    if end < len(tokens) and tokens[end].after[:1] in (":", ","):
                        # `Mr Blair was asked by Mr Howard: "…"`: the one who asked
                        found = Attribution(by.entity, "named")
            else:
                found = self._subject_before(p, tokens, v, lo)
                if found is None and tokens[v].lower.endswith("ing") and v - 1 >= lo and "," in tokens[v - 1].after[:2]:
                    # `The minister, a member of …, also defended the pace of borrowing,
                    # insisting that …`: who insists is the subject of the clause's own verb
                    main = next((x for x in range(v - 2, lo, -1) if is_verb_form(tokens[x].word)
                                 and not tokens[x - 1].after.startswith(("(", ")"))), None)
                    if main is not None and (by := self._subject_before(p, tokens, main, lo)) is not None \
                            and by.entity is not None:
                        found = by  # (not `… that prosecutors were still pursuing …, adding:`)
                # `… had "turned to dross" and said he was …`: a verb joined by `and` has
                # the sentence's subject, never the he after it
                if found is None and tokens[v - 1].lower not in ("and", "but", "or") \
                        and not (tokens[v].lower.endswith("ing") and v + 1 < hi and tokens[v + 1].lower == "that") \
                        and (v - lo <= 1 or tokens[v - 1].after[:1] == ","
                                      and tokens[v].lower in _INVERTING and v + 1 < hi
                                      and tokens[v + 1].capitalised):
                    # (not `…," adding that the governor "…"`: what follows `that` is reported)
                    # `," said Mr X` and `… were fair, said Mr Clarke.` — not
                    # `Mr X, asked about Mr Y's remark, said`
                    found = self._subject_after(p, tokens, v, hi)
                    if found is None and v + 1 < hi and tokens[v + 1].capitalised and not tokens[v].after \
                            and tokens[v].lower in _INVERTING and tokens[v + 1].lower not in ("he", "she", "i", "we", "they"):
                        # `," said Premier Li.`: a speaker named, but no one we know; not
                        # the last speaker carried on (`," reported Lehigh Valley Live` may be)
                        found = Attribution(None, "organisation")
                if found is None and v > lo and v + 2 < hi and tokens[v - 1].after[:1] == "," and not tokens[v].after \
                        and tokens[v].lower in ("say", "says", "said") and tokens[v + 1].lower == "the" \
                        and (party_name(tokens[v + 2].word) or _plural_people(tokens[v + 2].lower)):
                    # `…, say the Tories.`, `…, said the unions.`: a party or a group, no one person
                    found = Attribution(None, "organisation")
            if found is None:
                continue
            if side == "before" and found.how == "pronoun" and not self._nested:
                body = self._reporting_body(p, tokens, found, verbs, v, lo, end)
                if body is not None:
                    found = body
            found.medium = medium
            if found.entity is not None or side == "after" or found.how != "organisation":
                return found
            # `Mr Straw said the US had agreed … "…"`: an unnamed subject of an inner
            # verb gives way to a named one further out.
            unnamed = unnamed or found
        return unnamed

    def _medium(self, p: int, start: int, end: int) -> str | None:
        norm = self.doc.paragraphs[p].norm
        for m in _MEDIUM.finditer(norm, start, end):
            name = m.group(1)
            first = name.split()[0].lower().removesuffix("'s").removesuffix("’s")
            if first in _MEDIUM_STOP:
                continue
            if _mention_starting(self.index, p, m.start(1)) is not None:
                continue  # told Mr X: a person, not an outlet
            if name.split()[0].lower() in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
                continue
            text = self.doc.paragraphs[p].text
            title = _PROGRAMME_TITLE.match(norm, m.end(1)) if name.endswith("'s") else None
            if title is not None:
                # `on NBC's "Meet the Press."`: the programme, named in quote marks
                return f"{text[m.start(1) : m.end(1)]} {text[title.start(1) : title.end(1)]}"
            return text[m.start(1) : m.end(1)].rstrip(".,;:")
        return None

    # --- whole quotes ------------------------------------------------------------
    def _clauses(self, quote: QuoteSpan, prev_close: tuple[int, int] | None,
                 next_open: tuple[int, int] | None) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
        p0, o = quote.open_pos
        para = self.doc.paragraphs[p0]
        s_start = 0
        for s in para.sentences:
            if s.start <= o < s.end:
                s_start = s.start
        if prev_close is not None and prev_close[0] == p0 and prev_close[1] <= o:
            s_start = max(s_start, prev_close[1])
        p1, c = quote.close_pos
        para1 = self.doc.paragraphs[p1]
        s_end = len(para1.norm)
        for s in para1.sentences:
            if s.start <= max(c - 1, 0) < s.end:
                s_end = s.end
        if next_open is not None and next_open[0] == p1 and next_open[1] >= c:
            s_end = min(s_end, next_open[1])
        return (p0, s_start, o), (p1, c, max(c, s_end))

    def person_for_pronoun(self, pronoun: str, paragraph: int, pos: int) -> int | None:
        """The person a `he` or `she` at `pos` of `paragraph` points to (as for a quote's
        `he said`): for a reported claim (`He said the talks had failed`) to keep its speaker."""
        gender = {"he": "m", "she": "f"}.get(pronoun.lower())
        return self._pronoun(gender, paragraph, pos) if gender else None

    def resolve(self, quotes: list[QuoteSpan]) -> list[Attribution]:
        results: list[Attribution] = []
        for q in quotes:
            for piece in q.pieces:
                self._quoted.setdefault(piece.paragraph, []).append((piece.start, piece.end))
        for n, q in enumerate(quotes):
            prev = quotes[n - 1] if n else None
            nxt = quotes[n + 1] if n + 1 < len(quotes) else None
            (p0, b0, b1), (p1, a0, a1) = self._clauses(
                q, prev.close_pos if prev else None, nxt.open_pos if nxt else None
            )
            agent = self._passive_agent(p0, b0, b1, p1, a0, a1)
            if agent is not None:
                results.append(agent)
                self._last = (q.last_paragraph, agent, q.close_pos)
                self._turns.append((agent.entity, False, q.close_pos))
                continue
            found = self.attribute_clause(p0, b0, b1, "before")
            after = None if self._break_missed(q, p1, a0, a1) else self.attribute_clause(p1, a0, a1, "after")
            if after is not None and (found is None or (a1 - a0) < 60 and found.how in ("anonymous", "organisation")):
                if found is None or after.how != "none":
                    found = after
            if found is not None and found.how == "indefinite" and found.head:
                found = self._named_next(q, found.head) or found
            if found is None:
                found = self._colon_lead(p0, b0, b1)
            if found is None and not self.doc.paragraphs[p0].norm[:b1].strip(_OPENING_MARKS):
                found = self._paragraph_colon(p0)
            if found is None:
                found = self._dash_credit(p1, a0)
            if found is None:
                found = self._turn_after(p1, a0, a1)
            if found is None:
                found = self._participle_after(p0, b0, b1, p1, a0, a1)
            if found is None:
                found = self._next_sentence(p1, a1, nxt)
            if found is None:
                found = self._right_before(p0, b1)
            if (found is None or found.entity is None and found.how == "organisation") and prev is not None \
                    and results and results[-1].entity is not None and prev.close_pos == (p0, b0) \
                    and _STILL_REPORTED.search(self.doc.paragraphs[p0].norm, b0, b1):
                # `X said Labour had 'propped up' a government it claimed to oppose, and that
                # voters would '…'`: the same report goes on, in the same sentence
                found = Attribution(results[-1].entity, "inherited", results[-1].medium)
            if found is None:
                found = self._earlier_in_paragraph(p0, b0, q, prev)
            if found is None and prev is not None and q.paragraph > prev.last_paragraph:
                found = self._speaker_between(prev, q)
            if found is None and self._quote_led_at(q) and (prev is None or prev.last_paragraph < q.paragraph - 1):
                found = self._subject_of_paragraph_before(q)
            if found is None and prev is not None and self._quote_run(prev, q) and results[-1].how != "none":
                found = Attribution(results[-1].entity, "inherited", results[-1].medium)
            results.append(found or Attribution(None, "none"))
            self._last = (q.last_paragraph, results[-1], q.close_pos)
            if results[-1].entity is not None:
                self._turns.append((results[-1].entity, q.text.rstrip(" ,.'\"").endswith("?"), q.close_pos))
        self._fill_back(quotes, results)
        self._contained(quotes, results)
        return results

    def _just_spoke(self, p: int, before: int) -> int | None:
        """`"… thank you," (Ms Harland's quotes just before) | The 47-year-old, who has led the
        party for 16 months, said`: an age no one in the text is given describes the one who
        spoke last, in this paragraph or the one before, when no one is named in between."""
        if self._nested or self._last is None or self._last[0] < p - 1 \
                or self._last[1].how not in ("named", "nominal", "inherited", "pronoun"):
            return None
        if any(m.paragraph == p and m.start < before and not m.in_quote for m in self.index.mentions):
            return None
        return self._last[1].entity

    def _introduced_unnamed(self, head: str, paragraph: int, pos: int) -> bool:
        """The paragraph brought in `a …` with this head before `pos` (`A senior BJP leader`),
        and names no one between it and `pos`."""
        norm = self.doc.paragraphs[paragraph].norm
        found = None
        for m in re.finditer(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?" + re.escape(head) + r"\b", norm[:pos]):
            found = m
        if found is None:
            return False
        return not any(m.paragraph == paragraph and found.start() <= m.start < pos and not m.in_quote
                       for m in self.index.mentions)

    def _named_since(self, earlier: int, later: int) -> bool:
        """`later` was last named after `earlier` was."""
        last: dict[int, tuple[int, int]] = {}
        for m in self.index.mentions:
            if m.entity in (earlier, later) and not m.in_quote:
                last[m.entity] = (m.paragraph, m.start)
        return earlier in last and later in last and last[later] > last[earlier]

    def _dash_credit(self, p: int, a0: int) -> Attribution | None:
        """`"Ask the people. They will tell you." – Nurul Hidayati, Gadjah Mada University`:
        a box of quotes, each credited after a dash to a name the text knows."""
        norm = self.doc.paragraphs[p].norm
        if not norm[a0:].strip() and p + 1 < len(self.doc.paragraphs):
            p, norm, a0 = p + 1, self.doc.paragraphs[p + 1].norm, 0  # (the credit on a line of its own)
        dash = _DASH_CREDIT.match(norm, a0)  # (the dash ends the clause after the quote: read on past it)
        if dash is None or (a0 == 0 and dash.start() != 0):
            return None
        # (the mention may start a word or two in: `– Dyah | Ayu Lestari, PDI-P`)
        m = next((m for m in self.index.mentions if m.paragraph == p and not m.in_quote and m.start >= dash.end()
                  and _CAPITALS_ONLY.fullmatch(norm[dash.end() : m.start])), None)
        return Attribution(m.entity, "named") if m is not None else None

    def _break_missed(self, q: QuoteSpan, p: int, a0: int, a1: int) -> bool:
        """`… is seen as 'the fit parent' Earlier this month, Judge X said …`: a partial
        quote closed with no mark of its own, then a new sentence opening on a capitalised
        word that is no name (a lost full stop): that sentence's verb is not this quote's."""
        if q.text.rstrip()[-1:] in (",", ".", "!", "?", ":", ";", "-"):
            return False
        tokens = self.index.tokens[p]
        idx = _tokens_in(tokens, a0, a1)
        if len(idx) < 3:
            return False
        first = tokens[idx[0]]
        return first.capitalised and first.lower not in ("he", "she", "they", "i", "we") \
            and _mention_starting(self.index, p, first.start) is None \
            and first.lower.rstrip(".") not in _APPOSITION_TITLES and first.lower not in _DESCRIBERS \
            and any(tokens[x].after[:1] == "," for x in idx[:4])

    def _fill_back(self, quotes: list[QuoteSpan], results: list[Attribution]) -> None:
        """A run of quote-only paragraphs attributed only at its end (`…," he said.`)."""
        for n in range(len(results) - 2, -1, -1):
            if results[n].how != "none":
                continue
            nxt = results[n + 1]
            opens = self._quote_led(quotes, n)
            if nxt.entity is not None and opens and self._quote_run(quotes[n], quotes[n + 1]):
                results[n] = Attribution(nxt.entity, "inherited")

    def _quote_led(self, quotes: list[QuoteSpan], n: int) -> bool:
        """Only quoted words stand before this quote in its paragraph."""
        p, pos = quotes[n].open_pos
        text = list(self.doc.paragraphs[p].norm[:pos])
        for q in quotes[:n]:
            for piece in q.pieces:
                if piece.paragraph == p:
                    for x in range(max(0, piece.start - 1), min(pos, piece.end + 1)):
                        text[x] = " "
        return "".join(text).strip() == ""

    def _colon_lead(self, p: int, start: int, end: int) -> Attribution | None:
        """`Osborne: "…"` (a transcript's turn) and `Marr pressed him: "…"` / `Mr Howard hit
        back: "…"`: a named subject, at most three lower-case words and a colon right before
        the quote, with no verb of speech, is the speaker."""
        norm = self.doc.paragraphs[p].norm
        if not norm[start:end].rstrip().endswith(":"):
            return None
        tokens = self.index.tokens[p]
        idx = _tokens_in(tokens, start, end)
        if not idx:
            return None
        lo = idx[0] + (1 if tokens[idx[0]].lower in ("and", "but", "then") else 0)
        if lo > idx[-1]:
            return None
        m = _mention_starting(self.index, p, tokens[lo].start)
        if m is None or m.in_quote or self._possessive(m):
            return None
        rest = [t for t in tokens[lo : idx[-1] + 1] if t.start >= m.end]
        if not rest:
            return Attribution(m.entity, "named")  # `Osborne: "…"`
        # `hit back`, `pressed him`, `interjected`: not `received a letter:`, `was blunt:`
        verb = rest[0].lower
        if len(rest) > 3 or not (verb.endswith("ed") or verb in _TURN_VERBS) or verb in _NOT_TURNS \
                or any(t.lower not in _TURN_PARTICLES for t in rest[1:]) \
                or any(t.after[:1] in (",", ";", ".") for t in rest[:-1]):
            return None
        return Attribution(m.entity, "named")

    def _paragraph_colon(self, p: int) -> Attribution | None:
        """`Mrs Mulvaney told supporters:` ending one paragraph, the quote opening the next:
        the colon hands the next paragraph's words to the last sentence's speaker."""
        if p == 0:
            return None
        before = self.doc.paragraphs[p - 1]
        if not before.norm.rstrip().endswith(":") or not before.sentences:
            return None
        last = before.sentences[-1]
        found = self.attribute_clause(p - 1, last.start, len(before.norm.rstrip()), "before")
        if found is None:
            # `Zoom in: Vandergriff, a former hospital board member, made a last-minute appeal on
            # the floor:`: no verb of speech, but the sentence's named subject hands over the words
            start = last.start
            label = _LEAD_LABEL.match(before.norm, start)
            if label is not None:
                start = label.end()
            tokens = self.index.tokens[p - 1]
            first = bisect_left(tokens, start, key=_TOKEN_START)
            m = _mention_starting(self.index, p - 1, tokens[first].start) if first < len(tokens) else None
            if m is not None and not m.in_quote and not self._possessive(m):
                found = Attribution(m.entity, "named")
        return found

    def _turn_after(self, p: int, start: int, end: int) -> Attribution | None:
        """`"…," Stancil fired back.`, `"…," a crestfallen Mr Lim confided.`: a named
        subject right after the quote with a verb of no speech list, and at most a particle
        (back, on, again) after it, ends the sentence: the named subject spoke."""
        tokens = self.index.tokens[p]
        idx = _tokens_in(tokens, start, end)
        if not idx or len(idx) > 7:
            return None
        m = None
        x = idx[0]
        while x <= idx[-1] and m is None:
            m = _mention_starting(self.index, p, tokens[x].start)
            if m is None and (tokens[x].capitalised or tokens[x].after or x - idx[0] >= 3):
                return None  # only `a crestfallen` may stand before the name
            x += 1
        if m is None or m.in_quote or self._possessive(m):
            return None
        rest = [t for t in tokens[x - 1 : idx[-1] + 1] if t.start >= m.end]
        if not rest or len(rest) > 3:
            return None
        verb = rest[0].lower
        if not (verb.endswith("ed") or verb in _TURN_VERBS) or verb in _NOT_TURNS or rest[0].capitalised \
                or any(t.lower not in _TURN_PARTICLES for t in rest[1:]) \
                or any(t.after for t in rest[:-1]) or rest[-1].after[:1] not in (".", "!", "?", ","):
            return None
        return Attribution(m.entity, "named")

    def _participle_after(self, p0: int, b0: int, b1: int, p1: int, a0: int, a1: int) -> Attribution | None:
        """`Michael Howard sent Mr Bush his "warmest congratulations", saying:` — the
        subject of the sentence the quote stands in speaks."""
        tokens = self.index.tokens[p1]
        idx = _tokens_in(tokens, a0, a1)
        if not idx or not (tokens[idx[0]].lower.endswith("ing") and tokens[idx[0]].lower in SPEECH_VERBS):
            return None
        subject = next((m for m in self.index.mentions if m.paragraph == p0 and not m.in_quote
                        and b0 <= m.start < b1 and not self._governed(m)), None)
        return Attribution(subject.entity, "named") if subject is not None else None

    def _next_sentence(self, p: int, end: int, nxt: QuoteSpan | None) -> Attribution | None:
        """`"… not true." That was the view of Ken Clarke.` / `"…." Mr X said later.`: a
        short sentence right after the quote that only names who said it."""
        para = self.doc.paragraphs[p]
        sent = next((s for s in para.sentences if s.start >= end - 1 and s.end > end), None)
        if sent is None or (nxt is not None and nxt.open_pos[0] == p and nxt.open_pos[1] < sent.end):
            return None
        view = _VIEW_OF.match(sent.norm)
        if view is not None:
            m = _mention_starting(self.index, p, sent.start + view.end())
            return Attribution(m.entity, "named") if m is not None else None
        tokens = self.index.tokens[p]
        idx = _tokens_in(tokens, sent.start, sent.end)
        if not idx or len(idx) > 8:
            return None
        verbs = [i for i in idx if tokens[i].lower in SPEECH_VERBS]
        sourced = len(verbs) == 2 and verbs[1] == idx[-1] and tokens[verbs[0]].after == "," \
            and 1 <= verbs[1] - verbs[0] - 1 <= 2 and tokens[verbs[0] + 1].lower in ("the", "a", "an", "police")
        if len(verbs) != 1 and not sourced:
            return None
        v = verbs[0]
        # `"…" Jamie wrote, the affidavit said.`: where the reporter found the words
        tail = [] if sourced else [tokens[i] for i in idx if i > v]
        if any(t.lower not in _SKIP_BEFORE_VERB and t.lower not in _AFTERWARDS for t in tail):
            # `Mr X said later.` — not `Mr X said the plan would fail.`
            named = tail and _mention_starting(self.index, p, tail[0].start) is not None \
                and tail[-1].after.startswith(".")
            # `Trump wrote on Truth Social.`, `Graham told CNN.`: only where it was said
            where = len(tail) <= 5 and all(t.lower in _SKIP_BEFORE_VERB or t.lower in _WHERE_WORDS
                                           or t.word[:1].isupper() for t in tail)
            if not (named or where):
                return None
        found = self.attribute_clause(p, sent.start, sent.end, "after")
        return found if found is not None and found.entity is not None else None

    def _passive_agent(self, p0: int, b0: int, b1: int, p1: int, a0: int, a1: int) -> Attribution | None:
        """`the plan, dismissed as "a vanity project" by Mr X, …`: words given to the one
        named after `by`, whoever the sentence's speaker is."""
        before = _tokens_in(self.index.tokens[p0], b0, b1)
        after = _tokens_in(self.index.tokens[p1], a0, a1)
        if len(before) < 2 or len(after) < 2:
            return None
        tb, ta = self.index.tokens[p0], self.index.tokens[p1]
        verb = tb[before[-2]] if tb[before[-1]].lower == "as" else tb[before[-1]]
        if verb.lower not in SPEECH_VERBS or not verb.lower.endswith("ed") or ta[after[0]].lower != "by":
            return None
        m = _mention_starting(self.index, p1, ta[after[1]].start)
        return Attribution(m.entity, "named") if m is not None and not self._possessive(m) else None

    def _named_next(self, q: QuoteSpan, head: str) -> Attribution | None:
        """`This week a judge claimed drink was breeding "urban savages". Judge X made his
        remarks as …`: the sentence right after, with no quote of its own, opens on a named
        person whose title or role is the unnamed speaker's word — the text names them."""
        if head in ANONYMOUS or not (head in ROLE_NOUNS or head in NOMINALS):
            return None
        p, c = q.close_pos
        sents = self.doc.sentences
        here = next((s.index for s in sents if s.paragraph == p and s.start <= max(c - 1, 0) < s.end), None)
        if here is None or here + 1 >= len(sents):
            return None
        nxt = sents[here + 1]
        if nxt.paragraph - p > 1 or '"' in nxt.norm:
            return None
        first = next((m for m in self.index.mentions if m.sentence == nxt.index and not m.in_quote), None)
        if first is None or self._governed(first) or self._possessive(first):
            return None
        tokens = self.index.tokens[nxt.paragraph]
        lead = [t for t in tokens if nxt.start <= t.start < first.start]
        if len(lead) > 2 or any(t.after for t in lead):
            return None
        ent = self.index.entities[first.entity]
        if not self._holds(_role_words(ent.role), [head], None):
            return None
        return Attribution(first.entity, "named")

    def _speaker_between(self, prev: QuoteSpan, q: QuoteSpan) -> Attribution | None:
        """`…, Mr Howard said.` closing the paragraph before a quote-only one: he goes on,
        not the speaker of the previous quote."""
        p = q.paragraph - 1
        if p < prev.last_paragraph or not self._quote_led_at(q):
            return None
        for s in reversed(self.doc.paragraphs[p].sentences):
            if p == prev.last_paragraph and s.start < prev.close_pos[1]:
                return None
            found = self._clause_of(p, s.start, s.end)
            if found is not None:
                return found if found.how in ("named", "anonymous") else None
        return None

    def _subject_of_paragraph_before(self, q: QuoteSpan) -> Attribution | None:
        """`On this subject, Morris appears almost evangelical. | "I was on a cruise …"`: a
        paragraph that is all quote, with no attribution anywhere, after a paragraph whose
        last sentence opens on one person (named, perhaps after a short opening phrase, or by
        pronoun): a profile's way of handing the floor to its subject."""
        p = q.paragraph - 1
        if p < 0 or len(q.text.split()) <= 4 or not self.doc.paragraphs[p].sentences:
            return None
        s = self.doc.paragraphs[p].sentences[-1]
        if '"' in s.norm or s.norm.rstrip().endswith("?"):
            return None
        intro = re.match(r"(?:[^,]{1,30},\s+|(?:Speaking|Writing|Asked|Interviewed)\b[^,]{1,60},\s+)?",
                         s.norm).end()  # `On this subject, | Morris …`
        lead = next((m for m in self.index.mentions if m.paragraph == p and not m.in_quote
                     and s.start + intro <= m.start <= s.start + intro + 1), None)
        if lead is not None and not self._possessive(lead):
            return Attribution(lead.entity, "paragraph")
        return self._pronoun_lead(p, s, intro, _PRONOUN_REPORTS)

    def _quote_led_at(self, q: QuoteSpan) -> bool:
        return self.doc.paragraphs[q.paragraph].norm[: q.open_pos[1]].strip() == ""

    def _right_before(self, p: int, open_at: int) -> Attribution | None:
        """`Richard Thomas "totally condemned" the deletion`: a name right before the mark."""
        norm = self.doc.paragraphs[p].norm
        end = len(norm[:open_at].rstrip())
        m = _mention_ending(self.index, p, end)
        return Attribution(m.entity, "named") if m is not None else None

    def _earlier_in_paragraph(self, p: int, before: int, q: QuoteSpan, prev: QuoteSpan | None) -> Attribution | None:
        """`She added that … gap. "The average woman…"`: the sentence before names the speaker."""
        para = self.doc.paragraphs[p]
        sentences = [s for s in para.sentences if s.end <= before + 1]
        if sentences and _reporters_question(sentences[-1].norm):
            return None  # `So is UKIP's job to destroy the Tories, as X once declared? "No. …"`:
            # X is what the question cites; the answer is someone else's
        for s in reversed(sentences[-2:]):
            lo = s.start
            if prev is not None and prev.close_pos[0] == p and prev.close_pos[1] > lo:
                lo = prev.close_pos[1]
            if prev is not None and prev.close_pos[0] == p and prev.open_pos[1] >= s.start:
                # the sentence holds the previous quote: its attribution is ours too
                return None
            found = self.attribute_clause(p, lo, s.end, "before")
            if found is not None:
                return found
        if sentences and (prev is None or prev.close_pos[0] != p or prev.close_pos[1] <= sentences[-1].start):
            # `Mr Blair went on to list his achievements. "So now we have a choice…"`:
            # the subject of the sentence that leads into the quote.
            s = sentences[-1]
            opener = len(s.norm.split(" ", 1)[0]) + 1  # `But Mr Blair …` leads with him too
            lead = next((m for m in self.index.mentions if m.paragraph == p and not m.in_quote
                         and 0 <= m.start - s.start <= opener), None)
            intro = _INTRO_PHRASE.match(s.norm)
            if lead is None and intro is not None and not self.doc.paragraphs[p].norm[s.end : q.open_pos[1]].strip():
                # `And, while we are on the subject of X, Mr Morris despatches him … . "…"`
                lead = next((m for m in self.index.mentions if m.paragraph == p and not m.in_quote
                             and m.start == s.start + intro.end() and not self._possessive(m)), None)
            if lead is not None:
                return Attribution(lead.entity, "paragraph")
            # `And he is scathing of the Tory party … . "The Tory party is …"`: the same, by
            # pronoun, only for a quote that is its own sentence, of more than a few words (not a
            # scare quote or a title inside a sentence with its own subject)
            if not self.doc.paragraphs[p].norm[s.end : q.open_pos[1]].strip() and len(q.text.split()) > 4:
                return self._pronoun_lead(p, s)
        return None

    def _pronoun_lead(self, p: int, s, at: int = 0, lead: re.Pattern = _PRONOUN_LEAD) -> Attribution | None:
        """The person a sentence of paragraph p opens on by pronoun at offset `at` (`And he is
        scathing of …`), resolved as `he`/`she` there."""
        pm = lead.match(s.norm, at)
        if pm is None:
            return None
        pos = s.start + pm.start(1)
        ent = self._pronoun("m" if pm.group(1).lower() == "he" else "f", p, pos)
        return Attribution(ent, "pronoun", at=(p, pos)) if ent is not None else None

    def _quote_run(self, prev: QuoteSpan, q: QuoteSpan) -> bool:
        """The quote carries on the previous one: same paragraph, or the next, quote-led."""
        if q.paragraph == prev.last_paragraph:
            gap = self.doc.paragraphs[q.paragraph].norm[prev.close_pos[1] : q.open_pos[1]] \
                if prev.close_pos[0] == q.paragraph else ""
            # (not `"Who are they trying to kid?" The proposed question for the referendum is:
            # "…"`: a thing's words the reporter quotes, naming no one)
            return not (_COPULA_COLON.search(gap) and not any(
                m.paragraph == q.paragraph and prev.close_pos[1] <= m.start < q.open_pos[1] for m in self.index.mentions))
        if q.paragraph != prev.last_paragraph + 1:
            return False
        return self.doc.paragraphs[q.paragraph].norm[: q.open_pos[1]].strip() == ""

    def _contained(self, quotes: list[QuoteSpan], results: list[Attribution]) -> None:
        """A partial quote previewed in the lead takes the speaker of the full quote it is in."""
        keys = [" ".join(re.findall(r"\w+", q.text.lower())) for q in quotes]
        for n, res in enumerate(results):
            if res.entity is not None or res.how not in ("none", "indefinite"):
                continue
            if len(keys[n].split()) > 12:
                continue
            for m, other in enumerate(results):
                if m != n and other.entity is not None and f" {keys[n]} " in f" {keys[m]} ":
                    results[n] = Attribution(other.entity, "contained")
                    break
