"""Constructions of analysts' prose from the twenty-seventh dev batch of prose_hant and prose_hans
(eval/README.md, years and themes no batch had told: 1962, 1970, 1975, 1977, 1982, 1986, 1987,
1993, 2001, and the switches of recognition in Africa, Latin America and the Pacific): a
counter-attack in self-defence (自卫反击), a naval blockade put in place with 实行, and the EEC
by its full name of the time. The sentences are our own."""

from datetime import date

import pytest

from tests.coder.test_zh_prose_constructions15 import acts
from tests.coder.test_zh_prose_twentythird_batch import chapter

HANS_1962 = ("第十一章　1962 年中国外交回顾", date(1963, 1, 20))
HANT_1975 = ("第八章　民國 64 年中共外交", date(1976, 1, 20))


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        # 对…发起自卫反击: a counter-attack in self-defence launched at a state is force on it,
        # as 自卫反击作战 is
        ("中国边防部队 3 月 2 日对入侵的越南军队发起自卫反击。", HANS_1962, ("CHN", "19", "VNM")),
        ("中共邊防部隊 10 月 20 日對印度發起自衛反擊。", HANT_1975, ("CHN", "19", "IND")),
        # 对古巴实行海上封锁: 实行 puts a blockade in place as 实施 does
        ("美国 10 月 22 日宣布对古巴实行海上封锁。", HANS_1962, ("USA", "19", "CUB")),
        ("美國 10 月 22 日宣布對古巴實行海上封鎖。", HANT_1975, ("USA", "19", "CUB")),
        # 欧洲经济共同体: the EEC by its full name of the time, as 欧共体 is
        ("中国 5 月 6 日同欧洲经济共同体建立正式关系。", HANS_1962, ("CHN", "05", "EEC")),
        ("中共 5 月 6 日與歐洲經濟共同體建立正式關係。", HANT_1975, ("CHN", "05", "EEC")),
    ],
)  # fmt: skip
def test_an_act_of_the_batch(code, body, head, act):
    assert act in acts(chapter(code, body, *head))


@pytest.mark.parametrize(
    ("body", "head"),
    [
        # a right to strike back claimed names no target: no force
        ("中国有权进行自卫反击。", HANS_1962),
        # an economic blockade is no naval one: not 191 (the embargo is another rule's)
        ("美国 10 月 22 日宣布对古巴实行经济封锁。", HANS_1962),
        # the Community founded is no act between two actors
        ("欧洲经济共同体 3 月 25 日成立。", HANS_1962),
    ],
)  # fmt: skip
def test_no_force_or_act(code, body, head):
    assert not any(root in {"05", "19"} for _, root, _ in acts(chapter(code, body, *head)))
