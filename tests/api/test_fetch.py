"""``fetch gdelt`` against a real HTTP server on 127.0.0.1 serving a GDELT-layout directory:
good files, a wrong MD5 in the list, a truncated zip, a missing file, one outside the range."""

from __future__ import annotations

import functools
import hashlib
import http.server
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dipwatch.api.fetch import FetchOptions, fetch_gdelt
from dipwatch.cli.main import app
from dipwatch.errors import InputError, NetworkError
from dipwatch.sources.fetch import parse_master_list, select_exports
from tests.sources.gdelt_makers import CHN_USA, gdelt_row, write_lines, zip_file

GOOD = ("20211210000000", "20211210001500", "20211211120000")
BAD_MD5, TRUNCATED, MISSING, OUTSIDE = (
    "20211210003000", "20211210004500", "20211210010000", "20211215000000",
)  # fmt: skip


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def _export(site: Path, stamp: str, first_id: int) -> tuple[Path, int, str]:
    rows = [gdelt_row(first_id + i, day=stamp[:8], **CHN_USA) for i in range(3)]
    plain = write_lines(site / f"{stamp}.export.CSV", rows)
    packed = zip_file(plain, site / f"{stamp}.export.CSV.zip")
    plain.unlink()
    data = packed.read_bytes()
    return packed, len(data), hashlib.md5(data).hexdigest()


@pytest.fixture
def gdelt_site(tmp_path: Path) -> Iterator[str]:
    """A directory laid out like data.gdeltproject.org/gdeltv2/, served on a free port."""
    site = tmp_path / "site"
    site.mkdir()
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site))
    )
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    lines = []
    for n, stamp in enumerate((*GOOD, BAD_MD5, TRUNCATED, MISSING, OUTSIDE)):
        path, size, md5 = _export(site, stamp, 1000 * (n + 1))
        if stamp == BAD_MD5:
            md5 = "0" * 32
        if stamp == TRUNCATED:
            path.write_bytes(path.read_bytes()[: size // 2])
        if stamp == MISSING:
            path.unlink()
        lines.append(f"{size} {md5} {base}{path.name}")
        # GDELT lists mentions and GKG files too; they are not export files.
        lines.append(f"10 {'1' * 32} {base}{stamp}.mentions.CSV.zip")
    (site / "masterfilelist.txt").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()


FAST = {"retries": 1, "backoff": 0.0, "timeout": 5.0, "workers": 3}


def test_fetch_reports_each_file_and_ingests_the_good_ones(gdelt_site, tmp_path, store):
    dest = tmp_path / "gdelt"
    opts = FetchOptions(base_url=gdelt_site, **FAST)
    report = fetch_gdelt(date(2021, 12, 10), date(2021, 12, 11), dest, store=store, options=opts)
    status = {d.remote.name[:14]: d for d in report.files}
    assert set(status) == {*GOOD, BAD_MD5, TRUNCATED, MISSING}  # OUTSIDE not picked
    assert all(status[s].status == "downloaded" for s in GOOD)
    assert status[BAD_MD5].status == "failed" and "checksum" in status[BAD_MD5].error
    assert status[BAD_MD5].attempts == 2  # tried again before giving up
    assert status[TRUNCATED].status == "failed" and "truncated" in status[TRUNCATED].error
    assert status[MISSING].status == "missing" and "404" in status[MISSING].error
    assert sorted(p.name[:14] for p in dest.iterdir()) == sorted(GOOD)  # no .part left
    assert [r.status for r in report.ingested] == ["loaded"] * 3
    assert store.count("events") == 9
    assert report.totals["failed"] == 2 and report.totals["missing"] == 1
    # A second run resumes: complete files are kept, nothing is loaded twice.
    again = fetch_gdelt(date(2021, 12, 10), date(2021, 12, 11), dest, store=store, options=opts)
    assert sorted(d.status for d in again.files if d.remote.name[:14] in GOOD) == ["present"] * 3
    assert [r.status for r in again.ingested] == ["skipped"] * 3
    assert store.count("events") == 9


def test_a_damaged_local_copy_is_downloaded_again(gdelt_site, tmp_path):
    dest = tmp_path / "gdelt"
    dest.mkdir()
    (dest / f"{GOOD[0]}.export.CSV.zip").write_bytes(b"half a file")
    opts = FetchOptions(base_url=gdelt_site, **FAST)
    report = fetch_gdelt(date(2021, 12, 10), date(2021, 12, 10), dest, options=opts)
    first = next(d for d in report.files if d.remote.name.startswith(GOOD[0]))
    assert first.status == "downloaded"
    assert report.ingested == []


def test_cli_fetch_gdelt(gdelt_site, tmp_path):
    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(
        app,
        ["--db", str(db), "fetch", "gdelt", "--start", "2021-12-11", "--end", "2021-12-11",
         "-o", str(tmp_path / "g"), "--base-url", gdelt_site, "--ingest", "--retries", "0",
         "--format", "json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert '"status": "downloaded"' in result.output
    assert '"events": 3' in result.output


def test_bad_requests(tmp_path):
    with pytest.raises(InputError):
        fetch_gdelt(date(2021, 12, 2), date(2021, 12, 1), tmp_path)
    with pytest.raises(NetworkError):
        fetch_gdelt(
            date(2021, 12, 1), date(2021, 12, 1), tmp_path,
            options=FetchOptions(base_url="http://127.0.0.1:9/", timeout=2.0),
        )  # fmt: skip


def test_master_list_parsing():
    text = (
        "150383 297a16b493de7cf6ca809a7cc31d0b93 "
        "http://data.gdeltproject.org/gdeltv2/20150218230000.export.CSV.zip\n"
        "318084 bb27f78ba45f69a17ea6ed7755e9f8ff "
        "http://data.gdeltproject.org/gdeltv2/20150218230000.mentions.CSV.zip\n"
        "broken line\n"
    )
    files = parse_master_list(text, "http://data.gdeltproject.org/gdeltv2/")
    assert len(files) == 2
    picked = select_exports(files, date(2015, 2, 18), date(2015, 2, 18))
    assert [f.name for f in picked] == ["20150218230000.export.CSV.zip"]
    assert picked[0].size == 150383
