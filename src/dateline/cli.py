"""The command line: options in, the runner (and the --state store) called, data out."""

from __future__ import annotations

import contextlib
import io
import logging
import signal
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from datetime import date
from enum import StrEnum
from itertools import chain
from pathlib import Path
from typing import Annotated, BinaryIO

import orjson
import typer
from rich.console import Console

from dateline import __version__, clean, emit, language, timex
from dateline.api import claim_schema, group_schema
from dateline.errors import InputError
from dateline.model import Document
from dateline.parallel import Runner, cores
from dateline.progress import Bar, wanted
from dateline.read import Item, parse_date, read_input, read_inputs
from dateline.run import Tally, report, results
from dateline.state import State, StateError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Turn news articles into JSON lines of dated claims: who said what happened, when, with what numbers.",
)


class Format(StrEnum):
    jsonl = "jsonl"
    table = "table"


class Emit(StrEnum):
    claims = "claims"
    articles = "articles"


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None or len(value) != 10:
        raise typer.BadParameter(f"not a YYYY-MM-DD date: {value!r}")
    return parsed


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dateline {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn news articles into JSON lines of dated claims."""


Inputs = Annotated[
    list[str], typer.Argument(help="Files (.html .txt .jsonl, optionally .gz), folders, or - for stdin.")
]
Published = Annotated[
    str | None,
    typer.Option("--published", metavar="YYYY-MM-DD", help="Publication date for inputs that have none."),
]
Lang = Annotated[str | None, typer.Option("--lang", metavar="CODE", help="Language (ISO 639-1); skips detection.")]


Jobs = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes [default: the machine's cores]."),
]
FromFile = Annotated[
    str | None,
    typer.Option("--from-file", metavar="FILE", help="Also read input names from FILE, one per line (- for stdin)."),
]
StateFile = Annotated[
    Path | None,
    typer.Option(
        "--state",
        metavar="FILE",
        help="SQLite file of what earlier runs did: emit only new documents' claims not emitted before.",
    ),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary; errors only.")]


@app.command()
def extract(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(help="Files (.html .txt .jsonl .warc, optionally .gz), folders, http(s) URLs, or - for stdin."),
    ] = None,
    published: Published = None,
    lang: Lang = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to FILE (atomically) instead of stdout.")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="jsonl for machines, table for people.")] = Format.jsonl,
    what: Annotated[Emit, typer.Option("--emit", help="One record per claim, or per article.")] = Emit.claims,
    lexicon: Annotated[
        list[Path] | None,
        typer.Option(
            "--lexicon",
            metavar="FILE",
            exists=True,
            dir_okay=False,
            help="Extra event keyword pack (TOML); repeatable.",
        ),
    ] = None,
    min_score: Annotated[
        float, typer.Option("--min-score", min=0.0, max=1.0, help="Drop claims scoring below this.")
    ] = 0.0,
    jobs: Jobs = None,
    from_file: FromFile = None,
    state: StateFile = None,
    quiet: Quiet = False,
) -> None:
    """Extract dated claims as JSON lines.

    Example: dateline extract examples/ --published 2024-11-22 | jq .date
    """
    if not inputs and from_file is None:
        raise typer.BadParameter("give INPUT files, folders or URLs, or --from-file FILE")
    if from_file == "-" and "-" in (inputs or []):
        raise typer.BadParameter("stdin cannot be both an input and the --from-file list")
    listed = _listed(from_file) if from_file is not None else iter(())
    _quiet_libraries()
    spec = {
        "published": _published(published),
        "lang": lang,
        "lexicon": [str(p) for p in lexicon or []],
        "min_score": min_score,
    }
    try:
        runner = Runner(spec, jobs or cores(), keep_text=what is Emit.articles and fmt is Format.jsonl)
    except InputError as err:
        report(str(err))
        raise typer.Exit(2) from None
    tally = Tally()
    with ExitStack() as run:
        try:
            store = run.enter_context(State(state, per_document=not output and fmt is Format.jsonl)) if state else None
        except StateError as err:
            report(str(err))
            raise typer.Exit(2) from None
        items = read_inputs(chain(inputs or [], listed))
        bar = run.enter_context(Bar(wanted(quiet)))
        with ExitStack() as out:
            sink: BinaryIO = out.enter_context(emit.atomic_file(output)) if output else sys.stdout.buffer
            collected: list[dict[str, object]] = []
            for article in runner.run(_unseen(items, store) if store else items):
                if isinstance(article, str):
                    report(article)
                    tally.failed += 1
                    bar.update(tally)
                    continue
                tally.done += 1
                found = article["claims"]
                assert isinstance(found, list)
                if store:
                    found = store.new(found)
                    article["claims"] = found
                if fmt is Format.table:
                    collected.extend(found)
                elif what is Emit.articles:
                    sink.write(emit.jsonl(article))
                else:
                    sink.writelines(emit.jsonl(claim) for claim in found)
                sink.flush()
                if store:
                    store.done(article, found)  # after the flush: recorded means written
                bar.claims += len(found)
                bar.update(tally)
            if fmt is Format.table:
                console = Console(file=io.StringIO(), width=160) if output else Console()
                emit.table(collected, console)
                if output:
                    sink.write(console.file.getvalue().encode("utf-8"))  # type: ignore[attr-defined]
        if store:
            store.commit()  # only now, after -o FILE was renamed into place
        if not quiet:
            bar.summary(tally)
            if store:
                report(
                    f"--state {state}: skipped {store.skipped_documents:,} documents already processed"
                    f" and {store.skipped_claims:,} claims already emitted"
                )
    raise typer.Exit(1 if tally.failed else 0)


def _unseen(items: Iterable[Item], store: State) -> Iterator[Item]:
    return (item for item in items if isinstance(item, InputError) or not store.seen(item.doc_id))


def _listed(name: str) -> Iterator[str]:
    """Input names from a list file, one per line (blank lines skipped); - reads the list from stdin."""
    try:
        handle = sys.stdin if name == "-" else open(name, encoding="utf-8", errors="surrogateescape")  # noqa: SIM115
    except OSError as err:
        raise typer.BadParameter(f"cannot read {name}: {err.strerror or err}", param_hint="--from-file") from None

    def lines() -> Iterator[str]:
        with contextlib.nullcontext() if name == "-" else handle:
            for line in handle:
                if line.strip():
                    yield line.rstrip("\r\n")

    return lines()


def _quiet_libraries() -> None:
    """Library log records (trafilatura's warnings) must not reach stderr: failures are reported once, by us."""
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())


@app.command("clean")
def clean_cmd(inputs: Inputs) -> None:
    """Print the cleaned article (headline on the first line, then paragraphs): what the extractors read.

    Example: dateline clean article.html
    """
    tally = Tally()
    for index, cleaned in enumerate(results(read_inputs(inputs), lambda doc: {"text": clean.clean(doc).text}, tally)):
        sys.stdout.write(("\n" if index else "") + str(cleaned["text"]) + "\n")
        sys.stdout.flush()
    raise typer.Exit(1 if tally.failed else 0)


@app.command()
def dates(
    inputs: Annotated[list[str] | None, typer.Argument(help="Text files or - for stdin; read as given.")] = None,
    jsonl: Annotated[
        Path | None,
        typer.Option("--jsonl", metavar="FILE", help='JSON lines of {"id","text","published","lang"}; - for stdin.'),
    ] = None,
    published: Published = None,
    lang: Lang = None,
) -> None:
    """Temporal expressions in the text as given (no cleaning), with offsets into it: one JSON line per document.

    Example: echo "Am 7. März 2024 begann es." | dateline dates - --lang de
    """
    if not inputs and jsonl is None:
        raise typer.BadParameter("give INPUT files or --jsonl FILE")
    dct = _published(published)

    def tag(doc: Document) -> dict[str, object]:
        code = doc.lang or lang or language.detect(doc.content)[0]
        if code is None:
            raise InputError(doc.source, "cannot tell the language (use --lang)")
        found = timex.tag(doc.content, code, doc.published or dct)
        return {"id": doc.record_id or doc.source, "timexes": [t.as_dict() for t in found]}

    tally = Tally()
    items = chain(read_input(str(jsonl), kind="jsonl") if jsonl else (), read_inputs(inputs or []))
    for line in results(items, tag, tally):
        sys.stdout.buffer.write(orjson.dumps(line) + b"\n")
    sys.stdout.flush()
    raise typer.Exit(1 if tally.failed else 0)


@app.command("group")
def group_cmd(
    inputs: Annotated[
        list[str] | None, typer.Argument(help="Claim JSON lines (the output of extract), .gz too; - or none: stdin.")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to FILE (atomically) instead of stdout.")
    ] = None,
    min_sources: Annotated[
        int, typer.Option("--min-sources", min=1, metavar="N", help="Only groups reported by N or more documents.")
    ] = 1,
    state: Annotated[
        Path | None,
        typer.Option("--state", metavar="FILE", help="SQLite groups of earlier runs: emit only new or changed groups."),
    ] = None,
    rules: Annotated[
        Path | None,
        typer.Option("--rules", metavar="FILE", help="Grouping rules (TOML, the layout of data/grouping.toml)."),
    ] = None,
) -> None:
    """Group claims into facts across articles and languages: one JSON line per group.

    Example: dateline extract news/ | dateline group --min-sources 2
    """
    from dateline.group.cli import run

    raise typer.Exit(run(inputs or ["-"], output, min_sources, state, report, rules))


@app.command()
def schema(
    record: Annotated[str, typer.Argument(help="claim (default) or group: which record's schema.")] = "claim",
) -> None:
    """Print the JSON Schema of the claim record (or of the group record: dateline schema group).

    Example: dateline schema > claim.schema.json
    """
    if record not in ("claim", "group"):
        raise typer.BadParameter(f"claim or group, not {record!r}", param_hint="RECORD")
    found = group_schema() if record == "group" else claim_schema()
    sys.stdout.buffer.write(orjson.dumps(found, option=orjson.OPT_INDENT_2) + b"\n")


def main() -> None:
    """Console entry point: a closed pipe (`dateline … | head`) ends the process quietly, as for cat or grep."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, _terminated)
    app()


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM (a cron timeout, kill): unwind, so -o leaves no temporary file and workers are stopped."""
    raise SystemExit(128 + signum)
