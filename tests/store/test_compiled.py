"""Compiled SQL kept between runs: the same query gives the same key in every process, other
queries other keys (tests/analysis/test_api.py: the analyses' results from kept SQL)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import ibis

from dipwatch.store import compiled
from dipwatch.store.compiled import fingerprint

CACHED = "ibis_cached_" + "a" * 26


def _query(name: str = CACHED, low: int = 1, drop: tuple[str, ...] = ("b", "c")):
    t = ibis.table({"a": "int64", "b": "string", "c": "string", "d": "date"}, name=name)
    return t.filter(t.a > low, t.b.isin(["x", "y"])).drop(*drop).op()


def test_another_value_another_column_or_other_options_give_another_key():
    key = fingerprint(_query(), "o")[0]
    assert fingerprint(_query(), "o")[0] == key
    assert fingerprint(_query(low=2), "o")[0] != key
    assert fingerprint(_query(name="events"), "o")[0] != key
    assert fingerprint(_query(drop=("b",)), "o")[0] != key
    assert fingerprint(_query(), "o2")[0] != key


def test_random_table_names_are_placeholders_so_a_second_run_finds_its_sql():
    other = "ibis_cached_" + "b" * 26
    (k1, n1), (k2, n2) = fingerprint(_query(), "o"), fingerprint(_query(name=other), "o")
    assert k1 == k2 and (n1, n2) == ([CACHED], [other])


def test_the_key_is_the_same_in_every_process_whatever_the_hash_seed():
    """Sets among the arguments (DropColumns' names) are written sorted, not in hash order."""
    code = ("from tests.store.test_compiled import _query; "
            "from dipwatch.store.compiled import fingerprint; "
            "print(fingerprint(_query(), 'o')[0])")  # fmt: skip
    keys = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={"PYTHONHASHSEED": str(seed), "PYTHONPATH": str(Path.cwd())},
                       ).stdout.strip()
        for seed in (1, 2, 3, 4)
    }  # fmt: skip
    assert keys == {fingerprint(_query(), "o")[0]}


def test_a_kept_entry_is_used_with_the_names_of_this_run(tmp_path):
    calls = []

    def compile_sql() -> str:
        calls.append(1)
        return f'SELECT * FROM "{CACHED}" WHERE a > 1'

    assert compiled.compiled(_query(), "o", compile_sql, tmp_path) == compile_sql()
    other = "ibis_cached_" + "c" * 26
    sql = compiled.compiled(_query(name=other), "o", compile_sql, tmp_path)
    assert sql == f'SELECT * FROM "{other}" WHERE a > 1' and len(calls) == 2  # 1 miss + 1 call
    [entry] = tmp_path.glob("*/*.sql")
    assert CACHED not in entry.read_text() and other not in entry.read_text()


def test_an_unwritable_or_damaged_cache_costs_only_the_compile(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    sql = compiled.compiled(_query(), "o", lambda: "SELECT 1", blocked)
    assert sql == "SELECT 1"
    compiled.compiled(_query(), "o", lambda: "SELECT 1", tmp_path)
    [entry] = tmp_path.glob("*/*.sql")
    entry.write_bytes(b"\xff\xfe broken")
    assert compiled.compiled(_query(), "o", lambda: "SELECT 2", tmp_path) == "SELECT 2"
