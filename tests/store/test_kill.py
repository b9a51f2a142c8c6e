"""A load killed midway (SIGKILL, no clean-up) leaves the database file as it was."""

import signal
import subprocess
import sys
import textwrap

from dipwatch.store import Store

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date, timedelta
    from dipwatch.models import Event
    from dipwatch.store import Store

    store = Store(sys.argv[1])
    run = store.start_run("killed")
    with store.load(run, path="big.csv", sha256="big", kind="events") as load:
        for batch in range(1000):
            load.add_events(
                Event(date=date(2021, 1, 1) + timedelta(days=i % 365), code="040", source_actor="CHN",
                      target_actor="USA", origin="csv", sentence=batch * 1000 + i)
                for i in range(1000)
            )
            if batch == 3:
                print("midway", flush=True)
    print("committed", flush=True)
    """
)


def test_sigkill_midway_leaves_store_unchanged_and_usable(tmp_path):
    path = tmp_path / "db.duckdb"
    with Store(path) as s:
        run = s.start_run("before")
        with s.load(run, path="small", sha256="small", kind="events") as load:
            from datetime import date

            from dipwatch.models import Event

            load.add_events(
                [Event(date=date(2021, 12, 10), code="161", source_actor="NIC", target_actor="TWN")]
            )
        before = s.counts()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "midway"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with Store(path) as s:
        after = s.counts()
        assert after["events"] == before["events"] == 1
        assert after["inputs"] == before["inputs"]
        assert not s.is_loaded("big", "events")
        # The file is still writable and the next run can finish the job.
        run = s.start_run("after")
        with s.load(run, path="next", sha256="next", kind="events") as load:
            from datetime import date

            from dipwatch.models import Event

            load.add_events(
                [Event(date=date(2021, 12, 11), code="054", source_actor="NIC", target_actor="CHN")]
            )
        assert s.count("events") == 2
