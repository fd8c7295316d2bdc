"""WARC files (web archives, as written by crawlers): their HTML pages as documents, streamed record by record."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dateline.errors import InputError
from dateline.model import Document
from dateline.read import MAX_BYTES, Item, document, parse_date

HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_records(source: str, stream: BinaryIO) -> Iterator[Item]:
    """The HTML pages of a WARC file: `response` records with status 200 and `resource` records of an HTML type.

    A page's URL is its WARC-Target-URI and its source `FILE#URI`; WARC-Date becomes the publication date of last
    resort (after the record's metadata and `--published`).
    """
    pages = 0
    records = ArchiveIterator(stream)
    try:
        while True:
            with contextlib.redirect_stderr(io.StringIO()):  # warcio prints its warnings on stderr
                record = next(records, None)
            if record is None:
                break
            if record.rec_type not in ("response", "resource"):
                continue
            headers = record.http_headers if record.rec_type == "response" else record.rec_headers
            if headers is None:
                continue
            if record.rec_type == "response" and headers.get_statuscode() != "200":
                continue
            media, _, params = (headers.get_header("Content-Type") or "").partition(";")
            if media.strip().lower() not in HTML_TYPES:
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            where = f"{source}#{uri}" if uri else f"{source}#{pages + 1}"
            pages += 1
            data = record.content_stream().read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                yield InputError(where, f"record larger than {MAX_BYTES // (1024 * 1024)} MiB")
                continue
            if not data.strip():
                yield InputError(where, "empty page")
                continue
            try:
                doc = document(where, data, "html", _charset(params))
            except InputError as err:
                yield err
                continue
            yield Document(
                source=doc.source,
                content=doc.content,
                kind=doc.kind,
                doc_id=doc.doc_id,
                url=uri or None,
                crawled=parse_date(record.rec_headers.get_header("WARC-Date")),
            )
    except ArchiveLoadFailed as err:
        yield InputError(source, f"not a valid WARC file ({str(err).strip().splitlines()[0][:120]})")
        return
    if not pages:
        yield InputError(source, "not a valid WARC file" if records.err_count else "no HTML pages in this WARC file")


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")[:40]
    return None
