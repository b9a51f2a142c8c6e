"""Constructions of analysts' prose the twenty-eighth and thirtieth dev batches share
(eval/README.md, coder-prose30): a crowd that sacks or burns a state's mission riots against
that state (145); one that storms or besieges it protests against it (141). The sentences are
our own."""

from datetime import date

import pytest

from tests.coder.test_zh_prose_constructions16 import codes as coded
from tests.coder.test_zh_prose_twentythird_batch import chapter

HANT_1966 = ("專題　民國 55 年的國際情勢", date(1967, 1, 20))
HANS_1958 = ("第二章　1958 年中国外交回顾", date(1959, 1, 20))


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        ("臺北學生 6 月 3 日搗毀日本駐臺北大使館。", HANT_1966, ("TWN", "145", "JPN")),
        ("仰光暴徒 7 月 2 日焚烧中国驻缅甸大使馆。", HANS_1958, ("MMR", "145", "CHN")),
        ("雅加達學生 3 月 8 日衝擊美國駐印尼大使館。", HANT_1966, ("IDN", "141", "USA")),
        ("开罗民众 9 月 5 日包围英国驻埃及使馆。", HANS_1958, ("EGY", "141", "GBR")),
    ],
)  # fmt: skip
def test_a_crowd_assailing_a_mission_protests_against_its_state(code, body, head, act):
    assert act in coded(chapter(code, body, *head))


def test_a_sacked_mission_is_a_riot_not_a_second_protest(code):
    """包圍並搗毀: one act, the riot (145), not a siege (141) beside it."""
    body = "臺北學生 6 月 3 日包圍並搗毀日本駐臺北大使館。"
    found = {a for a in coded(chapter(code, body, *HANT_1966)) if a[1][:2] == "14"}
    assert found == {("TWN", "145", "JPN")}


def test_what_is_sacked_must_be_a_mission(code):
    """(guards the rule's reach) an army that destroys an armed group's post riots against no
    state."""
    body = "以色列軍隊 6 月 3 日搗毀黎巴嫩真主黨的據點。"
    assert not any(c[:2] == "14" for _, c, _ in coded(chapter(code, body, *HANT_1966)))
