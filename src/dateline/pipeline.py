"""The stages in order for one document: clean → language → dates → sentences → extractors → claims."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dateline import claims, clean, language, timex
from dateline.errors import InputError
from dateline.extract import Lexicon
from dateline.model import Cleaned, Document, Timex

TEXT_DATE_WINDOW = 160  # a dateline ("BERLIN, 5. März 2024 –") sits in the first characters of the body
# What may stand around a dateline's date on its line: a place, agency or byline ending in a separator before it,
# or a short label ("Datum", "Stand"); after it the line ends or a separator follows. "On March 7, 2023 the strike
# began." has prose after its date and is no dateline.
_SEPARATORS = ',:;•·|–—-(/)[]„“”"«»'
_LABEL_WORDS = 2


@dataclass(slots=True)
class Options:
    """What the user chose for a run."""

    published: date | None = None
    lang: str | None = None
    lexicon: Lexicon = field(default_factory=Lexicon)
    min_score: float = 0.0


def process(doc: Document, options: Options) -> dict[str, object]:
    """The article record of one document: metadata, cleaned text and claims. Raises `InputError`."""
    cleaned = clean.clean(doc)
    if not any(block.kind == "body" for block in cleaned.blocks):
        raise InputError(doc.source, "no article text found")
    lang, lang_prob = _language(doc, cleaned.text, options)
    published, published_from = _publication(doc, cleaned.published, options)
    timexes = timex.tag(cleaned.text, lang, published)
    if published_from in (None, "crawl"):  # the text's dateline, else a search of the page, beat a crawl date
        found, origin = _dateline(cleaned, timexes), "text"
        if found is None and doc.kind == "html":
            from dateline.clean.html import searched_date  # trafilatura: 0.1 s to import, not needed for plain text

            found, origin = searched_date(doc.content, doc.url or cleaned.url, language.supported()), "search"
        if found is not None:
            published, published_from = found, origin
            timexes = timex.tag(cleaned.text, lang, published)
    header: dict[str, object] = {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "url": doc.url or cleaned.url,
        "title": doc.title or cleaned.title,
        "lang": lang,
        "published": claims.iso(published),
        "published_from": published_from,
    }
    records = claims.build(
        cleaned,
        timexes,
        doc_id=doc.doc_id,
        lang=lang,
        lexicon=options.lexicon,
        header=header,
        min_score=options.min_score,
    )
    return {**header, "lang_prob": lang_prob, "text": cleaned.text, "claims": records}


def _language(doc: Document, text: str, options: Options) -> tuple[str, float]:
    """The document's language and its probability; `Unsupported` for a language without rules."""
    if doc.lang or options.lang:
        lang, prob = doc.lang or options.lang or "", 1.0
    else:
        found, prob = language.detect(text)
        if found is None:
            raise InputError(doc.source, "cannot tell the language (use --lang)")
        lang = found
    supported = language.code(lang)
    if supported is None:
        raise language.unsupported(doc.source, lang)
    return supported, prob


def _publication(doc: Document, from_metadata: date | None, options: Options) -> tuple[date | None, str | None]:
    if doc.published:
        return doc.published, doc.published_from or "record"
    if from_metadata:
        return from_metadata, "metadata"
    if options.published:
        return options.published, "option"
    if doc.crawled:
        return doc.crawled, "crawl"
    return None, None


def _dateline(cleaned: Cleaned, timexes: list[Timex]) -> date | None:
    """The day of a dateline near the start of the body ("BERLIN, 5. März 2024 –", "Datum 25.01.2022" or a date
    on a line of its own), as the publication date; a date in running prose is none."""
    body = next((b for b in cleaned.blocks if b.kind != "title"), None)  # a date line may read as a subheading
    if body is None:
        return None
    text = cleaned.text
    for found in timexes:
        if found.start >= body.start + TEXT_DATE_WINDOW:
            break
        if found.start < body.start or found.type != "DATE" or len(found.value) != 10:
            continue
        line_start = text.rfind("\n", 0, found.start) + 1
        line_end = text.find("\n", found.end)
        before = text[line_start : found.start].strip()
        after = text[found.end : len(text) if line_end < 0 else line_end].strip()
        label = len(before.split()) <= _LABEL_WORDS and all(w[:1].isupper() and w.isalpha() for w in before.split())
        if (not before or before[-1] in _SEPARATORS or label) and (not after or after[0] in _SEPARATORS + "."):
            try:
                return date.fromisoformat(found.value)
            except ValueError:
                continue
    return None
