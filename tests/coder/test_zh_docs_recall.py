"""Classes of errors of whole CCTV transcripts (issue 10) fixed with general rules, each with
sentences of our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2022, 10, 2)


@pytest.mark.parametrize(
    "text",
    [
        "马里总统致电习近平，愿推动两国全面合作迈上新台阶。",
        "秘鲁总统致电习近平，期待持续深化两国友好关系。",
        "爱尔兰总统致电习近平，祝愿两国间合作不断发展。",
        "乌干达总统致电习近平，期待双方在共建“一带一路”框架下取得更多合作成果。",
    ],
)
def test_intent_to_take_the_pair_forward_is_intent_to_cooperate(text):
    assert any(root == "03" for _, root, _ in broadcast(text, D))


def test_a_wish_that_the_other_side_hold_to_something_is_not_intent():
    text = "中方希望美方恪守承诺，推动两国关系重回正轨。"
    assert not any(root == "03" for _, root, _ in broadcast(text, D))


def test_an_ambiguous_short_form_takes_the_state_named_in_full():
    text = "加蓬总统致电习近平，衷心希望加中两国进一步巩固合作。"
    assert ("GAB", "03", "CHN") in broadcast(text, D)
