"""A planned contact named by its parties' short forms (coder/zh_planned.py): the party that
makes the plan or tells of it means to meet each other party (036). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

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
    ],
)
def test_planned_contact(text: str, acts: set) -> None:
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
        # a contact held, not planned
        "俄美首脑会晤在阿拉斯加举行。",
    ],
)
def test_no_planned_contact(text: str) -> None:
    assert not {a for a in broadcast(text, DAY) if a[1] == "03"}


def test_planned_contact_dated_when_told() -> None:
    from dipwatch.coder import code_document
    from dipwatch.models import Document

    doc = Document("日本外务省23日称，日韩首脑会晤预计于27日举行。", published=DAY,
                   kind="xwlb", source="xwlb")  # fmt: skip
    days = {e.date for e in code_document(doc) if e.code == "036"}
    assert days == {date(2025, 10, 23)}
