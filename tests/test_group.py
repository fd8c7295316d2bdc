"""`dateline group`: which claims are one fact, the group record, the CLI, the schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import orjson
from typer.testing import CliRunner

import dateline
from dateline.api import extract_text, group_schema
from dateline.cli import app
from dateline.ranges import iso_range

_N = iter(range(1, 10**6))


def claim(
    text: str, date: str, *, at: str | None = None, doc: str | None = None, lang: str = "en", **extra: Any
) -> dict[str, Any]:
    """A claim record as `dateline extract` writes it; `at`: the date expression in the text."""
    n = next(_N)
    dates = []
    if at:
        start = text.find(at)
        dates = [{"text": at, "value": date, "type": "DATE", "start": start, "end": start + len(at)}]
        dates[0]["range"] = iso_range(date)
    doc_id = doc or f"{n:016x}"
    record: dict[str, Any] = {
        "id": f"{n:016x}",
        "doc_id": doc_id,
        "source": f"{doc_id}.txt",
        "url": f"https://news{n}.test/a",
        "title": None,
        "lang": lang,
        "published": extra.pop("published", "2024-11-22"),
        "published_from": "record",
        "text": text,
        "span": [0, len(text)],
        "date": date,
        "range": iso_range(date),
        "dates": dates,
        "attribution": None,
        "actors": [],
        "quantities": [],
        "event": [],
        "modality": "asserted",
        "score": 0.5,
    }
    record.update(extra)
    return record


def together(groups: list[dict[str, Any]], *claims: dict[str, Any]) -> bool:
    ids = {c["id"] for c in claims}
    return any(ids <= set(g["claims"]) for g in groups)


def test_the_same_fact_in_three_languages_is_one_group_with_its_sources() -> None:
    en = claim("On Friday Boeing delivered 12 aircraft of the 787 Dreamliner to Lufthansa.", "2024-11-15", at="Friday")
    es = claim(
        "El viernes Boeing entregó 12 aviones 787 Dreamliner a Lufthansa.", "2024-11-15", lang="es", at="viernes"
    )
    nl = claim(
        "Boeing leverde vrijdag 12 toestellen van 787 Dreamliner aan Lufthansa.", "2024-11-15", lang="nl", at="vrijdag"
    )
    other = claim("On Friday Airbus opened a plant in Toulouse.", "2024-11-15", at="Friday")
    groups = dateline.group([en, es, nl, other])
    assert together(groups, en, es, nl) and not together(groups, en, other)
    fact = next(g for g in groups if en["id"] in g["claims"])
    assert fact["languages"] == ["en", "es", "nl"] and fact["n_sources"] == 3
    assert fact["date"] == "2024-11-15" and fact["range"] == ["2024-11-15", "2024-11-15"]
    assert {s["site"] for s in fact["sources"]} == {urlsplit_host(c) for c in (en, es, nl)}


def urlsplit_host(c: dict[str, Any]) -> str:
    return str(c["url"]).split("/")[2]


def test_conflicting_numbers_keep_the_group_and_say_they_disagree() -> None:
    soldiers = [{"text": "", "value": 3000, "op": "=", "unit": "soldiers"}]
    more = [{"text": "", "value": 10000, "op": ">", "unit": "soldiers"}]
    a = claim(
        "North Korea sent 3,000 soldiers to Russia in October, Seoul said.",
        "2024-10",
        actors=["PRK", "RUS"],
        quantities=soldiers,
        event=["troop_deployment"],
    )
    b = claim(
        "Pyongyang sent more than 10,000 soldiers to Russia in October.",
        "2024-10",
        actors=["PRK", "RUS"],
        quantities=more,
        event=["troop_deployment"],
    )
    groups = dateline.group([a, b])
    assert len(groups) == 1
    (q,) = groups[0]["quantities"]
    assert (q["unit_code"], q["min"], q["max"], q["agree"]) == ("soldiers", 3000, 10000, False)
    assert [v["claim"] for v in q["values"]] == [a["id"], b["id"]]


def test_unit_code_wins_over_the_unit_as_written() -> None:
    a = claim(
        "Russia shipped a million barrels of oil to North Korea in March.",
        "2024-03",
        actors=["RUS", "PRK"],
        quantities=[{"text": "", "value": 1e6, "op": ">", "unit": "barrels", "unit_code": "bbl"}],
    )
    b = claim(
        "Russland lieferte im März eine Million Barrel Öl an Nordkorea.",
        "2024-03",
        lang="de",
        actors=["RUS", "PRK"],
        quantities=[{"text": "", "value": 1e6, "op": ">", "unit": "Barrel Öl", "unit_code": "bbl"}],
    )
    (g,) = dateline.group([a, b])
    assert [q["unit_code"] for q in g["quantities"]] == ["bbl"] and g["quantities"][0]["agree"]


def test_the_date_alone_never_groups_but_shared_words_across_languages_do() -> None:
    a = claim("The minister resigned on Monday.", "2024-11-18", at="Monday")
    b = claim("Heavy rain flooded the valley on Monday.", "2024-11-18", at="Monday")
    c = claim("Le ministre a démissionné lundi.", "2024-11-18", lang="fr", at="lundi")
    groups = dateline.group([a, b, c])
    assert not together(groups, a, b) and not together(groups, b, c)
    assert together(groups, a, c)  # minister / ministre: the same fact in English and French


def test_two_claims_of_one_article_are_not_grouped_on_date_and_actors() -> None:
    a = claim("Russia and Iran signed the agreement in August.", "2024-08", doc="d1", actors=["RUS", "IRN"])
    b = claim("In August Russia tested drones bought from Iran.", "2024-08", doc="d1", actors=["RUS", "IRN"])
    assert len(dateline.group([a, b])) == 2


def test_dates_apart_are_never_one_fact_and_chains_stop_at_the_shared_day() -> None:
    names = "Boeing and Lufthansa signed the 787 contract in Frankfurt"
    week = claim(f"{names} last week.", "2024-W46", at="last week")
    day1 = claim(f"{names} on Monday.", "2024-11-11", at="Monday")
    day2 = claim(f"{names} on Sunday.", "2024-11-17", at="Sunday")
    later = claim(f"{names} on 3 December.", "2024-12-03", at="3 December")
    groups = dateline.group([week, day1, day2, later])
    assert not together(groups, day1, day2)  # both inside the week, but no day in common
    assert not together(groups, later, week)
    assert all(len({c for c in g["claims"]} & {day1["id"], day2["id"]}) < 2 for g in groups)


def test_output_order_singletons_and_min_sources() -> None:
    a = claim("Boeing and Lufthansa signed a 787 deal in Frankfurt.", "2024-11-20")
    b = claim("Boeing y Lufthansa firmaron en Frankfurt un acuerdo de 787.", "2024-11-20", lang="es")
    early = claim("Airbus opened its plant in Toulouse.", "2023")
    undated = claim("It happened in October.", "XXXX-10")
    groups = dateline.group([undated, a, early, b])
    assert [g["date"] for g in groups] == ["2023", "2024-11-20", "XXXX-10"]
    assert [g["n_sources"] for g in dateline.group([undated, a, early, b], min_sources=2)] == [2]


def test_group_ids_are_stable_and_independent_of_input_order() -> None:
    claims = [claim(f"Boeing delivered the 787 number {i} to Lufthansa in Frankfurt.", "2024-11-20") for i in (1, 1, 2)]
    first = dateline.group(claims)
    assert first == dateline.group(list(reversed(claims)))
    assert all(len(g["group"]) == 16 for g in first)


def test_extracted_claims_in_two_languages_group_and_validate() -> None:
    en = extract_text(
        "Strike\nBoeing said on 5 November 2024 that 33,000 machinists at its Seattle plants ended the strike.",
        lang="en",
        published="2024-11-22",
    )
    de = extract_text(
        "Streik\nBoeing teilte am 5. November 2024 mit, dass 33.000 Maschinisten in den Werken in Seattle den "
        "Streik beendet haben.",
        lang="de",
        published="2024-11-22",
    )
    groups = dateline.group(en + de)
    assert len(groups) == 1 and groups[0]["languages"] == ["de", "en"]
    validator = jsonschema.Draft202012Validator(group_schema())
    for g in groups:
        validator.validate(g)


def test_schema_is_valid_and_printed_by_schema_group() -> None:
    jsonschema.Draft202012Validator.check_schema(group_schema())
    result = CliRunner().invoke(app, ["schema", "group"])
    assert result.exit_code == 0 and orjson.loads(result.stdout) == group_schema()
    assert CliRunner().invoke(app, ["schema", "nonsense"]).exit_code == 2


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_cli_reports_bad_lines_by_source_and_line_and_groups_the_rest(tmp_path: Path) -> None:
    good = [claim("Boeing delivered the 787 to Lufthansa in Frankfurt.", "2024-11-20") for _ in range(2)]
    path = _write(
        tmp_path / "claims.jsonl", [json.dumps(good[0]), "{not json", json.dumps({"x": 1}), json.dumps(good[1])]
    )
    result = CliRunner().invoke(app, ["group", str(path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"dateline: {path}:2: not JSON (unexpected character)",
        f"dateline: {path}:3: not a claim record (needs at least id and date)",
    ] or all(f"{path}:" in line for line in result.stderr.splitlines())
    assert len(result.stderr.splitlines()) == 2
    groups = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert sum(len(g["claims"]) for g in groups) == 2
    validator = jsonschema.Draft202012Validator(group_schema())
    for g in groups:
        validator.validate(g)


def test_cli_reads_stdin_and_writes_a_file_atomically(tmp_path: Path) -> None:
    lines = "".join(json.dumps(claim("Boeing delivered a 787 in Frankfurt.", "2024-11-20")) + "\n" for _ in range(3))
    target = tmp_path / "groups.jsonl"
    result = CliRunner().invoke(app, ["group", "-", "-o", str(target)], input=lines)
    assert result.exit_code == 0 and result.stdout == ""
    assert len(target.read_text().splitlines()) >= 1
    assert [p.name for p in tmp_path.iterdir()] == ["groups.jsonl"]
    no_args = CliRunner().invoke(app, ["group"], input=lines)
    assert no_args.exit_code == 0 and no_args.stdout == target.read_text()


def test_article_records_give_their_claims_and_a_missing_file_is_one_error(tmp_path: Path) -> None:
    a = claim("Boeing delivered the 787 to Lufthansa in Frankfurt.", "2024-11-20")
    b = claim("Boeing entregó el 787 a Lufthansa en Frankfurt.", "2024-11-20", lang="es")
    path = _write(tmp_path / "articles.jsonl", [json.dumps({"doc_id": "x", "claims": [a]}), json.dumps(b)])
    result = CliRunner().invoke(app, ["group", str(path), str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "missing.jsonl: cannot read" in result.stderr
    (g,) = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert g["claims"] == [a["id"], b["id"]]


def test_rules_file_changes_the_grouping_and_a_bad_one_is_a_usage_error(tmp_path: Path) -> None:
    from dateline.resources import DATA

    claims = [claim("Boeing delivered 12 aircraft of the 787 to Lufthansa in Frankfurt.", "2024-11-15") for _ in "ab"]
    path = _write(tmp_path / "c.jsonl", [json.dumps(c) for c in claims])
    assert len(CliRunner().invoke(app, ["group", str(path)]).stdout.splitlines()) == 1
    strict = tmp_path / "strict.toml"
    strict.write_text((DATA / "grouping.toml").read_text().replace("threshold = 4.0", "threshold = 40.0"))
    assert len(CliRunner().invoke(app, ["group", str(path), "--rules", str(strict)]).stdout.splitlines()) == 2
    broken = tmp_path / "broken.toml"
    broken.write_text("[blocking]\nlevels = [\n")
    result = CliRunner().invoke(app, ["group", str(path), "--rules", str(broken)])
    assert (result.exit_code, result.stdout) == (2, "") and result.stderr.startswith(f"dateline: {broken}: ")


def _other_date(record: dict[str, Any], at: str, value: str) -> dict[str, Any]:
    """Add a further date expression of the sentence (not its main date) to a claim."""
    start = record["text"].find(at)
    record["dates"].append(
        {"text": at, "value": value, "type": "DATE", "start": start, "end": start + len(at), "range": iso_range(value)}
    )
    return record


def test_other_dates_meet_by_range_and_other_dates_that_differ_count_against() -> None:
    en = _other_date(
        claim("On Friday Volvo opened a factory for 800 workers, as agreed in 2014.", "2024-11-15", at="Friday"),
        "2014",
        "2014",
    )
    january = _other_date(
        claim(
            "Am Freitag eröffnete Volvo ein Werk, wie im Januar 2014 vereinbart.", "2024-11-15", at="Freitag", lang="de"
        ),
        "Januar 2014",
        "2014-01",
    )
    bare = claim("Am Freitag eröffnete Volvo ein Werk.", "2024-11-15", at="Freitag", lang="de")
    # "in 2014" holds "im Januar 2014": the same context, by range though not by value.
    assert together(dateline.group([en, january]), en, january)
    assert not together(dateline.group([en, bare]), en, bare)

    en = _other_date(
        claim(
            "On Friday Volvo opened a factory for 800 workers in Gent, as agreed in 2014.", "2024-11-15", at="Friday"
        ),
        "2014",
        "2014",
    )
    plain = claim("Am Freitag eröffnete Volvo in Gent ein Werk.", "2024-11-15", at="Freitag", lang="de")
    later = _other_date(
        claim(
            "Am Freitag eröffnete Volvo in Gent ein Werk; die ersten Lieferungen folgen 2026.",
            "2024-11-15",
            at="Freitag",
            lang="de",
        ),
        "2026",
        "2026",
    )
    assert together(dateline.group([en, plain]), en, plain)
    # Both sentences give another date and the two never meet: not the same report.
    assert not together(dateline.group([en, later]), en, later)


def test_a_resolved_source_name_is_a_shared_name() -> None:
    said = claim(
        "He said on Tuesday that the factory would close.",
        "2024-11-12",
        at="Tuesday",
        attribution={"text": "He", "cue": "said", "name": "Elon Musk"},
    )
    es = claim("Según Elon Musk, la fábrica cerrará el martes.", "2024-11-12", at="el martes", lang="es")
    assert together(dateline.group([said, es]), said, es)
    unresolved = {**said, "id": "f" * 16, "attribution": {"text": "He", "cue": "said", "name": "He"}}
    assert not together(dateline.group([unresolved, es]), unresolved, es)


def test_a_name_inside_a_hyphenated_compound_is_a_name() -> None:
    en = claim("On Monday Samsung engineers in Seoul showed the chip.", "2024-11-11", at="Monday")
    nl = claim("Op maandag toonden Samsung-ingenieurs in Seoul de chip.", "2024-11-11", at="maandag", lang="nl")
    de = claim("Am Montag zeigten Samsung-Ingenieure in Seoul den Chip.", "2024-11-11", at="Montag", lang="de")
    assert together(dateline.group([en, nl]), en, nl)
    assert together(dateline.group([en, de]), en, de)


def test_a_number_after_a_name_is_part_of_the_name_not_a_shared_value() -> None:
    # "the 747" and "del 747" are one value without unit, whichever way each language reads it (a count, a label);
    # "S&P 500" names an index that many facts of a month mention: a name and a number, never an equal value.
    en = claim("The first flight of the 747 was in 1969.", "1969", at="1969", quantities=[{"value": 747, "unit": None}])
    es = claim("El primer vuelo del 747 fue en 1969.", "1969", at="1969", lang="es")
    assert together(dateline.group([en, es]), en, es)
    fell = claim("The S&P 500 fell in March.", "2024-03", at="March")
    left = claim("Tesla left the S&P 500 in March.", "2024-03", at="March")
    assert not together(dateline.group([fell, left]), fell, left)
