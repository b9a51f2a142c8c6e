"""An appeal to 雙方 after an act between two other states (the sixth prose dev batch): both
sides of that act are asked, each an event; an appeal to 雙方 with no such act before asks no
one the coder can name."""

from datetime import date

from tests.coder.conftest import countries

WRITTEN = date(2025, 7, 10)


def acts(code, text: str) -> set[tuple[str, str, str]]:
    return set(countries(code(text, WRITTEN, genre="narrative")))


def test_restraint_asked_of_both_sides_of_a_strike_told_before(code):
    text = ("5 月 7 日，印度對巴基斯坦境內多處目標發動導彈襲擊。"
            "中方當日表示遺憾，呼籲雙方保持克制。")  # fmt: skip
    got = acts(code, text)
    assert {("CHN", "02", "IND"), ("CHN", "02", "PAK")} <= got


def test_calm_asked_of_both_koreas_after_a_shelling(code):
    text = "11 月 23 日，北韓砲擊南韓延坪島，中共外交部當天呼籲雙方保持冷靜克制。"
    got = acts(code, text)
    assert {("CHN", "02", "PRK"), ("CHN", "02", "KOR")} <= got


def test_an_appeal_to_both_sides_with_no_act_between_two_states_before_asks_no_one(code):
    text = "5 月 7 日，中方呼籲雙方保持克制。"
    assert not any(k[1] == "02" for k in acts(code, text))
