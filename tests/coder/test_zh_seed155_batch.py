"""What the seed-155 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder getting wrong, each class mended by a rule about its construction. Our own sentences,
read as items of a broadcast of 11 September 2024."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 9, 11)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("伊朗外长10日表示，美国总统有关大选的言论是对伊朗内政的干涉。", ("IRN", "11", "USA")),
        # a state named in the topic of the words (有关伊朗…, 涉港) is not their doer
        ("伊朗外长10日表示，美国总统有关伊朗选举的言论是对伊朗内政的干涉。", ("IRN", "11", "USA")),
        ("中方10日表示，美国涉港言论是对中国内政的粗暴干涉。", ("CHN", "11", "USA")),
        ("叙利亚外交部10日表示，以色列上周对叙利亚发动的袭击构成侵略。", ("SYR", "11", "ISR")),
        ("古巴外长10日表示，美国对古巴实施的封锁措施属于“战争罪”。", ("CUB", "11", "USA")),
    ],
)
def test_a_deed_a_speaker_calls_a_crime_or_meddling_is_accused(text, act):
    assert act in broadcast(text, D)


def test_force_judged_a_crime_is_no_force_of_the_day():
    acts = broadcast("委内瑞拉外长10日表示，美国本月初对委内瑞拉实施的军事行动属于“战争罪”。", D)
    assert ("VEN", "11", "USA") in acts
    assert ("USA", "19", "VEN") not in acts


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("由于火情严峻，希腊已向欧盟请求灭火飞机支援。", ("GRC", "02", "EEC")),
        ("地震发生后，土耳其10日向北约寻求救援。", ("TUR", "02", "NAT")),
    ],
)
def test_aid_asked_of_the_one_named_after_xiang_is_an_appeal(text, act):
    assert act in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("美国总统10日称，美国政府正在研究针对伊朗的“一些非常强硬的选项”。", ("USA", "13", "IRN")),
        ("以色列总理10日表示，以方正在考虑对黎巴嫩的军事选项。", ("ISR", "13", "LBN")),
    ],
)
def test_options_weighed_against_a_state_threaten_it(text, act):
    assert act in broadcast(text, D)


def test_options_weighed_are_a_threat_and_the_possible_force_in_them_no_force():
    """The sentence test_zh_sample_objects held as no act: the option of force told in its own
    clause (其中包括可能采取的…) is still no force, but options weighed against a state are a
    threat to it ("Decisions of the second batch": what is only considered is a threat)."""
    acts = broadcast(
        "法国总统称，法国正在研究针对俄罗斯的强硬选项，其中包括可能采取的军事行动。", D
    )
    assert ("FRA", "13", "RUS") in acts
    assert ("FRA", "19", "RUS") not in acts


def test_options_weighed_threaten_unless_negated():
    assert ("USA", "13", "IRN") in broadcast("美国国防部10日表示，正在评估针对伊朗的打击方案。", D)
    assert ("USA", "13", "CUB") not in broadcast(
        "美国国务院10日表示，美国不考虑针对古巴的军事选项。", D
    )


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "伊朗外长10日表示，伊朗掌握许多材料，可证明美国和以色列介入了伊朗国内的“恐怖活动”。",
            ("IRN", "11", "ISR"),
        ),
        ("俄外交部10日表示，调查证实乌克兰策划了莫斯科音乐厅恐怖袭击。", ("RUS", "11", "UKR")),
    ],
)
def test_a_state_said_to_be_shown_taking_part_in_terror_is_accused(text, act):
    assert act in broadcast(text, D)


def test_respect_asked_of_a_state_is_a_demand_not_respect_owed_each_other():
    assert ("CAN", "10", "USA") in broadcast("加拿大总理10日表示，美国应尊重加拿大的主权。", D)
    assert ("CHN", "10", "USA") not in broadcast("王毅10日表示，中美双方应尊重彼此核心利益。", D)


def test_a_pair_that_says_both_will_work_with_a_third_state_intends_it_each():
    acts = broadcast("英国和法国领导人10日发表联合声明，称两国将与阿曼合作保障航运安全。", D)
    assert {("GBR", "03", "OMN"), ("FRA", "03", "OMN")} <= acts


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "针对美方10日向古巴发出威胁性言论，古巴国家主席当天表示，古巴不接受任何人发号施令。",
            ("CUB", "12", "USA"),
        ),
        ("对于美国的关税威胁，巴西总统卢拉表示，巴西绝不屈服于任何施压。", ("BRA", "12", "USA")),
    ],
)
def test_dictates_refused_in_reply_to_a_topic_clause_reject_its_state(text, act):
    assert act in broadcast(text, D)
