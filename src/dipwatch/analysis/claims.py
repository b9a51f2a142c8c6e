"""What one source claims about a contact between two states, read from its event and sentence:
the ordinal of a numbered meeting, the level, the mode and the place (for contradictions).

The words are data (``typology.yaml``, ``contradictions``): ``ordinals`` are regular expressions
whose first group is the number (Arabic or Chinese numerals), ``video`` the words of a video
meeting, ``official`` the names and web domains of official sources. Levels come from the people
reference: a head of state or of government of either state, in office on the day, named in the
sentence. A place is a third country's capital named in the sentence (a pair's own capitals
stand for its governments), or the action country of an event-data row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from dipwatch.analysis.frames import url_host

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
LEVELS = ("head_of_state", "head_of_government")


@dataclass(frozen=True, slots=True)
class Claim:
    """One source's report of a contact, with what its sentence says about it."""

    pair: tuple[str, str]
    contact: str
    date: date
    source: str
    official: bool
    event_id: str
    code: str
    text: str | None
    url: str | None = None
    doc_id: str | None = None
    origin: str = "text"
    ordinal: int | None = None
    levels: frozenset[str] = frozenset()
    video: bool = False
    place: str | None = None

    @property
    def level_key(self) -> str:
        """The level in words' key: one level, both, or unknown."""
        if len(self.levels) == 1:
            return next(iter(self.levels))
        return "both" if self.levels else "unknown"


def chinese_number(text: str) -> int | None:
    """An Arabic or a Chinese numeral below 1000.

    >>> chinese_number("26"), chinese_number("二十六"), chinese_number("十"), chinese_number("一百零三")
    (26, 26, 10, 103)
    """
    if text.isdigit():
        return int(text)
    total, digit = 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in "十百":
            total += (digit if digit is not None else 1) * (10 if ch == "十" else 100)
            digit = None
        else:
            return None
    return total + (digit or 0)


def ordinal_in(text: str | None, patterns: list[str]) -> int | None:
    """The number of a numbered meeting named in ``text``.

    >>> ordinal_in("習近平與普丁的第 26 次定期會晤", [r"第\\s*([0-9一二三四五六七八九十百零〇两]+)\\s*次"])
    26
    """
    for pattern in patterns:
        found = re.search(pattern, text or "", re.IGNORECASE)
        if found and (n := chinese_number(found.group(1))) is not None:
            return n
    return None


def official_source(source: str | None, url: str | None, cfg: dict[str, Any]) -> bool:
    """Whether a source (by name) or a URL (by domain) is official.

    >>> cfg = {"official": {"names": ["新华社"], "domains": ["gov.cn"]}}
    >>> official_source("新华社", None, cfg), official_source("x", "https://english.www.gov.cn/a", cfg)
    (True, True)
    """
    names = {n.casefold() for n in cfg["official"]["names"]}
    if source and source.casefold() in names:
        return True
    host = url_host(url) or (source or "").casefold()
    return any(host == d or host.endswith("." + d) for d in cfg["official"]["domains"])


def claim_features(row: dict[str, Any], cfg: dict[str, Any]) -> Claim:
    """A row of ``contradictions.claims_frame`` as a Claim, its sentence read."""
    text = row.get("text")
    pair = (row["a"], row["b"])
    folded = _fold(text or "")
    place = row.get("action_country") or _place(folded, pair)
    return Claim(
        pair=pair, contact=row["kind"], date=row["date"], source=row["source"],
        official=official_source(row["source"], row.get("url"), cfg), event_id=row["event_id"],
        code=row["code"], text=text, url=row.get("url"), doc_id=row.get("doc_id"),
        origin=row["origin"], ordinal=ordinal_in(text, cfg["ordinals"]),
        levels=_levels(folded, pair, row["date"]),
        video=any(_fold(w) in folded for w in cfg["video"]), place=place,
    )  # fmt: skip


def distinct(xs: list[Claim], ys: list[Claim]) -> bool:
    """Whether what the claims say tells two events apart (where both sides say it)."""

    def known(claims: list[Claim], get: Any) -> set[Any]:
        return {v for c in claims if (v := get(c))}

    for get in (lambda c: c.ordinal, lambda c: c.place):
        a, b = known(xs, get), known(ys, get)
        if a and b and not a & b:
            return True
    la, lb = set().union(*(c.levels for c in xs)), set().union(*(c.levels for c in ys))
    in_person = {c.place for c in xs + ys if c.place and c.text}
    video = any(c.video for c in xs) != any(c.video for c in ys) and bool(in_person)
    return bool(la and lb and not la & lb) or video


def _fold(text: str) -> str:
    from dipwatch.reference.fold import fold_key

    return fold_key(text)


def heads_named(text: str | None, pair: tuple[str, str], day: date) -> frozenset[str]:
    """The levels (head of state, of government) of the pair's leaders named in ``text``.

    >>> sorted(heads_named("習近平與美國總統拜登舉行視訊峰會", ("CHN", "USA"), date(2021, 11, 16)))
    ['head_of_state']
    """
    return _levels(_fold(text or ""), pair, day)


def _levels(folded: str, pair: tuple[str, str], day: date) -> frozenset[str]:
    if not folded:
        return frozenset()
    found = set()
    for country in pair:
        for role in LEVELS:
            for name in _names(country, role, day):
                if name in folded:
                    found.add(role)
    return frozenset(found)


@cache
def _names(country: str, role: str, day: date) -> tuple[str, ...]:
    """The folded full names of who held ``role`` in ``country`` on ``day``."""
    from dipwatch.reference import people

    out = []
    for p in people().in_office(country, role, day):
        out += [_fold(n) for n in (p.name_en, p.name_zh_hant, p.name_zh_hans) if n]
    return tuple(n for n in out if len(n) >= 2)


def _place(folded: str, pair: tuple[str, str]) -> str | None:
    for capital, iso3 in _capitals().items():
        if iso3 not in pair and capital in folded:
            return iso3
    return None


@cache
def _capitals() -> dict[str, str]:
    from dipwatch.reference import countries

    return {
        _fold(c): k.iso3
        for k in countries()
        if k.kind == "state"
        for c in k.capitals
        if len(_fold(c)) >= 2
    }
