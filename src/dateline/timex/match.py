"""Scan a text once with a language's grammar and yield candidate matches with normalised slots."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from dateline.timex.patterns import Grammar, Rule, norm


@dataclass(frozen=True)
class Candidate:
    """One rule match: the span to report and the slot values (looked up in the rule's tables)."""

    start: int
    end: int
    rule: Rule
    slots: dict[str, Any]


def _slots(m: re.Match[str], rule: Rule, g: Grammar) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for slot, tables in rule.slots.items():
        raw = m.group(f"r{rule.index}_{slot}")
        if raw is None:
            continue
        name = slot.rstrip("0123456789")
        if not tables:
            out[name] = raw
            continue
        key = norm(raw)
        for table in tables.split("+"):
            if key in g.tables[table]:
                out[name] = g.tables[table][key]
                break
            if raw.lower() in g.tables[table]:
                out[name] = g.tables[table][raw.lower()]
                break
    return out


BEHIND, AHEAD = 16, 96  # a match attempt looks no further than this around its start
MAX_REMEMBERED = 50_000


def candidates(text: str, g: Grammar) -> Iterator[Candidate]:
    """Non-overlapping matches, left to right (the grammar's rule order decides ties)."""
    pos = 0
    failed: set[tuple[int, str]] = set()  # windows already known not to start a match (repetitive input)
    for hit in g.gate.finditer(text):
        at = hit.start()
        if at < pos:
            continue
        lo = max(0, at - BEHIND)
        window = (at - lo, text[lo : at + AHEAD])
        if window in failed:
            continue
        regex = g.for_char(text[at])
        m = regex.match(text, at) if regex is not None else None
        if m is None or m.lastgroup is None:
            if len(failed) > MAX_REMEMBERED:
                failed.clear()
            failed.add(window)
            continue
        name = m.lastgroup
        pos = m.end()
        rule = g.rules[int(name[1:])]
        start, end = m.span()
        span = m.span(f"r{rule.index}_span") if "(?P<span>" in rule.pattern else (-1, -1)
        if span[0] >= 0:
            start, end = span
        # trim whitespace or punctuation a pattern may have swallowed at its edges
        while end > start and text[end - 1] in " \t,":
            end -= 1
        yield Candidate(start, end, rule, _slots(m, rule, g))
