"""Which words are verbs: a shipped lexicon of the verbs news copy uses, with their forms.

Why a lexicon: a fact must report something, so it needs a verb, and with no tagger
model to download (newsroom networks are locked down) a word list is the reliable way
to tell `Women MPs endure abuse` (a clause) from `22 tons of food and 2 tons of
medicine` (a list item torn from its sentence). Regular forms are built by the spelling
rules; irregular ones are listed. Being generous is the safe side: a noun taken for a
verb (`plans`) lets a fragment through, as before; a verb missed would drop a real fact.
"""

from __future__ import annotations

import functools

# Base forms of the verbs that carry news: politics, courts, economy, disasters, sport.
_BASES = """
accept accuse achieve act add address admit adopt advise affect agree aim allege allow
announce answer appeal appear apply appoint approve argue arrest arrive ask assess attack
attempt attend avoid back ban bar base beat become begin believe belong benefit block blame
boost borrow break bring build burn buy call campaign cancel capture care carry cause
celebrate challenge change charge chase check choose cite claim clash clear close collapse
come comment commit compare compete complain complete concede concern condemn confirm
consider contain continue contribute control convict cost count cover crash create
criticise criticize cross cut damage deal debate decide decline defeat defend delay deliver
demand deny depend describe deserve destroy detain develop die disagree discover discuss
dismiss dispute do double doubt drink drive drop earn ease elect emerge employ encourage
end endure enforce enjoy ensure enter escape establish estimate examine exist expand expect
explain explode express extend face fail fall fear feel fight file fill find fine finish
fire flee fly focus follow force forecast form freeze fund gain get give go govern grant
grow guarantee halt handle happen hear help hide hire hit hold hope host hurt identify
ignore impose improve include increase indicate inform injure insist intend introduce
investigate invite involve issue jail join judge jump keep kill know label land last
launch lead learn leave lend let lie lift like limit link list live lobby look lose love
maintain make manage mark marry matter mean meet mention miss move name need negotiate
note notice object obtain occur offer open operate oppose order outline overturn owe own
pass pay plan play plead pledge plunge point praise predict prefer prepare present press
prevent proceed produce promise promote propose prosecute protect protest prove provide
publish pull push put question quit raise reach react read receive recognise recognize
recommend record recover reduce refer reflect refuse reject release rely remain remember
remove renew repeat replace reply report represent require rescue resign resist resolve
respond rest restore result retain retire return reveal review rise risk rule run sack
save say secure see seek seem seize sell send sentence serve set settle shoot show shut
sign sink sit slash slip slump soar solve speak spend split stab stand start state stay
steal step stop strike struggle study submit succeed suffer suggest supply support suppose
surge survive suspend swear take talk target tell tend test testify thank think threaten
throw tie top total trade train travel treat trigger try turn unveil urge use vanish
visit vote vow wait walk want warn watch welcome win wish withdraw work worry write
trim axe scrap hike curb lower tighten loosen overhaul reform veto quash uphold acquit deport
extradite sue award postpone resume nominate oust topple defect rebel abstain trail edge
clinch storm sweep halve treble triple tumble climb ratify broker mediate disclose declare
depart wound bomb raid invade occupy deploy recall summon interview probe audit inspect brand
dub hail endorse contest permit head chair export import ship spark prompt fuel flood melt
tax cap register exceed surpass narrow widen shrink slow stall
"""

# Irregular past tenses and participles, and the auxiliaries and modals.
_IRREGULAR = """
am is are was were be been being has have had having do does did done will would shall
should can could may might must cannot won't can't don't doesn't didn't isn't wasn't
aren't weren't hasn't haven't hadn't wouldn't couldn't shouldn't
arose awoke bore beaten became began bent bet bit bled blew broke broken bred brought
built burnt bought caught chose chosen clung came cost crept dealt dug drew drawn drove
driven drank drunk ate eaten fell fallen fed felt fought found fled flew flown forbade
forgot forgotten forgave froze frozen got gotten gave given went gone grew grown hung
heard hid hidden hit held hurt kept knelt knew known laid led leant left lent lay lain
lit lost made meant met paid proved proven put quit read rode ridden rang rung rose
risen ran run said saw seen sought sold sent set shook shaken shone shot shown shrank
shut sang sung sank sunk sat slept slid spoke spoken sped spent spun spread sprang stood
stole stolen stuck stung struck strove swore sworn swept swam swung took taken taught
tore torn told thought threw thrown understood woke wore worn wept won wound wrote written
upheld withheld withdrew withdrawn overtook undertook overcame overthrew oversaw overseen
foresaw mistook misled rebuilt rewrote resold outran outlaid
"""

_DOUBLED = frozenset("ban bar commit drop grab plan ship slip stab step stop top admit refer prefer "
                     "submit regret shop slam sob spot strip swap tap trim vet chat jog nod rob cap "
                     "dub rebel".split())


def _forms(base: str) -> set[str]:
    """The regular forms of a base: `-s`, `-ed`, `-ing`, spelt as English spells them."""
    if base.endswith(("s", "x", "z", "ch", "sh")) or (base.endswith("o") and base[-2:-1] not in "aeiou"):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base in _DOUBLED:
        past, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    elif base.endswith("e"):
        past, ing = base + "d", (base[:-2] + "ying" if base.endswith("ie") else base[:-1] + "ing")
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    return {base, third, past, ing}


@functools.lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(finite forms: `-s`, `-ed` and irregular ones; base forms)."""
    finite: set[str] = set(_IRREGULAR.split())
    bases = frozenset(_BASES.split())
    for base in bases:
        forms = _forms(base)
        forms.discard(base)
        finite.update(f for f in forms if not f.endswith("ing"))
    return frozenset(finite), bases


_NOT_SUBJECT = frozenset("the a an to its his her their our my your this that these those of for "
                         "in on at by with from new".split())


@functools.lru_cache(maxsize=32768)
def is_finite_verb(word: str, previous: str = "") -> bool:
    """Whether `word` can be the verb of a clause (`endures`, `built`, `was`), or a base
    form after a subject-like word (`Women MPs endure`, not `to endure`, `the plan`)."""
    w = word.lower().strip(".,;:!?\"'“”‘’()")
    finite, bases = _lexicon()
    if w in finite:
        return not (previous and word[:1].isupper())  # (not `the United | States`, `the House of | Lords`)
    if w not in bases or not previous or word[:1].isupper():
        return False  # (`the Environmental Audit Committee`: a name's word, not a verb)
    prev = previous.lower().strip(",")
    if prev in _NOT_SUBJECT or prev.endswith(("'s", "’s")):
        return False  # (`the party's reform`: a possessive takes a noun)
    return previous[:1].isupper() or prev.endswith("s") or prev in ("i", "we", "you", "they", "who", "people")


def is_base_verb(word: str) -> bool:
    """Whether `word` is the base form of a news verb (`join`, `meet`): after `to`, an
    infinitive, not part of a noun phrase."""
    return word.lower() in _lexicon()[1]


def is_verb_form(word: str) -> bool:
    """Whether `word` is a past or present-tense form of a news verb or an auxiliary (`met`,
    `has`, `backs`): never a word of a title."""
    return word.lower() in _lexicon()[0]


def has_finite_verb(words: list[str]) -> bool:
    """Whether a run of words has a verb a clause could stand on."""
    return any(is_finite_verb(w, _subject_before(words, i)) for i, w in enumerate(words))


def _subject_before(words: list[str], i: int) -> str:
    """The word before `words[i]` that could be its subject, past an adverb in -ly
    (`Households | currently | pay`)."""
    if i >= 2 and words[i - 1].endswith("ly") and words[i - 1].isalpha() and words[i - 1].islower():
        return words[i - 2]
    return words[i - 1] if i else ""
