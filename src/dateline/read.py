"""Inputs to documents: files, folders, gzip, JSON lines records and stdin.

Every input yields `Document`s or `InputError`s, never raises, so one bad file cannot stop a batch.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

import orjson

from dateline.decode import decode, looks_binary
from dateline.errors import InputError
from dateline.model import Document, Kind

MAX_BYTES = 32 * 1024 * 1024
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES

_HTML_SNIFF = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<\?xml|<!--|<(div|p|article|meta)\b)", re.I)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I)

Item = Document | InputError


def content_id(text: str) -> str:
    """A stable id for a piece of content: the first 16 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def parse_date(value: object) -> date | None:
    """A YYYY-MM-DD (or ISO date-time) string as a date; None when it is not one."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return datetime.fromisoformat(value.strip()[:10]).date()
    except ValueError:
        return None


def expand(inputs: Iterable[str]) -> Iterator[str]:
    """Input names with folders expanded (recursively, sorted) to the files dateline reads."""
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if _suffix(child) in SUFFIXES and not any(part.startswith(".") for part in child.parts):
                    yield str(child)
        else:
            yield name


def read_inputs(inputs: Iterable[str]) -> Iterator[Item]:
    """All documents of all inputs, in order."""
    for name in expand(inputs):
        yield from read_input(name)


def read_input(name: str, kind: str | None = None) -> Iterator[Item]:
    """The documents of one input (a file or `-`); failures come back as `InputError`.

    `kind` ("html", "text" or "jsonl") overrides what the file name and content say.
    """
    try:
        data = _read_bytes(name)
    except InputError as err:
        yield err
        return
    except OSError as err:
        yield InputError(name, err.strerror or str(err))
        return
    yield from read_bytes(name, data, _suffix(Path(name)) if name != "-" else None, kind)


def read_bytes(source: str, data: bytes, suffix: str | None = None, kind: str | None = None) -> Iterator[Item]:
    """Documents from raw bytes; `kind`, else `suffix` (".html", ".txt", ".jsonl"), else the content says what."""
    if not data.strip():
        yield InputError(source, "empty input")
        return
    if looks_binary(data):
        yield InputError(source, "binary content, not text or HTML")
        return
    kind = kind or _kind_of(suffix, data)
    if kind == "jsonl":
        yield from _records(source, data)
        return
    declared = _declared_charset(data) if kind == "html" else None
    text = decode(data, declared)
    yield Document(source=source, content=text, kind="html" if kind == "html" else "text", doc_id=content_id(text))


def document_from_record(source: str, record: dict[str, object]) -> Document:
    """A JSON-lines record (`text` or `html`, optional `id`, `url`, `published`, `lang`, `title`) as a document."""
    html, text = record.get("html"), record.get("text")
    kind: Kind
    if isinstance(html, str) and html.strip():
        content, kind = html, "html"
    elif isinstance(text, str) and text.strip():
        content, kind = text, "text"
    else:
        raise InputError(source, "record has no non-empty 'text' or 'html' field")
    published = parse_date(record.get("published"))
    if record.get("published") not in (None, "") and published is None:
        raise InputError(source, f"record 'published' is not a YYYY-MM-DD date: {record.get('published')!r:.40}")
    lang = record.get("lang")
    title, url, rid = record.get("title"), record.get("url"), record.get("id")
    return Document(
        source=source,
        content=content,
        kind=kind,
        doc_id=content_id(content),
        title=title if isinstance(title, str) else None,
        url=url if isinstance(url, str) else None,
        published=published,
        published_from="record" if published else None,
        lang=lang.lower() if isinstance(lang, str) and lang else None,
        record_id=str(rid) if rid is not None else None,
    )


def _records(source: str, data: bytes) -> Iterator[Item]:
    for lineno, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as err:
            yield InputError(where, f"not valid JSON ({err.msg})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "JSON line is not an object")
            continue
        if record.get("id") is not None:
            where = f"{source}#{record['id']}"
        try:
            yield document_from_record(where, record)
        except InputError as err:
            yield err


def _read_bytes(name: str) -> bytes:
    if name == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        with open(name, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(name, f"larger than {MAX_BYTES // (1024 * 1024)} MiB")
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                data = gz.read(MAX_BYTES + 1)
        except (OSError, EOFError) as err:
            raise InputError(name, f"broken gzip data ({err})") from None
        if len(data) > MAX_BYTES:
            raise InputError(name, f"larger than {MAX_BYTES // (1024 * 1024)} MiB uncompressed")
    return data


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _kind_of(suffix: str | None, data: bytes) -> str:
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = data[:4096].lstrip()
    if head.startswith(b"{"):
        first = data.split(b"\n", 1)[0]
        try:
            if isinstance(orjson.loads(first), dict):
                return "jsonl"
        except orjson.JSONDecodeError:
            pass
    return "html" if _HTML_SNIFF.match(head) else "text"


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None
