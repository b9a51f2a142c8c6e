"""Leaders, foreign ministers and spokespeople with their terms, and international organisations.

Two package tables, each replaceable by a user's file in the same layout:

- ``data/people.csv``: one row per term of office (a person with two offices has two rows with
  the same ``person_id``). ``end`` is the day the term ended, usually the day the successor took
  office, and is exclusive: a person is in office on ``start <= day < end``; empty while in office.
- ``data/organisations.csv``: international organisations, forums, agreements, alliances and
  recurring events, with the GDELT "known group" code where GDELT has one.

Names are matched after ``fold_key`` (Traditional to Simplified, 臺 to 台, lower case, no
spaces), so 普丁, 普京 and "vladimir putin" all find the same row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from dipwatch.reference.countries import countries
from dipwatch.reference.fold import fold_key
from dipwatch.reference.loader import read_csv_rows, row_error, split_list

# A person acts for a state's government or opposition, or leads an armed movement (REB:
# Savimbi for UNITA, Nasrallah for Hezbollah).
ACTOR_TYPES = ("GOV", "OPP", "REB")
ROLES = ("head_of_state", "head_of_government", "foreign_minister", "spokesperson", "official")
# Armed groups, movements and parties act as one side of their state (UNITA is AGOREB, the
# PLO PSE, the Muslim Brotherhood EGYOPP): their ``cameo`` is an actor code, a state's code
# with an optional type (REB, SEP, INS, UAF, OPP, MIL), or IMG for a group of no one state.
ACTOR_KINDS = ("armed_group", "movement", "party")
ORG_KINDS = ("igo", "forum", "agreement", "alliance", "event", *ACTOR_KINDS)
PEOPLE_COLUMNS = (
    "person_id", "country", "role", "title_en", "actor_code", "start", "end",
    "name_en", "name_zh_hant", "name_zh_hans", "aliases",
)  # fmt: skip
ORG_COLUMNS = (
    "org_id", "cameo", "name_en", "name_zh_hant", "name_zh_hans", "aliases", "kind", "members",
    "region",
)  # fmt: skip
# A row whose optional ``note`` starts with this may overlap another holder of the same office
# (rival claimants, co-leaders); every other overlap is a data error caught by the tests.
OVERLAP_NOTE = "overlap:"

_ISO3 = re.compile(r"^[A-Z]{3}$")
_ACTOR = re.compile(r"^[A-Z]{3}[A-Z]{3}$")
# A group code (NAT), or UNO + group for a body of the UN system (UNOWHO), as gold and GDELT do.
_GROUP = re.compile(r"^(?:UNO)?[A-Z]{3}$")
_SIDE = re.compile(r"^[A-Z]{3}(?:REB|SEP|INS|UAF|OPP|MIL)?$")


@dataclass(frozen=True, slots=True)
class Person:
    """One term of office of one person.

    >>> p = people().resolve("普丁", date(2021, 12, 25))[0]
    >>> (p.country, p.role, p.actor_code)
    ('RUS', 'head_of_state', 'RUSGOV')
    """

    person_id: str
    name_en: str
    name_zh_hant: str
    name_zh_hans: str
    aliases: tuple[str, ...]
    country: str
    role: str
    title_en: str
    actor_code: str
    start: date
    end: date | None
    note: str = ""

    def active(self, on: date) -> bool:
        """True when in this office on ``on`` (the end day itself belongs to the successor).

        >>> people().resolve("Biden")[0].active(date(2021, 11, 16))
        True
        """
        return self.start <= on and (self.end is None or on < self.end)

    def names(self) -> tuple[str, ...]:
        """Every name this row can be found by, as written: English, both scripts, aliases
        (a Chinese name left empty, as for many leaders before 2000, names nothing)."""
        return tuple(
            n for n in (self.name_en, self.name_zh_hant, self.name_zh_hans, *self.aliases) if n
        )


class PeopleTable:
    """All terms of office, searchable by any name after folding.

    >>> [p.name_en for p in people().resolve("川普", date(2025, 6, 1))]
    ['Donald Trump']
    """

    def __init__(self, rows: tuple[Person, ...]) -> None:
        self._rows = rows
        self._index: dict[str, list[Person]] = {}
        for person in rows:
            for name in person.names():
                bucket = self._index.setdefault(fold_key(name), [])
                if person not in bucket:
                    bucket.append(person)

    def __iter__(self) -> Iterator[Person]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def resolve(self, name: str, on: date | None = None) -> list[Person]:
        """Terms whose name or alias equals ``name`` after folding; only those active ``on``.

        >>> [p.role for p in people().resolve("習近平", date(2021, 11, 16))]
        ['head_of_state', 'official']
        """
        found = self._index.get(fold_key(name), [])
        return [p for p in found if on is None or p.active(on)]

    def in_office(self, country: str, role: str, on: date) -> list[Person]:
        """Who held ``role`` in ``country`` on ``on`` (usually one person).

        >>> [p.name_en for p in people().in_office("USA", "head_of_state", date(2019, 1, 1))]
        ['Donald Trump']
        """
        return [p for p in self._rows if p.country == country and p.role == role and p.active(on)]

    def by_id(self, person_id: str) -> list[Person]:
        """Every term of one person, in file order."""
        return [p for p in self._rows if p.person_id == person_id]

    def surface_forms(self) -> dict[str, list[Person]]:
        """Every name as written (both scripts, English, aliases) -> the terms it names.

        >>> "普丁" in people().surface_forms()
        True
        """
        forms: dict[str, list[Person]] = {}
        for person in self._rows:
            for name in person.names():
                bucket = forms.setdefault(name, [])
                if person not in bucket:
                    bucket.append(person)
        return forms


@dataclass(frozen=True, slots=True)
class Organisation:
    """An international organisation, forum, agreement, alliance or recurring event.

    >>> lookup_organisation("中拉論壇").org_id
    'china_celac_forum'
    """

    org_id: str
    cameo: str
    name_en: str
    name_zh_hant: str
    name_zh_hans: str
    aliases: tuple[str, ...]
    kind: str
    members: tuple[str, ...]
    region: str | None

    def names(self) -> tuple[str, ...]:
        """Every name this organisation can be found by, as written (an empty Chinese name,
        allowed for the groups of ``ACTOR_KINDS``, names nothing)."""
        return tuple(
            n for n in (self.name_en, self.name_zh_hant, self.name_zh_hans, *self.aliases) if n
        )


def _date(value: str, where: str, column: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise row_error(where, f"{column} {value!r} is not a YYYY-MM-DD date") from None


def _require(row: dict[str, str], where: str, columns: tuple[str, ...]) -> None:
    empty = [c for c in columns if not row.get(c)]
    if empty:
        raise row_error(where, f"empty value in {', '.join(empty)}")


def _person(row: dict[str, str], where: str) -> Person:
    # The Chinese names may be empty: a name is only given where its usual rendering in that
    # script is known (many leaders of the 1970s-1990s have none that a text would match).
    _require(row, where, PEOPLE_COLUMNS[:6] + PEOPLE_COLUMNS[7:8])
    if not _ISO3.match(row["country"]):
        raise row_error(where, f"country {row['country']!r} is not an ISO 3166 alpha-3 code")
    if row["role"] not in ROLES:
        raise row_error(where, f"role {row['role']!r} is not one of {', '.join(ROLES)}")
    if not _ACTOR.match(row["actor_code"]) or row["actor_code"][3:] not in ACTOR_TYPES:
        raise row_error(where, f"actor_code {row['actor_code']!r} is not a CAMEO code like USAGOV")
    start = _date(row["start"], where, "start")
    end = _date(row["end"], where, "end") if row["end"] else None
    if end is not None and end < start:
        raise row_error(where, f"end {end} is before start {start}")
    return Person(
        person_id=row["person_id"], name_en=row["name_en"], name_zh_hant=row["name_zh_hant"],
        name_zh_hans=row["name_zh_hans"], aliases=split_list(row["aliases"]),
        country=row["country"], role=row["role"], title_en=row["title_en"],
        actor_code=row["actor_code"], start=start, end=end, note=row.get("note", ""),
    )  # fmt: skip


@cache
def _people(path: str | None) -> PeopleTable:
    rows: list[Person] = []
    seen: set[tuple[str, str, date]] = set()
    for where, row in read_csv_rows("people.csv", PEOPLE_COLUMNS, path):
        person = _person(row, where)
        key = (person.person_id, person.role, person.start)
        if key in seen:
            raise row_error(
                where, f"duplicate term {person.person_id} {person.role} {person.start}"
            )
        seen.add(key)
        rows.append(person)
    return PeopleTable(tuple(rows))


def people(path: Path | str | None = None) -> PeopleTable:
    """The people table: the bundled one, or the user's CSV at ``path`` in the same layout.

    >>> len(people()) > 300
    True
    """
    return _people(str(path) if path is not None else None)


def _organisation(row: dict[str, str], where: str) -> Organisation:
    _require(row, where, ("org_id", "name_en", "kind"))
    if row["kind"] not in ORG_KINDS:
        raise row_error(where, f"kind {row['kind']!r} is not one of {', '.join(ORG_KINDS)}")
    if row["kind"] in ACTOR_KINDS:
        # A group acts for one side of one state: its code is that side's.
        state = row["cameo"][:3]
        known = state == "IMG" or countries().by_cameo(state) or countries().by_iso3(state)
        if not _SIDE.match(row["cameo"]) or not known:
            raise row_error(where, f"cameo {row['cameo']!r} is not an actor code like AGOREB")
    else:
        _require(row, where, ("name_zh_hant", "name_zh_hans"))
        if row["cameo"] and not _GROUP.match(row["cameo"]):
            raise row_error(where, f"cameo {row['cameo']!r} is not a group code like NAT or UNOWHO")
    members = split_list(row["members"])
    bad = [m for m in members if not _ISO3.match(m)]
    if bad:
        raise row_error(where, f"members {', '.join(bad)} are not ISO 3166 alpha-3 codes")
    return Organisation(
        org_id=row["org_id"], cameo=row["cameo"], name_en=row["name_en"],
        name_zh_hant=row["name_zh_hant"], name_zh_hans=row["name_zh_hans"],
        aliases=split_list(row["aliases"]), kind=row["kind"], members=members,
        region=row["region"] or None,
    )  # fmt: skip


@cache
def _organisations(path: str | None) -> tuple[tuple[Organisation, ...], dict[str, Organisation]]:
    rows: list[Organisation] = []
    index: dict[str, Organisation] = {}
    for where, row in read_csv_rows("organisations.csv", ORG_COLUMNS, path):
        org = _organisation(row, where)
        if any(o.org_id == org.org_id for o in rows):
            raise row_error(where, f"duplicate org_id {org.org_id}")
        for name in org.names():
            other = index.setdefault(fold_key(name), org)
            # One name must mean one body, or the coder could not tell which was meant.
            if other.org_id != org.org_id:
                raise row_error(where, f"name {name!r} is also used by {other.org_id}")
        rows.append(org)
    return tuple(rows), index


def organisations(path: Path | str | None = None) -> list[Organisation]:
    """The organisations table, bundled or the user's CSV at ``path``.

    >>> "sco" in [o.org_id for o in organisations()]
    True
    """
    return list(_organisations(str(path) if path is not None else None)[0])


def lookup_organisation(name: str, path: Path | str | None = None) -> Organisation | None:
    """The organisation one of whose names equals ``name`` after folding, or None.

    >>> lookup_organisation("民主峰會").kind
    'event'
    """
    return _organisations(str(path) if path is not None else None)[1].get(fold_key(name))
