"""Constructions of analysts' prose from the twenty-fourth dev batch of prose_hant and prose_hans
(eval/README.md, 1952, 1953, 1956, 1959): what a letter says to the one written to (a refusal,
talks or a pullback proposed), a condolence sent 予 its addressee, relations a pair told before
makes on a day of its own, a count of states (三国) naming a list told before, talks agreed on a
topic (同意就…谈判: intent), an accord called a fraud, the CPSU and leaders of the 1950s. The
sentences are our own."""

from datetime import date

import pytest

from tests.coder.test_zh_prose_constructions15 import acts, dated
from tests.coder.test_zh_prose_twentythird_batch import chapter

HANS_1958 = ("第三章　1957 年中国外交回顾", date(1958, 1, 20))
HANT_1961 = ("第三章　民國 49 年中共對外關係", date(1961, 1, 20))


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        ("陳毅 4 月 2 日覆函英國外交大臣，拒絕承認該項安排。", HANT_1961, ("CHN", "12", "GBR")),
        ("苏共中央 3 月 9 日致信越南劳动党中央，拒绝提供贷款。", HANS_1958, ("RUS", "12", "VNM")),
        ("周恩来 6 月 4 日复函缅甸总理，建议两国就边界问题举行会谈。", HANS_1958,
         ("CHN", "03", "MMR")),
        ("陳毅 8 月 1 日照會寮國政府，建議雙方部隊停火並各自撤離。", HANT_1961, ("CHN", "03", "LAO")),
    ],
)  # fmt: skip
def test_what_a_letter_says_is_said_to_the_one_written_to(code, body, head, act):
    """致函|复函|照会 X，拒绝…/建议…谈判/建议…撤离: the refusal or proposal, naming no one of its
    own, is made to the addressee (as a demand in a letter already was)."""
    assert act in acts(chapter(code, body, *head))


def test_a_letter_proposing_nothing_to_negotiate_is_no_intent(code):
    """(guards the rules' reach) 建议 with neither talks nor a pullback after it is no 03."""
    body = "周恩来 6 月 4 日致函缅甸总理，建议加强两国文化交流。"
    assert not {a for a in acts(chapter(code, body, *HANS_1958)) if a[1] == "03"}


def test_condolence_sent_to_an_addressee_after_yu(code):
    """致唁电予 X: the message named first, its addressee after 予."""
    body = "蒙古领导人 3 月 7 日病逝。中国政府次日致唁电予蒙古政府。"
    assert ("CHN", "01", "MNG", date(1957, 3, 8)) in dated(chapter(code, body, *HANS_1958))


def test_relations_made_by_the_pair_told_before(code):
    """两国 N 日建立外交关系, the pair told in the sentence before and no 宣布."""
    body = "锡兰总理 2 月 3 日宣布承认中华人民共和国。两国 7 日建立外交关系。"
    assert ("LKA", "05", "CHN", date(1957, 2, 7)) in dated(chapter(code, body, *HANS_1958))


def test_a_count_of_states_names_the_list_before(code):
    """三国 with no names before it is the list of three told before: each is criticised, and
    a signing by 三国 is one by each pair."""
    body = (
        "法國、西德和義大利代表 3 月 25 日在羅馬草簽條約，三國 4 月 2 日正式簽署。\n\n"
        "中共 4 月 5 日發表評論，譴責三國。"
    )
    found = acts(chapter(code, body, *HANT_1961))
    assert {("FRA", "05", "DEU"), ("FRA", "05", "ITA"), ("DEU", "05", "ITA")} <= found
    assert {("CHN", "11", "FRA"), ("CHN", "11", "DEU"), ("CHN", "11", "ITA")} <= found


def test_a_count_with_its_list_before_it_is_not_lent_again(code):
    """(guards the rule's reach) 第三国, 十三国 and a count of states with no list told before
    lend no one."""
    body = "中国政府 5 日发表声明，反对第三国干涉。十三国代表 6 日出席会议。"
    assert not acts(chapter(code, body, *HANS_1958))


def test_an_accord_called_a_fraud_criticises_those_who_made_it(code):
    """指出 X 和 Y 签订的条约是…的骗局: each party criticised, and the signing described is no
    accord of the day."""
    body = "中国政府 9 月 3 日发表声明，指出美国和日本签订的条约是欺骗亚洲人民的大骗局。"
    found = acts(chapter(code, body, *HANS_1958))
    assert {("CHN", "11", "USA"), ("CHN", "11", "JPN")} <= found
    assert ("USA", "05", "JPN") not in found


def test_talks_agreed_on_a_topic_are_intent(code):
    """同意就 X 进行谈判: talks agreed to, not held (036, the intent)."""
    body = "中共與緬甸 1 月 28 日發表聯合公報，同意就兩國邊界問題進行談判。"
    found = acts(chapter(code, body, *HANT_1961))
    assert ("CHN", "03", "MMR") in found
    assert ("CHN", "04", "MMR") not in found


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        ("艾森豪 5 月 3 日在白宮與英國首相會談。", HANT_1961, ("USA", "04", "GBR")),
        ("苏加诺 5 月 3 日抵达莫斯科访问。", HANS_1958, ("IDN", "04", "RUS")),
        ("泽登巴尔 5 月 3 日会见波兰总理。", HANS_1958, ("MNG", "04", "POL")),
    ],
)  # fmt: skip
def test_leaders_of_the_time_by_name(code, body, head, act):
    """Eisenhower (艾森豪, Taiwan's usage), Sukarno, Tsedenbal: names of the 1950s."""
    assert act in acts(chapter(code, body, *head))


def test_a_meetings_body_acting_on_a_day_of_its_own(code):
    """联合国大会 N 日通过决议，谴责…: the day between the body and its act leaves the General
    Assembly the doer (as 以…票通过 did), not the place of the act."""
    body = "联合国大会 1 月 14 日通过决议，谴责苏联入侵阿富汗。"
    head = ("第三章　1980 年国际局势", date(1981, 1, 20))
    assert ("UNO", "11", "RUS") in acts(chapter(code, body, *head))
