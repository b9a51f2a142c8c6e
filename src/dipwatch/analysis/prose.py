"""The analyses' sentences in zh-Hant, zh-Hans and English: templates filled with words.

Templates are data (``reference/data/sentences.yaml``): each has the same ``{placeholders}`` in
the three languages, checked when the file is loaded. A placeholder is filled, language by
language, with a *word*: a state's name (:class:`Name`), a list of names (:class:`Names`), a
count with its noun (:class:`Count`), a day (:class:`Day`), a period (:class:`PeriodName`), a
label from the file (:class:`Label`) or a piece already rendered (a ``Text``). Numbers are
written as they are. So no sentence ever shows an ISO code or an enum value.

>>> render("coverage.starts", origin=Label("origins", "gdelt"), start=Day(date(2021, 8, 1)))["en"]
'GDELT data start on 1 August 2021.'
>>> render("coverage.starts", origin=Label("origins", "gdelt"), start=Day(date(2021, 8, 1)))["zh-Hant"]
'GDELT資料始於2021年8月1日。'
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from dipwatch import i18n
from dipwatch.errors import ReferenceDataError
from dipwatch.models import LANGS
from dipwatch.periods import Period

#: A sentence (or a part of one) in every language: ``{"zh-Hant": ..., "zh-Hans": ..., "en": ...}``.
Text = dict[str, str]


@dataclass(frozen=True, slots=True)
class Name:
    """A state's or organisation's name, from its ISO3 or CAMEO actor code."""

    code: str

    def say(self, lang: str) -> str:
        return i18n.name(self.code, lang, article=True)


@dataclass(frozen=True, slots=True)
class Names:
    """Names joined as the language joins a list ("France, Russia and Nicaragua")."""

    codes: tuple[str, ...]

    def say(self, lang: str) -> str:
        return i18n.listing([i18n.name(c, lang, article=True) for c in self.codes], lang)


@dataclass(frozen=True, slots=True)
class Count:
    """``n`` of a noun of ``words.yaml`` with the right grammar ("1 state", "2 states")."""

    n: int
    noun: str

    def say(self, lang: str) -> str:
        return i18n.count(self.n, self.noun, lang)


@dataclass(frozen=True, slots=True)
class Day:
    d: date
    precision: str = "day"

    def say(self, lang: str) -> str:
        return i18n.day(self.d, lang, self.precision)


@dataclass(frozen=True, slots=True)
class PeriodName:
    period: Period

    def say(self, lang: str) -> str:
        return i18n.period_name(self.period, lang)


@dataclass(frozen=True, slots=True)
class Region:
    """A region of ``reference.countries.REGIONS`` ("Latin America and the Caribbean")."""

    name: str

    def say(self, lang: str) -> str:
        return i18n.region_name(self.name, lang) if self.name else ""


@dataclass(frozen=True, slots=True)
class Label:
    """A label of ``sentences.yaml`` ``labels``: e.g. ``Label("types", "managing_differences")``."""

    group: str
    key: str

    def say(self, lang: str) -> str:
        return label(self.group, self.key, lang)


@dataclass(frozen=True, slots=True)
class Labels:
    """Several labels of one group, joined as a list."""

    group: str
    keys: tuple[str, ...]

    def say(self, lang: str) -> str:
        return i18n.listing([label(self.group, k, lang) for k in self.keys], lang)


@dataclass(frozen=True, slots=True)
class Listing:
    """Pieces (words or Texts) joined as a list."""

    items: tuple[Any, ...]

    def say(self, lang: str) -> str:
        return i18n.listing([word(x, lang) for x in self.items], lang)


@dataclass(frozen=True, slots=True)
class Issues:
    """Issues of the lexicon (``reference/data/issues.yaml``) by their labels, as a list."""

    ids: tuple[str, ...]

    def say(self, lang: str) -> str:
        from dipwatch.reference import issues

        found = {i.issue_id: i for i in issues()}
        names = [found[x].label(lang) if x in found else x for x in self.ids]
        if lang == "en":  # running text: "democracy and ideology, human rights"
            return ", ".join(n[:1].lower() + n[1:] for n in names)
        return "、".join(names)


@dataclass(frozen=True, slots=True)
class Ordinal:
    """A numbered meeting's number: "26th", 第26次.

    >>> [Ordinal(n).say("en") for n in (1, 2, 3, 11, 22, 26)], Ordinal(26).say("zh-Hant")
    (['1st', '2nd', '3rd', '11th', '22nd', '26th'], '第26次')
    """

    n: int

    def say(self, lang: str) -> str:
        if i18n.check_lang(lang) != "en":
            return f"第{self.n}次"
        suffix = (
            "th" if 10 <= self.n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(self.n % 10, "th")
        )
        return f"{self.n}{suffix}"


def word(value: Any, lang: str) -> str:
    """One placeholder's value in ``lang``."""
    if hasattr(value, "say"):
        return str(value.say(lang))
    if isinstance(value, dict):
        return value[lang]
    if isinstance(value, date):
        return i18n.day(value, lang)
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def render(key: str, **slots: Any) -> Text:
    """Template ``key`` in every language, its placeholders filled from ``slots``."""
    forms = templates()[key]
    return {
        lang: forms[lang].format(**{k: word(v, lang) for k, v in slots.items()}) for lang in LANGS
    }


def join(parts: Iterable[Text]) -> Text:
    """Sentences one after another: a space between them in English, none in Chinese.

    >>> join([{"en": "A.", "zh-Hant": "甲。", "zh-Hans": "甲。"}, {"en": "B.", "zh-Hant": "乙。", "zh-Hans": "乙。"}])["en"]
    'A. B.'
    """
    items = list(parts)
    return {lang: ("" if lang != "en" else " ").join(p[lang] for p in items) for lang in LANGS}


def label(group: str, key: str, lang: str) -> str:
    """A label in ``lang`` (KeyError naming the group when there is none).

    >>> label("types", "condemnation_sanctions", "zh-Hans")
    '外交谴责与制裁'
    """
    try:
        return _data()["labels"][group][key][i18n.check_lang(lang)]
    except KeyError:
        raise KeyError(f"no label {group}.{key} in sentences.yaml") from None


def labels(group: str) -> dict[str, Text]:
    """Every label of a group: key -> its three languages."""
    return dict(_data()["labels"][group])


def templates() -> dict[str, Text]:
    return _data()["templates"]


def fields(text: str) -> set[str]:
    """The placeholders of a template.

    >>> sorted(fields("{a} met {b} on {day}."))
    ['a', 'b', 'day']
    """
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


@cache
def _data() -> dict[str, Any]:
    from dipwatch.reference.loader import read_yaml

    data, where = read_yaml("sentences.yaml")
    if not isinstance(data, dict):
        raise ReferenceDataError(where, "file", "expected templates and labels")
    flat: dict[str, Text] = {}
    _flatten(data.get("templates") or {}, "", flat)
    for key, forms in flat.items():
        _check(where, f"templates.{key}", forms, templated=True)
    for group, items in (data.get("labels") or {}).items():
        for key, forms in items.items():
            _check(where, f"labels.{group}.{key}", forms, templated=False)
    return {"templates": flat, "labels": data.get("labels") or {}}


def _flatten(node: dict[str, Any], prefix: str, out: dict[str, Text]) -> None:
    """Nested template groups become dotted keys: ``allies: {summary: ...}`` -> ``allies.summary``."""
    for key, value in node.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and not set(value) & set(LANGS):
            _flatten(value, name + ".", out)
        else:
            out[name] = value


def _check(where: str, entry: str, forms: Any, *, templated: bool) -> None:
    if not isinstance(forms, dict) or any(not isinstance(forms.get(x), str) for x in LANGS):
        raise ReferenceDataError(where, entry, f"needs a text in each of {', '.join(LANGS)}")
    if templated:
        want = fields(forms["en"])
        for lang in LANGS:
            if fields(forms[lang]) != want:
                raise ReferenceDataError(
                    where, entry, f"{lang} has placeholders {sorted(fields(forms[lang]))}, "
                    f"en has {sorted(want)}"
                )  # fmt: skip


def texts_in(values: Sequence[Text]) -> list[str]:
    """Every language's text of several Texts (for checks over everything written)."""
    return [t[lang] for t in values for lang in LANGS]
