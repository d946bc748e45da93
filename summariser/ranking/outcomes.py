"""Results a sentence reports: who won and who lost (an election, a vote, a match, a case).

A result story has two sides, and a desk writes each once. "Labour has conceded
defeat" and "McMahon said Labour had not got over the line" tell the same result
in different words, which word overlap cannot see; and a brief that says who lost
but never who won has told half the story. So each sentence gets a `Gist`: the
actors it says won or lost, and the names it mentions. `select` uses it to
discount a second telling of a result and to favour the other side of one.

Deliberately small and conservative: a short list of result words, negation
("not close to winning" is a loss, "avoided losing" is no result), hypotheticals
("whether ... a defeat") skipped, and the actor taken as the nearest name before
the result word in its clause ("Tory candidate Jill Mortimer looks on course for
victory" → Mortimer won). An actor it cannot name is "" (unknown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import PARTY_RE, SHORT_TITLES, SPEECH_VERBS, party_name
from .tokens import stop_words

_TOKEN = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*|\d[\d.,:%]*|[,;:()–—]|(?<=\s)-(?=\s)")

# Cheap test before tokenising: most sentences report no result. (`(?=[…])`: the words'
# first letters, a fast test before the case-blind alternation.)
_ANY = re.compile(
    r"\b(?=[bcdltvwo])(?:win|wins|won|winning|winners?|victor(?:y|ies|ious)|triumph\w*|landslide|"
    r"los(?:e|es|t|ing)|defeat\w*|beaten|conced\w*|over the line)\b",
    re.I,
)

_WIN = frozenset("win wins won winning winner winners victory victories victorious triumph "
                 "triumphs triumphed triumphant landslide".split())
_LOSE = frozenset("lose loses lost losing defeat defeats".split())
_PASSIVE_LOSE = frozenset({"defeated", "beaten"})  # only after a form of 'be'
_CONCEDE = frozenset("concede concedes conceded conceding".split())
_BE = frozenset("be is are was were been being".split())
_GET = frozenset("get gets got getting gotten".split())
# What a conceded result is called ("conceded the by-election"); "conceded that ..." is speech.
_CONTESTS = frozenset("election by-election race seat contest vote ballot poll game match "
                      "title tie fight leadership".split())
# 'won praise', 'win back the trust', 'lost his life': not results of a contest.
_NOT_RESULT_AFTER = frozenset(
    """back over praise support backing plaudits approval favour favor respect admiration
    friends hearts life lives weight track sight touch count interest control consciousness
    patience temper contact""".split()
)
_ADJECTIVE_BEFORE = frozenset({"a", "an", "the"})  # 'a winning force', 'the losing side'
_NEGATORS = frozenset("not cannot never no failed fail fails failing avoid avoided avoids "
                      "avoiding without unable nowhere".split())
# A result only wished for or supposed: 'whether ... a defeat', 'could win the next election'.
_HYPOTHETICAL = frozenset("whether if unless could might may would".split())
# Words that end the clause a result word's actor is looked for in.
_CLAUSE_WORDS = frozenset("who which that after before when while as because although though "
                          "since until where whereas despite".split())
NEGATION_WINDOW = 3  # tokens before a result word a negator may stand
ACTOR_WINDOW = 10  # tokens back to look for the actor


@dataclass(frozen=True)
class Gist:
    """What a sentence says about a result, for comparing it with other sentences."""

    won: frozenset[str]  # actors said to win ("" = unnamed)
    lost: frozenset[str]  # actors said to lose
    names: frozenset[str]  # parties (by name) and capitalised names in the sentence

    @property
    def reports_result(self) -> bool:
        return bool(self.won or self.lost)


NO_GIST = Gist(frozenset(), frozenset(), frozenset())


def _actor_key(word: str) -> str:
    word = re.sub(r"['’]s?$", "", word)
    return party_name(word) or party_name(word.replace("-", " ")) or word


def _one_word_parties(text: str) -> str:
    """'the Liberal Democrats' → 'the Liberal-Democrat': a party of several words is one actor."""

    def join(m: re.Match[str]) -> str:
        name = party_name(m.group(0))
        return name.replace(" ", "-") if name and " " in m.group(0) else m.group(0)

    return PARTY_RE.sub(join, text)


def _is_name(tokens: list[str], i: int) -> bool:
    """A capitalised word that names someone or something; a sentence's first word only
    when it is a party ('Labour has ...'), since any first word is capitalised."""
    word = tokens[i]
    if not word[:1].isupper() or word.lower() in stop_words() or word.lower() in SHORT_TITLES:
        return False
    return i > 0 or party_name(word.replace("-", " ")) is not None


def _negated(low: list[str], i: int) -> bool:
    for j in range(max(0, i - NEGATION_WINDOW), i):
        if low[j] in _NEGATORS or low[j].endswith("n't") or low[j].endswith("n’t"):
            return True
    return False


def _clause_boundary(low: list[str], j: int) -> bool:
    w = low[j]
    if not w[:1].isalnum():
        return True
    if w == "but":
        return j == 0 or low[j - 1] != "all"  # 'all but conceded' is one phrase
    # 'conceded defeat': the verb of the result itself does not end its clause.
    return w in _CLAUSE_WORDS or (w in SPEECH_VERBS and w not in _CONCEDE)


def _actor(tokens: list[str], low: list[str], i: int) -> str | None:
    """The nearest name before token `i` in its clause, else 'for X' right after it
    ('victory for the Tories'; 'defeat by X' names the other side, so not 'by');
    "" when unnamed; None when the clause is hypothetical ('whether ... a defeat')."""
    actor = None
    for j in range(i - 1, -1, -1):
        if low[j] in _HYPOTHETICAL:
            return None
        if _clause_boundary(low, j):
            break
        if actor is None and j >= i - ACTOR_WINDOW and _is_name(tokens, j):
            actor = _actor_key(tokens[j])
    if actor is not None:
        return actor
    for j in range(i + 1, min(len(tokens), i + 4)):
        if low[j] in ("for", "the"):
            continue
        return _actor_key(tokens[j]) if _is_name(tokens, j) else ""
    return ""


def _result(low: list[str], i: int) -> str | None:
    """'won' / 'lost' when token `i` is a result word as used here, else None."""
    w = low[i]
    after = low[i + 1] if i + 1 < len(low) else ""
    before = low[i - 1] if i else ""
    if w in _WIN or w in _LOSE:
        if after in _NOT_RESULT_AFTER or (
            i + 2 < len(low) and after in ("his", "her", "their", "its") and low[i + 2] in _NOT_RESULT_AFTER
        ):
            return None
        if w in ("winning", "losing") and before in _ADJECTIVE_BEFORE:
            return None
        return "won" if w in _WIN else "lost"
    if w in _PASSIVE_LOSE:
        return "lost" if before in _BE else None
    if w in _CONCEDE and any(x in _CONTESTS for x in low[i + 1 : i + 4]):
        return "lost"
    if w == "over" and before in _GET and low[i + 1 : i + 3] == ["the", "line"]:
        return "won"
    return None


def gist(text: str) -> Gist:
    """Who `text` says won or lost, and the names it mentions."""
    if not _ANY.search(text):
        return NO_GIST
    tokens = [t.replace("’", "'") for t in _TOKEN.findall(_one_word_parties(text))]
    low = [t.lower() for t in tokens]
    won: set[str] = set()
    lost: set[str] = set()
    for i in range(len(tokens)):
        side = _result(low, i)
        if side is None:
            continue
        if _negated(low, i):
            if side == "lost":
                continue  # 'avoided losing' is no result either way
            side = "lost"  # 'not close to winning'
        actor = _actor(tokens, low, i)
        if actor is None:
            continue
        (won if side == "won" else lost).add(actor)
    if not won and not lost:
        return NO_GIST
    names = frozenset(_actor_key(t) for i, t in enumerate(tokens) if _is_name(tokens, i))
    return Gist(frozenset(won), frozenset(lost), names)


def _same_side(mine: frozenset[str], mine_names: frozenset[str],
               theirs: frozenset[str], their_names: frozenset[str]) -> bool:
    if not mine or not theirs:
        return False
    named_mine, named_theirs = mine - {""}, theirs - {""}
    return bool(named_mine & (theirs | their_names) or named_theirs & (mine | mine_names))


def same_result(a: Gist, b: Gist) -> bool:
    """Do `a` and `b` tell the same result: the same side (won or lost) for an actor that
    one names as that side and the other at least mentions?"""
    return _same_side(a.won, a.names, b.won, b.names) or _same_side(
        a.lost, a.names, b.lost, b.names
    )


def other_side(candidate: Gist, told: list[Gist]) -> bool:
    """Does `candidate` name a winner where the sentences `told` say who lost but not who won?"""
    losers = set().union(*(g.lost for g in told)) - {""}
    if not losers or any(g.won for g in told):
        return False
    winners = candidate.won - {""}
    return bool(winners) and not winners & losers
