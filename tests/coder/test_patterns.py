"""Rules firing on sentences: the brief's examples in zh-Hans, zh-Hant and English."""

from datetime import date

import pytest

from tests.coder.conftest import countries, triples

D = date(2021, 12, 10)


def test_video_summit(code):
    c = code("2021年11月16日，国家主席习近平同美国总统拜登举行视频会晤。")
    assert triples(c) == [("CHNGOV", "040", "USAGOV")]
    assert c.events[0].date == date(2021, 11, 16) and c.events[0].root == "04"


def test_nicaragua_switch_traditional(code):
    c = code(
        '外交部發言人趙立堅12月10日表示，中方對尼加拉瓜政府宣布與臺灣斷絕所謂"外交關係"表示讚賞。',
        date(2021, 12, 11),
    )
    assert sorted(countries(c)) == [("CHN", "05", "NIC"), ("NIC", "16", "TWN")]
    assert {e.code for e in c.events} == {"051", "161"}
    assert all(e.date == D for e in c.events)
    assert all("taiwan" in e.issues for e in c.events)


def test_downgrade_lithuania_on_the_document_date(code):
    c = code("中方决定将中立两国外交关系降为代办级。", date(2021, 11, 21))
    assert triples(c) == [("CHN", "161", "LTU")]
    assert c.events[0].date == date(2021, 11, 21)


@pytest.mark.parametrize(
    "text",
    ["美方没有同中方通电话。", "中方并未向美方提出严正交涉。", "中方不会谴责俄方。",
     "The United States did not condemn Russia."],
)  # fmt: skip
def test_negation_suppresses(code, text):
    c = code(text, D)
    assert c.events == [] and c.counts["negated"] >= 1


def test_conditional_makes_a_threat(code):
    c = code("如果立陶宛继续挑衅，中方将对立陶宛实施制裁。", D)
    assert triples(c) == [("CHN", "1312", "LTU")]
    assert c.events[0].pattern.endswith("+if") and c.events[0].root == "13"


def test_decisive_measures_is_a_threat_by_the_speaker(code):
    text = "習近平表示，如果「臺獨」分裂勢力挑釁逼迫，我們將不得不採取斷然措施。"
    assert countries(code(text, D)) == [("CHN", "13", "TWN")]


def test_future_visit_is_an_intent(code):
    assert triples(code("法国总统将对中国进行国事访问。", D)) == [("FRAGOV", "036", "CHN")]
    assert triples(code("法国总统对中国进行国事访问。", D)) == [("FRAGOV", "042", "CHN")]


def test_passive_does_not_swap_the_actors(code):
    c = code("中方慰问受到美国制裁的香港官员。", D)
    assert ("CHN", "16", "USA") not in countries(c)
    # Hong Kong's officials count as China's (part_of in zh.yaml; eval/README.md).
    assert triples(code("美国制裁香港官员。", D)) == [("USA", "163", "CHNGOV")]


def test_short_forms_beside_a_trigger(code):
    assert triples(code("俄谴责美煽动非法游行。", D)) == [("RUS", "111", "USA")]


def test_one_sentence_several_events(code):
    c = code("12 月 10 日，尼加拉瓜在與我國斷交後，旋即與中共恢復外交關係。", D, source="mofa_tw")
    assert triples(c) == [("NIC", "161", "TWN"), ("NIC", "054", "CHN")]


def test_reported_speech_keeps_the_reporter_out(code):
    c = code("据美国媒体报道，俄罗斯谴责乌克兰。", D)
    assert triples(c) == [("RUS", "111", "UKR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese President Xi Jinping held a virtual summit with US President Joe Biden.",
         [("CHNGOV", "040", "USAGOV")]),
        ("Xi Jinping spoke by phone with Vladimir Putin.", [("CHNGOV", "041", "RUSGOV")]),
        ("Nicaragua severed diplomatic ties with Taiwan.", [("NIC", "161", "TWN")]),
        ("China imposed sanctions on Lithuania.", [("CHN", "163", "LTU")]),
        ("Russia condemned the United States.", [("RUS", "111", "USA")]),
        ("France praised China.", [("FRA", "051", "CHN")]),
    ],
)  # fmt: skip
def test_english(code, text, expected):
    assert triples(code(text, D)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("习近平致电金正恩，祝贺他当选总书记。", ("CHN", "05", "PRK")),
        ("习近平向土耳其总统埃尔多安致慰问电。", ("CHN", "01", "TUR")),
        ("中方向美方提出严正交涉。", ("CHN", "11", "USA")),
        ("外交部发言人敦促美方停止干涉中国内政。", ("CHN", "10", "USA")),
        ("中方强烈谴责美国的霸凌行径。", ("CHN", "11", "USA")),
        ("中国向巴基斯坦提供新冠疫苗。", ("CHN", "07", "PAK")),
        ("中国与新西兰签署自由贸易协定。", ("CHN", "05", "NZL")),
        ("俄军对乌克兰发动军事行动。", ("RUS", "19", "UKR")),
        ("中方拒绝美方的无理要求。", ("CHN", "12", "USA")),
        ("王毅同布林肯举行会谈。", ("CHN", "04", "USA")),
    ],
)
def test_common_readouts(code, text, expected):
    assert expected in countries(code(text, D, source="xwlb"))
