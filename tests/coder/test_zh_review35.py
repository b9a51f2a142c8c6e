"""The fifteenth round's new Chinese rules probed with sentences of our own (review-zh35,
eval/README.md "Review of the fifteenth round's new Chinese rules"): the wordings each rule's
construction holds that it missed, and the ones it took that it must not."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a list of states opens the clause of the obstruction: each is accused
        ("拉夫罗夫强调，美国和英国阻挠了乌克兰和平进程。", ("RUS", "11", "GBR")),
        ("拉夫罗夫强调，美国和英国阻挠了乌克兰和平进程。", ("RUS", "11", "USA")),
        ("俄方表示，美国与英国阻碍了俄乌谈判。", ("RUS", "11", "USA")),
        # an operation launched by 展开 (发动, 发起) names the special one as the others do
        ("俄军在乌克兰东部展开特别军事行动。", ("RUS", "19", "UKR")),
    ],
)
def test_wordings_the_construction_holds(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a state named as a situation (局势, 危机, 问题) obstructs nothing itself
        ("土耳其总统表示，叙利亚局势阻碍了地区发展。", ("TUR", "11", "SYR")),
        ("普京表示，乌克兰危机阻碍了俄欧关系发展。", ("RUS", "11", "UKR")),
        # an operation halted where it goes on is no force
        ("以色列宣布暂停在加沙地带实施军事行动。", ("ISR", "19", "PSE")),
        ("以色列宣布中止在黎巴嫩南部开展地面军事行动。", ("ISR", "19", "LBN")),
    ],
)
def test_wordings_the_construction_must_not_take(text, act):
    assert act not in broadcast(text, DAY)
