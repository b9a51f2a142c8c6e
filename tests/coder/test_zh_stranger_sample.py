"""Classes of error a reader judging random CCTV days by hand met (issue 10, eval/README.md
"Judging output no gold holds"), fixed as rules about constructions; the sentences are our own."""

from datetime import date

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

D = date(2024, 3, 12)


def _full(text: str, day: date = D) -> set[tuple[str, str, str]]:
    """(source, root, target) with the actors' full codes (role included)."""
    c = coding(Document(text, published=day, kind="xwlb", source="xwlb"))
    return {(e.source_actor or "", e.root, e.target_actor or "") for e in c.events}


def _without_the_un(text: str) -> set[tuple[str, str, str]]:
    """The acts of ``text`` as a broadcast item, asserting that the UN does none of them."""
    found = broadcast(text, D)
    assert not any(s == "UNO" for s, _, _ in found)
    return found


def test_an_armed_group_named_after_its_state_is_the_group_not_the_government():
    found = _full("也门胡塞武装发言人11日说，该武装向一艘美国货船发射了导弹。")
    assert ("YEMREB", "19", "USA") in found
    assert not any(s == "YEMGOV" for s, _, _ in found)


def test_the_houthis_named_alone_are_the_group_in_both_scripts():
    assert ("YEMREB", "19", "USAMIL") in _full("胡塞武装11日向美国军舰发射了无人机。")
    assert ("YEMREB", "19", "USAMIL") in _full("胡塞武裝11日向美國軍艦發射了無人機。")


def test_the_group_still_counts_as_its_country_for_the_gold():
    assert ("YEM", "19", "USA") in broadcast("胡塞武装11日向美国军舰发射了无人机。", D)


def test_a_counted_object_of_an_attack_does_not_launch_the_next_one():
    text = "该组织称，其武装人员12日袭击了两艘美国商船，并对以色列埃拉特港发动袭击。"
    found = broadcast("也门胡塞武装12日发表声明。" + text, D)
    assert ("USA", "19", "ISR") not in found
    assert ("YEM", "19", "ISR") in found


def test_an_object_after_le_does_not_launch_the_next_attack():
    text = "胡塞武装称，该组织12日袭击了美国商船，并向以色列南部发射导弹。"
    assert ("USA", "19", "ISR") not in broadcast(text, D)


def test_an_actor_in_what_the_speaker_says_something_is_does_not_appeal():
    text = "哈马斯发言人12日称，这是以色列的又一次宣传攻势，呼吁加沙民众保持警惕。"
    assert ("ISR", "02", "PSE") not in broadcast(text, D)


def test_the_speaker_still_acts_after_a_clause_about_what_something_is():
    text = "伊朗外交部发言人12日说，这是对伊朗主权的侵犯，伊朗强烈谴责美国。"
    assert ("IRN", "11", "USA") in broadcast(text, D)


def test_a_body_holding_the_meeting_is_the_scene_of_a_delegates_protest():
    text = (
        "联合国裁军谈判会议组织会议11日在日内瓦举行，伊朗代表当天向美方提出抗议，"
        "抗议美国拒绝向伊朗代表团成员发放签证，导致伊方人员无法参会。"
    )
    assert _without_the_un(text) >= {("IRN", "11", "USA")}


def test_a_body_holding_a_meeting_with_no_one_else_named_acts_itself():
    assert ("UNO", "10", "ISR") in broadcast(
        "联合国安理会11日举行紧急会议，要求以色列立即停火。", D
    )


def test_islamic_states_are_no_islamic_state():
    text = "二十多个阿拉伯和伊斯兰国家外长11日发表联合声明，谴责以色列的言论。"
    assert not any("IMG" in (s, t) for s, _, t in broadcast(text, D))


def test_the_owner_of_targets_struck_in_a_state_does_not_strike_that_state():
    text = "美军11日对伊斯兰国在伊拉克境内的多个目标发动空袭。"
    found = broadcast(text, D)
    assert ("IMG", "19", "IRQ") not in found
    assert ("USA", "19", "IMG") in found


def test_a_stage_company_on_tour_is_no_visit_of_its_state():
    text = "中国东方歌舞团近日赴法国、意大利进行巡演，受到当地观众欢迎。"
    assert not any(root == "04" for _, root, _ in broadcast(text, D))


def test_an_airliner_on_a_new_route_is_no_visit():
    text = "今天，我国自主研制的支线客机从新疆机场起飞，前往吉尔吉斯斯坦，这是该机型执飞的首条中亚航线。"
    assert broadcast(text, D) == set()


def test_a_carrier_arriving_is_no_visit():
    text = "据媒体报道，美国“林肯”号航母11日抵达阿曼湾。"
    assert not any(root == "04" for _, root, _ in broadcast(text, D))
    text = "据媒体报道，美国“林肯”号航母11日抵达以色列水域。"
    assert not any(root == "04" for _, root, _ in broadcast(text, D))


def test_a_party_named_without_dang_speaks_as_the_party():
    found = _full("巴西民主运动联盟主席11日表示，愿同中国共产党加强交流。")
    assert any(s == "BRAPTY" for s, _, _ in found)
    found = _full("肯尼亚国家团结阵线总书记11日致函祝贺中国共产党成立周年。")
    assert ("KENPTY", "05", "CHN") in found


def test_the_parties_of_a_state_counted_before_zhengdang_are_parties():
    found = _full("尼泊尔8个朝野政党11日联名致函，祝贺中国共产党成立周年。")
    assert found and all(s == "NPLPTY" for s, _, _ in found)


def test_a_union_of_states_keeps_its_own_code():
    found = _full("非洲联盟主席11日会见中国驻非盟使团团长。")
    assert not any(s.endswith("PTY") for s, _, _ in found)


def test_a_stance_held_since_an_office_began_is_no_act_of_the_day():
    text = (
        "国家主席习近平11日会见赞比亚总统。习近平指出，总统先生就任以来，"
        "坚定奉行一个中国政策，中方对此表示赞赏。"
    )
    found = broadcast(text, D)
    assert ("ZMB", "05", "CHN") not in found
    assert ("CHN", "05", "ZMB") in found


def test_an_act_after_a_clause_with_its_own_subject_is_no_span():
    text = "哈马斯官员11日称，自停火生效以来，以军的行动已造成多人死亡，他指责以色列违反停火协议。"
    assert ("PSE", "11", "ISR") in broadcast(text, D)


def test_the_first_act_since_a_span_is_the_days_act():
    text = "新西兰总理11日访问中国，这是新西兰总理5年来首度访华。"
    assert ("NZL", "04", "CHN") in broadcast(text, D)


def test_an_agreement_named_as_a_noun_is_not_reached_that_day():
    told_of = "土耳其官员11日说，土耳其与阿塞拜疆此前就天然气供应达成的协议仍然有效。"
    reached = "土耳其与阿塞拜疆11日就天然气供应达成协议。"
    assert [("TUR", "05", "AZE") in broadcast(t, D) for t in (told_of, reached)] == [False, True]


def test_praise_a_leader_says_a_third_party_gave_is_no_act_of_that_party():
    text = (
        "国家主席习近平11日同秘鲁总统通电话。习近平指出，世界卫生组织和国际社会"
        "高度评价中方的救灾工作。"
    )
    assert _without_the_un(text) >= {("CHN", "04", "PER")}


def test_the_partners_praise_told_by_the_leader_stays():
    text = "国家主席习近平11日同秘鲁总统通电话。秘鲁总统表示，秘方高度评价中方的救灾工作。"
    assert ("PER", "05", "CHN") in broadcast(text, D)


def test_an_agreement_weighed_as_a_choice_is_not_reached():
    weighed = "英国首相11日称，与欧盟达成协议将是英方首选。"
    reached = "英国11日与欧盟达成协议。"
    assert [("GBR", "05", "EEC") in broadcast(t, D) for t in (weighed, reached)] == [False, True]


def test_a_state_in_a_modifier_of_its_own_party_leaves_the_act_to_the_party():
    found = _full("执政联盟成员之一的日本共产党11日发表声明，谴责美国的做法。")
    found |= _full("巴西执政联盟成员之一的巴西共产党11日发表声明，谴责美国的做法。")
    assert ("BRAPTY", "11", "USA") in found
    assert not any(s == "BRA" for s, _, _ in found)


def test_welcome_of_what_was_just_told_goes_to_its_doer_not_to_the_next_reactor():
    text = (
        "西班牙首相11日宣布，西班牙将正式承认巴勒斯坦国。"
        "巴勒斯坦方面对此表示欢迎，以色列对此表示强烈反对。"
    )
    found = broadcast(text, D)
    assert ("PSE", "05", "ESP") in found
    assert ("PSE", "05", "ISR") not in found


def test_an_agreement_someone_is_said_to_be_willing_to_reach_is_not_reached():
    text = "法国总统11日表示，相信伊朗有意愿就核问题同欧洲达成协议。"
    assert not any(root == "05" for _, root, _ in broadcast(text, D))


def test_a_negation_before_the_partner_negates_the_agreement():
    failed = "由于欧盟未能与英国就渔业配额达成新的协议，谈判将延期。"
    reached = "欧盟11日与英国就渔业配额达成新的协议。"
    assert [("GBR", "05", "EEC") in broadcast(t, D) or ("EEC", "05", "GBR") in broadcast(t, D)
            for t in (failed, reached)] == [False, True]  # fmt: skip


def test_a_state_left_out_is_no_partner():
    assert broadcast("墨西哥将与美国之外的贸易伙伴加强合作。", D) == set()
    assert broadcast("墨西哥将与美国以外的伙伴加强合作。", D) == set()


def test_a_group_named_after_a_capital_is_no_state():
    text = "欧盟11日表示，支持欧安组织明斯克小组的调解工作。"
    assert not any("BLR" in (s, t) for s, _, t in broadcast(text, D))


def test_a_team_named_by_where_it_was_sent_makes_no_visit():
    text = "11日，中国政府赴老挝抗疫医疗专家组同老方医务人员交流了救治经验。"
    assert not any(root == "04" for _, root, _ in broadcast(text, D))


def test_force_a_state_says_it_will_resolutely_use_is_not_used():
    text = "伊拉克政府11日表示，将坚决打击伊斯兰国残余武装。"
    assert not any(root == "19" for _, root, _ in broadcast(text, D))


def test_a_quoted_group_after_dui_is_struck_not_striking():
    text = "美军11日对极端组织“伊斯兰国”在叙利亚境内的30多个目标发动打击。"
    assert ("IMG", "19", "SYR") not in broadcast(text, D)


def test_an_agreement_talks_are_meant_to_reach_is_not_reached():
    text = "法国总统11日说，他坚持与伊朗继续谈判以期达成协议。"
    assert not any(root == "05" for _, root, _ in broadcast(text, D))


def test_talks_with_a_state_named_as_a_topic_are_no_talks_with_it():
    text = "英国和法国领导人11日就与俄方谈判的原则达成共识。"
    assert not any("RUS" in (s, t) for s, _, t in broadcast(text, D))


def test_what_a_meeting_is_about_is_no_party_of_it():
    text = "俄方称，俄美总统会晤的核心议题是乌克兰危机。"
    assert not any("UKR" in (s, t) for s, _, t in broadcast(text, D))


def test_a_measure_responded_to_is_the_others_not_the_responders():
    text = "印度政府11日宣布一揽子措施，以应对美国加征关税的影响。"
    assert not any(root == "16" for _, root, _ in broadcast(text, D))


def test_negotiators_recalled_are_no_negotiation():
    assert broadcast("埃及和卡塔尔11日召回谈判人员。", D) == set()


def test_residents_a_base_is_named_by_sue_as_themselves():
    text = "11日，冲绳县美军基地周边的居民向法院提起诉讼，要求日本政府禁止美军军机夜间飞行。"
    assert not any("USA" in (s, t) for s, _, t in broadcast(text, D))


def test_a_crowd_marching_stays_its_states():
    text = "伊拉克各地的民众11日举行集会，谴责美国的空袭。"
    assert ("IRQ", "14", "USA") in broadcast(text, D)
