"""http(s) inputs: pages fetched with trafilatura's downloader, a few at a time, in input order."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from configparser import ConfigParser
from functools import cache

from dateline.errors import InputError
from dateline.read import Item, read_bytes

CONCURRENT = 8  # downloads under way at once

logging.getLogger("trafilatura").addHandler(logging.NullHandler())  # failures are reported as one line each


@cache
def _config() -> ConfigParser:
    """trafilatura's download settings, with its SSRF filter off: the person running dateline names the URLs, and
    pages on their own machine or intranet are as legitimate an input as their files."""
    from trafilatura.settings import DEFAULT_CONFIG

    config = ConfigParser()
    config.read_dict(DEFAULT_CONFIG)
    config["DEFAULT"]["SSRF_PROTECTION"] = "off"
    return config


def fetch(url: str) -> list[Item]:
    """The document behind `url`, or an `InputError` saying why there is none."""
    from trafilatura.downloads import fetch_response

    try:
        response = fetch_response(url, decode=False, config=_config())
    except Exception as err:  # a malformed URL, an unexpected library failure: one input lost, not the batch
        return [InputError(url, f"download failed ({type(err).__name__}: {err})")]
    if response is None or response.data is None:
        return [InputError(url, "download failed")]
    if response.status != 200:
        return [InputError(url, f"HTTP status {response.status}")]
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
