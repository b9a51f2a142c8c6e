"""False alarms of ``xwlb_docs`` by construction, third pass (eval/README.md): an accusation the
same clause calls baseless is what the speaker answers. It is no accusation of the day by the
accuser, and the answer is aimed at the accuser (before 对 or 有关), not at the accused named
inside the accusation. The sentences are our own, in the style of a broadcast."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2023, 3, 15)


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("白俄罗斯外交部发言人15日表示，立陶宛对白俄罗斯军方的指控毫无根据。", "LTU", "BLR"),
        ("伊朗外交部长15日说，英国有关伊朗向俄罗斯提供武器的指责纯属捏造。", "GBR", "IRN"),
        ("朝鲜外务省15日发表谈话说，日本此前对朝方的指责站不住脚。", "JPN", "PRK"),
    ],
)
def test_the_answer_is_aimed_at_the_accuser(text, accuser, accused):
    found = broadcast(text, DAY)
    assert (accused, "11", accuser) in found
    assert (accuser, "11", accused) not in found


@pytest.mark.parametrize(
    "text",
    [
        "古巴外长15日说，美方指责古巴支持恐怖主义没有根据。",
        "委内瑞拉外长表示，美国指责委方操纵选举毫无根据，委方将继续推进对话。",
    ],
)
def test_a_rebutted_accusation_is_not_made_that_day(text):
    assert not {x for x in broadcast(text, DAY) if x[1] == "11" and x[0] == "USA"}


def test_an_accusation_rebutted_later_was_made():
    text = "美方15日指责古巴支持恐怖主义，古方称美方指责毫无根据。"
    assert ("USA", "11", "CUB") in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "赵乐际说，今年是中匈建交75周年，习近平主席同舒尤克总统互致贺电，为两国关系发展指明了方向。",
        "李强说，今年是中塞建交50周年，习近平主席和塞内加尔总统法耶互致贺信。",
    ],
)
def test_the_anniversarys_messages_are_recalled(text):
    assert not {x for x in broadcast(text, DAY) if x[1] == "05"}


@pytest.mark.parametrize(
    "text",
    [
        "赵乐际说，今年是中匈建交75周年，今年1月习近平主席同舒尤克总统互致贺电。",
        "今年是中匈建交75周年。习近平主席15日同匈牙利总统舒尤克互致贺电。",
    ],
)
def test_messages_with_a_date_of_their_own_stay(text):
    assert ("CHN", "05", "HUN") in broadcast(text, DAY)
