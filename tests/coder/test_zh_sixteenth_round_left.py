"""What the sixteenth round's batches left (eval/README.md, coder-zh101), mended at its
construction: a condolence whose 就 clause names the occasion's state goes to each leader listed
after 向; talks a pair agrees to go on with (双方同意继续谈判, 商定继续接触) are its intent to meet;
a pair of short forms right before 双方 names the pair, whoever spoke before it; a body's
member states voting or passing a measure (欧盟成员国代表…投票通过) are the body acting. Our own
sentences, as items of a broadcast."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 3, 12)

#: Each sentence and the acts it must give (source, root, target).
GIVEN = [
    # the leaders after 向, each of them, though the 就 clause names one state
    (
        "国家主席习近平11日就马来西亚客机失事向马来西亚总理安瓦尔、泰国总理佩通坦、"
        "越南国家主席梁强致慰问电。",
        {("CHN", "01", "MYS"), ("CHN", "01", "THA"), ("CHN", "01", "VNM")},
    ),
    (
        "国家主席习近平11日就尼泊尔山体滑坡分别向尼泊尔总统鲍德尔、印度总统穆尔穆致慰问电。",
        {("CHN", "01", "NPL"), ("CHN", "01", "IND")},
    ),
    # one leader, the state of the 就 clause: as before
    (
        "国家主席习近平11日就智利森林火灾向智利总统博里奇致慰问电。",
        {("CHN", "01", "CHL")},
    ),
    # talks agreed to go on
    ("土耳其和希腊外长11日在雅典会面，双方同意继续磋商。", {("TUR", "03", "GRC")}),
    # the pair before 双方, not the teller before it
    (
        "据卡塔尔媒体11日报道，埃方外交人士称，美伊双方同意继续谈判。",
        {("USA", "03", "IRN")},
    ),
    (
        "埃及外长11日说，巴以双方同意加强安全合作。",
        {("PSE", "03", "ISR")},
    ),
    # a body's member states voting or passing a measure: the body's act
    ("欧盟成员国代表11日投票通过对美国钢铝产品加征反制关税的方案。", {("EEC", "16", "USA")}),
    ("欧盟成员国今天（3月11日）通过新一轮对俄制裁。", {("EEC", "16", "RUS")}),
]

#: Each sentence and an act it must not give.
NOT_GIVEN = [
    ("据卡塔尔媒体11日报道，埃方外交人士称，美伊双方同意继续谈判。", ("EGY", "03", "USA")),
    ("埃及外长11日说，巴以双方同意加强安全合作。", ("EGY", "03", "PSE")),
    # continuing what is not talks
    ("土耳其和希腊外长11日在雅典会面，双方同意继续保持克制。", ("TUR", "03", "GRC")),
    # an accord among the members names no party outside
    ("欧盟成员国代表11日就对俄罗斯天然气价格上限达成一致。", ("EEC", "05", "RUS")),
    # the 就 clause's state when the leaders after 向 are of other states
    (
        "国家主席习近平11日就尼泊尔山体滑坡向印度总统穆尔穆致慰问电。",
        ("CHN", "01", "NPL"),
    ),
]


@pytest.mark.parametrize(("text", "events"), GIVEN)
def test_acts_given(text: str, events: set) -> None:
    assert events <= broadcast(text, DAY)


@pytest.mark.parametrize(("text", "event"), NOT_GIVEN)
def test_acts_not_given(text: str, event: tuple) -> None:
    assert event not in broadcast(text, DAY)
