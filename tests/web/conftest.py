"""Fixtures of the web tests: a store of the example corpus (real facts of 2021-Q4 in texts
and GDELT rows), the app over it through the test client, and a real server on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dipwatch.api.demo import corpus_files, examples_dir
from dipwatch.api.ingest import IngestOptions, ingest
from dipwatch.api.live import LiveStore
from dipwatch.config import Settings
from dipwatch.store import Store
from dipwatch.web.app import create_app

PERIOD = "2021Q4"


def make_store(path: Path, files: list[Path] | None = None) -> Path:
    with Store(path) as store:
        ingest(store, files or corpus_files(examples_dir()), options=IngestOptions(keep="all"))
    return path


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    """The example corpus ingested once for every web test (read only: tests that write
    make their own store)."""
    return make_store(tmp_path_factory.mktemp("web") / "examples.duckdb")


@pytest.fixture(scope="session")
def live(web_db, tmp_path_factory):
    store = LiveStore(Settings(db=web_db), folder=tmp_path_factory.mktemp("snapshots"))
    assert store.refresh()
    yield store
    store.close()


@pytest.fixture(scope="session")
def client(live) -> TestClient:
    app = create_app(live, hosts=frozenset({"testserver"}))
    return TestClient(app, raise_server_exceptions=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``dipwatch serve`` in a process of its own, on a free loopback port."""

    def __init__(self, db: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [sys.executable, "-m", "dipwatch", "--db", str(db), "serve", "--port",
               str(self.port), *args]  # fmt: skip
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env={**os.environ, **(env or {})})  # fmt: skip

    def wait(self, timeout: float = 60) -> Server:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise AssertionError(f"server exited: {self.proc.stderr.read()}")
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return self
            time.sleep(0.1)
        raise AssertionError("server did not start")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="session")
def server(web_db):
    srv = Server(web_db).wait()
    yield srv
    srv.stop()
