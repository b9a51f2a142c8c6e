"""What the seed-170 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder missing in war reports, each class mended by a rule about its construction: an attack
launched at a place no state is named in (乌军…向…核电站区域发起攻击) is on the side that claims it,
and ground retaken (乌军…夺回了…) is force on the other side of a war the text has told. Our own
sentences, as items of a broadcast of 10 March 2023."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2023, 3, 10)


def _force(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in broadcast(text, DAY) if r == "19"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("俄罗斯国防部9日称，乌军当天使用无人机向别尔哥罗德州一处变电站发起攻击。", ("UKR", "RUS")),
        ("乌克兰方面同一天称，俄军在库皮扬斯克方向发动多次进攻。", ("RUS", "UKR")),
        ("俄国防部还称，乌军向库尔斯克州两个定居点发动了进攻。", ("UKR", "RUS")),
    ],
)
def test_attack_on_a_place_is_on_the_side_that_claims_it(text, pair):
    assert pair in _force(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the media only report
        ("俄罗斯媒体9日报道说，乌军几乎每天都对扎波罗热核电站所在地区发动袭击。", ("UKR", "RUS")),
        # a doer after 对 is where the attack went
        (
            "伊朗革命卫队9日称，伊朗对中东地区美军基地和位于巴林的美军设施发动了袭击。",
            ("USA", "IRN"),
        ),
        # each says the other attacked: no one's attack told as done
        ("俄乌均称对方向扎波罗热核电站发动袭击。", ("UKR", "RUS")),
    ],
)
def test_attack_on_a_place_needs_its_claimant(text, absent):
    assert absent not in _force(text)


def test_ground_retaken_after_force_told_is_force_on_the_other_side():
    text = (
        "俄罗斯国防部9日称，俄空天军对乌军进行了打击。"
        "乌克兰总统9日称，乌军的反攻行动取得进展，夺回了顿涅茨克东部的一个村庄。"
    )
    assert ("UKR", "RUS") in _force(text)


@pytest.mark.parametrize(
    "text",
    [
        # forces that came in after, no war told between the two
        "叙利亚政府军9日称已重新夺回伊德利卜重镇萨拉基卜，俄罗斯军警已经进驻。",
        # ground meant to be retaken is no force of the day
        "俄罗斯国防部9日称，俄军对乌军进行了打击。乌军方称，乌军正在重新集结，力图夺回失地。",
    ],
)
def test_ground_retaken_needs_a_war_told(text):
    assert ("SYR", "RUS") not in _force(text)
    assert ("UKR", "RUS") not in _force(text)
