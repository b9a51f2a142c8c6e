"""Shared reading of reference files: bundled package data or a user's file, CSV or YAML."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from dipwatch.errors import ReferenceDataError


def data_text(name: str, path: Path | str | None = None) -> tuple[str, str]:
    """(text, where) of the bundled ``reference/data/<name>`` or of the user's ``path``."""
    if path is not None:
        p = Path(path)
        try:
            return p.read_text(encoding="utf-8-sig"), str(p)
        except (OSError, UnicodeDecodeError) as err:
            raise ReferenceDataError(str(p), "file", f"cannot read: {err}") from None
    res = resources.files("dipwatch.reference").joinpath("data", name)
    return res.read_text(encoding="utf-8"), f"dipwatch/reference/data/{name}"


def read_csv_rows(
    name: str, required: Sequence[str], path: Path | str | None = None
) -> Iterator[tuple[str, dict[str, str]]]:
    """Yield (``file:line``, row) for each row, after checking the header has ``required``."""
    text, where = data_text(name, path)
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise ReferenceDataError(where, "header", f"missing column(s): {', '.join(missing)}")
    for row in reader:
        if not any((v or "").strip() for v in row.values()):
            continue
        yield f"{where}:{reader.line_num}", {k: (v or "").strip() for k, v in row.items() if k}


#: PyYAML's safe loader in C (libyaml) when the wheel has it: it parses the same documents
#: the same way, 5-25 times faster (issues.yaml: 2 ms instead of 58, in every analysis).
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load``, with the C loader when there is one.

    >>> load_yaml("a: [1, '02']")
    {'a': [1, '02']}
    """
    return yaml.load(text, Loader=SafeLoader)


def read_yaml(name: str, path: Path | str | None = None) -> tuple[Any, str]:
    """(parsed YAML, where)."""
    text, where = data_text(name, path)
    try:
        return load_yaml(text), where
    except yaml.YAMLError as err:
        raise ReferenceDataError(where, "file", f"not valid YAML: {err}") from None


def split_list(value: str) -> tuple[str, ...]:
    """``a|b|c`` to a tuple, dropping empties: the list separator inside CSV cells."""
    return tuple(v.strip() for v in value.split("|") if v.strip())


def row_error(where: str, reason: str) -> ReferenceDataError:
    """The error for the row at ``where`` (``file:line``, as :func:`read_csv_rows` yields it).

    >>> str(row_error("countries.csv:7", "unknown region"))
    'countries.csv: line 7: unknown region'
    """
    path, _, line = where.rpartition(":")
    return ReferenceDataError(path, f"line {line}", reason)


def label_in(item: Any, lang: str) -> str:
    """``item.label_en``, ``label_zh_hant`` or ``label_zh_hans`` for ``lang`` (en, zh-Hant, zh-Hans);
    ValueError naming the valid ones otherwise. Shared by every table with labels in three scripts."""
    field = {"en": "label_en", "zh-Hant": "label_zh_hant", "zh-Hans": "label_zh_hans"}.get(lang)
    if field is None:
        raise ValueError(f"lang {lang!r} is not one of en, zh-Hant, zh-Hans")
    return str(getattr(item, field))
