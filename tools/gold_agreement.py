"""How far a TIMEX3 corpus agrees with itself: gold values whose form differs from the form most often given to
the same phrase elsewhere in the corpus.

A phrase is the expression's text in lower case with digits as 9 ("1968" and "1955" are one phrase); a form is the
value with digits as 9 ("1989-W43" and "1998-W12" are one form, "1989-WXX" another). A rule that reads only the
phrase gives it one form, so each minority form is a value such a rule gets wrong. Context can explain some (a
year-ago figure written as a quarter in an earnings report), annotation noise the rest ("last week" as an ISO week
10 times and as `WXX` 7 times in en-tbaq).

    python tools/gold_agreement.py ../shared/corpus/timeml/*.jsonl
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dateline.evaluate import GoldDoc, load_corpus

DIGIT = re.compile(r"[0-9]")


def phrase(text: str) -> str:
    """The lookup key of an expression: lower case, single spaces, no edge punctuation, digits as 9."""
    return DIGIT.sub("9", " ".join(text.lower().split()).strip(".,;:'\"`"))


def form(value: str) -> str:
    """The shape of a value: digits as 9."""
    return DIGIT.sub("9", value)


@dataclass(frozen=True)
class Agreement:
    """Gold expressions, those of phrases seen twice or more, and how many of those have a minority form."""

    gold: int
    repeated: int
    minority: int
    worst: list[tuple[str, Counter[str]]]  # phrases with the most minority forms, most first


def agreement(docs: Sequence[GoldDoc], top: int = 10) -> Agreement:
    """Count the gold values of repeated phrases that differ in form from the phrase's most common form."""
    forms: defaultdict[str, Counter[str]] = defaultdict(Counter)
    gold = 0
    for doc in docs:
        for t in doc.timexes:
            gold += 1
            forms[phrase(t.text)][form(t.value)] += 1
    repeated = {p: c for p, c in forms.items() if c.total() > 1}
    off = {p: c.total() - c.most_common(1)[0][1] for p, c in repeated.items()}
    worst = sorted((p for p in off if off[p]), key=lambda p: (-off[p], p))[:top]
    return Agreement(gold, sum(c.total() for c in repeated.values()), sum(off.values()), [(p, forms[p]) for p in worst])


def main(argv: Sequence[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    for name in argv:
        a = agreement(load_corpus(Path(name)))
        share = 100 * a.minority / a.gold if a.gold else 0.0
        print(
            f"{Path(name).stem}: {a.gold} gold values, {a.repeated} of phrases seen twice or more, "
            f"{a.minority} ({share:.1f}% of all) in a minority form"
        )
        for p, c in a.worst:
            print(f"  {p!r}: " + ", ".join(f"{f} ×{n}" for f, n in c.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
