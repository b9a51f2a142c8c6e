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
