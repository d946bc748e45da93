"""Check the hand-labelled extraction dev set against its schema and its sources.

Why: a label that quotes words the article does not contain, names a speaker who
is not in the people list, or demands a number the source never prints would
silently corrupt every score measured against it. This script catches those
slips; it does not (and cannot) judge whether a label is the *right* reading.

Usage:  python bench/labels/validate.py [FILE.json | DIR ...]
        python bench/labels/validate.py --index   # also rewrite extraction/INDEX.md
        python bench/labels/validate.py --index bench/labels/heldout   # that DIR's INDEX.md
A DIR stands for every *.json in it; with no argument the dev set (extraction/) is read.
Exit code 0 when every file passes, 1 otherwise (one line per problem).
Sources are read from $NEWSBRIEF_SHARED or <repo>/../shared.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LABEL_DIR = REPO / "bench" / "labels" / "extraction"

PARTIES = {
    "Labour",
    "Conservative",
    "Liberal Democrat",
    "SNP",
    "Plaid Cymru",
    "UKIP",
    "Green",
    "Veritas",
    "BNP",
    "Republican",
    "Democrat",
    "Syriza",
    "BJP",
    "Sinn Fein",
    "DUP",
    "SDLP",
    "Ulster Unionist",
    "Respect",
    # parties of the international set (intl/): Australia, Canada, India, Ireland,
    # Kenya, Germany, the European Parliament, UK 2020s
    "Labor",
    "Liberal",
    "NDP",
    "Bloc Québécois",
    "Congress",
    "Fianna Fáil",
    "Fine Gael",
    "Sinn Féin",
    "Social Democrats",
    "UDA",
    "ODM",
    "CDU",
    "CSU",
    "SPD",
    "AfD",
    "European People's Party",
    "Reform UK",
    # parties of the second international set (intl2/): New Zealand, Pakistan, Nigeria,
    # South Africa, Northern Ireland, Japan, Brazil, Israel
    "National",
    "ACT",
    "Te Pāti Māori",
    "Pakistan Tehreek-i-Insaf",
    "Pakistan Peoples Party",
    "JUI-F",
    "APC",
    "PDP",
    "LP",
    "ANC",
    "DA",
    "EFF",
    "MK",
    "Alliance",
    "Constitutional Democratic Party of Japan",
    "Democratic Party for the People",
    "Workers' Party",
    "Liberal Party",
    "Likud",
    "Yesh Atid",
    "National Unity",
    # parties of the third international set (intl3/): Philippines, France, Ghana, Singapore,
    # Mexico, Poland, Sri Lanka, Taiwan
    "Lakas-CMD",
    "Kabataan",
    "France Unbowed",
    "National Rally",
    "Socialist Party",
    "New Patriotic Party",
    "National Democratic Congress",
    "People's Action Party",
    "Morena",
    "National Action Party",
    "Institutional Revolutionary Party",
    "Civic Coalition",
    "Law and Justice",
    "The Left",
    "Polish People's Party",
    "Samagi Jana Balawegaya",
    "Ilankai Tamil Arasu Kachchi",
    "Sri Lanka Podujana Peramuna",
    "Kuomintang",
    "Taiwan People's Party",
    "Democratic Progressive Party",
    # parties of the fourth international set (intl4/): India, Nigeria, Australia, Canada,
    # New Zealand, Ireland, Scotland, US, Kenya, South Africa
    "DMK",
    # parties of the fifth international set (intl5/): India, Philippines, Brazil, the European
    # Parliament, Japan, Zimbabwe, Jamaica
    "JD(S)",
    "Akbayan",
    "Social Democratic Party",
    "Socialists and Democrats",
    "Renew Europe",
    "Patriots for Europe",
    "Nippon Ishin no Kai",
    "ZANU-PF",
    "Citizens Coalition for Change",
    "People's National Party",
    "Jamaica Labour Party",
    # parties of the sixth international set (intl6/): Italy, Spain, the Netherlands, Finland,
    # South Korea, Malaysia, Argentina, Ukraine, Ontario, Uganda
    "Brothers of Italy",
    "Democratic Party",
    "5-Star Movement",
    "League",
    "Forza Italia",
    "Popular Party",
    "Junts",
    "Vox",
    "Sumar",
    "GroenLinks-PvdA",
    "BBB",
    "VVD",
    "National Coalition Party",
    "Finns Party",
    "Centre Party",
    "Left Alliance",
    "Swedish People's Party",
    "People Power Party",
    "Rebuilding Korea Party",
    "PAS",
    "Bersatu",
    "DAP",
    "UMNO",
    "La Libertad Avanza",
    "Justicialist Party",
    "Radical Civic Union",
    "Servant of the People",
    "European Solidarity",
    "Batkivshchyna",
    "Holos",
    "Progressive Conservative",
    "National Resistance Movement",
    "National Unity Platform",
    # parties of the seventh international set (intl7/): Sweden, Portugal, Chile, Indonesia,
    # Bangladesh, Zambia, Greece, the Czech Republic
    "Moderate Party",
    "Sweden Democrats",
    "Left Party",
    "Liberals",
    "Chega",
    "Liberal Initiative",
    "Livre",
    "Independent Democratic Union",
    "Gerindra",
    "Indonesian Democratic Party of Struggle",
    "Golkar",
    "Jamaat-e-Islami",
    "National Citizen Party",
    "Patriotic Front",
    "United Party for National Development",
    "PASOK",
    "Greek Solution",
    "ANO",
    "Civic Democratic Party",
    "Czech Pirate Party",
    "Freedom and Direct Democracy",
    "Motorists for Themselves",
    # parties of the eighth international set (intl8/): Austria, Denmark, Romania, Hungary,
    # Colombia, Peru, Thailand, Tanzania, Senegal, Quebec
    "Austrian People's Party",
    "Freedom Party",
    "NEOS",
    "Liberal Alliance",
    "Socialist People's Party",
    "Danish People's Party",
    "Alliance for the Union of Romanians",
    "National Liberal Party",
    "Save Romania Union",
    "Fidesz",
    "Tisza Party",
    "Our Homeland Movement",
    "Christian Democratic People's Party",
    "Green Alliance",
    "Democratic Center",
    "Historic Pact",
    "Radical Change",
    "Popular Force",
    "Free Peru",
    "Popular Renewal",
    "People's Party",
    "Bhumjaithai",
    "Democrat Party",
    "ACT-Wazalendo",
    "Chama Cha Mapinduzi",
    "PASTEF",
    "Takku Wallu Sénégal",
    "Québec solidaire",
    "Coalition Avenir Québec",
    # parties of the ninth international set (intl9/): Norway, Belgium, Switzerland, Türkiye,
    # Morocco, Nepal, Estonia, Botswana, Papua New Guinea
    "Progress Party",
    "Socialist Left Party",
    "N-VA",
    "PVDA-PTB",
    "Vlaams Belang",
    "Vooruit",
    "MR",
    "Swiss People's Party",
    "Radical-Liberal Party",
    "Justice and Development Party",
    "Republican People's Party",
    "Peoples' Equality and Democracy Party",
    "Nationalist Movement Party",
    "İYİ Party",
    "National Rally of Independents",
    "Socialist Union of Popular Forces",
    "Party of Progress and Socialism",
    "Rastriya Swatantra Party",
    "Nepali Congress",
    "CPN-UML",
    "Rastriya Prajatantra Party",
    "Reform Party",
    "Isamaa",
    "Center Party",
    "Conservative People's Party of Estonia",
    "Eesti 200",
    "Umbrella for Democratic Change",
    "Botswana Democratic Party",
    "Pangu Pati",
    "People's National Congress",
    "National Alliance",
    "United Resources Party",
    # parties of the tenth international set (intl10/): Iceland, Latvia, Slovakia, Serbia, Egypt,
    # Jordan, Cambodia, Mongolia, Rwanda, Trinidad and Tobago
    "Liberal Reform Party",
    "Independence Party",
    "Social Democratic Alliance",
    "United List",
    "Latvia First",
    "Progressives",
    "Union of Greens and Farmers",
    "Hlas",
    "Smer",
    "Progressive Slovakia",
    "Freedom and Solidarity",
    "Christian Democratic Movement",
    "Serbian Progressive Party",
    "Freedom and Justice Party",
    "Green-Left Front",
    "Socialist Party of Serbia",
    "Nation's Future Party",
    "Egyptian Social Democratic Party",
    "Wafd Party",
    "Reform and Development Party",
    "Mithaq Party",
    "Islamic Action Front",
    "Cambodian People's Party",
    "FUNCINPEC",
    "Candlelight Party",
    "Mongolian People's Party",
    "HUN Party",
    "Civil Will-Green Party",
    "RPF-Inkotanyi",
    "Democratic Green Party of Rwanda",
    "PS Imberakuri",
    "People's National Movement",
    "United National Congress",
    "Tobago People's Party",
    "Malawi Congress Party",
    "Sierra Leone People's Party",
    "All People's Congress",
    "Swapo",
    "Landless People's Movement",
    "Popular Democratic Movement",
    "Independent Patriots for Change",
    "Coalition for Democratic Change",
    "Unity Party",
    "Liberty Party",
    "Akel",
    "Democratic Rally",
    "Elam",
    "Diko",
    "Alma",
    "Nationalist Party",
    "Nemunas Dawn",
    "Homeland Union–Lithuanian Christian Democrats",
    "Social Democratic Party of Lithuania",
    "Liberal Movement",
    'Democrats "For Lithuania"',
    "Self-Determination",
    "Democratic Party of Kosovo",
    "Democratic League of Kosovo",
    "Serb List",
    "Kosovo Turkish Democratic Party",
    "Al Asalah Islamic Society",
    "Kurdistan Democratic Party",
    "Patriotic Union of Kurdistan",
    "New Generation",
    "Kurdistan Islamic Union",
    "People's Alliance",
    "Unity Fiji",
    "National Federation Party",
    "Fa'atuatua i le Atua Samoa ua Tasi",
    "Human Rights Protection Party",
    "Vanua'aku Pati",
    "Union of Moderate Parties",
    "Leleon Vanua Democratic Party",
    "Bhutan Tendrel Party",
    "People's Democratic Party",
    "Maldivian Democratic Party",
    "Ata-Zhurt Kyrgyzstan",
    "National Congress for Timorese Reconstruction",
    "Fretilin",
    "KHUNTO",
    "We Invest in Nationhood",
    "A Partnership for National Unity",
    "Broad Front",
    "National Party",
    "Colorado Party",
    "Independent Party",
    "National Liberation Party",
    "Pueblo Soberano",
    "Legalise Cannabis WA",
    "Australian Christians",
    "One Cebu",
    "Liberal Democratic Party",
    "Poland 2050",
    "Spanish Socialist Workers' Party",
    "Janata Dal (United)",
    "Independent",
    "Independent Ireland",
    "One Nation",
    "NZ First",
    "ActionSA",
    "Trinamool Congress",
    "Samajwadi Party",
    "Gabungan Parti Sarawak",
    "PKR",
    # intl17
    "Democracy for Citizens Party",
    "Confederation",
    "Confederation of the Polish Crown",
    "Sanseito",
    "Red Party",
    "Aam Aadmi Party",
    "Revolutionary Goans Party",
    # intl18
    "Citizens' Movement",
    "National People's Power",
    # intl19
    "Nacionalista Party",
    "Jubilee Party",
    "Republican Party",
    "Jharkhand Mukti Morcha",
    "All Jharkhand Students Union",
}
PERSON_KEYS = {"name", "aliases", "role", "role_alternatives", "party", "notes"}
QUOTE_KEYS = {"text", "speaker", "speaker_description", "medium", "parts", "optional", "notes"}
FACT_KEYS = {"text", "must", "notes"}
TOP_KEYS = {"source", "people", "quotes", "facts", "notes", "text"}

PARTY_WORDS = re.compile(
    r"\b(?:Labour|Tory|Tories|Conservative|Liberal Democrat|Lib Dem|SNP|Plaid Cymru|UKIP"
    r"|Green|Republican|Democratic|Democrat|Veritas)\b",
    re.IGNORECASE,
)

_DOUBLE = str.maketrans({c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"})
_SINGLE = str.maketrans({c: "'" for c in "\u2018\u2019\u201a\u201b\u2032"})


def shared_dir() -> Path:
    """The shared data folder beside the repo (overridable for other layouts)."""
    env = os.environ.get("NEWSBRIEF_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def normalise(text: str, pairs: bool = True) -> str:
    """Straighten quote marks (and, if `pairs`, `''` used as a closing mark), fold whitespace."""
    text = text.translate(_DOUBLE).translate(_SINGLE)
    if pairs:
        text = text.replace("''", '"')
    return re.sub(r"\s+", " ", text).strip()


def source_text(source: str, text: str | None = None, near: Path | None = None) -> str:
    """The article body a label refers to.

    bbc-politics/NNN.txt -> everything after the headline line;
    cnndm-dev/articles.jsonl#ID -> the paragraphs joined by blank lines;
    seeds/NAME.txt -> the whole file;
    an inline `text` -> that text; any other existing file path (absolute, or relative
    to the label's folder) -> the whole file.
    """
    if text is not None:
        return text
    if not source.startswith(("bbc-politics/", "cnndm-dev/", "seeds/")):
        for path in (Path(source), *([near / source] if near else [])):
            if path.is_file():
                return path.read_text(encoding="utf-8")
    base = shared_dir()
    if source.startswith("bbc-politics/"):
        lines = (base / "data" / source).read_text(encoding="utf-8").split("\n", 1)
        return lines[1] if len(lines) > 1 else ""
    if source.startswith("cnndm-dev/"):
        path, _, wanted = source.partition("#")
        with open(base / "data" / path, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row["id"] == wanted:
                    return "\n\n".join(row["paragraphs"])
        raise KeyError(f"no article {wanted!r} in {path}")
    if source.startswith("seeds/"):
        return (base / source).read_text(encoding="utf-8")
    raise ValueError(f"unknown source form {source!r}")


def _has_word(haystack: str, needle: str) -> bool:
    """Whole-word (not inside a longer word) containment."""
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", haystack) is not None


def check(label: dict, where: str, near: Path | None = None) -> list[str]:
    problems: list[str] = []

    def bad(msg: str) -> None:
        problems.append(f"{where}: {msg}")

    if not isinstance(label, dict):
        return [f"{where}: top level must be an object"]
    if extra := set(label) - TOP_KEYS:
        bad(f"unknown top-level keys {sorted(extra)}")
    for key in ("source", "people", "quotes", "facts"):
        if key not in label:
            bad(f"missing {key!r}")
    if problems:
        return problems
    try:
        raw = source_text(label["source"], label.get("text"), near)
    except (OSError, KeyError, ValueError) as exc:
        return [f"{where}: cannot read source: {exc}"]
    text = normalise(raw)
    # `''` is a closing double mark in seed 004 but an inner+outer single close in
    # Daily Mail text ("include 'top-notch people.''"): quotes may match either reading.
    text_singles = normalise(raw, pairs=False)
    lower = text.lower()
    # Roles may be given without their party word ("Former Liberal Democrat MP" -> "Former MP").
    lower_partyless = re.sub(r"\s+", " ", PARTY_WORDS.sub(" ", lower)).replace("- ", "-")

    names: set[str] = set()
    for i, person in enumerate(label["people"]):
        tag = f"people[{i}]"
        if not isinstance(person, dict) or not isinstance(person.get("name"), str):
            bad(f"{tag}: needs a string name")
            continue
        tag = f"people[{person['name']}]"
        if extra := set(person) - PERSON_KEYS:
            bad(f"{tag}: unknown keys {sorted(extra)}")
        for key in ("aliases", "role", "role_alternatives", "party"):
            if key not in person:
                bad(f"{tag}: missing {key!r}")
        if person["name"] in names:
            bad(f"{tag}: listed twice")
        names.add(person["name"])
        if not _has_word(text, normalise(person["name"])):
            bad(f"{tag}: name not in source")
        aliases = person.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            bad(f"{tag}: aliases must be a list of strings")
            aliases = []
        for alias in aliases:
            if alias == person["name"]:
                bad(f"{tag}: alias repeats the name")
            if not _has_word(text, normalise(alias)):
                bad(f"{tag}: alias {alias!r} not in source")
        role = person.get("role")
        alts = person.get("role_alternatives", [])
        if role is not None and not isinstance(role, str):
            bad(f"{tag}: role must be a string or null")
        if not isinstance(alts, list) or not all(isinstance(a, str) for a in alts):
            bad(f"{tag}: role_alternatives must be a list of strings")
            alts = []
        if role is None and alts:
            bad(f"{tag}: role_alternatives without a role")
        for r in ([role] if isinstance(role, str) else []) + alts:
            if normalise(r).lower() not in lower and normalise(r).lower() not in lower_partyless:
                bad(f"{tag}: role {r!r} not in source")
        party = person.get("party")
        if party is not None and party not in PARTIES:
            bad(f"{tag}: party {party!r} not one of {sorted(PARTIES)}")

    seen_quotes: set[str] = set()
    for i, quote in enumerate(label["quotes"]):
        tag = f"quotes[{i}]"
        if not isinstance(quote, dict) or not isinstance(quote.get("text"), str):
            bad(f"{tag}: needs a string text")
            continue
        if extra := set(quote) - QUOTE_KEYS:
            bad(f"{tag}: unknown keys {sorted(extra)}")
        qtext = normalise(quote["text"])
        if not qtext:
            bad(f"{tag}: empty text")
        if qtext in seen_quotes:
            bad(f"{tag}: duplicate quote {qtext[:40]!r}")
        seen_quotes.add(qtext)
        parts = quote.get("parts")
        if parts is not None:
            if not isinstance(parts, list) or len(parts) < 2:
                bad(f"{tag}: parts must list 2+ pieces")
            else:
                if normalise(" ".join(parts)) != qtext:
                    bad(f"{tag}: text is not its parts joined by single spaces")
                for part in parts:
                    if normalise(part) not in text and normalise(part, False) not in text_singles:
                        bad(f"{tag}: part not in source: {part[:60]!r}")
        elif qtext not in text and normalise(quote["text"], False) not in text_singles:
            bad(f"{tag}: text not in source: {qtext[:60]!r}")
        if "speaker" not in quote:
            bad(f"{tag}: missing 'speaker'")
        speaker = quote.get("speaker")
        if speaker is not None and speaker not in names:
            bad(f"{tag}: speaker {speaker!r} is not a listed person")
        if speaker is None and not quote.get("speaker_description"):
            bad(f"{tag}: null speaker needs a speaker_description")
        for key in ("speaker_description", "medium"):
            value = quote.get(key)
            if value is not None and normalise(value).lower() not in lower:
                bad(f"{tag}: {key} {value!r} not in source")
        if "optional" in quote and not isinstance(quote["optional"], bool):
            bad(f"{tag}: optional must be true/false")
        if len(qtext.split()) == 1 and not quote.get("optional"):
            bad(f"{tag}: one-word quotes must be optional")

    facts = label["facts"]
    if not isinstance(facts, list) or not 3 <= len(facts) <= 6:
        bad("facts must list 3-6 items")
        facts = facts if isinstance(facts, list) else []
    for i, fact in enumerate(facts):
        tag = f"facts[{i}]"
        if not isinstance(fact, dict) or not isinstance(fact.get("text"), str):
            bad(f"{tag}: needs a string text")
            continue
        if extra := set(fact) - FACT_KEYS:
            bad(f"{tag}: unknown keys {sorted(extra)}")
        if len(fact["text"].split()) > 15:
            bad(f"{tag}: longer than 15 words")
        must = fact.get("must")
        if not isinstance(must, list) or not must:
            bad(f"{tag}: must needs 1+ tokens")
            continue
        for token in must:
            if not isinstance(token, str) or normalise(token) not in text:
                bad(f"{tag}: must token {token!r} not in source")
            elif normalise(token).lower() not in normalise(fact["text"]).lower():
                bad(f"{tag}: must token {token!r} not in the fact's own text")
    return problems


TABLE_HEAD = "| file | source | people | quotes (optional) | facts |"


def write_index(files: list[Path], out_dir: Path = LABEL_DIR) -> None:
    """List the label files with their counts, so reviewers can see coverage at a glance.

    Text above the table in an existing INDEX.md is kept, so a set's own notes
    (e.g. the held-out set's "never tune on this") survive regeneration.
    """
    index = out_dir / "INDEX.md"
    head = [
        "# Extraction labels",
        "",
        "Hand-labelled; conventions in `../README.md`. Regenerate with "
        "`python bench/labels/validate.py --index`.",
        "",
    ]
    if index.exists():
        old = index.read_text(encoding="utf-8")
        cut = old.find(TABLE_HEAD)
        if cut > 0:
            head = old[:cut].rstrip("\n").split("\n") + [""]
    rows = head + [TABLE_HEAD, "|---|---|---|---|---|"]
    for path in files:
        label = json.loads(path.read_text(encoding="utf-8"))
        optional = sum(1 for q in label["quotes"] if q.get("optional"))
        rows.append(
            f"| {path.name} | {label['source']} | {len(label['people'])} "
            f"| {len(label['quotes'])} ({optional}) | {len(label['facts'])} |"
        )
    index.write_text("\n".join(rows) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    index = "--index" in argv
    argv = [a for a in argv if a != "--index"]
    dirs = [Path(a) for a in argv if Path(a).is_dir()]
    files = [f for a in argv for f in (sorted(Path(a).glob("*.json")) if Path(a).is_dir() else [Path(a)])]
    if not argv:
        files = sorted(LABEL_DIR.glob("*.json"))
    if not files:
        print("no label files found", file=sys.stderr)
        return 1
    problems: list[str] = []
    for path in files:
        try:
            label = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            problems.append(f"{path.name}: unreadable: {exc}")
            continue
        problems += check(label, path.name, path.parent)
    for line in problems:
        print(line)
    quotes = people = 0
    for path in files:
        try:
            label = json.loads(path.read_text(encoding="utf-8"))
            quotes += len(label.get("quotes", []))
            people += len(label.get("people", []))
        except (OSError, json.JSONDecodeError):
            pass
    if index and not problems:
        write_index(files, dirs[0] if len(dirs) == 1 else LABEL_DIR)
    status = "FAIL" if problems else "ok"
    print(
        f"{status}: {len(files)} files, {people} people, {quotes} quotes, {len(problems)} problems"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
