"""Wordings seed 182's hand check (eval/README.md, coder-audit31) found no rule taking, each
coded by a rule about its construction (coder-zh105): arms named as a system or as equipment
(防空系统, 军事设备), arms exports approved, another state's soldiers trained, a price cap on a
state's oil, retaliation promised against a state, and a state said to try to widen or prolong
a war. Our own sentences, as items of a broadcast of 4 February 2023."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2023, 2, 4)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("斯洛伐克总理3日表示，斯洛伐克将向乌克兰提供一套防空系统。", ("SVK", "03", "UKR")),
        ("美国国防部3日宣布，美国将向乌克兰提供新一批军事设备。", ("USA", "03", "UKR")),
        ("德国政府3日批准向乌克兰出口“豹1”坦克。", ("DEU", "07", "UKR")),
        ("波兰3日开始培训乌克兰士兵。", ("POL", "06", "UKR")),
        ("欧盟3日就俄罗斯石油产品价格上限达成一致。", ("EEC", "16", "RUS")),
        ("欧盟3日对俄罗斯海运出口原油设置价格上限。", ("EEC", "16", "RUS")),
        ("伊朗最高领袖3日表示，伊朗将对以色列进行报复。", ("IRN", "13", "ISR")),
        ("伊朗伊斯兰革命卫队司令3日誓言报复以色列。", ("IRN", "13", "ISR")),
        # an accusation with no verb of accusing: the try to widen the war, in its own clause
        ("俄罗斯驻美国大使3日表示，美国不断提供武器，试图让俄乌冲突升级。", ("RUS", "11", "USA")),
        ("巴勒斯坦总统3日称，以色列试图延长冲突。", ("PSE", "11", "ISR")),
    ],
)  # fmt: skip
def test_wordings_no_rule_took_are_coded(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # training opposed or weighed, a bloc's own gas cap, a gas cap not agreed
        "克罗地亚总统3日说，他反对在克罗地亚训练乌克兰士兵。",
        "美国防部3日考虑在美国境内培训乌克兰士兵。",
        "欧盟成员国3日未能就天然气采购价格上限达成一致。",
        # fear of retaliation, a retaliation that will not be joined
        "美国3日表示，美国不会参与报复伊朗的打击行动。",
        "伊朗总统3日表示，伊朗不试图让冲突升级。",
    ],
)
def test_no_act_where_the_wording_tells_none(text):
    assert not {(s, r, t) for s, r, t in broadcast(text, DAY) if r in {"06", "11", "16", "13"}}


def test_retaliation_for_a_measure_stays_a_threat_of_measures():
    acts = broadcast("加拿大总理3日表示，加拿大将对美国的关税进行报复。", DAY)
    assert ("CAN", "13", "USA") in acts
