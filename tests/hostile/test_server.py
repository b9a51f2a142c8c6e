"""``fetch gdelt`` against a slow or lying server on 127.0.0.1: a master list sent a byte at
a time, bodies larger or shorter than listed, an HTML page for a list, listed files with bad
stamps or listed twice; each gives the promised outcome within its deadline."""

from __future__ import annotations

import hashlib
import http.server
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dipwatch.api.fetch import FetchOptions, fetch_gdelt
from dipwatch.errors import NetworkError
from dipwatch.store import Store
from tests.hostile.conftest import ROOT, cli, one_line_error
from tests.hostile.makers import zip_with
from tests.sources.gdelt_makers import CHN_USA, gdelt_row

STAMP = "20211210000000"


class Site:
    """What the server answers: path -> (body, how to send it)."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[bytes, str]] = {}
        self.hits: Counter[str] = Counter()


def _handler(site: Site) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            site.hits[self.path] += 1
            body, how = site.routes.get(self.path, (b"", "404"))
            if how == "404":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                if how == "short":  # says the whole length, sends half, hangs up
                    self.wfile.write(body[: len(body) // 2])
                elif how == "slow":
                    for i in range(len(body)):
                        self.wfile.write(body[i : i + 1])
                        self.wfile.flush()
                        time.sleep(1)
                else:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    s = Site()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(s))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield s, f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _export(tmp: Path, stamp: str = STAMP) -> bytes:
    rows = "\n".join(gdelt_row(i, day=stamp[:8], **CHN_USA) for i in range(1, 4)) + "\n"
    return zip_with(tmp / f"{stamp}.zip", f"{stamp}.export.CSV", rows.encode()).read_bytes()


def _list(base: str, entries: list[tuple[str, bytes]], extra: str = "") -> bytes:
    lines = [f"{len(b)} {hashlib.md5(b).hexdigest()} {base}{name}" for name, b in entries]
    return ("\n".join(lines) + "\n" + extra).encode()


FAST = {"retries": 2, "backoff": 0.0, "workers": 2}


def test_a_master_list_at_a_byte_a_second_meets_its_deadline(site, tmp_path):
    s, base = site
    s.routes["/masterfilelist.txt"] = (b"x" * 100, "slow")
    started = time.monotonic()
    with pytest.raises(NetworkError, match="within 2 s"):
        fetch_gdelt(date(2021, 12, 10), date(2021, 12, 10), tmp_path / "g",
                    options=FetchOptions(base_url=base, timeout=2, **FAST))  # fmt: skip
    assert time.monotonic() - started < 30  # not the 100 s the bytes would take


def test_a_body_larger_than_listed_is_refused_once(site, tmp_path):
    s, base = site
    data = _export(tmp_path)
    s.routes["/masterfilelist.txt"] = (_list(base, [(f"{STAMP}.export.CSV.zip", data)]), "")
    s.routes[f"/{STAMP}.export.CSV.zip"] = (data * 50, "")  # the server sends 50 times more
    report = fetch_gdelt(date(2021, 12, 10), date(2021, 12, 10), tmp_path / "g",
                         options=FetchOptions(base_url=base, timeout=10, **FAST))  # fmt: skip
    (only,) = report.files
    assert only.status == "failed" and "larger than" in only.error
    assert s.hits[f"/{STAMP}.export.CSV.zip"] == 1  # not downloaded again and again
    assert not any((tmp_path / "g").iterdir())  # no part left behind


def test_a_body_shorter_than_it_says_is_retried_then_failed(site, tmp_path):
    s, base = site
    data = _export(tmp_path)
    s.routes["/masterfilelist.txt"] = (_list(base, [(f"{STAMP}.export.CSV.zip", data)]), "")
    s.routes[f"/{STAMP}.export.CSV.zip"] = (data, "short")
    report = fetch_gdelt(date(2021, 12, 10), date(2021, 12, 10), tmp_path / "g",
                         options=FetchOptions(base_url=base, timeout=5, **FAST))  # fmt: skip
    assert report.files[0].status == "failed" and s.hits[f"/{STAMP}.export.CSV.zip"] == 3
    assert not report.complete


def test_an_html_page_is_not_a_master_list(site, tmp_path):
    s, base = site
    s.routes["/masterfilelist.txt"] = (b"<!doctype html><html><body>Maintenance</body></html>", "")
    result = cli("fetch", "gdelt", "--start", "2021-12-10", "--end", "2021-12-10",
                      "--dest", str(tmp_path / "g"), "--base-url", base)  # fmt: skip
    one_line_error(result, 1, "not a GDELT master list", "HTML")


def test_bad_stamps_and_repeated_lines_in_the_list(site, tmp_path):
    s, base = site
    data = _export(tmp_path)
    name = f"{STAMP}.export.CSV.zip"
    listing = _list(base, [(name, data), (name, data), ("20211340990000.export.CSV.zip", data)])
    s.routes["/masterfilelist.txt"] = (
        listing + b"garbage line\n\n12 zz " + base.encode() + b"x\n",
        "",
    )
    s.routes[f"/{name}"] = (data, "")
    report = fetch_gdelt(date(2021, 12, 10), date(2021, 12, 10), tmp_path / "g",
                         options=FetchOptions(base_url=base, timeout=10, **FAST))  # fmt: skip
    assert [d.status for d in report.files] == ["downloaded"]
    assert s.hits[f"/{name}"] == 1


def test_fetch_exit_codes_and_bad_options(site, tmp_path):
    s, base = site
    data = _export(tmp_path)
    s.routes["/masterfilelist.txt"] = (
        _list(base, [(f"{STAMP}.export.CSV.zip", data), ("20211210001500.export.CSV.zip", data)]),
        "",
    )
    s.routes[f"/{STAMP}.export.CSV.zip"] = (data, "")  # the second one is missing (404)
    args = ["fetch", "gdelt", "--start", "2021-12-10", "--end", "2021-12-10", "--retries", "0"]
    result = cli(*args, "--dest", str(tmp_path / "g"), "--base-url", base)
    assert result.returncode == 1 and "missing 1" in result.stderr, result.stderr
    (tmp_path / "afile").write_text("x")
    one_line_error(
        cli(*args, "--dest", str(tmp_path / "afile"), "--base-url", base), 2, "is a file"
    )
    one_line_error(cli(*args, "--base-url", "notaurl"), 2, "--base-url")
    one_line_error(cli(*args, "--timeout", "-1"), 2, "--timeout")


def test_ingest_does_not_hold_the_store_while_downloading(site, tmp_path):
    """While a file trickles in, another process can open the database."""
    s, base = site
    data = _export(tmp_path)
    s.routes["/masterfilelist.txt"] = (_list(base, [(f"{STAMP}.export.CSV.zip", data)]), "")
    s.routes[f"/{STAMP}.export.CSV.zip"] = (data[:4], "slow")  # 4 s for the first bytes
    db = tmp_path / "f.duckdb"
    Store(db).close()
    fetch = subprocess.Popen(
        [sys.executable, "-m", "dipwatch", "--db", str(db), "fetch", "gdelt", "--start",
         "2021-12-10", "--end", "2021-12-10", "--dest", str(tmp_path / "g"), "--base-url",
         base, "--ingest", "--timeout", "8", "--retries", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not s.hits[f"/{STAMP}.export.CSV.zip"]:
            assert time.monotonic() < deadline and fetch.poll() is None
            time.sleep(0.05)
        with Store(db) as other:  # the fetch is downloading: the store is free
            assert other.count("runs") == 1
    finally:
        fetch.communicate(timeout=60)
    with Store(db) as store:
        assert [r[0] for r in store.connection.execute("SELECT status FROM runs").fetchall()] == [
            "done_with_errors"
        ]
