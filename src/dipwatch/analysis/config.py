"""The analyses' thresholds and weights: ``reference/data/typology.yaml`` or the user's file."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from dipwatch.errors import ReferenceDataError
from dipwatch.reference.loader import read_yaml

SECTIONS = (
    "typology", "population_millions", "dyads", "alerts", "allies", "coverage", "contradictions",
)  # fmt: skip
_NUMBERS = (
    ("typology", "min_events"),
    ("typology", "differences", "min_events"),
    ("typology", "differences", "min_share"),
    ("typology", "differences", "min_corroboration"),
    ("typology", "differences", "persistence_months"),
    ("typology", "differences", "taiwan_acts"),
    ("typology", "major", "min_population_millions"),
    ("typology", "punitive", "min_events"),
    ("typology", "cooperation", "min_share"),
    ("typology", "evidence_top_n"),
    ("alerts", "lookback_months"),
    ("alerts", "first_contact_months"),
    ("alerts", "alpha"),
    ("allies", "lookback_months"),
    ("allies", "match_days"),
    ("allies", "min_sources"),
    ("coverage", "min_days_per_month"),
    ("coverage", "min_share"),
    ("contradictions", "max_days_apart"),
    ("contradictions", "min_days_apart_datasets"),
    ("contradictions", "min_sources"),
)


def analysis_config(path: Path | str | None = None) -> dict[str, Any]:
    """The parsed, validated config; cached for the bundled file.

    >>> analysis_config()["typology"]["cooperation"]["min_share"]
    0.6
    """
    if path is None:
        return _bundled()
    return _load(path)


@cache
def _bundled() -> dict[str, Any]:
    return _load(None)


def _load(path: Path | str | None) -> dict[str, Any]:
    data, where = read_yaml("typology.yaml", path)
    if not isinstance(data, dict):
        raise ReferenceDataError(where, "file", "expected a mapping of sections")
    missing = [s for s in SECTIONS if s not in data]
    if missing:
        raise ReferenceDataError(where, "file", f"missing section(s): {', '.join(missing)}")
    for keys in _NUMBERS:
        value: Any = data
        for k in keys:
            value = value.get(k) if isinstance(value, dict) else None
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise ReferenceDataError(where, ".".join(keys), f"expected a number, got {value!r}")
    for code, pop in data["population_millions"].items():
        if not isinstance(pop, int | float):
            raise ReferenceDataError(where, f"population_millions.{code}", "expected a number")
    return data
