"""Coding as a Spark job gives the events the local process pool gives, ids and all, from
JSONL and from a Parquet dataset; lines that are not documents are quarantined, not lost."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.dataset as pads
import pytest

from dipwatch.api.code import FIELDS, code_paths
from dipwatch.api.code_spark import code_on_spark
from dipwatch.api.ingest import ingest
from dipwatch.errors import InputError
from dipwatch.sources.files import expand_paths
from dipwatch.sources.text import read_documents
from dipwatch.store import Store
from dipwatch.store.dataset import export_dataset
from tests.conftest import ROOT

pytestmark = pytest.mark.slow
COMPARED = [f for f in FIELDS if f != "location"]  # a Spark task knows the file, not the line


def _jsonl(path: Path) -> Path:
    """Every document of the bundled example corpus as one JSONL file, and two bad lines."""
    with path.open("w", encoding="utf-8") as out:
        for file in expand_paths([ROOT / "examples"]):
            if file.suffix.lower() == ".csv" or file.name == "README.md":
                continue
            for doc in read_documents(file):
                record = {"text": doc.text, "title": doc.title, "source": doc.source,
                          "date": doc.published.isoformat() if doc.published else None,
                          "lang": doc.lang, "url": doc.url}  # fmt: skip
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.write('{"text": "unterminated\n\n{"title": "no text"}\n')
    return path


def _records(root: Path) -> dict[str, dict[str, Any]]:
    """The events of a dataset as ``dipwatch code`` records, by event id."""
    table = pads.dataset(root / "events", format="parquet", partitioning="hive").to_table()
    out = {}
    for e in table.to_pylist():
        out[e["event_id"]] = {
            "doc": e["doc_id"], "sentence": e["sentence"], "text": e["text"],
            "span": [e["span_start"], e["span_end"]], "date": str(e["date"]),
            "date_precision": e["date_precision"], "source": e["source_actor"],
            "target": e["target_actor"], "code": e["code"], "root": e["root"],
            "quad_class": e["quad_class"], "goldstein": e["goldstein"], "issues": e["issues"],
            "pattern": e["pattern"], "confidence": e["confidence"], "event_id": e["event_id"],
        }  # fmt: skip
    return out


def test_spark_codes_jsonl_into_the_events_of_the_local_pool(tmp_path):
    source = _jsonl(tmp_path / "docs.jsonl")
    local = code_paths([source], workers=2)
    want = {r["event_id"]: {k: r[k] for k in COMPARED} for r in local}
    assert local.counts["documents"] > 40 and len(want) > 60
    result = code_on_spark(str(source), str(tmp_path / "out"))
    assert (result.documents, result.events) == (local.counts["documents"], len(want))
    assert _records(tmp_path / "out") == want
    bad = pads.dataset(tmp_path / "out" / "quarantine", format="parquet").to_table().to_pylist()
    assert sorted(r["reason"] for r in bad) == [
        "missing or empty 'text'", "not valid JSON: Unterminated string starting at (column 10)"
    ]  # fmt: skip


def test_spark_codes_the_documents_of_a_dataset_as_ingest_did(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        ingest(store, [ROOT / "examples" / "documents.jsonl"])
        export_dataset(store, tmp_path / "ds")
        stored = store.query_arrow("SELECT event_id FROM events ORDER BY event_id").column(0)
    result = code_on_spark(str(tmp_path / "ds"), str(tmp_path / "out"))
    assert sorted(_records(tmp_path / "out")) == stored.to_pylist() and result.quarantined == 0
    with Store(tmp_path / "back.duckdb") as back:  # and the job's output loads into a store
        assert ingest(back, [tmp_path / "out"]).totals["events"] == result.events


def test_the_output_may_not_replace_the_input(tmp_path):
    with pytest.raises(InputError, match="would replace the input"):
        code_on_spark(str(tmp_path / "ds"), str(tmp_path / "ds"))
