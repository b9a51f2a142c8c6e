from __future__ import annotations

from datetime import date, datetime

import pytest

from dipwatch.sources.dates import find_date, parse_date_value


@pytest.mark.parametrize(("text", "day"), [
    ("20211116.md", date(2021, 11, 16)),
    ("2021-11-16-readout.txt", date(2021, 11, 16)),
    ("readout_2021_11_16.pdf", date(2021, 11, 16)),
    ("外交部发言人2021年11月16日例行记者会", date(2021, 11, 16)),
    ("2021 年 12 月 9 日民主峰會", date(2021, 12, 9)),
    ("Readout of November 16, 2021 meeting", date(2021, 11, 16)),
    ("Statement, 10 Dec 2021", date(2021, 12, 10)),
    ("000_a24171bc92345ca4.txt", None),
    ("2021-02-30 is no day", None),
    ("11月16日", None),  # no year: not a full date
    ("id 120211116999", None),
])  # fmt: skip
def test_find_date(text: str, day: date | None) -> None:
    assert find_date(text) == day


def test_first_date_wins() -> None:
    assert find_date("2021年12月10日 回顾 2021-11-16") == date(2021, 12, 10)


@pytest.mark.parametrize(("value", "day"), [
    ("2021-11-16", date(2021, 11, 16)),
    ("2021-11-16T08:00:00+08:00", date(2021, 11, 16)),
    ("D:20211116083000+08'00'", date(2021, 11, 16)),
    (datetime(2021, 11, 16, 8), date(2021, 11, 16)),
    (date(2021, 11, 16), date(2021, 11, 16)),
])  # fmt: skip
def test_parse_date_value(value: object, day: date) -> None:
    assert parse_date_value(value) == day


def test_parse_date_value_refuses() -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_date_value("yesterday")
