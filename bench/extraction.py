"""Score quote, speaker, people, role, party and fact extraction against the hand labels.

Usage:  python bench/extraction.py [--verbose] [--only SUBSTRING] [--no-speed] [--labels DIR]

Reads bench/labels/extraction/*.json (conventions in bench/labels/README.md), or
DIR/*.json with `--labels DIR` (bench/labels/heldout is the held-out set: never
tune on it), and their sources from ../shared (or $NEWSBRIEF_SHARED), runs `extract_story` on each
article alone, and prints precision/recall/F1 and accuracies next to the targets
of issue 3. `--verbose` lists every miss per article. Unless `--no-speed`, it
also times extraction on every bbc-politics article next to the time to build
the documents, the baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from common import REPO, shared_dir

from summariser.article import Article
from summariser.document import build_document
from summariser.extract import StoryExtraction, extract_story
from summariser.sources import to_article

LABELS = REPO / "bench" / "labels" / "extraction"
TARGETS = {
    "quote F1": 0.95,
    "speaker accuracy": 0.92,
    "people F1": 0.93,
    "role accuracy": 0.85,
    "fact recall": 0.80,
}
_DOUBLE = str.maketrans({c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"})
_SINGLE = str.maketrans({c: "'" for c in "\u2018\u2019\u201a\u201b\u2032"})


def normalise(text: str) -> str:
    """Straight quotes, folded whitespace, lower case (as the labels' validator does)."""
    text = text.translate(_DOUBLE).translate(_SINGLE).replace("''", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", normalise(text)))


def load_article(source: str, text: str | None = None, near: Path | None = None) -> Article:
    """The labelled text of a source, as the product would receive it.

    Besides the shared data's forms (`bbc-politics/NNN.txt`, `cnndm-dev/articles.jsonl#ID`,
    `seeds/NAME.txt`), a label may carry its article inline (`"text"`), or name a .txt or
    .html file by a path that is absolute or relative to the label's folder: so new
    hand-labelled sets from anywhere score with the same script.
    """
    if text is not None:
        return to_article(text)
    if not source.startswith(("bbc-politics/", "cnndm-dev/", "seeds/")):
        for path in (Path(source), *([near / source] if near else [])):
            if path.is_file():
                return to_article(path.read_text(encoding="utf-8"))
    base = shared_dir()
    if source.startswith("bbc-politics/"):
        raw = (base / "data" / source).read_text(encoding="utf-8")
        title, _, body = raw.partition("\n")
        return Article(text=body, title=title.strip() or None)
    if source.startswith("cnndm-dev/"):
        path, _, wanted = source.partition("#")
        with open(base / "data" / path, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row["id"] == wanted:
                    return Article(text="\n\n".join(row["paragraphs"]))
        raise KeyError(wanted)
    if source.startswith("seeds/"):
        return to_article((base / source).read_text(encoding="utf-8"))
    raise ValueError(source)


# --- matching ------------------------------------------------------------------------
def quote_match(system: str, label: str) -> float:
    """How well a system quote stands for a labelled one (0 when it does not)."""
    s, lab = words(system), words(label)
    ns, nl = sum(s.values()), sum(lab.values())
    if not ns or not nl:
        return 0.0
    common = sum((s & lab).values())
    covers = common / nl  # share of the label the system quote has
    inside = common / ns  # share of the system quote that is the label
    if covers >= 0.8 and ns <= 2 * nl + 5:
        return covers * min(1.0, inside + 0.5)
    if inside >= 0.8 and ns >= 0.5 * nl:
        return inside * covers
    return 0.0


def _names(person: dict) -> set[str]:
    return {normalise(n) for n in [person["name"], *person.get("aliases", [])]}


def role_ok(system: str | None, person: dict) -> bool:
    """Fuzzy: containment either way, or most words shared, with the role or an alternative."""
    if not system:
        return False
    wanted = [person["role"], *person.get("role_alternatives", [])]
    for part in system.split(";"):
        got = normalise(part)
        gw = set(re.findall(r"\w+", got))
        for w in wanted:
            w = normalise(w)
            ww = set(re.findall(r"\w+", w))
            if got == w or (got and (got in w or w in got)):
                return True
            if gw and ww and len(gw & ww) / len(gw | ww) >= 0.6:
                return True
    return False


@dataclass
class Tally:
    quote_tp: int = 0
    quote_fp: int = 0
    quote_fn: int = 0
    speaker_ok: int = 0
    speaker_n: int = 0
    people_tp: int = 0
    people_fp: int = 0
    people_fn: int = 0
    role_ok: int = 0
    role_n: int = 0
    party_ok: int = 0
    party_n: int = 0
    party_extra: int = 0
    fact_ok: int = 0
    fact_n: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            if name != "errors":
                setattr(self, name, getattr(self, name) + getattr(other, name))


def score_article(label: dict, found: StoryExtraction) -> Tally:
    t = Tally()
    people = label["people"]
    by_name = {p["name"]: p for p in people}

    # People: one-to-one by name or alias.
    unmatched = list(range(len(found.people)))
    person_of: dict[str, dict] = {}
    for lp in people:
        names = _names(lp)
        hit = next(
            (
                i
                for i in unmatched
                if normalise(found.people[i].name) in names
                or normalise(lp["name"]) in {normalise(a) for a in found.people[i].aliases}
            ),
            None,
        )
        if hit is None:
            t.people_fn += 1
            t.errors.append(f"  person missed: {lp['name']}")
            continue
        unmatched.remove(hit)
        sp = found.people[hit]
        person_of[sp.name] = lp
        t.people_tp += 1
        if lp["role"] is not None:
            t.role_n += 1
            if role_ok(sp.role, lp):
                t.role_ok += 1
            else:
                t.errors.append(f"  role: {lp['name']}: got {sp.role!r}, want {lp['role']!r}")
        if lp["party"] is not None:
            t.party_n += 1
            if sp.party is not None and normalise(sp.party) == normalise(lp["party"]):  # (`People’s` = `People's`)
                t.party_ok += 1
            else:
                t.errors.append(f"  party: {lp['name']}: got {sp.party!r}, want {lp['party']!r}")
        elif sp.party is not None:
            t.party_extra += 1
    for i in unmatched:
        t.people_fp += 1
        t.errors.append(f"  person extra: {found.people[i].name} (role {found.people[i].role!r})")

    # Quotes: optional labels leave both sides; then best one-to-one matches.
    required = [q for q in label["quotes"] if not q.get("optional")]
    optional = [q for q in label["quotes"] if q.get("optional")]
    # A system quote is set aside when an optional label is its best match; one that
    # covers a required label as well as, or better than, an optional one is scored.
    system = [
        q
        for q in found.quotes
        if max((quote_match(q.text, o["text"]) for o in optional), default=0.0)
        <= max((quote_match(q.text, r["text"]) for r in required), default=0.0)
        or not any(quote_match(q.text, o["text"]) > 0 for o in optional)
    ]
    pairs = sorted(
        (
            (quote_match(s.text, lq["text"]), si, li)
            for si, s in enumerate(system)
            for li, lq in enumerate(required)
        ),
        reverse=True,
    )
    used_s: set[int] = set()
    used_l: set[int] = set()
    for score, si, li in pairs:
        if score <= 0 or si in used_s or li in used_l:
            continue
        used_s.add(si)
        used_l.add(li)
        t.quote_tp += 1
        want = required[li]["speaker"]
        got = system[si].speaker
        t.speaker_n += 1
        ok = (want is None and got is None) or (
            want is not None
            and got is not None
            and (got == want or normalise(got) in _names(by_name.get(want, {"name": want})))
        )
        if ok:
            t.speaker_ok += 1
        else:
            t.errors.append(f"  speaker: got {got!r}, want {want!r}: {required[li]['text'][:70]!r}")
    for li, lq in enumerate(required):
        if li not in used_l:
            t.quote_fn += 1
            t.errors.append(f"  quote missed: {lq['text'][:90]!r} ({lq['speaker']})")
    for si, s in enumerate(system):
        if si not in used_s:
            t.quote_fp += 1
            t.errors.append(f"  quote extra: {s.text[:90]!r} ({s.speaker})")

    # Facts: recalled when one system fact has every `must` token.
    texts = [normalise(f.text) for f in found.facts]
    for fact in label["facts"]:
        t.fact_n += 1
        must = [normalise(m) for m in fact["must"]]
        if any(all(m in text for m in must) for text in texts):
            t.fact_ok += 1
        else:
            t.errors.append(f"  fact missed: {fact['text']!r} (must {fact['must']})")
    if any(e.startswith("  fact missed") for e in t.errors):
        for f in found.facts:
            t.errors.append(f"    system fact: {f.text!r}")
    return t


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def speed(repeat: int = 3) -> tuple[float, float, int, int]:
    """Median ms per bbc-politics article: building documents vs extraction on top."""
    folder = shared_dir() / "data" / "bbc-politics"
    build_ms: list[float] = []
    extract_ms: list[float] = []
    lengths: list[int] = []
    for path in sorted(folder.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        title, _, body = raw.partition("\n")
        article = Article(text=body, title=title)
        best_b = best_e = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            doc = build_document(article)
            t1 = time.perf_counter()
            extract_story([doc])
            t2 = time.perf_counter()
            best_b, best_e = min(best_b, t1 - t0), min(best_e, t2 - t1)
        build_ms.append(best_b * 1000)
        extract_ms.append(best_e * 1000)
        lengths.append(len(body.split()))
    return (
        statistics.median(build_ms),
        statistics.median(extract_ms),
        int(statistics.median(lengths)),
        len(lengths),
    )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list every error per article")
    ap.add_argument("--only", help="score only label files whose name contains this")
    ap.add_argument("--no-speed", action="store_true", help="skip the timing run")
    ap.add_argument(
        "--labels",
        type=Path,
        default=LABELS,
        help="label directory (default: the dev set; bench/labels/heldout is held out)",
    )
    args = ap.parse_args(argv)

    files = sorted(args.labels.glob("*.json"))
    if args.only:
        files = [f for f in files if args.only in f.name]
    if not files:
        print(f"no label files in {args.labels}", file=sys.stderr)
        return 2
    total = Tally()
    for path in files:
        label = json.loads(path.read_text(encoding="utf-8"))
        doc = build_document(load_article(label["source"], label.get("text"), path.parent))
        found = extract_story([doc])
        t = score_article(label, found)
        total.add(t)
        if args.verbose and t.errors:
            print(f"{path.name}:")
            print("\n".join(t.errors))
    qp, qr, qf = _f1(total.quote_tp, total.quote_fp, total.quote_fn)
    pp, pr, pf = _f1(total.people_tp, total.people_fp, total.people_fn)
    figures = {
        "quote F1": qf,
        "speaker accuracy": _ratio(total.speaker_ok, total.speaker_n),
        "people F1": pf,
        "role accuracy": _ratio(total.role_ok, total.role_n),
        "fact recall": _ratio(total.fact_ok, total.fact_n),
    }
    name = "dev set" if args.labels.resolve() == LABELS.resolve() else f"labels {args.labels}"
    print(f"extraction {name}: {len(files)} articles")
    print(
        f"  quotes   P {qp:.3f}  R {qr:.3f}  F1 {qf:.3f}   (tp {total.quote_tp}, fp {total.quote_fp}, fn {total.quote_fn})"
    )
    print(f"  speakers {figures['speaker accuracy']:.3f} over {total.speaker_n} matched quotes")
    print(
        f"  people   P {pp:.3f}  R {pr:.3f}  F1 {pf:.3f}   (tp {total.people_tp}, fp {total.people_fp}, fn {total.people_fn})"
    )
    print(
        f"  roles    {figures['role accuracy']:.3f} over {total.role_n} matched people with a role"
    )
    print(
        f"  parties  {_ratio(total.party_ok, total.party_n):.3f} over {total.party_n} matched people with a party"
        f"; {total.party_extra} parties given where the label has none"
    )
    print(f"  facts    recall {figures['fact recall']:.3f} ({total.fact_ok}/{total.fact_n})")
    print("targets:")
    for name, target in TARGETS.items():
        mark = "ok " if figures[name] >= target else "LOW"
        print(f"  {mark} {name:17s} {figures[name]:.3f}  (target {target:.2f})")
    if not args.no_speed:
        build, extract, words_, n = speed()
        print(f"speed over {n} bbc-politics articles (median {words_} words), best of 3 runs each:")
        print(f"  build_document (baseline) {build:6.2f} ms median")
        print(f"  extract_story             {extract:6.2f} ms median  (target <= 10 ms added)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
