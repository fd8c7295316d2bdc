"""HTML pages: one trafilatura pass (fast mode, no comments, publication date from markup only) gives the main
text as XML-like elements and the metadata; <head> becomes a subheading, <p>, <item>, <quote> and table rows
body lines. The furniture filter then runs over the lines. When trafilatura finds nothing, the page's visible
text goes to the plain-text cleaner instead; nothing here raises on broken markup.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import cache
from typing import Any

import trafilatura
from htmldate import find_date
from lxml import etree, html  # type: ignore[import-untyped]
from trafilatura.settings import set_date_params

from dateline.clean.lines import Line, assemble, drop_furniture, fold, without_title
from dateline.clean.text import clean_text
from dateline.model import BlockKind, Cleaned
from dateline.read import parse_date

LEAVES = {"p", "head", "item", "row", "code"}  # one line each (<lb/> inside starts a new line)
CONTAINERS = {"list", "quote", "table", "div", "section", "body"}  # hold leaves
_HIDDEN = ("script", "style", "noscript", "template", "svg", "head")
_PARSER = html.HTMLParser(encoding="utf-8")
_CONTROL = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 127])  # lxml rejects these in text
_BLOCK_TAGS = (
    "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "header", "footer", "blockquote", "pre", "dd", "dt", "figcaption", "title",
)  # fmt: skip


def extract(content: str, url: str | None) -> Any:
    """trafilatura's document (main text and metadata), or None when it finds no text.

    The publication date comes from the page's markup (meta tags, structured data, URL, <time>) only: htmldate's
    extensive search through the page text costs a third of the cleaning time, and half the dates it adds (14 of
    28 on the 240 test pages) are a bare year written as January 1st, a false precision; dateline's own reading
    of a dateline at the start of the text takes over there (see pipeline).
    """
    try:
        return trafilatura.bare_extraction(
            content,
            url=url,
            fast=True,
            include_comments=False,
            with_metadata=True,
            date_extraction_params=set_date_params(extensive=False),
        )
    except Exception:  # trafilatura and its helpers raise many kinds of errors on broken markup
        return None


def clean_html(content: str, url: str | None = None, title: str | None = None) -> Cleaned:
    """The cleaned article of an HTML page; `title` and `url` known from elsewhere win over metadata."""
    doc = extract(content, url)
    if doc is None or doc.body is None:
        return clean_text(visible_text(content), title or page_heading(content))
    headline = fold(title or doc.title or "") or None
    lines = without_title(drop_furniture(body_lines(doc.body)), headline)
    if not lines:
        return clean_text(visible_text(content), title or page_heading(content))
    cleaned = assemble(headline, lines)
    cleaned.url = url or doc.url
    cleaned.sitename = doc.sitename or None
    cleaned.published = parse_date(doc.date)
    return cleaned


def searched_date(content: str, url: str | None, langs: tuple[str, ...] | None = None) -> date | None:
    """htmldate's extensive search through the raw page: for pages whose markup and text name no date.

    Its answer counts only when it names a real day: the search writes a bare year as January 1st (half of the
    dates it found on the 240 test pages were such years), so a January 1st is taken as no answer. With `langs`
    (a page known to be in one of them), a date written in words is read in those languages only (see
    `_search_parser`); else in every language dateparser knows, as htmldate does.
    """
    try:
        with _parser_of(langs):
            found = find_date(content, url=url, original_date=True, extensive_search=True)
    except Exception:  # htmldate raises many kinds of errors on broken markup
        return None
    day = parse_date(found)
    return None if day is None or (day.month, day.day) == (1, 1) else day


@cache
def _search_parser(langs: tuple[str, ...]) -> Any:
    """dateparser as htmldate's search configures it, over the locales of `langs` only.

    htmldate's own parser tries all 205 dateparser locales, and a string that is no date in any of them loads and
    compiles every one: about a second of CPU on the first such string of a process, more than the whole search
    costs on the 240 test pages. dateparser tries the locales in the same order whichever are loaded, so the answer
    changes only for a date written in another language.
    """
    from dateparser import DateDataParser  # type: ignore[import-untyped]

    return DateDataParser(
        languages=list(langs),
        settings={  # htmldate.extractors.get_external_parser's
            "NORMALIZE": True,
            "PARSERS": ["custom-formats", "absolute-time"],
            "PREFER_DATES_FROM": "past",
            "PREFER_LOCALE_DATE_ORDER": True,
            "RETURN_AS_TIMEZONE_AWARE": False,
            "STRICT_PARSING": True,
        },
    )


@contextmanager
def _parser_of(langs: tuple[str, ...] | None) -> Iterator[None]:
    """htmldate's search with `_search_parser(langs)` for the time of one call (htmldate's own with None); its
    cache of parsed strings is emptied before and after, so no answer passes between the two parsers. It swaps a
    module attribute of htmldate 1.11 (pinned in requirements.lock): not for use from several threads at once."""
    from htmldate import extractors

    own = getattr(extractors, "get_external_parser", None)
    if langs is None or own is None or not hasattr(extractors.try_date_expr, "cache_clear"):
        yield  # another htmldate than the pinned one: its own parser
        return
    extractors.try_date_expr.cache_clear()
    extractors.get_external_parser = lambda: _search_parser(langs)  # type: ignore[assignment]
    try:
        yield
    finally:
        extractors.get_external_parser = own
        extractors.try_date_expr.cache_clear()


def body_lines(body: etree._Element) -> list[Line]:
    """One line per paragraph, list item, quote paragraph or table row; <head> elements are headings."""
    out: list[Line] = []
    _walk(body, out)
    return out


def _walk(el: etree._Element, out: list[Line]) -> None:
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in LEAVES or not any(c.tag in LEAVES or c.tag in CONTAINERS for c in child):
            kind: BlockKind = "heading" if tag == "head" else "body"
            text = " | ".join(_inline(c) for c in child) if tag == "row" else _inline(child)
            out.extend((line, kind) for line in map(fold, text.split("\n")) if line)
        else:
            if child.text and child.text.strip():
                out.append((fold(child.text), "body"))
            _walk(child, out)
        if child.tail and child.tail.strip():
            out.append((fold(child.tail), "body"))


def _inline(el: etree._Element) -> str:
    parts = [el.text or ""]
    for child in el:
        if child.tag == "lb" or child.tag in LEAVES or child.tag in CONTAINERS:
            parts.append("\n" + _inline(child) + "\n")
        elif isinstance(child.tag, str):
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def visible_text(content: str) -> str:
    """The page's text without markup, a line per block element; "" when lxml cannot parse it at all."""
    tree = _parse(content)
    if tree is None:
        return ""
    etree.strip_elements(tree, *_HIDDEN, with_tail=False)
    for el in tree.iter():
        el.text = el.text and fold_keep(el.text)
        el.tail = el.tail and fold_keep(el.tail)
    for el in tree.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    return str(tree.text_content())


def fold_keep(text: str) -> str:
    """White space folded to single spaces, keeping a space at either end when there was one."""
    inner = " ".join(text.split())
    if not inner:
        return " "
    return (" " if text[0].isspace() else "") + inner + (" " if text[-1].isspace() else "")


def page_heading(content: str) -> str | None:
    """The page's <h1> (or else <title>) text, for pages trafilatura cannot read."""
    tree = _parse(content)
    if tree is None:
        return None
    for tag in ("h1", "title"):
        for el in tree.iter(tag):
            text = fold(el.text_content())
            if text:
                return text
    return None


def _parse(content: str) -> Any:
    """lxml's tree of the page without control characters, or None when there is no document."""
    try:
        return html.document_fromstring(content.translate(_CONTROL).encode("utf-8", "replace"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
