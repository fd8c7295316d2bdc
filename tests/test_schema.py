"""Every record dateline emits validates against the schema it publishes."""

from __future__ import annotations

import jsonschema
import orjson
from typer.testing import CliRunner

from dateline.api import claim_schema, extract_text
from dateline.cli import app

from .conftest import EXAMPLES


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(claim_schema())


def test_schema_command_prints_the_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert orjson.loads(result.stdout) == claim_schema()


def test_every_example_claim_validates() -> None:
    result = CliRunner().invoke(app, ["extract", str(EXAMPLES)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) >= 10
    validator = jsonschema.Draft202012Validator(claim_schema())
    for line in lines:
        validator.validate(orjson.loads(line))


def test_api_claims_validate_and_carry_resolved_dates() -> None:
    claims = extract_text(
        "Streik im Hafen\nDer Streik begann am Montag, sagte ein Sprecher der Gewerkschaft am Dienstag.",
        lang="de",
        published="2024-11-22",
    )
    assert [c["date"] for c in claims] == ["2024-11-18"]
    jsonschema.validate(claims[0], claim_schema())


def test_a_claim_lists_every_speaker_of_its_sentence() -> None:
    claims = extract_text(
        "Plant closure\nDana Whitfield said the plant would close on May 3, while Jane Roe said it would stay open.",
        lang="en",
        published="2024-04-22",
    )
    assert len(claims) == 1
    jsonschema.validate(claims[0], claim_schema())
    assert claims[0]["attribution"] == {"text": "Dana Whitfield", "cue": "said", "name": "Dana Whitfield"}
    assert [a["text"] for a in claims[0]["attributions"]] == ["Dana Whitfield", "Jane Roe"]
