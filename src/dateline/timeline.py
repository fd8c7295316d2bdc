"""Timeline items: claim records (`extract`) and group records (`group`) read, told apart, filtered and ordered.

A claim record has `id`, `doc_id` and `span`; a group record has `group` and `claims`. Both become an `Item`, the
one shape the terminal view, the HTML page and the CSV of `dateline timeline` read. Order is chronological by the
record's `range` (first day, then the narrower interval first, see `dateline.ranges.sort_key`); items without a
range (`XXXX-10`, `PRESENT_REF`) come last.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date

from dateline.errors import InputError
from dateline.ranges import sort_key, value_range
from dateline.read import json_records

Record = dict[str, object]
_OPS = {"=": "", "~": "~", ">": ">", ">=": "≥", "<": "<", "<=": "≤"}


@dataclass(slots=True)
class Source:
    """One article an item was read from."""

    source: str
    url: str | None = None
    title: str | None = None
    site: str | None = None
    lang: str | None = None
    published: str | None = None
    attribution: str | None = None


@dataclass(slots=True)
class Item:
    """One mark on the timeline: a claim, or a group of claims that report the same fact."""

    kind: str  # "claim" or "group"
    id: str
    date: str
    range: list[str] | None
    text: str
    written: str | None = None  # the date as the text writes it (claims only)
    actors: list[str] = field(default_factory=list)
    event: list[str] = field(default_factory=list)
    langs: list[str] = field(default_factory=list)
    n_sources: int = 1
    n_claims: int = 1
    who: list[str] = field(default_factory=list)  # attributions as written, distinct
    quantities: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    modality: str | None = None
    score: float | None = None
    agree: bool | None = None  # groups: False when the sources give different numbers
    record: Record = field(default_factory=dict, repr=False)

    def key(self) -> tuple[str, str, str, str]:
        """Chronological order: by range, narrower first; no range last; then by id so the order is stable."""
        first, last, value = (self.range[0], self.range[1], self.date) if self.range else sort_key(self.date)
        return first, last, value, self.id

    def as_dict(self) -> Record:
        """The JSON form the HTML page reads (without the original record)."""
        data = asdict(self)
        del data["record"]
        return data


def is_group(record: Record) -> bool:
    """A group record (`dateline group`), told from a claim record by its fields."""
    return "group" in record and isinstance(record.get("claims"), list)


def is_claim(record: Record) -> bool:
    """A claim record (`dateline extract`)."""
    return isinstance(record.get("id"), str) and "span" in record and isinstance(record.get("text"), str)


def item(record: Record) -> Item:
    """The timeline item of a claim or group record; ValueError for anything else."""
    if is_group(record):
        return _group(record)
    if is_claim(record):
        return _claim(record)
    raise ValueError("neither a claim record (extract) nor a group record (group)")


def _claim(record: Record) -> Item:
    value = _str(record.get("date")) or ""
    attribution = _attribution(record.get("attribution"))
    lang = _str(record.get("lang"))
    written = next(
        (_str(d.get("text")) for d in _dicts(record.get("dates")) if d.get("value") == value and d.get("text")), None
    )
    return Item(
        kind="claim",
        id=str(record["id"]),
        date=value,
        range=_range(record, value),
        text=str(record["text"]),
        written=written,
        actors=_strs(record.get("actors")),
        event=_strs(record.get("event")),
        langs=[lang] if lang else [],
        who=[attribution] if attribution else [],
        quantities=[_quantity(q) for q in _dicts(record.get("quantities"))],
        sources=[
            Source(
                source=str(record.get("source") or ""),
                url=_str(record.get("url")),
                title=_str(record.get("title")),
                site=_str(record.get("site")),
                lang=lang,
                published=_str(record.get("published")),
                attribution=attribution,
            )
        ],
        modality=_str(record.get("modality")),
        score=_number(record.get("score")),
        record=record,
    )


def _group(record: Record) -> Item:
    value = _str(record.get("date")) or ""
    sources = [
        Source(
            source=str(s.get("source") or s.get("url") or ""),
            url=_str(s.get("url")),
            title=_str(s.get("title")),
            site=_str(s.get("site")),
            lang=_str(s.get("lang")),
            published=_str(s.get("published")),
            attribution=_attribution(s.get("attribution")),
        )
        for s in _dicts(record.get("sources"))
    ]
    quantities = _dicts(record.get("quantities"))
    agreements = [q["agree"] for q in quantities if isinstance(q.get("agree"), bool)]
    claims = record.get("claims")
    n_sources = record.get("n_sources")
    return Item(
        kind="group",
        id=str(record["group"]),
        date=value,
        range=_range(record, value),
        text=_str(record.get("text")) or "",
        actors=_strs(record.get("actors")),
        event=_strs(record.get("event")),
        langs=_strs(record.get("languages")) or sorted({s.lang for s in sources if s.lang}),
        n_sources=n_sources if isinstance(n_sources, int) else len({s.source for s in sources}) or 1,
        n_claims=len(claims) if isinstance(claims, list) else 1,
        who=list(dict.fromkeys(s.attribution for s in sources if s.attribution)),
        quantities=[_group_quantity(q) for q in quantities],
        sources=sources,
        agree=all(agreements) if agreements else None,
        record=record,
    )


def _range(record: Record, value: str) -> list[str] | None:
    """The record's `range`; for a record written before ranges existed, the range of its `date` value."""
    if "range" not in record:
        found = value_range(value)
        return [found[0].isoformat(), found[1].isoformat()] if found else None
    given = record["range"]
    if isinstance(given, list) and len(given) == 2 and all(isinstance(d, str) for d in given):
        return [str(given[0]), str(given[1])]
    return None


def number(value: object) -> str:
    """A quantity's value as plain digits: 40000, 4.5 (no thousands separator, no trailing .0)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def unit_of(quantity: Record) -> str | None:
    """The quantity's unit: the normalised `unit_code` when there is one, else the unit as written."""
    return _str(quantity.get("unit_code")) or _str(quantity.get("unit"))


def _quantity(quantity: Record) -> str:
    unit = unit_of(quantity)
    op = _OPS.get(str(quantity.get("op") or "="), "")
    return f"{op}{number(quantity.get('value'))}" + (f" {unit}" if unit else "")


def _group_quantity(quantity: Record) -> str:
    unit = unit_of(quantity)
    values = _dicts(quantity.get("values"))
    shown = list(dict.fromkeys(_OPS.get(str(v.get("op") or "="), "") + number(v.get("value")) for v in values))
    if not shown and "min" in quantity:
        low, high = number(quantity.get("min")), number(quantity.get("max"))
        shown = [low] if low == high else [f"{low}–{high}"]
    text = " / ".join(shown) + (f" {unit}" if unit else "")
    return text + (" (sources disagree)" if quantity.get("agree") is False else "")


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _attribution(value: object) -> str | None:
    if isinstance(value, dict):
        return _str(value.get("text"))
    return _str(value)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _strs(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str) and v] if isinstance(value, list) else []


def _dicts(value: object) -> list[Record]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def read_records(names: Iterable[str]) -> Iterator[Record | InputError]:
    """JSON-lines records from files (gzip or not) or stdin (`-`); a bad line or file is an `InputError`."""
    for found in json_records(names):
        yield found if isinstance(found, InputError) else found[1]


def load(records: Iterable[Record | InputError]) -> Iterator[Item | InputError]:
    """Items of the records, errors passed on (a record of neither kind is an error naming its id or line)."""
    for index, record in enumerate(records, 1):
        if isinstance(record, InputError):
            yield record
            continue
        try:
            yield item(record)
        except ValueError as err:
            yield InputError(f"record {index}", str(err))


@dataclass(slots=True)
class Filters:
    """What `dateline timeline` keeps: ranges overlapping since..until, any of the actors, any of the events."""

    since: date | None = None
    until: date | None = None
    actors: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()
    min_sources: int = 1

    def keep(self, entry: Item) -> bool:
        """True when the item passes every filter; an item without a range fails --since and --until."""
        if (self.since or self.until) and not entry.range:
            return False
        if self.since and entry.range and entry.range[1] < self.since.isoformat():
            return False
        if self.until and entry.range and entry.range[0] > self.until.isoformat():
            return False
        if self.actors and not self.actors & {a.upper() for a in entry.actors}:
            return False
        if self.events and not self.events & set(entry.event):
            return False
        return entry.n_sources >= self.min_sources


def bound(value: str, last: bool) -> date:
    """The first (or last) day of a date given on the command line: 2024-11-22, 2024-11, 2024-W46, 2024-Q4, 2024."""
    found = value_range(value.strip())
    if found is None:
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM, YYYY-Www or YYYY)")
    return found[1] if last else found[0]


def collapse(items: Iterable[Item]) -> list[Item]:
    """Items without the claims that a group among them already stands for: each fact once."""
    kept = list(items)
    members = {claim for i in kept if i.kind == "group" for claim in _strs(i.record.get("claims"))}
    return [i for i in kept if i.kind == "group" or i.id not in members]


def ordered(items: Iterable[Item]) -> list[Item]:
    """Items in chronological order."""
    return sorted(items, key=Item.key)
