"""http(s) inputs: pages fetched with trafilatura's downloader, a few at a time, in input order.

A failed download says why: the HTTP status, a DNS failure, a refused connection, a timeout or a TLS error.
trafilatura only logs the reason, so a handler on its logger keeps the last one per download thread.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from configparser import ConfigParser
from functools import cache
from http import HTTPStatus

from dateline.errors import InputError
from dateline.read import Item, read_bytes

CONCURRENT = 8  # downloads under way at once
TIMEOUT = 30  # seconds per download (trafilatura's default)


class _Reasons(logging.Handler):
    """The exception of the last download error logged by trafilatura, per thread."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.local = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args if isinstance(record.args, tuple) else ()
        found = next((a for a in reversed(args) if isinstance(a, BaseException)), None)
        if found is not None or record.levelno >= logging.ERROR:
            self.local.error = found or record.getMessage()

    def take(self) -> BaseException | str | None:
        error: BaseException | str | None = getattr(self.local, "error", None)
        self.local.error = None
        return error


_REASONS = _Reasons()


@cache
def _config() -> ConfigParser:
    """trafilatura's download settings, with its SSRF filter off (the person running dateline names the URLs, and
    pages on their own machine or intranet are as legitimate an input as their files) and without its fallback to
    an unverified connection after a TLS error (a certificate that does not verify is a failed download)."""
    from trafilatura.settings import DEFAULT_CONFIG

    logger = logging.getLogger("trafilatura.downloads")
    logger.addHandler(_REASONS)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False  # failures are reported as one line each, by us
    config = ConfigParser()
    config.read_dict(DEFAULT_CONFIG)
    config["DEFAULT"]["SSRF_PROTECTION"] = "off"
    config["DEFAULT"]["INSECURE_SSL_FALLBACK"] = "off"
    config["DEFAULT"]["DOWNLOAD_TIMEOUT"] = str(TIMEOUT)
    return config


def reason(error: BaseException | str | None) -> str:
    """Why a download failed, in a few words, from the exception urllib3 raised."""
    if error is None:
        return "no response"
    if isinstance(error, str):
        return error
    import ssl

    import urllib3.exceptions as http

    chain = _causes(error)
    if found := _first(chain, http.NameResolutionError):
        return "DNS lookup failed (no such host?)"
    if found := _first(chain, http.SSLError, ssl.SSLError):
        return f"TLS error ({_first_line(_causes(found)[-1])})"
    if found := _first(chain, ConnectionRefusedError):
        return "connection refused"
    if _first(chain, http.ConnectTimeoutError, http.ReadTimeoutError, TimeoutError) and "refused" not in str(chain):
        return f"timed out after {TIMEOUT} s"
    if found := _first(chain, http.NewConnectionError, ConnectionError):  # (a subclass of ConnectTimeoutError)
        return "connection refused" if "refused" in str(found).lower() else f"cannot connect ({_first_line(found)})"
    if found := _first(chain, http.ResponseError):  # status retries used up: "too many 503 error responses"
        status = next((w for w in str(found).split() if w.isdigit()), None)
        return _status(int(status)) if status else _first_line(found)
    return _first_line(chain[-1])


def _causes(error: BaseException) -> list[BaseException]:
    """`error` and what caused it (urllib3's `reason`, Python's `__cause__`), outermost first."""
    chain = [error]
    while len(chain) < 8:
        last = chain[-1]
        inner = getattr(last, "reason", None)
        nxt = inner if isinstance(inner, BaseException) else last.__cause__ or last.__context__
        if nxt is None or nxt in chain:
            break
        chain.append(nxt)
    return chain


def _first(chain: list[BaseException], *kinds: type[BaseException]) -> BaseException | None:
    return next((error for error in chain if isinstance(error, kinds)), None)


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return (text[0] if text else type(error).__name__)[:160]


def _status(code: int) -> str:
    try:
        return f"HTTP status {code} ({HTTPStatus(code).phrase})"
    except ValueError:
        return f"HTTP status {code}"


def fetch(url: str) -> list[Item]:
    """The document behind `url`, or an `InputError` saying why there is none."""
    from trafilatura.downloads import fetch_response

    config = _config()
    _REASONS.take()
    try:
        response = fetch_response(url, decode=False, config=config)
    except Exception as err:  # a malformed URL, an unexpected library failure: one input lost, not the batch
        return [InputError(url, f"download failed ({reason(err)})")]
    if response is None or response.data is None:
        return [InputError(url, f"download failed: {reason(_REASONS.take())}")]
    if response.status != 200:
        return [InputError(url, _status(response.status))]
    media = ((response.headers or {}).get("content-type") or "").split(";")[0].strip().lower()
    kind = "html" if "html" in media else "text" if media == "text/plain" else None
    items = list(read_bytes(url, response.data, kind=kind))
    for item in items:
        if not isinstance(item, InputError):
            item.url = item.url or response.url
    return items


def fetch_all(urls: Iterable[str], concurrent: int = CONCURRENT) -> Iterator[Item]:
    """The documents of `urls` in order, with at most `concurrent` downloads under way."""
    pending: deque[Future[list[Item]]] = deque()
    with ThreadPoolExecutor(max_workers=concurrent, thread_name_prefix="dateline-fetch") as pool:
        for url in urls:
            pending.append(pool.submit(fetch, url))
            if len(pending) >= concurrent:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
