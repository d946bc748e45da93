from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def seeds() -> list[str]:
    return [
        (FIXTURES / "seeds" / name).read_text(encoding="utf-8") for name in ("000.txt", "004.txt")
    ]
