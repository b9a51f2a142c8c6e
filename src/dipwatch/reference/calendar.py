"""The first day of the lunar year (春节, 农历正月初一) by Gregorian year, 1990-2035
(``spring_festivals.csv``): texts date acts by the festival (除夕, 春节当天, 正月初五) without
a month or day, and the festival moves between 21 January and 20 February. (The table was
checked against the ``lunardate`` package's conversion; no dependency on it is kept.)

>>> spring_festival(2024)
datetime.date(2024, 2, 10)
>>> spring_festival(1900) is None
True
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from dipwatch.reference.loader import read_csv_rows, row_error

COLUMNS = ("year", "new_year")


@cache
def spring_festivals(path: Path | str | None = None) -> dict[int, date]:
    """{year: the day its lunar year begins}, from the bundled table or the user's ``path``."""
    table: dict[int, date] = {}
    for where, row in read_csv_rows("spring_festivals.csv", COLUMNS, path):
        try:
            year, day = int(row["year"]), date.fromisoformat(row["new_year"])
        except ValueError:
            raise row_error(where, "year and new_year must be a year and a date") from None
        if day.year != year or not (1, 21) <= (day.month, day.day) <= (2, 20):
            raise row_error(where, f"{day} is no lunar new year of {year}")
        table[year] = day
    return table


def spring_festival(year: int) -> date | None:
    """The day the lunar year begins in ``year``, None outside the table."""
    return spring_festivals().get(year)
