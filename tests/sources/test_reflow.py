from __future__ import annotations

import re
from pathlib import Path

import pytest

from dipwatch.sources.reflow import looks_pdf_extracted, reflow
from dipwatch.sources.text import read_documents

DATE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")


@pytest.fixture
def seed(seed_chapter: Path) -> str:
    return seed_chapter.read_text(encoding="utf-8")


@pytest.fixture
def paragraphs(seed: str) -> list[str]:
    return reflow(seed).split("\n")


def test_seed_looks_pdf_extracted(seed: str) -> None:
    assert looks_pdf_extracted(seed)


def test_nothing_lost_or_reordered_but_the_page_number(seed: str) -> None:
    # The seed's only page number is a lone "2" between pages one and two.
    without_page = re.sub(r"\n\s*2\s*\n", "\n", seed, count=1)
    assert re.sub(r"\s", "", reflow(seed)) == re.sub(r"\s", "", without_page)


def test_dates_broken_across_lines_are_whole(seed: str, paragraphs: list[str]) -> None:
    flat = re.sub(r"\s+", "", seed)
    in_seed = len(DATE.findall(flat))
    assert in_seed >= 15
    assert sum(len(re.findall(r"\d{1,2} ?月 \d{1,2} 日", p)) for p in paragraphs) == in_seed - 1
    # "9月15日" is printed without spaces in the seed: the one not counted above.
    assert any("9月15日澳英美聯盟" in p for p in paragraphs)
    assert any(
        p.startswith("中方對於") and "回應。11 月 17 日，在峰會隔日" in p for p in paragraphs
    )
    assert any("12 月 1 日新當選的宏都拉斯總統卡斯楚" in p for p in paragraphs)


@pytest.mark.parametrize("sentence", [
    "並強調美國強烈反對單邊改變現狀或破壞臺海和平。",  # across the page break
    "中美兩國似乎有回到以往「求同存異」（agree to disagree）的外交慣性",
    "12 月 13 日，美國對外關係協會（Council on Foreign Relations）主席海斯",
    "旨在「推進民主價值」此一美國外交政策目標的民主峰會，使中國大陸外交內政相當困窘。",
    "主要的對象是 11 月 18 日允許臺灣設立代表處而被視為在國際上製造「惡劣先例」",
    "12 月 10 日，尼加拉瓜在與我國斷交後，旋即與中共恢復外交關係。",
    "雙方各派出 5 名高階官員代表出席。",
])  # fmt: skip
def test_sentences_read_whole(paragraphs: list[str], sentence: str) -> None:
    assert any(sentence in p for p in paragraphs)


def test_heads_and_byline_stand_alone(paragraphs: list[str]) -> None:
    for head in ("陸、 外交", "一、中美關係", "二、中共與其他國家關係", "（郭銘傑主稿）",
                 "(一)美中峰會強化共同利益合作；美對臺海局勢重拾戰略模糊"):  # fmt: skip
        assert head in paragraphs
    assert "2" not in paragraphs
    assert 20 <= len(paragraphs) <= 45


def test_txt_reader_reflows_the_seed(seed_chapter: Path, seed: str) -> None:
    (doc,) = read_documents(seed_chapter)
    assert doc.text == reflow(seed)
    assert doc.lang == "zh-Hant"
    assert doc.title == "陸、 外交"


def test_english_lines_join_with_spaces_and_hyphens_heal() -> None:
    text = (
        "The two sides agreed to maintain com-\nmunication and to manage their differ-\n"
        "ences responsibly.\n\nA second paragraph starts here and goes on for a while\nuntil it ends.\n"
    )
    assert reflow(text) == (
        "The two sides agreed to maintain communication and to manage their differences "
        "responsibly.\nA second paragraph starts here and goes on for a while until it ends."
    )


def test_running_headers_and_page_numbers_go() -> None:
    body = "這是一個很長的句子被印在一行又一行之間而沒有標點一直延續下去" * 1
    pages = []
    for n in range(1, 5):
        pages.append(f"中共外交年報 2021\n{body}\n{body}\n{body}\n{body}\n{body}\n- {n} -")
    out = reflow("\n".join(pages))
    assert "中共外交年報" not in out
    assert "- 3 -" not in out
    assert out.count(body) == 20
    assert "\n" not in out  # one paragraph: no line ended a sentence


def test_bullets_indents_and_sections_break() -> None:
    text = "\n".join([
        "\uf06c 第一個重點說明的文字在這裡一直寫下去寫到這一行的最後",
        "繼續寫完第一點。",
        "\uf06c 第二個重點",
        "（一）小節標題",
        "    縮排的新段落開始於此並且這一行也寫得很長很長很長很長很長很長",
        "接續的一行",
    ])  # fmt: skip
    assert reflow(text).split("\n") == [
        "• 第一個重點說明的文字在這裡一直寫下去寫到這一行的最後繼續寫完第一點。",
        "• 第二個重點",
        "（一）小節標題",
        "縮排的新段落開始於此並且這一行也寫得很長很長很長很長很長很長接續的一行",
    ]


def test_one_paragraph_per_line_is_not_pdf_like() -> None:
    text = "外交部發言人表示，中方堅決反對。\n" * 12
    assert not looks_pdf_extracted(text)
