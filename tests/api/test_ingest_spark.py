"""Raw GDELT files loaded by Spark into the dataset give the events DuckDB's ingest gives, from
the same layouts, mapping, checks and scope; bad rows are quarantined; a second load adds
nothing."""

from __future__ import annotations

import pyarrow.dataset as pads
import pytest

from dipwatch.api.ingest import ingest
from dipwatch.api.ingest_spark import ingest_gdelt_on_spark
from dipwatch.errors import InputError
from dipwatch.store import Store
from dipwatch.store.database import EVENT_COLUMNS
from tests.sources.gdelt_makers import prc_sample, zip_file

pytestmark = pytest.mark.slow


def _table(root, table):
    return pads.dataset(root / table, format="parquet", partitioning="hive").to_table()


def test_spark_loads_gdelt_as_duckdb_does(tmp_path):
    source = prc_sample(tmp_path / "20211116.export.CSV")
    with Store(tmp_path / "s.duckdb") as store:
        ingest(store, [source])
        cols = ", ".join(EVENT_COLUMNS)
        want = store.query_arrow(f"SELECT {cols} FROM events ORDER BY event_id").to_pylist()
        lines = store.query_arrow(
            "SELECT GlobalEventID, line FROM gdelt_lines ORDER BY 1"
        ).to_pylist()
    counts = ingest_gdelt_on_spark([source], str(tmp_path / "ds"))
    got = sorted(_table(tmp_path / "ds", "events").select(list(EVENT_COLUMNS)).to_pylist(),
                 key=lambda r: r["event_id"])  # fmt: skip
    assert got == want and counts["events"] == len(want) == 5
    got_lines = _table(tmp_path / "ds", "gdelt_lines").select(["GlobalEventID", "line"])
    assert sorted(got_lines.to_pylist(), key=lambda r: r["GlobalEventID"]) == lines
    reasons = {r["location"].rsplit("=", 1)[1]: r["reason"]
               for r in _table(tmp_path / "ds", "quarantine").to_pylist()}  # fmt: skip
    assert "SQLDATE" in reasons["1006"] and reasons["1007"].startswith("expected 61 tab-separated")
    again = ingest_gdelt_on_spark([source], str(tmp_path / "ds"))
    assert again["events"] == 0 and again["events_known"] == 5


def test_spark_asks_for_gdelt_zip_files_to_be_unzipped(tmp_path):
    source = zip_file(prc_sample(tmp_path / "20211116.export.CSV"), tmp_path / "a.zip")
    with pytest.raises(InputError, match="unzip it"):
        ingest_gdelt_on_spark([source], str(tmp_path / "ds"))
