"""The days texts date acts by without naming them. The first day of the lunar year (春节,
农历正月初一) by Gregorian year, 1990-2035 (``spring_festivals.csv``): texts date acts by the
festival (除夕, 春节当天, 正月初五) without a month or day, and the festival moves between 21
January and 20 February. (The table was checked against the ``lunardate`` package's
conversion; no dependency on it is kept.) And the day the PRC and a state set up diplomatic
relations (``relations_established.csv``), by the short form a pair compound names the state
with (中法建交 50 周年纪念日当天: 27 January 2014): only states whose short form names one
state and whose day is the one the PRC celebrates (the ambassadorial relations of Britain and
the Netherlands, 1972).

>>> spring_festival(2024)
datetime.date(2024, 2, 10)
>>> spring_festival(1900) is None
True
>>> relations_established("法")
datetime.date(1964, 1, 27)
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from dipwatch.reference.loader import read_csv_rows, row_error

COLUMNS = ("year", "new_year")
RELATIONS_COLUMNS = ("date", "country", "name", "note")


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


@cache
def relations_established_days(path: Path | str | None = None) -> dict[str, date]:
    """{short form (法, 印尼): the day that state and the PRC set up relations}."""
    table: dict[str, date] = {}
    for where, row in read_csv_rows("relations_established.csv", RELATIONS_COLUMNS, path):
        try:
            day = date.fromisoformat(row["date"])
        except ValueError:
            raise row_error(where, "date must be a date") from None
        name = row["name"].strip()
        if not name or name in table:
            raise row_error(where, f"the short form {name!r} is empty or named twice")
        table[name] = day
    return table


def relations_established(name: str) -> date | None:
    """The day the state of short form ``name`` and the PRC set up relations, None if unknown."""
    return relations_established_days().get(name)
