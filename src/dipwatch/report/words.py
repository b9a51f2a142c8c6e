"""The report's words: language-neutral values and the templates that turn them into prose.

A report is built once, without a language: every sentence is a :class:`Phrase`, a template key
of ``report/data/prose.yaml`` with its values. A value is a state (:class:`State`, named by
:func:`dipwatch.i18n.name`), a date (:class:`Day`), a count (:class:`Count`, with the noun's
grammar), a list (:class:`Items`), a label from a reference table (:class:`Label`), a number,
a nested phrase, prose an analysis wrote in three languages (:class:`Text`) or a literal string
that reads the same in every language (a source's name, a quoted sentence, a link).
:func:`say` renders any of them in one language, so the three languages say the same thing.

>>> say(Phrase("allies.count", {"on": Day(date(2021, 12, 31)), "allies": Count(14, "ally"),
...                            "start": Day(date(2021, 10, 1)), "before": Count(15, "ally")}), "en")
'On 31 December 2021 Taiwan had 14 diplomatic allies; on 1 October 2021 it had 15 diplomatic allies.'
>>> say(Items((State("FRA"), State("RUS"), State("NIC"))), "zh-Hans")
'法国、俄罗斯和尼加拉瓜'
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from dipwatch import i18n
from dipwatch.errors import ReferenceDataError
from dipwatch.models import LANGS
from dipwatch.periods import Period


@dataclass(frozen=True, slots=True)
class State:
    """A state or organisation by ISO3 or CAMEO code: named in the reader's script; in running
    text (``article``) with the article English gives it ("the United States")."""

    code: str
    article: bool = False


@dataclass(frozen=True, slots=True)
class Day:
    value: date
    precision: str = "day"


@dataclass(frozen=True, slots=True)
class Count:
    n: int
    noun: str


@dataclass(frozen=True, slots=True)
class Items:
    items: tuple[Value, ...]


@dataclass(frozen=True, slots=True)
class Label:
    """A label of a reference table: ``cameo``, ``issue`` (``issue_text`` in running text),
    ``region``, ``org`` (by English name or id) or ``prose`` (a key of prose.yaml without
    values)."""

    table: str
    key: str


@dataclass(frozen=True, slots=True)
class Number:
    """A number: ``style`` is ``signed`` (+0.25), ``percent`` (42%) or ``plain``."""

    value: float
    style: str = "signed"


@dataclass(frozen=True, slots=True)
class PeriodName:
    period: Period


@dataclass(frozen=True, slots=True)
class Text:
    """Prose an analysis wrote, one string per language (all of ``models.LANGS``)."""

    by_lang: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Phrase:
    key: str
    values: Mapping[str, Value] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Sentences:
    """Sentences one after another (a space between them in English, none in Chinese)."""

    parts: tuple[Value, ...]


Value = (State | Day | Count | Items | Label | Number | PeriodName | Text | Phrase | Sentences
         | str | int)  # fmt: skip


def say(value: Value, lang: str) -> str:
    """``value`` in ``lang``."""
    lang = i18n.check_lang(lang)
    match value:
        case str():
            return value
        case int():
            return f"{value:,}"
        case Phrase(key, values):
            template = prose()[key][lang]
            return template.format(**{k: say(v, lang) for k, v in values.items()})
        case State(code, article):
            return i18n.name(code, lang, article=article)
        case Sentences(parts):
            return ("" if lang != "en" else " ").join(_sentence(say(p, lang), lang) for p in parts)
        case Day(d, precision):
            return i18n.day(d, lang, precision)
        case Count(n, noun):
            return i18n.count(n, noun, lang)
        case Items(items):
            return i18n.listing([say(v, lang) for v in items], lang)
        case Number(x, style):
            return _number(x, style, lang)
        case PeriodName(p):
            return i18n.period_name(p, lang)
        case Text(by_lang):
            return by_lang[lang]
        case Label(table, key):
            return label(table, key, lang)
    raise TypeError(f"not a report value: {value!r}")


def _sentence(text: str, lang: str) -> str:
    """A sentence starts with a capital in English ("the data..." -> "The data...")."""
    return text[:1].upper() + text[1:] if lang == "en" else text


def _number(x: float, style: str, lang: str = "en") -> str:
    """``x`` in ``style``: ``percent``, ``signed``, ``millions`` (of people) or plain.

    >>> _number(100, "millions", "en"), _number(100, "millions", "zh-Hant"), _number(50, "millions", "zh-Hans")
    ('100 million', '1億', '5,000万')
    """
    if style == "millions":
        if lang == "en":
            return f"{x:,g} million"
        big, small = ("億", "萬") if lang == "zh-Hant" else ("亿", "万")
        return f"{x / 100:,g}{big}" if x >= 100 else f"{x * 100:,g}{small}"
    if style == "percent":
        return f"{x:.0%}"
    if style == "signed":  # a true minus sign, as the method note writes −1
        return f"{x:+.2f}".replace("-", "−")
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def label(table: str, key: str, lang: str) -> str:
    """A reference label in ``lang``; the key itself when the table has no such entry."""
    if table == "prose":
        return prose()[key][lang]
    if table == "region":
        return i18n.region_name(key, lang)
    from dipwatch import reference

    if table == "cameo":
        code = reference.cameo().get(key)
        return _plain_label(code.label(lang)) if code else key
    if table in ("issue", "issue_text"):  # a heading's or a cell's label; running text's
        found = {i.issue_id: i for i in reference.issues()}.get(key)
        if found is None:
            return key.replace("_", " ")
        return found.label(lang) if table == "issue" else found.in_sentence(lang)
    if table == "org":
        org = next((o for o in reference.organisations() if key in (o.org_id, o.name_en)), None)
        return (
            {"en": org.name_en, "zh-Hant": org.name_zh_hant, "zh-Hans": org.name_zh_hans}[lang]
            if org
            else key
        )
    raise KeyError(f"no label table {table!r}")


def _plain_label(text: str) -> str:
    """A CAMEO label without the codebook's "not specified below" note.

    >>> _plain_label("Consult, not specified below"), _plain_label("磋商（未另分類）")
    ('Consult', '磋商')
    """
    for tail in (", not specified below", "（未另分類）", "（未另分类）"):
        text = text.removesuffix(tail)
    return text


@cache
def prose(path: Path | str | None = None) -> dict[str, dict[str, str]]:
    """The report's templates: key -> {lang: template}, checked that every key has all three
    languages and that they name the same values (so no language says less than another)."""
    from dipwatch.reference.loader import read_yaml

    data, where = _read(read_yaml, path)
    if not isinstance(data, dict):
        raise ReferenceDataError(where, "file", "expected a mapping of template keys")
    for key, forms in data.items():
        _check(where, key, forms)
    return data


def _read(read_yaml: Any, path: Path | str | None) -> tuple[Any, str]:
    if path is not None:
        return read_yaml("", path)
    from importlib import resources

    from dipwatch.reference.loader import load_yaml

    res = resources.files("dipwatch.report").joinpath("data", "prose.yaml")
    return load_yaml(res.read_text(encoding="utf-8")), "dipwatch/report/data/prose.yaml"


def _check(where: str, key: str, forms: Any) -> None:
    if not isinstance(forms, dict) or sorted(forms) != sorted(LANGS):
        raise ReferenceDataError(where, key, f"expected exactly the languages {', '.join(LANGS)}")
    names = {lang: _fields(str(t)) for lang, t in forms.items()}
    if len({frozenset(v) for v in names.values()}) != 1:
        raise ReferenceDataError(where, key, f"the languages name different values: {names}")


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}
