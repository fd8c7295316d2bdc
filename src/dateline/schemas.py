"""The JSON Schemas of the records dateline emits (`dateline schema`); cheap to import."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).parent / "schema"


@cache
def claim_schema() -> dict[str, Any]:
    """The JSON Schema of the claim record."""
    result: dict[str, Any] = json.loads((FOLDER / "claim.schema.json").read_text(encoding="utf-8"))
    return result


@cache
def article_schema() -> dict[str, Any]:
    """The JSON Schema of the article record (`--emit articles`), with the claim schema inside it."""
    result: dict[str, Any] = json.loads((FOLDER / "article.schema.json").read_text(encoding="utf-8"))
    # embedded with its $id, the claim schema stays a resource of its own: its "#/$defs/…" refs resolve inside it
    claim = {key: value for key, value in claim_schema().items() if key != "$schema"}
    result["$defs"] = {**result.get("$defs", {}), "claim": claim}
    return result


@cache
def group_schema() -> dict[str, Any]:
    """The JSON Schema of the group record (`dateline group`)."""
    result: dict[str, Any] = json.loads((FOLDER / "group.schema.json").read_text(encoding="utf-8"))
    return result
