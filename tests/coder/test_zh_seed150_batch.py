"""What the seed-150 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder getting wrong, each class mended by a rule about its construction. Our own sentences,
read as items of a broadcast of 11 September 2024."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 9, 11)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "据朝中社报道，朝鲜劳动党总书记金正恩10日参谒了位于平安南道的中朝友谊塔，"
            "向中国人民志愿军烈士致以崇高敬意。",
            ("PRK", "05", "CHN"),
        ),
        ("外交部长王毅10日在莫斯科向俄罗斯无名烈士墓敬献花圈。", ("CHN", "05", "RUS")),
        (
            "国家主席习近平10日在人民大会堂同越南国家主席苏林举行会谈。"
            "当天上午，越南国家主席苏林前往天安门广场，向人民英雄纪念碑敬献花圈。",
            ("VNM", "05", "CHN"),
        ),
    ],
)
def test_respect_at_another_states_memorial_honours_it(text, act):
    assert act in broadcast(text, D)


def test_a_memorial_of_ones_own_honours_no_one_else():
    """A wreath at one's own memorial honours no other state, and the fallen of 1999 are
    China's, NATO named only as the cause of their death; at another's memorial it is praise."""
    assert ("PRK", "05", "CHN") in broadcast("金正恩10日参谒了中朝友谊塔。", D)
    for own in (
        "习近平等党和国家领导人向人民英雄纪念碑敬献花篮。",
        "中国驻塞尔维亚使馆举行凭吊仪式，向在1999年北约轰炸南联盟时牺牲的三位烈士敬献花圈。",
    ):
        assert not {a for a in broadcast(own, D) if a[1] == "05"}


def test_an_exercise_announced_is_an_intent_and_one_held_is_the_act():
    planned = broadcast("国防部发言人表示，中俄两军将于9月下旬在日本海举行联合军事演习。", D)
    assert ("CHN", "03", "RUS") in planned
    assert ("CHN", "06", "RUS") not in planned
    assert ("CHN", "06", "RUS") in broadcast("中俄两军10日在日本海举行联合军事演习。", D)


def test_a_scheme_by_a_named_means_is_an_accusation():
    said = "朝鲜外务省发言人10日表示，美国利用人权问题肆意干涉朝鲜内政。"
    assert ("PRK", "11", "USA") in broadcast(said, D)
    # a clause of its own after the means, and the meddling opposed: no charge
    opposed = "王毅表示，美国利用这一机会加强同盟友合作，反对干涉他国内政。"
    assert ("CHN", "11", "USA") not in broadcast(opposed, D)


def test_an_offensive_that_gains_ground_is_force_on_the_other_forces():
    gained = "乌克兰军方10日称，乌军在扎波罗热方向的反攻取得进展，俄军遭受重大损失。"
    assert ("UKR", "19", "RUS") in broadcast(gained, D)
    welcomed = "乌克兰军方10日称，乌军的反攻取得进展，美国表示欢迎。"
    assert ("UKR", "19", "USA") not in broadcast(welcomed, D)


def test_an_expo_attended_with_a_list_closed_by_a_crowd_meets_each_listed():
    text = (
        "国务院副总理何立峰10日在南宁出席第二十一届中国—东盟博览会开幕式并致辞。"
        "柬埔寨首相洪玛奈、老挝总理宋赛、马来西亚总理安瓦尔，"
        "以及来自50个国家和地区的2000多名各界代表出席。"
    )
    acts = broadcast(text, D)
    assert {("CHN", "04", s) for s in ("KHM", "LAO", "MYS")} <= acts
    # others at an expo, with no Chinese actor attending and no list, meet no one by it
    acts = broadcast("200多家德国企业将参加第七届中国国际进口博览会。", D)
    assert not {a for a in acts if a[1] in ("03", "04")}


def test_a_run_of_observers_is_no_member_however_long():
    text = (
        "国家主席习近平10日出席上海合作组织成员国元首理事会会议。"
        "哈萨克斯坦总统托卡耶夫主持会议，成员国俄罗斯总统普京、印度总理莫迪，"
        "观察员国白俄罗斯总统卢卡申科、蒙古国总统呼日勒苏赫以及有关国际组织代表与会。"
        "成员国领导人签署并发表《阿斯塔纳宣言》。"
    )
    acts = broadcast(text, D)
    assert ("RUS", "05", "CHN") in acts
    assert ("MNG", "05", "CHN") not in acts
