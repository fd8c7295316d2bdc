"""The command line: options in, pipeline called, data out. No logic of its own."""

from __future__ import annotations

import io
import signal
import sys
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
from dateline.api import claim_schema, options
from dateline.errors import InputError
from dateline.model import Document
from dateline.pipeline import process
from dateline.read import parse_date, read_input, read_inputs
from dateline.run import Tally, report, results

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


@app.command()
def extract(
    inputs: Inputs,
    published: Published = None,
    lang: Lang = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to FILE (atomically) instead of stdout.")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="jsonl for machines, table for people.")] = Format.jsonl,
    what: Annotated[Emit, typer.Option("--emit", help="One record per claim, or per article.")] = Emit.claims,
    lexicon: Annotated[
        list[Path] | None,
        typer.Option("--lexicon", metavar="FILE", help="Extra event keyword pack (TOML); repeatable."),
    ] = None,
    min_score: Annotated[
        float, typer.Option("--min-score", min=0.0, max=1.0, help="Drop claims scoring below this.")
    ] = 0.0,
) -> None:
    """Extract dated claims as JSON lines.

    Example: dateline extract examples/ --published 2024-11-22 | jq .date
    """
    try:
        opts = options(
            published=_published(published),
            lang=lang,
            lexicon=[str(p) for p in lexicon or []],
            min_score=min_score,
        )
    except InputError as err:
        report(str(err))
        raise typer.Exit(2) from None
    tally = Tally()
    with ExitStack() as stack:
        sink: BinaryIO = stack.enter_context(emit.atomic_file(output)) if output else sys.stdout.buffer
        collected: list[dict[str, object]] = []
        for article in results(read_inputs(inputs), lambda doc: process(doc, opts), tally):
            found = article["claims"]
            assert isinstance(found, list)
            if fmt is Format.table:
                collected.extend(found)
            elif what is Emit.articles:
                sink.write(emit.jsonl(article))
            else:
                sink.writelines(emit.jsonl(claim) for claim in found)
            sink.flush()
        if fmt is Format.table:
            console = Console(file=io.StringIO(), width=160) if output else Console()
            emit.table(collected, console)
            if output:
                sink.write(console.file.getvalue().encode("utf-8"))  # type: ignore[attr-defined]
    raise typer.Exit(1 if tally.failed else 0)


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


@app.command()
def schema() -> None:
    """Print the JSON Schema of the claim record.

    Example: dateline schema > claim.schema.json
    """
    sys.stdout.buffer.write(orjson.dumps(claim_schema(), option=orjson.OPT_INDENT_2) + b"\n")


def main() -> None:
    """Console entry point: a closed pipe (`dateline … | head`) ends the process quietly, as for cat or grep."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    app()
