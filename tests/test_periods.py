from datetime import date

import pytest

from dipwatch.errors import InputError
from dipwatch.periods import parse_day, parse_period


@pytest.mark.parametrize(
    ("text", "start", "end", "grain"),
    [
        ("2021", date(2021, 1, 1), date(2021, 12, 31), "year"),
        ("2021Q4", date(2021, 10, 1), date(2021, 12, 31), "quarter"),
        ("2024q1", date(2024, 1, 1), date(2024, 3, 31), "quarter"),
        ("2021-11", date(2021, 11, 1), date(2021, 11, 30), "month"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2021-11-01..2021-12-31", date(2021, 11, 1), date(2021, 12, 31), "custom"),
        ("2021-12-09", date(2021, 12, 9), date(2021, 12, 9), "day"),
    ],
)
def test_parse_period_forms(text, start, end, grain):
    p = parse_period(text)
    assert (p.start, p.end, p.grain) == (start, end, grain)


def test_previous_periods_chain_back():
    assert parse_period("2021Q1").previous().label == "2020Q4"
    assert parse_period("2021-01").previous().label == "2020-12"
    assert parse_period("2021").previous().label == "2020"
    custom = parse_period("2021-11-01..2021-11-10").previous()
    assert (custom.start, custom.end) == (date(2021, 10, 22), date(2021, 10, 31))
    assert parse_period("2021-12-09").previous().label == "2021-12-08"


def test_months_of_a_quarter():
    assert [m.label for m in parse_period("2021Q4").months()] == ["2021-10", "2021-11", "2021-12"]


@pytest.mark.parametrize(
    "bad", ["", "2021Q5", "2021-13", "21", "2021-12-31..2021-01-01", "2021-02-30", "last year"]
)
def test_bad_periods_name_the_valid_forms(bad):
    with pytest.raises(InputError, match="2021Q4"):
        parse_period(bad)


def test_parse_day_accepts_compact_form():
    assert parse_day("20211210") == date(2021, 12, 10)
