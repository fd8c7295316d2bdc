"""CSV for spreadsheets: RFC 4180, UTF-8, a header, one row per claim; what goes in comes back out of the csv module."""

from __future__ import annotations

import csv
import io

import orjson

from dateline.emit_csv import COLUMNS, claim_row, encode, header

from .conftest import EXAMPLES, ROOT
from .test_batch_fixtures import run

ITEMS = ROOT / "tests" / "golden" / "timeline" / "items.jsonl"


def parse(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_extract_csv_has_a_row_per_claim_of_the_json_lines() -> None:
    code, jsonl, _ = run("extract", str(EXAMPLES), "-j", "1")
    assert code == 0
    claims = [orjson.loads(line) for line in jsonl.splitlines()]
    code, data, _ = run("extract", str(EXAMPLES), "-j", "1", "--format", "csv")
    assert code == 0
    assert data.startswith(header()) and data.endswith(b"\r\n")
    rows = parse(data)
    assert len(rows) == len(claims)
    assert [r["id"] for r in rows] == [c["id"] for c in claims]
    assert [r["text"] for r in rows] == [c["text"] for c in claims]  # umlauts, quotes and « » intact
    first = rows[[r["id"] for r in rows].index(claims[0]["id"])]
    assert (first["range_start"], first["range_end"]) == tuple(claims[0]["range"] or ("", ""))


def test_special_characters_survive_the_round_trip() -> None:
    claims = [orjson.loads(line) for line in ITEMS.read_bytes().splitlines() if b'"group"' not in line]
    rows = parse(header() + encode(claim_row(c) for c in claims))
    assert len(rows) == len(claims) and list(rows[0]) == list(COLUMNS)
    by_id = {r["id"]: r for r in rows}
    tanks = by_id[str(claims[1]["id"])]
    assert tanks["text"] == claims[1]["text"] and '"Leopard 2"' in tanks["text"] and "Ümlauten" in tanks["text"]
    assert tanks["title"] == 'Lieferung, "Leopard" und mehr'
    assert (tanks["actors"], tanks["event"], tanks["quantities"]) == ("DEU;UKR", "arms_transfer", "120 Panzer")
    assert (tanks["attribution"], tanks["cue"], tanks["lang"]) == ("dem Ministerium", "Laut", "de")
    winter = by_id[str(claims[3]["id"])]
    assert winter["text"] == "De regering verwacht dat de gasprijzen deze winter\nverder stijgen."
    border = by_id[str(claims[0]["id"])]
    assert border["quantities"] == "3000 person"  # unit_code when the record has one
    assert (border["score"], border["modality"], border["url"]) == ("0.95", "reported", "https://example.org/en/border")


def test_a_line_break_is_only_ever_inside_a_quoted_field() -> None:
    claims = [orjson.loads(line) for line in ITEMS.read_bytes().splitlines() if b'"group"' not in line]
    data = encode(claim_row(c) for c in claims).decode("utf-8")
    inside, ends = False, 0
    for index, char in enumerate(data):
        if char == '"':
            inside = not inside
        elif char == "\n" and not inside:
            assert data[index - 1] == "\r"  # outside quotes: only the CRLF that ends a record
            ends += 1
        elif char == "\r" and not inside:
            assert data[index + 1] == "\n"
    assert ends == len(claims) and "\n" in data.replace("\r\n", "")  # the fixture's line break, quoted


def test_timeline_csv_of_groups_is_one_row_per_group() -> None:
    code, data, _ = run("timeline", str(ITEMS), "--min-sources", "2", "--format", "csv")
    assert code == 0
    rows = parse(data)
    assert [r["id"] for r in rows] == ["g-test-1105", "g-troops-1118", "g-arms-w47"]
    troops = rows[1]
    assert troops["lang"] == "de;en;nl" and troops["source"] == "tagesblatt;dagkrant;dailyworld"
    assert troops["published"] == "2024-11-19" and "sources disagree" in troops["quantities"]
