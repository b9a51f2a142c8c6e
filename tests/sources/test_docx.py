from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from dipwatch.errors import SourceFormatError
from dipwatch.sources.text import read_documents
from tests.sources.makers import make_docx


def test_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "memo.docx", title="中俄會晤備忘", created=datetime(2021, 12, 16))
    (doc,) = read_documents(path)
    assert doc.text.split("\n") == [
        "中俄元首視訊會晤",
        "12 月 15 日，習近平同普丁舉行視訊會晤。",
        "日期與事件\t來源",  # the merged cell once
        "2021-12-10\t尼加拉瓜與中共復交\t外交部",
        "（完）",
    ]
    assert (doc.title, doc.kind, doc.lang) == ("中俄會晤備忘", "docx", "zh-Hant")
    assert doc.published == date(2021, 12, 16)  # core properties, as nothing else dates it


def test_title_date_beats_created(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "memo.docx", title="2021年12月15日會晤", created=datetime(2022, 1, 3)
    )
    (doc,) = read_documents(path)
    assert doc.published == date(2021, 12, 15)


def test_damaged_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    with pytest.raises(SourceFormatError, match="Word"):
        list(read_documents(path))
