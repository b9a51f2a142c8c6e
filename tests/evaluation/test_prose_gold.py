"""The analyst-prose gold in ``eval/docs`` (the seed chapter, our zh-Hant and zh-Hans chapters)
loads with the project's own reader, every code is in the codebook, every quote is where the
coder reads it, and each script holds out enough events for its figures to mean something."""

from __future__ import annotations

from pathlib import Path

import pytest

from dipwatch.evaluation.documents import check_quotes, load_documents, read_gold_document
from dipwatch.reference.cameo import cameo

ROOT = Path(__file__).resolve().parents[2]
SETS = ("seed", "prose_hant", "prose_hans")


@pytest.mark.parametrize("name", SETS)
def test_the_prose_gold_loads_and_its_quotes_are_where_the_coder_reads(name):
    codebook, shared = cameo(), ROOT.parent / "shared"
    for doc in load_documents(ROOT / "eval" / "docs" / f"{name}.jsonl"):
        if doc.ref_path and not (shared / doc.ref_path).is_file():
            pytest.skip(f"needs {shared / doc.ref_path} (absent here)")
        check_quotes(doc, read_gold_document(doc, shared))
        assert all(e.code in codebook and e.source != e.target for e in doc.gold_events)


def test_each_script_holds_out_enough_events():
    held = {
        name: sum(len(d.events) for d in load_documents(ROOT / "eval" / "docs" / f"{name}.jsonl")
                  if d.split == "heldout")
        for name in ("prose_hant", "prose_hans")
    }  # fmt: skip
    assert min(held.values()) >= 75 and sum(held.values()) >= 150, held
