from __future__ import annotations

import random
import shutil
from datetime import date
from pathlib import Path

import pytest

from dipwatch.api import ingest_text
from dipwatch.api.ingest import IngestOptions, ingest
from dipwatch.models import Document, Event
from dipwatch.store import Store
from tests.sources.makers import make_pdf

DATA = Path(__file__).resolve().parents[1] / "data" / "sources"


def _quarantine(store: Store) -> list[tuple[str, str, str]]:
    return store.connection.execute(
        "SELECT input, location, reason FROM quarantine ORDER BY location"
    ).fetchall()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("readout.html", "note.md", "docs.jsonl", "xwlb_2017.md"):
        shutil.copy(DATA / name, folder / name)
    (folder / "garbage.txt").write_bytes(random.Random(3).randbytes(5000))
    whole = make_pdf(tmp_path / "whole.pdf").read_bytes()
    (folder / "cut.pdf").write_bytes(whole[:900])
    return folder


def test_bad_files_are_quarantined_and_the_rest_loaded(store: Store, corpus: Path) -> None:
    report = ingest(store, [corpus])
    status = {Path(f.path).name: f.status for f in report.files}
    assert status == {
        "cut.pdf": "failed", "docs.jsonl": "loaded", "garbage.txt": "failed",
        "note.md": "loaded", "readout.html": "loaded", "xwlb_2017.md": "loaded",
    }  # fmt: skip
    assert {f.kind for f in report.files} == {"text"}
    assert store.count("documents") == 2 + 1 + 1 + 3
    reasons = {Path(i).name: why for i, _, why in _quarantine(store)}
    assert "not a readable PDF" in reasons["cut.pdf"]
    assert "cannot decode" in reasons["garbage.txt"]
    jsonl = [loc for i, loc, _ in _quarantine(store) if i.endswith("docs.jsonl")]
    assert [loc.rsplit(":", 1)[1] for loc in jsonl] == ["2", "5"]


def test_counts_and_rows(store: Store) -> None:
    report = ingest(store, [DATA / "docs.jsonl"], options=IngestOptions(source="wire"))
    (result,) = report.files
    assert (result.counts["documents"], result.counts["quarantined"]) == (2, 2)
    assert "events" in result.counts  # reported even when the coder finds none
    rows = store.connection.execute(
        "SELECT source, kind, location FROM documents ORDER BY location"
    ).fetchall()
    assert [r[:2] for r in rows] == [("wire", "jsonl"), ("wire", "jsonl")]


def test_same_file_twice_is_skipped(store: Store) -> None:
    first = ingest(store, [DATA / "xwlb_2024.md"])
    before = store.counts()
    second = ingest(store, [DATA / "xwlb_2024.md"])
    assert first.files[0].status == "loaded" and second.files[0].status == "skipped"
    after = store.counts()
    assert {k: after[k] for k in ("documents", "events", "quarantine", "inputs")} == {
        k: before[k] for k in ("documents", "events", "quarantine", "inputs")
    }
    assert after["documents"] == 2


def test_events_from_the_coder_are_stored_with_their_sentence(store: Store, tmp_path: Path) -> None:
    readout = tmp_path / "2021-11-16-readout.txt"
    readout.write_text(
        "2021年11月16日，国家主席习近平同美国总统拜登举行视频会晤。\n"
        "双方就中美关系发展中的战略性、全局性、根本性问题以及共同关心的重要问题进行了沟通和交流。\n",
        encoding="utf-8",
    )
    report = ingest(store, [readout])
    assert report.files[0].counts["events"] >= 1
    rows = store.query_arrow(
        "SELECT e.date, e.source_actor, e.target_actor, e.root, e.text, d.title "
        "FROM events e JOIN documents d USING (doc_id)"
    ).to_pylist()
    meeting = [r for r in rows if r["root"] == "04"]
    assert meeting and meeting[0]["date"] == date(2021, 11, 16)
    assert meeting[0]["source_actor"].startswith("CHN") and meeting[0]["target_actor"].startswith(
        "USA"
    )
    assert "拜登" in meeting[0]["text"]


def test_a_failing_coder_leaves_nothing_behind(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(doc: Document) -> list[Event]:
        raise RuntimeError("coder bug")

    monkeypatch.setattr(ingest_text, "code_document", broken)  # a fault injected mid-load
    run = store.start_run("ingest")
    with pytest.raises(RuntimeError):
        ingest_text.load_text_file(store, run, DATA / "docs.jsonl")
    assert store.count("documents") == store.count("quarantine") == 0
    assert not store.connection.execute("SELECT count(*) FROM inputs").fetchone()[0]


def test_large_jsonl_is_written_in_batches(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_text, "BATCH", 7)
    path = tmp_path / "many.jsonl"
    path.write_text(
        "\n".join(f'{{"text": "第{i}号声明：中方表示欢迎。"}}' for i in range(50)), encoding="utf-8"
    )
    counts = ingest_text.load_text_file(store, store.start_run("ingest"), path)
    assert counts is not None and counts["documents"] == 50


def test_the_genre_is_stored_with_each_document(store: Store, tmp_path: Path) -> None:
    chapter = tmp_path / "chapter.txt"
    chapter.write_text("2022 年中共外交\n3 月 25 日，习近平会见普京。\n", encoding="utf-8")
    ingest(store, [chapter], options=IngestOptions(date=date(2024, 6, 30)))
    ingest(store, [DATA / "xwlb_2024.md"], options=IngestOptions(genre="narrative"))
    rows = store.connection.execute(
        "SELECT kind, genre FROM documents ORDER BY location"
    ).fetchall()
    assert sorted(set(rows)) == [("txt", "narrative"), ("xwlb", "narrative")]
    days = store.connection.execute(
        "SELECT e.date FROM events e JOIN documents d USING (doc_id) WHERE d.kind = 'txt'"
    ).fetchall()
    assert days == [(date(2022, 3, 25),)]  # a narrative: the heading's year
