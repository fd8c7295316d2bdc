"""Inputs to documents: files, folders, gzip, JSON lines, WARC, URLs and stdin.

Every input yields `Document`s or `InputError`s, never raises, so one bad file cannot stop a batch. JSON lines and
WARC files are streamed record by record, so memory stays flat however large they are; every single document (a
file, a JSON line, a WARC record) is limited to `MAX_BYTES`.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from dateline.decode import decode, looks_binary
from dateline.errors import InputError
from dateline.model import Document, Kind

MAX_BYTES = 32 * 1024 * 1024  # one document: a file, a JSON line or a WARC record
MAX_TEXT_LINE = 100_000  # characters; a longer line of plain text is data, not an article paragraph
HEAD = 64 * 1024  # bytes read to tell what an input is
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}
SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES

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


def is_url(name: str) -> bool:
    """True for an http(s) URL input."""
    return name[:8].lower().startswith(("http://", "https://"))


def printable(name: str) -> str:
    """A file name as it can be written in JSON: bytes that are not UTF-8 (kept as surrogates by the OS layer)
    become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def single_document(name: str) -> bool:
    """True for an input that is one document (a page, a text file, a URL), as a progress total counts it."""
    return is_url(name) or (name != "-" and _suffix(Path(name)) in HTML_SUFFIXES | TEXT_SUFFIXES)


def expand(inputs: Iterable[str]) -> Iterator[str]:
    """Input names with folders expanded (recursively, sorted) to the files dateline reads."""
    for name in inputs:
        path = Path(name)
        if name != "-" and not is_url(name) and path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)  # not "../x"
                if _suffix(child) in SUFFIXES and not hidden:
                    yield str(child)
        else:
            yield name


@dataclass(frozen=True, slots=True)
class Deferred:
    """A file that is one document (a page or a text file), named but not read yet: reading, decompressing,
    decoding and hashing it is left to the process that will extract it (a worker, with `--jobs`)."""

    name: str
    size: int  # bytes on disk, to size batches

    @property
    def source(self) -> str:
        return printable(self.name)

    def load(self) -> Item:
        """The document (or the error saying why there is none)."""
        found = list(read_input(self.name))
        return found[0] if len(found) == 1 else InputError(self.source, "not one document")


def read_inputs(inputs: Iterable[str]) -> Iterator[Item]:
    """All documents of all inputs, in order; runs of URLs are fetched a few at a time."""
    for entry in _inputs(inputs, defer=False):
        assert not isinstance(entry, Deferred)
        yield entry


def plan_inputs(inputs: Iterable[str]) -> Iterator[Item | Deferred]:
    """As `read_inputs`, but files that are one document each come as `Deferred`, for a worker to read (JSON lines,
    WARC, stdin and URLs are still read here: they are streamed, or fetched a few at a time)."""
    return _inputs(inputs, defer=True)


def _inputs(inputs: Iterable[str], defer: bool) -> Iterator[Item | Deferred]:
    for urls, names in groupby(expand(inputs), key=is_url):
        if urls:
            from dateline.fetch import fetch_all  # trafilatura's downloader is only imported when needed

            yield from fetch_all(names)
            continue
        for name in names:
            if defer and single_document(name):
                try:
                    yield Deferred(name, os.stat(name).st_size)
                    continue
                except OSError:
                    pass  # read_input says why
            yield from read_input(name)


def read_input(name: str, kind: str | None = None) -> Iterator[Item]:
    """The documents of one input (a file or `-`); failures come back as `InputError`.

    `kind` ("html", "text", "jsonl" or "warc") overrides what the file name and content say.
    """
    label = printable(name)
    try:
        stream = _open(name)
    except OSError as err:
        yield InputError(label, err.strerror or str(err))
        return
    try:
        yield from read_stream(label, stream, _suffix(Path(name)) if name != "-" else None, kind)
    except (OSError, EOFError, zlib.error) as err:  # broken gzip data, a file vanishing mid-read
        yield InputError(label, f"read error ({err})")
    finally:
        if name != "-":
            stream.close()


def read_stream(source: str, stream: BinaryIO, suffix: str | None = None, kind: str | None = None) -> Iterator[Item]:
    """Documents from a (decompressed) byte stream; JSON lines and WARC are read record by record."""
    head = stream.read(HEAD)
    if len(head) < HEAD and not head.strip():
        yield InputError(source, "empty input")
        return
    kind = kind or _kind_of(suffix, head)
    if kind == "warc":
        from dateline.warc import warc_records

        yield from warc_records(source, _chain(head, stream))
        return
    if looks_binary(head):
        yield InputError(source, "binary content, not text or HTML")
        return
    if kind == "jsonl":
        yield from _records(source, _chain(head, stream))
        return
    data = head + stream.read(MAX_BYTES + 1 - len(head)) if len(head) == HEAD else head
    if len(data) > MAX_BYTES:
        yield InputError(source, f"larger than {MAX_BYTES // (1024 * 1024)} MiB")
        return
    yield from read_bytes(source, data, suffix, kind)


def read_bytes(source: str, data: bytes, suffix: str | None = None, kind: str | None = None) -> Iterator[Item]:
    """Documents from raw bytes; `kind`, else `suffix` (".html", ".txt", ".jsonl", ".warc"), else the content says."""
    kind = kind or _kind_of(suffix, data[:HEAD])
    if kind in ("jsonl", "warc"):
        yield from read_stream(source, io.BytesIO(data), suffix, kind)
        return
    if not data.strip():
        yield InputError(source, "empty input")
        return
    if looks_binary(data):
        yield InputError(source, "binary content, not text or HTML")
        return
    try:
        yield document(source, data, "html" if kind == "html" else "text")
    except InputError as err:
        yield err


def document(source: str, data: bytes, kind: Kind, charset: str | None = None) -> Document:
    """One document from its bytes: decoded (declared charset, else detected) and checked."""
    declared = charset or (_declared_charset(data) if kind == "html" else None)
    text = decode(data, declared)
    if kind == "text":
        check_text(source, text)
    return Document(source=source, content=text, kind=kind, doc_id=content_id(text))


def check_text(source: str, text: str) -> None:
    """Raise `InputError` for plain text that cannot be an article: a line longer than `MAX_TEXT_LINE` characters.

    Article paragraphs are a few thousand characters at most; a longer line is a data dump, minified code or a
    number table, and would only cost time in every later stage.
    """
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > MAX_TEXT_LINE:
            raise InputError(
                source, f"a line of {end - start:,} characters: not article text (limit {MAX_TEXT_LINE:,})"
            )
        start = end + 1


def document_from_record(source: str, record: dict[str, object]) -> Document:
    """A JSON-lines record (`text` or `html`, optional `id`, `url`, `published`, `lang`, `title`) as a document."""
    html, text = record.get("html"), record.get("text")
    kind: Kind
    if isinstance(html, str) and html.strip():
        content, kind = html, "html"
    elif isinstance(text, str) and text.strip():
        content, kind = text, "text"
        check_text(source, content)
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


def _records(source: str, stream: BinaryIO) -> Iterator[Item]:
    for found in json_lines(source, stream):
        if isinstance(found, InputError):
            yield found
            continue
        where, record = found
        if record.get("id") is not None:
            where = f"{source}#{record['id']}"
        try:
            yield document_from_record(where, record)
        except InputError as err:
            yield err


def json_lines(source: str, stream: BinaryIO) -> Iterator[tuple[str, dict[str, Any]] | InputError]:
    """The objects of a JSON-lines stream, each with where it stands (`SOURCE:LINE`), read line by line; a line
    that is not a JSON object, or is larger than a document may be, is an `InputError`."""
    lineno = 0
    while line := stream.readline(MAX_BYTES + 1):
        lineno += 1
        where = f"{source}:{lineno}"
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(HEAD)) and not rest.endswith(b"\n"):
                pass
            yield InputError(where, f"line larger than {MAX_BYTES // (1024 * 1024)} MiB")
            continue
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as err:
            yield InputError(where, f"not valid JSON ({err.msg})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "JSON line is not an object")
            continue
        yield where, record


def json_records(names: Iterable[str]) -> Iterator[tuple[str, dict[str, Any]] | InputError]:
    """The objects of JSON-lines files or stdin (`-`), gzip or not, streamed, with where each stands; a file that
    cannot be read, a broken one or a bad line is an `InputError` and the rest goes on."""
    for name in names:
        label = printable(name)
        try:
            stream = _open(name)
        except OSError as err:
            yield InputError(label, f"cannot read ({err.strerror or err})")
            continue
        try:
            yield from json_lines(label, stream)
        except (OSError, EOFError, zlib.error) as err:  # broken gzip data, a file vanishing mid-read
            yield InputError(label, f"read error ({err})")
        finally:
            if name != "-":
                stream.close()


class _Chained(io.RawIOBase):
    """Bytes already read, then the rest of a stream: lets a stream be sniffed without seeking."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _chain(head: bytes, rest: BinaryIO) -> BinaryIO:
    return io.BufferedReader(_Chained(head, rest), buffer_size=HEAD)


def _open(name: str) -> BinaryIO:
    """The input's bytes as a stream, gzip decompressed on the fly (stdin for `-`)."""
    raw: BinaryIO = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115 - closed by read_input
    magic = raw.read(2)
    stream = _chain(magic, raw)
    if magic == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    return stream


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _kind_of(suffix: str | None, head: bytes) -> str:
    if suffix in WARC_SUFFIXES:
        return "warc"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    start = head.lstrip()
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        first, newline, _ = start.partition(b"\n")
        if not newline and start.startswith(b'{"'):
            return "jsonl"  # a first record longer than the sniffed head
        try:
            if isinstance(orjson.loads(first), dict):
                return "jsonl"
        except orjson.JSONDecodeError:
            pass
    return "html" if _HTML_SNIFF.match(start) else "text"


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None
