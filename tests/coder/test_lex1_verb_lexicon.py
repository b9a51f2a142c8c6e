"""Acts found by judging the corpus's silent sentences past the head of the ranking
(eval/README.md, "A verb lexicon by corpus frequency, judged"; coder-lex1): arms sent (输送) or
munitions provided, envoys declared persona non grata, talks on a state's situation (局势) after
the partner. Tried on wordings of our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast_codes

_AIRED = date(2023, 5, 16)


def _acts(text: str) -> set[tuple[str, str, str]]:
    return broadcast_codes(text, _AIRED)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # 向 X 输送武器, 向 X 提供…弹药: arms sent or munitions given are military aid (072).
        ("挪威政府宣布向乌克兰输送武器。", ("NOR", "072", "UKR")),
        ("英国继续向乌克兰输送武器和弹药。", ("GBR", "072", "UKR")),
        ("加拿大向乌克兰提供了一批炮弹和弹药。", ("CAN", "072", "UKR")),
        # 宣布 X(驻 Y)… 为不受欢迎的人: envoys declared persona non grata are expelled (166).
        ("爱沙尼亚宣布俄罗斯驻爱沙尼亚大使馆一名外交官为不受欢迎的人。", ("EST", "166", "RUS")),
        ("白俄罗斯宣布波兰两名外交官为“不受欢迎的人”。", ("BLR", "166", "POL")),
        # 同 X 就 Y 局势举行会谈: Y's situation is the topic, X the partner (040).
        ("法国外长同德国外长就利比亚局势举行会谈。", ("FRA", "040", "DEU")),
    ],
)
def test_acts_found_past_the_head(text, act):
    assert act in _acts(text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("德国民众举行集会，反对向乌克兰输送武器。", "07"),  # opposed, not done
        ("俄军摧毁了美国向乌方提供的火箭炮和弹药库。", "07"),  # struck, not given
        ("意大利停止向乌克兰输送武器。", "07"),  # a halt
        ("俄方不会宣布美国外交官为不受欢迎的人。", "16"),  # negated
        ("联合国安理会就也门局势举行会议。", "04"),  # a situation is no partner
        ("两国商定扩大军工生产，以向乌克兰输送更多武器。", "07"),  # a purpose, not given
        ("这笔资金将用于向乌克兰提供弹药。", "07"),  # what funds are for
        ("法国称已达到能向乌克兰输送武器的上限。", "07"),  # a limit the aid describes
        ("向乌克兰提供弹药的国家越来越多。", "07"),  # suppliers described
    ],
)
def test_no_act_where_none_is_done(text, root):
    assert not {a for a in _acts(text) if a[1].startswith(root)}


def test_a_pair_before_its_situation_still_names_the_sides():
    """巴以局势…，双方…发生冲突: the pair before 局势 (no 就) tells who 双方 are (190)."""
    assert ("PSE", "190", "ISR") in _acts("近期，巴以局势持续升级，双方在约旦河西岸多地发生冲突。")
