"""Faults in Chinese constructions this round's helpers found and left (coder-zh78, eval/README.md
"Faults the fourteenth round found and left, at their construction"): sentences of our own in
each construction, and beside it."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

DAY = date(2025, 6, 12)


def broadcast_events(text: str):
    return coding(Document(text, published=DAY, kind="xwlb", source="xwlb")).events


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # an accusation named by a demonstrative, called baseless, answers the accuser told before
        ("英国外交大臣11日指控俄罗斯策划网络攻击，俄罗斯外交部12日表示，这一指控纯属捏造。",
         ("RUS", "11", "GBR")),
        ("日本防卫省指责中国海警船只进入日本领海。中方回应称，上述指责站不住脚。",
         ("CHN", "11", "JPN")),
        # a government recognised as a state's sole lawful one (承认 … 是|为 … 唯一合法政府)
        ("1972年9月29日，日本政府承认中华人民共和国政府是中国的唯一合法政府。", ("JPN", "05", "CHN")),
        ("2017年6月，巴拿马承认中华人民共和国政府为代表全中国的唯一合法政府。", ("PAN", "05", "CHN")),
        # a measure followed on a day of the follower's own (日 跟进), not only ties
        ("欧盟宣布对俄罗斯实施新一轮制裁，英国3日跟进。", ("GBR", "16", "RUS")),
        # joint doers with 分别, the measure a noun after the verb: each did it
        ("法国和德国方面5日分别宣布了新的对伊朗制裁措施。", ("FRA", "16", "IRN")),
        # retaliation or a response promised against a state's measure is a threat in kind (130)
        ("伊朗表示将以对等方式回应美国的单边制裁。", ("IRN", "13", "USA")),
    ],
)  # fmt: skip
def test_wordings_the_construction_holds(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the demonstrative's accusation called not baseless is no rebuttal
        ("美国指责俄罗斯违反条约，俄方表示，这一指责并非毫无根据。", ("RUS", "11", "USA")),
        # 这些 of the accused, not of the accusation: the rebuttal is the speaker's, not the accuser's
        ("俄杜马议员表示，北约对这些俄罗斯外交人员的指责毫无根据。", ("NAT", "11", "RUS")),
        # on the news, an undated recognition is a state's position recited; a negated one none
        ("柬埔寨外交部表示，柬方始终承认中华人民共和国政府是代表全中国的唯一合法政府。",
         ("KHM", "05", "CHN")),
        ("1950年，美国不承认中华人民共和国政府是中国唯一合法政府。", ("USA", "05", "CHN")),
        # a following on a day to come is none
        ("欧盟宣布对俄罗斯实施新一轮制裁，英国表示将于3日跟进。", ("GBR", "16", "RUS")),
        # a meeting told as planned after its noun, then put off, did not take place
        ("日韩会谈原计划本周举行，但已推迟。", ("JPN", "04", "KOR")),
    ],
)  # fmt: skip
def test_wordings_beside_it(text, act):
    assert act not in broadcast(text, DAY)


def test_a_meeting_held_beside_another_plan_put_off_stays():
    assert ("JPN", "04", "KOR") in broadcast("日韩会谈今天举行，原定的签约仪式被推迟。", DAY)


def test_retaliation_against_a_measure_is_no_threat_of_force():
    codes = {e.code for e in broadcast_events("俄方将对美方的制裁采取报复行动。")}
    assert "130" in codes and "138" not in codes
