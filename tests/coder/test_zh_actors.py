"""Chinese actor and rule classes fixed in recall round 2 (issue 3), with sentences of our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast, countries, triples

D = date(2023, 2, 25)


def _actors(c) -> list[tuple[str, str]]:
    return [(c.text[m.start : m.end], m.code) for m in c.mentions if not m.inert]


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("越方愿同中方深化合作。", "越方", "VNM"),
        ("土方愿同中方一道推进合作。", "土方", "TUR"),
        ("乌方称，俄军再次发动袭击。", "乌方", "UKR"),
        ("阿迪昂表示，瑙方愿同中方加强合作。", "瑙方", "NRU"),  # 瑙: the first character of 瑙鲁
        ("洛伦索表示，安方愿同中方加强合作。", "安方", "AGO"),  # 安: the state the text names
    ],
)
def test_a_short_form_with_fang_is_that_states_side(code, text, side, expected):
    c = code(text, D, source="xwlb")
    assert (side, expected) in _actors(c)


@pytest.mark.parametrize(
    "text",
    [
        "缔约方大会通过决议。",
        "这是一种创新方式。",
        "这样做更加方便。",
        "领土方面的争议。",
        "上海方案出台。",
    ],
)
def test_words_ending_in_fang_are_no_sides(code, text):
    assert _actors(code(text, D)) == []


def test_an_ambiguous_initial_without_a_named_state_is_no_side(code):
    assert _actors(code("苏方愿意加强合作。", D)) == []  # 苏丹 or 苏里南


def test_a_former_title_keeps_the_named_country_and_drops_the_office(code):
    c = code("玻利维亚前总统莫拉莱斯24日表示，他欢迎中国提出的和谈倡议。", D, source="xwlb")
    assert ("玻利维亚前总统莫拉莱斯", "BOL") in _actors(c)  # not GTMGOV, the Guatemalan
    assert triples(c) == [("BOL", "051", "CHN")]


def test_a_short_form_before_a_role_names_its_state_after_a_verb(code):
    c = code("美国反战人士集会，要求美政府停止煽动冲突。", D, source="xwlb")
    assert ("美政府", "USAGOV") in _actors(c)
    assert all(e.target_actor != "CHNGOV" for e in c.events)


def test_a_bare_government_is_not_the_home_state(code):
    c = code("示威者要求政府停止向乌克兰运送武器。", D, source="xwlb")
    assert all((e.source_actor or "")[:3] != "CHN" for e in c.events)
    assert all((e.target_actor or "")[:3] != "CHN" for e in c.events)


@pytest.mark.parametrize("who", ["国际人士", "分析人士", "专家", "外媒"])
def test_an_unnamed_speaker_is_not_the_home_state(code, who):
    c = code(f"{who}指出，美国挑动冲突，欧洲却因此付出代价。", D, source="xwlb")
    assert countries(c) == []


def test_a_named_speaker_still_threatens(code):
    c = code("外交部发言人毛宁表示，美方必须为此付出代价。", D, source="xwlb")
    assert countries(c) == [("CHN", "13", "USA")]


def test_an_actor_after_yin_gives_a_reason_and_a_list_of_posts_gives_two_targets(code):
    c = code("9 月 17 日，法國因澳洲撕毀潛艦合約，宣布召回駐美國與駐澳洲大使。", date(2021, 9, 30))
    assert sorted(countries(c)) == [("FRA", "16", "AUS"), ("FRA", "16", "USA")]


def test_what_a_message_says_is_praise_of_the_state_it_names(code):
    c = code("李克强在贺电中表示，中国和尼泊尔是山水相连的友好邻邦。", date(2022, 12, 30))
    assert countries(c) == [("CHN", "05", "NPL")]
    c = code("布哈里在贺电中表示，尼中建交50年来，双方相互信任。", date(2021, 2, 10))
    assert countries(c) == [("NGA", "05", "CHN")]  # the pair names the partner
    assert countries(code("习近平在贺信中指出，经济日报发挥了重要作用。", D)) == []


def test_an_exchange_of_new_year_letters_goes_both_ways(code):
    c = code("习近平与越共中央总书记阮富仲互致新春贺信。", date(2023, 1, 14))
    assert sorted(countries(c)) == [("CHN", "05", "VNM"), ("VNM", "05", "CHN")]


def test_a_meeting_told_in_a_when_clause_is_with_the_state_the_sentence_names(code):
    c = code("会见古纳瓦德纳时，赵乐际表示，中斯建交67年来，两国关系健康发展。", date(2024, 3, 26))
    assert countries(c) == [("CHN", "04", "LKA")]
    c = code("墨西哥总统与到访的古巴国家主席会谈时表示，封锁是不公正的。", D)
    assert ("CHN", "04", "MEX") not in countries(c)  # no speaker is not the home state


def test_a_pair_meeting_at_a_third_place(code):
    c = code("3 月 10 日，俄烏外長在土耳其安塔利亞會談。", date(2022, 3, 31))
    assert countries(c) == [("RUS", "04", "UKR")]
    c = code("两国领导人在伦敦举行会谈，中美双方同意加强沟通。", D)
    assert len([e for e in c.events if e.root == "04"]) <= 1


def test_a_pair_call_and_a_first_deputy_title(code):
    c = code("吉塔两国总统1日通电话。", date(2021, 5, 2))
    assert countries(c) == [("KGZ", "04", "TJK")]
    c = code("国务院副总理韩正在北京同俄罗斯第一副总理别洛乌索夫通电话。", date(2021, 7, 24))
    assert countries(c) == [("CHN", "04", "RUS")]


def test_a_reporting_agency_does_not_act(code):
    c = code("俄罗斯卫星通讯社报道说，吉塔两国总统通电话。", date(2021, 5, 2))
    assert all(e.source_actor[:3] != "RUS" for e in c.events)


def test_restoring_relations_by_a_communique_is_one_recognition(code):
    c = code("尼加拉瓜同日在天津與中共簽署聯合公報恢復外交關係。", date(2021, 12, 10))
    assert countries(c) == [("NIC", "05", "CHN")]
    assert [e.code for e in c.events] == ["054"]


def test_a_threat_of_an_act_is_not_also_the_act(code):
    c = code("北約警告俄羅斯若入侵烏克蘭將付出高昂代價。", date(2021, 12, 1))
    assert ("RUS", "13", "UKR") not in countries(c)


def test_a_demand_to_recall_an_envoy_is_a_demand(code):
    c = code("中共宣布召回駐立陶宛大使，並要求立陶宛政府召回其駐華大使。", date(2021, 8, 10))
    assert sorted(e.code for e in c.events) == ["100", "166"]


@pytest.mark.parametrize(
    "text",
    ["莱希说，制裁是美国对别国的战争方式。", "欧尔班表示，制裁导致能源价格上涨。"],
)
def test_sanctions_as_a_noun_are_no_act(code, text):
    assert [e for e in code(text, D).events if e.root == "16"] == []


def test_new_zh_hant_acts(code):
    c = code("12 月 23 日，拜登簽署法案，禁止進口新疆產品。", date(2021, 12, 31))
    assert countries(c) == [("USA", "16", "CHN")]
    c = code("5 月 6 日，中共宣布無限期暫停中澳戰略經濟對話機制下的一切活動。", date(2021, 6, 30))
    assert countries(c) == [("CHN", "16", "AUS")]
    c = code("習近平與寮國領導人通倫以視訊方式出席通車儀式。", date(2021, 12, 3))
    assert countries(c) == [("CHN", "04", "LAO")]


def test_who_met_another_speaks_in_the_when_clause(code):
    """A在德黑兰会见B时表示: B is the one met; A says what follows."""
    text = "伊朗总统23日在德黑兰会见奥地利官员时表示，美国对伊朗的制裁是恐怖主义。"
    found = countries(code(text, date(2020, 2, 24), source="xwlb"))
    assert ("IRN", "11", "USA") in found and ("AUT", "11", "IRN") not in found


def test_a_side_after_a_verb_whose_tail_makes_a_word_with_it():
    """欢迎新方…: 迎新 is the tail of 欢迎, not a word that swallows 新方."""
    found = broadcast(
        "习近平会见新加坡总统。习近平强调，双方应该优势互补。欢迎新方参与地方合作机制。",
        date(2022, 2, 6),
    )
    assert ("CHN", "05", "SGP") in found


def test_a_person_introduced_under_another_states_title_keeps_that_state(code):
    c = code(
        "委内瑞拉代总统罗德里格斯9日发表讲话。罗德里格斯当天还与巴西领导人通话。",
        date(2026, 1, 10),
        source="xwlb",
    )
    assert [m.code for m in c.mentions if c.text[m.start : m.end].endswith("罗德里格斯")] == [
        "VENGOV",
        "VENGOV",
    ]  # not CUBGOV: the table's namesake is Cuba's foreign minister


def test_a_quoted_name_before_hao_is_a_ship_not_an_actor(code):
    c = code(
        "也门胡塞武装6日宣布，该组织对美国“杜鲁门”号航母发动军事行动。",
        date(2025, 1, 7),
        source="xwlb",
    )
    assert "KNAGOV" not in {m.code for m in c.mentions}  # 杜鲁 is no Saint Kitts premier
    assert all("KNA" not in (e.target_actor or "") for e in c.events)


def test_a_speech_verb_after_a_comma_is_said_by_the_clause_subject_before(code):
    c = code("黄循财祝贺中共二十届四中全会胜利召开，表示新方坚持一个中国原则，坚决反对“台独”。",
             date(2025, 10, 26), source="xwlb")  # fmt: skip
    # not 中共, the object of 祝贺 (opposing 台独 is the partner's one-China formula, its 051)
    assert triples(c) == [("SGPGOV", "051", "CHN")]


def test_a_state_governed_by_dui_before_de_is_no_doer(code):
    c = code("李强是在结束对新加坡的正式访问后抵达吉隆坡的。", date(2025, 10, 26), source="xwlb")
    assert all(e.source_actor != "SGP" for e in c.events)  # 对新加坡的访问: of the visit


def test_a_pause_period_is_no_call_off(code):
    text = ("中美经贸中方牵头人何立峰与美方牵头人贝森特在吉隆坡举行中美经贸磋商。"
            "双方围绕延长对等关税暂停期等双方共同关心的问题，进行了交流磋商。")  # fmt: skip
    assert all(e.code != "164" for e in code(text, date(2025, 10, 26), source="xwlb").events)


def test_an_office_of_states_listed_before_deng_guo_is_theirs_not_chinas(code):
    c = code("伊朗、黎巴嫩、埃及、约旦等国的外交部强烈谴责以军袭击平民的行为。", date(2024, 8, 10),
             source="xwlb")  # fmt: skip
    assert sorted(e.source_actor for e in c.events) == ["EGY", "IRN", "JOR", "LBN"]


def test_the_one_named_after_dao_fang_de_is_the_visitor(code):
    c = code("23日，伊朗外长阿卜杜拉希扬与到访的俄罗斯外长拉夫罗夫举行会晤。", date(2022, 6, 24),
             source="xwlb")  # fmt: skip
    assert ("IRNGOV", "042", "RUSGOV") not in triples(c)  # Iran hosted; Russia visited


def test_a_body_right_after_the_one_it_belongs_to_is_the_body(code):
    c = code("联合国国际法院19日应联合国大会请求发表一项咨询意见，敦促以色列结束占领。",
             date(2024, 7, 20), source="xwlb")  # fmt: skip
    assert triples(c) == [("ICJ", "100", "ISR")]  # the court, not the UN it belongs to


def test_a_one_character_short_form_before_an_office_is_the_state_the_item_names(code):
    c = code("栗战书同乌干达议长奥兰亚举行会谈。奥兰亚表示，乌议会愿加强同中国全国人大的交流。",
             date(2021, 10, 21), source="xwlb")  # fmt: skip
    assert ("乌议会", "UGALEG") in _actors(c)  # Uganda's, not Ukraine's
    assert ("乌外交部", "UKRGOV") in _actors(code("乌外交部表示，俄军发动袭击。", D))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("中方承认其为唯一合法政府。", "FRA"),  # 合法: lawful
        ("要求恢复宪法政府。", "FRA"),  # 宪法: constitution
        ("双方同意进一步增加中越间直航航班。", "CAN"),  # 增加: increase
        ("美国宾夕法尼亚州发生枪击。", "FRA"),  # Pennsylvania
        ("美国俄亥俄州发生火灾。", "RUS"),  # Ohio
        ("美国伊利诺伊州州长表示。", "IRN"),  # Illinois
        ("叙利亚北部伊德利卜省遭袭击。", "IRN"),  # Idlib
        ("台湾问题是中国核心利益。习近平在钓鱼台国宾馆会见美国客人。", "TWN"),  # a guesthouse
        ("纪念中国人民志愿军抗美援朝出国作战70周年。", "PRK"),  # a war's name
    ],
)
def test_a_character_inside_a_word_or_a_foreign_place_is_no_short_form(code, text, absent):
    c = code(text, D, source="xwlb")
    assert absent not in {m.code[:3] for m in c.mentions if not m.inert}


def test_short_forms_still_name_pairs_and_places(code):
    assert {m.code for m in code("法德两国领导人会晤。", D).mentions} >= {"FRA", "DEU"}
    assert ("俄", "RUS") in _actors(code("乌军袭击俄别尔哥罗德州。", D, source="xwlb"))


def test_a_visit_that_describes_whom_the_host_meets_is_no_visit_by_the_host(code):
    c = code("国家主席习近平在北京人民大会堂会见来华进行正式访问的孟加拉国总理哈西娜。",
             date(2024, 7, 10), source="xwlb")  # fmt: skip
    assert triples(c) == [("CHNGOV", "040", "BGDGOV")]  # a meeting; the visit is Bangladesh's


def test_an_attack_that_dui_governs_is_what_is_condemned(code):
    text = ("美国国防部27日称，对叙利亚和伊拉克边境地区多个民兵组织的军事设施发动了空袭。"
            "叙利亚、伊拉克和伊朗政府对袭击予以谴责。")  # fmt: skip
    c = code(text, date(2021, 6, 29), source="xwlb")
    assert all(e.source_actor[:3] == "USA" for e in c.events if e.code[:2] == "19")


def test_a_pair_short_form_is_the_state_named_in_full_just_before(code):
    text = ("李强表示，巴巴多斯是中国在加勒比地区的好朋友。中方愿同巴方进一步增进互信，"
            "把中巴关系打造为发展中国家团结协作的典范。中方愿同巴方共建“一带一路”。")  # fmt: skip
    c = code(text, date(2023, 6, 25), source="xwlb")
    assert {m.code for m in c.mentions if c.text[m.start] == "巴"} == {"BRB"}  # not Pakistan


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("委内瑞拉首都加拉加斯、法尔孔州首府科罗多地的民众举行游行活动，谴责美国军事行动。", "FRA"),
        ("俄罗斯外交部长拉夫罗夫表示，希望与乌克兰签署一份全面安全协议。", "057"),  # wished
    ],
)
def test_a_foreign_province_is_no_short_form_and_a_wished_signing_no_deal(code, text, absent):
    c = code(text, date(2026, 1, 12), source="xwlb")
    assert all(absent not in (e.source_actor, e.code) for e in c.events)


def test_a_praise_verb_ending_in_a_short_form_names_no_state(code):
    # 称赞柬中两国…: the 赞 of 称赞 is no Zambia before the pair.
    c = code("柬埔寨首相称赞柬中两国的合作成果。", D)
    assert countries(c) == [("KHM", "05", "CHN")]
