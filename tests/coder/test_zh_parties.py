"""Who the parties are (issue 3, round 5): UN agencies, lists after 分别与, acts of a group,
pairs of short forms, forums as occasions, Hong Kong and Macau, and a few more classes of dev
misses, each with sentences of our own."""

from datetime import date

from tests.coder.conftest import countries, triples

D = date(2025, 3, 27)


def test_un_agencies_are_uno_with_their_group_code(code):
    c = code("王毅会见世界卫生组织总干事谭德塞。", D)
    assert triples(c) == [("CHNGOV", "040", "UNOWHO")]
    c = code("联合国儿童基金会呼吁以色列停止袭击。", D)
    assert [e.source_actor for e in c.events] == ["UNOKID"]
    # The same in English, and the country part is UNO as the gold writes it.
    c = code("The UNHCR criticised Myanmar.", D)
    assert countries(c) == [("UNO", "11", "MMR")]


def test_partners_listed_after_fenbie_are_each_the_subjects(code):
    c = code("伊拉克外长3日分别与约旦外交大臣和埃及外长通电话。", D)
    assert countries(c) == [("IRQ", "04", "JOR"), ("IRQ", "04", "EGY")]
    # A title of the first partner may stand between 分别同 and the actor the slot found.
    c = code("王毅分别同欧盟外交与安全政策高级代表博雷利和保加利亚外长通电话。", D)
    assert countries(c) == [("CHN", "04", "EEC"), ("CHN", "04", "BGR")]
    # A list right after 同 is all partners too, not one of them talking to the next.
    c = code("中方愿同法方、德方和欧方保持沟通。", D)
    assert sorted(countries(c)) == [
        ("CHN", "03", "DEU"),
        ("CHN", "03", "EEC"),
        ("CHN", "03", "FRA"),
    ]


def test_a_group_act_is_one_event_per_pair(code):
    c = code("俄罗斯、美国、乌克兰三方代表10日在伊斯坦布尔开始新一轮谈判。", D)
    assert countries(c) == [("RUS", "04", "USA"), ("RUS", "04", "UKR"), ("USA", "04", "UKR")]
    c = code("俄美乌三方代表在日内瓦举行会谈。", D)
    assert len(c.events) == 3
    c = code("沙伊双方签署联合声明。", D)
    assert countries(c) == [("SAU", "05", "IRN")]
    # Co-authors of a statement against someone are no group act among themselves.
    c = code("沙特、约旦和卡塔尔三国外长谴责以色列。", D)
    assert sorted(countries(c)) == [
        ("JOR", "11", "ISR"),
        ("QAT", "11", "ISR"),
        ("SAU", "11", "ISR"),
    ]


def test_known_pairs_of_short_forms_name_two_states(code):
    c = code("中方赞赏法德为缓和局势所作努力。", D)
    assert countries(c) == [("CHN", "05", "FRA"), ("CHN", "05", "DEU")]
    # Guarded: not before any word, and never inside a longer name.
    assert [m.code for m in code("法德是好邻居。", D).mentions] == []
    assert [m.code for m in code("中美洲国家。", D).mentions] == []


def test_a_forum_named_as_the_occasion_is_no_party(code):
    c = code("李强在吉隆坡出席东盟—中国—海合会峰会期间会见科威特王储。", D)
    assert countries(c) == [("CHN", "04", "KWT")]
    c = code("习近平在利马出席亚太经合组织领导人非正式会议期间会见日本首相石破茂。", D)
    assert countries(c) == [("CHN", "04", "JPN")]
    c = code("李强抵达新德里，出席二十国集团领导人第十八次峰会。", date(2023, 9, 8))
    assert countries(c) == [("CHN", "04", "IND")]
    # A China–X summit does nothing itself: the visitor is the one before it.
    c = code("习近平出席中国－海湾阿拉伯国家合作委员会峰会并对沙特进行国事访问。", D)
    assert ("GCC", "04", "SAU") not in countries(c)
    assert ("CHN", "04", "SAU") in countries(c)


def test_hong_kong_and_macau_count_as_china(code):
    c = code("中央人民政府驻香港特别行政区联络办公室发表声明，强烈谴责美方。", D)
    assert countries(c) == [("CHN", "11", "USA")]
    c = code("葡方高度评价澳门回归中国后实现繁荣稳定。", D)
    assert countries(c) == [("PRT", "05", "CHN")]
    c = code("香港特区行政长官李家超会见美国驻港总领事。", D)
    assert triples(c) == [("CHNGOV", "040", "USA")]


def test_a_time_in_the_targets_own_clause_is_not_the_acts_date(code):
    c = code("中方赞赏西班牙去年下半年担任欧盟轮值主席国期间推动中欧合作。", date(2024, 9, 9))
    assert [(e.date, e.date_precision) for e in c.events] == [(date(2024, 9, 9), "day")]
    # A date after the trigger that is not glued to an actor still counts.
    c = code("中方赞赏西班牙在去年下半年推动中欧合作。", date(2024, 9, 9))
    assert [e.date.year for e in c.events] == [2023]


def test_calling_an_act_a_mistake_is_criticism(code):
    c = code("英国首相18日与美国总统通电话时称，美方对盟国加征关税是个错误。", date(2026, 1, 19))
    assert sorted(countries(c)) == [("GBR", "04", "USA"), ("GBR", "11", "USA")]
    c = code("俄外长表示，美国的做法是错误的。", D)
    assert countries(c) == [("RUS", "11", "USA")]
    assert code("外交部发言人表示，这种说法是错误的。", D, source="xwlb").events == []
