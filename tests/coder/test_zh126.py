"""Faults the seventeenth round left: fighting, plans, recalled acts (eval/README.md, coder-zh126).
Sentences of our own, not the gold's."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import countries, triples

_DAY = date(2025, 3, 4)


def _force(code, text: str) -> set[tuple[str, str, str]]:
    return {t for t in countries(code(text, _DAY, source="xwlb")) if t[1] in ("08", "19")}


_RAID_ENDS = [
    "以军今天在约旦河西岸实施行动后已撤出约旦河西岸。",
    "以军在加沙地带北部与巴武装人员发生冲突后撤离加沙地带。",
    "以军地面部队今天袭击加沙地带北部，随后撤出加沙地带。",
    "以军今天在黎巴嫩南部实施突袭行动后已撤出黎巴嫩南部。",
]


@pytest.mark.parametrize("text", _RAID_ENDS)
def test_leaving_after_ones_own_raid_is_no_withdrawal(code, text):
    """The end of a raid or clash is no retreat toward the other side (no 087)."""
    assert not [t for t in triples(code(text, _DAY, source="xwlb")) if t[1] == "087"]


@pytest.mark.parametrize("text", ["以色列军队今天从加沙地带撤出。", "以军最后撤出黎巴嫩南部。"])
def test_a_withdrawal_stays_one(code, text):
    assert [t[1] for t in triples(code(text, _DAY, source="xwlb"))] == ["087"]


_ANSWERED = {
    # a raid met: force both ways, the raid and the answer
    "胡塞武装方面今天称，该武装发射大量地对空导弹有效应对了以军空袭。": {
        ("YEM", "19", "ISR"),
        ("ISR", "19", "YEM"),
    },
    "伊朗军方今天表示，伊朗军队回击了以色列的空袭。": {("IRN", "19", "ISR"), ("ISR", "19", "IRN")},
    "乌克兰方面今天称，乌军击退了俄军的多次进攻。": {("UKR", "19", "RUS"), ("RUS", "19", "UKR")},
}


@pytest.mark.parametrize(("text", "events"), _ANSWERED.items())
def test_a_raid_answered_is_force_both_ways(code, text, events):
    assert _force(code, text) == events


@pytest.mark.parametrize(
    "text",
    [
        # a threat to answer, a response readied: no force of the day
        "伊朗总统今天表示，将严厉回击以色列对伊朗领土的任何袭击。",
        "乌克兰军方今天称，乌军正在准备应对俄军可能发动的进攻。",
    ],
)
def test_an_answer_threatened_or_readied_is_no_force(code, text):
    assert not _force(code, text)


@pytest.mark.parametrize(
    "text",
    [
        "美方表示将逐步减少对台湾出售武器。",
        "美方宣布停止对台军售。",
        "美国宣布暂停向乌克兰出售武器。",
    ],
)
def test_arms_sales_cut_are_no_aid(code, text):
    """A pledge to cut arms sales to Taiwan is the communiqué's term, no aid meant (072/0332)."""
    found = [t[1] for t in triples(code(text, _DAY, source="xwlb"))]
    assert not [c for c in found if c in ("072", "0332")]


@pytest.mark.parametrize(
    ("text", "code_"), [("美国宣布将向台湾出售武器。", "0332"), ("美国宣布对台军售。", "072")]
)
def test_arms_sales_stay_aid(code, text, code_):
    assert code_ in [t[1] for t in triples(code(text, _DAY, source="xwlb"))]


def test_agreed_before_a_pair_names_no_italy(code):
    """双方同意中英要…: 意 ends 同意, so 意中英 is no run of Italy, China and Britain."""
    text = "国家主席习近平会见英国首相。双方同意中英要发展长期稳定的全面战略伙伴关系。"
    found = set(countries(code(text, _DAY, source="xwlb")))
    assert ("CHN", "03", "GBR") in found
    assert not [t for t in found if "ITA" in (t[0], t[2])]


def test_italy_and_china_stay_a_pair(code):
    assert ("CHN", "03", "ITA") in set(
        countries(code("中意双方同意加强合作。", _DAY, source="xwlb"))
    )


@pytest.mark.parametrize(
    "text",
    [
        "中国驻美国大使馆与美国华人团体今天在华盛顿共同举办春节招待会。",
        "中国驻法国大使馆与法国华侨华人会今天联合主办国庆招待会。",
    ],
)
def test_a_states_chinese_community_is_no_side_of_it(code, text):
    """A state's ethnic or overseas Chinese co-hosting with a Chinese mission are private."""
    assert not triples(code(text, _DAY, source="xwlb"))


def test_a_ministry_cohosting_stays_a_contact(code):
    text = "中国驻法国使馆与法国外交部和当地华人社团今天共同举办招待会。"
    assert ("CHN", "04", "FRA") in set(countries(code(text, _DAY, source="xwlb")))


_CEASEFIRES = {
    "巴基斯坦与印度今天宣布停火。": {("PAK", "08", "IND"), ("IND", "08", "PAK")},
    "吉塔两国今天达成停火协议。": {("KGZ", "08", "TJK"), ("TJK", "08", "KGZ")},
    "泰国方面说，泰柬双方已达成停火协议。": {("THA", "08", "KHM"), ("KHM", "08", "THA")},
}


@pytest.mark.parametrize(("text", "events"), _CEASEFIRES.items())
def test_a_ceasefire_the_pair_agrees_is_each_sides(code, text, events):
    """A ceasefire a pair declares or agrees is 0871 each way (as "agreed to a ceasefire")."""
    assert {t for t in countries(code(text, _DAY, source="xwlb")) if t[1] == "08"} == events


@pytest.mark.parametrize(
    "text",
    [
        # talks on another's ceasefire, one to be kept, one maybe, one asked for
        "土耳其与俄罗斯今天就实现利比亚停火举行会谈。",
        "俄罗斯和土耳其两国外长今天通电话，强调必须严格履行此前达成的停火协议。",
        "乌克兰方面今天表示，乌俄两国可能需要数日来达成停火协议。",
        "联合国方面今天呼吁巴以双方立即实现停火。",
    ],
)
def test_a_ceasefire_not_done_is_none(code, text):
    assert not [t for t in triples(code(text, _DAY, source="xwlb")) if t[1] == "0871"]


_STEPS = {
    "伊朗总统今天表示，谈判应分两步：第一步是美国解除对伊制裁。": ("IRN", "10", "USA"),
    "伊朗外长今天称，恢复谈判的前提是美国作出保证。": ("IRN", "10", "USA"),
    "哈马斯今天称，移交武器的前提是以军撤离加沙地带。": ("PSE", "10", "ISR"),
}


@pytest.mark.parametrize(("text", "event"), _STEPS.items())
def test_anothers_act_set_as_a_step_is_a_demand(code, text, event):
    assert event in set(countries(code(text, _DAY, source="xwlb")))


@pytest.mark.parametrize(
    "text",
    [
        "会后三方今天发表联合声明称，两国同意停火，前提是以军撤离黎巴嫩南部。",
        "专家表示，如果谈判的前提是美国解除制裁，伊朗将参加。",
    ],
)
def test_a_step_with_no_speaker_or_supposed_is_no_demand(code, text):
    assert not [t for t in triples(code(text, _DAY, source="xwlb")) if t[1] == "100"]


def _dated(text: str) -> list[tuple[str, str]]:
    c = coding(Document(text, published=date(2025, 10, 3), kind="xwlb", source="xwlb"))
    return [(e.source_actor or "", e.date.isoformat()) for e in c.events]


def test_a_paragraph_told_recently_leads_no_earlier_day():
    """A later paragraph opening on 近日 tells another act of no day: its next sentences are on
    the broadcast's day, not on the day an earlier paragraph named."""
    text = (
        "中国驻塔吉克斯坦大使馆9月28日举行国庆招待会，塔吉克斯坦总统拉赫蒙出席并致辞。\n"
        "中国驻基里巴斯大使馆近日也举行国庆招待会。基里巴斯总统马茂表示，基方愿同中方深化各领域合作。\n"
    )
    assert ("KIR", "2025-10-03") in _dated(text)


def test_a_paragraph_with_no_recent_word_keeps_the_carried_day():
    text = (
        "俄罗斯国防部9月28日称，俄军打击了乌军目标。\n乌克兰方面称，乌军对俄军指挥所实施了打击。\n"
    )
    assert ("UKRMIL", "2025-09-28") in _dated(text)
