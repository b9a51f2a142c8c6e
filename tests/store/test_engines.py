"""The engine boundary: ``--engine spark`` from the command line, the dataset beside the
database kept up to date, Spark's settings, and a clear word when PySpark is missing."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dipwatch.cli.main import app
from dipwatch.config import Settings
from dipwatch.errors import InputError
from dipwatch.store import Store, open_backend
from dipwatch.store.spark import read_conf, spark_conf
from tests.backends import data
from tests.conftest import ROOT


def _fill(db: Path, events) -> None:
    with Store(db) as store:
        run = store.start_run("test")
        with store.load(run, path=str(len(events)), sha256=str(len(events)), kind="t") as load:
            load.add_events(events)


def test_an_unknown_engine_names_the_known_ones():
    with pytest.raises(InputError, match="choose one of: duckdb, spark"):
        Settings(Path("x.duckdb"), "flink")


def test_spark_settings_come_from_the_file_then_the_environment(tmp_path):
    conf = tmp_path / "spark.conf"
    conf.write_text("# a cluster\nspark.master yarn\nspark.executor.memory=8g\n", encoding="utf-8")
    got = spark_conf({"DIPWATCH_SPARK_CONF": str(conf)})
    assert got["spark.master"] == "yarn" and got["spark.executor.memory"] == "8g"
    assert "spark.driver.host" not in got  # loopback only for a local master
    env = {"DIPWATCH_SPARK_CONF": str(conf), "DIPWATCH_SPARK_MASTER": "local[1]"}
    assert spark_conf(env)["spark.master"] == "local[1]"
    assert spark_conf({})["spark.driver.host"] == "127.0.0.1"
    conf.write_text("spark.master\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"spark.conf:1: expected 'spark.<name> <value>'"):
        read_conf(conf)


def test_without_pyspark_the_spark_engine_says_how_to_install_it(tmp_path):
    _fill(tmp_path / "s.duckdb", data.events())
    code = (
        "import sys; sys.modules['pyspark'] = None; sys.argv = ['dipwatch', '--engine', 'spark', "
        f"'--db', {str(tmp_path / 's.duckdb')!r}, 'analyze', 'dyads']; "
        "from dipwatch.cli.main import run; run()"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)  # fmt: skip
    assert out.returncode == 2
    assert out.stderr.startswith(
        "error: the Spark engine needs PySpark: pip install 'dipwatch[spark]'"
    )


def test_the_duckdb_backend_reads_results_as_ibis_does():
    import duckdb
    import ibis

    from dipwatch.store.engines import duckdb_backend

    con = duckdb.connect()
    ours, theirs = duckdb_backend(con), ibis.duckdb.from_connection(con)
    t = ibis.memtable({"a": [1, 2, 3], "b": ["x", "y", None], "d": [1.5, None, 2.0]})
    expr = t.group_by("b").aggregate(s=t.a.sum(), l=t.a.collect(), none=ibis.null()).order_by("b")
    assert ours.to_pyarrow(expr).equals(theirs.to_pyarrow(expr))
    assert ours.to_pyarrow(expr).schema.field("s").type == "int64"  # DuckDB's HUGEINT cast back
    assert ours.to_pyarrow(t.a.sum()).as_py() == 6
    assert ours.to_pyarrow(ibis.null()).as_py() is None


def test_an_analysis_on_duckdb_does_not_import_pandas(tmp_path):
    _fill(tmp_path / "s.duckdb", data.events())
    code = (
        f"import sys; sys.argv = ['dipwatch', '--db', {str(tmp_path / 's.duckdb')!r}, 'analyze', "
        "'dyads', '--period', '2021Q4']\n"
        "from dipwatch.cli.main import run\ntry:\n    run()\nfinally:\n"
        "    print('pandas' in sys.modules, file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stderr.strip().splitlines()[-1] == "False"


@pytest.mark.slow
def test_spark_reads_the_dataset_beside_the_database_kept_up_to_date(tmp_path):
    db = tmp_path / "s.duckdb"
    _fill(db, data.events())
    settings = Settings(db, "spark")
    with open_backend(settings) as backend:
        assert backend.table("events").count().to_pyarrow().as_py() == len(data.ROWS)
    assert (tmp_path / "s.parquet" / "events").is_dir()
    _fill(db, [replace(e, event_id="", sentence=500 + i) for i, e in enumerate(data.events()[:2])])
    with open_backend(settings) as backend:
        assert backend.table("events").count().to_pyarrow().as_py() == len(data.ROWS) + 2


@pytest.mark.slow
def test_the_command_line_runs_an_analysis_on_spark(tmp_path):
    db = tmp_path / "s.duckdb"
    _fill(db, data.events())
    args = ["--db", str(db), "analyze", "typology", "--period", data.PERIOD, "--format", "json"]
    on_duckdb = CliRunner().invoke(app, args)
    on_spark = CliRunner().invoke(app, ["--engine", "spark", *args])
    assert on_spark.exit_code == 0, on_spark.output
    assert json.loads(on_spark.stdout) == json.loads(on_duckdb.stdout) != []
