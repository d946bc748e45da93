"""How many headline-fact lines read as whole statements, by blind sub-editor verdicts.

Usage:  python bench/readability.py [--labels DIR ...] [--unjudged FILE]

Fact recall only asks whether a fact line holds a labelled token; it cannot tell a whole
line from a fragment that happens to hold the figure. `bench/labels/readability/verdicts.tsv`
keeps verdicts given blind (the judge saw shuffled lines, never which version made them):
W whole statement, F fragment (torn, a subject without its verb, a caption …), M
misleading (reads whole but misstates who said or did what). This script briefs every
article of the label sets, looks each fact line up, and prints the shares. Lines no one
has judged yet are counted apart; `--unjudged FILE` writes them, shuffled and numbered,
for the next blind judging (add the verdicts to the .tsv).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from common import REPO
from extraction import load_article

from summariser.document import build_document
from summariser.extract import extract_story

LABELS = REPO / "bench" / "labels"
VERDICTS = LABELS / "readability" / "verdicts.tsv"
DEFAULT_SETS = ["extraction", "dev2", "dev3", "dev4", "dev5", "dev6"]


def load_verdicts(path: Path = VERDICTS) -> dict[str, str]:
    out: dict[str, str] = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        if row.startswith("#") or "\t" not in row:
            continue
        verdict, line = row.split("\t", 1)
        out[line] = verdict
    return out


def fact_lines(dirs: list[Path]) -> list[str]:
    lines: list[str] = []
    for d in dirs:
        for path in sorted(d.glob("*.json")):
            label = json.loads(path.read_text(encoding="utf-8"))
            doc = build_document(load_article(label["source"], label.get("text"), path.parent))
            lines.extend(f.text for f in extract_story([doc]).facts)
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=Path, action="append", help="label set folders (default: the dev sets)")
    ap.add_argument("--unjudged", type=Path, help="write the lines without a verdict here, shuffled")
    args = ap.parse_args()
    dirs = args.labels or [LABELS / s for s in DEFAULT_SETS]
    verdicts = load_verdicts()
    lines = fact_lines(dirs)
    counts = Counter(verdicts.get(line, "?") for line in lines)
    judged = len(lines) - counts["?"]
    print(f"{len(lines)} fact lines from {len(dirs)} label sets; {judged} judged, {counts['?']} not yet")
    for key, name in (("W", "whole"), ("F", "fragment"), ("M", "misleading")):
        print(f"  {name:<11} {counts[key]:4d}  {counts[key] / max(1, judged):6.1%} of judged")
    if args.unjudged:
        todo = sorted({line for line in lines if line not in verdicts})
        random.Random(0).shuffle(todo)
        args.unjudged.write_text("".join(f"{i}\t{line}\n" for i, line in enumerate(todo, 1)), encoding="utf-8")
        print(f"wrote {len(todo)} unjudged lines to {args.unjudged}")


if __name__ == "__main__":
    main()
