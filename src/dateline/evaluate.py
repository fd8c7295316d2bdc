"""Score `dateline dates` against TIMEX3-annotated corpora, the TempEval-3 way.

Run as `python -m dateline.evaluate CORPUS.jsonl...` (corpus format: ../shared/corpus/README.md). Each corpus is
tagged by the real command (`dateline dates --jsonl`, a subprocess, timed) and scored:

- strict span P/R/F1: exact offsets; relaxed span P/R/F1: any character overlap;
- value F1 = value accuracy over relaxed matches × relaxed F1; type accuracy over relaxed matches (type F1 likewise).

Matching is one-to-one: each gold and each system timex is matched at most once, greedily by largest overlap.
Figures are micro-averaged over all timexes of a corpus. When one side is empty and the other is not, a zero
denominator scores 0; when both are empty there is nothing to get wrong and everything scores 1.
"""

from __future__ import annotations

import argparse
import itertools
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

import orjson
from rich.console import Console
from rich.table import Table

from dateline.model import Timex

ErrorKind = Literal["value", "type", "span", "missed", "spurious"]
ERROR_KINDS: tuple[ErrorKind, ...] = ("value", "type", "span", "missed", "spurious")
CONTEXT = 50


class EvalError(Exception):
    """A corpus that cannot be read or a command that cannot be run; the message is one line."""


# --- scoring: pure functions ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Counts:
    """Raw tallies; add them up over documents for micro-averages."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.gold + other.gold,
            self.system + other.system,
            self.strict + other.strict,
            self.relaxed + other.relaxed,
            self.value + other.value,
            self.type + other.type,
        )


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall, F1 and accuracies as fractions (0–1) from `Counts`."""

    strict_p: float
    strict_r: float
    strict_f1: float
    relaxed_p: float
    relaxed_r: float
    relaxed_f1: float
    value_acc: float
    value_f1: float
    type_acc: float
    type_f1: float


def _ratio(num: int, den: int, empty: bool) -> float:
    if den:
        return num / den
    return 1.0 if empty else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def scores(counts: Counts) -> Scores:
    """TempEval-3 figures from tallies (see the module docstring for empty denominators)."""
    empty = counts.gold == 0 and counts.system == 0
    sp, sr = _ratio(counts.strict, counts.system, empty), _ratio(counts.strict, counts.gold, empty)
    rp, rr = _ratio(counts.relaxed, counts.system, empty), _ratio(counts.relaxed, counts.gold, empty)
    rf = _f1(rp, rr)
    vacc = _ratio(counts.value, counts.relaxed, empty)
    tacc = _ratio(counts.type, counts.relaxed, empty)
    return Scores(sp, sr, _f1(sp, sr), rp, rr, rf, vacc, vacc * rf, tacc, tacc * rf)


def _overlap(a: Timex, b: Timex) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """Relaxed one-to-one matching: (gold index, system index) pairs of overlapping spans, sorted by gold index.

    Greedy by largest overlap; ties go to exact spans, then to the closer length, then to the earlier span.
    """
    order = sorted(range(len(system)), key=lambda j: system[j].start)
    candidates: list[tuple[int, bool, int, int, int, int]] = []
    for i, g in enumerate(gold):
        for j in order:
            s = system[j]
            if s.start >= g.end:
                break
            size = _overlap(g, s)
            if size:
                exact = (g.start, g.end) == (s.start, s.end)
                gap = abs((g.end - g.start) - (s.end - s.start))
                candidates.append((-size, not exact, gap, g.start, i, j))
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for *_, i, j in sorted(candidates):
        if i not in used_gold and j not in used_system:
            used_gold.add(i)
            used_system.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def count(gold: Sequence[Timex], system: Sequence[Timex]) -> Counts:
    """Tallies for one document."""
    exact = Counter((t.start, t.end) for t in gold) & Counter((t.start, t.end) for t in system)
    pairs = match(gold, system)
    return Counts(
        gold=len(gold),
        system=len(system),
        strict=sum(exact.values()),
        relaxed=len(pairs),
        value=sum(gold[i].value == system[j].value for i, j in pairs),
        type=sum(gold[i].type == system[j].type for i, j in pairs),
    )


@dataclass(frozen=True, slots=True)
class Mistake:
    """One disagreement: a wrong value/type/span on a relaxed match, a missed gold or a spurious system timex."""

    kind: ErrorKind
    doc: str
    gold: Timex | None
    system: Timex | None
    context: str

    def as_dict(self) -> dict[str, object]:
        """The JSON form."""
        return {
            "kind": self.kind,
            "doc": self.doc,
            "gold": self.gold.as_dict() if self.gold else None,
            "system": self.system.as_dict() if self.system else None,
            "context": self.context,
        }


def context(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """`text` around [start, end) on one line, the span itself in ⟦brackets⟧."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return " ".join(f"{left}⟦{text[start:end]}⟧{right}".split())


def mistakes(doc: str, text: str, gold: Sequence[Timex], system: Sequence[Timex]) -> list[Mistake]:
    """The disagreements of one document, in text order."""
    pairs = match(gold, system)
    found: list[tuple[int, Mistake]] = []
    for i, j in pairs:
        g, s = gold[i], system[j]
        kind: ErrorKind | None = None
        if g.value != s.value:
            kind = "value"
        elif g.type != s.type:
            kind = "type"
        elif (g.start, g.end) != (s.start, s.end):
            kind = "span"
        if kind:
            start, end = min(g.start, s.start), max(g.end, s.end)
            found.append((start, Mistake(kind, doc, g, s, context(text, start, end))))
    matched_gold, matched_system = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, g in enumerate(gold):
        if i not in matched_gold:
            found.append((g.start, Mistake("missed", doc, g, None, context(text, g.start, g.end))))
    for j, s in enumerate(system):
        if j not in matched_system:
            found.append((s.start, Mistake("spurious", doc, None, s, context(text, s.start, s.end))))
    found.sort(key=lambda pair: pair[0])
    return [m for _, m in found]


def sample(errors: Sequence[Mistake], limit: int, kinds: Iterable[ErrorKind] = ERROR_KINDS) -> list[Mistake]:
    """Up to `limit` errors of `kinds`, taken in turn from each kind (value, type, span, missed, spurious)."""
    by_kind = [[e for e in errors if e.kind == kind] for kind in ERROR_KINDS if kind in set(kinds)]
    picked = [e for row in itertools.zip_longest(*by_kind) for e in row if e is not None]
    return picked[:limit]


# --- corpora and the dates command ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One annotated document of a corpus."""

    id: str
    lang: str
    dct: str | None
    text: str
    timexes: list[Timex]
    subset: str | None = None  # the part of the corpus it belongs to (KRAUTS: Dolomiten-42, DieZeit)


def _timex(raw: Any, where: str) -> Timex:
    try:
        mod = raw.get("mod")
        return Timex(
            start=int(raw["start"]),
            end=int(raw["end"]),
            text=str(raw["text"]),
            type=str(raw["type"]),
            value=str(raw["value"]),
            mod=str(mod) if mod else None,
        )
    except (AttributeError, KeyError, TypeError, ValueError) as err:
        raise EvalError(f"{where}: malformed timex ({type(err).__name__}: {err})") from None


def load_corpus(path: Path) -> list[GoldDoc]:
    """The documents of a corpus file; `EvalError` when it is missing, unreadable or malformed."""
    try:
        lines = path.read_bytes().splitlines()
    except OSError as err:
        raise EvalError(f"{path}: {err.strerror or err}") from None
    docs = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = orjson.loads(line)
            text, lang = record["text"], record["lang"]
            raw = record.get("timexes", [])
            if not isinstance(text, str) or not isinstance(lang, str) or not isinstance(raw, list):
                raise TypeError("text and lang must be strings, timexes a list")
        except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError) as err:
            raise EvalError(f"{where}: not a corpus record ({type(err).__name__}: {err})") from None
        timexes = sorted((_timex(t, where) for t in raw), key=lambda t: (t.start, t.end))
        for t in timexes:
            if text[t.start : t.end] != t.text:
                raise EvalError(f"{where}: timex {t.text!r} does not match text[{t.start}:{t.end}]")
        dct, subset = record.get("dct"), record.get("subset")
        docs.append(
            GoldDoc(
                str(record.get("id", lineno)),
                lang,
                dct if isinstance(dct, str) else None,
                text,
                timexes,
                subset if isinstance(subset, str) else None,
            )
        )
    if not docs:
        raise EvalError(f"{path}: no documents")
    return docs


def default_command() -> list[str]:
    """`dateline dates`: the console script next to this interpreter, else on PATH, else through this interpreter."""
    script = Path(sys.executable).parent / "dateline"
    found = str(script) if script.is_file() else shutil.which("dateline")
    if found:
        return [found, "dates"]
    return [sys.executable, "-c", "from dateline.cli import main; main()", "dates"]


@dataclass(slots=True)
class Run:
    """What the dates command returned for a list of documents (None: no output for that document)."""

    system: list[list[Timex] | None]
    seconds: float
    stderr: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        """Documents the command gave no result for."""
        return sum(found is None for found in self.system)


def run_dates(docs: Sequence[GoldDoc], command: Sequence[str] | None = None) -> Run:
    """Tag `docs` with `command --jsonl FILE` (default: `dateline dates`) in a subprocess, timing the wall clock."""
    cmd = list(command) if command else default_command()
    with tempfile.TemporaryDirectory(prefix="dateline-eval-") as tmp:
        path = Path(tmp) / "input.jsonl"
        path.write_bytes(
            b"".join(
                orjson.dumps({"id": str(n), "text": d.text, "published": d.dct, "lang": d.lang}) + b"\n"
                for n, d in enumerate(docs)
            )
        )
        began = time.perf_counter()
        try:
            proc = subprocess.run([*cmd, "--jsonl", str(path)], capture_output=True, check=False)
        except OSError as err:
            raise EvalError(f"cannot run {shlex.join(cmd)}: {err.strerror or err}") from None
        seconds = time.perf_counter() - began
    stderr = proc.stderr.decode("utf-8", "replace").splitlines()
    if proc.returncode not in (0, 1):
        last = stderr[-1] if stderr else "no message"
        raise EvalError(f"{shlex.join(cmd)} exited with {proc.returncode}: {last}")
    system: list[list[Timex] | None] = [None] * len(docs)
    for line in proc.stdout.splitlines():
        try:
            record = orjson.loads(line)
            index = int(record["id"])
            raw = record["timexes"]
            if not 0 <= index < len(docs) or not isinstance(raw, list):
                raise ValueError(f"unexpected id or timexes in {line[:80]!r}")
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as err:
            raise EvalError(f"{shlex.join(cmd)}: unexpected output line ({err})") from None
        system[index] = [_timex(t, f"output for {docs[index].id}") for t in raw]
    return Run(system, seconds, stderr)


@dataclass(slots=True)
class Report:
    """The evaluation of one corpus."""

    name: str
    path: Path
    docs: int
    failed: int
    counts: Counts
    seconds: float
    errors: list[Mistake]
    stderr: list[str]
    gold_types: Counter[str] = field(default_factory=Counter)
    parts: list[Report] = field(default_factory=list)  # one per subset of the corpus (untimed), when it has some

    @property
    def scores(self) -> Scores:
        """The TempEval-3 figures."""
        return scores(self.counts)

    def by_type(self) -> dict[str, dict[str, float]]:
        """Per gold type: how many, the share found (relaxed recall) and the share of those with the right value."""
        missed = Counter(e.gold.type for e in self.errors if e.kind == "missed" and e.gold)
        wrong = Counter(e.gold.type for e in self.errors if e.kind == "value" and e.gold)
        out = {}
        for kind, gold in sorted(self.gold_types.items()):
            found = gold - missed[kind]
            out[kind] = {
                "gold": gold,
                "relaxed_r": round(100 * found / gold, 2),
                "value_acc": round(100 * (found - wrong[kind]) / found, 2) if found else 0.0,
            }
        return out

    @property
    def docs_per_s(self) -> float:
        """Throughput of the dates command, wall time including start-up."""
        return self.docs / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self, errors: int = 0, kinds: Iterable[ErrorKind] = ERROR_KINDS) -> dict[str, object]:
        """The JSON form; figures in percent; up to `errors` sampled errors of `kinds`."""
        out: dict[str, object] = {
            "corpus": self.name,
            "file": str(self.path),
            "docs": self.docs,
            "failed": self.failed,
            "gold": self.counts.gold,
            "system": self.counts.system,
        }
        out.update({key: round(100 * value, 2) for key, value in _fields(self.scores)})
        out.update(
            {
                "seconds": round(self.seconds, 3),
                "docs_per_s": round(self.docs_per_s, 1),
                "matches": {"strict": self.counts.strict, "relaxed": self.counts.relaxed},
                "error_counts": dict(Counter(e.kind for e in self.errors)),
                "by_type": self.by_type(),
            }
        )
        if errors:
            out["errors"] = [e.as_dict() for e in sample(self.errors, errors, kinds)]
        if self.parts:
            out["subsets"] = [part.as_dict(errors, kinds) for part in self.parts]
        return out


def _fields(s: Scores) -> Iterable[tuple[str, float]]:
    return ((name, getattr(s, name)) for name in (f.name for f in fields(Scores)))


def evaluate(path: Path, command: Sequence[str] | None = None) -> Report:
    """Tag the corpus at `path` with the dates command and score it."""
    docs = load_corpus(path)
    run = run_dates(docs, command)
    name = path.name.removesuffix(".jsonl")
    report = _report(name, path, docs, run.system, run.seconds, run.stderr)
    subsets = sorted({doc.subset for doc in docs if doc.subset})
    for subset in subsets if len(subsets) > 1 else []:
        pairs = [(doc, found) for doc, found in zip(docs, run.system, strict=True) if doc.subset == subset]
        part = _report(f"{name}:{subset}", path, [d for d, _ in pairs], [f for _, f in pairs], 0.0, [])
        report.parts.append(part)
    return report


def _report(
    name: str,
    path: Path,
    docs: Sequence[GoldDoc],
    found: Sequence[list[Timex] | None],
    seconds: float,
    stderr: list[str],
) -> Report:
    """Scores of `docs` given what the command `found` for each (None: failed)."""
    total = Counts()
    errors: list[Mistake] = []
    for doc, timexes in zip(docs, found, strict=True):
        system = sorted(timexes or [], key=lambda t: (t.start, t.end))
        total += count(doc.timexes, system)
        errors.extend(mistakes(doc.id, doc.text, doc.timexes, system))
    types = Counter(t.type for doc in docs for t in doc.timexes)
    failed = sum(timexes is None for timexes in found)
    return Report(name, path, len(docs), failed, total, seconds, errors, stderr, types)


# --- output -----------------------------------------------------------------------------------------------------


def table(reports: Sequence[Report]) -> Table:
    """One row per corpus, then one per subset of it (without a speed: only the whole corpus is timed);
    figures in percent."""
    out = Table(title="TempEval-3 scores of dateline dates (%)")
    for name in ("corpus", "docs", "failed", "gold", "system"):
        out.add_column(name, justify="left" if name == "corpus" else "right")
    for name in ("strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1"):
        out.add_column(name, justify="right")
    for name in ("value F1", "type acc", "docs/s"):
        out.add_column(name, justify="right")
    for r in (row for report in reports for row in (report, *report.parts)):
        s = r.scores
        figures = (s.strict_p, s.strict_r, s.strict_f1, s.relaxed_p, s.relaxed_r, s.relaxed_f1, s.value_f1, s.type_acc)
        out.add_row(
            r.name,
            str(r.docs),
            str(r.failed),
            str(r.counts.gold),
            str(r.counts.system),
            *(f"{100 * x:.1f}" for x in figures),
            f"{r.docs_per_s:.1f}" if r.seconds else "",
        )
    return out


def _describe(t: Timex | None) -> str:
    if t is None:
        return "—"
    mod = f" mod={t.mod}" if t.mod else ""
    return f"{t.text!r} {t.type} {t.value}{mod} [{t.start}:{t.end}]"


def print_errors(report: Report, limit: int, console: Console, kinds: Iterable[ErrorKind] = ERROR_KINDS) -> None:
    """Up to `limit` errors of `kinds` in a corpus: gold vs system with context."""
    tally = Counter(e.kind for e in report.errors)
    summary = ", ".join(f"{kind} {tally[kind]}" for kind in ERROR_KINDS)
    per_type = "\n".join(
        f"  {kind:<8} {row['gold']:>5.0f} gold: {row['relaxed_r']:.1f}% found, "
        f"{row['value_acc']:.1f}% of those valued right"
        for kind, row in report.by_type().items()
    )
    console.print(f"\n{report.name}: errors ({summary})\n{per_type}", markup=False, highlight=False)
    for e in sample(report.errors, limit, kinds):
        console.print(
            f"{e.kind:<8} {e.doc}\n  gold   {_describe(e.gold)}\n  system {_describe(e.system)}\n  … {e.context} …",
            markup=False,
            highlight=False,
        )


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m dateline.evaluate",
        description="Score `dateline dates` on TIMEX3 corpora (JSON lines) the TempEval-3 way.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="corpus files (.jsonl)")
    parser.add_argument("--json", action="store_true", help="print the figures (percent) as JSON instead of a table")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="show up to N errors per corpus")
    parser.add_argument(
        "--kind",
        action="append",
        choices=ERROR_KINDS,
        help="only errors of this kind (repeatable; default: all kinds)",
    )
    parser.add_argument(
        "--command", metavar="CMD", help="the dates command to score, given --jsonl FILE (default: dateline dates)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Evaluate every corpus file given; 0 when all were scored, 2 when one could not be read or tagged."""
    args = _arguments(argv)
    command = shlex.split(args.command) if args.command else None
    kinds: list[ErrorKind] = args.kind or list(ERROR_KINDS)
    limit = max(args.errors, 0)
    console = Console(width=200) if not sys.stdout.isatty() else Console()
    try:
        for path in args.files:
            if not path.is_file():
                raise EvalError(f"{path}: no such file")
        reports = [evaluate(path, command) for path in args.files]
    except EvalError as err:
        sys.stderr.write(f"dateline.evaluate: {err}\n")
        return 2
    for r in reports:
        if r.failed:
            first = r.stderr[0] if r.stderr else "no message"
            sys.stderr.write(f"dateline.evaluate: {r.name}: {r.failed} of {r.docs} documents failed ({first})\n")
    if args.json:
        sys.stdout.buffer.write(
            orjson.dumps([r.as_dict(limit, kinds) for r in reports], option=orjson.OPT_INDENT_2) + b"\n"
        )
        return 0
    console.print(table(reports))
    if limit:
        for r in reports:
            print_errors(r, limit, console, kinds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
