"""Constructions of whole CCTV items that recur across documents (issue 10, the fifth dev
batch and the dev errors after it), each with sentences of our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

D = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("俄军22日对乌能源设施发动导弹打击。", ("RUS", "19", "UKR")),
        ("俄军当天对乌多地发动大规模袭击。", ("RUS", "19", "UKR")),
        ("美国当天宣布对伊实施新一轮制裁。", ("USA", "16", "IRN")),
    ],
)
def test_a_one_character_short_form_that_a_preposition_governs_is_the_target(text, pair):
    assert pair in broadcast(text, D)


def test_a_preposition_before_an_ordinary_word_names_no_state():
    assert broadcast("中方对美好未来充满信心。", D) == set()


@pytest.mark.parametrize(
    "text",
    ["俄乌双方今天再次交换被俘人员。", "俄乌当天各向对方移交了90名战俘。", "俄乌交换被俘人员。"],
)
def test_a_pair_that_exchanges_detainees_releases_them_each_way(text):
    assert broadcast(text, D) == {("RUS", "08", "UKR"), ("UKR", "08", "RUS")}


def test_the_state_that_a_preposition_governs_is_not_the_doer_of_the_act_right_after_it():
    text = "以军对黎巴嫩南部多地发动无人机袭击。"
    assert broadcast(text, D) == {("ISR", "19", "LBN")}


def test_an_act_that_a_reaction_takes_as_its_object_keeps_its_doer():
    found = broadcast("伊朗对以色列空袭叙利亚表示谴责。", D)
    assert ("IRN", "11", "ISR") in found
    assert ("IRN", "19", "ISR") not in found


@pytest.mark.parametrize(
    "text",
    ["伊拉克总理呼吁西方解除对叙单边制裁。", "伊拉克总理呼吁西方国家解除对叙利亚的单边制裁。"],
)
def test_sanctions_eased_only_in_an_appeal_or_demand_are_no_easing(text):
    assert not any(root in ("02", "08") for _, root, _ in broadcast(text, D))


def test_the_object_of_a_preposition_stays_the_target_across_a_modifier():
    assert broadcast("乌军对俄边境地区的无人机袭击造成3人受伤。", D) == {("UKR", "19", "RUS")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("意大利政府当天决定暂停与奥地利的申根自由通行安排。", ("ITA", "17", "AUT")),
        ("德国已开始加强与波兰之间的边境管控。", ("DEU", "17", "POL")),
        ("立陶宛称将再关闭两个通往白俄罗斯的边境检查站。", ("LTU", "17", "BLR")),
        ("挪威政府宣布暂时关闭挪威与瑞典之间的陆路边境。", ("NOR", "17", "SWE")),
        ("爱沙尼亚决定关闭与俄罗斯接壤的两处过境点。", ("EST", "17", "RUS")),
    ],
)
def test_border_checks_restored_against_a_neighbour_restrict_it(text, pair):
    assert broadcast(text, D) == {pair}


def test_cooperation_on_border_control_restricts_nobody():
    assert broadcast("两国同意深化边境管控等合作。", D) == set()


def test_a_truce_put_in_place_where_one_fights_is_a_ceasefire_towards_that_place():
    assert broadcast("以色列宣布在加沙地带北部实施人道主义停火。", D) == {("ISR", "08", "PSE")}


def test_a_truce_that_must_be_put_in_place_is_none():
    assert not any(
        root == "08" for _, root, _ in broadcast("联合国秘书长说，必须在加沙地带实施暂时停火。", D)
    )


def test_fighting_stopped_against_a_state_is_a_de_escalation():
    text = "俄罗斯总统宣布，俄军将于复活节期间停止对乌克兰的一切战斗行动。"
    assert ("RUS", "08", "UKR") in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "英法德三国以伊朗违反协议为由，要求恢复制裁。",
            {("GBR", "11", "IRN"), ("FRA", "11", "IRN"), ("DEU", "11", "IRN")},
        ),
        ("以方当天以哈马斯违反协议为由推迟释放在押人员。", {("ISR", "11", "PSE")}),
    ],
)
def test_a_breach_given_as_the_ground_of_a_step_accuses_the_one_said_to_breach(text, pairs):
    assert pairs <= broadcast(text, D)


def test_three_states_named_again_after_another_actor_are_each_the_doer():
    text = (
        "英国、法国、德国三国外长当天发表联合声明说，美国已失去资格，三国不能支持美国提出的方案。"
    )
    found = broadcast(text, D)
    assert {("GBR", "12", "USA"), ("FRA", "12", "USA"), ("DEU", "12", "USA")} <= found


def test_a_killing_where_the_killer_fights_is_force_on_the_places_state():
    assert broadcast("以色列国防军16日当天在加沙地带打死至少7人。", D) == {("ISR", "19", "PSE")}


def test_a_police_killing_at_home_is_no_act_between_states():
    assert broadcast("美国得州警方当天在休斯敦开枪打死一名枪手。", D) == set()


def test_an_opener_that_starts_a_span_at_a_past_day_makes_the_act_background():
    text = "自5月20日起，乌军使用无人机对俄境内设施发动大量袭击。"
    assert broadcast(text, date(2025, 5, 28)) == set()


def test_a_measure_from_a_day_to_come_is_still_news():
    text = "自6月1日起，美国对墨西哥商品加征关税。"
    assert ("USA", "16", "MEX") in broadcast(text, date(2025, 5, 28))


def test_a_report_on_how_a_visit_went_is_no_visit_of_the_day():
    text = "会议审议了赵乐际委员长访问葡萄牙、西班牙和希腊情况的书面报告。"
    assert broadcast(text, D) == set()


def test_a_list_goes_on_after_a_comma_and_yiji():
    text = "巴西、阿根廷和智利，以及秘鲁、哥伦比亚等国领导人致电习近平，祝贺他当选。"
    doers = {s for s, root, _ in broadcast(text, D) if root == "05"}
    assert doers == {"BRA", "ARG", "CHL", "PER", "COL"}


def test_envoys_spoken_of_again_as_a_group_are_the_envoys_listed_before():
    text = (
        "俄罗斯、古巴、法国，以及意大利、荷兰等多国驻华使节赴外交部吊唁，对江泽民同志逝世表示"
        "沉痛哀悼。使节们高度评价江泽民同志为推动中国和相关国家关系发展所作的重要贡献。"
    )
    found = broadcast(text, D)
    for state in ("RUS", "CUB", "FRA", "ITA", "NLD"):
        assert (state, "01", "CHN") in found
        assert (state, "05", "CHN") in found
    assert not any(root == "04" for _, root, _ in found)


def test_envoys_stationed_in_china_travelling_inside_it_make_no_visit():
    found = broadcast("俄罗斯驻华大使赴外交部吊唁，对江泽民同志逝世表示哀悼。", D)
    assert not any(root == "04" for _, root, _ in found)


def test_support_given_as_always_is_support_not_intent():
    assert broadcast("中方将一如既往坚定支持越南走自己的发展道路。", D) == {("CHN", "05", "VNM")}


def test_support_to_come_is_still_intent():
    # (将继续支持 is support held now, as the gold reads it: test_zh_wrong_actor_root.py)
    assert broadcast("中方将坚定支持越南。", D) == {("CHN", "03", "VNM")}


def test_cooperation_announced_with_a_partner_is_intent_to_cooperate():
    assert broadcast("中方将同越方加强合作。", D) == {("CHN", "03", "VNM")}


def test_russia_governed_by_a_preposition_is_russia_whatever_place_follows():
    text = "乌军当天使用导弹对俄布良斯克一家化工厂进行大规模空中打击。"
    assert broadcast(text, D) == {("UKR", "19", "RUS")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("俄军攻占了乌克兰东部的一处阵地。", ("RUS", "19", "UKR")),
        ("以军控制了加沙地带南部的一处高地。", ("ISR", "19", "PSE")),
    ],
)
def test_ground_taken_where_one_fights_occupies_the_places_state(text, pair):
    assert broadcast(text, D) == {pair}


def test_controlling_an_epidemic_takes_no_ground():
    assert broadcast("俄罗斯已控制乌克兰难民安置点的疫情。", D) == set()


def test_the_state_chairing_a_summit_china_attends_is_a_participant():
    text = (
        "第二届中国—中亚峰会17日在阿斯塔纳举行。哈萨克斯坦总统托卡耶夫主持会议。中国国家主席习近平、"
        "吉尔吉斯斯坦总统扎帕罗夫、塔吉克斯坦总统拉赫蒙出席。习近平出席峰会并发表主旨发言。"
    )
    found = broadcast(text, date(2025, 6, 18))
    assert {("CHN", "04", "KAZ"), ("CHN", "04", "KGZ"), ("CHN", "04", "TJK")} <= found


def test_the_next_summit_agreed_with_its_host_is_each_participants_intent_to_meet():
    text = (
        "第二届中国—中亚峰会17日在阿斯塔纳举行。哈萨克斯坦总统托卡耶夫主持会议。中国国家主席习近平、"
        "吉尔吉斯斯坦总统扎帕罗夫出席。习近平出席峰会并发表主旨发言。各方商定由中国于2027年主办第三届峰会。"
    )
    found = broadcast(text, date(2025, 6, 18))
    assert {("KAZ", "03", "CHN"), ("KGZ", "03", "CHN")} <= found


def test_a_response_promised_against_a_state_is_a_threat():
    text = "俄外交部发言人13日表示，欧盟的行为严重违反国际法，俄方将迅速采取回应措施。"
    assert ("RUS", "13", "EEC") in broadcast(text, D)


def test_talks_a_state_considers_holding_are_intent_to_meet():
    text = "俄外长27日表示，俄方考虑在伊斯坦布尔与乌克兰举行第二轮会谈。"
    found = broadcast(text, D)
    assert ("RUS", "03", "UKR") in found
    assert not any(root == "04" for _, root, _ in found)


def test_a_relation_declared_together_is_a_joint_statement_dated_by_its_month():
    text = "王沪宁表示，去年12月，习近平总书记同阮富仲总书记共同宣布构建中越命运共同体。"
    c = coding(Document(text, published=date(2024, 6, 26), kind="xwlb", source="xwlb"))
    found = [(e.source_actor[:3], e.root, e.target_actor[:3], e.date, e.date_precision)
             for e in c.events]  # fmt: skip
    assert found == [("CHN", "05", "VNM", date(2023, 12, 1), "month")]
