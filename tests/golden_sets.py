"""The per-language golden sets under tests/golden/<kind>/<lang>.toml: the spec each stage is tested against."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parent / "golden"


def languages(kind: str) -> list[str]:
    """The languages that have a golden set of `kind` (sentences, timex, quantities)."""
    return sorted(p.stem for p in (ROOT / kind).glob("*.toml"))


def cases(kind: str) -> list[Any]:
    """Every `[[case]]` of every language's set of `kind`, as pytest params (lang, case) with readable ids."""
    out = []
    for lang in languages(kind):
        with (ROOT / kind / f"{lang}.toml").open("rb") as fh:
            for i, case in enumerate(tomllib.load(fh)["case"]):
                out.append(pytest.param(lang, case, id=f"{lang}-{i}-{case['text'][:40]}"))
    return out
