"""Whole-document gold: the format's checks, the reference by sha1, symmetric matching, and
`dipwatch evaluate` reporting both splits of a document set (mistakes of dev only)."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dipwatch.api.evaluate import evaluate
from dipwatch.errors import ReferenceDataError
from dipwatch.evaluation.documents import (
    check_quotes,
    document_sets,
    load_documents,
    read_gold_document,
)
from dipwatch.evaluation.gold import GoldEvent
from dipwatch.evaluation.scoring import SetScore, same_act, score_document
from dipwatch.models import Document, Event

D = date(2021, 11, 16)
TEXT = "国家主席习近平同美国总统拜登举行视频会晤。外交部发言人表示，中方坚决反对美方干涉中国内政。"
CALL = {"date": "2021-11-16", "precision": "day", "source": "CHN", "target": "USA",
        "code": "040", "quote": "习近平同美国总统拜登举行视频会晤"}  # fmt: skip
OPPOSE = {"date": "2021-11-16", "source": "CHN", "target": "USA", "code": "111",
          "quote": "中方坚决反对美方干涉中国内政"}  # fmt: skip


def line(**changes) -> dict:
    base = {"id": "d1", "set": "mini", "genre": "news", "lang": "zh-Hans", "doc_date": "2021-11-16",
            "split": "dev", "text": TEXT, "events": [CALL, OPPOSE]}  # fmt: skip
    return {k: v for k, v in {**base, **changes}.items() if v is not None}


def write(folder: Path, name: str, *lines: dict) -> Path:
    path = folder / "docs" / f"{name}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", "utf-8")
    return path


def test_a_document_line_loads_with_its_events_and_quotes(tmp_path):
    [doc] = load_documents(write(tmp_path, "mini", line()))
    assert (doc.doc_id, doc.genre, doc.split, doc.doc_date) == ("d1", "news", "dev", D)
    assert [(e.event.code, e.quote[:3]) for e in doc.events] == [
        ("040", "习近平"),
        ("111", "中方坚"),
    ]
    assert document_sets(tmp_path) == ["mini"]


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"set": "other"}, "not the file's name"),
        ({"genre": "essay"}, "genre 'essay' is not one of news, narrative"),
        ({"split": "test"}, "split 'test'"),
        ({"ref": {"path": "data/x.md", "sha1": "0"}}, "either 'ref'"),
        ({"text": None}, "either 'ref'"),
        ({"text": None, "ref": {"path": "data/x.md", "sha1": "0", "items": [2, 1]}}, "ascending"),
        ({"text": None, "ref": {"path": "data/x.md", "sha1": "0", "items": [0]}}, "ascending"),
        ({"events": [{**CALL, "quote": ""}]}, "quote"),
        ({"events": [{**CALL, "code": 40}]}, "'code' must be a str"),
        ({"colour": "red"}, "unknown key"),
    ],
)
def test_a_bad_line_is_named(tmp_path, changes, reason):
    path = write(tmp_path, "mini", line(), line(id="d2", **changes))
    with pytest.raises(ReferenceDataError, match=reason) as err:
        load_documents(path)
    assert "line 2" in str(err.value)


def test_ids_are_unique_in_a_set(tmp_path):
    with pytest.raises(ReferenceDataError, match="appears twice"):
        load_documents(write(tmp_path, "mini", line(), line()))


def _shared(tmp_path: Path) -> tuple[Path, str]:
    """A shared root holding one transcript in the xwlb layout, of our own words."""
    md = ("# 《新闻联播》 (20211116)\n\n## 详细新闻\n\n### 习近平同拜登举行视频会晤\n"
          f"{TEXT}\n[查看原文](https://example.org/1)\n\n### 天气\n明天北方降温。\n")  # fmt: skip
    path = tmp_path / "shared" / "data" / "xwlb" / "20211116.md"
    path.parent.mkdir(parents=True)
    path.write_text(md, encoding="utf-8")
    return tmp_path / "shared", hashlib.sha1(md.encode()).hexdigest()


def test_a_referenced_file_is_read_as_the_coder_reads_it_and_checked_by_sha1(tmp_path):
    shared, sha1 = _shared(tmp_path)
    ref = {"path": "data/xwlb/20211116.md", "sha1": sha1}
    [doc] = load_documents(write(tmp_path, "mini", line(text=None, ref=ref)))
    texts = read_gold_document(doc, shared)
    assert [t.text[:4] for t in texts] == ["国家主席", "明天北方"]
    assert {(t.published, t.genre, t.lang) for t in texts} == {(D, "news", "zh-Hans")}
    check_quotes(doc, texts)
    (shared / ref["path"]).write_text("# 《新闻联播》 (20211116)\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="changed since it was annotated"):
        read_gold_document(doc, shared)


def test_a_ref_naming_items_gives_the_coder_those_items_only(tmp_path):
    shared, sha1 = _shared(tmp_path)
    ref = {"path": "data/xwlb/20211116.md", "sha1": sha1, "items": [2]}
    [doc] = load_documents(write(tmp_path, "mini", line(text=None, ref=ref, events=[])))
    assert [t.text[:4] for t in read_gold_document(doc, shared)] == ["明天北方"]
    ref["items"] = [3]
    [doc] = load_documents(write(tmp_path, "mini", line(text=None, ref=ref, events=[])))
    with pytest.raises(ReferenceDataError, match="has 2 items, not item 3"):
        read_gold_document(doc, shared)


def test_a_text_laid_out_as_a_pdf_extraction_is_reflowed_as_the_reader_does(tmp_path):
    wrapped = "\n\n".join(
        ["2021 年 11 月 16 日，國家主席習近平同美國總統拜登舉行視訊會晤，雙方就"] * 9
    )
    [doc] = load_documents(write(tmp_path, "mini", line(text=wrapped, events=[])))
    [text] = read_gold_document(doc, tmp_path)
    assert "\n" not in text.text and text.text.count("舉行視訊會晤") == 9


def test_date_accuracy_counts_two_acts_of_one_pair_right_when_both_dates_are(tmp_path):
    calls = [{**CALL, "date": f"2021-11-{d}"} for d in (16, 18)]
    [doc] = load_documents(write(tmp_path, "mini", line(events=calls)))
    pred = [ev("CHN", "USA", "040", date(2021, 11, 18)), ev("CHN", "USA", "040", D)]
    score = SetScore("mini")
    score_document(score, doc, pred)
    assert (score.date_pairs, score.date_right) == (2, 2)


def test_a_quote_that_is_not_in_the_document_is_an_annotation_error(tmp_path):
    [doc] = load_documents(write(tmp_path, "mini", line(events=[{**CALL, "quote": "普京"}])))
    with pytest.raises(ReferenceDataError, match="line 1 event 1: quote '普京'"):
        check_quotes(doc, read_gold_document(doc, tmp_path))


def ev(src: str, tgt: str, code: str, day: date = D, text: str = "") -> Event:
    return Event(date=day, code=code, source_actor=src, target_actor=tgt, text=text)


def test_a_symmetric_act_matches_reversed_and_a_directed_one_does_not():
    g = GoldEvent(D, "day", "CHN", "USA", "040")
    assert same_act(g, ev("USAGOV", "CHNGOV", "041"))
    # A visit, its hosting and a meeting during it are one contact, whichever way round.
    assert same_act(g, ev("USAGOV", "CHNGOV", "042"))
    assert not same_act(g, ev("USAGOV", "CHNGOV", "051"))
    oppose = GoldEvent(D, "day", "CHN", "USA", "111")
    assert not same_act(oppose, ev("USA", "CHN", "111"))
    assert same_act(g, ev("USA", "CHN", "040", date(2021, 11, 17)), with_date=False)


def test_a_document_is_matched_one_to_one_and_counts_every_emitted_event(tmp_path):
    [doc] = load_documents(write(tmp_path, "mini", line()))
    pred = [ev("USA", "CHN", "040", text=TEXT[:21]), ev("CHN", "USA", "040", text=TEXT[:21]),
            ev("CHN", "USA", "111", date(2021, 11, 15), text=TEXT[21:])]  # fmt: skip
    score = SetScore("mini")
    score_document(score, doc, pred)
    assert (score.events.tp, score.events.fp, score.events.fn) == (1, 2, 1)
    assert (score.date_pairs, score.date_right) == (2, 1)
    kinds = sorted((m.kind, m.event) for m in score.mistakes)
    assert kinds[0] == ("false_alarm", "2021-11-15 CHN→USA 111")
    miss = next(m for m in score.mistakes if m.kind == "miss")
    assert miss.text == OPPOSE["quote"] and miss.coded == ("2021-11-15 CHN→USA 111",)
    quiet = SetScore("mini")
    score_document(quiet, doc, pred, mistakes=False)
    assert quiet.mistakes == [] and quiet.events.fp == 2


def _coder(doc: Document) -> list[Event]:
    """A stand-in coder: one call event per text that names 拜登, on the document's date."""
    return [ev("CHNGOV", "USAGOV", "040", doc.published, doc.text)] if "拜登" in doc.text else []


def test_evaluate_reports_both_splits_of_a_document_set_and_dev_mistakes_only(tmp_path):
    write(tmp_path, "mini", line(), line(id="d2", split="heldout"))
    result = evaluate(["mini"], gold_dir=tmp_path, coder=_coder)
    [whole] = result.scores
    assert result.documents == {"mini"}
    assert (whole.items, whole.events.tp, whole.events.fn) == (2, 2, 2)
    assert {s.name: s.events.fn for s in result.splits} == {"mini:dev": 1, "mini:heldout": 1}
    assert {m.item_id for m in whole.mistakes} == {"d1"}
    only = evaluate(["mini"], "heldout", gold_dir=tmp_path, coder=_coder)
    assert [s.name for s in only.splits] == ["mini:heldout"] and only.scores[0].mistakes == []


def test_the_command_lists_document_sets_with_their_kind(tmp_path, monkeypatch):
    from dipwatch.cli.main import app

    write(tmp_path, "mini", line(), line(id="d2", split="heldout"))
    monkeypatch.setattr("dipwatch.api.evaluate.load_coder", lambda: _coder)
    args = ["evaluate", "--set", "mini", "--format", "json", "--gold", str(tmp_path)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [(s["set"], s["kind"], s["items"]) for s in report["sets"]] == [("mini", "documents", 2)]
    assert [s["set"] for s in report["splits"]] == ["mini:dev", "mini:heldout"]
    table = CliRunner().invoke(app, [*args[:3], "--gold", str(tmp_path)])
    assert "mini:heldout" in table.output and "whole documents" in table.output
    bad = CliRunner().invoke(app, ["evaluate", "--set", "nosuch", "--gold", str(tmp_path)])
    assert bad.exit_code == 2 and bad.stderr.startswith("error: ") and "mini" in bad.stderr
