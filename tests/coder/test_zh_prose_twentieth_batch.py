"""Constructions of analysts' prose from the twentieth dev batch of prose_hant and prose_hans
(eval/README.md, 1964 and 1970) and the classes the nineteenth left: dates that go with a list
of doers in turn, 其 after ties with a rival, an act told as a reason, talks put off whose pair
was named before, an accord ratified or called void, a demand in a letter, one's own mission
closed, 我國 beside a speaker's own state, and Dahomey. The sentences are our own."""

from datetime import date

import pytest

from tests.coder.test_zh_prose_constructions15 import acts, dated, narrative

HANT = "第一章　民國 53 年中共外交回顧"
HANS = "第一章　1970 年中国外交回顾"


def test_dates_go_with_a_list_of_doers_in_turn(code):
    """A 7 月 5 日、B 10 月 25 日先后同中国建交: each state on its own day, not on both."""
    body = "加纳 7 月 5 日、马里 10 月 25 日先后同中国建交，几内亚也于 11 月 2 日跟进。"
    ties = {d for d in dated(narrative(code, body, HANS)) if d[1] == "05"}
    assert ties == {
        ("GHA", "05", "CHN", date(1970, 7, 5)),
        ("MLI", "05", "CHN", date(1970, 10, 25)),
        ("GIN", "05", "CHN", date(1970, 11, 2)),
    }


@pytest.mark.parametrize(
    ("body", "head", "present", "absent"),
    [
        # 其 after ties with China, named last: the state that made them, not China
        (
            "塞内加尔 12 月 7 日同中国复交，台湾当局当天宣布与其断绝外交关系。",
            HANS,
            {("TWN", "16", "SEN")},
            {("TWN", "16", "CHN")},
        ),
        # 其 in the sentence after, 斷絕 as the break
        (
            "賴索托 4 月 12 日宣布承認中共。我國政府次日宣布與其斷絕外交關係。",
            HANT,
            {("TWN", "16", "LSO")},
            {("TWN", "16", "CHN")},
        ),
        # an act told as the reason of another (因…而) is none of its own
        ("叙以两国会谈 4 月因以军空袭叙利亚而推迟。", HANS, set(), {("ISR", "19", "SYR")}),
        # talks put off, the pair named by short forms in an earlier paragraph
        (
            "中英两国代表 3 月 2 日在北京举行会谈。\n\n英方 6 月 20 日宣布推迟原定 7 月举行的会谈。",
            HANS,
            {("GBR", "16", "CHN")},
            set(),
        ),
        # an accord ratified at home: no signing that day
        (
            "菲律宾参议院 9 月 10 日核准菲美两国签署的访问部队协定。",
            HANS,
            set(),
            {("PHL", "05", "USA")},
        ),
        # a signing with its own day inside what is ratified is recalled, dated (a guard)
        (
            "埃及议会 8 月 18 日批准埃及与希腊本月 6 日签署的海上边界协议。",
            HANS,
            {("EGY", "05", "GRC")},
            set(),
        ),
        # an accord just told by who made it, called void: criticism of each party
        (
            "英国与西班牙 4 月 2 日签署的协定引起争议。阿根廷外交部 5 日声明，该协定是无效的。",
            HANS,
            {("ARG", "11", "GBR"), ("ARG", "11", "ESP")},
            set(),
        ),
        # a demand in a letter, none after 要求: made of the one written to
        (
            "我國常駐聯合國代表 10 月 2 日致函聯合國秘書長，要求大會拒絕阿爾巴尼亞的提案。",
            HANT,
            {("TWN", "10", "UNO")},
            set(),
        ),
        # one's own embassy closed, named by its capital
        ("我國政府 6 月 9 日宣布關閉駐馬尼拉大使館。", HANT, {("TWN", "16", "PHL")}, set()),
        # 我國 beside the speaker's own state in a paraphrase: the writer's
        (
            "泰國外長 7 月 1 日表示，泰國與我國的外交關係即告終止。",
            HANT,
            {("THA", "16", "TWN")},
            set(),
        ),
        # Dahomey, Benin's name until 1975
        ("達荷美 11 月 12 日與中共建交。", HANT, {("BEN", "05", "CHN")}, set()),
    ],
)
def test_constructions(code, body, head, present, absent):
    found = acts(narrative(code, body, head))
    assert present <= found
    assert not absent & found


def test_an_accord_said_not_illegal_is_no_criticism(code):
    """…签署的协定…。中国外交部…表示，该协定不是非法的: no criticism (guards the rule's reach)."""
    body = "美日两国签署的协定 5 月 1 日生效。中国外交部 3 日表示，该协定不是非法的。"
    assert not {a for a in acts(narrative(code, body, HANS)) if a[1] == "11"}
