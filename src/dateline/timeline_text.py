"""The timeline for a terminal or a pipe: chronological rows in day, week or month buckets, wrapped to a width.

    26 items · 2023-06-01 … 2024-12-31 · by month
    date        src  who             claim
    ── 2024-08 ──────────────────────────────────
    2024-08-13  1 en                 The fire began on Tuesday afternoon …

Colour (ANSI) only when asked for: `styled(stream)` says whether a stream should get it (a terminal, and no
`NO_COLOR` in the environment); without it the output carries no escape codes at all.
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from itertools import zip_longest
from typing import TextIO

from dateline.timeline import Item

DAY_SPAN = 31  # days covered: up to this, one bucket per day
WEEK_SPAN = 183  # up to this, one per ISO week; beyond, one per month
GAP = "  "
_STYLES = {"head": "1", "rule": "2", "date": "36", "who": "32", "actors": "35", "count": "33"}


def styled(stream: TextIO) -> bool:
    """Colour for this stream: only a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return "NO_COLOR" not in os.environ and stream.isatty()


def granularity(items: Sequence[Item]) -> str:
    """day, week or month: the bucket size that suits the span of the items' start days."""
    starts = [date.fromisoformat(i.range[0]) for i in items if i.range]
    if not starts:
        return "day"
    span = (max(starts) - min(starts)).days
    return "day" if span <= DAY_SPAN else "week" if span <= WEEK_SPAN else "month"


def bucket(entry: Item, size: str) -> tuple[str, str, str]:
    """(first day, last day, label) of the bucket an item goes in: the day, week or month of its first day, or,
    when its range is wider than that, a bucket of its own range ("2023-06-01 … 2023-08-31"); ("~", "~",
    "undated") without a range."""
    if not entry.range:
        return "~", "~", "undated"
    first, last = date.fromisoformat(entry.range[0]), date.fromisoformat(entry.range[1])
    if size == "day":
        start, end, label = first, first, first.isoformat()
    elif size == "week":
        start = first - timedelta(days=first.weekday())
        end = start + timedelta(days=6)
        year, week, _ = start.isocalendar()
        label = f"{year}-W{week:02d} · {start.isoformat()} … {end.isoformat()}"
    else:
        start = first.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        label = start.isoformat()[:7]
    if last > end:
        return entry.range[0], entry.range[1], f"{entry.range[0]} … {entry.range[1]}"
    return start.isoformat(), end.isoformat(), label


def render(items: Sequence[Item], width: int = 80, colour: bool = False) -> str:
    """The terminal view of items already in chronological order."""
    return "".join(f"{line}\n" for line in lines(items, width, colour))


def lines(items: Sequence[Item], width: int = 80, colour: bool = False) -> Iterator[str]:
    """The view line by line: a summary, a column header, then each bucket's rule and rows."""
    paint = _Paint(colour)
    width = max(width, 40)
    size = granularity(items)
    dated = [i.range for i in items if i.range]
    span = f" · {min(r[0] for r in dated)} … {max(r[1] for r in dated)} · by {size}" if dated else ""
    noun = "item" if len(items) == 1 else "items"
    yield paint("head", f"{len(items):,} {noun}{span}")
    if not items:
        return
    date_w = min(max(len("date"), *(len(i.date) for i in items)), 16)
    src_w = min(max(len("src"), *(len(_sources(i)) for i in items)), 12)
    who_w = max(10, min(max(len(w) for i in items for w in [*i.who, " ".join(i.actors), "who"]), width // 5))
    text_w = width - date_w - src_w - who_w - 3 * len(GAP)
    yield paint("head", GAP.join(["date".ljust(date_w), "src".ljust(src_w), "who".ljust(who_w), "claim"]).rstrip())
    buckets: dict[tuple[str, str, str], list[Item]] = {}
    for entry in items:
        buckets.setdefault(bucket(entry, size), []).append(entry)
    for key in sorted(buckets, key=lambda k: (k[0], k[1])):
        members = buckets[key]
        title = f"── {key[2]} ({len(members)}) "
        yield paint("rule", title + "─" * max(width - len(title), 0))
        for entry in members:
            yield from _row(entry, (date_w, src_w, who_w, text_w), paint)


def _sources(entry: Item) -> str:
    """Number of sources and their languages: `1 de`, `3 de,nl`."""
    return f"{entry.n_sources} {','.join(entry.langs)}".strip()


def _row(entry: Item, widths: tuple[int, int, int, int], paint: _Paint) -> Iterator[str]:
    date_w, src_w, who_w, text_w = widths
    cells = [
        [(line, "date") for line in _wrap(entry.date, date_w)],
        [(line, "count") for line in _wrap(_sources(entry), src_w)],
        [(line, "who") for who in _shown(entry.who) for line in _wrap(who, who_w)]
        + [(line, "actors") for line in _wrap(" ".join(entry.actors), who_w)],
        [(line, "") for line in _wrap(entry.text, text_w)],
    ]
    for parts in zip_longest(*cells, fillvalue=("", "")):
        padded = [
            paint(style, text) + " " * (size - len(text)) if index < 3 else paint(style, text)
            for index, ((text, style), size) in enumerate(zip(parts, widths, strict=True))
        ]
        yield GAP.join(padded).rstrip()


def _shown(names: list[str], most: int = 3) -> list[str]:
    """At most `most` names; the rest counted: a fact reported by twenty outlets keeps a short row."""
    return names if len(names) <= most else [*names[: most - 1], f"+{len(names) - most + 1} more"]


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False) if text.strip() else []


class _Paint:
    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def __call__(self, style: str, text: str) -> str:
        code = _STYLES.get(style)
        return f"\x1b[{code}m{text}\x1b[0m" if self.colour and code and text else text
