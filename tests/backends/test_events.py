"""The event listing and its exports are the same on every engine: the same events in the same
order, written to the same bytes (``dipwatch --engine spark events`` as on DuckDB)."""

from __future__ import annotations

import pytest

from dipwatch.api.events import build_filter, list_events, write_events
from dipwatch.config import Settings
from dipwatch.store import open_backend
from dipwatch.store.queries import EventFilter, count_events


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_an_export_is_the_same_bytes_on_every_engine(backend, hand_store, tmp_path, fmt):
    reference, got = tmp_path / f"duckdb.{fmt}", tmp_path / f"engine.{fmt}"
    with open_backend(Settings(hand_store)) as duckdb:
        n = write_events(duckdb, EventFilter(), reference, fmt)
    assert n > 0
    assert write_events(backend, EventFilter(), got, fmt) == n
    assert got.read_bytes() == reference.read_bytes()


def test_filters_and_listing_agree_on_every_engine(backend, hand_store):
    filters = [EventFilter(), build_filter(actor="USA"), build_filter(code="04"),
               build_filter(issue="taiwan"), build_filter(origin="text")]  # fmt: skip
    with open_backend(Settings(hand_store)) as duckdb:
        expected = [count_events(duckdb, f) for f in filters]
        first = list_events(duckdb, EventFilter(), limit=5).events.column("event_id")
    assert [count_events(backend, f) for f in filters] == expected
    assert sum(expected[1:]) > 0  # the filters select something
    assert list_events(backend, EventFilter(), limit=5).events.column("event_id") == first
