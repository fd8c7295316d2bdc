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


def _case(scorer: ModuleType, text: str, span: str, values: set[str], kind: str = "date") -> object:
    start = text.index(span)
    return scorer.Expected(text, REF.date(), start, start + len(span), kind, frozenset(values), REF, "en")


def _timex(text: str, span: str, type_: str, value: str) -> Timex:
    start = text.index(span)
    return Timex(text=span, start=start, end=start + len(span), type=type_, value=value)


def test_a_duration_from_a_day_counts_as_the_day_it_reaches(scorer: ModuleType) -> None:
    text = "It will happen 3 days after January 12th."
    e = _case(scorer, text, "3 days after January 12th", {"2017-01-15"})
    got = [_timex(text, "3 days", "DURATION", "P3D"), _timex(text, "January 12th", "DATE", "2017-01-12")]
    assert scorer.anchored(e, got)
    before = _case(scorer, "It happened 2 weeks before May 13 1999.", "2 weeks before May 13 1999", {"1999-04-29"})
    text = before.input
    assert scorer.anchored(
        before, [_timex(text, "2 weeks", "DURATION", "P2W"), _timex(text, "May 13 1999", "DATE", "1999-05-13")]
    )
    wrong = _case(scorer, "It will happen 3 days after January 12th.", "3 days after January 12th", {"2017-01-16"})
    assert not scorer.anchored(wrong, got)
    text = "It lasted 3 days and January 12th was the last."
    e = _case(scorer, text, "3 days and January 12th", {"2017-01-15"})
    got = [_timex(text, "3 days", "DURATION", "P3D"), _timex(text, "January 12th", "DATE", "2017-01-12")]
    assert not scorer.anchored(e, got)  # no signal word between them


def test_the_nearest_weekday_counts_for_last_and_next(scorer: ModuleType) -> None:
    # REF is Monday 2016-11-07: the spec's "last Wednesday" is 2016-10-26, TimeML's the latest Wednesday, 2016-11-02
    text = "Where were you last Wednesday?"
    e = _case(scorer, text, "last Wednesday", {"2016-10-26"})
    assert scorer.nearest_weekday(e, _timex(text, "last Wednesday", "DATE", "2016-11-02"))
    assert not scorer.nearest_weekday(e, _timex(text, "Wednesday", "DATE", "2016-11-02"))  # "last" not read
    assert not scorer.nearest_weekday(e, _timex(text, "last Wednesday", "DATE", "2016-11-09"))  # the other side


def test_offsets_of_whole_months_count_at_the_month(scorer: ModuleType) -> None:
    text = "The storm hit two months ago."
    e = _case(scorer, text, "two months ago", {"2016-09-07"})
    assert scorer.unit_granularity(e, _timex(text, "two months ago", "DATE", "2016-09"))
    assert not scorer.unit_granularity(e, _timex(text, "two months ago", "DATE", "2016-10"))
    other_day = _case(scorer, text, "two months ago", {"2016-09-12"})  # no whole-month offset of the reference
    assert not scorer.unit_granularity(other_day, _timex(text, "two months ago", "DATE", "2016-09"))


def test_an_open_range_takes_the_year_of_its_last_day(scorer: ModuleType) -> None:
    before = [{"timex": "XXXX-09", "Mod": "before-start", "end": "2018-09-01"}]
    assert scorer.values("daterange", before, REF) == {"2018-09"}
    end_of_year = [{"timex": "XXXX-12", "Mod": "before-end", "end": "2017-01-01"}]
    assert scorer.values("daterange", end_of_year, REF) == {"2016-12"}


def test_names_in_lower_case_are_chat_where_the_language_capitalises_them(scorer: ModuleType) -> None:
    assert scorer.chat(_case(scorer, "fourth of july 1995", "fourth of july 1995", {"1995-07-04"}))
    assert scorer.chat(_case(scorer, "I'll go back on easter 2018", "easter 2018", {"2018-04-01"}))
    assert not scorer.chat(_case(scorer, "Fourth of July 1995", "Fourth of July 1995", {"1995-07-04"}))
    assert not scorer.chat(_case(scorer, "It may rise in May", "May", {"2017-05"}))
    spanish = scorer.Expected("el 4 de julio", REF.date(), 0, 13, "date", frozenset({"2017-07-04"}), REF, "es")
    assert not scorer.chat(spanish)  # Spanish writes months in lower case
