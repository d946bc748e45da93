"""Where the benchmark data lives: `../shared` beside the repository, or $NEWSBRIEF_SHARED."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def shared_dir() -> Path:
    path = Path(os.environ.get("NEWSBRIEF_SHARED") or REPO.parent / "shared")
    if not path.is_dir():
        sys.exit(f"benchmark data not found at {path}; set NEWSBRIEF_SHARED to the shared folder")
    return path
