"""How often a second careful labeller's facts hold the first labeller's: the ceiling for fact recall.

Usage:  python bench/fact_agreement.py

For every article in bench/labels/second/ (facts-STEM.txt, one fact a line, written
without seeing the first labels), the first labeller's facts come from
bench/labels/extraction/STEM.json or bench/labels/dev2/STEM.json. A first-labeller
fact counts as recalled when one line holds all its `must` tokens: the measure
`bench/extraction.py` applies to the system. The system's recall on the same facts
is printed beside it, from the same run.
"""

from __future__ import annotations

import json

from common import REPO
from extraction import load_article, normalise

from summariser.document import build_document
from summariser.extract import extract_story

LABELS = REPO / "bench" / "labels"


def _recalled(must: list[str], lines: list[str]) -> bool:
    return any(all(normalise(m) in line for m in must) for line in lines)


def main() -> None:
    second_ok = system_ok = total = articles = 0
    for path in sorted((LABELS / "second").glob("facts-*.txt")):
        stem = path.stem.removeprefix("facts-")
        first = next((p for p in (LABELS / "extraction" / f"{stem}.json", LABELS / "dev2" / f"{stem}.json")
                      if p.exists()), None)
        if first is None:
            continue
        label = json.loads(first.read_text(encoding="utf-8"))
        second = [normalise(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        doc = build_document(load_article(label["source"]))
        system = [normalise(f.text) for f in extract_story([doc]).facts]
        articles += 1
        for fact in label["facts"]:
            total += 1
            second_ok += _recalled(fact["must"], second)
            system_ok += _recalled(fact["must"], system)
    print(f"{articles} articles, {total} first-labeller facts")
    print(f"  second labeller recall  {second_ok / total:.3f} ({second_ok}/{total})")
    print(f"  newsbrief recall        {system_ok / total:.3f} ({system_ok}/{total})")


if __name__ == "__main__":
    main()
