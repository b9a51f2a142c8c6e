"""Periods as users write them: ``2021``, ``2021Q4``, ``2021-11``, ``2021-11-01..2021-12-31``,
``2021-12-09``. A period is a closed range of days with a grain for series and comparisons.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dipwatch.errors import InputError
from dipwatch.layout import plausible_days

PERIOD_FORMS = "2021, 2021Q4, 2021-11, 2021-11-01..2021-12-31 or 2021-12-09"

_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})[-]?[Qq]([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


@dataclass(frozen=True, slots=True)
class Period:
    """Days ``start`` to ``end`` inclusive.

    >>> p = parse_period("2021Q4"); (p.start.isoformat(), p.end.isoformat(), p.label)
    ('2021-10-01', '2021-12-31', '2021Q4')
    """

    start: date
    end: date
    grain: str
    label: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def previous(self) -> Period:
        """The period of the same grain (or the same length, for custom ones) just before."""
        if self.grain == "year":
            return year_period(self.start.year - 1)
        if self.grain == "quarter":
            q = (self.start.month - 1) // 3 + 1
            return quarter_period(self.start.year - (q == 1), 4 if q == 1 else q - 1)
        if self.grain == "month":
            y, m = (
                (self.start.year - 1, 12)
                if self.start.month == 1
                else (self.start.year, self.start.month - 1)
            )
            return month_period(y, m)
        end = self.start - timedelta(days=1)
        start = end - timedelta(days=self.days - 1)
        if self.grain == "day":
            return day_period(end)
        return Period(start, end, "custom", f"{start.isoformat()}..{end.isoformat()}")

    def months(self) -> list[Period]:
        """The calendar months the period touches, clipped to it."""
        out: list[Period] = []
        y, m = self.start.year, self.start.month
        while date(y, m, 1) <= self.end:
            mp = month_period(y, m)
            out.append(Period(max(mp.start, self.start), min(mp.end, self.end), "month", mp.label))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


def year_period(y: int) -> Period:
    return Period(date(y, 1, 1), date(y, 12, 31), "year", str(y))


def quarter_period(y: int, q: int) -> Period:
    start = date(y, 3 * q - 2, 1)
    last = 3 * q
    return Period(start, date(y, last, calendar.monthrange(y, last)[1]), "quarter", f"{y}Q{q}")


def month_period(y: int, m: int) -> Period:
    return Period(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month", f"{y}-{m:02d}")


def day_period(d: date) -> Period:
    return Period(d, d, "day", d.isoformat())


def parse_day(text: str) -> date:
    """``YYYY-MM-DD`` (also ``YYYYMMDD``) to a date, or an InputError saying what was wrong."""
    t = text.strip()
    if re.fullmatch(r"\d{8}", t):
        t = f"{t[:4]}-{t[4:6]}-{t[6:]}"
    m = _DAY.match(t)
    if not m:
        raise InputError(f"not a date: {text!r} (expected YYYY-MM-DD)")
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as err:
        raise InputError(f"not a date: {text!r} ({err})") from None


def parse_period(text: str) -> Period:
    """Parse a period string; raise InputError listing the accepted forms.

    A period must lie within the span events may have (:func:`dipwatch.layout.plausible_days`,
    1900-01-01 to a year from today): no stored event can fall outside it.

    >>> parse_period("2021Q4").end
    datetime.date(2021, 12, 31)
    >>> try:
    ...     parse_period("0001")
    ... except InputError as err:
    ...     print(str(err)[:55])
    period '0001' is outside the span events may have (1900
    """
    period = _parse_period(text)
    first, last = plausible_days()
    if period.start < first or period.end > last:
        raise InputError(
            f"period {text.strip()!r} is outside the span events may have ({first} to {last})"
        )
    return period


def _parse_period(text: str) -> Period:
    t = (text or "").strip()
    try:
        if m := _YEAR.match(t):
            return year_period(int(m[1]))
        if m := _QUARTER.match(t):
            return quarter_period(int(m[1]), int(m[2]))
        if (m := _MONTH.match(t)) and 1 <= int(m[2]) <= 12:
            return month_period(int(m[1]), int(m[2]))
        if ".." in t:
            a, b = (parse_day(x) for x in t.split("..", 1))
            if b < a:
                raise InputError(f"period {text!r} ends before it starts")
            return Period(a, b, "custom", f"{a.isoformat()}..{b.isoformat()}")
        if _DAY.match(t) or re.fullmatch(r"\d{8}", t):
            return day_period(parse_day(t))
    except (InputError, ValueError, OverflowError) as err:
        raise InputError(f"unknown period {text!r}: {err}; use {PERIOD_FORMS}") from None
    raise InputError(f"unknown period {text!r}; use {PERIOD_FORMS}")
