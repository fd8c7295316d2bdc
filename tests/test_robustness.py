"""Hostile input: no stage raises, a bad file costs one stderr line, and nothing takes long."""

from __future__ import annotations

import contextlib
import os
import time
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline import clean, language, sentences, timex
from dateline.errors import InputError
from dateline.extract import Lexicon, analyze
from dateline.model import Document
from dateline.pipeline import Options, process
from dateline.read import content_id, read_bytes
from tests.test_batch_fixtures import article_html, article_text, lines, run

LANGS = ("en", "de", "fr", "nl", "es", "it")
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

junk = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=2000),
    st.text(alphabet="0123456789. -/:", max_size=3000),
    st.lists(
        st.sampled_from(["März ", "May ", "2024 ", "7. ", "<p>", "</div>", "\x00", "\ufeff", "\n"]), max_size=400
    ).map("".join),
    st.integers(1, 400).map(lambda n: "<div>" * n + "Am 7. März 2024 geschah es." + "</div>" * (n // 2)),
)


mixed = st.lists(st.tuples(st.text(max_size=200), st.sampled_from(["utf-8", "latin-1", "utf-16", "cp1251"]))).map(
    lambda parts: b"".join(text.encode(codec, "replace") for text, codec in parts)
)
surrogates = st.text(alphabet=st.characters(codec=None, categories=["Cs", "Lu", "Ll", "Nd", "Po", "Zs"]), max_size=500)
huge = st.sampled_from(["12.3.4.", "März ", "7. Mai 2024 ", "word ", "<div>"]).map(lambda s: s * (1_000_000 // len(s)))


def _text(value: str | bytes) -> str:
    return value.decode("utf-8", "surrogateescape") if isinstance(value, bytes) else value


@FAST
@given(st.one_of(junk, mixed, surrogates))
def test_reading_never_raises(value: str | bytes) -> None:
    data = value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")
    for kind in (None, "html", "text", "jsonl"):
        for item in read_bytes("x", data, kind=kind):
            assert isinstance(item, (Document, InputError))


@FAST
@given(st.one_of(junk, mixed, surrogates), st.sampled_from(LANGS))
def test_text_stages_never_raise(value: str | bytes, lang: str) -> None:
    text = _text(value)
    language.detect(text)
    found = timex.tag(text, lang, date(2024, 11, 22))
    assert all(0 <= t.start < t.end <= len(text) for t in found)
    for start, end in sentences.split(text, 0, len(text), lang):
        assert 0 <= start <= end <= len(text)
        inside = [t for t in found if start <= t.start and t.end <= end]
        analyze(text, start, end, lang, inside, Lexicon())


@FAST
@given(junk, st.sampled_from(("html", "text")))
def test_cleaning_and_whole_pipeline_never_raise(value: str | bytes, kind: str) -> None:
    text = _text(value)
    doc = Document(source="x", content=text, kind=kind, doc_id=content_id(text))  # type: ignore[arg-type]
    cleaned = clean.clean(doc)
    assert all(0 <= b.start <= b.end <= len(cleaned.text) for b in cleaned.blocks)
    with contextlib.suppress(InputError):
        process(doc, Options(lang="de"))


def test_a_folder_of_bad_files_costs_one_line_each(tmp_path: Path) -> None:
    good = tmp_path / "good.html"
    good.write_text(article_html(1), encoding="utf-8")
    latin = tmp_path / "latin1.txt"
    text = article_text(2).replace("the harbour authority said", "the Hafenbehörde said")
    latin.write_bytes(text.replace("Traders", "Die Händler in Köln und Düsseldorf (Großhandel)").encode("latin-1"))
    bad = {
        "binary.html": bytes(range(256)) * 40,
        "empty.txt": b"",
        "broken.html": b"<html><body>" + b"<div><table><tr><td><span>" * 2000 + b"<p",
        "one-line.txt": b"word " * 200_000 + b"ends here",
        "digits.txt": b"12.3.4." * 90_000,
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    started = time.monotonic()
    code, out, err = run("extract", str(tmp_path), "--lang", "en", "--jobs", "2")
    assert time.monotonic() - started < 30
    assert code == 1 and "Traceback" not in err
    assert sorted(line.split(": ")[1].rsplit("/", 1)[1] for line in err.splitlines()) == sorted(bad)
    sources = {c["source"] for c in lines(out)}
    assert sources == {str(good), str(latin)}
    assert any("Hafenbehörde" in str(c["text"]) for c in lines(out) if c["source"] == str(latin))


def test_a_file_name_that_is_not_utf8_is_written_readably(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(article_text(4), encoding="utf-8")
    code, out, err = run("extract", str(folder), "--lang", "en")
    assert (code, err) == (0, "")
    assert {c["source"] for c in lines(out)} == {f"{folder}/caf\ufffd.txt"}


@settings(max_examples=5, deadline=None)
@given(huge, st.sampled_from(LANGS))
def test_one_megabyte_lines_pass_the_linear_stages(line: str, lang: str) -> None:
    started = time.monotonic()
    doc = Document(source="x", content=line, kind="html" if line.startswith("<") else "text", doc_id="0" * 16)
    list(read_bytes("x", line.encode()))
    clean.clean(doc)
    timex.tag(line, lang, date(2024, 11, 22))
    sentences.split(line, 0, len(line), lang)
    assert time.monotonic() - started < 30
