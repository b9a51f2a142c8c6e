"""Intent to meet (036) told without a verb that has the parties as subject, or with a future
word; an intent negated, on a condition or a third party's is none. Our own sentences.

- coder/zh_planned.py: a planned contact named by its parties' short forms (俄美首脑会晤的筹备
  工作, 美方提议举行美日韩三方会谈): the teller or proposer means to meet each other party;
- zh.040.dialogue and the ``future`` words 迟早会, 会继续 (zh.yaml): a dialogue meant;
- coder/zh_intent.py: an intent on a condition (如果…，…将…), or a claim (声称) a speaker of
  another state retells, is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder import code_document
from dipwatch.models import Document
from tests.coder.conftest import broadcast

DAY = date(2025, 10, 24)


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # the speaker, one of the pair, tells of the summit's preparation
        ("俄方23日表示，俄美首脑会晤的筹备工作正在进行。", {("RUS", "03", "USA")}),
        # the proposer meets each other party of the trio, not the speaker who reports it
        ("日方表示，美方提议举行美日韩三方会谈。", {("USA", "03", "JPN"), ("USA", "03", "KOR")}),
        # their title between the run and the noun (国家, no 韩国), the next round proposed
        (
            "韩方表示，美方提议举行下一轮美日韩国家安全顾问会谈。",
            {("USA", "03", "JPN"), ("USA", "03", "KOR")},
        ),
        # a date to come: the speaker's plan, expected on a later day
        ("日本外务省23日称，日韩首脑会晤预计于27日举行。", {("JPN", "03", "KOR")}),
        # a dialogue meant by a coordinated pair, 迟早会 the future word
        ("马杜罗表示，委内瑞拉和哥伦比亚迟早会就边境问题展开对话。", {("VEN", "03", "COL")}),
        ("外长表示，委内瑞拉将同哥伦比亚恢复对话。", {("VEN", "03", "COL")}),
        # talks to go on (会继续)
        ("俄罗斯外长说，俄方会继续同日方会谈。", {("RUS", "03", "JPN")}),
        # a pair that agrees to upgrade its relation means to cooperate
        ("习近平同纳吉布会谈，双方同意将两国关系提升为全面战略伙伴关系。", {("CHN", "03", "MYS")}),
        # a dialogue held is talks
        ("委内瑞拉11日同哥伦比亚进行对话。", {("VEN", "04", "COL")}),
        # a state's own claim, with no other state's speaker retelling it
        ("哥伦比亚外长23日声称准备与委内瑞拉进行对话。", {("COL", "03", "VEN")}),
        # 若干 opens no condition (若 begins a longer word); 预定 tells a plan as 预计 does
        ("俄方就若干问题表示，俄美首脑会晤将于下月举行。", {("RUS", "03", "USA")}),
        ("俄方23日表示，俄美首脑会晤预定下月举行。", {("RUS", "03", "USA")}),
        # 不久 negates nothing
        ("俄方23日表示，俄美首脑会晤将于不久后举行。", {("RUS", "03", "USA")}),
    ],
)
def test_intent_to_meet(text: str, acts: set) -> None:
    assert acts <= broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # a third party's report of others' plan: no party of the run tells of it
        "法国媒体称，俄美首脑会晤将于下月举行。",
        # negated, cancelled or on a condition
        "俄方表示，俄美首脑会晤不会在本月举行。",
        "美方宣布取消原定举行的美日韩三方会谈。",
        "俄方表示，如果条件成熟，俄美首脑会晤将于年内举行。",
        "俄方表示，除非美方改变立场，俄美首脑会晤将于年内举行。",
        "马杜罗表示，如果哥方撤回指控，委内瑞拉将同哥伦比亚恢复对话。",
        "马杜罗表示，一旦条件成熟，委内瑞拉愿同哥伦比亚加强合作。",
        # a contact held, not planned
        "俄美首脑会晤在阿拉斯加举行。",
        # a third party's wish for the pair's dialogue is its appeal, not their intent
        "巴西呼吁委内瑞拉同哥伦比亚展开对话。",
        # a claim a speaker of another state retells and answers is no intent of the day
        "委内瑞拉外长表示，哥伦比亚在驱逐委外交官后声称准备与委内瑞拉进行对话，这毫无诚意。",
    ],
)
def test_no_intent(text: str) -> None:
    assert not {a for a in broadcast(text, DAY) if a[1] == "03"}


@pytest.mark.parametrize(
    "text",
    [
        "日本外务省23日称，日韩首脑会晤预计于27日举行。",
        # 24日会继续会谈 told on the 23rd: the intent is the 23rd's, not the day to come
        "俄罗斯外长23日表示，当天同日方代表展开磋商，24日会继续会谈。",
    ],
)
def test_intent_dated_when_told(text: str) -> None:
    doc = Document(text, published=DAY, kind="xwlb", source="xwlb")
    assert {e.date for e in code_document(doc) if e.code == "036"} == {date(2025, 10, 23)}
