"""The reason an act is given for (以…为由): one span a sentence (``Matcher.reasons``) that the
gap between doer and act, the doer's search and the checks (embedding, condition) all leave
out; our own sentences (coder-zh44)."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.coder.matcher import Matcher
from dipwatch.models import Document
from tests.coder.conftest import broadcast

DAY = date(2025, 3, 16)


@pytest.mark.parametrize(
    "text",
    [
        # a condition inside the reason, whose last 以 is 以色列's
        "美国以伊朗一旦拥有核武器将威胁以色列为由，对伊朗实施新的制裁。",
        "英国以伊朗如果继续浓缩铀将危及以色列为由，宣布对伊朗实施制裁。",
    ],
)
def test_a_condition_inside_the_reason_makes_no_threat(text):
    assert ("USA" if text[0] == "美" else "GBR", "16", "IRN") in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("以色列以哈马斯发动袭击为由，对加沙地带发动空袭。", "以哈马斯发动袭击为由"),
        ("美国再次以所谓人权问题为由对中国官员实施制裁。", "再次以所谓人权问题为由"),
        # 予以 and 可以 open no reason
        ("伊朗表示将予以回击，美方以伊朗可以随时发动袭击为由增兵。", "以伊朗可以随时发动袭击为由"),
    ],
)  # fmt: skip
def test_the_reason_opens_at_its_own_以(text, reason):
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    mt = Matcher(c, c.sentences[0], c.reference.rules["zh"], c.mentions)
    assert [c.norm[a:b] for a, b in mt.reasons()] == [reason]
