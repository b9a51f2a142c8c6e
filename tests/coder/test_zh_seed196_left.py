"""What the seed-196 dev batch of whole CCTV transcripts left (eval/README.md, coder-zh132),
mended at its construction: talks with a named state one is open to (对与俄方会谈持开放态度) are an
intent to meet it, as 准备与…谈判 is (``zh.036.open_to_talks``); goods told by the state they
come from (对来自日本、韩国等14个国家的进口产品征收关税) name the states a tariff falls on, as 原产于 does
(``actors._GOODS_FROM``); restrictions told in the sentence of a sanctions package are
that package, one act (``zh.172.restrict``). Our own sentences, as items of a broadcast of 8 July 2025."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

DAY = date(2025, 7, 8)


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "乌克兰总统今天说，他对与俄方会谈持开放态度，但拒绝将会谈地点定在白俄罗斯。",
            "UKR",
            "RUS",
        ),
        ("俄外长表示，俄方对恢复同乌克兰的谈判持开放态度。", "RUS", "UKR"),
        ("克里姆林宫发言人表示，俄总统对与美国总统接触持开放态度。", "RUS", "USA"),
    ],
)
def test_talks_with_a_named_state_one_is_open_to_are_intent_to_meet(
    text: str, source: str, target: str
) -> None:
    assert (source, "03", target) in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "俄方强调，俄罗斯对对话持开放态度。",
        "俄方表示，如果欧洲展现出诚意，俄方对与欧洲对话将持开放态度。",
        "乌克兰总统说，他对与俄方会谈不持开放态度。",
    ],
)
def test_openness_with_no_partner_or_on_a_condition_or_denied_is_no_intent_to_meet(
    text: str,
) -> None:
    assert not any(root == "03" for _, root, _ in broadcast(text, DAY))


@pytest.mark.parametrize(
    "text",
    [
        "美国宣布对来自日本、韩国等14个国家的进口产品征收25%的关税。",
        "美国总统宣布，将从8月1日起对来自日本和韩国的商品加征关税。",
    ],
)
def test_a_tariff_on_goods_from_listed_states_falls_on_each(text: str) -> None:
    acts = broadcast(text, DAY)
    assert {("USA", "16", "JPN"), ("USA", "16", "KOR")} <= acts


@pytest.mark.parametrize(
    "text",
    [
        "来自日本的代表团今天访问了北京。",
        "来自比利时的钢铁企业在湖南投资建设研发中心。",
        "一批来自欧洲的游客抵达上海。",
    ],
)
def test_those_from_a_state_other_than_its_goods_stay_a_place(text: str) -> None:
    acts = broadcast(text, DAY)
    assert not any(t in {"JPN", "BEL"} or s in {"JPN", "BEL"} for s, _, t in acts)


def test_restrictions_told_with_a_sanctions_package_are_that_package() -> None:
    acts = broadcast("美国、欧盟和英国26日宣布对俄罗斯最新制裁，并对俄罗斯央行实施限制措施。", DAY)
    assert {("USA", "16", "RUS"), ("EEC", "16", "RUS"), ("GBR", "16", "RUS")} <= acts
    assert not any(root == "17" for _, root, _ in acts)


def test_restrictions_alone_are_one_sanction() -> None:
    """Restrictions on a state's bank are its sanction, one act (163; coder-zh137), not 172 too."""
    acts = broadcast("日本政府宣布对俄罗斯央行实施限制措施。", DAY)
    assert ("JPN", "16", "RUS") in acts
    assert not any(root == "17" for _, root, _ in acts)


def test_openness_to_ties_is_relations_intended_not_a_meeting() -> None:
    """对与黎巴嫩建立外交关系持开放态度: relations intended (032, coder-zh137), no intent to meet."""
    codes = {
        e.code
        for e in coding(
            Document(
                "以色列外长表示，以色列对与黎巴嫩建立外交关系持开放态度。",
                published=DAY,
                kind="xwlb",
                source="xwlb",
            )
        ).events
    }
    assert "032" in codes and "036" not in codes
