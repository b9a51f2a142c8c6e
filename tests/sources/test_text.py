from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dipwatch.errors import InputError, SourceFormatError
from dipwatch.models import Document
from dipwatch.sources.piece import Piece
from dipwatch.sources.text import markdown_to_text, read_documents, reader_for, to_document

DATA = Path(__file__).resolve().parents[1] / "data" / "sources"


def test_markdown_front_matter_and_marks() -> None:
    path = DATA / "note.md"
    (doc,) = read_documents(path)
    assert doc.title == "中尼建交說明"
    assert doc.published == date(2021, 12, 10)
    assert (doc.source, doc.url, doc.kind, doc.lang) == (
        "示例新聞社", "https://example.org/nicaragua", "md", "zh-Hant",
    )  # fmt: skip
    assert doc.text == (
        "尼加拉瓜與中共建交\n12 月 10 日，尼加拉瓜宣布與臺灣斷交，旋即與中共恢復外交關係。"
        "\n外交部對此表示遺憾。"
    )
    assert doc.location == str(path)


def test_markdown_title_from_heading(tmp_path: Path) -> None:
    path = tmp_path / "2021-11-16-readout.md"
    path.write_text(
        "# Readout of the virtual meeting\n\nThe two presidents met.\n", encoding="utf-8"
    )
    (doc,) = read_documents(path)
    assert (doc.title, doc.published, doc.lang) == (
        "Readout of the virtual meeting", date(2021, 11, 16), "en",
    )  # fmt: skip
    assert markdown_to_text("---\n```\ncode\n```") == "code"
    assert (
        markdown_to_text("One line\nwrapped, and 1\n月 2 日") == "One line wrapped, and 1 月 2 日"
    )


def test_plain_text_title_and_file_name_date(tmp_path: Path) -> None:
    path = tmp_path / "20211116.txt"
    path.write_text("中美元首會晤\n\n習近平與拜登舉行視訊會晤。\n", encoding="utf-8")
    (doc,) = read_documents(path)
    assert (doc.title, doc.published, doc.kind) == ("中美元首會晤", date(2021, 11, 16), "txt")
    assert doc.text == "中美元首會晤\n\n習近平與拜登舉行視訊會晤。"


def test_options_win(tmp_path: Path) -> None:
    path = tmp_path / "20211116.txt"
    path.write_text("習近平與拜登舉行視訊會晤。", encoding="utf-8")
    (doc,) = read_documents(path, source="MFA", date=date(2021, 11, 17), lang="zh-Hans")
    assert (doc.source, doc.published, doc.lang) == ("MFA", date(2021, 11, 17), "zh-Hans")


@pytest.mark.parametrize(("piece", "name", "expected"), [
    (Piece("x", "p", "t", title="2021-11-02 x", date=date(2021, 11, 1)), "2021-11-03.txt", 1),
    (Piece("x", "p", "t", title="2021-11-02 x", meta_date=date(2021, 11, 4)), "2021-11-03.txt", 2),
    (Piece("x", "p", "t", meta_date=date(2021, 11, 4)), "2021-11-03.txt", 3),
    (Piece("x", "p", "t", meta_date=date(2021, 11, 4)), "x.txt", 4),
    (Piece("x", "p", "t"), "x.txt", None),
])  # fmt: skip
def test_date_precedence(piece: Piece, name: str, expected: int | None) -> None:
    doc = to_document(piece, Path(name), None, None, None)
    assert isinstance(doc, Document)
    assert doc.published == (date(2021, 11, expected) if expected else None)
    assert to_document(piece, Path(name), None, date(2020, 1, 1), None).published == date(
        2020, 1, 1
    )


def test_whitespace_only_document_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n \n", encoding="utf-8")
    (item,) = read_documents(path)
    assert item.reason == "no text in this document"


def test_missing_empty_and_unsupported(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_documents(tmp_path / "absent.txt"))
    (tmp_path / "empty.md").write_bytes(b"")
    with pytest.raises(SourceFormatError, match="empty file"):
        list(read_documents(tmp_path / "empty.md"))
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 old word")
    with pytest.raises(SourceFormatError, match=r"save it as \.docx"):
        list(read_documents(tmp_path / "old.doc"))


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    page = tmp_path / "page.asp"
    page.write_text("<!DOCTYPE html><html><body><p>中方表示欢迎。</p></body></html>")
    assert reader_for(page).__name__ == "read_html_file"
    (doc,) = read_documents(page)
    assert doc.kind == "html"
    plain = tmp_path / "notes"
    plain.write_text("中方表示欢迎。")
    assert reader_for(plain).__name__ == "read_plain"


def test_xwlb_layout_saved_as_txt(tmp_path: Path) -> None:
    path = tmp_path / "programme.txt"
    path.write_text((DATA / "xwlb_2024.md").read_text(encoding="utf-8"), encoding="utf-8")
    assert [d.location for d in read_documents(path)] == [f"{path}#item1", f"{path}#item2"]
