"""dateline: turn news articles into JSON lines of dated claims."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract_record", "extract_text", "group"]

if TYPE_CHECKING:
    from dateline.api import extract_record, extract_text
    from dateline.grouping import group


def __getattr__(name: str) -> Any:
    """The API is imported on first use: `dateline --version` must not pay for trafilatura."""
    if name in ("extract_record", "extract_text"):
        from dateline import api

        return getattr(api, name)
    if name == "group":
        from dateline.grouping import group

        return group
    raise AttributeError(f"module 'dateline' has no attribute {name!r}")
