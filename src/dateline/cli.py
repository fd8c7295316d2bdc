"""The command line: options in, the runner (and the --state store) called, data out.

Only typer and the standard library are imported when the program starts: `--version`, `--help` and `schema` must
not pay for trafilatura, langdetect or rich. Each command imports what it runs. Options shared by commands are
types defined once here (`Inputs`, `Lang`, `Output`, …), so a new command declares them in one line each.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from datetime import date
from enum import StrEnum
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, BinaryIO, Generic, TypeVar

import typer
from typer.core import TyperArgument

from dateline import __version__

if TYPE_CHECKING:
    from dateline.model import Document
    from dateline.parallel import Runner
    from dateline.progress import Bar
    from dateline.read import Deferred, Item
    from dateline.run import Tally
    from dateline.state import State

# An argument's help shows its metavar (`INPUT...`), not its Python type (`<list[str]>`), as Unix tools do.
TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]

T = TypeVar("T")

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 120},
    help="Turn news articles into JSON lines of dated claims: who said what happened, when, with what numbers.",
)


def epilog(examples: list[str], codes: list[str]) -> str:
    """A command's help ending: examples, then exit codes (kept as written, not re-wrapped)."""
    lines = ["\b", "Examples:", *(f"  {example}" for example in examples), "", "\b", "Exit codes:"]
    return "\n".join([*lines, *(f"  {code}" for code in codes)])


EXIT_RUN = [
    "0  all inputs processed (a language without rules: skipped and said)",
    "1  an input failed (one stderr line each; the rest written) or none found",
    "2  usage error (bad option or value, unreadable list or lexicon, bad -o)",
]


class Format(StrEnum):
    jsonl = "jsonl"
    table = "table"
    csv = "csv"


class Emit(StrEnum):
    claims = "claims"
    articles = "articles"


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or len(value) != 10:
        raise typer.BadParameter(f"not a YYYY-MM-DD date: {value!r}")
    return parsed


def _lang(value: str | None) -> str | None:
    if value is None:
        return None
    from dateline.language import code, supported

    found = code(value)
    if found is None:
        raise typer.BadParameter(f"{value!r} is not a supported language; supported: {', '.join(supported())}")
    return found


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
    list[str] | None,
    typer.Argument(
        metavar="INPUT",
        help="Files (.html .txt .jsonl .warc, optionally .gz), folders, http(s) URLs, or - for stdin.",
        show_default=False,
    ),
]
Published = Annotated[
    str | None,
    typer.Option("--published", metavar="YYYY-MM-DD", help="Publication date for inputs that have none."),
]
Lang = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="CODE",
        callback=_lang,
        help="Language of inputs without a lang field (de en es fr it nl, any case); skips detection.",
    ),
]
Output = Annotated[
    Path | None,
    typer.Option(
        "-o",
        "--output",
        metavar="FILE",
        help="Write to FILE instead of stdout: a file is replaced only when the run ends (mode kept), "
        "a device or FIFO is written directly.",
    ),
]
FormatOpt = Annotated[
    Format, typer.Option("--format", help="jsonl for machines, table for people, csv for spreadsheets.")
]
EmitOpt = Annotated[Emit, typer.Option("--emit", help="One record per claim, or per article.")]
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
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress line, no summary; errors only.")]
Lexicons = Annotated[
    list[Path] | None,
    typer.Option(
        "--lexicon",
        metavar="FILE",
        exists=True,
        dir_okay=False,
        help="Extra event keyword pack (TOML); repeatable.",
    ),
]
MinScore = Annotated[
    float, typer.Option("--min-score", metavar="X", min=0.0, max=1.0, help="Drop claims scoring below X (0..1).")
]


class Counted(Generic[T]):
    """The items of a run, counted as they pass, so that a run whose inputs name no document can say so."""

    def __init__(self, items: Iterable[T]) -> None:
        self.items = items
        self.count = 0

    def __iter__(self) -> Iterator[T]:
        for item in self.items:
            self.count += 1
            yield item


def no_documents(inputs: list[str], from_file: str | None) -> None:
    """Say that the inputs named no document at all and exit 1: a cron job with a wrong path shows in its code."""
    from dateline.run import report

    where = [*inputs, *([f"the list {from_file}"] if from_file is not None else [])]
    report(f"no input documents found in {', '.join(where)}")
    raise typer.Exit(1)


@app.command(
    short_help="Extract dated claims from articles, as JSON lines or for people.",
    epilog=epilog(
        [
            "dateline extract news/ -o claims.jsonl",
            "curl -s URL | dateline extract - --published 2024-11-22 | jq .date",
            "dateline extract article.html --format table | less",
        ],
        EXIT_RUN,
    ),
)
def extract(
    inputs: Inputs = None,
    published: Published = None,
    lang: Lang = None,
    output: Output = None,
    fmt: FormatOpt = Format.jsonl,
    what: EmitOpt = Emit.claims,
    lexicon: Lexicons = None,
    min_score: MinScore = 0.0,
    jobs: Jobs = None,
    from_file: FromFile = None,
    state: StateFile = None,
    quiet: Quiet = False,
) -> None:
    """Extract dated claims: one JSON line per claim (or per article), or a table for people."""
    if not inputs and from_file is None:
        raise typer.BadParameter("give INPUT files, folders or URLs, or --from-file FILE")
    if from_file == "-" and "-" in (inputs or []):
        raise typer.BadParameter("stdin cannot be both an input and the --from-file list")
    spec = {"published": _published(published), "lang": lang, "lexicon": [str(p) for p in lexicon or []]}
    listed = _listed(from_file) if from_file is not None else iter(())

    from dateline.emit import OutputError, output_file
    from dateline.errors import InputError
    from dateline.parallel import Runner, cores
    from dateline.progress import Bar, wanted
    from dateline.read import expand, plan_inputs, read_inputs, single_document
    from dateline.run import Tally, report
    from dateline.state import State, StateError

    _quiet_libraries()
    try:
        runner = Runner({**spec, "min_score": min_score}, jobs or cores(), keep_text=what is Emit.articles)
    except InputError as err:
        report(str(err))
        raise typer.Exit(2) from None
    if fmt is Format.table:
        runner.keep_text = False
    tally = Tally()
    show = wanted(quiet)
    names: Iterable[str] = chain(inputs or [], listed)
    if show:  # a total for the progress line, when every input is one document
        names = list(expand(names))
        tally.total = len(names) if all(single_document(n) for n in names) else None
    with ExitStack() as run:
        try:
            store = (
                run.enter_context(State(state, per_document=not output and fmt is not Format.table)) if state else None
            )
        except StateError as err:
            report(str(err))
            raise typer.Exit(2) from None
        # Without --state, a worker reads and decodes each file itself; --state needs every content hash here.
        items: Counted[Item | Deferred] = Counted(read_inputs(names) if store else plan_inputs(names))
        with ExitStack() as out:
            try:
                sink: BinaryIO = out.enter_context(output_file(output)) if output else sys.stdout.buffer
            except OutputError as err:
                report(str(err))
                raise typer.Exit(2) from None
            with Bar(show) as bar:
                records = _extract(
                    runner, _unseen(items, store) if store else items, sink, fmt, what, store, bar, tally
                )
            if not items.count:  # before -o FILE is renamed into place: yesterday's file stays
                no_documents(inputs or [], from_file)
            if fmt is Format.table:
                _show(records, what, sink if output else None)
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


def _extract(
    runner: Runner,
    items: Iterable[Item | Deferred],
    sink: BinaryIO,
    fmt: Format,
    what: Emit,
    store: State | None,
    bar: Bar,
    tally: Tally,
) -> list[dict[str, object]]:
    """Run the documents and write JSON lines as they come, counting them in `tally`; with `--format table` the
    records for people are returned instead, to be shown at the end."""
    from dateline import emit_csv
    from dateline.emit import jsonl
    from dateline.errors import Skipped

    records: list[dict[str, object]] = []
    if fmt is Format.csv:
        sink.write(emit_csv.header())
    for article in runner.run(items):
        if isinstance(article, str):
            bar.clear(always=True)
            tally.count(article)
            if store and isinstance(article, Skipped) and article.document:
                store.done(article.document, [])  # a language without rules stays one: not reported again
            bar.update(tally)
            continue
        tally.count(article)
        found = article["claims"]
        assert isinstance(found, list)
        if store:
            found = store.new(found)
            article["claims"] = found
        if fmt is Format.table:
            records.extend([article] if what is Emit.articles else found)
        else:
            bar.clear()
            if fmt is Format.csv:
                sink.write(emit_csv.encode(emit_csv.claim_row(claim) for claim in found))
            elif what is Emit.articles:
                sink.write(jsonl(article))
            else:
                sink.writelines(jsonl(claim) for claim in found)
            sink.flush()
        if store:
            store.done(article, found)  # after the flush: recorded means written
        bar.claims += len(found)
        bar.update(tally)
    return records


def _show(records: list[dict[str, object]], what: Emit, sink: BinaryIO | None) -> None:
    """Records for people on stdout, or into the -o file (blocks, 100 columns)."""
    import io

    from dateline import emit

    console = emit.console(file=io.StringIO(), width=100) if sink else emit.console()
    (emit.articles if what is Emit.articles else emit.claims)(records, console)
    if sink:
        sink.write(console.file.getvalue().encode("utf-8"))  # type: ignore[attr-defined]


def _unseen(items: Iterable[Item | Deferred], store: State) -> Iterator[Item]:
    from dateline.errors import InputError
    from dateline.read import Deferred

    for entry in items:
        item = entry.load() if isinstance(entry, Deferred) else entry
        if isinstance(item, InputError) or not store.seen(item.doc_id):
            yield item


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


@app.command(
    "clean",
    short_help="Print the cleaned article: what the extractors read.",
    epilog=epilog(
        ["dateline clean article.html", "dateline clean page.html.gz | less"],
        [*EXIT_RUN[:2], "2  usage error"],
    ),
)
def clean_cmd(inputs: Inputs = None) -> None:
    """Print the cleaned article (headline on the first line, then paragraphs): what the extractors read."""
    if not inputs:
        raise typer.BadParameter("give INPUT files, folders or URLs")
    from dateline import clean
    from dateline.read import read_inputs
    from dateline.run import Tally, results

    tally = Tally()
    items = Counted(read_inputs(inputs))
    for index, cleaned in enumerate(results(items, lambda doc: {"text": clean.clean(doc).text}, tally)):
        sys.stdout.write(("\n" if index else "") + str(cleaned["text"]) + "\n")
        sys.stdout.flush()
    if not items.count:
        no_documents(inputs, None)
    raise typer.Exit(1 if tally.failed else 0)


@app.command(
    short_help="Temporal expressions in text as given, with offsets: one JSON line per document.",
    epilog=epilog(
        [
            'echo "Am 7. März 2024 begann es." | dateline dates - --lang de',
            "dateline dates notes.txt --lang en --published 2024-11-22",
            "dateline dates --jsonl docs.jsonl",
        ],
        [*EXIT_RUN[:2], "2  usage error"],
    ),
)
def dates(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(metavar="INPUT", help="Text files or - for stdin; read as given.", show_default=False),
    ] = None,
    jsonl: Annotated[
        Path | None,
        typer.Option("--jsonl", metavar="FILE", help='JSON lines of {"id","text","published","lang"}; - for stdin.'),
    ] = None,
    published: Published = None,
    lang: Lang = None,
) -> None:
    """Temporal expressions in the text as given (no cleaning), with offsets into it: one JSON line per document."""
    if not inputs and jsonl is None:
        raise typer.BadParameter("give INPUT files or --jsonl FILE")
    dct = _published(published)
    import orjson

    from dateline import language, timex
    from dateline.errors import InputError
    from dateline.read import read_input, read_inputs
    from dateline.run import Tally, results

    def tag(doc: Document) -> dict[str, object]:
        given = doc.lang or lang
        found = given or language.detect(doc.content)[0]
        if found is None:
            raise InputError(doc.source, "cannot tell the language (use --lang)")
        code = language.code(found)
        if code is None:
            raise language.unsupported(doc.source, found)
        tags = timex.tag(doc.content, code, doc.published or dct)
        return {"id": doc.record_id or doc.source, "timexes": [t.as_dict() for t in tags]}

    tally = Tally()
    items = Counted(chain(read_input(str(jsonl), kind="jsonl") if jsonl else (), read_inputs(inputs or [])))
    for line in results(items, tag, tally):
        sys.stdout.buffer.write(orjson.dumps(line) + b"\n")
    sys.stdout.flush()
    if not items.count:
        no_documents([*(inputs or []), *([str(jsonl)] if jsonl else [])], None)
    raise typer.Exit(1 if tally.failed else 0)


class Record(StrEnum):
    claim = "claim"
    article = "article"
    group = "group"


@app.command(
    short_help="Print the JSON Schema of a record: claim (default), article or group.",
    epilog=epilog(
        [
            "dateline schema > claim.schema.json",
            "dateline schema article > article.schema.json",
            "dateline schema group > group.schema.json",
        ],
        ["0  printed", "2  usage error"],
    ),
)
def schema(
    record: Annotated[
        Record, typer.Argument(metavar="[RECORD]", help="claim (extract), article (extract --emit articles) or group.")
    ] = Record.claim,
) -> None:
    """Print the JSON Schema of the claim record, the article record or the group record."""
    import json

    from dateline.schemas import article_schema, claim_schema, group_schema

    chosen = {Record.claim: claim_schema, Record.article: article_schema, Record.group: group_schema}[record]()
    sys.stdout.write(json.dumps(chosen, indent=2, ensure_ascii=False) + "\n")


@app.command(
    "group",
    short_help="Group claims into facts across articles and languages: one JSON line per group.",
    epilog=epilog(
        [
            "dateline extract news/ | dateline group --min-sources 2",
            "dateline group claims-*.jsonl --state groups.db >> groups.jsonl",
            "dateline extract news/ | dateline group | dateline timeline --html timeline.html",
        ],
        [
            "0  all claims read",
            "1  a line was no claim record (one stderr line each; the rest grouped)",
            "2  usage error (bad option, unreadable --rules, --state in use, bad -o)",
        ],
    ),
)
def group_cmd(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(metavar="INPUT...", help="Claim JSON lines (the output of extract), .gz too; - or none: stdin."),
    ] = None,
    output: Output = None,
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
    """Group claims into facts across articles and languages: one JSON line per group."""
    from dateline.grouping.cli import run
    from dateline.run import report

    raise typer.Exit(run(inputs or ["-"], output, min_sources, state, report, rules))


class View(StrEnum):
    text = "text"
    csv = "csv"
    jsonl = "jsonl"


def _bound(value: str | None, last: bool) -> date | None:
    from dateline import timeline as timeline_items

    if value is None:
        return None
    try:
        return timeline_items.bound(value, last)
    except ValueError as err:
        raise typer.BadParameter(str(err)) from None


@app.command(
    short_help="Claims or groups in date order: for the terminal, CSV, or an HTML page.",
    epilog=epilog(
        [
            "dateline extract examples/ | dateline timeline",
            "dateline extract news/ | dateline group | dateline timeline --min-sources 2 --html timeline.html",
            "dateline timeline claims.jsonl --since 2024-W46 --actor RUS --format csv > claims.csv",
        ],
        [
            "0  all records read",
            "1  a line was no claim or group record (one stderr line each; the rest shown)",
            "2  usage error (bad option or date, no input on a terminal, bad -o)",
        ],
    ),
)
def timeline(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="INPUT...", help="JSON lines of claims (extract) or groups (group), optionally .gz; - for stdin."
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", metavar="DATE", help="Keep items whose date range ends on or after DATE.")
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", metavar="DATE", help="Keep items whose date range starts on or before DATE."),
    ] = None,
    actor: Annotated[
        list[str] | None, typer.Option("--actor", metavar="ISO3", help="Keep items naming this actor; repeatable.")
    ] = None,
    event: Annotated[
        list[str] | None,
        typer.Option("--event", metavar="CATEGORY", help="Keep items of this event category; repeatable."),
    ] = None,
    min_sources: Annotated[
        int, typer.Option("--min-sources", min=1, metavar="N", help="Keep items reported by N or more sources.")
    ] = 1,
    fmt: Annotated[
        View, typer.Option("--format", help="text for people, csv for spreadsheets, jsonl for more piping.")
    ] = View.text,
    output: Output = None,
    html: Annotated[
        Path | None,
        typer.Option("--html", metavar="FILE", help="Also write one self-contained HTML page (atomically)."),
    ] = None,
) -> None:
    """Claims or groups in date order: a terminal view, CSV, JSON lines, or an HTML page with a time axis."""
    import shutil

    from dateline import emit, emit_csv, timeline_html, timeline_text
    from dateline import timeline as timeline_items
    from dateline.emit import OutputError, output_file
    from dateline.errors import InputError
    from dateline.run import report

    if not inputs and sys.stdin.isatty():
        raise typer.BadParameter("give JSON-lines FILES, or pipe claims in: dateline extract news/ | dateline timeline")
    keep = timeline_items.Filters(
        since=_bound(since, last=False),
        until=_bound(until, last=True),
        actors=frozenset(a.upper() for a in actor or []),
        events=frozenset(event or []),
        min_sources=min_sources,
    )
    failed = 0
    kept: list[timeline_items.Item] = []
    for entry in timeline_items.load(timeline_items.read_records(inputs or ["-"])):
        if isinstance(entry, InputError):
            report(str(entry))
            failed += 1
        elif keep.keep(entry):
            kept.append(entry)
    items = timeline_items.ordered(timeline_items.collapse(kept))
    try:
        if html:
            with output_file(html) as page:
                page.write(timeline_html.render(items).encode("utf-8"))
        if output or not html or fmt is not View.text:
            with output_file(output) if output else contextlib.nullcontext(sys.stdout.buffer) as sink:
                if fmt is View.csv:
                    sink.write(emit_csv.header() + emit_csv.encode(emit_csv.row(i) for i in items))
                elif fmt is View.jsonl:
                    sink.writelines(emit.jsonl(i.record) for i in items)
                else:
                    colour = not output and timeline_text.styled(sys.stdout)
                    width = 160 if output else shutil.get_terminal_size((80, 24)).columns
                    sink.write(timeline_text.render(items, width, colour).encode("utf-8"))
                sink.flush()
    except OutputError as err:
        report(str(err))
        raise typer.Exit(2) from None
    raise typer.Exit(1 if failed else 0)


def main() -> None:
    """Console entry point: a closed pipe (`dateline … | head`) ends the process quietly, as for cat or grep."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, _terminated)
    app()


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM (a cron timeout, kill): unwind, so -o leaves no temporary file and workers are stopped."""
    raise SystemExit(128 + signum)
