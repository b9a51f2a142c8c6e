"""Constructions of analysts' prose the thirty-second dev batch showed (eval/README.md,
coder-prose32): a ministry's hope that a named side do a thing is its request; restraint hoped
of named states; blame laid on a state; a visit called off; the pair's exchanges halted; an
envoy or a citizen expelled; asylum granted; a protest in a letter made by its writer; a relation
founded with no 伙伴 in its name; Taiwan's 作法; a state's name inside a hyphenated name or before
裔 is no state. The sentences are our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast
from tests.coder.test_zh_prose_constructions15 import acts, dated
from tests.coder.test_zh_prose_twentythird_batch import chapter

HANS = ("专题　2012 年的中国外交", date(2013, 1, 20))
HANT = ("第三章　民國 101 年中共對外關係", date(2013, 1, 20))


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        ("秘魯總統 3 月 2 日訪問北京。中共外交部 3 日表示，希望秘方切實履行承諾。", HANT,
         ("CHN", "02", "PER", date(2012, 3, 3))),
        ("秘鲁总统 3 月 2 日访问北京。外交部 3 日表示，希望秘方依法保护中国公民的安全。", HANS,
         ("CHN", "02", "PER", date(2012, 3, 3))),
    ],
)  # fmt: skip
def test_a_ministry_hoping_a_side_does_a_thing_asks_it(code, body, head, act):
    """表示，希望 X 方切实履行承诺: the ministry's request of the side (020, h411, h413)."""
    assert act in dated(chapter(code, body, *head))


def test_a_hope_in_talks_is_no_request(code):
    """(guards the rule's reach) 会谈时…希望秘方切实…: a leader's words in talks stay as the dev
    gold of CCTV reads them, no request."""
    body = "3 月 2 日，习近平同秘鲁总统会谈时表示，希望秘方切实推进两国合作。"
    assert not any(root == "02" for _, root, _ in acts(chapter(code, body, *HANS)))


def test_restraint_hoped_of_two_named_states_is_asked_of_each(code):
    """希望南苏丹和苏丹保持冷静克制: an appeal to each (020), in talks too (s413)."""
    body = "4 月 23 日，南苏丹总统抵达北京访问。胡锦涛次日在会谈中希望南苏丹和苏丹保持冷静克制。"
    found = acts(chapter(code, body, *HANS))
    assert {("CHN", "02", "SSD"), ("CHN", "02", "SDN")} <= found


@pytest.mark.parametrize(
    ("body", "blamed"),
    [
        ("3 月 18 日，巴西一名众议员在社交媒体上将疫情归咎于中国。", True),
        ("3 月 18 日，中方反对将疫情归咎于中国。", False),
        ("3 月 18 日，古巴外长表示，美国企图将疫情归咎于中国是不负责任的。", False),
    ],
)
def test_blame_laid_on_a_state_accuses_it(code, body, blamed):
    """将疫情归咎于中国: an accusation of China (112), the state after 归咎于 no mere place; not
    one opposed, nor one only judged by another (guards the rule's reach)."""
    found = acts(chapter(code, body, "专题　2020 年的中国外交", date(2020, 9, 20)))
    assert (("BRA", "11", "CHN") in found) is blamed
    if not blamed:
        assert not any(s in ("BRA", "USA") and r == "11" and t == "CHN" for s, r, t in found)


def test_a_visit_called_off_halts_the_contact(code):
    """取消原定的访华行程: a contact called off (164), as one put off is."""
    body = "5 月 3 日，英国外交大臣宣布取消原定的访华行程。"
    assert ("GBR", "16", "CHN") in acts(chapter(code, body, *HANS))


@pytest.mark.parametrize(
    "body",
    [
        "9 月 19 日，日本内阁改组。中方当天宣布暂停中日省部级以上交往。",
        "9 月 19 日，日本内阁改组。中方当天宣布暂停中日两国文化交流项目。",
    ],
)
def test_the_pairs_exchanges_halted(code, body):
    """暂停中日省部级以上交往: the pair's exchanges halted by one of them (160)."""
    assert ("CHN", "16", "JPN") in acts(chapter(code, body, *HANS))


def test_exchanges_resumed_are_no_halt(code):
    """(guards the rule's reach) 宣布恢复…中日省部级以上交往: nothing halted."""
    body = "9 月 19 日，日本内阁改组。中方当天宣布恢复此前暂停的中日省部级以上交往。"
    assert ("CHN", "16", "JPN") not in acts(chapter(code, body, *HANS))


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        ("中共 9 月 4 日將教廷駐華公使驅逐出境。", HANT, ("CHN", "17", "VAT")),
        ("2 月 21 日，南苏丹政府下令驱逐一家石油公司的中国籍总裁。", HANS, ("SSD", "17", "CHN")),
    ],
)  # fmt: skip
def test_an_envoy_or_a_citizen_expelled(code, body, head, act):
    """將…公使驅逐出境, 下令驱逐…中国籍总裁: expelled (174), aimed at their state."""
    assert act in acts(chapter(code, body, *head))


def test_asylum_granted_to_a_citizen(code):
    """准許中國大陸網球選手的政治庇護申請: asylum granted, against the citizen's state (075)."""
    body = (
        "美國國務卿 2 月 2 日訪問北京。美國司法部 4 月 4 日准許一名中國大陸網球選手的政治庇護申請。"
    )
    found = acts(chapter(code, body, "第八章　民國 72 年美中關係", date(1984, 1, 20)))
    assert ("USA", "07", "CHN") in found


def test_a_protest_in_a_letter_is_its_writers(code):
    """致函巴西众议院议长，对此表示强烈不满: the embassy protests to Brazil; the one written to
    does not reproach China."""
    body = "2 月下旬，巴西一名众议员访问台湾。中国驻巴西使馆 3 月致函巴西众议院议长，对此表示强烈不满。"
    found = acts(chapter(code, body, *HANS))
    assert ("CHN", "11", "BRA") in found
    assert ("BRA", "11", "CHN") not in found


def test_a_relation_founded_without_partnership_in_its_name(code):
    """两国宣布建立战略合作关系: an agreement of the pair (057), as 伙伴关系 is."""
    body = "10 月 8 日，温家宝在安卡拉同土耳其总理会谈，两国宣布建立战略合作关系。"
    assert ("CHN", "05", "TUR") in acts(chapter(code, body, *HANS))


def test_taiwans_spelling_of_a_measure_judged(code):
    """中方的作法違反國際規則: 作法, Taiwan's 做法, judged in breach (111)."""
    body = "瑞典外長 1 月 20 日抵達北京。瑞典外長兩天後表示，中方的作法違反國際規則。"
    assert ("SWE", "11", "CHN") in acts(chapter(code, body, *HANT))


@pytest.mark.parametrize(
    ("body", "never"),
    [
        ("7 月 6 日，瑞士经济部长施奈德-阿曼与中国商务部长在北京签署协定。", "OMN"),
        ("8 月 13 日，马其顿政府与境内阿尔巴尼亚裔武装团体签署和平协议。", "ALB"),
    ],
)
def test_a_states_name_inside_a_persons_name_or_an_origin(code, body, never):
    """施奈德-阿曼 (Schneider-Ammann: no Oman), 阿尔巴尼亚裔 (of Albanian origin: no Albania)."""
    found = acts(chapter(code, body, *HANS))
    assert not any(never in (s, t) for s, _, t in found)


def test_a_state_after_a_dash_of_a_forum_stays():
    """(guards the rule's reach) 中国-东盟: 国 is no transliteration, ASEAN stays a party."""
    found = broadcast("李强出席第25次中国-东盟领导人会议。", date(2022, 11, 12))
    assert any("ASN" in (s, t) for s, _, t in found)


def test_a_statement_that_names_no_state_spares_it(code):
    """谴责…袭击，但未点名朝鲜: the state the statement does not name is not reproached."""
    body = "7 月 9 日，联合国安理会通过主席声明，谴责导致一艘军舰沉没的袭击，但未点名朝鲜。"
    assert not any(r == "11" and t == "PRK" for _, r, t in acts(chapter(code, body, *HANS)))


def test_dealings_broken_off(code):
    """宣布中断与朝鲜的大部分贸易往来: dealings broken off (16), as halted ones are."""
    body = "5 月 24 日，韩国总统发表讲话，宣布中断与朝鲜的大部分贸易往来。"
    assert ("KOR", "16", "PRK") in acts(chapter(code, body, *HANS))


def test_an_oilfield_taken(code):
    """攻占苏丹控制的产油区: ground taken (19), as a town or a post is."""
    body = "4 月 10 日，南苏丹军队攻占苏丹控制的产油区。"
    assert ("SSD", "19", "SDN") in acts(chapter(code, body, *HANS))


def test_an_agreement_renewed_by_both_sides(code):
    """雙方宣布協議延長兩年, 雙方再將協議延長四年: the pair told before renews its agreement
    (057), each renewal on its own day."""
    body = (
        "中共與教廷 2018 年 9 月 22 日簽署臨時性協議。兩年後的 10 月 22 日，雙方宣布協議延長兩年。"
        "民國 113 年 10 月，雙方再將協議延長四年。"
    )
    found = dated(chapter(code, body, "第四章　中共與教廷", date(2025, 1, 20)))
    assert ("CHN", "05", "VAT", date(2020, 10, 22)) in found
    assert any(r == "05" and d.year == 2024 for _, r, _, d in found)
