"""HTML cleaning on the 240 real pages of ../shared/corpus/html: what must survive does, furniture does not.

Measured with trafilatura fast mode plus dateline's furniture filter: 92.0 % of `with` strings kept,
7.4 % of `without` strings leaked (trafilatura alone, fast: 91.6 % / 9.7 %). Thresholds sit just below.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from dateline.clean import clean
from dateline.model import Document

MIN_WITH = 0.91
MAX_WITHOUT = 0.08


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_with_strings_survive_and_without_strings_do_not(shared: Path) -> None:
    html = shared / "corpus" / "html"
    kept = leaked = wanted = unwanted = 0
    for line in (html / "pages.jsonl").read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        content = gzip.decompress((html / page["file"]).read_bytes()).decode("utf-8", "replace")
        text = _fold(clean(Document(page["file"], content, "html", page["file"], url=page["url"])).text)
        kept += sum(_fold(s) in text for s in page["with"])
        leaked += sum(_fold(s) in text for s in page["without"])
        wanted += len(page["with"])
        unwanted += len(page["without"])
    assert kept / wanted >= MIN_WITH
    assert leaked / unwanted <= MAX_WITHOUT
