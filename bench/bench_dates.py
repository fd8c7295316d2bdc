"""Benchmark `dateline dates`: throughput on en-tbaq (in-process and through the CLI) and the hostile-input check.

Every time is also given as a ratio to a plain `re.finditer(r"\\d+")` scan of the same text in the same process, so
the figures compare across machines. The hostile-input check tags 1 MB of adversarial text in each language and
fails (exit 1) when one takes a second or more. Runs on one core.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path

from dateline import evaluate, timex

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "timeml" / "en-tbaq.jsonl"
LANGS = ("de", "en", "fr", "nl", "es", "it")
DCT = date(2024, 3, 7)
LIMIT = 1.0  # seconds for 1 MB of hostile text
KILL_AFTER = 60.0  # a runaway regex is stopped here
SIZE = 1_000_000
DIGITS = re.compile(r"\d+")
WARM_UP = "7. März 2024, March 7, 2024, 7 mars 2024, 7 maart 2024, 7 de marzo de 2024, 7 marzo 2024"

MONTHS = (
    "Januar Februar März Mai Juni Juli Dezember Jan. Feb. Mär. Sept. "
    "January February March May June July September Sep. Oct. "
    "janvier février mars mai juin juillet août décembre "
    "januari februari maart mei juni juli augustus oktober "
    "enero febrero marzo mayo junio julio agosto diciembre "
    "gennaio febbraio marzo maggio giugno luglio agosto dicembre "
)
WORDS = (
    "vor vor vor ago ago il y a il y a hace hace fa fa geleden seit seit since depuis "
    "am the le la el il het de der die das im in on um at à a in op "
    "Montag Monday lundi maandag lunes lunedì heute today aujourd'hui vandaag hoy oggi "
    "Jahr Jahren year years an ans jaar año años anno anni Woche week semaine semana settimana "
    "letzten last dernier vorige pasado scorso nächsten next prochain volgende próximo prossimo "
    "Uhr o'clock h uur horas ore Mitte mid début fin Anfang Ende early late "
    "1. 7. 12. 31. 1st 2nd 3rd 21st 1er 7 12 31 2024 1999 24 00 . .. ... - – / : , ; ( ) \n \n\n"
)


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def hostile_segments(size: int = SIZE) -> list[tuple[str, str]]:
    """About `size` characters of text built to trip date patterns, as named segments."""
    rng = random.Random(7)
    part = size // 12
    words = WORDS.split(" ")
    months = MONTHS.split()
    mixed = " ".join(rng.choice(words + months) for _ in range(part // 4))
    return [
        ("digit run", _fill("0123456789", part)),
        ("digits and dots", "".join(rng.choice("0123456789.") for _ in range(part))),
        ("dots", _fill(".", part // 2) + _fill(". ", part // 2)),
        ("7. 7. 7.", _fill("7. ", part)),
        ("2024-2024", _fill("2024-", part)),
        (
            "12.12.12 and 1/1/1 and 10:10",
            _fill("12.12.", part // 3) + _fill("1/1/", part // 3) + _fill("10:", part // 3),
        ),
        ("month names", _fill(MONTHS, part)),
        ("month names and numbers", _fill(" ".join(f"{m} {n % 31 + 1}" for n, m in enumerate(months)) + " ", part)),
        ("vor vor vor", _fill("vor ", part // 2) + _fill("vor 3 Jahren vor 2 vor ", part // 2)),
        ("auxiliaries", _fill("hat ist wird a est ha è is heeft zal am Samstag samedi sábado sabato zaterdag ", part)),
        ("unicode digits", _fill("２０２４年 ٢٠٢٤ ७ ", part)),
        ("mixed", mixed[:part]),
        ("mixed lines", "\n".join(mixed[i : i + rng.randint(1, 400)] for i in range(0, part, 200))[:part]),
    ]


def hostile_text(size: int = SIZE) -> str:
    """The segments joined, cut or padded to exactly `size` characters."""
    text = "\n".join(body for _, body in hostile_segments(size))
    return _fill(text, size)


def scan(texts: Sequence[str]) -> float:
    """Seconds for the baseline: `re.finditer(r"\\d+")` over every text (best of 3)."""
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        for text in texts:
            for _match in DIGITS.finditer(text):
                pass
        best = min(best, time.perf_counter() - began)
    return best


def _tag_all(docs: Sequence[evaluate.GoldDoc]) -> float:
    began = time.perf_counter()
    for doc in docs:
        timex.tag(doc.text, doc.lang, date.fromisoformat(doc.dct) if doc.dct else None)
    return time.perf_counter() - began


def _rate(docs: int, size: int, seconds: float) -> str:
    return f"{docs / seconds:9.1f} docs/s  {size / 1e6 / seconds:7.3f} MB/s"


def corpus_throughput() -> None:
    """In-process and CLI throughput on en-tbaq, with ratios to the digit scan."""
    if not CORPUS.is_file():
        print(f"skipped corpus throughput: {CORPUS} is absent")
        return
    docs = evaluate.load_corpus(CORPUS)
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    baseline = scan([d.text for d in docs])
    print(f"corpus: {CORPUS.name}, {len(docs)} docs, {size / 1e6:.3f} MB of text")
    print(f"  baseline re.finditer(\\d+)  {_rate(len(docs), size, baseline)}")
    try:
        _tag_all(docs)  # warm-up: data files, compiled patterns
    except Exception as err:  # the report says why instead of a traceback
        print(f"  timex.tag failed: {type(err).__name__}: {err}")
        return
    seconds = min(_tag_all(docs) for _ in range(3))
    print(
        f"  timex.tag in-process       {_rate(len(docs), size, seconds)}  ({seconds / baseline:.0f}× the scan's time)"
    )
    try:
        run = evaluate.run_dates(docs)
    except evaluate.EvalError as err:
        print(f"  dateline dates failed: {err}")
        return
    note = f", {run.failed} docs failed" if run.failed else ""
    print(
        f"  dateline dates (CLI, wall) {_rate(len(docs), size, run.seconds)}  "
        f"({run.seconds / baseline:.0f}× the scan's time, start-up included{note})"
    )


Timed = tuple[float, int]  # seconds, timexes found


def _child(work: Callable[[], Timed], conn: Connection) -> None:
    try:
        conn.send(("ok", work()))
    except Exception as err:  # reported by the parent
        conn.send(("error", f"{type(err).__name__}: {err}"))


def guarded(work: Callable[[], Timed]) -> tuple[str, Timed | str]:
    """("ok", (seconds, found)), ("error", message) or ("killed", message): `work` in a child stopped in time."""
    if "fork" not in multiprocessing.get_all_start_methods():
        try:
            return "ok", work()
        except Exception as err:
            return "error", f"{type(err).__name__}: {err}"
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(work, child))
    proc.start()
    ready = parent.poll(KILL_AFTER)
    outcome: tuple[str, Timed | str] = parent.recv() if ready else ("killed", f"over {KILL_AFTER:.0f} s, stopped")
    if proc.is_alive():
        proc.kill()
    proc.join()
    return outcome


def _timed_tag(text: str, lang: str) -> Callable[[], Timed]:
    def work() -> Timed:
        began = time.perf_counter()
        found = timex.tag(text, lang, DCT)
        return time.perf_counter() - began, len(found)

    return work


def hostile() -> bool:
    """Tag 1 MB of hostile text in each language; True when every one took less than LIMIT seconds."""
    text = hostile_text()
    baseline = scan([text])
    print(f"hostile text: {len(text):,} characters; baseline re.finditer(\\d+) {baseline * 1000:.1f} ms")
    quarter = hostile_text(SIZE // 4)
    passed = True
    for lang in LANGS:
        try:
            known = len(timex.tag(WARM_UP, lang, DCT))  # also loads the language
        except Exception as err:  # the report says why instead of a traceback
            print(f"  {lang}: FAIL (timex.tag failed: {type(err).__name__}: {err})")
            passed = False
            continue
        status, result = guarded(_timed_tag(text, lang))
        ok = status == "ok" and isinstance(result, tuple) and result[0] < LIMIT
        if isinstance(result, tuple):
            seconds, found = result
            line = f"{seconds:6.3f} s ({seconds / baseline:6.1f}× the scan), {found} timexes"
            _, small = guarded(_timed_tag(quarter, lang))
            if isinstance(small, tuple) and small[0] > 0.01:
                line += f"; 4× the text took {seconds / small[0]:.1f}× the time"
            if not known:
                line += "; no date found in the warm-up sentence: is the language there?"
        else:
            line = result
        print(f"  {lang}: {'PASS' if ok else 'FAIL'}  {line}")
        if not ok:
            passed = False
            _culprits(lang)
    return passed


def hostile_alone() -> bool:
    """Each hostile segment alone filling 1 MB, in each language: the densest input must also stay under LIMIT."""
    print(f"each hostile segment alone, {SIZE:,} characters (the slowest per language):")
    passed = True
    segments = [(name, _fill(body, SIZE)) for name, body in hostile_segments()]
    for lang in LANGS:
        timings = []
        for name, body in segments:
            status, result = guarded(_timed_tag(body, lang))
            timings.append((result[0] if isinstance(result, tuple) else KILL_AFTER, name, status))
        seconds, name, status = max(timings)
        ok = status == "ok" and seconds < LIMIT
        passed = passed and ok
        print(
            f"  {lang}: {'PASS' if ok else 'FAIL'}  {seconds:6.3f} s ({name}{'' if status == 'ok' else ', ' + status})"
        )
    return passed


def _culprits(lang: str) -> None:
    """The slowest segments of the hostile text for `lang`, to say which pattern to fix."""
    timings = []
    for name, body in hostile_segments():
        status, result = guarded(_timed_tag(body, lang))
        timings.append((result[0] if isinstance(result, tuple) else KILL_AFTER, name, status))
    for seconds, name, status in sorted(timings, reverse=True)[:3]:
        print(f"      {name:<30} {seconds:6.3f} s {'' if status == 'ok' else status}")


def main() -> int:
    """Run the parts; exit 1 when a hostile-input check fails."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    corpus_throughput()
    passed = hostile()
    passed = hostile_alone() and passed
    print(f"hostile input < {LIMIT:.0f} s per MB in every language: {'PASS' if passed else 'FAIL'}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
