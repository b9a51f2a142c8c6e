"""The faults of the nineteenth round's start check, mended by their construction (eval/README.md,
coder-zh138): private nationals told with 籍, a 针对 frame's act, a warrant, a war's round toll.
Sentences of our own, not the gold's."""

from datetime import date

import pytest

from tests.coder.conftest import countries

_DAY = date(2025, 3, 4)


def _acts(code, text: str) -> set[tuple[str, str, str]]:
    return set(countries(code(text, _DAY, source="xwlb")))


# 这两名美国籍雇佣兵…参与了入侵委内瑞拉…: nationals told with 籍 act in no state's name; the
# state of the one they act on is hit by no state of theirs.
def test_nationals_told_with_ji_are_no_state(code):
    told = [
        "这三名英国籍雇佣兵随后承认参与了入侵利比亚的行动。",
        "入侵利比亚的两个英国籍雇佣兵已经认罪，并供认目标是抓捕利比亚总理。",
        "据报道，一名法国籍男子昨天袭击了德国驻贝鲁特的一处设施。",
    ]
    assert [_acts(code, text) & {("GBR", "19", "LBY"), ("GBR", "17", "LBY"), ("FRA", "19", "DEU")}
            for text in told] == [set(), set(), set()]  # fmt: skip


def test_nationals_acted_on_stay_their_states(code):
    """Done to them, the act stays aimed at their state (a national arrested: 173)."""
    assert ("TUR", "17", "FRA") in _acts(code, "土耳其警方今天逮捕了两名法国籍嫌疑人。")


# 香港特区政府发言人…介绍，针对美国所谓制裁，…表示: the frame's act is the one answered.
@pytest.mark.parametrize(
    "text",
    [
        "伊朗政府发言人8日介绍，针对美国所谓制裁，伊朗总统表示，伊朗人民将团结一致。",
        "澳大利亚政府发言人10日说，针对日本所谓出口管制，澳方总理表示将同各方沟通。",
    ],
)
def test_a_frames_act_is_not_the_tellers(code, text):
    assert not [a for a in _acts(code, text) if a[1] == "16"]


# 德国检方近期对一名乌克兰嫌疑人发出逮捕令，并要求波兰相关机构逮捕…: a warrant is no arrest.
def test_a_warrant_is_legal_action_at_the_nationals_state(code):
    acts = _acts(
        code, "荷兰检方今天对一名俄罗斯嫌疑人发出逮捕令，并要求比利时有关机构逮捕这名嫌疑人。"
    )
    assert ("NLD", "17", "RUS") in acts
    assert ("NLD", "10", "BEL") in acts
    assert ("RUS", "17", "BEL") not in acts


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("瑞典法院今天对两名伊朗籍嫌疑人发出通缉令。", {("SWE", "17", "IRN")}),
        # asked for or not yet issued: no warrant
        ("挪威已请求国际刑警组织对三名丹麦嫌疑人发出通缉令。", set()),
        ("意大利检方尚未对两名芬兰公民发出逮捕令。", set()),
        # the verb itself still arrests
        ("波兰警方今天逮捕了一名乌克兰男子。", {("POL", "17", "UKR")}),
    ],
)
def test_warrants(code, text, acts):
    assert {a for a in _acts(code, text) if a[1] == "17"} == acts


# 本轮冲突中，以军持续袭击加沙地带各地已造成超4万名巴勒斯坦人死亡: the round's sum, no act of the day.
def test_a_rounds_toll_is_no_act_of_the_day(code):
    text = "据加沙地带卫生部门今天通报，本轮冲突中，以军持续袭击加沙地带各地已造成超3万人死亡。"
    assert not [a for a in _acts(code, text) if a[1] == "19"]


# What the mends leave: each is the doer's own act of the day.
_KEPT = {
    # after a frame, the act's own object inside its clause: the doer's own sanction
    "奥地利总理宣布，针对网络攻击事件对俄进行制裁，驱逐两名俄外交官。": ("AUT", "16", "RUS"),
    # the frame names another thing; the act is the next clause's
    "中国商务部宣布，针对美国对台军售，对美国三家军工企业实施制裁。": ("CHN", "16", "USA"),
    # the day's strike and its toll
    "以军今天袭击加沙地带南部，已造成20人死亡。": ("ISR", "19", "PSE"),
    # the round only measures the day's act
    "这是本轮冲突中，黎巴嫩真主党武装首次袭击以色列海法。": ("LBN", "19", "ISR"),
}


@pytest.mark.parametrize(("text", "act"), _KEPT.items())
def test_the_doers_own_act_stays(code, text, act):
    assert act in _acts(code, text)


def test_a_repelled_attack_is_the_repellers_force(code):
    """击退: the repeller's force on the attacker, as the dev gold codes it (no change)."""
    assert ("RUS", "19", "UKR") in _acts(
        code, "俄罗斯国防部今天称，俄军在多个方向击退乌军多次进攻。"
    )
