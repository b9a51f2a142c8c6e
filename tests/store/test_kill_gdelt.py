"""A GDELT ingest killed midway (SIGKILL) keeps the files it committed, none of the file it
was loading, and the next run finishes the job with the same result as an unbroken run."""

import signal
import subprocess
import sys
import textwrap

from dipwatch.api.ingest import ingest
from dipwatch.store import Store
from tests.sources.gdelt_makers import CHN_USA, gdelt_row, write_lines

WRITER = textwrap.dedent(
    """
    import sys
    from dipwatch.api.ingest import ingest
    from dipwatch.store import Store

    with Store(sys.argv[1]) as store:
        for n, path in enumerate(sys.argv[2:], 1):
            ingest(store, [path], kind="gdelt")
            print(f"loaded {n}", flush=True)
    """
)


def _files(tmp_path):
    sizes = [50, 50, 60_000, 50]
    paths, first = [], 1
    for n, size in enumerate(sizes):
        rows = [
            gdelt_row(first + i, code="036" if i % 3 else "111", **CHN_USA) for i in range(size)
        ]
        paths.append(write_lines(tmp_path / f"2021111{n}000000.export.CSV", rows))
        first += size
    return paths


def _state(store):
    con = store.connection
    return (
        con.execute("SELECT count(*), count(DISTINCT event_id) FROM events").fetchone(),
        con.execute("SELECT count(*) FROM gdelt_lines").fetchone()[0],
        con.execute("SELECT count(*) FROM inputs").fetchone()[0],
    )


def test_sigkill_during_a_gdelt_file_keeps_the_committed_ones(tmp_path):
    paths = _files(tmp_path)
    db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), *map(str, paths)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "loaded 1"
    assert proc.stdout.readline().strip() == "loaded 2"
    proc.send_signal(signal.SIGKILL)  # while the big third file loads
    proc.wait(timeout=60)
    with Store(db) as store:
        (events, distinct), lines, inputs = _state(store)
        assert (events, distinct, lines, inputs) == (100, 100, 100, 2)
        report = ingest(store, paths, kind="gdelt")
        assert [f.status for f in report.files] == ["skipped", "skipped", "loaded", "loaded"]
        resumed = _state(store)
    with Store(tmp_path / "whole.duckdb") as store:
        ingest(store, paths, kind="gdelt")
        assert _state(store) == resumed == ((60_150, 60_150), 60_150, 4)
