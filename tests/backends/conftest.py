"""One suite, every engine (the way Ibis tests its backends).

``backend`` is parametrised over the engines: DuckDB on the store's file, DuckDB on the
Parquet dataset exported from it, and Spark in local mode on the same dataset (marked slow;
it runs in CI, on one SparkSession for the whole test session). All are built from the same
hand-made store (``tests.backends.data``).

A known gap is declared on the test, never hidden: ``@pytest.mark.notyet("spark", reason=…)``
turns into ``xfail(strict=True)`` for that engine, so the test fails the day the gap closes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dipwatch.api.ingest import ingest
from dipwatch.config import Settings
from dipwatch.store import Store, connect
from dipwatch.store.dataset import export_dataset
from tests.backends import data

ROOT = Path(__file__).resolve().parents[2]

#: engine name -> (Settings engine, reads the dataset)
ENGINES = {
    "duckdb": ("duckdb", False),
    "duckdb-parquet": ("duckdb", True),
    "spark": ("spark", True),
}
BACKENDS = ["duckdb", "duckdb-parquet", pytest.param("spark", marks=pytest.mark.slow)]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "notyet(engines, reason): a known gap of these engines (xfail, strict)"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        engine = getattr(item, "callspec", None) and item.callspec.params.get("backend")
        for mark in item.iter_markers("notyet"):
            engines = mark.args[0] if mark.args else mark.kwargs["engines"]
            engines = (engines,) if isinstance(engines, str) else tuple(engines)
            if engine in engines:
                reason = mark.kwargs.get("reason") or "undeclared reason"
                item.add_marker(pytest.mark.xfail(strict=True, reason=f"{engine}: {reason}"))


@pytest.fixture(scope="session")
def hand_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DuckDB store holding the hand-made events, documents and UN votes."""
    root = tmp_path_factory.mktemp("backends")
    db = root / "hand.duckdb"
    with Store(db) as store:
        run = store.start_run("test")
        with store.load(run, path="hand", sha256="hand", kind="events") as load:
            load.add_documents(data.DOCUMENTS)
            load.add_events(data.events())
        ingest(store, [data.write_unvotes(root / "unvotes")], kind="unvotes")
    return db


@pytest.fixture(scope="session")
def hand_dataset(hand_store: Path) -> Path:
    """The hand-made store exported as a Parquet dataset."""
    target = hand_store.with_suffix(".parquet")
    with Store(hand_store, read_only=True) as store:
        export_dataset(store, target)
    return target


def settings_for(engine: str, db: Path, dataset: Path) -> Settings:
    kind, reads_dataset = ENGINES[engine]
    return Settings(db, kind, str(dataset) if reads_dataset else None)


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest, hand_store: Path, hand_dataset: Path):
    """An Ibis backend of each engine over the same hand-made data."""
    b = connect(settings_for(request.param, hand_store, hand_dataset))
    yield b
    b.disconnect()


@pytest.fixture(scope="session")
def expected(hand_store: Path) -> dict[str, Any]:
    """Every analysis on DuckDB, computed in another process with another hash seed: what
    every backend must give, row for row."""
    out = subprocess.run(
        [sys.executable, "-m", "tests.backends.run_analyses", str(hand_store)],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": "20211210"},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)
