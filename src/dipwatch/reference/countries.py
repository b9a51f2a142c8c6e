"""States and territories: codes, names in three scripts, aliases, short forms, capitals, regions.

One package table, ``data/countries.csv``, replaceable by a user's file in the same layout: one
row per ISO 3166 state or territory that GDELT's CAMEO country codes or FIPS codes use, with

- codes: ``iso3``, ``iso2``, ``cameo`` (GDELT's CAMEO country code; differs from ISO for ROM,
  TMP, MTN and IMY; empty where CAMEO has none) and ``fips`` (FIPS 10-4, GDELT 1's geography);
- names: ``name_en``, ``name_zh_hant`` in Taiwan usage (宏都拉斯, 紐西蘭), ``name_zh_hans`` in
  PRC usage (洪都拉斯, 新西兰);
- ``aliases`` (other names in both scripts and English), ``short_zh`` (one-character and 「X方」
  forms such as 美, 美方, which the coder matches only in safe contexts), ``capitals`` (used as
  metonyms: 華府 for the United States), ``demonyms`` (English); lists are ``|``-separated;
- ``region``: one of :data:`REGIONS`, grouped as the seed chapter groups them (Russia with
  Northeast Asia, Afghanistan with Central Asia, all of Africa with Africa); empty only for
  Antarctica and uninhabited Antarctic territories;
- ``g20`` (``true``/``false``), ``kind`` (state, territory or region) and ``population_m``
  (millions, about 2021 for states; GeoNames' older figure for territories).

Every name, alias, short form, capital, demonym and code (ISO3, ISO2, CAMEO) names one country
only, after ``fold_key``, so 臺灣, 台灣, 台湾, taiwan, TWN and TW all find Taiwan. FIPS codes
clash with other countries' ISO2 codes (AU is Austria in FIPS, Australia in ISO), so they are
found only through :meth:`CountryTable.by_fips`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dipwatch.reference.fold import fold_key
from dipwatch.reference.loader import read_csv_rows, row_error, split_list

REGIONS = (
    "Europe", "Northeast Asia", "Southeast Asia", "Central Asia", "South Asia", "Middle East",
    "Africa", "Latin America and the Caribbean", "North America", "Oceania",
)  # fmt: skip
KINDS = ("state", "territory", "region")
TERM_KINDS = ("name", "alias", "short", "capital", "demonym", "code")
COLUMNS = (
    "iso3", "iso2", "cameo", "fips", "name_en", "name_zh_hant", "name_zh_hans", "aliases",
    "short_zh", "capitals", "demonyms", "region", "g20", "kind", "population_m",
)  # fmt: skip

_CODE_SHAPES = {"iso3": r"[A-Z]{3}", "iso2": r"[A-Z]{2}", "cameo": r"[A-Z]{3}", "fips": r"[A-Z]{2}"}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_BOOLEANS = {"true": True, "false": False}


@dataclass(frozen=True, slots=True)
class Country:
    """One state or territory.

    >>> c = countries().lookup("宏都拉斯")
    >>> (c.iso3, c.name_zh_hans, c.region)
    ('HND', '洪都拉斯', 'Latin America and the Caribbean')
    """

    iso3: str
    iso2: str
    cameo: str
    fips: str
    name_en: str
    name_zh_hant: str
    name_zh_hans: str
    aliases: tuple[str, ...]
    short_zh: tuple[str, ...]
    capitals: tuple[str, ...]
    demonyms: tuple[str, ...]
    region: str
    g20: bool
    kind: str
    population_m: float | None

    @property
    def actor_code(self) -> str:
        """The CAMEO country code an event names this country by: ``cameo``, else ``iso3``.

        >>> countries().by_iso3("ROU").actor_code
        'ROM'
        """
        return self.cameo or self.iso3

    def forms(self) -> Iterator[tuple[str, str]]:
        """Every (surface form, kind) this country is found by, each form once, names first.

        >>> ("美方", "short") in set(countries().by_iso3("USA").forms())
        True
        >>> ("Republic of Congo", "name") in set(countries().by_iso3("COG").forms())
        True
        """
        groups = (
            ("name", (self.name_en, self.name_zh_hant, self.name_zh_hans)),
            ("alias", self.aliases),
            ("short", self.short_zh),
            ("capital", self.capitals),
            ("demonym", self.demonyms),
            ("code", (self.iso3, self.iso2, self.cameo)),
        )
        seen: set[str] = set()
        for kind, forms in groups:
            for form in forms:
                # English drops the article inside a formal name as often as it keeps it
                # ("the Republic of Congo", "Democratic Republic of Congo").
                variants = (
                    (form, form.replace(" of the ", " of ")) if " of the " in form else (form,)
                )
                for variant in variants:
                    if variant and variant not in seen:
                        seen.add(variant)
                        yield variant, kind


class CountryTable:
    """All countries, by code and by any name after folding.

    >>> countries().lookup("華府").iso3
    'USA'
    """

    def __init__(self, rows: tuple[Country, ...], index: dict[str, Country]) -> None:
        self._rows = rows
        self._index = index
        self._codes = {
            column: {getattr(c, column): c for c in rows if getattr(c, column)}
            for column in _CODE_SHAPES
        }

    def __iter__(self) -> Iterator[Country]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def by_iso3(self, code: str) -> Country | None:
        """The country of an ISO 3166 alpha-3 code, in any case.

        >>> countries().by_iso3("twn").name_zh_hant
        '臺灣'
        """
        return self._codes["iso3"].get(code.strip().upper())

    def by_iso2(self, code: str) -> Country | None:
        """The country of an ISO 3166 alpha-2 code (UN votes files use them).

        >>> countries().by_iso2("KP").iso3
        'PRK'
        """
        return self._codes["iso2"].get(code.strip().upper())

    def by_cameo(self, code: str) -> Country | None:
        """The country of a CAMEO country code, or of an actor code's first three letters.

        >>> countries().by_cameo("TMP").iso3
        'TLS'
        """
        return self._codes["cameo"].get(code.strip().upper()[:3])

    def by_fips(self, code: str) -> Country | None:
        """The country of a FIPS 10-4 code (GDELT 1's geography columns).

        >>> countries().by_fips("UK").iso3
        'GBR'
        """
        return self._codes["fips"].get(code.strip().upper())

    def lookup(self, text: str) -> Country | None:
        """The country one of whose names, aliases, short forms, capitals, demonyms or ISO3,
        ISO2 or CAMEO codes equals ``text`` after folding; None otherwise.

        >>> [countries().lookup(t).iso3 for t in ("臺灣", "台湾", "taiwan", "TW")]
        ['TWN', 'TWN', 'TWN', 'TWN']
        """
        return self._index.get(fold_key(text))

    def terms(self) -> Iterator[tuple[str, str, str]]:
        """(surface form as written, iso3, kind) for every form of every country, for the
        coder's dictionaries; kind is one of :data:`TERM_KINDS`.

        >>> ("華府", "USA", "capital") in set(countries().terms())
        True
        """
        for country in self._rows:
            for form, kind in country.forms():
                yield form, country.iso3, kind


def _check_row(row: dict[str, str], where: str) -> None:
    empty = [c for c in ("iso3", "iso2", "name_en", "g20", "kind") if not row[c]]
    if empty:
        raise row_error(where, f"empty value in {', '.join(empty)}")
    for column, shape in _CODE_SHAPES.items():
        if row[column] and not re.fullmatch(shape, row[column]):
            raise row_error(where, f"{column} {row[column]!r} is not a code like {shape}")
    for column in ("name_zh_hant", "name_zh_hans"):
        if not _CJK.search(row[column]):
            raise row_error(where, f"{column} {row[column]!r} has no Chinese characters")
    if row["kind"] not in KINDS:
        raise row_error(where, f"kind {row['kind']!r} is not one of {', '.join(KINDS)}")
    if row["g20"] not in _BOOLEANS:
        raise row_error(where, f"g20 {row['g20']!r} is not true or false")
    if row["region"] not in REGIONS and (row["region"] or row["kind"] == "state"):
        raise row_error(where, f"region {row['region']!r} is not one of {', '.join(REGIONS)}")


def _population(value: str, where: str) -> float | None:
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not number >= 0:  # also refuses NaN
        raise row_error(where, f"population_m {value!r} is not a number of millions")
    return number


def _country(row: dict[str, str], where: str) -> Country:
    _check_row(row, where)
    return Country(
        iso3=row["iso3"], iso2=row["iso2"], cameo=row["cameo"], fips=row["fips"],
        name_en=row["name_en"], name_zh_hant=row["name_zh_hant"],
        name_zh_hans=row["name_zh_hans"], aliases=split_list(row["aliases"]),
        short_zh=split_list(row["short_zh"]), capitals=split_list(row["capitals"]),
        demonyms=split_list(row["demonyms"]), region=row["region"],
        g20=_BOOLEANS[row["g20"]], kind=row["kind"],
        population_m=_population(row["population_m"], where),
    )  # fmt: skip


def _index(country: Country, where: str, index: dict[str, Country]) -> None:
    """Add the country's forms to ``index``; a form already naming another country is an
    error, or the coder could not tell which was meant."""
    for form, _ in country.forms():
        other = index.setdefault(fold_key(form), country)
        if other.iso3 != country.iso3:
            raise row_error(where, f"{form!r} of {country.iso3} also names {other.iso3}")


@cache
def _countries(path: str | None) -> CountryTable:
    rows: list[Country] = []
    owners: dict[tuple[str, str], int] = {}  # (column, code) -> position of its row
    index: dict[str, Country] = {}
    for where, row in read_csv_rows("countries.csv", COLUMNS, path):
        country = _country(row, where)
        for column in _CODE_SHAPES:
            value = getattr(country, column)
            if value and owners.setdefault((column, value), len(rows)) != len(rows):
                other = rows[owners[(column, value)]].name_en
                raise row_error(where, f"duplicate {column} {value} (also {other})")
        _index(country, where, index)
        rows.append(country)
    return CountryTable(tuple(rows), index)


def countries(path: Path | str | None = None) -> CountryTable:
    """The country table: the bundled one, or the user's CSV at ``path`` in the same layout.

    >>> len(countries()) >= 240
    True
    """
    return _countries(str(path) if path is not None else None)
