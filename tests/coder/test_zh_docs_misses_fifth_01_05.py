"""Misses of ``xwlb_docs`` by construction, fifth pass, roots 01-05 (issue 10, eval/README.md
"Misses of xwlb_docs by construction, fifth pass: roots 01-05"): a visit told as the frame of
the visitor's own act (在访问…期间), in sentences of our own, with the neighbours the rule must
leave alone."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 9, 18)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("意大利总理17日在访问埃及期间表示，意方愿扩大两国能源合作。", ("ITA", "04", "EGY")),
        ("土耳其外长在访问约旦期间，与约方讨论了难民问题。", ("TUR", "04", "JOR")),
        ("荷兰首相日前在访问韩国期间说，欧洲需要更加开放的贸易。", ("NLD", "04", "KOR")),
        # recalled with its own year, the visit is still one (dated so)
        ("2016年6月，西班牙国王在访问墨西哥期间出席了一场音乐会。", ("ESP", "04", "MEX")),
    ],
)
def test_a_visit_framing_the_visitors_own_act_is_a_visit(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # another's visit only dates the act: the drills are told, not the visit
        ("中方在美国议员访台期间于台岛周边举行演习。", ("USA", "TWN")),
        # a visit about to begin (an article on its eve) is not yet made
        ("在对菲律宾进行国事访问之际，越南国家主席发表署名文章。", ("VNM", "PHL")),
        ("在访问菲律宾前夕，越南国家主席接受了当地媒体采访。", ("VNM", "PHL")),
        # the frame's visitor is another (其): the act of the clause is the doer's own
        ("俄方在其访问期间驱逐了德国外交官。", ("RUS", "DEU")),
    ],
)
def test_no_visit_where_the_frame_is_anothers_or_not_yet_made(text, pair):
    assert not {f for f in broadcast(text, DAY) if f[1] == "04" and (f[0], f[2]) == pair}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("我和托卡耶夫总统一致同意，继续加强两国在能源领域的合作。", ("CHN", "03", "KAZ")),
        ("去年，习近平主席同卢拉总统一致同意深化中巴全面战略伙伴关系。", ("CHN", "03", "BRA")),
        ("马克龙表示，我同习近平主席一致同意保持密切沟通。", ("FRA", "03", "CHN")),
        # 一道宣布 is 共同宣布: a relation declared together
        ("我同洪森首相一道宣布构建新时代中柬命运共同体。", ("CHN", "05", "KHM")),
    ],
)
def test_a_named_pair_agreeing_or_declaring_together(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # 同 of 同意 names no partner: the talks are coded, no agreement of the pair
        ("习近平同意大利总统举行会谈，一致同意推动两国关系发展。", "03"),
        # a unanimity a body's members must give is no pair agreeing
        ("匈牙利表示，欧盟对俄罗斯实施能源禁令必须经过各成员国的一致同意。", "03"),
        # a partnership founded is an agreement (057), not also intent (030)
        ("习近平主席同李显龙总理一致同意建立两国前瞻性伙伴关系。", "03"),
    ],
)
def test_no_intent_from_agreement_elsewhere(text, root):
    assert not {f for f in broadcast(text, DAY) if f[1] == root}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("为期三天的美韩安全磋商18日在首尔结束。", ("USA", "04", "KOR")),
        ("中日经济对话9日开始。", ("CHN", "04", "JPN")),
    ],
)
def test_talks_named_by_the_pair_ended_or_begun_were_held(text, act):
    assert act in broadcast(text, DAY)


def test_talks_of_a_pair_planned_are_not_held():
    assert not {f for f in broadcast("中美经贸磋商计划下周在华盛顿举行。", DAY) if f[1] == "04"}
