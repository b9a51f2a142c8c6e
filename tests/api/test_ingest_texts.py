"""Many small text files written many to a transaction give each file what loading it alone
gives: its counts, documents, events, quarantined items, coverage and input record; a file
that cannot be read fails alone, and a batch that fails is written file by file."""

from __future__ import annotations

import json
from pathlib import Path

from dipwatch.api.ingest import ingest
from dipwatch.store import Store
from dipwatch.store import files as store_files

TEXTS = {
    "a.txt": "2021年11月16日，国家主席习近平同美国总统拜登举行视频会晤。\n",
    "b.md": "# 外交部发言人答记者问\n\n2021年12月10日，尼加拉瓜宣布同台湾断交。\n",
    "c.jsonl": '{"text": "俄方表示支持。", "date": "2021-12-15"}\nnot json\n{"text": ""}\n',
    "d.txt": "",  # an empty file fails alone
    "e.txt": "2021年11月16日，国家主席习近平同美国总统拜登举行视频会晤。\n",  # a's text again
    "f.html": "<html><head><title>x</title></head><body><p>2021年12月15日，习近平同普京举行视频会晤。</p></body></html>",
}


def _folder(tmp: Path) -> Path:
    folder = tmp / "texts"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _state(store: Store) -> dict[str, object]:
    con = store.connection
    return {
        table: sorted(map(str, con.execute(sql).fetchall()))
        for table, sql in {
            "documents": "SELECT doc_id, title, published, source FROM documents",
            "events": "SELECT event_id, code, date FROM events",
            "quarantine": "SELECT input, location, reason FROM quarantine",
            "coverage": "SELECT origin, source, day, events, documents FROM coverage",
        }.items()
    } | {
        "inputs": sorted((Path(p).name, sorted(json.loads(c).items()))
                         for p, c in con.execute("SELECT path, counts FROM inputs").fetchall())
    }  # fmt: skip


def test_a_batch_of_texts_gives_each_file_what_loading_it_alone_does(tmp_path):
    folder = _folder(tmp_path)
    with Store(tmp_path / "together.duckdb") as together:
        report = ingest(together, [folder])
        batched = _state(together), [(Path(f.path).name, f.status, f.counts) for f in report.files]
    with Store(tmp_path / "alone.duckdb") as alone:
        results = []
        for f in sorted(folder.iterdir()):
            r = ingest(alone, [f]).files[0]
            results.append((f.name, r.status, r.counts))
        single = _state(alone), results
    assert batched == single
    status = {name: s for name, s, _ in batched[1]}
    assert status["d.txt"] == "failed" and status["a.txt"] == "loaded"


def test_a_failing_batch_is_written_file_by_file(tmp_path, monkeypatch):
    """When the batch's one transaction fails (a database fault injected in it), each file
    is written alone: the faulty one fails, the others load."""
    folder = _folder(tmp_path)
    real = store_files._insert_documents

    def faulty(store, run_id, docs):
        if any(d.location.endswith("b.md") for d in docs):
            store.connection.execute("SELECT * FROM no_such_table")  # a DuckDB error mid-batch
        return real(store, run_id, docs)

    monkeypatch.setattr(store_files, "_insert_documents", faulty)
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest(store, [folder])
        status = {Path(f.path).name: f.status for f in report.files}
        assert status["b.md"] == "failed" and "no_such_table" in report.files[1].error
        assert status["a.txt"] == status["f.html"] == "loaded"
        assert store.connection.execute(
            "SELECT count(*) FROM inputs WHERE path LIKE '%b.md'"
        ).fetchone() == (0,)
