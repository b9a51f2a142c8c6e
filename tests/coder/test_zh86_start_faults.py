"""Faults of the fifteenth round's start check (eval/README.md, seed 173, coder-zh86), fixed
where the free days showed them often. Our own sentences, as items of a broadcast of 10 March
2021."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast, triples

DAY = date(2021, 3, 10)


def _acts(text: str) -> set[tuple[str | None, str, str | None]]:
    return set(triples(coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))))


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "伊朗伊斯兰革命卫队10日称，使用导弹打击了伊拉克北部的分裂组织据点。",
            ("IRNMIL", "190", "IRQ"),
        ),
        ("伊朗革命卫队海军9日在霍尔木兹海峡扣押一艘英国油轮。", ("IRNMIL", "173", "GBR")),
        ("美军9日空袭了伊朗伊斯兰革命卫队在叙利亚东部的一处仓库。", ("USAMIL", "195", "IRNMIL")),
    ],
)
def test_the_revolutionary_guards_are_irans_armed_forces(text, act):
    # A branch of Iran's armed forces, named with its state: the military sector, not the state.
    assert act in _acts(text)


def test_a_strike_on_a_group_of_the_guards_falls_on_iran_not_on_the_ground():
    # The group is named by the Guards it belongs to: Iran's forces, struck on Syrian soil.
    text = "美军8日在叙利亚东部对隶属于伊朗伊斯兰革命卫队的武装团体的弹药库发动空袭。"
    assert broadcast(text, DAY) == {("USA", "19", "IRN")}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("真主党武装9日称，对以色列北部一处兵营旁的以军实施了炮击。", "ISRMIL"),
        ("真主党武装9日称，对黎以边境附近的以军哨所发动了火箭弹袭击。", "ISRMIL"),
        # the object after the act, to its clause's end
        ("真主党武装9日称，用无人机袭击了以色列北部的一处以军炮兵阵地。", "ISRMIL"),
        # a military site of the state, with no forces word
        ("真主党武装9日称，用火箭弹袭击了以色列北部海法以东的一处空军基地。", "ISRMIL"),
        ("伊朗9日向美国在卡塔尔的一处空军基地发射导弹。", "USAMIL"),
    ],
)
def test_the_struck_states_own_forces_named_after_it_are_the_target(text, target):
    assert target in {t for _, code, t in _acts(text) if code[:2] in ("18", "19", "20")}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("俄军9日对乌克兰铁路枢纽及乌军物资仓库实施打击。", "UKR"),
        ("俄军9日对乌克兰一处为乌军生产弹药的工厂实施打击。", "UKR"),
        ("俄军9日打击了乌克兰的港口和乌军船只。", "UKR"),
        ("美军9日空袭了也门北部的胡塞武装军事基地。", "YEM"),
    ],
)
def test_forces_in_a_list_or_a_modifier_leave_the_state_struck(text, state):
    # The limits of the rules above: the forces are one item of what was struck, or what the
    # struck thing serves, or the base is a group's; no sector of the state's forces is given.
    assert {t for _, code, t in _acts(text) if code[:2] == "19"} == {state}
