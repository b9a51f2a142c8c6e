"""Start-up stays light: what ``--help`` and a listing import (the times themselves are
measured by benchmarks/bench_startup.py against ``python -c pass``, never in a test)."""

from __future__ import annotations

import json
import subprocess
import sys

from dipwatch.store import Store
from tests.analysis.conftest import DATA, add_events, read_events

HEAVY = ("ibis", "duckdb", "pyarrow", "scipy", "rich", "numpy", "yaml", "pandas",
         "platformdirs", "pydantic", "sqlglot", "opencc", "pypdf", "docx", "selectolax")  # fmt: skip


#: Modules an analysis has no use for: scipy (the tests' functions are dipwatch's own) and
#: the SQL compilers of engines other than DuckDB (Ibis's package imports them all at once).
UNUSED = ("scipy", "ibis.backends.sql.compilers.trino", "ibis.backends.sql.compilers.athena",
          "ibis.backends.sql.compilers.pyspark")  # fmt: skip


def _imported(*args: str, heavy: tuple[str, ...] = HEAVY) -> list[str]:
    """The heavy packages a fresh process has imported after running ``dipwatch ARGS``."""
    code = (
        "import sys\nfrom dipwatch.cli.main import app\n"
        f"try:\n    app({list(args)!r}, prog_name='dipwatch')\nexcept SystemExit:\n    pass\n"
        f"print(__import__('json').dumps([m for m in {heavy!r} if m in sys.modules]), "
        "file=sys.stderr)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    return json.loads(proc.stderr.strip().splitlines()[-1])


def test_help_imports_nothing_heavy():
    assert _imported("--help") == []
    # a command's help parses the global options, which typer checks with pydantic
    assert _imported("analyze", "--help") == ["pydantic"]


def test_a_listing_imports_what_it_uses_and_no_more(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        add_events(store, read_events(DATA / "q4_2021_events.csv"))
    loaded = set(_imported("--db", str(db), "events", "--limit", "3"))
    assert {"ibis", "duckdb", "pyarrow", "rich"} <= loaded
    # pandas neither, even where the spark extra installs it (ibis's own DuckDB backend would)
    assert not loaded & {"scipy", "yaml", "opencc", "pypdf", "docx", "selectolax", "pandas"}


def test_an_analysis_imports_neither_scipy_nor_other_engines_compilers(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        add_events(store, read_events(DATA / "q4_2021_events.csv"))
    for name in ("alerts", "dyads"):
        args = ("--db", str(db), "analyze", name, "--period", "2021Q4")
        assert _imported(*args, heavy=("ibis.backends.sql.compilers.duckdb", *UNUSED)) == [
            "ibis.backends.sql.compilers.duckdb"
        ], name
