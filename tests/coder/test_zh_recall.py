"""Classes of Chinese coding errors fixed for recall (issue 3), each with sentences of our own."""

from datetime import date

import pytest

from tests.coder.conftest import countries

D = date(2024, 10, 18)


def _actors(c) -> list[tuple[str, str]]:
    return [(c.text[m.start : m.end], m.code) for m in c.mentions if not m.inert]


def test_an_unknown_name_after_a_title_belongs_to_the_phrase(code):
    c = code("古巴外交部长罗德里格斯谴责美方。", D, source="xwlb")
    assert ("古巴外交部长罗德里格斯", "CUBGOV") in _actors(c)
    assert countries(c) == [("CUB", "11", "USA")]  # 德里 inside the name is not India
    c = code("斯里兰卡总理维克勒马辛哈和李克强也互致贺电。", date(2017, 2, 7), source="xwlb")
    assert sorted(countries(c)) == [("CHN", "05", "LKA"), ("LKA", "05", "CHN")]


def test_two_people_joined_by_a_comma_are_two_actors(code):
    c = code("習近平與馬克宏、梅克爾舉行視訊峰會。", date(2021, 7, 5))
    assert sorted(countries(c)) == [("CHN", "04", "DEU"), ("CHN", "04", "FRA")]


def test_a_person_beats_a_home_title_and_a_new_government_is_its_state(code):
    c = code("国家副主席潘坎表示衷心感谢中方。", date(2021, 2, 9), source="xwlb")
    assert countries(c) == [("LAO", "05", "CHN")]
    c = code("拉米表示，英国新政府愿同中方加强对话。", D, source="xwlb")
    assert countries(c) == [("GBR", "03", "CHN")]


def test_a_mission_abroad_belongs_to_its_state(code):
    c = code("韩国民众在美国驻韩国大使馆外举行集会。", D)
    assert ("美国驻韩国大使馆", "USAGOV") in _actors(c)


def test_a_topic_country_does_not_become_the_source(code):
    c = code("国家主席习近平就菲律宾遭受地震灾害向菲律宾总统致慰问电。", D, source="xwlb")
    assert countries(c) == [("CHN", "01", "PHL")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国务院总理李强致电特罗瓦达，祝贺他就任圣多美和普林西比总理。", ("CHN", "05", "STP")),
        ("国家主席习近平就卡琳·凯勒-祖特尔就任瑞士联邦主席致贺电。", ("CHN", "05", "CHE")),
        ("习近平致电伊朗总统，就疫情表示诚挚慰问。", ("CHN", "01", "IRN")),
        ("丁薛祥会见了联合国秘书长古特雷斯。", ("CHN", "04", "UNO")),
        ("王沪宁在京会见来华出席对话的英国跨党派议员代表团。", ("CHN", "04", "GBR")),
        ("在会见梅洛尼时，赵乐际表示，中意合作不断拓展。", ("CHN", "04", "ITA")),
        ("塞浦路斯总统表示，塞方坚定奉行一个中国原则。", ("CYP", "05", "CHN")),
        ("俄外交部发言人扎哈罗娃谴责美方。", ("RUS", "11", "USA")),
        ("8 月 2 日，美國眾議院議長裴洛西率團抵達臺北。", ("USA", "04", "TWN")),
        ("習近平與拜登進行兩人第五次通話。", ("CHN", "04", "USA")),
        ("美國商務部宣布對中國先進半導體實施新的出口管制。", ("USA", "16", "CHN")),
        ("俄羅斯對烏克蘭發動全面軍事入侵。", ("RUS", "19", "UKR")),
        ("共軍在臺灣周邊海空域展開大規模實彈軍事演習。", ("CHN", "15", "TWN")),
        ("習近平以視訊方式出席中國─東協建立對話關係紀念峰會。", ("CHN", "04", "ASN")),
        # Disapproval, rejection, reduced relations, yielding (issue 10: whole transcripts).
        ("智利总理对阿根廷的新规定表示反对。", ("CHL", "11", "ARG")),
        ("芬兰无法批准挪威加入该机制。", ("FIN", "12", "NOR")),
        ("两国外长表示，葡萄牙不能支持西班牙提出的方案。", ("PRT", "12", "ESP")),
        ("马里当局宣布废除该国与法国的防务合作协议。", ("MLI", "16", "FRA")),
        ("中国对新西兰、挪威持普通护照人员试行免签政策。", ("CHN", "08", "NZL")),
        ("中国对新西兰、挪威持普通护照人员试行免签政策。", ("CHN", "08", "NOR")),
        ("日本财务省宣布将韩国从所谓“观察名单”中移除。", ("JPN", "08", "KOR")),
        ("立陶宛将禁止持有旅游签证的白俄罗斯公民入境。", ("LTU", "16", "BLR")),  # an entry ban: 163
        ("以色列宣布暂停对叙利亚境内目标的空袭。", ("ISR", "08", "SYR")),
        ("秘鲁已将有关情况通报世界卫生组织。", ("PER", "06", "UNO")),
        ("中国海军与泰国海军进行了联合搜救等联合演练。", ("CHN", "06", "THA")),
        ("伊朗外长表示，只要美国继续实施制裁，伊朗就不会与美方展开直接谈判。", ("IRN", "12", "USA")),
        ("美国总统敦促叙利亚与美国谈判，否则可能面临军事行动。", ("USA", "13", "SYR")),
        ("法国财长表示，如果美国加征关税，欧盟将以相同的措施进行回击。", ("FRA", "13", "USA")),
        ("以总理称，对黎巴嫩真主党任何违反停火协议的行为，以色列都将以武力回应。", ("ISR", "13", "LBN")),
        ("法国当天向乍得政府移交了一处军事基地。", ("FRA", "08", "TCD")),
        ("以色列决定从今天开始停止一切物资进入加沙地带。", ("ISR", "19", "PSE")),
        ("美国总统称，对伊朗的海上封锁措施将继续全面实施。", ("USA", "19", "IRN")),
        ("古巴外长表示，美国对古巴实施的封锁是经济恐怖主义。", ("CUB", "11", "USA")),
        ("委内瑞拉总统说，美国查扣油轮是“海盗行径”。", ("VEN", "11", "USA")),
        ("朝鲜外务省表示，美国的制裁严重违反国际法。", ("PRK", "11", "USA")),
        ("日本去年宣布将韩国移出贸易白名单，遭到韩方的强烈反对。", ("KOR", "11", "JPN")),
        ("伊朗总统在德黑兰会见奥地利官员时表示，美国对伊朗的制裁是恐怖主义行为。", ("IRN", "11", "USA")),
        ("埃及外长称，埃方与苏丹就边界问题取得积极进展。", ("EGY", "04", "SDN")),
    ],
)  # fmt: skip
def test_readout_wordings(code, text, expected):
    assert expected in countries(code(text, D, source="xwlb"))


@pytest.mark.parametrize(
    "text",
    [
        "美国要求以色列暂停对叙利亚境内目标的空袭。",  # asked for, not done
        "芬兰批准挪威加入该机制。",  # an approval rejects no one
        "马里当局宣布与法国签署防务合作协议。",  # an agreement signed, not revoked
        "韩国与美国当天就驻韩美军向韩方交还军事基地达成协议。",  # what is agreed, not done
    ],
)
def test_near_misses_of_yield_reject_and_reduce(code, text):
    assert not {root for _, root, _ in countries(code(text, D, source="xwlb"))} & {"08", "12", "16"}


def test_several_organisations_one_meeting_each(code):
    text = "李强在北京分别会见世界银行行长彭安杰、国际货币基金组织总裁格奥尔基耶娃。"
    assert sorted(countries(code(text, date(2025, 12, 9), source="xwlb"))) == [
        ("CHN", "04", "IMF"),
        ("CHN", "04", "WBK"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("阿富汗方面对美军空袭阿富汗的行为表示强烈谴责。", [("AFG", "11", "USA")]),
        ("伊朗总统谴责美国对伊朗施加单边制裁。", [("IRN", "11", "USA")]),
        ("尼加拉瓜政府强烈谴责佩洛西窜访台湾。", [("NIC", "11", "USA")]),
    ],
)
def test_an_act_that_is_the_object_of_another_is_not_coded(code, text, expected):
    assert countries(code(text, D)) == expected


def test_an_anniversary_year_is_not_the_date_of_the_act(code):
    c = code("明年是中俄建交75周年，中方愿同俄方深化合作。", date(2023, 11, 22), source="xwlb")
    assert [e.date for e in c.events] == [date(2023, 11, 22)]


@pytest.mark.parametrize(
    "text", ["天津港吞吐量增长。", "以色列以抗议为由召回大使。", "古特雷斯表示欢迎。"]
)
def test_one_character_short_forms_inside_words(code, text):
    found = {m.country for m in code(text, D).mentions}
    assert not found & {"ZWE", "LKA"}


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # 针对 opens the clause a reaction is aimed at: the act there is what is reacted to.
        ("针对美国政府称将对欧盟商品加征关税，西班牙首相表示坚决反对。", ("USA", "16", "EEC")),
        # 只要 opens a condition: the act in it is not told as done.
        ("伊朗外长表示，只要美国继续对伊朗实施制裁，伊朗就不会与美方谈判。", ("USA", "16", "IRN")),
        # progress towards an agreement is none reached
        ("美国总统宣布，美方与伊朗就达成全面协议取得重大进展。", ("USA", "05", "IRN")),
    ],
)
def test_acts_not_told_as_done(code, text, not_expected):
    assert not_expected not in countries(code(text, D, source="xwlb"))
