"""Controls on goods bound for a state (對出口南韓的…加強管制) are a measure against that state
(the seventh prose dev batch, eval/README.md), as 限制對其出口 already was."""

from datetime import date

from tests.coder.conftest import countries


def test_controls_on_goods_bound_for_a_state_are_a_measure_against_it(code):
    text = "美國商務部 15 日宣布，對出口伊朗的航空零件與電子元件實施管制。"
    assert ("USA", "16", "IRN") in countries(code(text, date(2019, 8, 1), genre="narrative"))


def test_goods_bought_from_a_state_are_no_measure_against_it(code):
    text = "日本 15 日宣布增加自澳洲進口的煤炭。"
    assert not any(k[1] == "16" for k in countries(code(text, date(2019, 8, 1))))
