"""Constructions of analysts' prose from the twenty-eighth dev batch of prose_hant and prose_hans
(eval/README.md, years no batch of its script had told: 1952, 1954, 1956, 1957, 1958, 1963, 1964,
1965, 1974, 1978, 1983, 1989): a condemnation carried by a statement whose object is the act told
before (发表声明予以谴责), the offshore islands Taiwan holds shelled (炮击金门), South Vietnam by
its name of the time (南越) and relations suspended (暂停与…的外交关系). The sentences are our
own."""

from datetime import date

import pytest

from tests.coder.test_zh_prose_constructions15 import acts
from tests.coder.test_zh_prose_twentythird_batch import chapter

HANS_1958 = ("第五章　1958 年中国外交回顾", date(1959, 1, 20))
HANT_1965 = ("專題　民國 54 年中共的外交", date(1966, 1, 20))


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        # 发表声明予以谴责 with a day between the speaker and the statement: the condemnation of
        # the act the sentence before told, its doer the target (as 当天发表声明予以谴责 was)
        ("巴基斯坦 5 月 28 日进行核试验。印度政府 29 日发表声明予以强烈谴责。", HANS_1958,
         ("IND", "11", "PAK")),
        ("以色列 6 月 7 日空襲伊拉克核反應爐，埃及政府 9 日發表聲明予以譴責。", HANT_1965,
         ("EGY", "11", "ISR")),
        # 炮击金门: the offshore islands Taiwan holds, shelled, are force on Taiwan
        ("8 月 23 日，解放军炮击金门。", HANS_1958, ("CHN", "19", "TWN")),
        ("共軍 10 月 5 日砲擊馬祖。", HANT_1965, ("CHN", "19", "TWN")),
        # 南越: South Vietnam by its name of the time, as 北越 is Vietnam
        ("中国海军 1 月 19 日在西沙群岛海域同南越海军交战。", HANS_1958, ("CHN", "19", "VNM")),
        # 暂停与…的外交关系: relations suspended are relations reduced (161)
        ("蒲隆地 1 月 29 日宣布暫停與中共的外交關係。", HANT_1965, ("BDI", "16", "CHN")),
        ("布隆迪 1 月 29 日宣布暂停同中国的外交关系。", HANS_1958, ("BDI", "16", "CHN")),
    ],
)  # fmt: skip
def test_an_act_of_the_batch(code, body, head, act):
    assert act in acts(chapter(code, body, *head))


@pytest.mark.parametrize(
    ("body", "head"),
    [
        # a campaign told as going on since a month is the period's background, no act of a day
        ("自 1 月以来，解放军持续炮击金门、马祖。", HANS_1958),
        # 金门 that is no island shelled (the Golden Gate) is no Taiwan
        ("中国代表团 5 月 3 日参观旧金山金门大桥。", HANS_1958),
    ],
)  # fmt: skip
def test_no_force_on_taiwan(code, body, head):
    assert not any(root == "19" for _, root, _ in acts(chapter(code, body, *head)))


def test_a_statement_that_condemns_nothing_told_names_no_target(code):
    """发表声明予以谴责 after a sentence with no act of another state: no criticism."""
    body = "中国政府 8 日发表声明予以谴责。"
    assert not any(root == "11" for _, root, _ in acts(chapter(code, body, *HANS_1958)))
