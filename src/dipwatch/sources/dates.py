"""Finding a document's date in its title, its file name or its metadata.

Only full dates count (year, month and day): a document dated by month is better left undated
than dated to the 1st. The coder resolves dates inside the text; this is the document's own.
"""

from __future__ import annotations

import re
from datetime import date, datetime

_MONTH_NAMES = (
    "jan january|feb february|mar march|apr april|may|jun june|jul july|aug august"
    "|sep sept september|oct october|nov november|dec december"
)
_MONTHS = {m: i + 1 for i, names in enumerate(_MONTH_NAMES.split("|")) for m in names.split()}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))

# Year 1949-2099; separators are optional only in the eight-digit form.
_Y = r"(?P<y>19[4-9]\d|20\d\d)"
_PATTERNS = (
    re.compile(_Y + r"\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号號]"),
    re.compile(r"(?<!\d)" + _Y + r"(?P<s>[-/._])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"),
    re.compile(r"(?<!\d)" + _Y + r"(?P<m>1[0-2]|0[1-9])(?P<d>3[01]|[12]\d|0[1-9])(?!\d)"),
    re.compile(
        r"\b(?P<mn>" + _MONTH + r")\.?\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,?\s+" + _Y + r"\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?P<mn>" + _MONTH + r")\.?,?\s+" + _Y + r"\b",
        re.IGNORECASE,
    ),
)  # fmt: skip


def _build(match: re.Match[str]) -> date | None:
    parts = match.groupdict()
    month = _MONTHS[parts["mn"].lower()] if parts.get("mn") else int(parts["m"])
    try:
        return date(int(parts["y"]), month, int(parts["d"]))
    except ValueError:  # 2021-02-30 and the like
        return None


def find_date(text: str) -> date | None:
    """The first full date written in ``text`` (a title, a file name), or None.

    >>> find_date("2021-11-16-readout.txt"), find_date("外交部发言人2021年11月16日例行记者会")
    (datetime.date(2021, 11, 16), datetime.date(2021, 11, 16))
    >>> find_date("000_a24171bc92345ca4.txt") is None
    True
    """
    found: list[tuple[int, date]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            day = _build(match)
            if day is not None:
                found.append((match.start(), day))
                break
    return min(found)[1] if found else None


def parse_date_value(value: object) -> date:
    """A metadata date (``2021-11-16``, ``20211116``, ISO timestamp, ``date``); ValueError if not.

    >>> parse_date_value("2021-11-16T08:00:00+08:00")
    datetime.date(2021, 11, 16)
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ].*)?", text):
        return date.fromisoformat(text[:10])
    if text.startswith("D:") and re.match(r"D:\d{8}", text):  # PDF dates: D:20211116083000+08'00'
        text = text[2:10]
    day = find_date(text)
    if day is None:
        raise ValueError(f"not a date: {text!r}")
    return day
