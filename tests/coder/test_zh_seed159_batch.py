"""What the seed-159 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder getting wrong, each class mended by a rule about its construction. Our own sentences,
read as items of a broadcast of 11 September 2024."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

D = date(2024, 9, 11)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("乌克兰军方10日称，乌军在哈尔科夫方向阻止了俄军的进攻。", ("UKR", "19", "RUS")),
        ("乌克兰武装部队10日称，乌军继续抵御俄军攻势。", ("UKR", "19", "RUS")),
        ("俄罗斯国防部10日称，俄军在库尔斯克州遏制乌军机动小组的推进。", ("RUS", "19", "UKR")),
    ],
)
def test_an_offensive_stopped_is_force_on_the_attacker(text, act):
    assert act in broadcast(text, D)


@pytest.mark.parametrize(
    "text",
    [
        "乌克兰总统10日称，乌方将采取一系列措施阻止俄军攻势。",
        "俄方10日称，乌克兰政府正在制定阻止俄军进攻的计划。",
        "美国10日表示，将阻止伊朗获得核武器。",
    ],
)
def test_a_plan_to_stop_an_offensive_or_a_bare_stopping_is_no_force(text):
    assert not {a for a in broadcast(text, D) if a[1] in ("19", "13")}


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "伊朗最高领袖10日表示，伊朗将做好一切准备，对美国和以色列予以严厉回应。",
            {("IRN", "13", "USA"), ("IRN", "13", "ISR")},
        ),
        ("俄外长10日表示，俄方会对英国作出强硬回应。", {("RUS", "13", "GBR")}),
    ],
)
def test_a_harsh_response_promised_to_a_state_is_a_threat(text, acts):
    assert acts <= broadcast(text, D)


def test_a_response_promised_to_anyone_threatens_no_state():
    acts = broadcast("伊朗官员10日表示，伊朗将对任何针对伊朗的冒险行动做出强硬回应。", D)
    assert not {a for a in acts if a[1] == "13"}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("美国总统10日称，伊朗必须和美国达成协议，否则后果将非常严重。", ("USA", "13", "IRN")),
        ("英国首相10日称，俄罗斯应当立即停火，否则后果将十分严重。", ("GBR", "13", "RUS")),
    ],
)
def test_a_demand_backed_by_consequences_threatens_the_one_who_must_act(text, act):
    assert act in broadcast(text, D)


def test_a_protest_keeps_its_day_not_that_of_the_act_protested():
    c = coding(
        Document(
            "10日，伊朗民众举行大规模游行，抗议以色列在上月初袭击伊朗。",
            published=D,
            kind="xwlb",
            source="xwlb",
        )
    )
    protests = [e for e in c.events if e.code.startswith("14")]
    assert protests and all(e.date == date(2024, 9, 10) for e in protests)


def test_a_state_an_act_is_aimed_at_does_not_voice_a_later_objection():
    acts = broadcast("抗议者还表示，坚决反对一切针对古巴人民的威胁，反对美国对古巴的封锁。", D)
    assert ("CUB", "14", "USA") not in acts and ("CUB", "11", "USA") not in acts
    acts = broadcast("会议重申对巴勒斯坦和黎巴嫩的支持，呼吁联合国安理会促使以色列停火。", D)
    assert not {a for a in acts if a[0] in ("PSE", "LBN") and a[2] == "UNO"}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "伊朗总统10日表示，这场战争表明美国的所作所为没有带来和平，反而危害世界安全。",
            ("IRN", "11", "USA"),
        ),
        ("黎巴嫩总理10日表示，这次袭击表明以色列拒绝为停火作出努力。", ("LBN", "11", "ISR")),
    ],
)
def test_what_a_speaker_says_shows_a_state_doing_harm_reproaches_it(text, act):
    assert act in broadcast(text, D)


def test_harm_the_speaker_says_is_not_shown_reproaches_no_one():
    acts = broadcast("伊朗总统10日表示，这并不表明美国拒绝谈判。", D)
    assert ("IRN", "11", "USA") not in acts
