"""Coverage-guided fuzzing of the text stages with atheris: any exception is a crash (`make fuzz`).

    .venv/bin/pip install atheris
    .venv/bin/python bench/fuzz_text.py -atheris_runs=100000 -max_len=4096

Each input is read as bytes (read_bytes: sniffing, decoding), then as text through cleaning, language
identification, sentence splitting, temporal tagging and the extractors; the whole pipeline must raise nothing but
`InputError`.
"""

from __future__ import annotations

import contextlib
import sys
from datetime import date

import atheris

with atheris.instrument_imports(include=["dateline"]):
    from dateline import clean, language, sentences, timex
    from dateline.errors import InputError
    from dateline.extract import Lexicon, analyze
    from dateline.model import Document
    from dateline.pipeline import Options, process
    from dateline.read import content_id, read_bytes

LANGS = ("en", "de", "fr", "nl", "es", "it")
LEXICON = Lexicon()
SLOW_EVERY = 16


def one_input(data: bytes) -> None:
    """Every stage on one fuzzer input."""
    fdp = atheris.FuzzedDataProvider(data)
    lang = LANGS[fdp.ConsumeIntInRange(0, len(LANGS) - 1)]
    kind = "html" if fdp.ConsumeBool() else "text"
    dct = date(2024, 11, 22) if fdp.ConsumeBool() else None
    slow = fdp.ConsumeIntInRange(0, SLOW_EVERY - 1) == 0
    raw = fdp.ConsumeBytes(fdp.remaining_bytes())
    list(read_bytes("fuzz", raw))
    text = raw.decode("utf-8", "surrogateescape")  # lone surrogates included
    found = timex.tag(text, lang, dct)
    for start, end in sentences.split(text, 0, len(text), lang):
        analyze(text, start, end, lang, [t for t in found if start <= t.start and t.end <= end], LEXICON)
    if not slow:  # cleaning (trafilatura), langdetect and the whole pipeline are slow: one input in SLOW_EVERY
        return
    language.detect(text)
    doc = Document(source="fuzz", content=text, kind=kind, doc_id=content_id(text))  # type: ignore[arg-type]
    clean.clean(doc)
    with contextlib.suppress(InputError):
        process(doc, Options(lang=lang, published=dct))


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
