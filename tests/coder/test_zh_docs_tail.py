"""Constructions of whole CCTV items that recur across documents (issue 10, the fifth dev
batch and the dev errors after it), each with sentences of our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("俄军22日对乌能源设施发动导弹打击。", ("RUS", "19", "UKR")),
        ("俄军当天对乌多地发动大规模袭击。", ("RUS", "19", "UKR")),
        ("美国当天宣布对伊实施新一轮制裁。", ("USA", "16", "IRN")),
    ],
)
def test_a_one_character_short_form_that_a_preposition_governs_is_the_target(text, pair):
    assert pair in broadcast(text, D)


def test_a_preposition_before_an_ordinary_word_names_no_state():
    assert broadcast("中方对美好未来充满信心。", D) == set()


@pytest.mark.parametrize(
    "text",
    ["俄乌双方今天再次交换被俘人员。", "俄乌当天各向对方移交了90名战俘。", "俄乌交换被俘人员。"],
)
def test_a_pair_that_exchanges_detainees_releases_them_each_way(text):
    assert broadcast(text, D) == {("RUS", "08", "UKR"), ("UKR", "08", "RUS")}


def test_the_state_that_a_preposition_governs_is_not_the_doer_of_the_act_right_after_it():
    text = "以军对黎巴嫩南部多地发动无人机袭击。"
    assert broadcast(text, D) == {("ISR", "19", "LBN")}


def test_an_act_that_a_reaction_takes_as_its_object_keeps_its_doer():
    found = broadcast("伊朗对以色列空袭叙利亚表示谴责。", D)
    assert ("IRN", "11", "ISR") in found
    assert ("IRN", "19", "ISR") not in found


@pytest.mark.parametrize(
    "text",
    ["伊拉克总理呼吁西方解除对叙单边制裁。", "伊拉克总理呼吁西方国家解除对叙利亚的单边制裁。"],
)
def test_sanctions_eased_only_in_an_appeal_or_demand_are_no_easing(text):
    assert not any(root in ("02", "08") for _, root, _ in broadcast(text, D))
