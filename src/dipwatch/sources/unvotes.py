"""UN General Assembly roll-call votes: the known CSV layouts and how their rows become rows of
``unvotes_votes``, ``unvotes_roll_calls`` and ``unvotes_issues``, as :mod:`dipwatch.layout` data.

Two publications are read:

- the ``unvotes`` R package (Robinson, from Voeten's data) as three files:
  ``un_votes.csv`` (rcid, country, country_code ISO2, vote yes/no/abstain),
  ``un_roll_calls.csv`` (rcid, session, importantvote, date, unres, amend, para, short, descr)
  and ``un_roll_call_issues.csv`` (rcid, short_name, issue);
- Erik Voeten's single file (``UNVotes.csv`` on Harvard Dataverse): one row per vote with the
  roll call's columns repeated, ``vote`` coded 1 yes, 2 abstain, 3 no, 8 absent, 9 not a member,
  ``Country`` ISO3, and one 0/1 column per issue (me, nu, di, hr, co, ec).

A row replaces the stored row of the same key only (a vote: roll call and country; a roll call:
its rcid; an issue: roll call and issue), so a file with some of a roll call's votes corrects
those and keeps the others. ``rcid`` must be a whole number from 1 to 2,147,483,647 (``3.0``
is 3); a roll call's date must lie in the plausible span (1900 to a year from now).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from dipwatch.errors import SourceFormatError
from dipwatch.layout import Check, Col, Expr, F, Lit, TableMap, plausible_days, range_check
from dipwatch.sources.records import read_records

DELIMITER, QUOTE = ",", '"'

LAYOUTS: dict[str, tuple[str, ...]] = {
    "votes": ("rcid", "country", "country_code", "vote"),
    "roll_calls": ("rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr"),
    "issues": ("rcid", "short_name", "issue"),
    "voeten": ("rcid", "vote", "country", "session", "importantvote", "date", "unres", "short", "descr"),
}  # fmt: skip

#: Voeten's issue columns and the unvotes package's names for them.
VOETEN_ISSUES = {
    "me": "Palestinian conflict",
    "nu": "Nuclear weapons and nuclear material",
    "di": "Arms control and disarmament",
    "hr": "Human rights",
    "co": "Colonialism",
    "ec": "Economic development",
}


def read_header(path: Path) -> list[str]:
    """The first row's column names, lower-cased (Voeten writes ``Country``)."""
    return read_records(path, DELIMITER, QUOTE)[0]


def detect_layout(path: Path) -> str:
    """``votes``, ``roll_calls``, ``issues`` or ``voeten``; SourceFormatError otherwise.

    >>> # detect_layout(Path("un_votes.csv"))  -> 'votes'
    """
    header = set(read_header(path))
    if {"ccode", "member"} <= header and set(LAYOUTS["voeten"]) <= header:
        return "voeten"
    for name in ("votes", "roll_calls", "issues"):
        if set(LAYOUTS[name]) <= header:
            return name
    raise SourceFormatError(
        f"{path}:1",
        "not a UN votes file: expected the columns of un_votes.csv (rcid, country, country_code, "
        "vote), un_roll_calls.csv (rcid, session, importantvote, date, …), "
        "un_roll_call_issues.csv (rcid, short_name, issue) or Voeten's UNVotes.csv",
    )


def _text(name: str) -> Expr:
    return F.trim(Col(name))


RCID = F.integer(_text("rcid"))
RCID_CHECK = range_check("rcid", 1, 2**31 - 1, "the roll-call numbers", RCID)
RCID_PRESENT = Check(F.present(RCID), "rcid {rcid} is not a whole number")


def _flag(name: str) -> Expr:
    return F.eq(F.number(_text(name)), 1)


def _roll_call_fields() -> dict[str, Expr]:
    return {
        "rcid": RCID, "session": F.integer(_text("session")), "importantvote": _flag("importantvote"),
        "date": F.date(_text("date")), "unres": _text("unres"), "amend": _flag("amend"),
        "para": _flag("para"), "short": _text("short"), "descr": _text("descr"),
    }  # fmt: skip


def _date_checks(today: date | None) -> tuple[Check, ...]:
    first, last = plausible_days(today)
    day = F.date(_text("date"))
    return (
        Check(F.present(day), "date {date} is not a YYYY-MM-DD date"),
        range_check("date", first, last, "the plausible span", day),
    )


def plan(layout: str, today: date | None = None) -> tuple[tuple[Check, ...], tuple[TableMap, ...]]:
    """The checks every row of a file of ``layout`` must pass, and the tables it fills."""
    votes = ("yes", "no", "abstain")
    if layout == "votes":
        code = F.upper(_text("country_code"))
        checks = (
            RCID_PRESENT, RCID_CHECK,
            Check(F.present(code), "country_code is empty"),
            Check(F.isin(F.lower(_text("vote")), votes), "vote {vote} is not yes, no or abstain"),
        )  # fmt: skip
        fields = {"rcid": RCID, "country": _text("country"), "country_code": code,
                  "vote": F.lower(_text("vote"))}  # fmt: skip
        return checks, (TableMap("unvotes_votes", fields, ("rcid", "country_code")),)
    if layout == "roll_calls":
        fields = _roll_call_fields()
        return (RCID_PRESENT, RCID_CHECK, *_date_checks(today)), (
            TableMap("unvotes_roll_calls", fields, ("rcid",)),
        )
    if layout == "issues":
        fields = {"rcid": RCID, "short_name": _text("short_name"), "issue": _text("issue")}
        checks = (
            RCID_PRESENT,
            RCID_CHECK,
            Check(F.present(_text("short_name")), "short_name is empty"),
        )
        return checks, (TableMap("unvotes_issues", fields, ("rcid", "short_name")),)
    return _voeten(today)


def _voeten(today: date | None) -> tuple[tuple[Check, ...], tuple[TableMap, ...]]:
    vote = _text("vote")
    checks = (
        RCID_PRESENT, RCID_CHECK,
        Check(F.isin(vote, ("1", "2", "3", "8", "9")), "vote {vote} is not 1, 2, 3, 8 or 9"),
        Check(F.present(_text("country")), "Country is empty"),
        *_date_checks(today),
    )  # fmt: skip
    meaning: Mapping[str, Expr] = {"1": Lit("yes"), "2": Lit("abstain"), "3": Lit("no")}
    said = F.first(*(F.when(F.eq(vote, k), v) for k, v in meaning.items()))
    votes = TableMap(
        "unvotes_votes",
        {"rcid": RCID, "country": _text("countryname"), "country_code": F.upper(_text("country")),
         "vote": said},
        ("rcid", "country_code"),
        where=F.isin(vote, ("1", "2", "3")),
    )  # fmt: skip
    calls = TableMap("unvotes_roll_calls", _roll_call_fields(), ("rcid",))
    issues = tuple(
        TableMap("unvotes_issues", {"rcid": RCID, "short_name": Lit(column), "issue": Lit(label)},
                 ("rcid", "short_name"), where=F.eq(F.number(_text(column)), 1))
        for column, label in VOETEN_ISSUES.items()
    )  # fmt: skip
    return checks, (votes, calls, *issues)


#: Voeten's votes that are not votes (8 absent, 9 not a member): counted as ``not_voting``.
NOT_VOTING = F.isin(_text("vote"), ("8", "9"))
