"""Days counted from the last day told, as prose writes them (the seventh prose dev batch,
eval/README.md): 5 日後 and 三日後 (days later, not the 5th), 此後兩天, 三天前; 自 15 日後 stays
the 15th."""

from datetime import date

import pytest

from dipwatch.coder.dates import find_dates

TOLD = "11月9日，…。"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("5日后，…", "2018-11-14"),
        ("三日后，…", "2018-11-12"),
        ("两日之后，…", "2018-11-11"),
        ("此后两天，…", "2018-11-11"),
        ("三天前，…", "2018-11-06"),
        ("自15日后，…", "2018-11-15"),
    ],
)
def test_a_day_counted_from_the_last_day_told(text, day):
    found = find_dates(TOLD + text, date(2019, 1, 20), genre="narrative")
    assert [(m.day.isoformat(), m.precision) for m in found][1:] == [(day, "day")]


@pytest.mark.parametrize("word", ["隔天", "次晨", "翌晨"])
def test_the_day_after_as_taiwan_and_prose_write_it(word):
    found = find_dates(TOLD + word + "，…", date(2019, 1, 20), genre="narrative")
    assert [(m.day.isoformat(), m.precision) for m in found][1:] == [("2018-11-10", "day")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("113年初，…", [("2024-01-01", "month")]),
        ("112年底，…", [("2023-12-01", "month")]),
        ("113年，…。5月20日，…", [("2024-01-01", "year"), ("2024-05-20", "day")]),
        ("两国关系已走过113年，…", []),
    ],
)
def test_taiwans_years_without_the_era_name(text, found):
    got = find_dates(text, date(2025, 7, 15), genre="narrative")
    assert [(m.day.isoformat(), m.precision) for m in got] == found


def test_not_until_a_day_is_that_day_not_a_spans_end():
    found = find_dates(TOLD + "中方直到13日才宣布，…", date(2019, 1, 20), genre="narrative")
    assert [(m.day.isoformat(), m.span) for m in found][1:] == [("2018-11-13", False)]
