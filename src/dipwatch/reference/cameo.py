"""The CAMEO event codebook: every code with labels in three scripts, Goldstein value, quad class
and PLOVER type.

``data/cameo.csv`` (``code,label_en,label_zh_hant,label_zh_hans,goldstein,quad_class,plover``)
holds the 20 roots and all 291 codes below them (CAMEO 1.1b3 as GDELT publishes it). Facts come
from the public CAMEO and PLOVER tables; the layout and the Chinese labels are ours:

- codes are strings, zero-padded as in CAMEO (``"010"``, ``"0411"``), never integers;
- ``goldstein`` is GDELT's Goldstein value for the code (-10 conflict .. +10 cooperation);
- ``quad_class`` follows from the root as in GDELT's QuadClass: 01-05 verbal cooperation (1),
  06-08 material cooperation (2), 09-14 verbal conflict (3), 15-20 material conflict (4);
- ``plover`` is the PLOVER event type from the OEDA CAMEO2PLOVER table (2021). PLOVER folds
  CAMEO's APPEAL (02) into REQUEST, and has no type for MAKE PUBLIC STATEMENT (01), whose
  codes have an empty ``plover``. Where that table maps a code twice (root 08 appears as both
  CONCEDE and RETREAT) the first mapping is kept;
- English labels follow the CAMEO 1.1b3 manual where GDELT's lookup file is garbled or
  disagrees with the hierarchy below it (101, 105-108 "Demand ...", typos fixed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dipwatch.reference.loader import label_in, read_csv_rows, row_error

COLUMNS = (
    "code",
    "label_en",
    "label_zh_hant",
    "label_zh_hans",
    "goldstein",
    "quad_class",
    "plover",
)
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
_CODE = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")


def quad_class_of(code: str) -> int:
    """GDELT's QuadClass for any code, from its two-digit root.

    >>> quad_class_of("163"), quad_class_of("0411")
    (4, 1)
    """
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 14 else 4


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code.

    >>> c = cameo()["041"]
    >>> (c.root, c.label_zh_hant, c.quad_class)
    ('04', '電話會談', 1)
    """

    code: str
    root: str
    label_en: str
    label_zh_hant: str
    label_zh_hans: str
    goldstein: float
    quad_class: int
    plover: str

    @property
    def is_root(self) -> bool:
        """True for the 20 two-digit roots ("04")."""
        return len(self.code) == 2

    @property
    def parent(self) -> str | None:
        """The code one level up ("0411" -> "041", "041" -> "04"), None for a root."""
        return None if self.is_root else self.code[: max(2, len(self.code) - 1)]

    def label(self, lang: str = "en") -> str:
        """The label in ``lang`` (``en``, ``zh-Hant`` or ``zh-Hans``).

        >>> cameo()["042"].label("zh-Hans")
        '出访'
        """
        return label_in(self, lang)


class CameoCodebook:
    """All CAMEO codes in codebook order, looked up by their string code.

    >>> cb = cameo()
    >>> cb["163"].goldstein, cb.get("999") is None, len(cb.roots())
    (-8.0, True, 20)
    """

    def __init__(self, codes: tuple[CameoCode, ...]) -> None:
        self._codes = codes
        self._by_code = {c.code: c for c in codes}

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self._codes)

    def __len__(self) -> int:
        return len(self._codes)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __getitem__(self, code: str) -> CameoCode:
        try:
            return self._by_code[code]
        except KeyError:
            hint = (
                " (CAMEO codes are zero-padded strings such as '041')" if _lost_zero(code) else ""
            )
            raise KeyError(f"no CAMEO code {code!r}{hint}") from None

    def get(self, code: str, default: CameoCode | None = None) -> CameoCode | None:
        """The code, or ``default`` when there is none."""
        return self._by_code.get(code, default)

    def roots(self) -> list[CameoCode]:
        """The 20 root categories, "01" to "20", with their labels.

        >>> cameo().roots()[0].label_en
        'Make public statement'
        """
        return [c for c in self._codes if c.is_root]

    def children(self, code: str) -> list[CameoCode]:
        """The codes directly below ``code`` ("04" -> "040".."046").

        >>> [c.code for c in cameo().children("16")][:3]
        ['160', '161', '162']
        """
        return [c for c in self._codes if c.parent == code]


def _lost_zero(code: object) -> bool:
    """True for codes like 41 or "41" that lost their leading zero in a spreadsheet."""
    text = str(code)
    return text.isdigit() and _CODE.match("0" + text) is not None and len(text) in (1, 2, 3)


def _number(row: dict[str, str], where: str) -> tuple[float, int]:
    try:
        goldstein = float(row["goldstein"])
    except ValueError:
        raise row_error(where, f"goldstein {row['goldstein']!r} is not a number") from None
    if not -10.0 <= goldstein <= 10.0:
        raise row_error(where, f"goldstein {goldstein} is outside -10..10")
    try:
        quad = int(row["quad_class"])
    except ValueError:
        raise row_error(where, f"quad_class {row['quad_class']!r} is not 1, 2, 3 or 4") from None
    return goldstein, quad


def _code(row: dict[str, str], where: str) -> CameoCode:
    empty = [c for c in COLUMNS[:6] if not row.get(c)]
    if empty:
        raise row_error(where, f"empty value in {', '.join(empty)}")
    code = row["code"]
    if not _CODE.match(code):
        hint = "; it looks like it lost its leading zero" if _lost_zero(code) else ""
        raise row_error(
            where, f"code {code!r} is not a CAMEO event code (01..20 + 0-2 digits){hint}"
        )
    goldstein, quad = _number(row, where)
    if quad != quad_class_of(code):
        raise row_error(
            where, f"quad_class {quad} for {code}: root {code[:2]} is {quad_class_of(code)}"
        )
    if row["plover"] and row["plover"] not in PLOVER_TYPES:
        raise row_error(where, f"plover {row['plover']!r} is not one of {', '.join(PLOVER_TYPES)}")
    return CameoCode(
        code=code, root=code[:2], label_en=row["label_en"], label_zh_hant=row["label_zh_hant"],
        label_zh_hans=row["label_zh_hans"], goldstein=goldstein, quad_class=quad,
        plover=row["plover"],
    )  # fmt: skip


@cache
def _cameo(path: str | None) -> CameoCodebook:
    codes: dict[str, CameoCode] = {}
    for where, row in read_csv_rows("cameo.csv", COLUMNS, path):
        code = _code(row, where)
        if code.code in codes:
            raise row_error(where, f"duplicate code {code.code}")
        # Parents first, so the codebook reads as a tree and no code hangs without its root.
        if code.parent is not None and code.parent not in codes:
            raise row_error(
                where, f"code {code.code} comes before (or without) its parent {code.parent}"
            )
        codes[code.code] = code
    return CameoCodebook(tuple(codes.values()))


def cameo(path: Path | str | None = None) -> CameoCodebook:
    """The CAMEO codebook: the bundled one, or the user's CSV at ``path`` in the same layout.

    >>> len(cameo()) >= 300
    True
    """
    return _cameo(str(path) if path is not None else None)
