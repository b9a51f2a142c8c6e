"""What the coder works out once from a reference table, not once per document.

A component reading a word list out of a rule set's lexicon (every title's words, the sector
words as one regex) would rebuild it for each document; a ``functools.cache`` keyed by the list
itself hashes its hundreds of entries at each call. ``per_table`` keys the result by the
table's identity instead, holding the table so that its id is not reused.

>>> table = {"roles": {"minister": "GOV"}}
>>> per_table(table, "heads", lambda: sorted(table["roles"]))
['minister']
>>> per_table(table, "heads", lambda: "not built again")
['minister']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_KEPT: dict[tuple[int, str], tuple[Any, Any]] = {}


def per_table(table: Any, name: str, build: Callable[[], T]) -> T:
    """``build()``, worked out on the first call for ``table`` and ``name``, then kept. The
    table must be long-lived (a reference's lexicon): each one kept is held here."""
    key = (id(table), name)
    found = _KEPT.get(key)
    if found is None:  # the table is held below, so its id is not another's later
        found = _KEPT[key] = (table, build())
    return found[1]
