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
        # the light verbs with 了, as the others take it
        ("以军在叙利亚南部进行了地面行动。", ("ISR", "19", "SYR")),
        ("俄军在乌克兰东部开展了军事行动。", ("RUS", "19", "UKR")),
        # force that went without a body's leave (or around it) is the first actor's, done
        ("2003年，美国未经联合国安理会授权发动伊拉克战争。", ("USA", "19", "IRQ")),
        ("2003年，美国绕开联合国发动伊拉克战争。", ("USA", "19", "IRQ")),
        ("美国未经联合国授权对叙利亚发动空袭。", ("USA", "19", "SYR")),
        # a second strike's doer when the first clause's object after 对 stands right before
        # its verb and comma (no noun between it and the verb)
        ("胡塞武装对以色列实施打击，并打击了美国航母。", ("YEM", "19", "USA")),
        ("胡塞武装用导弹对以色列实施打击，并打击美国航母。", ("YEM", "19", "USA")),
        # the act and, in the next clause, what it has caused so far: done that day
        ("以军12日在加沙地带实施军事行动，已造成30人死亡。", ("ISR", "19", "PSE")),
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
        # the body whose leave was skipped is no doer; its leave no plan of the doer's
        ("2003年，美国未经联合国安理会授权发动伊拉克战争。", ("UNO", "13", "IRQ")),
        ("2003年，美国未经联合国安理会授权发动伊拉克战争。", ("USA", "13", "IRQ")),
        ("美国未经联合国授权对叙利亚发动空袭。", ("UNO", "19", "SYR")),
        ("胡塞武装对以色列实施打击，并打击了美国航母。", ("ISR", "19", "USA")),
        # force measured by how long it has gone on is a state of affairs, not the day's act
        ("俄罗斯在乌克兰进行特别军事行动已经三年。", ("RUS", "19", "UKR")),
        ("以军对加沙地带的军事行动已经持续近两年。", ("ISR", "19", "PSE")),
    ],
)
def test_wordings_the_construction_must_not_take(text, act):
    assert act not in broadcast(text, DAY)
