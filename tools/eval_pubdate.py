"""Publication dates of web pages: dateline beside htmldate, on htmldate's own evaluation pages, in one run.

Reads `tests/eval_default.json` of a checkout of adbar/htmldate (see tools/corpora.py) and the pages it names.
Its `eval_mediacloud_2020.json` is reserved for independent measurement and is never read here.
For every page: dateline's `published` (page markup, else a dateline at the start of the text), htmldate's
`find_date` with and without its extensive search (original_date=True, as htmldate's own evaluation calls it).
A page counts as right when the YYYY-MM-DD date equals the true one; no answer is not right.

    python tools/eval_pubdate.py [--limit N] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from corpora import checkout
from htmldate import find_date

from dateline import clean
from dateline.clean.html import searched_date
from dateline.errors import InputError, Unsupported
from dateline.pipeline import Options, process
from dateline.read import document_from_record

Finder = Callable[[str, str], str | None]


def dateline_date(html: str, url: str) -> str | None:
    """The publication date dateline gives the page. A page in a language dateline has no rules for is skipped by
    `extract`; for it, the date its language-free steps would give (markup, then the search) is counted."""
    doc = document_from_record(url, {"html": html, "url": url})
    try:
        published = process(doc, Options())["published"]
    except Unsupported:
        found = clean.clean(doc).published or searched_date(html, url)
        published = found.isoformat() if found else None
    except InputError:
        return None
    return published if isinstance(published, str) else None


def htmldate_date(extensive: bool) -> Finder:
    """htmldate's answer, as its own evaluation asks for it."""

    def find(html: str, url: str) -> str | None:
        try:
            found = find_date(html, url=url, original_date=True, extensive_search=extensive)
        except Exception:  # htmldate raises on some broken pages
            return None
        return str(found) if found else None

    return find


def pages(root: Path) -> list[tuple[str, str, str]]:
    """(url, html, true date) of every page of eval_default.json found in the checkout."""
    tests = root / "tests"
    index = json.loads((tests / "eval_default.json").read_text(encoding="utf-8"))
    out = []
    for url, entry in index.items():
        for folder in ("test_set", "cache", "eval"):
            path = tests / folder / entry["file"]
            if path.is_file():
                out.append((url, path.read_bytes().decode("utf-8", "replace"), entry["date"]))
                break
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--errors", type=int, default=0, help="list N pages dateline gets wrong")
    args = parser.parse_args()
    root = checkout("adbar/htmldate")
    if root is None:
        return 0
    found = pages(root)[: args.limit or None]
    finders: dict[str, Finder] = {
        "dateline": dateline_date,
        "htmldate fast": htmldate_date(False),
        "htmldate extensive": htmldate_date(True),
    }
    print(f"publication dates, htmldate eval_default: {len(found)} pages")
    wrong: list[tuple[str, str | None, str]] = []
    for name, finder in finders.items():
        right = answered = 0
        began = time.perf_counter()
        for url, html, truth in found:
            answer = finder(html, url)
            answered += answer is not None
            right += answer == truth
            if name == "dateline" and answer != truth:
                wrong.append((url, answer, truth))
        seconds = time.perf_counter() - began
        print(
            f"  {name:<20} accuracy {right / len(found):.3f}  precision {right / max(answered, 1):.3f}"
            f"  ({right} right, {answered - right} wrong, {len(found) - answered} none; {seconds:.1f} s)"
        )
    for url, answer, truth in wrong[: args.errors]:
        print(f"    {url}  dateline {answer}  true {truth}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
