"""The server keeps serving while ``dipwatch ingest`` writes to the same file, in another
process: requests during the ingest see the store as it was, the ingest is never refused, and
once it ends the pages show what it added."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
import pytest

from dipwatch.api.demo import corpus_files, examples_dir
from dipwatch.api.live import LiveStore
from dipwatch.config import Settings
from dipwatch.store import Store, snapshot
from dipwatch.web.cache import Cache
from tests.web.conftest import Server, make_store


def test_a_new_generation_replaces_the_cache_and_the_old_snapshot(tmp_path):
    db = tmp_path / "g.duckdb"
    Store(db).close()
    live = LiveStore(Settings(db=db), folder=tmp_path / "snaps", check_every=0)
    cache = Cache()
    assert live.refresh() and not live.refresh()  # nothing changed: same generation
    with live.reading() as r:
        assert cache.get(r.generation, ("n",), lambda: 0) == 0
        first = r.generation
    with Store(db) as w:
        w.connection.execute("INSERT INTO quarantine VALUES ('r', 'f', 'l', 'x', NULL)")
    assert live.refresh()
    with live.reading() as r:
        assert r.generation == first + 1
        assert cache.get(r.generation, ("n",), lambda: 1) == 1  # the old entry does not serve
        assert r.backend.table("quarantine").count().to_pyarrow().as_py() == 1
    assert len(list((tmp_path / "snaps").iterdir())) == 1  # the old copy is gone
    live.close()


@pytest.mark.slow
def test_serving_while_an_ingest_writes_to_the_same_file(tmp_path):
    files = corpus_files(examples_dir())
    first, rest = files[: len(files) // 2], files[len(files) // 2 :]
    db = make_store(tmp_path / "live.duckdb", first)
    server = Server(db).wait()
    try:
        url = f"{server.url}/api/events"
        before = httpx.get(url, params={"limit": 1}, timeout=60).json()["events"]["total"]
        ingest = subprocess.Popen(
            [sys.executable, "-m", "dipwatch", "--db", str(db), "ingest", "--keep", "all",
             *map(str, rest)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        seen_writer, during = False, []
        while ingest.poll() is None:
            seen_writer |= snapshot.writer(db) == ingest.pid
            r = httpx.get(url, params={"limit": 1}, timeout=60)
            assert r.status_code == 200, r.text
            during.append(r.json()["events"]["total"])
            time.sleep(0.05)
        _out, err = ingest.communicate()
        assert ingest.returncode == 0, err
        assert seen_writer, "the ingest never held the file while we asked (the test saw nothing)"
        assert during[0] == before and during == sorted(during)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            after = httpx.get(url, params={"limit": 1}, timeout=60).json()["events"]["total"]
            if after > before:
                break
            time.sleep(0.3)
        with Store(db, read_only=True) as s:
            assert after == s.count("events") > before
        # every answer was the store before the ingest or after it, never a part-written one
        assert set(during) <= {before, after}
        assert httpx.get(f"{server.url}/sources", timeout=60).status_code == 200
    finally:
        server.stop()
    assert server.proc.returncode in (0, -15)
