"""More acts of the sixth prose dev batch's chapters, one row each: a truce the pair agrees to
(雙方同意停止…, 雙方同意降溫), a leader who attends a state's parade from the stands (到場觀禮),
intervention promised on a condition (若…，美國將以軍事介入) and a consensus a pair of short
forms has reached (中美已就…達成三項共識)."""

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
        # a pair of short forms that has reached a consensus, as confirmed by a spokesman
        ("11 月 17 日，中共外交部證實，中美已就媒體簽證問題達成三項共識。",
         date(2021, 12, 31), ("2021-11-17", "CHN", "05", "USA")),
        # intervention promised if the other acts: the speaker's threat, wherever he speaks
        ("5 月 23 日，拜登在東京表示，若中國大陸武力犯臺，美國將以軍事介入保衛臺灣。",
         date(2022, 6, 30), ("2022-05-23", "USA", "13", "CHN")),
    ],
)  # fmt: skip
def test_acts_told_in_a_chapter(code, text, written, act):
    c = code(text, written, genre="narrative")
    got = {(e.date.isoformat(), *k) for e, k in zip(c.events, countries(c), strict=True)}
    assert act in got


def test_a_place_one_speaks_in_is_not_the_speaker(code):
    c = code("5 月 23 日，拜登在東京表示，若中國大陸武力犯臺，美國將以軍事介入。", date(2022, 6, 30),
             genre="narrative")  # fmt: skip
    assert ("JPN", "13", "CHN") not in countries(c)
