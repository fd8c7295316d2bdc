"""Where fetched development corpora live: checkouts beside the project, never inside it.

`../corpora/<owner>+<name>/` relative to the project root, or the folder named by `DATELINE_CORPORA`.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def location(repo: str) -> Path:
    """Where the checkout of GitHub repository `owner/name` is expected (it may be absent)."""
    base = Path(os.environ.get("DATELINE_CORPORA") or ROOT.parent / "corpora")
    return base / repo.replace("/", "+")


def checkout(repo: str) -> Path | None:
    """The checkout of GitHub repository `owner/name`, or None (after one line on stdout saying how to get it)."""
    path = location(repo)
    if path.is_dir():
        return path
    print(f"skipped: {repo} not found; git clone https://github.com/{repo} {path}", flush=True)
    return None
