"""Claims: body sentences that assert something and carry a specific date, assembled into records."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date

from dateline import prose, sentences
from dateline.extract import Lexicon, analyze, score
from dateline.model import Cleaned, Timex
from dateline.ranges import iso_range

MIN_WORDS = 4
MAX_CHARS = 1500  # longer "sentences" are tables, lists or run-on dumps, not claims (and cost extractors dearly)


def is_specific(timex: Timex) -> bool:
    """A DATE or TIME whose value names a point on the calendar (not `PRESENT_REF`, not a duration)."""
    return timex.type in ("DATE", "TIME") and any(ch.isdigit() for ch in timex.value)


def is_claim_sentence(sentence: str, lang: str) -> bool:
    """Whether a body sentence can be a claim by its shape: a statement (not a question, an exclamation, a lead-in
    ending in ":" or text addressed to the reader) of running prose (`dateline.prose`): not a table row, listing,
    citation, caption or copyright line; at least `MIN_WORDS` words, at most `MAX_CHARS`."""
    if len(sentence) > MAX_CHARS or len(sentence.split()) < MIN_WORDS:
        return False
    if prose.is_question(sentence) and not (
        prose.quotes_a_cry(sentence) and prose.is_prose(prose.unquoted(sentence), lang)
    ):
        return False
    if prose.is_lead_in(sentence) or prose.addresses_reader(sentence, lang):
        return False
    return prose.is_prose(sentence, lang)


def claim_id(doc_id: str, start: int, end: int) -> str:
    """Stable claim id: derived from the document's content hash and the sentence span."""
    return hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:16]


def body_sentences(cleaned: Cleaned, lang: str) -> Iterator[tuple[int, int]]:
    """Sentence spans of the body paragraphs (never the headline or subheadings)."""
    for block in cleaned.blocks:
        if block.kind == "body":
            yield from sentences.split(cleaned.text, block.start, block.end, lang)


def build(
    cleaned: Cleaned,
    timexes: list[Timex],
    *,
    doc_id: str,
    lang: str,
    lexicon: Lexicon,
    header: dict[str, object],
    min_score: float = 0.0,
) -> list[dict[str, object]]:
    """The claim records of one cleaned article; `header` holds the document fields every record repeats."""
    text = cleaned.text
    records: list[dict[str, object]] = []
    cursor = 0
    for start, end in body_sentences(cleaned, lang):
        while cursor < len(timexes) and timexes[cursor].end <= start:
            cursor += 1
        inside = []
        for timex in timexes[cursor:]:
            if timex.start >= end:
                break
            if timex.start >= start and timex.end <= end:
                inside.append(timex)
        sentence = text[start:end]
        if not any(is_specific(t) for t in inside) or not is_claim_sentence(sentence, lang):
            continue
        anatomy = analyze(text, start, end, lang, inside, lexicon)
        value = score(anatomy, inside)
        if value < min_score:
            continue
        primary = next(t for t in inside if is_specific(t))
        records.append(
            {
                "id": claim_id(doc_id, start, end),
                **header,
                "text": sentence,
                "span": [start, end],
                "date": primary.value,
                "range": iso_range(primary.value, primary.mod),
                "dates": [t.as_dict(offset=start) for t in inside],
                "attribution": anatomy.attribution.as_dict() if anatomy.attribution else None,
                "attributions": [a.as_dict() for a in anatomy.attributions],
                "actors": anatomy.actors,
                "actor_spans": [[a, b] for a, b in anatomy.actor_spans],
                "quantities": [q.as_dict() for q in anatomy.quantities],
                "event": anatomy.event,
                "modality": anatomy.modality,
                "score": round(value, 3),
            }
        )
    return records


def iso(day: date | None) -> str | None:
    """A date as YYYY-MM-DD, or None."""
    return day.isoformat() if day else None
