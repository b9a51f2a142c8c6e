"""The review-zh30 probes (eval/README.md): sentences of our own in the wordings of this round's
new Chinese rules that must not give the rule's event (a plan, a negation, another party's act,
a sufferer), each mended by a narrow fix, beside one each rule must still take. The Chinese
read as items of a broadcast of 8 April 2023."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2023, 4, 8)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a call planned (zh.042.fleet_visit): the trigger is the fleet, the plan after it
        ("中国海军护航编队计划对阿联酋进行友好访问。", ("CHN", "04", "ARE")),
        ("中国海军护航编队将于下周对阿联酋进行友好访问。", ("CHN", "04", "ARE")),
        # aid to be cut (zh.033.aid_pledge): no pledge beside the cut
        ("美国决定停止向乌克兰提供援助。", ("USA", "03", "UKR")),
        ("美国将暂停向乌克兰提供军事援助。", ("USA", "03", "UKR")),
        # a partnership declined (zh.057.run_declared)
        ("新西兰和澳大利亚宣布不建立联盟。", ("NZL", "05", "AUS")),
        # another pair's meeting hoped for (zh.036.hope_both_meet)
        ("普京表示，俄方期待美乌双方举行会谈。", ("RUS", "03", "USA")),
        # a condemnation of what a state suffered, or none made (zh.111.condemn_told)
        ("伊朗遭到恐怖袭击，美国对此表示强烈谴责。", ("USA", "11", "IRN")),
        ("美国宣布对伊朗石油部门实施新的制裁，伊朗对此没有表示谴责。", ("IRN", "11", "USA")),
        # a refusal after the trigger (zh_refused: the pair's 两国 opens zh.041.pair)
        ("美中两国领袖拒绝通电话。", ("USA", "04", "CHN")),
        # force promised by another state the consequent names (zh.138.if_force)
        ("中国国防部表示，台湾若宣布独立，美国将采取军事行动。", ("CHN", "13", "TWN")),
    ],
)
def test_a_probe_the_rule_must_not_take(text, act):
    assert act not in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("中国海军护航编队结束对阿联酋的友好访问。", ("CHN", "04", "ARE")),
        ("中国政府决定向缅甸提供紧急人道主义援助。", ("CHN", "03", "MMR")),
        ("美英澳宣布建立三边安全伙伴关系。", ("USA", "05", "AUS")),
        ("王毅表示，中方期待中美两国举行新一轮磋商。", ("CHN", "03", "USA")),
        ("美中两国领袖通电话。", ("USA", "04", "CHN")),
        ("中国国防部表示，台湾若宣布独立，美国将采取军事行动。", ("USA", "13", "TWN")),
        ("外交部发言人表示，若日本武力介入台海，中方将坚决行使自卫权。", ("CHN", "13", "JPN")),
        ("美国宣布对伊朗石油部门实施新的制裁，伊朗对此表示强烈谴责。", ("IRN", "11", "USA")),
    ],
)
def test_the_rule_still_takes_its_own(text, act):
    assert act in broadcast(text, D)
