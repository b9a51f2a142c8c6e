"""More acts of the sixth prose dev batch's chapters, one row each: a truce the pair agrees to
(雙方同意停止…, 雙方同意降溫) and a leader who attends a state's parade from the stands (到場觀禮)."""

from datetime import date

import pytest

from tests.coder.conftest import countries


@pytest.mark.parametrize(
    ("text", "written", "act"),
    [
        ("12 月 1 日，習近平同川普在布宜諾斯艾利斯會晤，雙方同意停止加徵新的關稅。",
         date(2019, 1, 20), ("2018-12-01", "CHN", "03", "USA")),
        ("6 月 17 日，王毅與印度外長蘇傑生通電話，雙方同意降溫。",
         date(2020, 7, 20), ("2020-06-17", "CHN", "03", "IND")),
        ("9 月 3 日，中共舉行紀念抗戰勝利 80 週年閱兵，北韓領導人金正恩到場觀禮。",
         date(2025, 10, 15), ("2025-09-03", "PRK", "04", "CHN")),
    ],
)  # fmt: skip
def test_acts_told_in_a_chapter(code, text, written, act):
    c = code(text, written, genre="narrative")
    got = {(e.date.isoformat(), *k) for e, k in zip(c.events, countries(c), strict=True)}
    assert act in got
