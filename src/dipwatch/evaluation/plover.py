"""The PLOVER gold records and the CAMEO → PLOVER type mapping they are scored with.

The records (``PLOVER_GSR_CAMEO.dev.json``) are coded to PLOVER 0.5b1, the mapping table
(``CAMEO2PLOVER-2021.txt``) to PLOVER 0.8, which renamed some types; ``eval/plover.yaml`` says
which names are compared as one, and fixes the few non-standard actor codes of the gold.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from dipwatch.errors import InputError, ReferenceDataError
from dipwatch.reference.loader import load_yaml

_MAP_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)")


@dataclass(frozen=True, slots=True)
class PloverRecord:
    """One English gold record: ``PloverRecord("AGREE-0002", "APEC has agreed…", "AGREE", ("IGO",), ("JPN",))``."""

    record_id: str
    text: str
    event_type: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    written_type: str = ""  # the type as the record writes it (FIGHT), before renaming


@dataclass(frozen=True, slots=True)
class PloverRules:
    """How gold and mapped types and actors are compared (from ``eval/plover.yaml``)."""

    type_synonyms: dict[str, str]
    code_types: dict[str, str]
    actor_fixes: dict[str, str]
    group_codes: frozenset[str]

    def type_name(self, name: str | None) -> str | None:
        """The name a type is compared under: ``rules.type_name("REQUEST") == "DEMAND"``."""
        return self.type_synonyms.get(name, name) if name else None

    def actor(self, code: str) -> str:
        return self.actor_fixes.get(code[:3], code[:3])


def read_mapping(path: Path) -> dict[str, Any]:
    """A YAML file that must hold a mapping, or an error naming it."""
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ReferenceDataError(str(path), "file", f"cannot read: {err}") from None
    if not isinstance(raw, dict):
        raise ReferenceDataError(str(path), "file", "expected a mapping")
    return raw


def load_rules(path: Path) -> PloverRules:
    """Read and check ``eval/plover.yaml``."""
    raw = read_mapping(path)
    parts: dict[str, Any] = {}
    for key in ("type_synonyms", "code_types", "actor_fixes"):
        value = raw.get(key) or {}
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise ReferenceDataError(str(path), key, "expected a mapping of strings to strings")
        parts[key] = dict(value)
    groups = raw.get("group_codes") or []
    if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
        raise ReferenceDataError(str(path), "group_codes", "expected a list of codes")
    return PloverRules(**parts, group_codes=frozenset(groups))


def load_records(path: Path, rules: PloverRules) -> list[PloverRecord]:
    """The gold records of ``PLOVER_GSR_CAMEO.dev.json``, without its DOCUMENT record."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise InputError(f"{path}: cannot read the PLOVER gold records: {err}") from None
    except json.JSONDecodeError as err:
        raise ReferenceDataError(str(path), "file", f"not JSON: {err}") from None
    records = []
    for i, rec in enumerate(raw):
        if not isinstance(rec, dict) or rec.get("event") == "DOCUMENT":
            continue
        if not rec.get("text") or not rec.get("event"):
            raise ReferenceDataError(str(path), f"record {i}", "needs 'text' and 'event'")
        records.append(
            PloverRecord(
                record_id=str(rec.get("id", f"record {i}")),
                text=rec["text"],
                event_type=rules.type_name(rec["event"]) or "",
                sources=_codes(rec.get("source"), rules),
                targets=_codes(rec.get("target"), rules),
                written_type=str(rec["event"]),
            )
        )
    return records


def _codes(actors: Any, rules: PloverRules) -> tuple[str, ...]:
    # A few records hold "" (no target) instead of a list of actors.
    if not isinstance(actors, list):
        return ()
    return tuple(rules.actor(a["code"]) for a in actors if isinstance(a, dict) and a.get("code"))


@cache
def _table(path: Path) -> dict[str, str]:
    """``code -> PLOVER type`` from the CAMEO2PLOVER text table; the first line of a code wins."""
    table: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(f"{path}: cannot read the CAMEO to PLOVER table: {err}") from None
    for line in lines:
        m = _MAP_LINE.match(line.strip())
        if m:
            table.setdefault(m.group(1), m.group(2))
    return table


def plover_mapper(table_path: Path, rules: PloverRules) -> Callable[[str], str | None]:
    """A function ``CAMEO code -> PLOVER type`` (``None`` for statements and appeals).

    The codebook's ``plover`` column is used where the reference package has one, else the
    text table; the longest listed prefix of a code decides (``0411`` falls back to ``041``).
    """
    codebook = _codebook_types()
    table = _table(table_path)

    def mapped(code: str) -> str | None:
        for prefix, name in rules.code_types.items():
            if code.startswith(prefix):
                return rules.type_name(name)
        name = codebook.get(code)
        for n in range(len(code), 1, -1):
            name = name or table.get(code[:n])
        return rules.type_name(name)

    return mapped


def _codebook_types() -> dict[str, str]:
    try:
        from dipwatch.reference import cameo

        types = {c.code: getattr(c, "plover", "") or "" for c in cameo()}
        return {code: t for code, t in types.items() if t.isalpha() and t.isupper()}
    except (ImportError, AttributeError, ReferenceDataError):
        # The codebook is being written alongside; the shared text table is the fallback.
        return {}
