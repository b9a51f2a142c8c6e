"""Constructions of analysts' prose the seventh prose dev batch showed unread
(eval/README.md): an arrangement reached (達成臨時性安排) is an agreement, 反指 accuses back,
a state called an abettor or a threat (稱中國是…推動者) is reproached, and a travel warning or
the deposit of an anti-dumping duty is a measure against the state it names."""

from datetime import date

import pytest

from tests.coder.conftest import countries

CASES = [
    ("3 月 2 日，中越就北部灣漁業問題達成臨時性安排。", ("CHN", "05", "VNM")),
    ("5 日，越南指責中國船隻撞擊其漁船，中方則反指越南漁船非法作業。", ("CHN", "11", "VNM")),
    ("4 日，北約外長會議發表聲明，稱伊朗是地區動盪的推動者。", ("NAT", "11", "IRN")),
    # an apology demanded and refused rejects the one who demanded it
    ("5 日，英國要求伊朗道歉；伊朗外交部次日拒絕道歉。", ("IRN", "12", "GBR")),
    # a warning whose condition names the speaker's own side warns the other state
    (
        "8 日，德國總理呼籲美方撤回關稅，並警告若德國企業因此受損，政府將採取對應措施。",
        ("DEU", "13", "USA"),
    ),
    # a state's act called the root of a crisis is the state accused
    ("5 日，中方表示，美方的經濟封鎖是當前古巴經濟困境的根源。", ("CHN", "11", "USA")),
    # export controls named with no state aim at the state that answers them
    ("9 月 5 日，荷蘭宣布新一輪晶片出口管制，中共商務部翌日表示堅決反對。", ("NLD", "16", "CHN")),
    # a travel warning against a state reduces relations with it (160)
    ("7 月 2 日，中國外交部提醒中國公民近期避免前往加拿大。", ("CHN", "16", "CAN")),
    # (a mainland text, 中方 its voice: its ministries are China's)
    ("中方表示关切。6 月 5 日，文化和旅游部提醒中国游客勿前往加拿大旅游。", ("CHN", "16", "CAN")),
    # the deposit of a provisional anti-dumping duty is a measure against the state taxed
    ("中方表示关切。3 月 2 日，商务部宣布自次日起对加拿大油菜籽征收保证金。", ("CHN", "16", "CAN")),
]


@pytest.mark.parametrize(("text", "told"), CASES)
def test_an_analysts_construction_is_read(code, text, told):
    got = countries(code(text, date(2020, 1, 20), genre="narrative"))
    symmetric = told[1] == "05" and (told[2], told[1], told[0]) in got  # an agreement either way
    assert told in got or symmetric


NOT_TOLD = [
    # coercion named as a copula's subject is no act of coercion done
    ("5 日，中方表示，美方極限施壓是當前伊朗局勢緊張的根源。", ("USA", "17", "IRN")),
    # a state called a partner is not reproached
    ("4 日，北約外長會議發表聲明，稱印度是地區穩定的重要夥伴。", ("NAT", "11", "IND")),
    # a term of office to come describes the person: the call plans nothing
    ("1 月 9 日，李強與即將就任的南韓總統通電話，就半導體合作交換意見。", ("CHN", "03", "KOR")),
]


@pytest.mark.parametrize(("text", "absent"), NOT_TOLD)
def test_what_only_describes_is_no_act(code, text, absent):
    assert absent not in countries(code(text, date(2020, 1, 20), genre="narrative"))


def test_a_reaction_quoted_is_a_reaction(code):
    text = "美國 2 日宣布對俄羅斯實施制裁。俄羅斯外交部 3 日表示「強烈不滿、堅決反對」。"
    assert ("RUS", "11", "USA") in countries(code(text, date(2020, 1, 20), genre="narrative"))


def test_a_law_criticised_and_a_menace_in_reply_aim_at_the_doers_told_before(code):
    text = (
        "5 月 2 日，俄羅斯國家杜馬通過「外國代理人法」。美國國務卿 3 日批評該法打壓公民社會，"
        "俄羅斯外交部次日表示堅決反對，並揚言將採取相應措施。"
    )
    got = countries(code(text, date(2020, 1, 20), genre="narrative"))
    assert {("USA", "11", "RUS"), ("RUS", "13", "USA")} <= set(got)


def test_an_act_whose_purpose_a_copula_gives_is_done(code):
    """伊朗向以色列发射导弹是为了回应…: 是为了 explains the act; it is no copula's subject."""
    text = "伊朗表示，伊朗向以色列发射导弹是为了回应以色列此前的袭击。"
    assert ("IRN", "19", "ISR") in countries(code(text, date(2020, 2, 24)))


def test_a_state_called_the_root_of_a_crisis_is_accused_once(code):
    """是…根源 is read by the one rule for harms said to be a state's doing (zh.112.said_cause):
    the speaker accuses the state (112), once."""
    c = code(
        "5 日，中方表示，美方的經濟封鎖是當前古巴經濟困境的根源。",
        date(2020, 1, 20),
        genre="narrative",
    )
    said = [(e.source_actor, e.code, e.target_actor, e.pattern) for e in c.events if e.root == "11"]
    assert said == [("CHN", "112", "USA", "zh.112.said_cause")]
