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


WORD = re.compile(r"\w+")


def _word(text: str, at: int) -> str:
    """The word that starts at `at`, in lower case (empty if none does)."""
    m = WORD.match(text, at)
    return m.group().lower() if m is not None else ""


BEHIND, AHEAD = 16, 96  # a match attempt looks no further than this around its start
MAX_REMEMBERED = 50_000


def candidates(text: str, g: Grammar) -> Iterator[Candidate]:
    """Non-overlapping matches, left to right (the grammar's rule order decides ties).

    Stretches of weak words only (see Grammar.core) are skipped: the scan starts again just before the next
    core word.
    """
    pos = begin = 0
    failed: set[str] = set()  # windows already known not to start a match (repetitive input)
    core_at = -1  # where the next core word starts (with no core words declared, every hit counts)
    while begin >= 0:
        resume = -1
        for hit in g.gate.finditer(text, begin):
            at = hit.start()
            if at < pos:
                continue
            if g.core is not None and _word(text, at) in g.weak:  # is a core word near enough?
                if core_at < at:
                    core = g.core.search(text, at)
                    core_at = core.start() if core is not None else len(text) + AHEAD
                if core_at > at + AHEAD:  # nothing but weak words up to the next core word
                    resume = core_at - AHEAD if core_at < len(text) else -1
                    break
            # the text around a start decides the outcome (the first BEHIND characters are padded)
            window = text[at - BEHIND : at + AHEAD] if at >= BEHIND else "\0" * (BEHIND - at) + text[: at + AHEAD]
            if window in failed:
                continue
            found = g.match(text, at)
            if found is None:
                if len(failed) > MAX_REMEMBERED:
                    failed.clear()
                failed.add(window)
                continue
            rule, m = found
            pos = m.end()
            start, end = m.span()
            span = m.span(f"r{rule.index}_span") if "(?P<span>" in rule.pattern else (-1, -1)
            if span[0] >= 0:
                start, end = span
            # trim whitespace or punctuation a pattern may have swallowed at its edges
            while end > start and text[end - 1] in " \t,":
                end -= 1
            yield Candidate(start, end, rule, _slots(m, rule, g))
        begin = resume
