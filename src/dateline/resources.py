"""Language knowledge lives in TOML files under `data/`; this module finds and caches them."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """`data/<lang>/<name>.toml` as a dict; an empty dict when the language has no such file."""
    path = DATA / lang / f"{name}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


@cache
def load_shared(name: str) -> dict[str, Any]:
    """A language-independent data file, `data/<name>.toml` (e.g. `gazetteer/actors`)."""
    with (DATA / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def languages(name: str) -> list[str]:
    """The languages that have a `data/<lang>/<name>.toml` file."""
    return sorted(p.parent.name for p in DATA.glob(f"*/{name}.toml"))
