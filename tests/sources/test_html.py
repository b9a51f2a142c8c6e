from __future__ import annotations

from datetime import date
from pathlib import Path

from dipwatch.sources.html import html_to_text, read_html
from dipwatch.sources.text import read_documents

DATA = Path(__file__).resolve().parents[1] / "data" / "sources"


def test_page_text_without_scripts_menus_or_footer() -> None:
    (doc,) = read_documents(DATA / "readout.html")
    assert doc.text.split("\n") == [
        "王毅同布林肯通电话",
        "2021年11月6日，国务委员兼外长王毅应约同美国国务卿布林肯通电话。",
        "王毅表示，中美双方应相向而行，管控分歧，推动两国关系重回正轨。",
        "布林肯表示，美方愿同中方保持沟通。",
        "双方同意继续保持联系。",
    ]
    assert "tracking" not in doc.text and "首页" not in doc.text and "版权" not in doc.text


def test_page_metadata() -> None:
    (doc,) = read_documents(DATA / "readout.html")
    assert doc.title == "王毅同布林肯通电话 - 示例外交网站"
    assert doc.published == date(2021, 11, 6)
    assert doc.url == "https://example.org/readout/20211106.html"
    assert doc.source == "示例外交网站"
    assert (doc.kind, doc.lang) == ("html", "zh-Hans")


def test_declared_legacy_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="gb2312"><title>声明</title></head><body><p>中方坚决反对。</p></body></html>'
    path = tmp_path / "gb.htm"
    path.write_bytes(page.encode("gb18030"))
    (doc,) = read_documents(path)
    assert (doc.title, doc.text) == ("声明", "中方坚决反对。")


def test_fragments_tables_and_entities() -> None:
    assert html_to_text("<p>甲&nbsp;乙</p><table><tr><td>2021</td><td>会谈</td></tr></table>") == (
        "甲 乙\n2021\t会谈"
    )
    assert html_to_text("") == ""


def test_article_is_preferred_to_the_page_around_it() -> None:
    body = "正文" * 120
    page = f"<body><div>侧栏推荐阅读</div><article><p>{body}</p></article></body>"
    assert read_html(page, "x.html").text == body
