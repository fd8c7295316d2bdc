"""Comparison levels: the score of a pair of claims, as the sum of the weights of the levels it reaches."""

from __future__ import annotations

from collections.abc import Callable

from dateline.grouping.features import Features
from dateline.grouping.rules import Rules


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


Scorer = Callable[[Features, Features], "float | None"]
_SCORERS: dict[int, tuple[Rules, Scorer]] = {}


def score(a: Features, b: Features, rules: Rules) -> float | None:
    """The pair's score, or None when the two claims cannot be one fact."""
    return scorer(rules)(a, b)


def scorer(rules: Rules) -> Scorer:
    """`score` under these rules, with their weights read once (it runs for every compared pair)."""
    found = _SCORERS.get(id(rules))
    if found is None or found[0] is not rules:
        found = _SCORERS[id(rules)] = (rules, _scorer(rules))
    return found[1]


def _scorer(rules: Rules) -> Scorer:
    """The pair score of `score`, a closure over the weights (one function, written out: it runs for every pair)."""
    same_day, same_week, same_month, same_year = (rules.same[k] for k in ("day", "week", "month", "year"))
    nested, overlap = rules.date["nested"], rules.date["overlap"]
    actor_each, actor_max, actor_disjoint = rules.actors["each"], rules.actors["max"], rules.actors["disjoint"]
    event_shared, event_disjoint = rules.event["shared"], rules.event["disjoint"]
    equal_weight, conflict_weight = rules.quantities["equal"], rules.quantities["conflict"]
    tolerance = rules.quantities["tolerance"]
    name_each, name_max = rules.names["each"], rules.names["max"]
    opener_each, opener_max = rules.openers["each"], rules.openers["max"]
    number_each, number_max = rules.numbers["each"], rules.numbers["max"]
    at_least, identifiers = rules.identifiers["at_least"], rules.identifiers["weight"]
    dates = rules.dates
    word_levels = tuple(reversed(rules.word_levels))

    def pair(a: Features, b: Features) -> float | None:
        # the date level (date_score, written out)
        a0, a1, b0, b1 = a.start, a.end, b.start, b.end
        if a0 is None or a1 is None or b0 is None or b1 is None:
            if a.value == b.value and a0 is None and b0 is None:
                total = same_year
            else:
                return None
        elif a0 > b1 or b0 > a1:
            return None
        elif a0 == b0 and a1 == b1:
            days = a1 - a0 + 1
            total = same_day if days <= 1 else same_week if days <= 7 else same_month if days <= 31 else same_year
        elif (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1):
            total = nested
        else:
            total = overlap
        shared = a.actors & b.actors
        if shared:
            total += min(actor_each * len(shared), actor_max)
        elif a.actors and b.actors:
            total += actor_disjoint
        if a.events and b.events:
            total += event_disjoint if a.events.isdisjoint(b.events) else event_shared
        if a.quantities and b.quantities:
            units = a.quantities.keys() & b.quantities.keys()
            if units:
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
                total += equal_weight if equal else conflict_weight
        # A capitalised word of a language that capitalises nouns counts when the other claim has it as a name.
        if a.capitals or b.capitals:
            names = (a.names | a.capitals) & b.names | a.names & b.capitals
        else:
            names = a.names & b.names
        numbers = a.numbers & b.numbers
        if names:
            total += min(name_each * len(names), name_max)
        if len(names) + len(numbers) >= at_least and _all_shared(a, b):
            total += identifiers
        if (a.openers or b.openers) and a.lang != b.lang:
            # Names are written alike across languages, function words are not: a sentence opener of one claim that
            # the other (in another language) has as a name or an opener counts like a name.
            openers = (a.openers & (b.names | b.openers | b.capitals) | b.openers & (a.names | a.capitals)) - names
            if openers:
                total += min(opener_each * len(openers), opener_max)
        if numbers:
            total += min(number_each * len(numbers), number_max)
        if a.dates and b.dates:
            total += other_dates(a.dates, b.dates, dates)
        if a.words and b.words:
            dice = 2 * len(a.words & b.words) / (len(a.words) + len(b.words))
            for at, weight in word_levels:
                if dice >= at:
                    total += weight
                    break
        return total

    return pair
