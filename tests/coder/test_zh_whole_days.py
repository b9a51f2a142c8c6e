"""Constructions of whole CCTV transcripts found by the eighth dev batch (five whole days drawn
with seed 20261221, eval/README.md) and the dev misses they share with earlier batches, each
with sentences of our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from dipwatch.sources.text import read_documents
from tests.coder.conftest import broadcast

D = date(2025, 6, 10)


@pytest.mark.parametrize(
    "text",
    [
        # the strike and the defence in one sentence
        "黎巴嫩军方9日说，以色列当晚轰炸了黎南部多个村庄，黎军的防空系统对来袭导弹进行了拦截。",
        # the strike in the sentence before, which a reporter opens
        "伊拉克通讯社援引军方的话说，土耳其战机当天向伊北部发射导弹。伊拉克防空部队随即拦截。",
        # a count of what was downed, the strike told before
        "乌克兰空军今天称，俄军夜间使用无人机袭击乌多个州。乌军击落43架无人机。",
    ],
)
def test_a_defence_that_downs_the_fire_is_force_on_the_side_that_fired(text):
    found = broadcast(text, D)
    defender = {"黎": "LBN", "伊拉克": "IRQ", "乌克兰": "UKR"}
    attacker = {"LBN": "ISR", "IRQ": "TUR", "UKR": "RUS"}
    who = next(v for k, v in defender.items() if text.startswith(k))
    assert (who, "19", attacker[who]) in found


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯计划向土耳其交付防空系统，可拦截导弹。",
        "以军称，如果黎方继续挑衅，其防空系统将拦截一切来袭目标。",
    ],
)
def test_a_defence_only_supplied_or_supposed_downs_nothing(text):
    assert not any(root == "19" for _, root, _ in broadcast(text, D))


@pytest.mark.parametrize(
    "text",
    [
        "王毅对法国外长到访表示热烈欢迎。",
        "李强对阿尔巴尼亚总理来华访问表示诚挚欢迎。",
    ],
)
def test_a_warm_welcome_to_a_visitor_is_praise(text):
    assert any(root == "05" for _, root, _ in broadcast(text, D))


def test_sympathy_and_support_in_one_phrase_are_two_acts():
    found = broadcast("习近平向土耳其政府和人民表示深切慰问和坚定支持。", D)
    assert {("CHN", "01", "TUR"), ("CHN", "05", "TUR")} <= found


def test_support_given_to_a_state_named_after_the_verb_is_support():
    assert ("CHN", "05", "LAO") in broadcast("中方将继续给予老挝坚定支持。", D)


def test_support_a_state_gave_recalled_inside_another_clause_is_no_act():
    assert broadcast("中方不会忘记老挝给予中方的宝贵支持。", D) == set()


@pytest.mark.parametrize(
    "text",
    [
        "扎哈罗娃说，英方指责俄方破坏协议没有根据。",
        "伊朗外交部回应称，美国指责毫无根据。",
        "俄罗斯常驻联合国代表在安理会紧急会议上指出，英国指责俄方的说法非常荒谬。",
    ],
)
def test_an_accusation_the_speaker_calls_baseless_criticises_the_accuser(text):
    accuser = "GBR" if "英" in text else "USA"
    speaker = "IRN" if text.startswith("伊朗") else "RUS"
    assert (speaker, "11", accuser) in broadcast(text, D)


@pytest.mark.parametrize(
    "text",
    [
        "伊朗外长表示，如果以色列袭击伊朗，伊朗将打击以色列在该地区的基地。",
        "伊朗外长表示，如果以色列袭击伊朗，伊朗虽然无力攻击以色列本土，但会打击以色列的基地。",
    ],
)
def test_the_subject_of_a_condition_is_whom_a_threat_answering_it_is_aimed_at(text):
    found = broadcast(text, D)
    assert ("IRN", "13", "ISR") in found
    assert ("ISR", "13", "IRN") not in found


def test_documents_exchanged_before_the_pair_of_leaders_are_an_agreement():
    text = "王毅同拉夫罗夫举行会谈。会谈后，两国外长共同见证交换能源、交通等领域的合作文件。"
    assert ("CHN", "05", "RUS") in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # a year of exchanges named by the pair that holds it, opened
        ("“中国—塞尔维亚文化年”昨晚在贝尔格莱德开幕。", "SRB"),
        ("国务院副总理出席“中国意大利文化和旅游年”开幕式并致辞。", "ITA"),
        # an arrival at the inviter's invitation, in a city that is not its capital
        ("应巴西政府邀请，国务院总理乘专机抵达里约热内卢，出席金砖国家领导人会晤。", "BRA"),
        ("当地时间9日晚，应印尼总统邀请，国家主席习近平乘专机抵达巴厘岛。", "IDN"),
    ],
)
def test_a_contact_told_by_its_occasion_is_one_with_the_other_state(text, other):
    assert ("CHN", "04", other) in broadcast(text, D)


@pytest.mark.parametrize(
    "text",
    ["双方要办好“中意文化年”活动。", "应巴西政府邀请，中方援助的物资抵达里约热内卢。"],
)
def test_an_occasion_only_planned_or_goods_arriving_are_no_contact(text):
    assert not any(root == "04" for _, root, _ in broadcast(text, D))


def test_today_in_a_sentence_the_narrator_attributes_to_a_source_is_the_broadcast_day():
    text = ("乌克兰总统泽连斯基8日会见了美国特使。"
            "另据俄罗斯媒体报道，俄军今天对乌克兰东部发动导弹袭击。")  # fmt: skip
    day = date(2025, 6, 10)
    c = coding(Document(text, published=day, kind="xwlb", source="xwlb"))
    force = [e for e in c.events if e.root == "19"]
    assert force
    assert {e.date for e in force} == {day}


_VISIT = """# 《新闻联播》 (20250310)

## 详细新闻

### 李强出席马来西亚总理举行的欢迎仪式

央视网消息（新闻联播）：当地时间9日下午，马来西亚总理在总理府举行仪式，欢迎国务院总理李强。

### 李强同马来西亚总理会谈

央视网消息（新闻联播）：欢迎仪式后，李强同马来西亚总理举行会谈。
中方愿同马方加强发展对接。

### 李强会见马来西亚最高元首

央视网消息（新闻联播）：当地时间10日，李强会见马来西亚最高元首。
"""


def test_an_item_that_goes_on_from_the_one_before_is_dated_by_its_lead(tmp_path):
    path = tmp_path / "20250310.md"
    path.write_text(_VISIT, encoding="utf-8")
    docs = list(read_documents(path))
    assert [d.lead for d in docs] == [None, date(2025, 3, 9), None]
    talks = coding(docs[1]).events
    assert talks
    assert {e.date for e in talks} == {date(2025, 3, 9)}
    assert {e.date for e in coding(docs[2]).events} == {date(2025, 3, 10)}


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        # more aid to a state called for or promised: an intent to give it
        ("北约秘书长称，北约必须加大对乌克兰的军事支持。", "03", ("NAT", "UKR")),
        ("日本政府表示将增加对菲律宾的经济援助。", "03", ("JPN", "PHL")),
        ("匈牙利总理表示反对加大对乌克兰的军事援助。", "03", None),  # opposed
        ("美国呼吁盟友加大对乌克兰的军事援助。", "03", None),  # asked of others
        # another state's measure said to harm: criticism of it
        ("法国总统表示，美国加征关税损害欧洲企业利益。", "11", ("FRA", "USA")),
        ("巴西外长称，美国的单边制裁扰乱地区贸易。", "11", ("BRA", "USA")),
        ("法国总统表示，如果美国加征关税将损害双方利益。", "11", None),  # a condition
    ],
)
def test_an_act_told_by_what_is_said_of_a_measure(text, root, pair):
    found = broadcast(text, D)
    if pair is None:
        assert not any(r == root for _, r, _ in found)
    else:
        assert (pair[0], root, pair[1]) in found


def test_the_act_of_a_sequel_item_survives_a_meeting_it_recalls(tmp_path):
    """The talks that open a sequel item are its act, though a meeting the item recalls
    later has a day of its own: the opening is no retelling of it."""
    recalled = _VISIT.replace(
        "中方愿同马方加强发展对接。", "李强回顾说，去年11月，习近平主席同总理先生在利马举行会晤。"
    )
    path = tmp_path / "20250310.md"
    path.write_text(recalled, encoding="utf-8")
    talks = coding(list(read_documents(path))[1]).events
    meetings = {(e.date, e.sentence) for e in talks if e.root == "04"}
    assert (date(2025, 3, 9), 0) in meetings
