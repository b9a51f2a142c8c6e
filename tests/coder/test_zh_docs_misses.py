"""Misses of ``xwlb_docs`` by construction (issue 10, eval/README.md "Misses of xwlb_docs by
construction"): each test is one family of wordings the coder missed, in sentences of our own in
the style of a broadcast, with the neighbours the family must leave alone."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2024, 9, 3)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("俄罗斯国防部长2日称，俄军可能对乌克兰的能源设施发动新一轮打击。", ("RUS", "13", "UKR")),
        ("美国总统2日表示，美国或将恢复对也门胡塞武装的空袭。", ("USA", "13", "YEM")),
        ("以色列总理2日称，以色列有可能对伊朗发动报复性袭击。", ("ISR", "13", "IRN")),
    ],
)
def test_force_its_own_side_says_it_may_use_is_a_threat(text, act):
    found = broadcast(text, DAY)
    assert act in found
    assert not {f for f in found if f[1] in ("18", "19", "20")}


@pytest.mark.parametrize(
    "text",
    [
        # a reporter's, or another state's, guess about the doer
        "美国媒体2日称，以色列可能对伊朗发动报复性袭击。",
        "伊朗外长2日称，以色列可能对伊朗发动报复性袭击。",
        # denied, or only asked
        "以色列总理2日称，以色列不可能对伊朗发动袭击。",
        "记者问以色列是否可能对伊朗发动袭击。",
        # options told, with the doer in another clause
        "美国总统2日称，美国正在研究应对选项，其中包括可能对伊朗采取的军事行动。",
    ],
)
def test_a_possibility_others_tell_stays_a_guess(text):
    assert not {f for f in broadcast(text, DAY) if f[1] in ("13", "18", "19", "20")}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("哈马斯武装派别2日称，在加沙地带南部对以军实施了伏击。", ("PSE", "19", "ISR")),
        ("乌克兰军方2日称，乌军在边境地区对俄军实施了偷袭。", ("UKR", "19", "RUS")),
    ],
)
def test_an_assault_carried_out_on_a_state_is_force(text, act):
    assert act in broadcast(text, DAY)


def test_a_measure_carried_out_on_a_state_is_no_assault():
    found = broadcast("美国2日对伊朗实施新一轮制裁。", DAY)
    assert ("USA", "16", "IRN") in found
    assert not {f for f in found if f[1] == "19"}


def test_force_promised_to_the_state_that_opens_the_condition_is_a_threat():
    found = broadcast("伊朗军方2日警告说，美国军舰若进入霍尔木兹海峡，将遭到打击。", DAY)
    assert ("IRN", "13", "USA") in found
    assert not {f for f in found if f[1] == "19"}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("巴基斯坦总理2日在采访中称赞中巴友谊坚不可摧。", ("PAK", "05", "CHN")),
        ("蒙古国总统2日高度评价蒙中关系。", ("MNG", "05", "CHN")),
        ("俄罗斯外长2日盛赞俄中传统友谊。", ("RUS", "05", "CHN")),
    ],
)
def test_praise_of_the_ties_of_a_pair_named_short_praises_the_other(text, act):
    found = broadcast(text, DAY)
    assert act in found
    assert not {f for f in found if f[1] == "05" and f[2] not in ("CHN",)}


@pytest.mark.parametrize(
    "text",
    [
        "法国总统2日高度评价中美关系。",  # a pair the speaker is not of
        "法国总统2日赞赏这种合作。",  # no pair
    ],
)
def test_praise_of_ties_the_speaker_does_not_share_names_no_one(text):
    assert not {f for f in broadcast(text, DAY) if f[1] == "05"}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("伊朗军方2日称，在波斯湾中部击中一艘美国油轮。", ("IRN", "19", "USA")),
        ("乌克兰海军2日称，乌方无人机击沉两艘俄军巡逻艇。", ("UKR", "19", "RUS")),
    ],
)
def test_a_ship_of_a_state_hit_or_sunk_is_force_on_it(text, act):
    assert act in broadcast(text, DAY)


def test_a_capability_to_sink_ships_is_no_strike():
    assert not {
        f for f in broadcast("伊朗军方2日称，伊朗有能力击沉美军航母。", DAY) if f[1] == "19"
    }


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("当地时间2日，海军第四十批护航编队结束对阿曼为期4天的友好访问。", ("CHN", "04", "OMN")),
        ("中国海军“和平方舟”号医院船2日完成对坦桑尼亚为期7天的友好访问。", ("CHN", "04", "TZA")),
    ],
)
def test_a_navys_ships_calling_on_a_state_visit_it(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "海军第四十批护航编队2日从青岛起航，赴亚丁湾、索马里海域执行护航任务。",
        "至此，护航编队圆满完成了对沙特、卡塔尔、阿曼中东三国的访问任务。",
    ],
)
def test_a_fleet_sailing_out_or_a_tour_summed_up_is_no_visit(text):
    assert not {f for f in broadcast(text, DAY) if f[1] == "04"}
