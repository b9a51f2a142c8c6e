"""Which states recognised the Republic of China (Taiwan) rather than the PRC, day by day,
since UN General Assembly Resolution 2758 (1971-10-25).

``data/recognition.csv`` (``date,country,to,note``), in date order:

- first the **baseline**: one row per state that recognised the ROC on 1971-10-25, dated
  1971-10-25 with ``to=ROC`` and a note starting ``baseline``;
- then every **switch**: ``to=PRC`` when a state's relations with the ROC ended (the date is
  that day, which is what the count of allies depends on; the note gives the PRC's date where it
  differs), ``to=ROC`` when a state established relations with the ROC (a switch, or a new
  state's first recognition).

A switch takes effect on its date: ``allies(on=date)`` already reflects it. Each row must change
something (a state cannot switch to the side it already recognises), which the loader checks.
Left out on purpose: states that ceased to exist while recognising the ROC (the Republic of
Vietnam, 1975) and announcements that never took effect (Papua New Guinea 1999, Vanuatu 2004).
The days of a few 1970s-80s recognitions are not verified and say so in their note; the counts
from 1998 on are pinned by the tests (27 before Tonga left in November 1998, 23 from 2008,
22 from late 2013, 21 after São Tomé and Príncipe, down to 12 after Nauru in January 2024).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from dipwatch.errors import InputError
from dipwatch.reference.loader import read_csv_rows, row_error

COLUMNS = ("date", "country", "to", "note")
SIDES = ("PRC", "ROC")
START = date(1971, 10, 25)
BASELINE_NOTE = "baseline"
_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class RecognitionChange:
    """One row: on ``date`` the state ``country`` (ISO3) recognised ``to`` ('PRC' or 'ROC').

    >>> recognition().changes[-1]
    RecognitionChange(date=datetime.date(2024, 1, 15), country='NRU', to='PRC', note='relations with the PRC from 2024-01-24')
    """

    date: date
    country: str
    to: str
    note: str = ""

    @property
    def is_baseline(self) -> bool:
        """True for the rows that record the allies of 1971-10-25 rather than a switch."""
        return self.note.startswith(BASELINE_NOTE)


class RecognitionHistory:
    """The baseline of 1971-10-25 and every switch since, in date order.

    >>> h = recognition()
    >>> len(h.allies(date(2021, 12, 9))), len(h.allies(date(2021, 12, 10)))
    (15, 14)
    """

    def __init__(self, rows: tuple[RecognitionChange, ...]) -> None:
        self._rows = rows
        self.start = START
        self.baseline = frozenset(r.country for r in rows if r.is_baseline)
        self.changes = [r for r in rows if not r.is_baseline]

    def __len__(self) -> int:
        return len(self.changes)

    def allies(self, on: date) -> frozenset[str]:
        """ISO3 codes of the states recognising the ROC on ``on`` (switches count on their day).

        >>> sorted(recognition().allies(date(2024, 6, 30)))[:4]
        ['BLZ', 'GTM', 'HTI', 'KNA']
        """
        if on < self.start:
            raise InputError(f"the recognition history starts on {self.start}; got {on}")
        current: set[str] = set()
        for row in self._rows:
            if row.date > on:
                break
            (current.add if row.to == "ROC" else current.discard)(row.country)
        return frozenset(current)

    def is_ally(self, country: str, on: date) -> bool:
        """True when ``country`` recognised the ROC on ``on``.

        >>> recognition().is_ally("NIC", date(2021, 12, 10))
        False
        """
        return country in self.allies(on)

    def switches(self, start: date, end: date) -> list[RecognitionChange]:
        """The switches with ``start <= date <= end``, in date order.

        >>> [c.country for c in recognition().switches(date(2019, 1, 1), date(2019, 12, 31))]
        ['SLB', 'KIR']
        """
        return [c for c in self.changes if start <= c.date <= end]

    def history(self, country: str) -> list[RecognitionChange]:
        """Every row for one state, baseline included, in date order.

        >>> [(c.date.year, c.to) for c in recognition().history("NRU")][:2]
        [(1980, 'ROC'), (2002, 'PRC')]
        """
        return [r for r in self._rows if r.country == country]


def _row(row: dict[str, str], where: str) -> RecognitionChange:
    empty = [c for c in COLUMNS[:3] if not row.get(c)]
    if empty:
        raise row_error(where, f"empty value in {', '.join(empty)}")
    try:
        day = date.fromisoformat(row["date"])
    except ValueError:
        raise row_error(where, f"date {row['date']!r} is not a YYYY-MM-DD date") from None
    if not _ISO3.match(row["country"]):
        raise row_error(where, f"country {row['country']!r} is not an ISO 3166 alpha-3 code")
    if row["to"] not in SIDES:
        raise row_error(where, f"to {row['to']!r} is not PRC or ROC")
    if day < START:
        raise row_error(where, f"date {day} is before the start of the history, {START}")
    return RecognitionChange(day, row["country"], row["to"], row.get("note", ""))


def _check_baseline(change: RecognitionChange, seen_switch: bool, where: str) -> None:
    if change.date != START or change.to != "ROC":
        raise row_error(where, f"a baseline row must be dated {START} with to=ROC")
    if seen_switch:
        raise row_error(where, "baseline rows must come before the first switch")


@cache
def _recognition(path: str | None) -> RecognitionHistory:
    rows: list[RecognitionChange] = []
    allies: set[str] = set()
    for where, raw in read_csv_rows("recognition.csv", COLUMNS, path):
        change = _row(raw, where)
        if rows and change.date < rows[-1].date:
            raise row_error(where, f"date {change.date} is before the row above ({rows[-1].date})")
        if change.is_baseline:
            _check_baseline(change, any(not r.is_baseline for r in rows), where)
        # A row that changes nothing is a data error: a missed earlier switch, or a duplicate.
        if change.to == "ROC" and change.country in allies:
            raise row_error(where, f"{change.country} already recognises the ROC on {change.date}")
        if change.to == "PRC" and change.country not in allies:
            raise row_error(
                where, f"{change.country} does not recognise the ROC before {change.date}"
            )
        (allies.add if change.to == "ROC" else allies.discard)(change.country)
        rows.append(change)
    return RecognitionHistory(tuple(rows))


def recognition(path: Path | str | None = None) -> RecognitionHistory:
    """The recognition history: the bundled one, or the user's CSV at ``path``.

    >>> len(recognition().allies(date(2016, 12, 31)))
    21
    """
    return _recognition(str(path) if path is not None else None)
