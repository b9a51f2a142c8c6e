"""The review-zh29 probes (eval/README.md): sentences of our own, in the CCTV and analysts'
wordings the Chinese coder claims to handle, that it got wrong, each mended by a narrow fix.
The Chinese read as items of a broadcast of 8 April 2023."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

D = date(2023, 4, 8)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("中方谴责美方此举，并宣布对美国军工企业实施制裁。", ("CHN", "16", "USA")),
        ("中共譴責美方此舉，並宣布對美國軍火商洛克希德馬丁實施制裁。", ("CHN", "16", "USA")),
        ("俄罗斯谴责美国的决定，并宣布对美国官员实施入境禁令。", ("RUS", "16", "USA")),
        ("欧盟呼吁俄罗斯停火，并决定对俄罗斯实施新一轮制裁。", ("EEC", "16", "RUS")),
    ],
)
def test_a_measure_announced_after_a_reaction_is_done(text, act):
    """…，并宣布 opens a predicate of the doer's own: the measure is no object of the
    condemnation or appeal before it."""
    assert act in broadcast(text, D)


def test_a_measure_still_asked_for_in_its_clause_is_not_done():
    assert not {a for a in broadcast("美国要求欧盟对俄实施制裁，并对伊朗实施制裁。", D)
                if a[1] == "16"}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "中方坚决反对美方对台军售，并宣布对参与军售的美国企业实施制裁。",
        "中方堅決反對美方對台軍售，並宣布對參與軍售的美國企業實施制裁。",
    ],
)
def test_the_announcer_after_bing_is_the_clause_befores_subject(text):
    """The speech verb after 并 has no subject of its own: the first clause's, not the state
    governed by its 对 (台)."""
    found = broadcast(text, D)
    assert ("CHN", "16", "USA") in found
    assert not {a for a in found if a[0] == "TWN"}


def test_the_speaker_after_bing_is_the_meetings_host():
    """会见 B，并表示，…: the host speaks, not the guest named last."""
    found = broadcast("王毅会见美国国务卿布林肯，并表示，美方应停止干涉中国内政。", D)
    assert ("CHN", "10", "USA") in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("中方对美方对中国企业实施单边制裁表示强烈不满。", ("CHN", "USA")),
        ("俄方对美方对俄罗斯公司实施制裁表示强烈谴责。", ("RUS", "USA")),
        ("朝鲜对美韩对朝鲜实施的制裁表示强烈谴责。", ("PRK", "USA")),
    ],
)
def test_a_reaction_to_an_act_inside_a_nested_dui_is_the_outer_subjects(text, pair):
    """X对Y对Z实施制裁表示不满: X reacts to Y's act; Y criticises no one."""
    found = broadcast(text, D)
    assert (pair[0], "11", pair[1]) in found
    assert {a for a in found if a[1] == "11"} <= {(pair[0], "11", t) for t in ("USA", "KOR")}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("美国呼吁欧盟对俄罗斯实施新一轮制裁。", "EEC"),
        ("拜登呼吁欧盟对伊朗实施新的制裁。", "EEC"),
        ("匈牙利不支持欧盟对俄罗斯实施新一轮制裁。", "EEC"),
        ("斯洛伐克不赞成欧盟对俄罗斯实施制裁。", "EEC"),
        ("美國呼籲歐盟對俄羅斯實施新一輪制裁。", "EEC"),
    ],
)
def test_a_measure_whose_doer_is_appealed_to_is_not_taken(text, asked):
    """呼吁/支持/赞成 right before the measure's doer: asked for or opposed, not imposed."""
    assert not {a for a in broadcast(text, D) if a[0] == asked and a[1] == "16"}


def test_a_measure_ordered_of_ones_own_body_is_taken():
    assert ("USA", "16", "IRN") in broadcast("特朗普要求美国财政部对伊朗实施新的制裁。", D)


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("印度拒绝谴责俄罗斯。", ("IND", "11", "RUS")),
        ("巴西拒绝谴责俄罗斯对乌克兰的军事行动。", ("BRA", "11", "RUS")),
        ("印度拒绝对俄罗斯实施制裁。", ("IND", "16", "RUS")),
        ("印度拒絕對俄羅斯實施制裁。", ("IND", "16", "RUS")),
    ],
)
def test_an_act_refused_is_not_done(text, done):
    """拒绝 + the act: the refusal (120) is coded, the act refused is not."""
    found = broadcast(text, D)
    assert done not in found
    assert (done[0], "12", "RUS") in found


def test_acts_joined_to_a_refusal_are_done():
    found = broadcast("中方拒绝并强烈谴责美方的无端指责。", D)
    assert ("CHN", "11", "USA") in found


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("以色列外长卡茨谴责西班牙的决定，并召回驻西班牙大使。", ("ISR", "16", "ESP")),
        ("中方强烈谴责立陶宛的做法，并召回驻立陶宛大使。", ("CHN", "16", "LTU")),
        ("俄方谴责美方的挑衅行为，并驱逐了两名美国外交官。", ("RUS", "16", "USA")),
        ("俄方譴責美方的挑釁行為，並驅逐了兩名美國外交官。", ("RUS", "16", "USA")),
    ],
)
def test_a_measure_joined_after_a_reproach_is_done(text, act):
    """谴责…，并召回: the reproach's object ends with its clause; the joined clause is the
    doer's further act."""
    assert act in broadcast(text, D)


def test_a_measure_joined_after_an_appeal_stays_asked_for():
    assert not {a for a in broadcast("美国呼吁以色列保持克制，并对伊朗实施新的制裁。", D)
                if a[1] == "16"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("中国政府决定向瓦努阿图提供紧急人道主义援助。", ("CHN", "VUT")),
        ("中國政府決定向萬那杜提供緊急人道主義援助。", ("CHN", "VUT")),
        ("中国政府决定向利比亚提供紧急援助。", ("CHN", "LBY")),
    ],
)
def test_aid_decided_is_a_pledge(text, pair):
    """决定 marks aid to come (eval/README.md, "Aid announced"): 033, not 073."""
    found = broadcast(text, D)
    assert (pair[0], "03", pair[1]) in found
    assert (pair[0], "07", pair[1]) not in found


def test_aid_provided_is_given():
    assert ("CHN", "07", "VUT") in broadcast("中国政府向瓦努阿图提供紧急人道主义援助。", D)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("4 月 10 日，美日菲三國領袖在白宮舉行首次峰會。", {("USA", "JPN"), ("JPN", "PHL")}),
        ("4 月 2 日，美中兩國領袖通電話。", {("USA", "CHN")}),
    ],
)
def test_leaders_named_as_lingxiu_meet(text, pairs):
    """領袖, as Taiwan's analysts name leaders, in the contact rules' lists of titles."""
    found = {(a[0], a[2]) for a in broadcast(text, D) if a[1] == "04"}
    assert pairs <= found


@pytest.mark.parametrize(
    "text",
    [
        "埃及、约旦、沙特等国外长15日在开罗举行会议，呼吁以色列立即停火。",
        "埃及、约旦、沙特等国外长15日在开罗举行会议，谴责以色列的军事行动。",
    ],
)
def test_states_listed_before_the_meeting_they_hold_act_each(text):
    """A list before 举行会议 holds the meeting together: none of it is a body whose meeting is
    the scene of another's act."""
    found = broadcast(text, D)
    assert {s for s, r, t in found if t == "ISR"} == {"EGY", "JOR", "SAU"}


def test_an_actor_after_the_meetings_clause_acts_at_its_scene():
    found = broadcast("联合国安理会28日在纽约举行会议，俄罗斯代表当天向美方提出抗议。", D)
    assert found == {("RUS", "11", "USA")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("中方向日方提出强烈抗议。", ("CHN", "JPN")),
        ("俄方已就此向美方提出强烈抗议。", ("RUS", "USA")),
    ],
)
def test_a_protest_lodged_is_one_complaint(text, pair):
    """提出强烈抗议 is the complaint (114), not criticism besides."""
    assert broadcast(text, D) == {(pair[0], "11", pair[1])}
    assert {e.code for e in coding(Document(text, published=D, source="xwlb")).events} == {"114"}


def test_criticism_told_beside_a_protest_stays():
    found = coding(
        Document("中方对此表示强烈不满，并向美方提出强烈抗议。", published=D, source="xwlb")
    )
    assert {e.code for e in found.events} == {"111", "114"}
