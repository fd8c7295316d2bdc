"""`dateline timeline`: claims and groups told apart, filtered, in date order, and the terminal view (golden)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import orjson
import pytest

from dateline.api import claim_schema
from dateline.timeline import Filters, bound, item, load, ordered, read_records
from dateline.timeline_html import render as render_html
from dateline.timeline_text import render, styled

from .conftest import ROOT
from .test_batch_fixtures import run

GOLDEN = ROOT / "tests" / "golden" / "timeline"
ITEMS = GOLDEN / "items.jsonl"


def records() -> list[dict[str, object]]:
    return [orjson.loads(line) for line in ITEMS.read_bytes().splitlines()]


def items(keep: Filters | None = None) -> list:  # type: ignore[type-arg]
    loaded = [i for i in load(read_records([str(ITEMS)])) if not isinstance(i, Exception)]
    return ordered(i for i in loaded if (keep or Filters()).keep(i))


def test_fixture_claims_are_valid_claim_records() -> None:
    validator = jsonschema.Draft202012Validator(claim_schema())
    claims = [r for r in records() if "group" not in r]
    assert claims
    for claim in claims:
        validator.validate(claim)


def test_claims_and_groups_are_told_apart_by_their_fields() -> None:
    kinds = [item(r).kind for r in records()]
    assert kinds.count("group") == 3 and kinds.count("claim") == 6
    group = item(next(r for r in records() if r.get("group") == "g-troops-1118"))
    assert (group.n_sources, group.langs, group.agree) == (3, ["de", "en", "nl"], False)
    assert group.quantities == [">3000 / 10000 person (sources disagree)"]
    with pytest.raises(ValueError):
        item({"text": "no id, no span"})


@pytest.mark.parametrize("width", [80, 160])
def test_terminal_view_golden(width: int) -> None:
    expected = (GOLDEN / f"items.{width}.txt").read_text(encoding="utf-8")
    got = render(items(), width)
    assert got == expected
    assert all(len(line) <= width for line in got.splitlines())


def test_terminal_view_of_a_short_span_is_by_day_golden() -> None:
    keep = Filters(since=bound("2024-11-15", last=False), until=bound("2024-11-30", last=True))
    assert render(items(keep), 80) == (GOLDEN / "since-2024-11-15.80.txt").read_text(encoding="utf-8")


def test_order_is_by_range_not_by_the_value_string() -> None:
    dates = [i.date for i in items()]
    assert dates.index("199X") == 0  # the 1990s before 2024, though "199X" > "2024" as strings
    assert dates.index("2024-W47") < dates.index("2024-12") < dates.index("2024-WI")
    assert dates[-1] == "XXXX-10"  # no calendar range: last


def test_filters_on_range_actor_event_and_sources() -> None:
    november = Filters(since=bound("2024-11", last=False), until=bound("2024-11", last=True))
    assert {i.date for i in items(november)} == {"2024-11-05", "2024-11-18", "2024-W47"}
    assert {i.date for i in items(Filters(since=bound("2024-12-15", last=False)))} == {"2024-12", "2024-WI"}
    assert {i.id for i in items(Filters(actors=frozenset({"PRK"})))} == {"g-test-1105"}
    assert {i.date for i in items(Filters(events=frozenset({"diplomacy"})))} == {"199X", "2024-12"}
    assert [i.n_sources for i in items(Filters(min_sources=3))] == [4, 3]
    with pytest.raises(ValueError):
        bound("last week", last=False)


def test_cli_reads_stdin_filters_and_writes_csv_and_jsonl() -> None:
    data = ITEMS.read_bytes()
    code, out, _ = run("timeline", "--actor", "ukr", "--format", "jsonl", stdin=data)
    assert code == 0
    assert [orjson.loads(line).get("date") for line in out.splitlines()] == [
        "2024-11-18",
        "2024-11-18",
        "2024-W47",
        "2024-W47",
    ]
    code, out, _ = run("timeline", "-", "--event", "weapons_test", "--format", "csv", stdin=data)
    assert code == 0 and out.count(b"\r\n") == 2 and b"g-test-1105" in out
    assert run("timeline", "--since", "yesterday", stdin=data)[0] == 2


def test_bad_lines_are_reported_and_the_rest_is_shown(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(ITEMS.read_bytes() + b"not json\n" + b'{"text": "an article"}\n')
    code, out, err = run("timeline", str(path), str(tmp_path / "missing.jsonl"))
    assert code == 1
    assert err.count("\n") == 3 and "mixed.jsonl:10" in err and "missing.jsonl" in err
    assert out.decode().startswith("9 items")


def test_piped_output_has_no_escape_codes_and_fits_80_columns() -> None:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    command = [sys.executable, "-c", "from dateline.cli import main; main()", "timeline", str(ITEMS)]
    done = subprocess.run(command, capture_output=True, env=env, check=True, timeout=60)
    text = done.stdout.decode()
    assert "\x1b" not in text and text.startswith("9 items")
    assert max(len(line) for line in text.splitlines()) <= 80


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert styled(Terminal()) and not styled(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not styled(Terminal())
    assert "\x1b[" in render(items(), 80, colour=True) and "\x1b" not in render(items(), 80)


def test_html_and_output_are_written_atomically(tmp_path: Path) -> None:
    page, text = tmp_path / "t.html", tmp_path / "t.txt"
    code, out, _ = run("timeline", str(ITEMS), "--html", str(page), "-o", str(text))
    assert code == 0 and out == b""
    assert page.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert text.read_text(encoding="utf-8").startswith("9 items")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.html", "t.txt"]  # no temporary file left


def test_page_data_cannot_end_its_script_element() -> None:
    record = {**records()[0], "text": "Er schrieb </script><script>alert(1)</script> und <!-- am 5. März."}
    page = render_html(ordered([item(record)]))
    block = page[page.index('id="timeline-data">') : page.index("</script>", page.index('id="timeline-data">'))]
    data = orjson.loads(block[block.index(">") + 1 :])
    assert data["items"][0]["text"] == record["text"]
    assert "<script>alert" not in page and "<!-- am" not in page


def test_extract_examples_piped_into_timeline(tmp_path: Path) -> None:
    code, claims, _ = run("extract", str(ROOT / "examples"), "-j", "1")
    assert code == 0
    code, out, _ = run("timeline", stdin=claims)
    assert code == 0 and out.decode().startswith(f"{len(claims.splitlines())} items")
    page = tmp_path / "timeline.html"
    assert run("timeline", "-", "--html", str(page), stdin=claims)[0] == 0
    text = page.read_text(encoding="utf-8")
    start = text.index('id="timeline-data">')
    markup = text[:start] + text[text.index("</script>", start) :]  # the page without the data (articles' URLs)
    assert set(re.findall(r"https?://[^\s\"']+", markup)) == {"http://www.w3.org/2000/svg"}  # an XML namespace


def test_timeline_help_has_an_example_and_readme_names_every_option() -> None:
    from typer.testing import CliRunner

    from dateline.cli import app

    help_text = CliRunner().invoke(app, ["timeline", "--help"], terminal_width=200).stdout
    assert "Examples:" in help_text and "Exit codes:" in help_text
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    options = set(re.findall(r"(--[a-z][a-z-]+)", help_text)) - {"--help"}
    assert options and not sorted(o for o in options if o not in readme)


def test_claims_a_group_stands_for_are_shown_once(tmp_path: Path) -> None:
    claim = records()[0]
    group = {**next(r for r in records() if r.get("group") == "g-troops-1118"), "claims": [claim["id"]]}
    path = tmp_path / "both.jsonl"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in (claim, records()[1], group)))
    code, out, _ = run("timeline", str(path), "--format", "jsonl")
    assert code == 0
    shown = [orjson.loads(line) for line in out.splitlines()]
    assert [r.get("group") or r["id"] for r in shown] == ["g-troops-1118", records()[1]["id"]]


def test_no_input_from_a_terminal_is_a_usage_error_not_a_hang() -> None:
    import pty

    main, secondary = pty.openpty()
    try:
        command = [sys.executable, "-c", "from dateline.cli import main; main()", "timeline"]
        done = subprocess.run(command, stdin=secondary, capture_output=True, timeout=60, check=False)
    finally:
        os.close(main)
        os.close(secondary)
    assert done.returncode == 2 and b"pipe claims in" in done.stderr


def test_files_written_get_the_usual_permissions(tmp_path: Path) -> None:
    page = tmp_path / "t.html"
    old = os.umask(0o022)
    try:
        assert run("timeline", str(ITEMS), "--html", str(page))[0] == 0
    finally:
        os.umask(old)
    assert page.stat().st_mode & 0o777 == 0o644  # readable by whoever the page is shared with, as `> FILE` gives


def test_a_group_of_many_sources_keeps_a_short_who_column() -> None:
    group = next(r for r in records() if r.get("group") == "g-test-1105")
    many = {**group, "sources": [{**group["sources"][0], "attribution": f"outlet {n}"} for n in range(12)]}  # type: ignore[index]
    text = render([item(many)], 80)
    assert "outlet 0" in text and "outlet 1" in text and "+10 more" in text and "outlet 5" not in text
