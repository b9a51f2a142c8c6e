"""Classes of errors of whole CCTV transcripts (issue 10) fixed with general rules, each with
sentences of our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

D = date(2022, 10, 2)


@pytest.mark.parametrize(
    "text",
    [
        "马里总统致电习近平，愿推动两国全面合作迈上新台阶。",
        "秘鲁总统致电习近平，期待持续深化两国友好关系。",
        "爱尔兰总统致电习近平，祝愿两国间合作不断发展。",
        "乌干达总统致电习近平，期待双方在共建“一带一路”框架下取得更多合作成果。",
        "泰国总理会见王毅时表示，愿加强两国青年交流。",
        "秘鲁前总统表示，我愿继续为推动秘中友好发挥作用。",
    ],
)
def test_intent_to_take_the_pair_forward_is_intent_to_cooperate(text):
    assert any(root == "03" for _, root, _ in broadcast(text, D))


def test_a_wish_that_the_other_side_hold_to_something_is_not_intent():
    text = "中方希望美方恪守承诺，推动两国关系重回正轨。"
    assert not any(root == "03" for _, root, _ in broadcast(text, D))


def test_an_ambiguous_short_form_takes_the_state_named_in_full():
    text = "加蓬总统致电习近平，衷心希望加中两国进一步巩固合作。"
    assert ("GAB", "03", "CHN") in broadcast(text, D)


def test_a_military_package_announced_is_pledged_aid():
    text = "德国政府计划再向乌克兰提供5亿欧元的军事援助。"
    assert broadcast(text, date(2023, 5, 14)) == {("DEU", "03", "UKR")}


def test_a_visit_told_as_it_ends_is_a_visit():
    text = "国务院总理李强结束对越南的正式访问。"
    assert broadcast(text, date(2024, 6, 20)) == {("CHN", "04", "VNM")}


def test_naming_what_one_will_strike_threatens_its_owner_and_strikes_nothing():
    text = "俄罗斯外交部表示，如果德国向乌克兰交付导弹，这些导弹将成为俄军的合法打击目标。"
    found = broadcast(text, date(2023, 5, 14))
    assert ("RUS", "13", "DEU") in found
    assert not any(root == "19" for _, root, _ in found)


def _days(text: str, day: date) -> list[date]:
    c = coding(Document(text, published=day, kind="xwlb", source="xwlb"))
    return [e.date for e in c.events]


def test_local_time_dates_the_act_wherever_it_stands():
    text = (
        "央视网消息（新闻联播）：应巴西众议长邀请，全国人大常委会委员长赵乐际于巴西当地时间"
        "14日在巴西众议院成立200周年庆祝活动上发表视频致辞。赵乐际向巴西众议院致以热烈祝贺。"
    )
    assert _days(text, date(2024, 6, 15)) == [date(2024, 6, 14)]


def test_an_item_opening_on_that_day_tells_of_the_day_it_names_next():
    text = (
        "央视网消息（新闻联播）：当天下午，李强结束对越南的正式访问。"
        "当地时间6月19日晚，李强乘专机抵达首都机场。"
    )
    assert _days(text, date(2024, 6, 20))[0] == date(2024, 6, 19)


def test_a_list_of_states_reacting_to_what_the_sentence_before_told_each_criticise_its_doer():
    lead = "欧洲议会12日通过决议，要求成员国限制进口。"
    found = broadcast(lead + "对此，西班牙、葡萄牙和希腊当天明确表示反对。", date(2024, 3, 13))
    assert {("ESP", "11", "EEC"), ("PRT", "11", "EEC"), ("GRC", "11", "EEC")} <= found
    found = broadcast("以色列政府12日批准新建定居点。约旦、埃及及联合国等多方13日对此予以谴责。",
                      date(2024, 3, 14))  # fmt: skip
    assert {("JOR", "11", "ISR"), ("EGY", "11", "ISR"), ("UNO", "11", "ISR")} <= found


def test_an_attack_launched_at_a_target_is_force_even_with_the_doer_further_off():
    found = broadcast(
        "以色列国防军称，以军14日凌晨在多个地点向黎巴嫩真主党发动袭击。", date(2024, 9, 14)
    )
    assert ("ISR", "19", "LBN") in found
    found = broadcast("联合国敦促以军停止对加沙地带发动袭击。", date(2024, 9, 14))
    assert not any(root == "19" for _, root, _ in found)


def test_each_sender_of_a_message_sends_one_even_of_one_state():
    text = (
        "向习近平主席发来贺电的还有：泰国国王哇集拉隆功，泰国总理巴育，约旦国王阿卜杜拉二世，"
        "约旦王储侯赛因，秘鲁总统卡斯蒂略等。"
    )
    c = coding(Document(text, published=D, kind="xwlb", source="xwlb"))
    sources = sorted(e.source_actor[:3] for e in c.events if e.root == "05")
    assert sources == ["JOR", "JOR", "PER", "THA", "THA"]


def test_unnamed_voices_of_a_state_are_no_actor():
    found = broadcast("越南人士高度评价习近平主席发表的署名文章。", date(2023, 12, 12))
    assert not any(src == "VNM" for src, _, _ in found)
    assert ("VNM", "05", "CHN") in broadcast("越南总理高度评价习近平主席发表的署名文章。",
                                             date(2023, 12, 12))  # fmt: skip


def test_a_group_statement_is_one_between_each_pair_and_china_with_each_other_member():
    found = broadcast("法国、德国、意大利三国外长12日发表联合声明。", date(2024, 3, 13))
    assert found == {("FRA", "05", "DEU"), ("FRA", "05", "ITA"), ("DEU", "05", "ITA")}
    found = broadcast("中国、老挝和泰国三国政府12日共同发表联合声明。", date(2024, 3, 13))
    assert found == {("CHN", "05", "LAO"), ("CHN", "05", "THA")}


def test_a_visit_told_as_it_goes_on_is_a_visit_by_whom_it_describes():
    text = "正在新西兰访问的国务院总理李强14日参观了一所学校。"
    c = coding(Document(text, published=date(2024, 6, 14), kind="xwlb", source="xwlb"))
    assert [(e.source_actor[:3], e.code, e.target_actor[:3]) for e in c.events] == [
        ("CHN", "042", "NZL")
    ]


def test_countermeasures_weighed_are_a_threat_by_the_speaker():
    text = ("日本经济产业大臣12日表示，针对美国《关税法案》中的问题，"
            "日方不排除对美国采取回应措施。")  # fmt: skip
    assert broadcast(text, date(2025, 4, 13)) == {("JPN", "13", "USA")}


def test_support_that_only_describes_a_noun_is_no_act():
    found = broadcast("俄军打击了支持乌克兰军队的燃料设施。", date(2025, 7, 9))
    assert not any(root == "05" for _, root, _ in found)
    found = broadcast("声明中有关支持叙利亚的段落遭多国反对。", date(2025, 7, 9))
    assert not any(root == "05" for _, root, _ in found)
    assert ("CHN", "05", "PAK") in broadcast("中方坚定支持巴基斯坦的正当立场。", date(2025, 7, 9))


def test_messages_exchanged_by_two_leaders_of_a_state_are_two_acts_a_leader_named_again_one():
    text = ("12月8日，国家主席习近平同爱尔兰总统希金斯互致贺电，庆祝两国建交45周年。"
            "习近平在贺电中指出，两国关系发展良好。"
            "同日，国务院总理李强同爱尔兰总理哈里斯互致贺电。")  # fmt: skip
    c = coding(Document(text, published=date(2024, 12, 8), kind="xwlb", source="xwlb"))
    pairs = sorted((e.source_actor[:3], e.target_actor[:3]) for e in c.events if e.root == "05")
    assert pairs == [("CHN", "IRL"), ("CHN", "IRL"), ("IRL", "CHN"), ("IRL", "CHN")]


def test_a_measure_told_after_otherwise_is_a_threat():
    found = broadcast("中方敦促美方立即停止错误做法，否则中方将对美方实施制裁。", date(2025, 7, 9))
    assert ("CHN", "13", "USA") in found
    assert ("CHN", "16", "USA") not in found


def test_a_speaker_of_a_round_up_who_wishes_the_relationship_forward_intends_to_cooperate():
    text = ("近日，许多国家领导人致电习近平，热烈祝贺中华人民共和国成立75周年。"
            "阿根廷总统米莱表示期待双方取得更多合作成果。"
            "智利总统博里奇祝愿中华人民共和国繁荣昌盛。")  # fmt: skip
    found = broadcast(text, date(2024, 10, 2))
    assert {("ARG", "05", "CHN"), ("ARG", "03", "CHN"), ("CHL", "05", "CHN")} <= found
    assert ("CHL", "03", "CHN") not in found


def test_recently_in_the_acts_own_clause_dates_it_not_the_day_the_speaker_spoke():
    text = "黎巴嫩真主党3日称，近日在黎以边境对以军阵地发动袭击。"
    assert _days(text, date(2024, 7, 5)) == [date(2024, 7, 5)]
    text = "德国官员3日表示，针对美国近期威胁扩大制裁，德国方面正在考虑反制裁措施。"
    assert _days(text, date(2024, 7, 5)) == [date(2024, 7, 3)]


def test_a_round_table_held_with_heads_of_organisations_is_a_meeting_with_each():
    text = ("国务院总理李强9日在北京同世界银行行长彭安杰、国际货币基金组织总裁格奥尔基耶娃"
            "举行第九次“1+10”圆桌对话会。")  # fmt: skip
    assert broadcast(text, date(2024, 12, 10)) == {("CHN", "04", "WBK"), ("CHN", "04", "IMF")}


def test_a_ceasefire_put_to_the_parties_is_an_appeal_to_each():
    text = "土耳其和卡塔尔12日向俄罗斯和乌克兰提交了一份停火方案。"
    assert broadcast(text, date(2024, 3, 13)) == {
        ("TUR", "02", "RUS"), ("TUR", "02", "UKR"), ("QAT", "02", "RUS"), ("QAT", "02", "UKR")
    }  # fmt: skip


def test_a_round_up_story_without_a_day_of_its_own_is_not_dated_by_the_next_story():
    text = ("央视网消息（新闻联播）：\n日本渔民抗议韩国捕捞\n日本部分渔民日前举行抗议活动，反对韩国政府的"
            "捕捞政策。\n惠誉警告下调评级\n据美国媒体15日报道，惠誉可能下调评级。")  # fmt: skip
    assert _days(text, date(2023, 8, 16))[0] == date(2023, 8, 16)


def test_what_a_protest_is_against_told_in_a_later_clause_is_its_target():
    text = "菲律宾渔民日前举行抗议活动，驾驶渔船在海上巡游，反对中国海警的执法行动。"
    assert ("PHL", "14", "CHN") in broadcast(text, date(2024, 5, 16))


def test_a_round_up_headline_that_its_story_tells_again_is_dropped():
    text = ("央视网消息（新闻联播）：\n以色列空袭叙境内目标\n以色列国防军12日发表声明说，以军当晚袭击了位于"
            "叙利亚的一处黎巴嫩真主党据点。")  # fmt: skip
    c = coding(Document(text, published=date(2024, 3, 13), kind="xwlb", source="xwlb"))
    assert [(e.source_actor[:3], e.root, e.target_actor[:3]) for e in c.events] == [
        ("ISR", "19", "LBN")
    ]


def test_finding_fault_with_another_states_claim_or_act_is_criticism():
    day = date(2024, 5, 16)
    found = broadcast("伊朗外交部发言人表示，美方要求毫无根据。", day)
    assert ("IRN", "11", "USA") in found
    found = broadcast("俄罗斯外交部回应说，芬兰这一举动只会加剧紧张局势。", day)
    assert ("RUS", "11", "FIN") in found
    c = coding(Document("俄方指出，乌克兰指责俄罗斯的说法非常荒谬。", published=day, kind="xwlb"))
    assert "zh.111.baseless" not in [e.pattern for e in c.events]  # the claim is Ukraine's


def test_a_meeting_held_by_two_states_joint_body_is_a_meeting_of_the_two():
    text = "老挝和越南边界联合委员会12日在万象举行会议。"
    assert broadcast(text, date(2024, 3, 13)) == {("LAO", "04", "VNM")}


def test_an_intent_with_no_partner_named_in_a_readout_is_aimed_at_the_one_met():
    text = ("国务院总理李强3日在阿斯塔纳会见吉尔吉斯斯坦总统扎帕罗夫。"
            "扎帕罗夫表示，希望双方共同努力，密切多边协作。")  # fmt: skip
    assert ("KGZ", "03", "CHN") in broadcast(text, date(2024, 7, 4))


def _acts(text: str, day: date) -> list[tuple[str, str, str]]:
    """Every event of ``text`` as (source country, code, target country), in order."""
    c = coding(Document(text, published=day, kind="xwlb", source="xwlb"))
    return [(e.source_actor[:3], e.code, (e.target_actor or "")[:3]) for e in c.events]


def test_what_a_second_official_says_in_a_message_of_his_own_is_an_act_of_its_own():
    text = ("3月2日，国家主席习近平同秘鲁总统互致贺电。习近平表示，中方愿同秘方深化合作。"
            "同日，国务院总理李强同秘鲁总理互致贺电。李强表示，中方愿同秘方加强交流。")  # fmt: skip
    assert _acts(text, date(2026, 3, 2)).count(("CHN", "030", "PER")) == 2
    text = ("3月2日，国家主席习近平同秘鲁总统互致贺电。习近平表示，中方愿同秘方深化合作。"
            "习近平指出，中方愿同秘方加强交流。")  # fmt: skip
    assert _acts(text, date(2026, 3, 2)).count(("CHN", "030", "PER")) == 1


def test_condolences_of_two_officials_of_one_state_are_two_acts():
    text = ("7月9日，国家主席习近平就秘鲁发生洪灾向秘鲁总统致慰问电。"
            "同日，国务院总理李强向秘鲁总理致慰问电。")  # fmt: skip
    assert _acts(text, date(2026, 7, 9)).count(("CHN", "018", "PER")) == 2


def test_a_message_to_a_forum_of_two_states_congratulates_the_other_one():
    day = date(2024, 9, 3)
    assert ("CHN", "051", "RUS") in _acts("国家主席习近平向第五届中俄能源商务论坛致贺信。", day)
    assert ("RUS", "051", "CHN") in _acts("俄罗斯总统普京也向中俄能源商务论坛致贺信。", day)
    assert ("CHN", "051", "AUS") in _acts("国务院总理向中澳旅游年闭幕式致贺词。", day)


def test_a_message_to_a_forum_of_no_partner_is_no_event():
    assert _acts("国家主席习近平向第七届中国国际进口博览会致信。", date(2024, 11, 5)) == []


def test_the_years_since_relations_were_established_are_no_recognition():
    day = date(2024, 9, 3)
    text = "习近平指出，中国同尼加拉瓜恢复外交关系两年来，两国合作成果丰硕。"
    assert not any(code.startswith("05") for _, code, _ in _acts(text, day))
    assert ("NIC", "054", "CHN") in _acts("尼加拉瓜政府宣布同中国恢复外交关系。", day)


def test_a_background_word_inside_an_earlier_clause_of_its_own_leaves_the_act_of_the_day():
    day = date(2020, 1, 16)
    text = "阮富仲表示，过去70年越中关系总体保持积极发展势头，越方希望同中方加强政治互信。"
    assert ("VNM", "030", "CHN") in _acts(text, day)
    text = "此前，越方希望同中方加强政治互信。"
    assert _acts(text, day) == []
    text = "俄方此前表示，北约演习增加风险，俄方将采取一切必要措施。"
    assert not any(code.startswith("13") for _, code, _ in _acts(text, day))


def test_this_armed_group_is_the_one_named_last_even_as_a_reporter():
    text = "据也门胡塞武装发布的消息，5日，该武装向以色列发射导弹。"
    assert ("YEM", "190", "ISR") in _acts(text, date(2025, 5, 6))
    text = "中方表示欢迎。该国将向联合国提交报告。"
    assert _acts(text, date(2025, 5, 6)) == []


def test_acts_of_a_list_of_days_are_dated_by_its_first_day():
    c = coding(Document("俄军3日和4日对乌克兰发动空袭。", published=date(2025, 5, 6),
                        kind="xwlb", source="xwlb"))  # fmt: skip
    assert [e.date for e in c.events] == [date(2025, 5, 3)]


def test_killing_the_other_sides_fighters_is_force_once_with_a_strike():
    day = date(2025, 7, 9)
    assert ("ISR", "190", "PSE") in _acts(
        "以色列国防军称，日前在汗尤尼斯打死了哈马斯的一名指挥官。", day
    )
    assert _acts("美国警方击毙一名枪手。", day) == []
    found = _acts("以军当天对黎巴嫩真主党武装目标发动空袭，打死1名指挥官。", day)
    assert [code[:2] for _, code, _ in found] == ["19"]


def test_talks_a_pair_will_hold_at_a_third_place_are_intent_to_meet():
    day = date(2025, 3, 20)
    text = "俄总统新闻秘书20日称，俄美代表团将于24日在沙特举行会谈。"
    assert _acts(text, day) == [("RUS", "036", "USA")]
    assert _acts("俄美代表团18日在沙特举行会谈。", day) == [("RUS", "044", "USA")]


def test_states_closing_one_list_are_not_partners_of_each_other():
    text = "据伊朗媒体报道，伊朗已召回驻英国、法国和德国的大使，进行磋商。"
    assert {code for _, code, _ in _acts(text, date(2025, 9, 27))} == {"166"}
    assert ("FRA", "046", "DEU") in _acts("法国和德国进行磋商。", date(2025, 9, 27))


def test_greetings_exchanged_in_a_call_are_no_message():
    text = "习近平和阮富仲互致春节问候，共祝两国人民新春快乐。"
    assert _acts(text, date(2020, 1, 16)) == []
    text = "习近平同越共中央总书记阮富仲互致新春贺信。"
    assert ("CHN", "051", "VNM") in _acts(text, date(2020, 1, 16))


def test_force_promised_against_whom_a_condition_names_is_a_threat_of_force():
    day = date(2026, 4, 29)
    text = "伊朗海军司令表示，如果美军进一步推进，伊朗军队将迅速采取作战行动。"
    assert _acts(text, day) == [("IRN", "138", "USA")]
    assert _acts("专家认为，如果美国继续施压，伊朗将采取军事行动。", day) == []


def test_detainees_exchanged_or_handed_over_are_released():
    day = date(2023, 11, 28)
    text = "27日，哈马斯与以色列完成了第四轮被扣押人员交换。"
    assert sorted(_acts(text, day)) == [("ISR", "084", "PSE"), ("PSE", "084", "ISR")]
    assert ("PSE", "084", "ISR") in _acts("哈马斯经由红十字国际委员会向以军移交两具遗体。", day)
    assert ("ISR", "084", "PSE") in _acts("加沙地带卫生部门称，从以方接收到15具遗体。", day)
    assert ("RUS", "084", "UKR") in _acts("俄罗斯和乌克兰26日交换了战俘。", day)


def test_a_naval_blockade_or_embargo_is_a_blockade_not_a_sanction():
    day = date(2026, 4, 30)
    assert _acts("特朗普29日称，美方将继续对伊朗实施海上封锁。", day) == [("USA", "191", "IRN")]
    assert _acts("胡塞武装20日宣布对沙特阿拉伯实施海上禁运。", day) == [("YEM", "191", "SAU")]


def test_support_inside_a_noun_phrase_that_dui_governs_is_no_act():
    day = date(2017, 2, 5)
    text = "美国财政部宣布对一批参与或支持伊朗导弹计划的个人和实体实施制裁。"
    assert not any(code.startswith("05") for _, code, _ in _acts(text, day))
    assert ("RUS", "051", "CHN") in _acts("俄方对中方支持俄罗斯举办活动表示感谢。", day)


def test_senders_of_two_states_to_one_forum_of_both_congratulate_each_other():
    day = date(2020, 8, 26)
    text = "国务院总理李克强和澳大利亚总理特恩布尔向中澳旅游年开幕式致贺词。"
    assert sorted(_acts(text, day)) == [("AUS", "051", "CHN"), ("CHN", "051", "AUS")]
    text = "国家主席习近平和俄罗斯总统普京26日分别致信祝贺中俄科技创新年开幕。"
    assert sorted(_acts(text, day)) == [("CHN", "051", "RUS"), ("RUS", "051", "CHN")]
    text = "国家主席习近平亦向美中贸易全国委员会成立50周年庆典活动致贺信。"
    assert _acts(text, day) == [("CHN", "051", "USA")]
    # the council is a US body (its home state named first): the US sender's letter is to its
    # own state's body, aimed at no other state (zh_targets.not_to_own_states_body; the
    # seventh round's checks)
    text = "美国总统拜登亦向美中贸易全国委员会成立50周年庆典活动致贺信。"
    assert _acts(text, day) == []


def test_messages_the_pair_of_the_item_exchanged_are_acts_of_that_pair():
    text = ("全国人大常委会委员长30日在人民大会堂同赞比亚国民议会议长举行会谈。"
            "委员长说，昨天（10月29日），两国元首互致贺电，庆祝两国建交60周年。")  # fmt: skip
    found = _acts(text, date(2024, 10, 30))
    assert ("CHN", "051", "ZMB") in found and ("ZMB", "051", "CHN") in found
    assert _acts("两国元首互致贺电。", date(2024, 10, 30)) == []


def test_a_pair_that_blames_each_other_accuses_each_way():
    day = date(2024, 4, 2)
    text = "国际原子能机构代表团前往扎波罗热核电站，俄乌互相指责对方实施炮击。"
    assert sorted(_acts(text, day)) == [("RUS", "112", "UKR"), ("UKR", "112", "RUS")]


def test_force_stepped_up_against_a_place_is_force():
    day = date(2024, 11, 29)
    assert ("ISR", "190", "PSE") in _acts(
        "据以色列媒体28日报道，以军加大了对加沙中部地区的打击。", day
    )
    found = _acts("中方要求以色列停止加大对加沙的打击。", day)
    assert not any(code.startswith("19") for _, code, _ in found)


def test_relief_goods_given_are_humanitarian_aid_whatever_they_are_called():
    text = "今天（9月7日），中国政府向阿富汗提供的首批地震救灾人道主义物资抵达喀布尔。"
    assert _acts(text, date(2025, 9, 7)) == [("CHN", "073", "AFG")]


def test_praise_of_what_the_other_state_was_just_told_to_do_and_thanks_conveyed():
    day = date(2025, 2, 28)
    text = "中方一直积极推动乌克兰危机和平解决，俄方对此深表赞赏。"
    assert _acts(text, day) == [("RUS", "051", "CHN")]
    text = "哥伦比亚总统近日通过视频方式向习近平主席和中国人民致以感谢和问候。"
    assert ("COL", "051", "CHN") in _acts(text, day)


def test_a_firm_response_promised_is_a_threat():
    assert _acts(
        "伊朗会对美国这种徒劳的破坏性行为作出果断、坚定和直接回应。", date(2022, 8, 2)
    ) == [("IRN", "130", "USA")]


def test_hezbollah_named_with_its_state_is_lebanon():
    text = "以军从海上向数十个黎巴嫩真主党武装目标发动打击。"
    assert _acts(text, date(2024, 11, 14)) == [("ISR", "190", "LBN")]


def test_acts_found_in_the_coders_silences_on_unannotated_transcripts():
    day = date(2025, 9, 22)
    text = "英国、加拿大、澳大利亚和葡萄牙21日宣布承认巴勒斯坦国。"
    assert ("PRT", "054", "PSE") in _acts(text, day)
    assert _acts("欧盟已承认中国的市场经济地位。", day) == []
    assert _acts("法国宣布将承认巴勒斯坦国。", day) == [("FRA", "032", "PSE")]
    text = "大会期间，中美两国气候问题特使在沙姆沙伊赫举行正式磋商。"
    assert _acts(text, day) == [("CHN", "046", "USA")]
    text = "菲佐表示，如果乌克兰不恢复原油运输，斯洛伐克将停止向乌克兰提供柴油。"
    assert _acts(text, day) == [("SVK", "1311", "UKR")]


def test_sympathy_and_firm_support_told_to_a_state_with_dui():
    text = ("皮涅拉代表智利政府和人民对中国人民遭遇疫情表示诚挚慰问，"
            "对中国人民团结一心抗击疫情表示坚定支持。")  # fmt: skip
    assert sorted(_acts(text, date(2020, 2, 29))) == [("CHL", "018", "CHN"), ("CHL", "051", "CHN")]


def test_a_short_form_after_zai_before_a_part_of_a_country_is_a_place():
    text = "以军1日在黎南部打击了真主党武装一处设施。"
    assert _acts(text, date(2025, 1, 2)) == [("ISR", "190", "LBN")]
    assert _acts("以军在黎南部发动空袭。", date(2025, 1, 2)) == [("ISR", "195", "LBN")]


def test_a_pair_that_strikes_each_other_uses_force_each_way():
    found = _acts("俄乌互相打击对方油气和油库等设施。", date(2026, 7, 20))
    assert sorted(found) == [("RUS", "190", "UKR"), ("UKR", "190", "RUS")]


def test_co_chairing_a_meeting_with_another_state_is_meeting_it():
    text = "国务院副总理26日在北京同俄罗斯副总理诺瓦克共同主持中俄能源合作委员会第二十二次会议。"
    assert _acts(text, date(2025, 9, 26)) == [("CHN", "040", "RUS")]


def test_a_pairs_joint_exercises_are_military_cooperation():
    day = date(2024, 5, 10)
    assert _acts("中俄两军举行联合演习。", day) == [("CHN", "062", "RUS")]
    found = _acts("朝鲜谴责美韩举行联合军演。", day)
    assert not any(code.startswith("06") for _, code, _ in found)


def test_the_state_whose_conduct_dui_governs_is_the_object_not_the_doer():
    text = "中方对日方的错误言行表示强烈不满，已向日方提出严正交涉。"
    assert sorted(_acts(text, date(2024, 5, 10))) == [("CHN", "111", "JPN"), ("CHN", "114", "JPN")]


def test_firms_listed_for_sanctions_and_rockets_downed():
    day = date(2024, 6, 24)
    assert _acts("美国财政部将多家中国企业列入制裁清单。", day) == [("USA", "163", "CHN")]
    text = "6月24日，欧盟通过第14轮对俄制裁，首次将数家中国企业列入制裁名单。"
    assert ("RUS", "163", "CHN") not in _acts(text, day)
    assert _acts("以色列国防军称拦截了从黎巴嫩发射的火箭弹。", day) == [("ISR", "190", "LBN")]


def test_attending_an_anniversarys_celebration_together_is_the_days_meeting():
    day = date(2024, 5, 10)
    assert _acts("习近平同普京共同出席中俄建交75周年纪念活动。", day) == [("CHN", "040", "RUS")]
    assert _acts("今年是中俄建交75周年。", day) == []


def test_an_honour_conferred_praises_and_a_units_post_is_no_party():
    day = date(2024, 5, 10)
    assert _acts("习近平向巴基斯坦总统扎尔达里授予友谊勋章。", day) == [("CHN", "051", "PAK")]
    text = "20日，中国第23批赴刚果（金）维和部队被授予联合国“和平荣誉勋章”。"
    assert _acts(text, day) == [("UNO", "051", "CHN")]


def test_aid_announced_is_given_or_pledged_once_shock_is_criticism_and_forces_exchange_fire():
    day = date(2024, 5, 10)
    # a package announced with no mark of the future is given, as the dev gold has it (x20221111,
    # prose_hans s33); announced as to come, it is pledged once (eval/README.md, "Aid announced")
    assert _acts("美国宣布向以色列提供新一轮军事援助。", day) == [("USA", "072", "ISR")]
    assert _acts("美国国防部宣布再向乌克兰提供4亿美元武器装备。", day) == [("USA", "072", "UKR")]
    assert [a[1][:2] for a in _acts("美国宣布将向以色列提供新一轮军事援助。", day)] == ["03"]
    assert _acts("美国国务院宣布向乌克兰提供6亿美元的军事支持。", day) == [("USA", "072", "UKR")]
    assert _acts("美国计划再向乌克兰提供军事支持。", day) == [("USA", "033", "UKR")]
    assert _acts("美国向以色列提供军事援助。", day) == [("USA", "072", "ISR")]
    assert _acts("古特雷斯对以色列袭击拉法表示震惊。", day) == [("UNO", "110", "ISR")]
    # an exchange of fire is force each way (eval/README, fighting: one 19x event per direction)
    got = _acts("印度和巴基斯坦军队在克什米尔地区交火。", day)
    assert sorted(got) == [("IND", "190", "PAK"), ("PAK", "190", "IND")]


def test_equipment_pledged_and_thanks_told_with_xiang():
    day = date(2023, 10, 12)
    text = "美国国防部11日称将向乌克兰提供新一轮价值2亿美元的军事装备。"
    assert _acts(text, day) == [("USA", "033", "UKR")]
    assert _acts("孟加拉国总理哈西娜向中方的帮助表示感谢。", day) == [("BGD", "051", "CHN")]


def test_so_many_years_ago_dates_a_recalled_act_by_its_year():
    c = coding(Document("习近平指出，5年前我对波兰进行国事访问。", published=date(2022, 12, 9),
                        kind="xwlb", source="xwlb"))  # fmt: skip
    assert [(e.date, e.date_precision) for e in c.events] == [(date(2017, 1, 1), "year")]


def test_a_signing_proposed_or_pushed_for_is_no_signing():
    day = date(2022, 1, 14)
    assert _acts("俄罗斯向美国提议签署安全保障条约。", day) == []
    assert _acts("俄罗斯已向美国和北约提议签署条约，保证北约不再东扩。", day) == []
    text = "习近平同普京举行会谈。会谈后，两国元首共同见证签署了合作文件。"
    assert ("CHN", "057", "RUS") in _acts(text, day)


def test_an_act_of_a_decade_long_past_is_background_not_the_days_act():
    """上世纪七十年代 names no day, month or year of the recognition: it is history told."""
    day = date(2022, 5, 23)
    for text in ("上世纪七十年代，澳大利亚工党作出同中国建交的正确抉择。",
                 "20世纪70年代，两国建立外交关系。"):  # fmt: skip
        assert _acts(text, day) == []
    c = coding(Document("澳大利亚工党1972年作出同中国建交的抉择。", published=day, kind="xwlb",
                        source="xwlb"))  # fmt: skip
    assert [(e.code, e.date, e.date_precision) for e in c.events] == [
        ("054", date(1972, 1, 1), "year")
    ]


def test_a_capital_inside_a_title_names_a_treaty_not_its_state():
    day = date(2020, 11, 4)
    assert _acts("美国今日正式退出《巴黎协定》。", day) == []
    text = "双方签署了《中华人民共和国和塔吉克斯坦共和国联合声明》。"
    assert _acts(text, day) == [("CHN", "057", "TJK")]


def test_an_organisation_inside_a_title_names_a_treaty_not_a_party():
    """按照《联合国海洋法公约》…愿…推进磋商: the convention is no partner of the talks."""
    day = date(2022, 11, 13)
    text = "他表示，中方愿根据《宣言》精神和包括《联合国海洋法公约》在内的国际法原则，按照协商一致原则推进磋商。"
    assert _acts(text, day) == []
    assert _acts("中方愿同联合国加强合作。", day) == [("CHN", "030", "UNO")]


def test_a_delegation_to_be_sent_to_meet_a_third_state_there_intends_to_meet_that_state():
    text = "乌总统泽连斯基当天表示，乌克兰将派出代表团前往沙特，与美方举行会谈。"
    assert _acts(text, date(2025, 3, 20)) == [("UKR", "036", "USA")]
    found = _acts("王毅访问沙特，与沙特外长举行会谈。", date(2025, 3, 20))
    assert found == [("CHN", "040", "SAU")]


def test_a_state_after_jiu_is_the_topic_of_talks_not_their_party():
    text = "俄外交部发言人当天表示，俄方希望与美方就乌克兰问题的谈判取得具体成果。"
    assert ("RUS", "046", "UKR") not in _acts(text, date(2025, 12, 26))


def test_how_long_a_war_has_lasted_is_no_act_of_the_day():
    day = date(2026, 3, 20)
    assert _acts("今天（3月20日），美国和以色列对伊朗发动的军事行动进入第21天。", day) == []
    assert ("USA", "190", "IRN") in _acts("美国和以色列对伊朗发动军事行动。", day)


def test_what_unnamed_voices_say_after_another_actor_is_no_act_of_that_actor():
    text = ("中国驻加拿大大使馆近日举行春节招待会，与会的加拿大人士表达了美好祝愿，"
            "并表示愿为推动加中两国互利合作不懈努力。")  # fmt: skip
    assert _acts(text, date(2023, 1, 22)) == []


def test_acts_that_unnamed_voices_recount_are_no_events():
    day = date(2022, 11, 29)
    text = "国际人士指出，美国、北约持续向乌克兰提供武器延长冲突。"
    assert _acts(text, day) == []
    text = "外交部发言人毛宁回答媒体提问时表示，中方坚决反对美方向台湾出售武器。"
    assert ("CHN", "111", "USA") in _acts(text, day)


def test_what_an_act_avenges_is_background_not_the_days_act():
    """为了报复美军打死…苏莱马尼，伊朗…8日…发射导弹: the killing avenged is told to explain the
    strike (found judging random events of a transcript no gold set holds)."""
    text = "为了报复美军打死伊朗军事指挥官苏莱马尼，伊朗伊斯兰革命卫队8日凌晨向驻有美军的两个伊拉克军事基地发射数十枚导弹。"
    assert _acts(text, date(2020, 1, 17)) == [("IRN", "190", "USA")]


@pytest.mark.parametrize(
    "text",
    [
        "老挝总理表示，老方高度评价老中合作取得的丰硕成果。",
        "越南外长高度评价越南与中国的合作成果。",
        "泰国总理会见王毅时表示，泰方高度评价两国关系发展水平。",
    ],
)
def test_praise_of_what_the_pair_did_together_praises_the_partner(text):
    assert any(root == "05" and target == "CHN" for _, root, target in broadcast(text, D))


def test_visas_waived_for_a_long_list_reach_every_state_of_it():
    found = broadcast(
        "中国对法国、意大利、西班牙、马来西亚、比利时、卢森堡6个国家持普通护照人员试行免签政策。", D
    )
    assert {("CHN", "08", t) for t in ("FRA", "ITA", "ESP", "MYS", "BEL", "LUX")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第五届中俄能源商务论坛在北京举行。丁薛祥出席开幕式，宣读习近平主席贺信并致辞。", True),
        # A message read out at a gathering of no partner is no act towards a state.
        ("全国科技大会在北京召开。丁薛祥出席大会，宣读习近平主席贺信并致辞。", False),
    ],
)
def test_a_message_read_out_at_a_forum_of_two_states_praises_the_other(text, expected):
    assert (("CHN", "05", "RUS") in broadcast(text, D)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("王毅表示，中方希望美方同中方相向而行，推动两国关系稳定发展。", ("CHN", "03", "USA")),
        ("李强会见新西兰总理。李强表示，期待新方与中方一道努力。", ("CHN", "03", "NZL")),
    ],
)
def test_asking_the_other_to_move_together_is_intent_to_cooperate(text, expected):
    assert expected in broadcast(text, D)
