from __future__ import annotations

from pathlib import Path

import pytest

from dipwatch.sources.language import detect_language, script_votes


@pytest.mark.parametrize(("text", "lang"), [
    ("臺灣與宏都拉斯斷交，外交部表示遺憾。", "zh-Hant"),
    ("台湾与洪都拉斯断交，外交部表示遗憾。", "zh-Hans"),
    ("The Foreign Ministry spokesperson said China firmly opposes the move.", "en"),
    ("拜登（Joe Biden）與習近平舉行視訊峰會（virtual summit），雙方同意保持溝通。", "zh-Hant"),
    ("美国总统拜登（Joe Biden）同习近平举行视频会晤。", "zh-Hans"),
    ("12345 ……", ""),
])  # fmt: skip
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_votes_count_each_side() -> None:
    hant, hans, _, latin = script_votes("國家发展 ab")
    assert (hant, hans, latin) == (1, 1, 2)


def test_seed_chapter_is_traditional(seed_chapter: Path) -> None:
    assert detect_language(seed_chapter.read_text(encoding="utf-8")) == "zh-Hant"
