"""Fixtures for the analyses: events loaded from small hand-written CSV files, and a reference
context built by hand (so the tests do not depend on the bundled tables' contents)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from dipwatch.analysis.frames import Context
from dipwatch.models import Event
from dipwatch.store import Store

DATA = Path(__file__).resolve().parents[1] / "data" / "analysis"

# The G20's member states (the EU is a member but not a state).
G20 = frozenset(
    [
        "ARG",
        "AUS",
        "BRA",
        "CAN",
        "CHN",
        "FRA",
        "DEU",
        "IND",
        "IDN",
        "ITA",
        "JPN",
        "KOR",
        "MEX",
        "RUS",
        "SAU",
        "ZAF",
        "TUR",
        "GBR",
        "USA",
    ]
)
REGIONS = {
    "DEU": "Europe", "FRA": "Europe", "GBR": "Europe", "LTU": "Europe", "RUS": "Europe",
    "JPN": "Northeast Asia", "KOR": "Northeast Asia", "TWN": "Northeast Asia",
    "USA": "North America", "NIC": "Latin America and the Caribbean",
    "HND": "Latin America and the Caribbean", "PRY": "Latin America and the Caribbean",
    "SLB": "Oceania",
}  # fmt: skip


def quad_of(code: str) -> int:
    """GDELT's quad class from the CAMEO root."""
    root = int(code[:2])
    return 1 if root <= 4 else 2 if root <= 8 else 3 if root <= 13 else 4


def make_event(day: str, src: str, tgt: str, code: str, gold: float = 0.0, issues: str = "",
               text: str = "", doc_id: str | None = None, n: int = 0) -> Event:  # fmt: skip
    return Event(
        date=date.fromisoformat(day), code=code, source_actor=src or None,
        target_actor=tgt or None, origin="csv", quad_class=quad_of(code), goldstein=gold,
        issues=tuple(i for i in issues.split("|") if i), text=text or f"{src} {code} {tgt}",
        doc_id=doc_id, sentence=n, pattern=f"test{n}",
    )  # fmt: skip


def read_events(path: Path) -> list[Event]:
    with path.open(encoding="utf-8") as f:
        return [
            make_event(r["date"], r["source_actor"], r["target_actor"], r["code"],
                       float(r["goldstein"]), r["issues"], r["text"], n=i)
            for i, r in enumerate(csv.DictReader(f))
        ]  # fmt: skip


def add_events(store: Store, events: list[Event], name: str = "hand") -> None:
    run = store.start_run("test")
    with store.load(
        run, path=name, sha256=f"{name}-{len(events)}-{id(events)}", kind="events"
    ) as load:
        load.add_events(events)


def cover_months(store: Store, start: str = "2020-09", months: int = 13) -> None:
    """Events between two Pacific states on five days of each month from ``start``: the store
    then covers those months (see analysis/coverage.py), and no PRC dyad changes."""
    y, m = map(int, start.split("-"))
    days = []
    for _ in range(months):
        days += [f"{y}-{m:02d}-{d:02d}" for d in (3, 9, 15, 21, 27)]
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    found = [make_event(d, "FJI", "TON", "040", 1.0, n=500 + i) for i, d in enumerate(days)]
    add_events(store, found, f"background-{start}-{months}")


@pytest.fixture
def ctx() -> Context:
    return Context(g20=G20, regions=REGIONS, names={"DEU": "Germany", "LTU": "Lithuania"})


@pytest.fixture
def q4_events() -> list[Event]:
    return read_events(DATA / "q4_2021_events.csv")


@pytest.fixture
def q4_store(store: Store, q4_events: list[Event]) -> Store:
    add_events(store, q4_events, "q4")
    return store
