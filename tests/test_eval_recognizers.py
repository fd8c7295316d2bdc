"""tools/eval_recognizers.py: which Recognizers-Text DateTime expressions count, and as which TIMEX3 values."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import ModuleType

import pytest

from dateline.model import Timex
from tests.tools import load_tool

ROOT = Path(__file__).resolve().parents[1]
REF = datetime(2016, 11, 7, 16, 12)


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    return load_tool("eval_recognizers")


def test_point_values_become_timex3(scorer: ModuleType) -> None:
    assert scorer.values("date", [{"timex": "XXXX-WXX-1", "value": "2016-11-07"}], REF) == {"2016-11-07"}
    assert scorer.values("time", [{"timex": "T17", "value": "17:00:00"}], REF) == {"2016-11-07T17:00"}
    got = scorer.values("datetime", [{"timex": "2016-11-08T09", "value": "2016-11-08 09:00:00"}], REF)
    assert got == {"2016-11-08T09:00"}
    now = scorer.values("datetime", [{"timex": "PRESENT_REF", "value": "2016-11-07 16:12:00"}], REF)
    assert "PRESENT_REF" in now


def test_ranges_count_only_as_one_calendar_interval(scorer: ModuleType) -> None:
    month = [{"timex": "XXXX-03", "start": "2017-03-01", "end": "2017-04-01"}]
    assert scorer.values("daterange", month, REF) == {"2017-03"}
    span = [{"timex": "(2016-11-01,2016-11-05,P4D)", "start": "2016-11-01", "end": "2016-11-05"}]
    assert scorer.values("daterange", span, REF) == frozenset()
    evening = [{"timex": "2016-11-07TEV", "start": "2016-11-07 16:00:00", "end": "2016-11-07 20:00:00"}]
    assert scorer.values("datetimerange", evening, REF) == {"2016-11-07TEV"}
    assert scorer.values("set", [{"timex": "P1W", "value": "not resolved"}], REF) == frozenset()


def test_skips_with_a_message_without_the_checkout(
    scorer: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATELINE_CORPORA", str(tmp_path))
    assert scorer.main([]) == 0
    assert "skipped" in capsys.readouterr().out


def _expected(scorer: ModuleType, text: str, span: str, kind: str, values: set[str], lang: str) -> object:
    start = text.index(span)
    return scorer.Expected(text, REF.date(), start, start + len(span), kind, frozenset(values), REF, lang)


def test_next_and_last_weekday_count_as_the_nearest_such_day(scorer: ModuleType) -> None:
    from dateline.model import Timex

    text = "¿Dónde estabas el miércoles pasado?"  # said on Monday 7 November 2016
    e = _expected(scorer, text, "miércoles pasado", "date", {"2016-10-26"}, "es")
    assert scorer.counts(e, Timex(15, 34, "el miércoles pasado", "DATE", "2016-11-02"))  # the nearest past one
    assert not scorer.counts(e, Timex(15, 34, "el miércoles pasado", "DATE", "2016-11-09"))  # the other way
    assert not scorer.counts(e, Timex(15, 34, "el miércoles pasado", "DATE", "2016-10-19"))  # a week too far
    text = "Heb je op woensdag een afspraak?"  # no "next" or "last": the spec's day only
    e = _expected(scorer, text, "woensdag", "date", {"2016-11-16"}, "nl")
    assert not scorer.counts(e, Timex(10, 18, "woensdag", "DATE", "2016-11-09"))


def test_a_duration_before_later_counts_as_the_point_it_reaches(scorer: ModuleType) -> None:
    from dateline.model import Timex

    text = "Laten we 30 minuten later gaan wandelen"
    e = _expected(scorer, text, "30 minuten later", "datetime", {"2016-11-07T16:42"}, "nl")
    assert scorer.counts(e, Timex(9, 19, "30 minuten", "DURATION", "PT30M"))
    assert not scorer.counts(e, Timex(9, 19, "30 minuten", "DURATION", "PT20M"))
    text = "Das Projekt wurde genehmigt 3 Wochen später"  # the signal inside dateline's span: the same duration
    e = _expected(scorer, text, "3 Wochen später", "date", {"2016-11-28"}, "de")
    assert scorer.counts(e, _timex(text, "3 Wochen später", "DURATION", "P3W"))
    assert not scorer.counts(e, _timex(text, "3 Wochen später", "DURATION", "P2W"))


def test_a_point_years_or_months_ago_counts_at_the_granularity_of_its_unit(scorer: ModuleType) -> None:
    text = "Je suis revenu il y a deux ans"
    e = _expected(scorer, text, "il y a deux ans", "date", {"2014-11-07"}, "fr")
    start = text.index("il y a")
    assert scorer.counts(e, Timex(start, len(text), "il y a deux ans", "DATE", "2014"))
    assert not scorer.counts(e, Timex(start, len(text), "il y a deux ans", "DATE", "2015"))
    may = "Je reviendrai Mai vingt-neuf"  # a month alone is no answer for a day when nothing is reckoned back
    e = _expected(scorer, may, "Mai vingt-neuf", "date", {"2017-05-29"}, "fr")
    assert not scorer.counts(e, Timex(may.index("Mai"), len(may), "Mai vingt-neuf", "DATE", "2017-05"))


def test_dates_in_an_order_no_calendar_writes_are_out_of_scope(scorer: ModuleType) -> None:
    for text in ("23-2020-septembre", "septembre-2020-23", "2020/23/Sep.", "2020/23/set", "September-2020-23."):
        assert scorer.SCRAMBLED.match(text)
    for text in ("23/09/2020", "2020-09-23", "23-sep-2020", "Sep-23-2020", "2020/Sep/23", "septembre 2020"):
        assert not scorer.SCRAMBLED.match(text)


def test_a_weekday_whose_date_falls_on_another_weekday_is_out_of_scope(scorer: ModuleType) -> None:
    wrong = [{"timex": "XXXX-06-14", "value": "2016-06-14"}, {"timex": "XXXX-06-14", "value": "2017-06-14"}]
    assert scorer.contradicts("fr", "LUNDI 14 JUIN", "date", wrong)
    right = [{"timex": "XXXX-06-13", "value": "2016-06-13"}, {"timex": "XXXX-06-13", "value": "2017-06-13"}]
    assert not scorer.contradicts("fr", "lundi 13 juin", "date", right)
    reckoned = [{"timex": "2016-11-11", "value": "2016-11-11"}]  # a weekday the date is counted from
    assert not scorer.contradicts("en", "3 days from tuesday", "date", reckoned)
    assert scorer.contradicts("nl", "maandag 11-4", "date", [{"timex": "XXXX-04-11", "value": "2018-04-11"}])


def _timex(text: str, span: str, type_: str, value: str) -> Timex:
    start = text.index(span)
    return Timex(text=span, start=start, end=start + len(span), type=type_, value=value)


def test_a_duration_from_a_day_counts_as_the_day_it_reaches(scorer: ModuleType) -> None:
    text = "It will happen 3 days after January 12th."
    e = _expected(scorer, text, "3 days after January 12th", "date", {"2017-01-15"}, "en")
    got = [_timex(text, "3 days", "DURATION", "P3D"), _timex(text, "January 12th", "DATE", "2017-01-12")]
    assert scorer.anchored(e, got)
    before = _expected(
        scorer, "It happened 2 weeks before May 13 1999.", "2 weeks before May 13 1999", "date", {"1999-04-29"}, "en"
    )
    text = before.input
    assert scorer.anchored(
        before, [_timex(text, "2 weeks", "DURATION", "P2W"), _timex(text, "May 13 1999", "DATE", "1999-05-13")]
    )
    wrong = _expected(
        scorer, "It will happen 3 days after January 12th.", "3 days after January 12th", "date", {"2017-01-16"}, "en"
    )
    assert not scorer.anchored(wrong, got)
    text = "It lasted 3 days and January 12th was the last."
    e = _expected(scorer, text, "3 days and January 12th", "date", {"2017-01-15"}, "en")
    got = [_timex(text, "3 days", "DURATION", "P3D"), _timex(text, "January 12th", "DATE", "2017-01-12")]
    assert not scorer.anchored(e, got)  # no signal word between them
    text = "Ocurrirá 2 días a partir de ahora"  # from the reference instant (PRESENT_REF), also in minutes
    e = _expected(scorer, text, "2 días a partir de ahora", "date", {"2016-11-09"}, "es")
    assert scorer.anchored(e, [_timex(text, "2 días", "DURATION", "P2D"), _timex(text, "ahora", "DATE", "PRESENT_REF")])
    text = "Laten we over 3 minuten vanaf nu beginnen"
    e = _expected(scorer, text, "3 minuten vanaf nu", "datetime", {"2016-11-07T16:15"}, "nl")
    now = text.index("vanaf nu") + len("vanaf ")
    got = [_timex(text, "3 minuten", "DURATION", "PT3M"), Timex(now, now + 2, "nu", "DATE", "PRESENT_REF")]
    assert scorer.anchored(e, got)
    e = _expected(scorer, text, "3 minuten vanaf nu", "datetime", {"2016-11-07T16:16"}, "nl")
    assert not scorer.anchored(e, got)
    text = "Ik ga terug vier dagen gerekend vanaf gisteren"  # Dutch "counted from"
    e = _expected(scorer, text, "vier dagen gerekend vanaf gisteren", "date", {"2016-11-10"}, "nl")
    got = [_timex(text, "vier dagen", "DURATION", "P4D"), _timex(text, "gisteren", "DATE", "2016-11-06")]
    assert scorer.anchored(e, got)


def test_an_open_range_takes_the_year_of_its_last_day(scorer: ModuleType) -> None:
    before = [{"timex": "XXXX-09", "Mod": "before-start", "end": "2018-09-01"}]
    assert scorer.values("daterange", before, REF) == {"2018-09"}
    end_of_year = [{"timex": "XXXX-12", "Mod": "before-end", "end": "2017-01-01"}]
    assert scorer.values("daterange", end_of_year, REF) == {"2016-12"}


def test_names_in_lower_case_are_chat_where_the_language_capitalises_them(scorer: ModuleType) -> None:
    assert scorer.chat(_expected(scorer, "fourth of july 1995", "fourth of july 1995", "date", {"1995-07-04"}, "en"))
    assert scorer.chat(_expected(scorer, "I'll go back on easter 2018", "easter 2018", "date", {"2018-04-01"}, "en"))
    assert not scorer.chat(
        _expected(scorer, "Fourth of July 1995", "Fourth of July 1995", "date", {"1995-07-04"}, "en")
    )
    assert not scorer.chat(_expected(scorer, "It may rise in May", "May", "date", {"2017-05"}, "en"))
    spanish = scorer.Expected("el 4 de julio", REF.date(), 0, 13, "date", frozenset({"2017-07-04"}), REF, "es")
    assert not scorer.chat(spanish)  # Spanish writes months in lower case
