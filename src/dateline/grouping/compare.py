"""Comparison levels: the score of a pair of claims, as the sum of the weights of the levels it reaches."""

from __future__ import annotations

from dateline.grouping.features import Features
from dateline.grouping.rules import Rules


def granularity(days: int) -> str:
    """What a range of `days` days names: a day, a week, a month, or longer (a year)."""
    if days <= 1:
        return "day"
    if days <= 7:
        return "week"
    return "month" if days <= 31 else "year"


def date_score(a: Features, b: Features, rules: Rules) -> float | None:
    """The date level's weight; None when the dates cannot be one fact's (ranges apart, or different values
    without a range)."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return rules.same["year"] if a.value == b.value and a.start is None and b.start is None else None
    if a.start > b.end or b.start > a.end:
        return None
    if a.start == b.start and a.end == b.end:
        return rules.same[granularity(a.end - a.start + 1)]
    if (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end):
        return rules.date["nested"]
    return rules.date["overlap"]


def quantities_agree(values: list[float], tolerance: float) -> bool:
    """All values within `tolerance` (relative) of one another."""
    low, high = min(values), max(values)
    return high - low <= tolerance * max(abs(high), abs(low), 1e-9)


def _all_shared(a: Features, b: Features) -> bool:
    """Both claims give the same names and numbers (where each language has names: capitals are not compared)."""
    return a.numbers == b.numbers and (a.names == b.names or bool(a.capitals or b.capitals))


def _nested(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return (x[0] <= y[0] and y[1] <= x[1]) or (y[0] <= x[0] and x[1] <= y[1])


def other_dates(x: frozenset[tuple[int, int]], y: frozenset[tuple[int, int]], weights: dict[str, float]) -> float:
    """The sentences' other dates, by range: per date of one inside a date of the other or holding it ("in early
    2009" and "in January 2009"), up to `max`; `disjoint` when both give other dates and none meet."""
    n = min(sum(any(_nested(r, s) for s in y) for r in x), sum(any(_nested(s, r) for r in x) for s in y))
    return min(weights["each"] * n, weights["max"]) if n else weights["disjoint"]


def score(a: Features, b: Features, rules: Rules) -> float | None:
    """The pair's score, or None when the two claims cannot be one fact."""
    total = date_score(a, b, rules)
    if total is None:
        return None
    shared = a.actors & b.actors
    if shared:
        total += min(rules.actors["each"] * len(shared), rules.actors["max"])
    elif a.actors and b.actors:
        total += rules.actors["disjoint"]
    if a.events and b.events:
        total += rules.event["disjoint" if a.events.isdisjoint(b.events) else "shared"]
    if a.quantities and b.quantities:
        units = a.quantities.keys() & b.quantities.keys()
        if units:
            tolerance = rules.quantities["tolerance"]
            equal = False
            for unit in units:
                for x in a.quantities[unit]:
                    for y in b.quantities[unit]:
                        # quantities_agree([x, y], tolerance), written out: this runs for most pairs
                        if abs(x - y) <= tolerance * max(abs(x), abs(y), 1e-9):
                            equal = True
                            break
                    if equal:
                        break
                if equal:
                    break
            total += rules.quantities["equal" if equal else "conflict"]
    # A capitalised word of a language that capitalises nouns counts when the other claim has it as a name.
    names = (a.names | a.capitals) & b.names | a.names & b.capitals if a.capitals or b.capitals else a.names & b.names
    numbers = a.numbers & b.numbers
    if names:
        weights = rules.names
        total += min(weights["each"] * len(names), weights["max"])
    if len(names) + len(numbers) >= rules.identifiers["at_least"] and _all_shared(a, b):
        total += rules.identifiers["weight"]
    if (a.openers or b.openers) and a.lang != b.lang:
        # Names are written alike across languages, function words are not: a sentence opener of one claim that the
        # other (in another language) has as a name or an opener counts like a name.
        openers = (a.openers & (b.names | b.openers | b.capitals) | b.openers & (a.names | a.capitals)) - names
        if openers:
            weights = rules.openers
            total += min(weights["each"] * len(openers), weights["max"])
    if numbers:
        weights = rules.numbers
        total += min(weights["each"] * len(numbers), weights["max"])
    if a.dates and b.dates:
        total += other_dates(a.dates, b.dates, rules.dates)
    if a.words and b.words:
        dice = 2 * len(a.words & b.words) / (len(a.words) + len(b.words))
        for at, weight in reversed(rules.word_levels):
            if dice >= at:
                total += weight
                break
    return total
