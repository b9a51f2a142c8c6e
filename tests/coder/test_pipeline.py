"""The pipeline as a whole: the runner's contract, events' provenance, pools, the seed chapter."""

import pickle
from datetime import date

import pytest

from dipwatch.coder import COMPONENTS, Pipeline, code_document, code_documents
from dipwatch.models import Document
from tests.coder.conftest import countries


def test_components_in_order_and_requirements_checked():
    assert [c.name for c in Pipeline().components] == [
        "normalise", "sentences", "dates", "actors", "discourse", "patterns", "round_ups", "groups",
        "issues", "provenance", "narrative",
    ]  # fmt: skip
    with pytest.raises(ValueError, match="'discourse' requires mentions"):
        Pipeline([c for c in COMPONENTS if c.name != "actors"])
    with pytest.raises(ValueError, match="'patterns' requires speakers"):
        Pipeline([c for c in COMPONENTS if c.name != "discourse"])


def test_events_carry_their_provenance():
    text = "新华社消息。2021年11月16日，国家主席习近平同美国总统拜登举行视频会晤，讨论台湾问题。"
    doc = Document(text, published=date(2021, 11, 17), url="http://example.org/a")
    (event,) = code_document(doc)
    assert event.doc_id == doc.doc_id and event.origin == "text" and event.sentence == 1
    assert event.text == text[6:]
    assert text[event.span_start : event.span_end] == "举行视频会晤"
    assert event.pattern == "zh.040.meet" and 0 < event.confidence <= 1
    assert (event.quad_class, event.goldstein) == (1, 1.0)
    assert event.issues == ("taiwan",) and event.url == "http://example.org/a"
    assert event.extra["source_text"] == "国家主席习近平"
    assert code_document(doc)[0].event_id == event.event_id  # stable ids


def test_code_document_is_picklable_and_pure():
    doc = Document("习近平同普京通电话。", published=date(2021, 12, 15))
    again = pickle.loads(pickle.dumps(code_document))
    assert [e.event_id for e in again(doc)] == [e.event_id for e in code_document(doc)]


def test_pool_and_in_process_agree():
    docs = [
        Document(f"{m}月{d}日，习近平同普京通电话。", published=date(2021, m, 28))
        for m in range(1, 13) for d in range(1, 26)
    ]  # fmt: skip
    serial = [[e.event_id for e in ev] for _, ev in code_documents(docs, workers=1)]
    pooled = [[e.event_id for e in ev] for _, ev in code_documents(docs, workers=2)]
    assert serial == pooled and len(serial) == 300 and all(len(ev) == 1 for ev in serial)


def test_seed_chapter_paragraphs(seed_chapter):
    from dipwatch.sources.reflow import reflow

    text = reflow(seed_chapter.read_text(encoding="utf-8"))
    events = code_document(Document(text, published=date(2021, 12, 31), lang="zh-Hant"))
    found = {(e.source_actor[:3], e.code, (e.target_actor or "")[:3], e.date.isoformat())
             for e in events}  # fmt: skip
    expected = {
        ("CHN", "040", "USA", "2021-11-16"),  # 習近平與美總統拜登舉行視訊峰會
        ("CHN", "040", "RUS", "2021-12-25"),  # 習近平與俄羅斯總統普丁的第 26 次定期會晤
        ("CHN", "041", "JPN", "2021-10-08"),  # 習近平與…岸田文雄通話
        ("NIC", "161", "TWN", "2021-12-10"),  # 尼加拉瓜在與我國斷交後
        ("NIC", "054", "CHN", "2021-12-10"),  # 旋即與中共恢復外交關係
    }
    assert expected <= found
    assert ("CHN", "13", "TWN") in {(s, c[:2], t) for s, c, t, _ in found}  # 斷然措施


def test_one_real_paragraph_by_hand(code):
    paragraph = (
        "12 月 25 日，習近平與俄羅斯總統普丁的第 26 次定期會晤，習強調中俄之間的全方位合作已取得"
        "巨大政治優勢。普丁表示，當前的俄中關係正處於歷史最佳時期，俄方願與中方繼續加強若干領域"
        "以及戰略性大專案的合作。"
    )
    c = code(paragraph, date(2021, 12, 31))
    assert countries(c) == [("CHN", "04", "RUS"), ("RUS", "03", "CHN")]
    assert {e.date for e in c.events} == {date(2021, 12, 25)}
