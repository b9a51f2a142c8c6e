from __future__ import annotations

import random
from pathlib import Path

import pytest

from dipwatch.errors import SourceFormatError
from dipwatch.sources import encoding
from dipwatch.sources.encoding import decode_bytes, detect_encoding, plausibility
from dipwatch.sources.text import read_documents

HANT = "中共外交部發言人趙立堅表示，美方應恪守一個中國原則。\n12 月 10 日，尼加拉瓜與臺灣斷交。\n"
HANS = "外交部发言人赵立坚表示，美方应恪守一个中国原则。\n12月10日，尼加拉瓜与台湾断交。\n"
CASES = [
    (HANT, "utf-8"), (HANT, "utf-8-sig"), (HANT, "utf-16"), (HANT, "utf-16-le"),
    (HANT, "utf-16-be"), (HANT, "gb18030"), (HANT, "big5"), (HANT, "cp950"),
    (HANS, "utf-8"), (HANS, "utf-16"), (HANS, "utf-16-le"), (HANS, "utf-16-be"),
    (HANS, "gb18030"), ("臺灣斷交", "big5"), ("台湾断交", "gb18030"), ("台湾断交", "utf-16-le"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "codec"), CASES)
def test_round_trip(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec), "x.txt") == text.lstrip("\ufeff")


@pytest.mark.parametrize(("text", "codec", "lang"), [
    (HANT, "big5", "zh-Hant"), (HANT, "gb18030", "zh-Hant"), (HANS, "gb18030", "zh-Hans"),
    (HANT, "utf-16-be", "zh-Hant"), (HANS, "utf-16-le", "zh-Hans"),
])  # fmt: skip
def test_files_in_legacy_encodings_read_as_documents(
    tmp_path: Path, text: str, codec: str, lang: str
) -> None:
    path = tmp_path / "statement.txt"
    path.write_bytes(text.encode(codec))
    (doc,) = read_documents(path)
    assert doc.text == text.strip()
    assert doc.lang == lang


def test_garbage_bytes_are_refused() -> None:
    garbage = random.Random(7).randbytes(4096)
    assert detect_encoding(garbage) is None
    with pytest.raises(SourceFormatError, match="cannot decode"):
        decode_bytes(garbage, "junk.txt")


def test_a_utf16_mark_before_junk_is_refused() -> None:
    junk = b"\xff\xfe" + bytes(random.Random(7).randrange(256) for _ in range(400))
    with pytest.raises(SourceFormatError, match="byte-order mark but is not text"):
        decode_bytes(junk, "junk.txt")
    assert decode_bytes("外交部發言人表示".encode("utf-16"), "ok.txt") == "外交部發言人表示"


def test_empty_file_is_refused() -> None:
    with pytest.raises(SourceFormatError, match="empty file"):
        decode_bytes(b"", "empty.txt")


def test_wrong_decodes_score_low() -> None:
    right = HANS * 3
    wrong = right.encode("gb18030").decode("cp950", errors="ignore")
    assert plausibility(right) > 0.9
    assert plausibility(wrong) < 0.5


def test_western_text_falls_back_to_cp1252() -> None:
    data = "Café “quoted” text, naïve résumé.\n".encode("cp1252")
    assert detect_encoding(data) == "cp1252"


def test_size_limit_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encoding, "MAX_TEXT_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("中" * 2000, encoding="utf-8")
    with pytest.raises(SourceFormatError, match=r"above the 0\.001 MB limit"):
        list(read_documents(path))
