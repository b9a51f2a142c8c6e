"""The guard against stale compiled coder modules (``make compile``): an extension older than
its source is named, a fresh one or a source alone is not."""

import os

from dipwatch.coder.stale import stale_extensions


def test_an_extension_older_than_its_source_is_stale(tmp_path):
    for name in ("old", "fresh", "alone"):
        (tmp_path / f"{name}.py").write_text("x = 1\n")
    (tmp_path / "old.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    (tmp_path / "fresh.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    os.utime(tmp_path / "old.cpython-311-x86_64-linux-gnu.so", (1_000, 1_000))
    os.utime(tmp_path / "fresh.py", (1_000, 1_000))
    assert stale_extensions(str(tmp_path)) == ["old.cpython-311-x86_64-linux-gnu.so"]


def test_the_installed_coder_has_no_stale_extension():
    from dipwatch import coder

    assert stale_extensions(os.path.dirname(coder.__file__)) == []
