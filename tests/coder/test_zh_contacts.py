"""Meetings, calls, visits, messages and praise in Chinese readouts (issue 3, round 4): classes
of dev misses and false alarms, each with sentences of our own."""

from datetime import date

from tests.coder.conftest import countries

D = date(2024, 10, 18)


def test_one_contact_per_pair_of_states(code):
    # A visit told with the meetings it held is one act.
    c = code("赵乐际11月27日至30日对希腊进行正式友好访问，在雅典分别会见希腊总统、议长。", D)
    assert countries(c) == [("CHN", "04", "GRC")]
    # Hosting a state visit is told by the host: not also the guest's visit, nor praise.
    c = code("习近平25日在人民大会堂举行仪式，欢迎波兰总统杜达对我国进行国事访问。", D)
    assert [(e.source_actor[:3], e.code, e.target_actor[:3]) for e in c.events] == [
        ("CHN", "043", "POL")
    ]
    # Welcoming a decision is still praise.
    assert countries(code("中方欢迎美方的有关决定。", D)) == [("CHN", "05", "USA")]


def test_thanks_govern_the_support_they_thank_for(code):
    c = code("哈方感谢中方坚定支持哈萨克斯坦主权和领土完整。", D, source="xwlb")
    assert countries(c) == [("KAZ", "05", "CHN")]
    # An exchange of messages still goes both ways.
    c = code("习近平同普京互致贺电。", D)
    assert sorted(countries(c)) == [("CHN", "05", "RUS"), ("RUS", "05", "CHN")]


def test_a_day_written_with_hao_before_any_word(code):
    c = code("美国总统12号与到访的英国首相举行会谈。", date(2017, 1, 13))
    assert [e.date for e in c.events] == [date(2017, 1, 12)]
    c = code("韩国总统3号线到访英国。", date(2017, 1, 13))  # 3号线 is a line, not a day
    assert all(e.date == date(2017, 1, 13) for e in c.events)


def test_a_country_before_an_acting_title_wins_over_the_name(code):
    # 罗德里格斯 is also Cuba's foreign minister; 委内瑞拉代总统 says whose office it is.
    c = code(
        "国家主席习近平就委内瑞拉发生地震向委内瑞拉代总统罗德里格斯致慰问电。", date(2026, 6, 26)
    )
    assert countries(c) == [("CHN", "01", "VEN")]


def test_a_list_of_titled_people_with_unknown_names(code):
    c = code("韩正在北京分别会见秘鲁外长冈萨洛-雷耶斯、阿根廷外长蒙迪诺。", D)
    assert sorted(countries(c)) == [("CHN", "04", "ARG"), ("CHN", "04", "PER")]


def test_meeting_guests_who_came_for_a_forum(code):
    c = code("李强在天津分别会见来华出席夏季达沃斯论坛的越南总理范明政、新加坡总理黄循财。", D)
    assert sorted(countries(c)) == [("CHN", "04", "SGP"), ("CHN", "04", "VNM")]


def test_praise_and_a_wish_to_cooperate_are_two_acts(code):
    c = code("泰方赞赏中方的抗疫成就，希望同中方加强疫苗合作。", D, source="xwlb")
    assert sorted(countries(c)) == [("THA", "03", "CHN"), ("THA", "05", "CHN")]
    c = code("越方高度评价与中国的友好关系，希望双方加强合作。", D, source="xwlb")
    assert sorted(countries(c)) == [("VNM", "03", "CHN"), ("VNM", "05", "CHN")]


def test_condolences_and_a_call_after_messages(code):
    c = code("吉尔吉斯斯坦总统高度评价中国的成就，向中国人民致以最深切的慰问。", D, source="xwlb")
    assert sorted(countries(c)) == [("KGZ", "01", "CHN"), ("KGZ", "05", "CHN")]
    c = code("去年，习近平主席同德国总统就建交周年互致贺电并通电话。", D)
    assert sorted(countries(c)) == [
        ("CHN", "04", "DEU"),
        ("CHN", "05", "DEU"),
        ("DEU", "05", "CHN"),
    ]


def test_a_list_of_speakers_before_a_later_act(code):
    c = code("沙特阿拉伯、约旦、卡塔尔等国外长发表联合声明，对以色列的做法予以强烈谴责。", D)
    assert sorted(countries(c)) == [
        ("JOR", "11", "ISR"),
        ("QAT", "11", "ISR"),
        ("SAU", "11", "ISR"),
    ]
    # A list right before the act shares its slot as before.
    c = code("美国、英国、法国对伊朗予以强烈谴责。", D)
    assert sorted(countries(c)) == [
        ("FRA", "11", "IRN"),
        ("GBR", "11", "IRN"),
        ("USA", "11", "IRN"),
    ]


def test_things_that_arrive_make_no_visit(code):
    assert countries(code("从多哈起飞的卡塔尔航空航班成功抵达新西兰奥克兰。", D)) == []
    assert countries(code("美国提供的武器装备已经开始抵达乌克兰。", D)) == []
    c = code("俄罗斯国防部长19日率团抵达伊朗首都德黑兰访问。", D)
    assert countries(c) == [("RUS", "04", "IRN")]


def test_a_report_home_is_no_foreign_meeting(code):
    c = code("李强在中南海会见来京述职的香港特别行政区行政长官。", D, source="xwlb")
    assert countries(c) == []


def test_sympathy_passed_on_to_a_head_of_state(code):
    # 转达…慰问: the sympathy is the sender's, to the state it is passed to.
    c = code("墨西哥总统就地震灾害向习近平转达墨西哥政府和人民的慰问。", D)
    assert countries(c) == [("MEX", "01", "CHN")]
    c = code("荷兰国王通过王室成员向中方转达了对中国抗击洪灾的慰问。", D)
    assert countries(c) == [("NLD", "01", "CHN")]


def test_warm_congratulations_written_with_de(code):
    c = code("国家主席习近平向埃及人民表示热烈的祝贺。", D)
    assert countries(c) == [("CHN", "05", "EGY")]


def test_border_checks_imposed_on_a_neighbour(code):
    c = code("奥地利对斯洛文尼亚实施临时边境管控。", D)
    assert countries(c) == [("AUT", "17", "SVN")]


def test_a_way_out_sought_is_no_withdrawal(code):
    assert countries(code("美军高层正在寻找退出伊朗战争的途径。", D)) == []
    assert countries(code("该国政府考虑退出伊朗战争。", D)) == []


def test_a_call_whose_topic_runs_past_the_gap(code):
    # 就…: the topic of the call may stand longer than the gap between the party and the call.
    c = code("挪威首相7日与芬兰总统就北欧地区能源合作问题通了电话。", D)
    assert countries(c) == [("NOR", "04", "FIN")]
    c = code("葡萄牙总理和西班牙首相15日就两国边境地区抗疫合作通电话。", D)
    assert countries(c) == [("PRT", "04", "ESP")]
