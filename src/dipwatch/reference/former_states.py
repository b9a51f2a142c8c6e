"""States that no longer exist, with the codes they had (``former_states.csv``): ISO 3166-1
alpha-2 and alpha-3 as of their time, and the ISO 3166-3 four-letter code where ISO retired
them. Old datasets (UN votes since 1946) name them; their rows keep these codes rather than
being refused or given a successor's.

Three are not ISO 3166-3 entries, as their codes lived on: West Germany (DE/DEU) and North
Yemen (YE/YEM), whose codes the united states kept, and Zanzibar, which ISO never coded (it
merged into Tanzania in 1964): ``ZAN`` is the Correlates of War code.

Two optional columns serve the coder: ``zh``, the Chinese names (simplified, as the coder folds
text) that outlived a state and still name it in history recalled, and ``ended``, the day the
state ended (ISO date), against which the coder tells the state acting from the state recalled.

>>> former_states().by_name("Yemen People's Republic").iso3
'YMD'
>>> former_states().by_name("czechoslovakia").iso3166_3
'CSHH'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from dipwatch.reference.loader import read_csv_rows, row_error, split_list

COLUMNS = ("name", "aliases", "iso2", "iso3", "iso3166_3", "from", "to", "successors", "note")


@dataclass(frozen=True, slots=True)
class FormerState:
    name: str
    aliases: tuple[str, ...]
    iso2: str  # empty when ISO never gave one
    iso3: str
    iso3166_3: str  # empty when ISO 3166-3 does not list it
    years: tuple[int, int]
    successors: tuple[str, ...]
    note: str
    zh: tuple[str, ...] = ()  # Chinese names, where the coder reads them
    ended: date | None = None  # the day it ended, where the coder needs the day

    @property
    def code(self) -> str:
        """The code a table of ISO2 codes stores: the alpha-2, else the alpha-3."""
        return self.iso2 or self.iso3


class FormerStates:
    """The table, looked up by any of a state's names (case and spaces ignored)."""

    def __init__(self, rows: list[FormerState]) -> None:
        self.rows = rows
        self._names = {_key(n): s for s in rows for n in (s.name, *s.aliases)}

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rows)

    def by_name(self, name: str) -> FormerState | None:
        return self._names.get(_key(name))

    def names(self) -> dict[str, FormerState]:
        """Every name and alias (as looked up: lower-cased, single spaces) -> its state."""
        return dict(self._names)


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().lower()


def _row(row: dict[str, str], where: str) -> FormerState:
    if not row["name"] or not re.fullmatch(r"[A-Z]{3}", row["iso3"]):
        raise row_error(where, "a former state needs a name and a three-letter iso3")
    if row["iso2"] and not re.fullmatch(r"[A-Z]{2}", row["iso2"]):
        raise row_error(where, f"iso2 {row['iso2']!r} is not two capital letters")
    if row["iso3166_3"] and not re.fullmatch(r"[A-Z]{4}", row["iso3166_3"]):
        raise row_error(where, f"iso3166_3 {row['iso3166_3']!r} is not four capital letters")
    try:
        years = (int(row["from"]), int(row["to"]))
    except ValueError:
        raise row_error(where, "from and to must be years") from None
    try:
        ended = date.fromisoformat(row["ended"]) if row.get("ended") else None
    except ValueError:
        raise row_error(where, f"ended {row['ended']!r} is not an ISO date") from None
    return FormerState(
        row["name"], split_list(row["aliases"]), row["iso2"], row["iso3"], row["iso3166_3"],
        years, split_list(row["successors"]), row["note"], split_list(row.get("zh", "")), ended,
    )  # fmt: skip


@cache
def _load(path: str | None) -> FormerStates:
    return FormerStates([_row(r, w) for w, r in read_csv_rows("former_states.csv", COLUMNS, path)])


def former_states(path: Path | str | None = None) -> FormerStates:
    """The bundled table, or the user's file in the same layout."""
    return _load(str(path) if path is not None else None)
