"""The plain events CSV (``dipwatch ingest --kind events``): one coded event per row, as data.

Comma-separated, UTF-8, with a header naming the columns (any order, extra columns ignored)::

    date,source_actor,target_actor,code,goldstein,issues,source,text,url
    2021-12-10,NIC,TWN,161,-4.0,taiwan,MFA,Nicaragua severed ties with Taiwan.,https://…

Required: ``date`` (YYYY-MM-DD), ``source_actor`` and ``target_actor`` (CAMEO actor codes,
ISO3 first: ``CHNGOV``, ``USA``; may be empty), ``code`` (a CAMEO event code, ``"040"``; a code
that lost its leading zero in a spreadsheet, ``40``, is restored). Optional: ``goldstein``
(default: the codebook's value; given, it must be a number from -10 to 10), ``issues``
(``trade|climate``), ``source`` (stored as the event's ``pattern``: which dataset or outlet it
came from), ``text`` and ``url``. A date must lie in the plausible span (1900 to a year from
now). The file's rows are read by :mod:`dipwatch.sources.records`; this module says how they
become events (:func:`event_map`), as :mod:`dipwatch.layout` data.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from dipwatch.errors import SourceFormatError
from dipwatch.layout import Check, Col, EventMap, Expr, F, Lit, plausible_days, range_check

REQUIRED = ("date", "source_actor", "target_actor", "code")
OPTIONAL = ("goldstein", "issues", "source", "text", "url")
DELIMITER, QUOTE = ",", '"'


@cache
def cameo_table() -> dict[str, dict[str, Any]]:
    """The codebook as a lookup table: code -> code, quad class, Goldstein value."""
    from dipwatch.reference import cameo

    return {
        c.code: {"code": c.code, "quad_class": c.quad_class, "goldstein": c.goldstein}
        for c in cameo()
    }


def cameo_field(raw: Expr, name: str) -> Expr:
    """``name`` of the codebook entry of the code ``raw``, or of ``'0' + raw`` (a code that
    lost its leading zero)."""
    return F.first(F.lookup("cameo", raw, name), F.lookup("cameo", F.concat("0", raw), name))


def text(name: str, header: list[str]) -> Expr:
    """A column's trimmed text (NULL when empty or when the header lacks it)."""
    return F.trim(Col(name)) if name in header else Lit(None)


def date_checks(day: Expr, column: str, today: date | None = None) -> tuple[Check, ...]:
    """The date parses (YYYY-MM-DD) and lies in the plausible span."""
    first, last = plausible_days(today)
    return (
        Check(F.present(day), f"bad date: {column} {{{column}}} is not YYYY-MM-DD"),
        range_check(column, first, last, "the plausible span", day),
    )


def goldstein_checks(column: str, header: list[str]) -> tuple[Check, ...]:
    """A Goldstein value, when given, is a number from -10 to 10."""
    if column not in header:
        return ()
    value = F.trim(Col(column))
    return (
        Check(F.any(F.negate(F.present(value)), F.present(F.number(value))),
              f"{column} {{{column}}} is not a number"),
        range_check(column, -10.0, 10.0, "the Goldstein scale", F.number(value)),
    )  # fmt: skip


def check_header(header: list[str], where: str) -> None:
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise SourceFormatError(
            f"{where}:1",
            f"not an events CSV: missing column(s) {', '.join(missing)}; the header needs "
            f"{', '.join(REQUIRED)} and may have {', '.join(OPTIONAL)}",
        )


def event_map(header: list[str], where: str, today: date | None = None) -> EventMap:
    """How a row of the events CSV with this ``header`` becomes an event."""
    check_header(header, where)
    day = F.date(F.trim(Col("date")))
    src, tgt = F.upper(text("source_actor", header)), F.upper(text("target_actor", header))
    raw_code = F.trim(Col("code"))
    code = cameo_field(raw_code, "code")
    parts = (F.concat(day), src, tgt, code, *(text(c, header) for c in ("text", "url", "source")))
    gold = F.first(F.number(text("goldstein", header)), cameo_field(raw_code, "goldstein"))
    fields = {
        "event_id": F.concat("c", F.digest(19, *parts, F.occurrence(*parts))),
        "date": day, "date_precision": Lit("day"), "source_actor": src, "target_actor": tgt,
        "code": code, "root": F.left(code, 2), "quad_class": cameo_field(raw_code, "quad_class"),
        "goldstein": gold, "issues": F.split(Col("issues") if "issues" in header else None, "|"),
        "origin": Lit("csv"), "text": text("text", header), "pattern": text("source", header),
        "url": text("url", header), "story_id": F.story(day, src, tgt, code),
    }  # fmt: skip
    checks = (
        *date_checks(day, "date", today),
        Check(F.present(code), "unknown CAMEO event code: {code}"),
        *goldstein_checks("goldstein", header),
    )
    return EventMap(
        fields=fields,
        checks=checks,
        countries={"src": F.left(src, 3), "tgt": F.left(tgt, 3), "action": Lit(None)},
        tables={"cameo": cameo_table()},
    )
