"""CAMEO actor type and known-group codes, with labels in three scripts.

``data/actor_codes.csv`` (``code,kind,label_en,label_zh_hant,label_zh_hans,org_id``) holds every
code of GDELT's ``cameoType.txt`` (``kind`` = ``type``: GOV, MIL, OPP, MED, IGO, NGO …) and
``cameoGroup.txt`` (``kind`` = ``group``: ADB, ASN, NAT, UNO …), and the regions of
``cameoCountry.txt`` (``kind`` = ``region``: LAM, MEA, SEA …), which stand for a body with no group
code of its own (CELAC is LAM), and one type GDELT's table lacks, PTY (political parties), as
PETRARCH's Phoenix agents dictionary codes a party and its officers (``EXTRA_TYPES``). A code
is unique within its kind; AMN, IRC and UNO are both a type and a group, as in GDELT. ``org_id`` links a group to its
row of ``data/organisations.csv`` when it has one. Facts come from GDELT's lookups; the labels
are ours:

- English labels are written as they read inside a phrase: common nouns in lower case
  ("government", "political opposition"), proper names as names ("United Nations"), so that
  :meth:`ActorCodes.describe` can join them into "United States government";
- GDELT's typos and stale names are fixed (Hezbollah, UNICEF's apostrophe, OIC's current name,
  African Union for OAU). GDELT gives CEM twice (COMESA and CEMAC), so its label names both;
- zh-Hant labels follow Taiwan usage (菁英, 北大西洋公約組織, 大英國協), zh-Hans mainland usage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dipwatch.errors import InputError
from dipwatch.models import LANGS
from dipwatch.reference.countries import Country, countries
from dipwatch.reference.loader import label_in, read_csv_rows, row_error

COLUMNS = ("code", "kind", "label_en", "label_zh_hant", "label_zh_hans", "org_id")
KINDS = ("type", "group", "region")
#: Types beyond GDELT's cameoType.txt: PTY, a political party (PETRARCH's PARTY_LEADER [~PTY]).
EXTRA_TYPES = ("PTY",)

_CODE = re.compile(r"^[A-Z]{3}$")
_ORG_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class ActorCode:
    """One CAMEO actor type or known-group code.

    >>> c = actor_codes().get("MIL")
    >>> (c.kind, c.label_en, c.label_zh_hant)
    ('type', 'military', '軍方')
    """

    code: str
    kind: str
    label_en: str
    label_zh_hant: str
    label_zh_hans: str
    org_id: str | None

    def label(self, lang: str = "en") -> str:
        """The label in ``lang`` (``en``, ``zh-Hant`` or ``zh-Hans``).

        >>> actor_codes().get("NAT", "group").label("zh-Hans")
        '北大西洋公约组织'
        """
        return label_in(self, lang)


class ActorCodes:
    """Every type and group code, by code, and the labelling of full CAMEO actor codes.

    >>> actor_codes().describe("USAGOV")
    'United States government'
    """

    def __init__(self, rows: tuple[ActorCode, ...]) -> None:
        self._rows = rows
        self._by_kind = {kind: {r.code: r for r in rows if r.kind == kind} for kind in KINDS}

    def __iter__(self) -> Iterator[ActorCode]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, code: str, kind: str | None = None) -> ActorCode | None:
        """The entry of ``code`` in ``kind``; without a kind the type, else the group.

        >>> actor_codes().get("ADB").label_zh_hant
        '亞洲開發銀行'
        """
        key = code.strip().upper()
        if kind is not None:
            if kind not in KINDS:
                raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
            return self._by_kind[kind].get(key)
        return self._by_kind["type"].get(key) or self._by_kind["group"].get(key)

    def types(self) -> list[ActorCode]:
        """The type codes (GOV, MIL, OPP …) in file order.

        >>> "GOV" in [c.code for c in actor_codes().types()]
        True
        """
        return list(self._by_kind["type"].values())

    def groups(self) -> list[ActorCode]:
        """The known-group codes (ADB, ASN, NAT …) in file order.

        >>> "ASN" in [c.code for c in actor_codes().groups()]
        True
        """
        return list(self._by_kind["group"].values())

    def regions(self) -> list[ActorCode]:
        """CAMEO's region codes (LAM, MEA, SEA …) in file order.

        >>> actor_codes().get("LAM", "region").label("zh-Hant")
        '拉丁美洲'
        """
        return list(self._by_kind["region"].values())

    def describe(self, actor_code: str, lang: str = "en") -> str:
        """A readable name for a full CAMEO actor code: its country (ISO3 or CAMEO code) and the
        labels of its type and group parts; a part no table knows is kept as written.

        >>> [actor_codes().describe(c) for c in ("USAGOV", "IGOUNO", "NGO")]
        ['United States government', 'United Nations', 'Non-governmental organisation']
        >>> actor_codes().describe("CHNMIL", "zh-Hant"), actor_codes().describe("LAM", "zh-Hans")
        ('中國軍方', '拉丁美洲')
        """
        if lang not in LANGS:
            raise ValueError(f"lang {lang!r} is not one of {', '.join(LANGS)}")
        parts = _split(actor_code)
        country = _country(parts[0])
        region = None if country else self.get(parts[0], "region")
        words = [_country_name(country, lang)] if country else []
        words = [region.label(lang)] if region else words
        rest = parts[1:] if words else parts
        # A code that is both (UNO, AMN, IRC) reads as the body it names, so groups come first.
        entries = [self.get(p, "group") or self.get(p, "type") for p in rest]
        labels = [e.label(lang) if e else p for p, e in zip(rest, entries, strict=True)]
        words += labels[_head(entries) :]
        text = (" " if lang == "en" else "").join(words)  # Chinese runs words together
        return text[:1].upper() + text[1:] if lang == "en" else text


def _split(actor_code: str) -> list[str]:
    """``USAGOVMIL`` to ``['USA', 'GOV', 'MIL']``; a short last part is kept as it is."""
    code = actor_code.strip().upper()
    if not code.isascii() or not code.isalpha():
        raise InputError(f"actor code {actor_code!r} is not a CAMEO code like USAGOV")
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def _head(entries: list[ActorCode | None]) -> int:
    """Where the words start: at the last group, since a group (UNO in IGOUNO) names the actor
    more precisely than the generic type or wider body before it."""
    groups = [i for i, e in enumerate(entries) if e is not None and e.kind == "group"]
    return groups[-1] if groups else 0


def _country(part: str) -> Country | None:
    """The country a code's first part names, as ISO3 (ROU) or as CAMEO code (ROM)."""
    table = countries()
    return table.by_iso3(part) or table.by_cameo(part)


def _country_name(country: Country, lang: str) -> str:
    names = {"en": country.name_en, "zh-Hant": country.name_zh_hant}
    return names.get(lang, country.name_zh_hans)


def _actor_code(row: dict[str, str], where: str) -> ActorCode:
    empty = [c for c in COLUMNS[:5] if not row.get(c)]
    if empty:
        raise row_error(where, f"empty value in {', '.join(empty)}")
    if not _CODE.match(row["code"]):
        raise row_error(where, f"code {row['code']!r} is not three upper-case letters")
    if row["kind"] not in KINDS:
        raise row_error(where, f"kind {row['kind']!r} is not one of {', '.join(KINDS)}")
    for column in ("label_zh_hant", "label_zh_hans"):
        if not _CJK.search(row[column]):
            raise row_error(where, f"{column} {row[column]!r} has no Chinese characters")
    if row["org_id"] and not _ORG_ID.match(row["org_id"]):
        raise row_error(where, f"org_id {row['org_id']!r} is not an id like arab_league")
    return ActorCode(
        code=row["code"], kind=row["kind"], label_en=row["label_en"],
        label_zh_hant=row["label_zh_hant"], label_zh_hans=row["label_zh_hans"],
        org_id=row["org_id"] or None,
    )  # fmt: skip


@cache
def _actor_codes(path: str | None) -> ActorCodes:
    rows: list[ActorCode] = []
    seen: set[tuple[str, str]] = set()
    for where, row in read_csv_rows("actor_codes.csv", COLUMNS, path):
        entry = _actor_code(row, where)
        if (entry.kind, entry.code) in seen:
            raise row_error(where, f"duplicate {entry.kind} code {entry.code}")
        seen.add((entry.kind, entry.code))
        rows.append(entry)
    return ActorCodes(tuple(rows))


def actor_codes(path: Path | str | None = None) -> ActorCodes:
    """The actor type and group table: the bundled one, or the user's CSV at ``path``.

    >>> len(actor_codes().types()), len(actor_codes().groups())
    (40, 115)
    """
    return _actor_codes(str(path) if path is not None else None)
