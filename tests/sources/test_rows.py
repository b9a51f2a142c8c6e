from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dipwatch.errors import SourceFormatError
from dipwatch.models import Document, Rejected
from dipwatch.sources import encoding
from dipwatch.sources.text import read_documents

DATA = Path(__file__).resolve().parents[1] / "data" / "sources"


def test_jsonl_bad_lines_are_rejected_and_the_rest_read() -> None:
    path = DATA / "docs.jsonl"
    items = list(read_documents(path))
    rejected = [i for i in items if isinstance(i, Rejected)]
    docs = [i for i in items if isinstance(i, Document)]
    assert [(r.location, r.reason.split(":")[0]) for r in rejected] == [
        (f"{path}:2", "not valid JSON"), (f"{path}:5", "bad date 'yesterday'; write YYYY-MM-DD"),
    ]  # fmt: skip
    assert rejected[0].raw == '{"date": "2021-11-17", "text": "this line is cut off'
    first, second = docs
    assert (first.location, first.source, first.published, first.lang) == (
        f"{path}:1", "MFA", date(2021, 11, 16), "en",
    )  # fmt: skip
    assert first.url == "https://example.org/1"
    assert (second.title, second.published, second.lang) == ("趙立堅記者會", None, "zh-Hant")


def test_csv_rows_with_multiline_text() -> None:
    path = DATA / "docs.csv"
    items = list(read_documents(path))
    assert [(type(i).__name__, i.location) for i in items] == [
        ("Document", f"{path}:2"), ("Rejected", f"{path}:4"), ("Rejected", f"{path}:5"),
        ("Document", f"{path}:6"),
    ]  # fmt: skip
    assert items[0].text == "中尼两国恢复外交关系。\n双方签署联合公报。"
    assert items[1].reason == "missing or empty 'text'"
    assert items[2].reason == "expected 5 fields, found 3" and items[2].raw == "only,three,fields"
    assert items[3].published == date(2021, 12, 25)


def test_tsv_and_column_order(tmp_path: Path) -> None:
    path = tmp_path / "docs.tsv"
    path.write_text("text\ttitle\n中方表示欢迎。\t2021年12月9日声明\n", encoding="utf-8")
    (doc,) = read_documents(path)
    assert (doc.text, doc.published) == ("中方表示欢迎。", date(2021, 12, 9))


def test_csv_without_text_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(SourceFormatError, match="no 'text' column"):
        list(read_documents(path))


def test_undecodable_line_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": "中方表示欢迎。"}, ensure_ascii=False).encode()
    path.write_bytes(good + b"\n" + b'{"text": "\xff\xfe\xfa"}\n' + (good + b"\n") * 4)
    items = list(read_documents(path))
    assert [type(i).__name__ for i in items] == ["Document", "Rejected"] + ["Document"] * 4
    assert items[1].location == f"{path}:2"


def test_utf16_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "u16.jsonl"
    lines = [json.dumps({"text": t}, ensure_ascii=False) for t in ("臺灣斷交。", "台湾断交。")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-16")
    assert [d.lang for d in read_documents(path)] == ["zh-Hant", "zh-Hans"]


def test_json_array(tmp_path: Path) -> None:
    path = tmp_path / "docs.json"
    path.write_text(json.dumps([{"text": "a b c", "date": "2021-12-10"}, {"title": "x"}]))
    doc, bad = read_documents(path)
    assert doc.published == date(2021, 12, 10) and bad.location == f"{path}#2"


def test_streams_are_not_bound_by_the_text_size_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(encoding, "MAX_TEXT_BYTES", 2000)
    path = tmp_path / "many.jsonl"
    row = json.dumps({"text": "中方表示欢迎。" * 5}, ensure_ascii=False)
    path.write_text("\n".join([row] * 200), encoding="utf-8")
    assert path.stat().st_size > 2000
    assert sum(1 for _ in read_documents(path)) == 200
