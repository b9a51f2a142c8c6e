from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from dipwatch.models import Document, Rejected
from dipwatch.sources.text import read_documents
from dipwatch.sources.xwlb import programme_date, read_xwlb

DATA = Path(__file__).resolve().parents[1] / "data" / "sources"


def test_items_of_the_early_layout() -> None:
    path = DATA / "xwlb_2017.md"
    docs = list(read_documents(path))
    assert [d.location for d in docs] == [f"{path}#item{n}" for n in (1, 2, 3)]
    first, untitled, video = docs
    assert isinstance(first, Document)
    assert first.title == "示例标题一：两国外长举行会谈"
    assert first.text == (
        "央视网消息（新闻联播）：外交部长王毅16日在北京同来访的示例国外长举行会谈。\n双方同意加强各领域合作。"
    )
    assert first.url == "http://tv.cctv.com/2017/11/16/VIDEexample1.shtml"
    assert (first.published, first.source, first.kind, first.lang) == (
        date(2017, 11, 16), "CCTV", "xwlb", "zh-Hans",
    )  # fmt: skip
    assert untitled.title == "" and untitled.text.startswith("央视网消息")
    assert video.text == video.title == "只有标题的视频新闻：示例国总统访华"


def test_html_items_of_the_later_layout() -> None:
    docs = list(read_documents(DATA / "xwlb_2024.md"))
    assert [d.title for d in docs] == ["示例会见", "国际联播快讯"]
    assert docs[0].text.split("\n") == [
        "央视网消息（新闻联播）：国家主席15日下午在人民大会堂会见示例国总统。",
        "双方表示，愿 深化合作。",
        "会见后双方签署合作文件。",
    ]
    assert docs[1].text == "示例国举行大选\n示例国14日举行大选。"
    assert all(d.published == date(2024, 3, 15) for d in docs)


def test_option_date_and_source_win() -> None:
    docs = list(read_documents(DATA / "xwlb_2024.md", date=date(2024, 3, 16), source="央视"))
    assert {(d.published, d.source) for d in docs} == {(date(2024, 3, 16), "央视")}


def test_empty_item_is_rejected() -> None:
    md = "# 《新闻联播》 (20240315)\n## 详细新闻\n### (无标题)\n\n[查看原文](https://x)\n"
    (item,) = read_xwlb(md, "x.md")
    assert isinstance(item, Rejected) and item.location == "x.md#item1"


def test_not_xwlb() -> None:
    assert programme_date("# 会议纪要 (20240315)\n") is None


@pytest.mark.parametrize("name", ["20170219.md", "20200315.md", "20220315.md", "20240315.md",
                                  "20260315.md"])  # fmt: skip
def test_real_files_give_one_dated_document_per_item(shared_data: Path, name: str) -> None:
    path = shared_data / "xwlb" / name
    text = path.read_text(encoding="utf-8")
    detail = text.split("## 详细新闻", 1)[1]
    expected = len(re.findall(r"^### ", detail, re.MULTILINE))
    docs = list(read_documents(path))
    assert len(docs) == expected > 5
    day = date(int(name[:4]), int(name[4:6]), int(name[6:8]))
    for n, doc in enumerate(docs, start=1):
        assert isinstance(doc, Document)
        assert doc.location == f"{path}#item{n}"
        assert doc.published == day
        assert doc.url and doc.url.startswith("http")
        assert "<p" not in doc.text and "查看原文" not in doc.text and "&nbsp;" not in doc.text
        assert doc.lang == "zh-Hans"
    assert len({d.doc_id for d in docs}) == len(docs)


def test_a_round_up_s_glued_headlines_are_lines_of_their_own() -> None:
    md = (
        "# 《新闻联播》 (20210203)\n\n## 新闻摘要\n\n1.示例会见；\n\n2.国际联播快讯：\n\n"
        "（1）伊朗宣布释放韩国油轮船员；\n\n（2）联合国报告：\n\n疫情未减缓变暖。\n\n"
        "## 详细新闻\n\n### 示例会见\n\n央视网消息（新闻联播）：伊朗宣布释放韩国油轮船员一事引发关注。\n\n"
        "### 国际联播快讯\n\n央视网消息（新闻联播）：伊朗宣布释放韩国油轮船员伊朗外交部发言人2日表示，"
        "船员获准离开。联合国报告：疫情未减缓变暖世界气象组织2日发布报告。\n"
    )
    meeting, round_up = read_xwlb(md, "x.md")
    assert meeting.text.endswith("伊朗宣布释放韩国油轮船员一事引发关注。")  # not a round-up: as is
    assert round_up.text.split("\n") == [
        "央视网消息（新闻联播）：", "伊朗宣布释放韩国油轮船员", "伊朗外交部发言人2日表示，船员获准离开。",
        "联合国报告：疫情未减缓变暖", "世界气象组织2日发布报告。",
    ]  # fmt: skip
