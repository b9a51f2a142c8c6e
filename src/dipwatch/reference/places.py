"""Places inside states: regions, provinces, cities and towns that the news names where force
is used (顿涅茨克, 汗尤尼斯, 荷台达省, Kharkiv), each with the state it lies in.

One package table, ``data/places.csv``, replaceable by a user's file in the same layout, with

- ``iso3``: the state the place lies in (a code of the bundled ``countries.csv``);
- ``kind``: region, city or town (what it is; the coder reads every kind alike);
- ``name_en``, ``name_zh_hans`` (PRC usage), ``name_zh_hant`` (Taiwan usage), ``aliases``
  (other names and spellings, ``|``-separated, in any of the three);
- ``status``: free text, empty for most rows; for a contested place, how its state was chosen.

Contested places follow the gold, which codes force by the state that holds the ground struck
or fought for: where Russia takes ground from Ukraine, the place is
Ukraine's (俄军在顿涅茨克多地推进, 俄方部队已完全控制了顿涅茨克重镇: RUS→UKR), so Donetsk, Luhansk,
Zaporizhzhia and Kherson, annexed by Russia in 2022 without recognition and fought over since,
are Ukraine's; Crimea, annexed in 2014 and held by Russia since, is Russia's (克里米亚大桥…遭到
两艘乌克兰水面无人艇袭击: UKR→RUS, x20230717), with Sevastopol and the Kerch bridge. East
Jerusalem is Palestine's, as the West Bank is in the gold (countries.csv already lists it as a
capital of Palestine). The parts of Kashmir are named by who administers them (印控, 巴控); bare
克什米尔 is left out. Left out on purpose: the Golan Heights, where the news tells of rockets
from Lebanon on Israeli positions and Israeli raids into Syria across it, and no gold line says
whose ground it is (the actors named beside it, 以军阵地, decide, as before); Somaliland,
Arunachal (藏南), Ladakh and the Kurils, for the same reason.

Names that are also common words or other things are left out or given only with their suffix
(高雄市 not 高雄: 提高雄心; 果敢地区 not 果敢; 金门岛 not 金门: the Golden Gate; 哈马省 not
哈马: 哈马斯), and 加沙城 is left to the alias 加沙 of countries.csv (加沙城市中心 is 加沙 +
城市). 圣彼得堡 names a forum far more often than a place struck, and is left out too.

Why a table of its own and not capitals: a capital stands for its government (華府 for the
United States), a place does not. A place says WHERE an act happened, never WHO acted: the
coder gives its forms the term kind ``place`` (beside the ``TERM_KINDS`` of countries), which
only fills the target of force used on it (``struck_place``), never a doer or a speaker.

Every form names one place only, after ``fold_key`` (so 頓涅茨克 and 顿涅茨克 are one form).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dipwatch.reference.countries import countries
from dipwatch.reference.fold import fold_key
from dipwatch.reference.loader import read_csv_rows, row_error, split_list

COLUMNS = ("iso3", "kind", "name_en", "name_zh_hans", "name_zh_hant", "aliases", "status")
KINDS = ("region", "city", "town")
#: The term kind every form of a place has in the coder's dictionaries.
TERM_KIND = "place"

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class Place:
    """One region, city or town and the state it lies in.

    >>> p = places().lookup("頓涅茨克")
    >>> (p.iso3, p.name_en, p.contested)
    ('UKR', 'Donetsk', True)
    """

    iso3: str
    kind: str
    name_en: str
    name_zh_hans: str
    name_zh_hant: str
    aliases: tuple[str, ...]
    status: str

    @property
    def contested(self) -> bool:
        """Is the place's state disputed (the status says how it was decided)?"""
        return self.status.startswith("contested")

    def forms(self) -> Iterator[str]:
        """Every surface form of the place, each once, names first."""
        seen: set[str] = set()
        for form in (self.name_en, self.name_zh_hans, self.name_zh_hant, *self.aliases):
            if form and form not in seen:
                seen.add(form)
                yield form


class PlaceTable:
    """All places, by any name after folding.

    >>> places().lookup("Khan Younis").iso3
    'PSE'
    """

    def __init__(self, rows: tuple[Place, ...], index: dict[str, Place]) -> None:
        self._rows = rows
        self._index = index

    def __iter__(self) -> Iterator[Place]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def lookup(self, text: str) -> Place | None:
        """The place one of whose forms equals ``text`` after folding; None otherwise.

        >>> places().lookup("荷台達省").name_en
        'Hodeidah'
        """
        return self._index.get(fold_key(text))

    def terms(self) -> Iterator[tuple[str, str, str]]:
        """(surface form as written, iso3, ``place``) for every form of every place: the
        shape of ``CountryTable.terms``, so that one dictionary holds both.

        >>> ("汗尤尼斯", "PSE", "place") in set(places().terms())
        True
        """
        for place in self._rows:
            for form in place.forms():
                yield form, place.iso3, TERM_KIND


def _place(row: dict[str, str], where: str) -> Place:
    if countries().by_iso3(row["iso3"] or "-") is None:
        raise row_error(where, f"iso3 {row['iso3']!r} is no state of countries.csv")
    if row["kind"] not in KINDS:
        raise row_error(where, f"kind {row['kind']!r} is not one of {', '.join(KINDS)}")
    if not row["name_en"]:
        raise row_error(where, "empty value in name_en")
    for column in ("name_zh_hans", "name_zh_hant"):
        if not _CJK.search(row[column]):
            raise row_error(where, f"{column} {row[column]!r} has no Chinese characters")
    return Place(
        iso3=row["iso3"], kind=row["kind"], name_en=row["name_en"],
        name_zh_hans=row["name_zh_hans"], name_zh_hant=row["name_zh_hant"],
        aliases=split_list(row["aliases"]), status=row["status"],
    )  # fmt: skip


@cache
def _places(path: str | None) -> PlaceTable:
    rows: list[Place] = []
    index: dict[str, Place] = {}
    for where, row in read_csv_rows("places.csv", COLUMNS, path):
        place = _place(row, where)
        for form in place.forms():
            other = index.setdefault(fold_key(form), place)
            if other is not place:
                raise row_error(where, f"{form!r} of {place.name_en} also names {other.name_en}")
        rows.append(place)
    return PlaceTable(tuple(rows), index)


def places(path: Path | str | None = None) -> PlaceTable:
    """The place table: the bundled one, or the user's CSV at ``path`` in the same layout.

    >>> len(places()) >= 250
    True
    """
    return _places(str(path) if path is not None else None)
