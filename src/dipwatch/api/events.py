"""``events``: read back what the store holds, filtered, for people and other programs."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa

from dipwatch.api.outputs import output_file
from dipwatch.errors import InputError
from dipwatch.periods import parse_period
from dipwatch.store import Store
from dipwatch.store.queries import EXPORT_FORMATS, EventFilter, export_events, select_events

_ACTOR_CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")


def resolve_actor(text: str) -> str:
    """A CAMEO actor code (``USA``, ``CHNGOV``) or a country name in any script (``美國``) to a code.

    >>> resolve_actor("usa")
    'USA'
    """
    t = text.strip()
    if _ACTOR_CODE.match(t.upper()) and len(t) in (3, 6, 9):
        return t.upper()
    from dipwatch.reference import countries

    country = countries().lookup(t)
    if country is None:
        raise InputError(
            f"unknown actor {text!r}; give a CAMEO actor code (ISO3 first, e.g. CHN, USA, TWN, CHNGOV) "
            "or a country name such as 美國, 美国 or United States"
        )
    return country.iso3


def build_filter(
    period: str | None = None,
    actor: str | None = None,
    code: str | None = None,
    issue: str | None = None,
    origin: str | None = None,
) -> EventFilter:
    """Validate the user's filters; raise InputError naming what is wrong and what is valid."""
    p = parse_period(period) if period else None
    if code is not None and not re.fullmatch(r"\d{2,4}", code):
        raise InputError(f"unknown CAMEO code {code!r}; give 2 to 4 digits such as 04, 041 or 0411")
    if issue is not None:
        from dipwatch.reference import issues

        known = [i.issue_id for i in issues()]
        if issue not in known:
            raise InputError(f"unknown issue {issue!r}; choose one of: {', '.join(known)}")
    return EventFilter(
        start=p.start if p else None, end=p.end if p else None,
        actor=resolve_actor(actor) if actor else None, code=code, issue=issue, origin=origin,
    )  # fmt: skip


#: The largest --limit (more rows than any store holds).
MAX_LIMIT = 2**62


def list_events(store: Store, filt: EventFilter, limit: int | None = None) -> pa.Table:
    """Matching events, newest first; ``limit`` rows at most (None: all)."""
    if limit is not None and not 0 <= limit <= MAX_LIMIT:
        raise InputError(f"--limit {limit}: give a number of rows from 0 (all) to {MAX_LIMIT}")
    return select_events(store, filt, limit)


def write_events(store: Store, filt: EventFilter, target: Path, fmt: str) -> int:
    """Write matching events to a file; return how many."""
    if fmt not in EXPORT_FORMATS:
        raise InputError(
            f"cannot write {fmt!r} to a file; choose one of: {', '.join(EXPORT_FORMATS)}"
        )
    output_file(target)
    return export_events(store, filt, target, fmt)
