"""The Python API that the CLI, the tests and distributed runs share.

>>> import dateline
>>> dateline.extract_text("Am 7. März 2024 traf die erste Lieferung ein, sagte ein Sprecher.", published="2024-11-22")
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dateline.extract import Lexicon
from dateline.pipeline import Options, process
from dateline.read import content_id, document_from_record, parse_date
from dateline.schemas import article_schema, claim_schema, group_schema

__all__ = ["article_schema", "claim_schema", "extract_record", "extract_text", "group_schema", "options"]


def options(
    *,
    published: str | date | None = None,
    lang: str | None = None,
    lexicon: list[str] | None = None,
    min_score: float = 0.0,
) -> Options:
    """Run options, as the CLI builds them from its flags."""
    return Options(published=parse_date(published), lang=lang, lexicon=Lexicon(lexicon), min_score=min_score)


def extract_record(
    record: dict[str, Any], opts: Options | None = None, *, source: str | None = None
) -> list[dict[str, object]]:
    """The claims of one JSON-lines style record (`text` or `html`, optional `id`, `url`, `published`, `lang`, `title`).

    Raises `dateline.errors.InputError` for a record that cannot be processed.
    """
    name = source or str(record.get("id") or record.get("url") or "-")
    doc = document_from_record(name, record)
    return _claims(process(doc, opts or Options()))


def extract_text(text: str, *, lang: str | None = None, published: str | date | None = None) -> list[dict[str, object]]:
    """The claims of a plain-text article."""
    record = {"text": text, "lang": lang, "published": str(published) if published else None}
    return extract_record(record, source=f"text:{content_id(text)}")


def _claims(article: dict[str, object]) -> list[dict[str, object]]:
    found = article["claims"]
    assert isinstance(found, list)
    return found
