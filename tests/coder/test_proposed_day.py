"""A contact proposed for a day is intended, dated on the day it is proposed (the integrator's
end check of the nineteenth round: 普京提出15日在伊斯坦布尔与乌方直接谈判 was talks on 15 April)."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder import code_document
from dipwatch.models import Document

DAY = date(2025, 5, 12)


def _events(text: str) -> list[tuple[str, str, str, str]]:
    doc = Document(text, published=DAY, kind="xwlb", source="xwlb", lang="zh-Hans")
    return [
        (str(e.date), e.source_actor[:3], e.target_actor[:3], e.code) for e in code_document(doc)
    ]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "俄方发言人11日说，俄总统提出15日在伊斯坦布尔与乌方直接谈判。",
            ("2025-05-11", "RUS", "UKR", "036"),
        ),
        ("美方提出20日在日内瓦与中方举行会谈。", ("2025-05-12", "USA", "CHN", "036")),
        ("俄方建议15日在伊斯坦布尔与乌方举行谈判。", ("2025-05-12", "RUS", "UKR", "036")),
        ("伊朗提议下周在阿曼与美国举行会谈。", ("2025-05-12", "IRN", "USA", "036")),
    ],
)
def test_a_contact_proposed_for_a_day_is_intended_on_the_day_told(text, event):
    assert _events(text) == [event]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("中方5日就此向美方提出严正交涉。", ("2025-05-05", "CHN", "USA", "114")),
        ("中方已向日方提出抗议。", ("2025-05-12", "CHN", "JPN", "114")),
    ],
)
def test_a_protest_lodged_stays_the_act(text, event):
    assert _events(text) == [event]
