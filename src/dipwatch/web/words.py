"""The dashboard's own words (``web/data/ui.yaml``), loaded once and checked: every entry has
the three languages and the same ``{placeholders}`` in each.

>>> ui("nav.allies", "zh-Hans"), ui("events.count", "en", total="1,024", first=1, last=50)
('台湾邦交国', '1,024 events; 1–50 shown')
"""

from __future__ import annotations

import string
from functools import cache
from importlib import resources
from typing import Any

import yaml

from dipwatch.errors import ReferenceDataError
from dipwatch.models import LANGS

WHERE = "dipwatch/web/data/ui.yaml"


def ui(key: str, lang: str, **values: Any) -> str:
    """The words of ``key`` in ``lang``, with ``values`` filled in (KeyError for an unknown key)."""
    text = words()[key][lang]
    return text.format(**values) if values else text


@cache
def words() -> dict[str, dict[str, str]]:
    raw = resources.files("dipwatch.web").joinpath("data", "ui.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    if not isinstance(data, dict):
        raise ReferenceDataError(WHERE, "(file)", "expected a mapping of keys to languages")
    for key, forms in data.items():
        _check(str(key), forms)
    return data


def _check(key: str, forms: Any) -> None:
    if not isinstance(forms, dict) or sorted(forms) != sorted(LANGS):
        raise ReferenceDataError(WHERE, key, f"needs exactly the languages {', '.join(LANGS)}")
    fields = {lang: _fields(str(forms[lang])) for lang in LANGS}
    if len({frozenset(f) for f in fields.values()}) != 1:
        raise ReferenceDataError(WHERE, key, f"placeholders differ between languages: {fields}")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
