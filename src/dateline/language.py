"""Language identification with langdetect, seeded so the same text always gets the same answer."""

from __future__ import annotations

from functools import cache

from langdetect import DetectorFactory, LangDetectException, detect_langs

from dateline.resources import languages

SAMPLE_CHARS = 1000  # on the 240 test pages it agrees with 2,000 characters on all but one (Papiamento), 1.5x faster


@cache
def _seeded() -> None:
    DetectorFactory.seed = 0


@cache
def _known() -> frozenset[str]:
    return frozenset(languages("timex"))


def detect(text: str) -> tuple[str | None, float]:
    """The language of `text` as an ISO 639-1 code with langdetect's probability; (None, 0.0) when unsure.

    Of langdetect's candidates, the most probable language dateline has data for wins: on a short text a close
    language often comes first ("En 2020 la deuda aumentó." is Catalan 0.86, Spanish 0.14)."""
    _seeded()
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None, 0.0
    try:
        found = detect_langs(sample)
    except LangDetectException:
        return None, 0.0
    known = [c for c in found if str(c.lang).split("-")[0] in _known()]
    best = known[0] if known else found[0]
    return str(best.lang).split("-")[0], round(float(best.prob), 4)
