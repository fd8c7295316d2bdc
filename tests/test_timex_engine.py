"""The timex engine as a whole: one grammar per language from data, offsets, ordering, hostile input."""

from __future__ import annotations

import itertools
import time
from datetime import date

import pytest

from dateline.resources import languages
from dateline.timex import tag
from dateline.timex.patterns import DIGIT, PREFIX_LEN, _expand, _join, _opening, _parser, alternation, fold, grammar
from dateline.timex.tense import lexicon

LANGS = ["de", "en", "es", "fr", "it", "nl"]


def test_every_language_has_a_grammar() -> None:
    assert set(LANGS) <= set(languages("timex"))
    for lang in LANGS:
        g = grammar(lang)
        assert g is not None
        assert g.rules and lexicon(lang).cues is not None


def test_every_match_starts_where_the_gate_stops() -> None:
    """The gate (the strings a rule can begin with) must let every match through: scanning the grammar at every
    word start finds nothing the gated scan misses."""
    text = (
        "On Monday, March 7, 2024 at 10:30 a.m., two years ago, the 1990s, am 7. März, vor drei Wochen, "
        "il y a deux ans, le 7 mars, hace dos años, el 7 de marzo, tre anni fa, il 7 marzo, twee jaar geleden, "
        "op 7 maart, 07.03.2024, 3/7/2024, the 1/2 years, Dienstagabend, early-March, mid-2023"
    )
    for lang in LANGS:
        g = grammar(lang)
        assert g is not None
        whole = _join(g.parts)
        for at in range(len(text)):
            if whole.match(text, at):
                assert g.gate.match(text, at), (lang, text[at : at + 20])


def test_the_rules_tried_at_a_position_find_what_all_rules_find() -> None:
    """`Grammar.match` tries only the rules whose opening strings the text begins with: at every position of a
    text full of expressions (in upper case too, and with characters `re.IGNORECASE` holds equal to others: "ſ"
    is "s") it must give the same match, of the same rule, as one alternation of all rules."""
    text = (
        "On Monday, March 7, 2024 at 10:30 a.m., the '60s, March 3 and 4, am 3., 4. und 5. Oktober, halb acht, "
        "vor drei Wochen, les 3 et 4 octobre, le lendemain soir, à 8 heures du soir, los días 6 y 7, a las 8 de la "
        "tarde, alle 15 di ieri, nel tardo pomeriggio, il 3 scorso, rond 9.30 uur, om half acht, de 12e, het "
        "pinksterweekend, The Mail on Sunday, Ex-Präsident, \u00c9t\u00e9 2024, 'sixties, „Weihnachten“, "
        "ſeptember 3, the 1ſt of May, 3\u00a0March, İn 2024, \u212aW 31, Ṡunday"
    )
    for lang in LANGS:
        g = grammar(lang)
        assert g is not None
        regex = _join(g.parts)
        for sample in (text, text.upper()):
            for at in range(len(sample)):
                whole, part = regex.match(sample, at), g.match(sample, at)
                assert (whole and (whole.lastgroup, whole.span())) == (part and (f"r{part[0].index}", part[1].span()))


def test_fold_compares_as_the_regex_module_does() -> None:
    """Two letters fold alike exactly when `re.IGNORECASE` matches one with the other (Latin and Greek letters,
    and those it holds equal beyond their lower case: "ſ" and "s", "K" (Kelvin) and "k")."""
    import re

    codes = [*range(0x41, 0x250), *range(0x370, 0x400), 0x1E9E, 0x1E61, 0x1E9B, 0x212A, 0x212B, 0x2126]
    letters = [chr(n) for n in codes if chr(n).isalpha()]
    for a in letters:
        regex = re.compile(re.escape(a), re.IGNORECASE)
        for b in letters:
            assert (fold(a) == fold(b)) == bool(regex.fullmatch(b)), (a, b)


def test_unknown_language_finds_nothing() -> None:
    assert tag("Am 7. März 2024", "xx", date(2024, 3, 8)) == []


def test_unknown_table_is_reported() -> None:
    with pytest.raises(ValueError, match="unknown table"):
        _expand(0, "{nosuch} {month}", {"month": {"mai": 5}})


def test_alternation_prefers_longer_forms() -> None:
    import re

    regex = re.compile(alternation(["sep", "sept", "september"]))
    long, short = regex.match("september"), regex.match("sept.")
    assert long is not None and long.group() == "september"
    assert short is not None and short.group() == "sept"


def _opening_strings(pattern: str) -> set[str] | None:
    found = _opening(list(_parser.parse(pattern)), {})
    return None if found is None else {s for s, _ in found}


def test_opening_strings_of_a_pattern() -> None:
    assert _opening_strings("(?:a )?day") == {"a day", "day"}
    # every digit is one character (DIGIT), so a run of digits is seen to its end and what follows it counts
    assert _opening_strings("[0-9]+ days") == {(DIGIT * k + " days")[:PREFIX_LEN] for k in range(1, PREFIX_LEN + 1)}
    assert _opening_strings(r"mar\.? 1") == {"mar " + DIGIT, "mar. " + DIGIT}
    assert _opening_strings(r"late[-\s]?may") == {"late\x01", "latemay"}  # \x01: a non-word character
    assert _opening_strings(r"\w+") is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Am Montag, dem 7. März 2024, sagte er, vor drei Jahren sei es jede Woche so gewesen."),
        ("en", "On Monday, March 7, 2024, he said that three years ago it was like that every week."),
        ("fr", "Lundi 7 mars 2024, il a dit qu'il y a trois ans c'était ainsi chaque semaine."),
        ("nl", "Op maandag 7 maart 2024 zei hij dat het drie jaar geleden elke week zo was."),
        ("es", "El lunes 7 de marzo de 2024 dijo que hace tres años era así cada semana."),
        ("it", "Lunedì 7 marzo 2024 ha detto che tre anni fa era così ogni settimana."),
    ],
)
def test_offsets_sorted_and_disjoint(lang: str, text: str) -> None:
    found = tag(text, lang, date(2024, 3, 8))
    assert len(found) >= 3
    assert all(text[t.start : t.end] == t.text for t in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert {t.type for t in found} >= {"DATE", "SET"}


def test_ordinary_words_are_not_dates() -> None:
    # short words that dateparser-style tables read as weekdays or months
    assert tag("Die Frau mit dem Hut kam so schnell sie konnte.", "de", date(2024, 1, 1)) == []
    assert tag("You may leave if you march in line.", "en", date(2024, 1, 1)) == []
    assert tag("Il a été blessé.", "fr", date(2024, 1, 1)) == []


def test_ages_and_quantities_are_not_durations_or_years() -> None:
    assert tag("Un chauffeur de 38 ans a été blessé.", "fr", date(2024, 1, 1)) == []
    assert tag("Rund 1200 Mitarbeiter verlieren ihre Stelle.", "de", date(2024, 1, 1)) == []
    assert tag("A 6-year-old boy was found.", "en", date(2024, 1, 1)) == []


@pytest.mark.parametrize(
    "text",
    ["1" * 20_000, "1." * 10_000, "1:" * 10_000, "12.12." * 3_000, "März " * 3_000, ". " * 10_000, "l'" * 5_000],
)
def test_hostile_input_is_handled(text: str) -> None:
    found = tag(text, "de", date(2024, 1, 1))
    assert all(text[t.start : t.end] == t.text for t in found)
    assert len(found) <= len(text) // 4


def test_narrative_mode_anchors_on_the_last_absolute_date() -> None:
    text = "Im März 2021 begann es. Im Juli kam die Wende. Am 2. Mai 2023 war es vorbei, gestern nicht mehr."
    values = [t.value for t in tag(text, "de", None)]
    assert values == ["2021-03", "2021-07", "2023-05-02", "2023-05-01"]


@pytest.mark.parametrize(
    ("lang", "weak", "tail", "value"),
    [
        ("en", "the ", "on March 3, 2024", "2024-03-03"),
        ("fr", "l'", " le 3 mars 2024", "2024-03-03"),
        ("fr", "de la ", "le 3 mars 2024", "2024-03-03"),
        ("de", "im ", "am 3. März 2024", "2024-03-03"),
        ("nl", "de ", "op 3 maart 2024", "2024-03-03"),
        ("es", "de la ", "el 3 de marzo de 2024", "2024-03-03"),
        ("it", "l'", " il 3 marzo 2024", "2024-03-03"),
    ],
)
def test_runs_of_weak_words_are_skipped_fast_and_what_follows_is_found(
    lang: str, weak: str, tail: str, value: str
) -> None:
    text = weak * (200_000 // len(weak)) + tail
    began = time.process_time()
    found = tag(text, lang, date(2024, 1, 1))
    # a guard against a quadratic scan (minutes here), not a speed figure: speed is measured by `make bench`
    assert time.process_time() - began < 5.0
    assert [t.value for t in found] == [value]


def test_the_gated_cue_scan_finds_what_the_cue_regex_finds() -> None:
    """`Cues.finditer` tries the cue regex only where its gate lets it: in every language, over every stretch of a
    text of cue words of all six languages (and in upper case), it finds the same cues as the regex's own scan."""
    text = (
        "He said the talks had been scheduled for Monday and will resume; they were held, it ran, has begun. "
        "Er hat gesagt, die Sitzung wird am Montag stattfinden, sie fand statt. Il a déclaré qu'elle aura lieu "
        "lundi, elle se tiendra; il partira. Dijo que se celebrará el lunes, llegaron. Ha detto che si terrà "
        "lunedì, arrivarono. Hij zei dat het maandag zal plaatsvinden; zij verhuisden, feliciteerden."
    )
    for lang in LANGS:
        cues = lexicon(lang).cues
        assert cues is not None and cues.gate is not None
        for sample in (text, text.upper()):
            for lo in range(0, len(sample), 7):
                for end in (min(len(sample), lo + 40), len(sample)):
                    assert [(m.span(), m.lastgroup) for m in cues.finditer(sample, lo, end)] == [
                        (m.span(), m.lastgroup) for m in cues.regex.finditer(sample, lo, end)
                    ], (lang, lo, end)


def test_rules_of_any_shape_are_tried_where_they_can_match(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rules the data format allows but today's data has none of: a leading optional space, a tab, `\\s`, an
    escaped space, a case-sensitive look-ahead, table forms with spaces and letters `re.IGNORECASE` holds equal
    ("ſ", "ß"): at every position of texts with tabs, no-break spaces and runs of spaces, `Grammar.match` gives the
    same match, of the same rule, as one alternation of all rules."""
    from dateline.timex import patterns

    data = {
        "tables": {
            "month": {"März": 3, "mars": 3, "Sept.": 9, "ſeptember": 9, "end of may": 5, "Straße": 2},
            "unit": {"days": "D", "Tage": "D", "week end": "WE"},
        },
        "rule": [
            {"type": "DATE", "pattern": " ?(?:on|at)[\t ]{month}"},
            {"type": "DATE", "pattern": "[\t]x{day_num}"},
            {"type": "DATE", "pattern": "(?:the\\s+)?{month} {day_num}"},
            {"type": "DATE", "pattern": "(?=(?-i:[A-Z])){month}\\.? {year}"},
            {"type": "DURATION", "pattern": "{digits} {unit}"},
            {"type": "DATE", "pattern": "foo\\ bar {year}"},
            {"type": "DATE", "pattern": "{month}"},
        ],
    }
    monkeypatch.setattr(patterns, "load", lambda lang, name: data if name == "timex" else {})
    g = patterns.grammar.__wrapped__("zz")
    assert g is not None and g.anywhere  # the tab rule gives no head
    whole = _join(g.parts)
    text = (
        "on März 3, at\tmars 2024,  on  Sept. 12, the\nSeptember 3, SEPTEMBER 3, ſeptember 3, \tx12, x12, 3 days, "
        "4 TAGE, 2 week  end, foo bar 2024, foo  bar 2024, END OF MAY 7, end\u00a0of may 7, Straße 2024, STRASSE, "
        "März 2024, märz 2024, on\u00a0\u00a0mars"
    )
    for sample in (text, text.upper(), text.replace(" ", "  "), text.replace(" ", "\t"), text.replace(" ", "    ")):
        for at in range(len(sample)):
            expected, found = whole.match(sample, at), g.match(sample, at)
            assert (expected and (expected.lastgroup, expected.span())) == (
                found and (f"r{found[0].index}", found[1].span())
            ), (sample[at : at + 20], at)
