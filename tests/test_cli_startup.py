"""Start-up: --version, --help and schema import nothing heavy; language profiles load once, only for detection,
and detection answers as langdetect itself does."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dateline import language

HEAVY = ("trafilatura", "langdetect", "rich", "lxml", "charset_normalizer", "orjson", "warcio", "dateline.pipeline")
PROBE = """
import sys
from dateline.cli import main
sys.argv = ["dateline", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print("\\nLOADED", " ".join(sorted(m for m in sys.modules if m.startswith({heavy}))))
"""


def loaded(*args: str, stdin: str = "") -> set[str]:
    """The heavy modules imported by `dateline ARGS` (run as a process of its own)."""
    command = [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args]
    done = subprocess.run(command, input=stdin, capture_output=True, text=True, check=True)
    return set(done.stdout.rsplit("LOADED", 1)[1].split())


@pytest.mark.parametrize("args", [["--version"], ["-h"], ["extract", "-h"], ["schema"], ["schema", "article"]])
def test_nothing_heavy_is_imported_for_version_help_and_schema(args: list[str]) -> None:
    assert loaded(*args) == set()


def test_dates_on_utf8_text_imports_no_encoding_detector() -> None:
    text = "The strike began on March 7, 2024, a union spokesman said on Tuesday."
    assert "charset_normalizer" not in loaded("dates", "-", "--lang", "en", stdin=text)


def test_extract_on_plain_text_imports_no_html_cleaner() -> None:
    text = "The strike began on March 7, 2024, a union spokesman said on Tuesday."
    heavy = loaded("extract", "-", "--lang", "en", stdin=text)
    assert "dateline.pipeline" in heavy
    assert not {m for m in heavy if m.startswith(("trafilatura", "lxml"))}


def test_language_profiles_are_loaded_only_when_detection_is_needed() -> None:
    text = "The strike began on March 7, 2024, a union spokesman said on Tuesday."
    assert "langdetect" not in loaded("dates", "-", "--lang", "en", stdin=text)
    assert "langdetect" in loaded("dates", "-", stdin=text)


SENTENCES = {
    "de": "Die Regierung hat am Dienstag neue Hilfen für die Landwirte angekündigt, sagte die Ministerin in Berlin.",
    "en": "The government announced new help for farmers on Tuesday, the minister told reporters in London.",
    "fr": "Le gouvernement a annoncé mardi de nouvelles aides pour les agriculteurs, a déclaré la ministre à Paris.",
    "es": "El gobierno anunció el martes nuevas ayudas para los agricultores, dijo la ministra en Madrid.",
    "it": "Il governo ha annunciato martedì nuovi aiuti per gli agricoltori, ha detto la ministra a Roma.",
    "nl": "De regering heeft dinsdag nieuwe steun voor boeren aangekondigd, zei de minister in Den Haag.",
    "pt": "O governo anunciou na terça-feira novas ajudas para os agricultores, disse a ministra em Lisboa.",
    "pl": "Rząd ogłosił we wtorek nową pomoc dla rolników, powiedziała minister w Warszawie.",
}


def test_detection_answers_as_langdetect_does() -> None:
    from langdetect import DetectorFactory, detect_langs

    DetectorFactory.seed = 0
    for lang, sentence in SENTENCES.items():
        best = detect_langs(sentence)[0]
        assert language.detect(sentence) == (best.lang, round(best.prob, 4))
        assert language.detect(sentence)[0] == lang


def test_codes_are_read_in_any_case_with_a_region() -> None:
    assert [language.code(c) for c in ("EN", "de-AT", "fr_CA", "pt", "english")] == ["en", "de", "fr", None, None]
