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


def checkout(repo: str, holding: str = "") -> Path | None:
    """The checkout of GitHub repository `owner/name` that holds the folder `holding`, or None (after one line on
    stdout saying how to get it)."""
    path = location(repo)
    if (path / holding).is_dir():
        return path
    print(f"skipped: {repo} not found; git clone https://github.com/{repo} {path}", flush=True)
    return None


NO_SPACE_BEFORE = frozenset(",.;:!?)]“”»")  # tokens glued to the one before them
NO_SPACE_AFTER = frozenset("([„«")  # tokens glued to the one after them


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The running text of a tokenised sentence and each token's character span in it."""
    text = ""
    spans = []
    for k, tok in enumerate(tokens):
        if k and tok not in NO_SPACE_BEFORE and tokens[k - 1] not in NO_SPACE_AFTER:
            text += " "
        spans.append((len(text), len(text) + len(tok)))
        text += tok
    return text, spans
