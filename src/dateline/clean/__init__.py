"""Cleaning: a document's raw content becomes the article text, headline first, one paragraph per line."""

from __future__ import annotations

from dateline.clean.text import clean_text
from dateline.model import Cleaned, Document

__all__ = ["clean"]


def clean(doc: Document) -> Cleaned:
    """The cleaned article of `doc`; an empty `Cleaned` (text "") when nothing of an article is left."""
    if doc.kind == "html":
        from dateline.clean.html import clean_html  # trafilatura: 0.2 s to import, not needed for plain text

        cleaned = clean_html(doc.content, url=doc.url, title=doc.title)
    else:
        cleaned = clean_text(doc.content, title=doc.title)
    cleaned.url = doc.url or cleaned.url
    return cleaned
