"""Constructions of analysts' prose from the eighteenth dev batch of prose_hant and prose_hans
(eval/README.md, 1979-1983): regret at a named state's act, menaces of what a state would be
forced to do or do alone, the meeting's day for what was said in it, a list of states that goes
on past a name no table holds, the states of the time by their names, an arms sale named as the
topic of a paper, a policy not sought, credits, warships, an audience, talks agreed, a visit
named as the frame of a later act, and from the second part a home minister with an unknown name,
a proposal refused and talks never to be held. The sentences are our own."""

from datetime import date

import pytest

from tests.coder.test_zh_prose_constructions15 import acts, dated, narrative

HANS = "第一章　1981 年中国外交回顾"
HANT = "第三章　民國 70 年中共外交回顧"


@pytest.mark.parametrize(
    ("body", "head", "pair"),
    [
        (
            "印尼 3 月 2 日宣布驅逐我國商務代表。我國外交部當天發表聲明，對印尼政府的作法表示遺憾。",
            HANT,
            ("TWN", "IDN"),
        ),
        ("5 月 4 日，外交部发言人对澳大利亚的这一决定深感遗憾。", HANS, ("CHN", "AUS")),
    ],
)
def test_regret_at_a_named_states_act_is_criticism_in_a_chapter(code, body, head, pair):
    """对…的作法表示遗憾: the prose gold's criticism (11), not the news gold's regret (01)."""
    told = acts(narrative(code, body, head))
    assert (pair[0], "11", pair[1]) in told
    assert (pair[0], "01", pair[1]) not in told


def test_concern_beside_regret_stays_a_statement(code):
    """并对…表示关切: the concern stays 01 beside the regret (11)."""
    body = "6 月 2 日，外交部发言人对印度的做法深表遗憾，并对印度表示严重关切。"
    told = acts(narrative(code, body, HANS))
    assert ("CHN", "11", "IND") in told
    assert ("CHN", "01", "IND") in told


@pytest.mark.parametrize(
    ("body", "head", "pair"),
    [
        # (将被迫: what the speaker will be forced to do, to the one it speaks to)
        (
            "赵紫阳 4 月 3 日会见葡萄牙总统时表示，如果谈判久拖不决，中国政府将被迫另作安排。",
            HANS,
            ("CHN", "PRT"),
        ),
        # (将单方面: what it will do alone)
        (
            "鄧小平 6 月 8 日會見英國外相時強調，若雙方年內無法達成協議，中共將單方面宣布其方針。",
            HANT,
            ("CHN", "GBR"),
        ),
        # (关系…必将受到损害: the harm told of the relations, passively)
        (
            "比利时政府 3 月批准向台湾出售军舰。外交部发言人随即表示，中国政府对此提出抗议，"
            "并警告说，如果比利时执意出售，两国关系必将受到严重损害。",
            HANS,
            ("CHN", "BEL"),
        ),
    ],
)
def test_a_state_forced_or_alone_on_a_condition_menaces(code, body, head, pair):
    assert (pair[0], "13", pair[1]) in acts(narrative(code, body, head))


def test_an_analysts_own_outlook_menaces_no_one(code):
    """展望: the analyst's own 若…，中共将被迫… follows no speech verb: no act."""
    body = "四、展望\n\n若美方持續對我國軍售，中共將被迫調整對美政策。"
    assert not any(r == "13" for _, r, _ in acts(narrative(code, body, HANT)))


def test_what_was_said_in_the_meeting_is_on_the_meetings_day(code):
    """…5 月 3 日至 8 日訪問北京，6 日與鄧小平會談。鄧小平在會中表示…: the 6th, not the span."""
    body = (
        "英國外相 5 月 3 日至 8 日訪問北京，6 日與鄧小平會談。鄧小平在會中表示，"
        "若香港發生動盪，中共將被迫另行考慮。"
    )
    told = dated(narrative(code, body, HANT))
    assert ("CHN", "13", "GBR", date(1981, 5, 6)) in told


@pytest.mark.parametrize(
    ("body", "head", "states"),
    [
        # (刚果: no table holds it bare; the list goes on past it)
        ("国务院总理 6 月先后访问加蓬、刚果和喀麦隆。", HANS, {"GAB", "CMR"}),
        ("中共總理 6 月先後訪問加彭、剛果及喀麥隆。", HANT, {"GAB", "CMR"}),
        # (扎伊尔, 联邦德国: the names of their time)
        ("国务院总理 6 月先后访问扎伊尔和联邦德国。", HANS, {"COD", "DEU"}),
    ],
)
def test_a_tours_list_goes_on_past_a_name_no_table_holds(code, body, head, states):
    visited = {t for s, r, t in acts(narrative(code, body, head)) if s == "CHN" and r == "04"}
    assert states <= visited


@pytest.mark.parametrize(
    ("body", "head"),
    [
        # (有关…军售的联合公报: the sale is what the paper is about)
        ("一、美國與中共 8 月發表有關對我國軍售的聯合公報。", HANT),
        # (不寻求…军售政策: not sought, neither done nor meant)
        ("8 月 17 日，美方表示不寻求执行长期对台军售政策。", HANS),
    ],
)
def test_an_arms_sale_named_or_not_sought_is_no_sale(code, body, head):
    told = acts(narrative(code, body, head))
    assert not any(r in ("07", "03") and t == "TWN" for _, r, t in told)


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        # (信贷: credits, as loans; 将: the intent)
        (
            "法国总理 5 月访华，宣布法方将向中国提供 10 亿法郎的出口信贷。",
            HANS,
            ("FRA", "03", "CHN"),
        ),
        # (出售两艘潜艇: warships, as other arms)
        ("比利時政府 3 月批准向我國出售兩艘潛艇。", HANT, ("BEL", "07", "TWN")),
        # (外交部长 and a name no table holds: the home state's minister)
        ("外交部长韩念龙 6 月 2 日至 6 日访问印度。", HANS, ("CHN", "04", "IND")),
        # (in a Taiwanese chapter the home minister is Taiwan's)
        ("外交部長朱撫松 6 月 2 日至 6 日訪問沙烏地阿拉伯。", HANT, ("TWN", "04", "SAU")),
        # (次日予以拒绝: the proposal just told refused, its maker rejected)
        (
            "9 月 30 日，菲律宾总统提议两国共同开发南海资源。中国外交部次日予以拒绝。",
            HANS,
            ("CHN", "12", "PHL"),
        ),
        # (絕不與…談判: talks a state says it will never hold)
        ("我國政府 1 月 2 日表示，絕不與中共談判。", HANT, ("TWN", "12", "CHN")),
        # (晉見: an audience, a meeting)
        ("美國在臺協會處長 4 月 2 日晉見我國總統。", HANT, ("USA", "04", "TWN")),
        # (同意…进行商谈: talks agreed, 进行 as 举行)
        ("4 月 2 日，中葡两国外长会谈，双方同意就澳门问题进行商谈。", HANS, ("CHN", "03", "PRT")),
    ],
)
def test_the_batchs_words_code_their_act(code, body, head, act):
    assert act in acts(narrative(code, body, head))


def test_a_visit_named_as_a_frame_is_the_visit_told_before(code):
    """…6 月 2 日至 7 日访问美国…。访美期间，两国 5 日签署…: one visit (the span's), not a
    second one on the accord's day."""
    body = (
        "国务院总理 6 月 2 日至 7 日访问美国，同美国总统举行会谈。"
        "访美期间，两国政府 5 日签署文化协定。"
    )
    c = narrative(code, body, HANS)
    visits = [e for e in c.events if e.root == "04" and (e.target_actor or "")[:3] == "USA"]
    assert len(visits) == 1


def test_a_visit_told_only_as_a_frame_is_coded(code):
    """率团访美期间，两国…签署: the visit, told only as the frame, is coded (04)."""
    body = "国务院副总理 9 月率团访美期间，两国 17 日在华盛顿签署三项协定。"
    told = acts(narrative(code, body, HANS))
    assert ("CHN", "04", "USA") in told


def test_cooperation_after_a_clause_not_seeking_stays(code):
    """美方不寻求脱钩，愿同中方加强合作: the later clause's cooperation is meant (03)."""
    body = "5 月 4 日，美国财长表示，美方不寻求脱钩，愿同中方加强合作。"
    assert ("USA", "03", "CHN") in acts(narrative(code, body, HANS))
