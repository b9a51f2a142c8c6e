"""Row-by-row comparison of plain results: same rows, same order, floats equal to 1e-9."""

from __future__ import annotations

import math
from typing import Any


def differences(got: Any, want: Any, where: str = "") -> list[str]:
    """Where ``got`` and ``want`` differ (empty when they agree), e.g. ``[3].scores.nci``.

    >>> differences([{"a": 0.1 + 0.2}], [{"a": 0.3}])
    []
    >>> differences([{"a": 1}, {"a": 2}], [{"a": 2}, {"a": 1}])
    ['[0].a: 1 != 2', '[1].a: 2 != 1']
    """
    if isinstance(got, float) and isinstance(want, float | int):
        same = math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12)
        return [] if same else [f"{where}: {got!r} != {want!r}"]
    if isinstance(got, dict) and isinstance(want, dict):
        if got.keys() != want.keys():
            return [f"{where}: keys {sorted(got)} != {sorted(want)}"]
        return [d for k in got for d in differences(got[k], want[k], f"{where}.{k}")]
    if isinstance(got, list) and isinstance(want, list):
        if len(got) != len(want):
            return [f"{where}: {len(got)} rows != {len(want)} rows"]
        return [
            d
            for i, (g, w) in enumerate(zip(got, want, strict=True))
            for d in differences(g, w, f"{where}[{i}]")
        ]
    return [] if got == want else [f"{where}: {got!r} != {want!r}"]
