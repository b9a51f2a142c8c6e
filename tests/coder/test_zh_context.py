"""Chinese coding, round 3: officials, actors carried from the sentence before, acts that are
only asked for, years of history, China–X summits and short forms after a preposition."""

from datetime import date

import pytest

from tests.coder.conftest import countries, triples

D = date(2024, 10, 18)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("习近平同特本通电话。", date(2022, 12, 9), ("CHNGOV", "041", "DZAGOV")),
        ("赵乐际会见马特维延科。", date(2024, 5, 9), ("CHNGOV", "040", "RUSGOV")),
        ("张国清会见希奇莱马。", date(2024, 9, 5), ("CHNGOV", "040", "ZMBGOV")),
        ("王毅同费萨尔通电话。", date(2023, 3, 1), ("CHNGOV", "041", "SAUGOV")),
    ],
)
def test_officials_and_leaders_by_the_short_names_readouts_use(code, text, day, expected):
    assert triples(code(text, day, source="xwlb")) == [expected]


def test_a_leader_out_of_office_is_no_longer_his_states_government(code):
    # 吕特 was Dutch prime minister until July 2024; later he speaks for NATO.
    c = code("北约秘书长吕特25日表示，北约将加强对乌克兰的支持。", date(2025, 6, 25))
    first = c.mentions[0]
    assert (c.text[first.start : first.end], first.code) == ("北约秘书长吕特", "NAT")
    c = code("荷兰首相吕特会见李强。", date(2023, 6, 1))
    assert c.mentions[0].code == "NLDGOV"


def test_a_sentence_without_actors_carries_those_of_the_one_before(code):
    c = code("国家主席习近平同俄罗斯总统普京举行会谈。会谈中，双方同意加强合作。", D, source="xwlb")
    assert triples(c) == [("CHNGOV", "040", "RUSGOV"), ("CHNGOV", "030", "RUSGOV")]
    c = code("习近平同普京举行会谈。会谈后，两国元首共同见证签署多项合作文件。", D, source="xwlb")
    assert ("CHN", "05", "RUS") in countries(c)


def test_nothing_is_carried_without_an_opener_or_across_paragraphs(code):
    c = code("国家主席习近平同俄罗斯总统普京举行会谈。当天，各方同意加强合作。", D, source="xwlb")
    assert triples(c) == [("CHNGOV", "040", "RUSGOV")]
    c = code("国家主席习近平同俄罗斯总统普京举行会谈。\n\n会谈中，双方强调加强合作。", D)
    assert triples(c) == [("CHNGOV", "040", "RUSGOV")]
    # (a joint act of 双方 takes the item's own pair, across paragraphs: ``carry.item_pair``)
    c = code("国家主席习近平同俄罗斯总统普京举行会谈。\n\n会谈中，双方同意加强合作。", D)
    assert countries(c) == [("CHN", "04", "RUS"), ("CHN", "03", "RUS")]


def test_a_source_the_sentence_names_wins_over_a_carried_one(code):
    text = "国家主席习近平同俄罗斯总统普京举行会谈。对此，美国国务院表示，美方谴责俄方。"
    assert countries(code(text, D, source="xwlb"))[1] == ("USA", "11", "RUS")


@pytest.mark.parametrize(
    "text",
    [
        "乌克兰总统泽连斯基15日要求对俄罗斯石油出口实施制裁。",
        "德国政府此前多次表示，不支持针对俄罗斯能源实施制裁。",
        "欧盟委员会提议对俄罗斯实施第九轮制裁。",
    ],
)
def test_a_sanction_asked_for_or_opposed_is_not_imposed(code, text):
    assert [e for e in countries(code(text, D)) if e[1] == "16"] == []


def test_a_sanction_for_a_stated_reason_is_imposed(code):
    c = code("3月22日，欧盟以新疆人权问题为由，对4名中国官员实施制裁。", date(2021, 3, 23))
    assert countries(c) == [("EEC", "16", "CHN")]


def test_a_year_of_history_in_another_clause_is_not_the_date_of_the_act(code):
    c = code("习近平在贺电中指出，1961年，中古两国建交，开启了两国关系新纪元。", D, source="xwlb")
    assert [e.date for e in c.events] == [D]
    c = code("习近平在贺电中指出，1961年以来，中古关系不断发展。", D, source="xwlb")
    assert [e.date for e in c.events] == [D]
    c = code("沙特与伊朗2016年断交。", date(2023, 8, 17))
    assert [(e.date, e.date_precision) for e in c.events] == [(date(2016, 1, 1), "year")]


def test_a_china_x_summit_is_a_meeting_with_x(code):
    c = code("习近平出席首届中国—阿拉伯国家峰会并发表主旨讲话。", date(2022, 12, 9), source="xwlb")
    assert triples(c) == [("CHNGOV", "040", "ARL")]
    c = code("李强出席中国—东盟领导人会议。", date(2024, 10, 10), source="xwlb")
    assert triples(c) == [("CHNGOV", "040", "ASN")]
    c = code("国家主席习近平出席中国─海合会峰会。", date(2022, 12, 9), source="xwlb")
    assert triples(c) == [("CHNGOV", "040", "GCC")]


def test_a_short_form_after_a_preposition_is_an_actor(code):
    c = code("15日美国政府对俄实施大规模制裁。", date(2021, 4, 17))
    assert countries(c) == [("USA", "16", "RUS")]
    c = code("欧盟当天通过了对俄第十轮制裁措施。", date(2023, 2, 25))
    assert countries(c) == [("EEC", "16", "RUS")]
    c = code("美方对美好未来充满信心。", D)
    assert [m.code for m in c.mentions] == ["USA"]


def test_congratulations_on_an_election_name_the_office_after_the_name(code):
    c = code("国家主席习近平致电祝贺达达埃当选连任巴布亚新几内亚总督。", date(2023, 1, 27))
    assert countries(c) == [("CHN", "05", "PNG")]


@pytest.mark.parametrize(
    "text",
    [
        "尼泊尔总统会见王毅。尼始终坚定奉行一个中国政策。",
        "王毅会见尼泊尔外长。他说，尼坚定支持中国的核心利益。",
    ],
)
def test_a_short_form_opening_a_stance_is_the_state_the_item_names(code, text):
    """尼坚定…: one character before a stance, in an item that names one state beginning with
    it, is that state (no table lists 尼 for Nepal)."""
    assert ("NPL", "05", "CHN") in countries(code(text, D, source="xwlb"))


def test_a_short_form_opening_a_stance_needs_one_such_state_named(code):
    text = "尼泊尔和尼日利亚外长会见王毅。尼坚定奉行一个中国政策。"
    assert not [t for t in countries(code(text, D, source="xwlb")) if t[1] == "05"]
