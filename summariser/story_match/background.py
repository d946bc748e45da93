"""Build the background document-frequency table the TF-IDF weights use.

    python -m summariser.story_match.background DIR [DIR ...]

reads every *.txt under the directories (one article per file) and writes
`summariser/story_match/data/background_df.json`. Terms seen in one document only are
left out: unseen terms already get the top IDF, and the file stays small.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from .tokens import words

OUT = Path(__file__).parent / "data" / "background_df.json"


def build(dirs: list[Path]) -> dict:
    df: Counter[str] = Counter()
    documents = 0
    for directory in dirs:
        for path in sorted(directory.glob("*.txt")):
            df.update(set(words(path.read_text(encoding="utf-8", errors="replace"))))
            documents += 1
    kept = {t: n for t, n in sorted(df.items()) if n >= 2}
    return {
        "source": [d.name for d in dirs],
        "documents": documents,
        "df": kept,
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m summariser.story_match.background DIR [DIR ...]", file=sys.stderr)
        return 2
    table = build([Path(a) for a in args])
    OUT.write_text(json.dumps(table, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"{OUT}: {table['documents']} documents, {len(table['df'])} terms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
