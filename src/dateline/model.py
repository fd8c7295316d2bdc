"""The small value types every stage shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from dateline.ranges import iso_range

Kind = Literal["html", "text"]
BlockKind = Literal["title", "heading", "body"]


@dataclass(slots=True)
class Document:
    """One input article as read: raw content plus whatever metadata came with it."""

    source: str
    content: str
    kind: Kind
    doc_id: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    published_from: str | None = None
    lang: str | None = None
    record_id: str | None = None
    crawled: date | None = None  # when a crawler fetched the page (WARC-Date): the publication date of last resort


@dataclass(frozen=True, slots=True)
class Block:
    """A span of the cleaned text: the headline, a subheading or a body paragraph."""

    start: int
    end: int
    kind: BlockKind


@dataclass(slots=True)
class Cleaned:
    """The cleaned article: headline on the first line, then paragraphs, one per line."""

    text: str
    blocks: list[Block]
    title: str | None = None
    url: str | None = None
    published: date | None = None
    sitename: str | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 temporal expression; offsets index the text it was found in."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None

    def as_dict(self, offset: int = 0) -> dict[str, object]:
        """The JSON form, with offsets shifted by `offset` and the calendar range of the value."""
        out: dict[str, object] = {
            "text": self.text,
            "value": self.value,
            "type": self.type,
            "start": self.start - offset,
            "end": self.end - offset,
            "range": iso_range(self.value, self.mod),
        }
        if self.mod:
            out["mod"] = self.mod
        return out


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in a sentence with its qualifier and unit; offsets into the sentence.

    `value` is negative for a decrease (written with a minus sign, or after a decrease phrase such as "un calo
    del", which then begins `text`); `unit` is as written, `unit_code` its language-independent code (%, ISO
    4217 currencies, SI units, UCUM durations, `person`) or None when unknown.
    """

    text: str
    value: float
    op: str
    unit: str | None
    start: int
    end: int
    unit_code: str | None = None

    def as_dict(self) -> dict[str, object]:
        """The JSON form (an integral value is written as an integer)."""
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"text": self.text, "value": value, "op": self.op, "unit": self.unit, "unit_code": self.unit_code}


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who makes a claim (`text`, as written), the reporting word (`cue`) and who that is (`name`).

    `name` is the text itself for a named source, the person a pronoun refers to when that is unambiguous, and
    None for a pronoun that could not be resolved. `at` is the source's offset in the document text (not emitted:
    it tells scorers which of two equal words, "er … er", is the source).
    """

    text: str
    cue: str
    name: str | None = None
    at: int = field(default=-1, compare=False)

    def as_dict(self) -> dict[str, str | None]:
        """The record's `attribution` object."""
        return {"text": self.text, "cue": self.cue, "name": self.name}


@dataclass(slots=True)
class Anatomy:
    """What the extractors found in one sentence."""

    attribution: Attribution | None = None
    attributions: list[Attribution] = field(default_factory=list)  # every one in the sentence, `attribution` first
    actors: list[str] = field(default_factory=list)
    actor_spans: list[tuple[int, int]] = field(default_factory=list)  # every gazetteer mention, kinds included
    quantities: list[Quantity] = field(default_factory=list)
    event: list[str] = field(default_factory=list)
    modality: str = "asserted"
