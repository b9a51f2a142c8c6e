"""Words for readers: names, counts, dates, periods and lists in the reader's language and script.

Every sentence dipwatch writes (an analysis's explanation, a judgment, an alert, a report
paragraph, a dashboard label) takes its names and numbers from here, so that states are named
as the reader names them (美國 / 美国 / the United States, never ``USA``), counts agree with their
nouns ("1 state", "2 states") and dates read naturally ("16 November 2021", 2021年11月16日).
Vocabulary is data: ``reference/data/words.yaml``.

>>> name("HND", "zh-Hant"), name("HND", "zh-Hans"), name("HNDGOV", "en")
('宏都拉斯', '洪都拉斯', 'Honduras')
>>> count(1, "state", "en"), count(2, "state", "en"), count(2, "state", "zh-Hant")
('1 state', '2 states', '2個國家')
>>> listing([name(c, "en") for c in ("FRA", "RUS", "NIC")], "en")
'France, Russia and Nicaragua'
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any

from dipwatch.errors import InputError, ReferenceDataError
from dipwatch.models import LANGS
from dipwatch.periods import Period

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_QUARTERS_EN = ("first", "second", "third", "fourth")
_QUARTERS_ZH = ("一", "二", "三", "四")


def check_lang(lang: str) -> str:
    """``lang`` as dipwatch spells it (``zh-Hant``, ``zh-Hans``, ``en``); InputError otherwise.

    >>> check_lang("ZH-hant")
    'zh-Hant'
    """
    found = {x.lower(): x for x in LANGS}.get((lang or "").strip().lower().replace("_", "-"))
    if found is None:
        raise InputError(f"unknown language {lang!r}; choose one of: {', '.join(LANGS)}")
    return found


def name(code: str | None, lang: str, article: bool = False) -> str:
    """A state's or organisation's name from an ISO3 or CAMEO actor code (its country part).

    Unknown codes come back as they are, so nothing is lost; a state is never named by a
    longer description than its name (``CHNGOV`` reads 中國, not 中國政府). With ``article``,
    English names that take one in running text get it (``words.yaml``, ``definite``):

    >>> name("USA", "en", article=True), name("FRA", "en", article=True)
    ('the United States', 'France')
    """
    if not code:
        return ""
    head = code[:3]
    from dipwatch.reference import actor_codes, countries

    country = countries().by_iso3(head) or countries().by_cameo(head)
    if country is not None and article and lang == "en" and country.iso3 in _words()["definite"]:
        return "the " + country.name_en
    if country is not None:
        return {"en": country.name_en, "zh-Hant": country.name_zh_hant,
                "zh-Hans": country.name_zh_hans}[check_lang(lang)]  # fmt: skip
    group = actor_codes().get(head, "group")
    return group.label(check_lang(lang)) if group is not None else code


def region_name(region: str, lang: str) -> str:
    """A region of ``reference.countries.REGIONS`` in ``lang``.

    >>> region_name("Middle East", "zh-Hans")
    '中东'
    """
    return _words()["regions"].get(region, {}).get(check_lang(lang), region)


def count(n: int, noun: str, lang: str) -> str:
    """``n`` of ``noun`` (a key of ``words.yaml`` ``nouns``) with the right grammar."""
    forms = _words()["nouns"].get(noun)
    if forms is None:
        raise KeyError(f"no noun {noun!r} in words.yaml")
    form = forms[check_lang(lang)]
    if isinstance(form, list):
        form = form[0] if n == 1 else form[1]
    return str(form).format(n=f"{n:,}")


def listing(items: Sequence[str], lang: str) -> str:
    """Items joined as the language joins a list: "A, B and C", 「A、B及C」.

    >>> listing(["法國", "俄羅斯", "尼加拉瓜"], "zh-Hant")
    '法國、俄羅斯及尼加拉瓜'
    """
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    lang = check_lang(lang)
    word = _words()["conjunction"][lang]
    if lang == "en":
        return f"{', '.join(items[:-1])} {word} {items[-1]}"
    return f"{'、'.join(items[:-1])}{word}{items[-1]}"


def day(d: date, lang: str, precision: str = "day") -> str:
    """A date as the reader writes it, no finer than its precision (day, month or year).

    >>> day(date(2021, 12, 10), "en"), day(date(2021, 12, 10), "zh-Hant", "month")
    ('10 December 2021', '2021年12月')
    """
    lang = check_lang(lang)
    if lang == "en":
        return {"year": f"{d.year}", "month": f"{_MONTHS[d.month - 1]} {d.year}"}.get(
            precision, f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
        )
    return {"year": f"{d.year}年", "month": f"{d.year}年{d.month}月"}.get(
        precision, f"{d.year}年{d.month}月{d.day}日"
    )


def period_name(p: Period, lang: str) -> str:
    """A period in words: the fourth quarter of 2021, 2021年第四季, 2021年11月1日至12月31日.

    >>> from dipwatch.periods import parse_period
    >>> period_name(parse_period("2021Q4"), "en"), period_name(parse_period("2021Q4"), "zh-Hans")
    ('the fourth quarter of 2021', '2021年第四季度')
    """
    lang = check_lang(lang)
    if p.grain == "quarter":
        q = (p.start.month - 1) // 3
        if lang == "en":
            return f"the {_QUARTERS_EN[q]} quarter of {p.start.year}"
        return f"{p.start.year}年第{_QUARTERS_ZH[q]}季" + ("度" if lang == "zh-Hans" else "")
    if p.grain in ("year", "month"):
        return day(p.start, lang, p.grain)
    if p.grain == "day":
        return day(p.start, lang)
    return f"{day(p.start, lang)} – {day(p.end, lang)}" if lang == "en" else (
        f"{day(p.start, lang)}至{day(p.end, lang)}"
    )  # fmt: skip


@cache
def _words() -> dict[str, Any]:
    from dipwatch.reference.loader import read_yaml

    data, where = read_yaml("words.yaml")
    for key in ("nouns", "regions", "conjunction"):
        if not isinstance(data, dict) or not isinstance(data.get(key), dict):
            raise ReferenceDataError(where, key, "expected a mapping")
    for noun, forms in data["nouns"].items():
        missing = [x for x in LANGS if x not in forms]
        if missing:
            raise ReferenceDataError(where, f"nouns.{noun}", f"missing {', '.join(missing)}")
    return data
