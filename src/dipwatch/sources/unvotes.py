"""UN General Assembly roll-call votes: which of the known CSV layouts a file is.

Two publications are read:

- the ``unvotes`` R package (Robinson, from Voeten's data) as three files:
  ``un_votes.csv`` (rcid, country, country_code ISO2, vote yes/no/abstain),
  ``un_roll_calls.csv`` (rcid, session, importantvote, date, unres, amend, para, short, descr)
  and ``un_roll_call_issues.csv`` (rcid, short_name, issue);
- Erik Voeten's single file (``UNVotes.csv`` on Harvard Dataverse): one row per vote with the
  roll call's columns repeated, ``vote`` coded 1 yes, 2 abstain, 3 no, 8 absent, 9 not a member,
  ``Country`` ISO3, and one 0/1 column per issue (me, nu, di, hr, co, ec).
"""

from __future__ import annotations

import csv
from pathlib import Path

from dipwatch.errors import SourceFormatError

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
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            row = next(csv.reader(f), [])
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise SourceFormatError(f"{path}:1", f"cannot read as CSV: {err}") from None
    return [c.strip().lower() for c in row]


def detect_layout(path: Path) -> str:
    """``votes``, ``roll_calls``, ``issues`` or ``voeten``; SourceFormatError otherwise.

    >>> import tempfile
    >>> votes = Path(tempfile.mkdtemp()) / "un_votes.csv"
    >>> _ = votes.write_text("rcid,country,country_code,vote\\n3,United States,US,yes\\n")
    >>> detect_layout(votes)
    'votes'
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
