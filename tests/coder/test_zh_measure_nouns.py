"""A sanction or embargo named as a noun phrase (X对Y的…禁运, X对Y制裁 inside another predicate)
is a measure in force or proposed, not one imposed that day, unless a verb of imposing governs
it (eval/README.md, "A measure named, not imposed"). Our own sentences."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2021, 3, 12)

#: Each names a measure already in force, proposed or ended: no sanction of the day.
NAMED = [
    # a verb of a measure in force governs the phrase (broken, enforced, ended)
    "埃及外长指责一些国家违反联合国对苏丹的武器禁运。",
    "安理会决议要求各国严格执行对索马里武器禁运，避免介入冲突。",
    "德国民众举行集会，要求德国结束对俄罗斯的能源制裁。",
    # the measure describes a draft, a term or a content: proposed or dated, not imposed
    "安理会10日未通过英国提出的延长对南苏丹武器禁运的决议草案。",
    "法国提出延长对马里制裁决议草案，但未获通过。",
    "安理会有关决议规定的维持联合国对利比亚武器禁运期限至明年3月。",
    # its end
    "伊朗外长表示，在下月联合国针对伊朗的武器禁运令到期之后，伊朗将购买新式装备。",
    "根据有关决议，联合国对朝鲜武器禁运2025年5月1日终止。",
    # the subject of an effect, or the cause given for one
    "美国对委内瑞拉实施多年的金融封锁和贸易禁运使委内瑞拉难以进口药品。",
    "委内瑞拉外长10日表示，因美国对委内瑞拉实施严厉的贸易禁运，委内瑞拉经济损失巨大。",
    "受西方加码对俄制裁的影响，欧洲能源价格持续上涨。",
    # a time named by the measure
    "美国退出伊核协议并重启对伊朗制裁后，伊朗经济一度陷入困境。",
    # an accord not reached on it
    "欧盟外长会11日没能就对俄罗斯天然气禁运达成一致。",
]

#: Each tells a measure imposed: (source, root, target) must stay.
IMPOSED = [
    ("EEC", "16", "RUS", "欧盟27日宣布升级对俄罗斯的制裁，包括关闭领空。"),
    ("UKR", "16", "RUS", "上个月，乌克兰加强了对俄罗斯一家石油公司的制裁。"),
    ("EEC", "16", "RUS", "欧盟11日通过对俄新制裁提案，禁止进口俄罗斯黄金。"),
    ("USA", "16", "CHN", "美国财政部10日对两名中国官员的制裁，加深了两国的对立。"),
    ("EEC", "16", "RUS", "欧盟对俄石油实施禁运，部分国家获得豁免。"),
    # an accord on it (统一立场 as 达成一致) decides it
    ("EEC", "16", "RUS", "欧盟各国11日就对俄罗斯煤炭禁运统一了立场。"),
]


@pytest.mark.parametrize("text", NAMED)
def test_a_measure_named_is_not_imposed(text):
    assert not any(root == "16" for _, root, _ in broadcast(text, D))


@pytest.mark.parametrize(("source", "root", "target", "text"), IMPOSED)
def test_a_measure_imposed_stays(source, root, target, text):
    assert (source, root, target) in broadcast(text, D)
