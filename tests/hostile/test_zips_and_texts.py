"""Zip members of every method, damaged zips, and texts built to hang or crash a reader: each
loads, or fails alone with a one-line reason, in bounded time."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from dipwatch.api.ingest import IngestOptions, ingest
from tests.hostile.conftest import intact, quarantine
from tests.hostile.makers import billion_laughs, corrupt_crc, cut, deep_json, zip_with
from tests.sources.gdelt_makers import CHN_USA, gdelt_row
from tests.sources.makers import make_docx

GDELT = ("\n".join(gdelt_row(10 + i, **CHN_USA) for i in range(20)) + "\n").encode()


@pytest.mark.parametrize("method", ["stored", "deflate", "bzip2", "lzma"])
def test_gdelt_zips_python_unpacks(stocked, tmp_path, method):
    path = zip_with(tmp_path / "20211116000000.export.CSV.zip", "x.CSV", GDELT, method)
    result = ingest(stocked, [path]).files[0]
    assert result.status == "loaded" and result.counts["events"] == 20
    intact(stocked)


@pytest.mark.parametrize(
    ("method", "words"),
    [("deflate64", "cannot unpack"), ("aes", "cannot unpack"), ("encrypted", "encrypted")],
)
def test_gdelt_zips_python_cannot_unpack(stocked, tmp_path, method, words):
    path = zip_with(tmp_path / "20211116000000.export.CSV.zip", "x.CSV", GDELT, method)
    for _ in range(2):  # a re-run (fetch --ingest does one) fails the same clean way
        result = ingest(stocked, [path]).files[0]
        assert result.status == "failed" and words in result.error, result.error
    intact(stocked)


@pytest.mark.parametrize(
    ("damage", "words"),
    [("cut", "truncated or corrupt"), ("crc", "truncated or corrupt"),
     ("two", "found 2"), ("none", "found 0")],
)  # fmt: skip
def test_damaged_gdelt_zips(stocked, tmp_path, damage, words):
    path = tmp_path / "20211116000000.export.CSV.zip"
    zip_with(path, "x.CSV", GDELT, "stored")
    if damage == "cut":
        cut(path)
    elif damage == "crc":
        corrupt_crc(path)
    elif damage == "two":
        import zipfile

        with zipfile.ZipFile(path, "a") as zf:
            zf.writestr("y.CSV", GDELT)
    elif damage == "none":
        import zipfile

        zipfile.ZipFile(path, "w").close()
    result = ingest(stocked, [path], kind="gdelt").files[0]
    assert result.status == "failed" and words in result.error, result.error
    intact(stocked)


@pytest.mark.parametrize(
    ("damage", "words"), [("cut", "truncated or corrupt zip"), ("encrypted", "encrypted")]
)
def test_damaged_word_files(stocked, tmp_path, damage, words):
    path = make_docx(tmp_path / "readout.docx")
    if damage == "cut":
        cut(path)
    else:
        import zipfile

        members = {}
        with zipfile.ZipFile(path) as zf:
            members = {n: zf.read(n) for n in zf.namelist()}
        path.unlink()
        with zipfile.ZipFile(path, "w") as zf:
            for n, data in members.items():
                zf.writestr(n, data)
        from tests.hostile.makers import _patch

        _patch(path, flags=0x1)
    result = ingest(stocked, [path]).files[0]
    assert result.status == "failed" and words in result.error, result.error
    intact(stocked)


#: name -> (file name, bytes, what happens, words)
TEXTS = {
    "billion laughs": ("laughs.md", billion_laughs().encode(), "loaded", ""),
    "front matter 2021-13-45": (
        "d.md",
        b"---\ndate: 2021-13-45\n---\n\n# x\n\nChina.\n",
        "failed",
        "front matter date",
    ),
    "front matter nested 50k": (
        "n.md",
        b"---\nx: " + b"[" * 50_000 + b"\n---\n\ntext\n",
        "loaded",
        "",
    ),
    "JSON 100k deep": ("deep.json", deep_json().encode(), "failed", "nested too deeply"),
    "charset undefined": (
        "u.html",
        b'<meta charset="undefined"><p>\xe4\xb8\xad\xe6\x96\xb9\xe8\xa1\xa8\xe7\xa4\xba\xe6\xac\xa2\xe8\xbf\x8e\xe3\x80\x82</p>',
        "loaded",
        "",
    ),
    "charset rot13": ("r.html", b'<meta charset="rot13"><p>China welcomes it.</p>', "loaded", ""),
    "1M unclosed divs": (
        "divs.html",
        b"<html><body>" + b"<div>x" * 1_000_000,
        "failed",
        "nested deeper",
    ),
    "binary as text": ("b.txt", bytes(range(256)) * 64, "failed", "cannot decode"),
    "empty": ("e.txt", b"", "failed", "empty"),
    "NUL bytes": ("z.txt", b"China\x00 welcomes \x00it.\n" * 10, "failed", ""),
    "UTF-16 mark, junk": ("j.txt", b"\xff\xfe" + bytes(range(1, 255)) * 8, "failed", "utf-16"),
    # (an unpunctuated Chinese line this long is the coder's own limit, tested with the coder)
    "one line of 200 KB": ("l.txt", b"China welcomes it. " * 10_000, "loaded", ""),
}


@pytest.mark.parametrize("name", list(TEXTS))
def test_hostile_texts(stocked, tmp_path, name):
    file_name, data, outcome, words = TEXTS[name]
    path = tmp_path / file_name
    path.write_bytes(data)
    started = time.perf_counter()
    result = ingest(stocked, [path]).files[0]
    assert time.perf_counter() - started < 60, "a limit should have stopped it"
    if outcome == "loaded":
        assert result.status == "loaded", result.error
    else:
        assert result.status == "failed", result
        assert words in (result.error or ""), result.error
        assert any(str(path) in loc for loc in quarantine(stocked))
    intact(stocked)


def test_jsonl_lone_surrogate_and_deep_lines(stocked, tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(
        '{"text": "中方表示欢迎。", "date": "2021-11-16"}\n'
        '{"text": "bad \\ud800 half", "date": "2021-11-16"}\n' + deep_json(5_000) + "\n"
        '{"text": "俄方表示支持。", "date": "2021-11-17"}\n',
        encoding="utf-8",
    )
    result = ingest(stocked, [path]).files[0]
    assert result.status == "loaded" and result.counts["documents"] == 2
    reasons = quarantine(stocked)
    assert "UTF-16" in reasons[f"{path}:2"] and "too deeply" in reasons[f"{path}:3"]
    intact(stocked)


def test_a_file_named_with_a_star_is_read_as_itself(stocked, tmp_path):
    """DuckDB would take '*.csv' for a pattern and read every CSV of the folder."""
    (tmp_path / "other.csv").write_text(
        "date,source_actor,target_actor,code\n2021-01-01,CHN,USA,040\n"
    )
    star = tmp_path / "*.csv"
    star.write_text("date,source_actor,target_actor,code\n2021-02-02,CHN,RUS,036\n")
    report = ingest(stocked, [star], kind="events")
    assert len(report.files) == 1 and report.files[0].counts["events"] == 1
    gdelt = tmp_path / "[x]*.export.CSV"
    gdelt.write_bytes(GDELT)
    assert ingest(stocked, [gdelt]).files[0].counts["events"] == 20
    intact(stocked)


def test_symlink_loops_and_unreadable_files(stocked, tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "loop").symlink_to(folder)  # a folder that contains itself
    (folder / "self").symlink_to(folder / "self")  # a link to itself
    (folder / "note.txt").write_text("中方表示欢迎。\n", encoding="utf-8")
    locked = folder / "locked.txt"
    locked.write_text("secret")
    locked.chmod(0)
    (folder / "README.md").write_text("# about this folder\n")
    try:
        report = ingest(stocked, [folder], options=IngestOptions())
    finally:
        locked.chmod(0o644)
    status = {Path(f.path).name: f.status for f in report.files}
    assert status["note.txt"] == "loaded" and status["README.md"] == "ignored"
    import os

    if os.geteuid() != 0:  # root reads any file
        assert status["locked.txt"] == "failed"
    intact(stocked)
