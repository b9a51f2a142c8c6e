from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dipwatch.errors import SourceFormatError
from dipwatch.sources.text import read_documents
from tests.sources.makers import make_pdf


def test_pdf_is_one_reflowed_document(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "2021-11-17-briefing.pdf", title="外交部記者會")
    (doc,) = read_documents(path)
    lines = doc.text.split("\n")
    assert lines[0].startswith("11 月 16 日，習近平與美總統拜登（Joe Biden）舉行視訊峰會。")
    assert "雙方各派出 5 名高階官員代表出席。" in lines[0]
    assert lines[0].endswith("並強調美國反對單邊改變現狀或破壞臺海和平。")  # across the page
    assert lines[1:] == ["一、中美關係", "美中關係是最重要的一組雙邊外交關係。"]
    assert (doc.title, doc.kind, doc.lang) == ("外交部記者會", "pdf", "zh-Hant")
    assert doc.published == date(2021, 11, 17)  # from the file name, before the PDF's own date


def test_truncated_pdf_is_refused(tmp_path: Path) -> None:
    whole = make_pdf(tmp_path / "whole.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(SourceFormatError, match="not a readable PDF") as err:
        list(read_documents(path))
    assert err.value.location == str(path)


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "locked.pdf", password="secret")
    with pytest.raises(SourceFormatError, match="encrypted PDF"):
        list(read_documents(path))


def test_pdf_without_text_is_refused(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "blank.pdf", pages=((),))
    with pytest.raises(SourceFormatError, match="no text layer"):
        list(read_documents(path))


def test_pdf_recognised_by_its_bytes(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "download.bin")
    (doc,) = read_documents(path)
    assert doc.kind == "pdf"
