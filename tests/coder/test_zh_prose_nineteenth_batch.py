"""Constructions of analysts' prose from the nineteenth dev batch of prose_hant and prose_hans
(eval/README.md, 1972-1977): a summary's act told again below, an act done at once after a
visit's day, a paper not issued, an accord refused by naming its parties, a pair's relations
that end, relations a pair announces, normal relations intended, a pair's bare communiqué, a
state that follows suit in making or cutting ties, the leaders of the time, and a name told
before its title. The sentences are our own."""

from datetime import date

import pytest

from tests.coder.test_zh_prose_constructions15 import acts, dated, narrative

HANT = "第一章　民國 63 年中共外交回顧"
HANS = "第一章　1976 年中国外交回顾"


def test_a_summarys_act_told_again_below_is_one_act(code):
    """年初訪問 in the key judgments, the visit's days below: one visit, in its month."""
    body = (
        "重要判斷\n\n一、英國首相年初訪問中國大陸，雙方同意擴大貿易。\n\n壹、中共與英國\n\n"
        "英國首相 2 月 3 日至 6 日訪問中國大陸，與周恩來會談。"
    )
    told = [e for e in narrative(code, body, HANT).events if e.root == "04"]
    assert [(e.source_actor[:3], e.target_actor[:3], e.date.month) for e in told] == [
        ("GBR", "CHN", 2)
    ]


def test_a_summarys_own_month_keeps_its_act(code):
    """鄧小平 9 月訪問… in the summary, another contact of the pair in March below: two acts."""
    body = (
        "要点\n\n● 邓小平 9 月访问朝鲜，两国关系进一步加强。\n\n一、中朝关系\n\n"
        "3 月 4 日至 6 日，朝鲜领导人金日成访华，同华国锋举行会谈。"
    )
    months = {e.date.month for e in narrative(code, body, HANS).events if e.root == "04"}
    assert months == {3, 9}


def test_an_act_done_at_once_is_on_the_day_it_follows(code):
    """…3 月 4 日至 8 日訪問…，6 日…簽署建交公報。我國外交部隨即宣布…: the 6th, not March."""
    body = (
        "馬來西亞總理 3 月 4 日至 8 日訪問中國大陸，6 日與周恩來簽署建交聯合公報。"
        "我國外交部隨即宣布與馬來西亞終止外交關係。"
    )
    assert ("TWN", "16", "MYS", date(1974, 3, 6)) in dated(narrative(code, body, HANT))


@pytest.mark.parametrize(
    ("body", "head", "present", "absent"),
    [
        # 雙方未發表聯合公報: no statement, beside the talks held
        (
            "日本首相 4 月 2 日在北京與周恩來會談，雙方未發表聯合公報。",
            HANT,
            {("JPN", "04", "CHN")},
            {("JPN", "05", "CHN")},
        ),
        # 表示不承認英國與中共簽署的…協定: each party rejected, no signing that day
        (
            "我國外交部 5 月 3 日發表聲明，表示絕不承認英國與中共簽署的任何有關香港的協定。",
            HANT,
            {("TWN", "12", "GBR"), ("TWN", "12", "CHN")},
            {("GBR", "05", "CHN")},
        ),
        # 菲國與我國的邦交宣告終止: the pair's relations told as what ends
        ("6 月 9 日，菲律賓與我國的邦交宣告終止。", HANT, {("PHL", "16", "TWN")}, set()),
        # …與中共復交，與我國的外交關係亦宣告中斷: the sentence's subject carried into the clause
        # (the second part's 甘比亞 sentence, in other words)
        (
            "賴比瑞亞 10 月 11 日與中共復交，與我國的外交關係亦宣告中斷。",
            HANT,
            {("LBR", "16", "TWN")},
            {("CHN", "16", "TWN")},
        ),
        # …宣布制裁…，英國同日跟進: a sanction followed, no ties made or cut
        (
            "美國 3 月 2 日宣布制裁中共官員，英國同日跟進。",
            HANT,
            {("GBR", "16", "CHN")},
            {("GBR", "05", "CHN")},
        ),
        # 蓬皮杜, 尼克松 by name alone: their states
        (
            "蓬皮杜 9 月 11 日至 17 日访华。尼克松 2 月 23 日至 29 日再次访华。",
            HANS,
            {("FRA", "04", "CHN"), ("USA", "04", "CHN")},
            set(),
        ),
    ],
)
def test_the_chapter_gives_these_acts_and_not_those(code, body, head, present, absent):
    told = acts(narrative(code, body, head))
    assert present <= told
    assert not absent & told


@pytest.mark.parametrize(
    ("body", "act"),
    [
        # …訪問北京，雙方宣布正式建立外交關係: the pair named before makes ties (054)
        (
            "加拿大外長 10 月 13 日抵達北京訪問，雙方宣布正式建立外交關係。",
            ("CAN", "054", "CHN", date(1974, 10, 13)),
        ),
        # 美方將致力於推動兩國關係正常化: relations intended (032), to the state visited
        (
            "美國國務卿 11 月 25 日至 29 日訪問北京，並在北京表示，美方將致力於推動兩國關係正常化。",
            ("USA", "032", "CHN", date(1974, 11, 1)),
        ),
    ],
)
def test_ties_made_and_intended_have_their_own_codes(code, body, act):
    events = narrative(code, body, HANT).events
    assert act in {(e.source_actor[:3], e.code, e.target_actor[:3], e.date) for e in events}


def test_a_pairs_bare_communique(code):
    """两国 6 日发表公报: the pair's paper (05)."""
    body = "日本外相 3 月 4 日至 8 日访华，两国 6 日发表公报，宣布将互设总领事馆。"
    assert ("JPN", "05", "CHN", date(1976, 3, 6)) in dated(narrative(code, body, HANS))


def test_a_state_that_follows_suit_makes_the_same_ties(code):
    """…同中国建交，秘鲁 15 日也跟进: Peru's ties with China, on its own day."""
    body = "智利 12 月 10 日同中国建交，秘鲁 15 日也跟进。"
    assert ("PER", "05", "CHN", date(1976, 12, 15)) in dated(narrative(code, body, HANS))


def test_a_name_told_before_its_title_is_one_contact(code):
    """尼克森總統…訪問…。22 日，周恩來與尼克森會談: one contact, the visit."""
    body = "尼克森總統 2 月 21 日至 28 日訪問中國大陸。22 日，周恩來與尼克森會談。"
    told = [e for e in narrative(code, body, HANT).events if e.root == "04"]
    assert len(told) == 1
