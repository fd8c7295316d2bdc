"""Shared test helpers: where ../shared is, and a skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder; the test is skipped when it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is absent")
    return SHARED
