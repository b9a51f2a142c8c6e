"""Shared fixtures: a fresh store per test, and the real data in ../shared when present."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from dipwatch.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHARED_DATA = SHARED / "data"

# Compiled SQL (dipwatch.store.compiled) goes to a directory of this run, never the user's
# cache; the processes the tests start inherit it.
_CACHE = tempfile.mkdtemp(prefix="dipwatch-test-cache-")
os.environ["DIPWATCH_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


@pytest.fixture
def store(tmp_path: Path):
    """A new DuckDB file in the test's temporary directory."""
    s = Store(tmp_path / "test.duckdb")
    yield s
    s.close()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; the test is skipped, saying why, when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"needs the project's shared data at {SHARED_DATA} (absent here)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def seed_chapter() -> Path:
    path = SHARED / "seed" / "000_a24171bc92345ca4.txt"
    if not path.is_file():
        pytest.skip(f"needs the seed chapter at {path} (absent here)")
    return path
