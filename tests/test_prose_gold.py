"""The whole-document gold of analyst prose (``eval/docs/``) is well formed: every field there,
codes in the codebook, quotes found in their document, the seed referenced by a sha1 that still
matches, and both scripts with a held-out part big enough to mean something."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from dipwatch.reference.cameo import cameo

DOCS = Path(__file__).resolve().parents[1] / "eval" / "docs"
SETS = ("seed", "prose_hant", "prose_hans")
_ACTOR = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def _docs(name: str) -> list[dict]:
    lines = (DOCS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _text(doc: dict, shared: Path) -> str:
    if "text" in doc:
        return doc["text"]
    path = shared / doc["ref"]["path"]
    if not path.is_file():
        pytest.skip(f"needs {path} (absent here)")
    data = path.read_bytes()
    assert hashlib.sha1(data).hexdigest() == doc["ref"]["sha1"], f"{doc['id']}: source changed"
    return data.decode("utf-8")


@pytest.mark.parametrize("name", SETS)
def test_every_document_and_event_is_well_formed(name):
    codebook = cameo()
    for doc in _docs(name):
        assert doc["set"] == name and doc["split"] in ("dev", "heldout"), doc["id"]
        assert doc["lang"] in ("zh-Hant", "zh-Hans") and _DATE.match(doc["doc_date"])
        assert ("text" in doc) != ("ref" in doc), doc["id"]
        for e in doc["events"]:
            assert _DATE.match(e["date"]) and e["precision"] in ("day", "month", "year"), e
            assert e["precision"] == "day" or e["date"].endswith("-01"), e
            assert _ACTOR.match(e["source"]) and _ACTOR.match(e["target"]), e
            assert e["source"] != e["target"] and e["code"] in codebook, e


@pytest.mark.parametrize("name", SETS)
def test_every_quote_is_in_its_document(name):
    shared = Path(__file__).resolve().parents[2] / "shared"
    for doc in _docs(name):
        text = _text(doc, shared)
        missing = [e["quote"] for e in doc["events"] if e["quote"] not in text]
        assert not missing, f"{doc['id']}: {missing}"


def test_each_script_holds_out_enough_events():
    held = {n: sum(len(d["events"]) for d in _docs(n) if d["split"] == "heldout")
            for n in ("prose_hant", "prose_hans")}  # fmt: skip
    assert min(held.values()) >= 75 and sum(held.values()) >= 150, held
