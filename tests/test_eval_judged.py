"""tools/eval_judged.py: the judged-sample scorer, on a hand-written fixture; and the gold file's own checks."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.tools import load_tool

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "judged.jsonl"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_tool("eval_judged")


def _gold(doc: str, lang: str, quote: str, dates: list[Any], required: bool = True, **extra: Any) -> dict[str, Any]:
    return {
        "corpus": f"test/{lang}",
        "doc": doc,
        "lang": lang,
        "quote": quote,
        "dates": dates,
        "required": required,
        "quantities": extra.pop("quantities", []),
        "forms": extra.pop("forms", []),
        **extra,
    }


def _claim(text: str, values: list[str], quantities: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"text": text, "dates": [{"value": v} for v in values], "quantities": quantities or []}


GOLD_FIXTURE = [
    _gold(
        "a",
        "fr",
        "La grève a commencé lundi",
        ["2024-03-04"],
        forms=["weekday"],
        quantities=[{"text": "vingt-cinq", "value": 25, "op": "=", "unit_code": "person"}],
    ),
    _gold("a", "fr", "Le bureau ouvre à 9 h 30", ["2024-03-06T09:30"], forms=["clock_time"]),
    _gold(
        "a",
        "fr",
        "ces derniers jours",
        [],
        required=False,
        quantities=[{"text": "près de 3 millions", "value": 3000000, "op": "~", "unit_code": "EUR"}],
    ),
    _gold(
        "b",
        "es",
        "El precio bajó un 2,1 %",
        ["2024-02"],
        forms=["month"],
        quantities=[
            {"text": "2,1 %", "value": 2.1, "op": "=", "unit_code": "%", "direction": "down"},
            {"text": "dos", "value": 2, "op": "="},
            {"text": "2 tiendas", "value": 2, "op": "="},
        ],
    ),
    _gold("b", "es", "hace dos semanas", [["2024-W10", "2024-03-01"]], forms=["weeks_ago"]),
    _gold("b", "es", "En enero y el 3 de marzo", ["2024-01", "2024-03-03"], forms=["month", "day_month"]),
]

CLAIMS_FIXTURE = {
    ("test/fr", "a"): [
        # found: quote inside, white space folded, the date among others
        _claim(
            "Selon le syndicat, La grève  a commencé\nlundi avec vingt-cinq salariés.",
            ["2024-03-04", "2024"],
            [{"value": 20, "op": "=", "unit": "salariés"}],
        ),
        # the quote, but the clock time is missing: a miss by dates
        _claim("Le bureau ouvre à 9 h 30 mercredi.", ["2024-03-06"]),
        # an emitted claim that matches no quote: counts against precision
        _claim("Le ministre a parlé mardi.", ["2024-03-05"]),
        # a non-required quote: neither a hit nor a false claim
        _claim(
            "Ils ont volé près de 3 millions ces derniers jours en mars.",
            ["2024-03"],
            [{"value": 3000000, "op": "~", "unit": "d'euros", "unit_code": "EUR"}],
        ),
    ],
    ("test/es", "b"): [
        _claim(
            "El precio bajó un 2,1 % en febrero, dos meses con 2 tiendas.",
            ["2024-02"],
            [{"value": -2.1, "op": "=", "unit": "%"}, {"value": 2, "op": "=", "unit": "tiendas"}],
        ),
        _claim("Lo anunció hace dos semanas.", ["2024-03-01"]),
        # one of two dates: a miss counted under the form of the missing value only
        _claim("En enero y el 3 de marzo hubo huelga.", ["2024-03-03"]),
    ],
}


def test_recall_precision_and_quantities_per_language(tool: ModuleType) -> None:
    tallies = tool.score(GOLD_FIXTURE, CLAIMS_FIXTURE)
    fr, es = tallies["fr"], tallies["es"]
    assert (fr.required, fr.found) == (2, 1)  # the clock time is missing
    assert (fr.emitted, fr.matched) == (4, 3)  # "Le ministre a parlé mardi." matches no quote
    assert fr.missed_forms == {"clock_time": 1}
    assert any("matches no gold quote" in miss and "Le ministre" in miss for miss in fr.misses)
    # vingt-cinq read as 20: wrong; 3 millions ~ EUR on a non-required sentence: right
    assert (fr.quantities, fr.reached, fr.right) == (2, 2, 1)
    assert fr.missed_quantity_forms == {"plain": 1}
    assert (es.required, es.found) == (3, 2)  # the week-or-day alternative accepts the day
    assert (es.emitted, es.matched) == (3, 3)
    assert es.missed_forms == {"month": 1}
    # -2.1 for "bajó un 2,1 %" is right (sign ignored); the one emitted 2 serves one of the two gold 2s only
    assert (es.quantities, es.reached, es.right) == (3, 3, 2)
    assert (fr.extra, es.extra) == (1, 0)  # the 20 of "vingt-cinq" is no gold value


def test_a_sentence_not_emitted_is_a_miss_and_its_quantities_are_not_reached(tool: ModuleType) -> None:
    tallies = tool.score(GOLD_FIXTURE, {("test/fr", "a"): []})
    fr = tallies["fr"]
    assert (fr.found, fr.emitted, fr.reached, fr.right, fr.quantities) == (0, 0, 0, 0, 2)
    assert any("not emitted" in miss for miss in fr.misses)
    assert tallies["es"].found == 0  # a document without claims


def test_quantity_matching_rules(tool: ModuleType) -> None:
    want = {"text": "12 %", "value": 12, "op": ">", "unit_code": "%"}
    assert tool.quantity_matches(want, {"value": 12.0, "op": ">", "unit": "Prozent"})  # no unit_code field
    assert tool.quantity_matches(want, {"value": 12, "op": ">", "unit_code": "%"})
    assert not tool.quantity_matches(want, {"value": 12, "op": ">", "unit_code": "EUR"})
    assert not tool.quantity_matches(want, {"value": 12, "op": "=", "unit": "%"})
    assert not tool.quantity_matches(want, {"value": 13, "op": ">", "unit": "%"})
    assert not tool.quantity_matches(want, {"value": None, "op": ">", "unit": "%"})


def test_report_names_every_language_with_its_ratios(tool: ModuleType) -> None:
    lines = tool.report(tool.score(GOLD_FIXTURE, CLAIMS_FIXTURE))
    fr = next(line for line in lines if line.strip().startswith("fr "))
    assert "0.50 (1/2)" in fr and "0.75 (3/4)" in fr
    assert lines[1].split()[-1] == "extra" and fr.split()[-1] == "1"
    assert any(line.strip().startswith("fr missed:") and "clock_time 1" in line for line in lines)


def test_documents_are_read_with_their_publication_date(tool: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "meantime").mkdir()
    rows = [
        {"id": "es/x/1", "lang": "es", "dct": "2005-06-13", "text": "T\n13 de junio\nEl lunes llovió."},
        {"id": "es/x/2", "lang": "es", "dct": "2005-06-14", "text": "not sampled"},
    ]
    (tmp_path / "meantime" / "es.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    gold = [
        {
            "corpus": "meantime/es",
            "doc": "es/x/1",
            "lang": "es",
            "quote": "El lunes",
            "dates": [],
            "required": False,
            "quantities": [],
        }
    ]
    docs = tool.load_documents(gold, tmp_path)
    assert list(docs) == [("meantime/es", "es/x/1")]
    assert docs["meantime/es", "es/x/1"]["published"] == "2005-06-13"


def test_without_the_corpus_it_skips_with_one_line(
    tool: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(tool, "CORPUS", tmp_path / "absent")
    monkeypatch.setattr(sys, "argv", ["eval_judged.py"])
    assert tool.main() == 0
    out = capsys.readouterr().out
    assert out.startswith("skipped:") and out.count("\n") == 1


def test_the_gold_file_is_well_formed(tool: ModuleType) -> None:
    gold = tool.load_gold(GOLD)
    assert {g["lang"] for g in gold} == {"fr", "es", "it", "nl"}
    for g in gold:
        assert len(g["quote"]) <= 100, g["quote"]
        assert g["lang"] == g["doc"].split("/")[0]
        assert not g["required"] or g["dates"], g["quote"]
        for q in g["quantities"]:
            assert q["op"] in {
                "=",
                "~",
                ">",
                ">=",
                "<",
                "<=",
            }, q
            assert isinstance(q["value"], int | float) and q["value"] >= 0, q
    keys = [(g["doc"], g["quote"]) for g in gold]
    assert len(keys) == len(set(keys))


def test_every_quote_occurs_once_in_its_document(tool: ModuleType, shared: Path) -> None:
    gold = tool.load_gold(GOLD)
    docs = tool.load_documents(gold, shared / "corpus")
    for g in gold:
        text = docs[g["corpus"], g["doc"]]["text"]
        assert text.count(g["quote"]) == 1, (g["doc"], g["quote"])
        line = next(line for line in text.split("\n") if g["quote"] in line)
        for q in g["quantities"]:
            assert q["text"] in line, (g["quote"], q["text"])
