"""Classes met judging random CCTV days no gold holds (issue 10, eval/README.md "Judging output
no gold holds", seed 145), each fixed as a rule about the language; the sentences are our
own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

DAY = date(2025, 3, 16)


@pytest.mark.parametrize(
    "text",
    [
        "澳大利亚总理14日要求国防部重新评估购买美国潜艇的计划。",
        "英国首相14日要求国防部加快有关工作。",
    ],
)
def test_a_bare_office_after_a_foreign_doer_is_the_doers_own(text):
    """A bare 国防部 or 外交部 after a foreign doer in its clause is that doer's office: what
    it is told to do is domestic, no act on China."""
    assert not any("CHN" in (s, t) for s, _, t in broadcast(text, DAY))


@pytest.mark.parametrize(
    ("text", "office", "country"),
    [
        ("英国首相14日要求国防部加快有关工作。", "国防部", "GBR"),
        ("日本首相14日指示外交部研究对策。", "外交部", "JPN"),
        # an envoy in China deals with China's office; another clause's office is the home's
        ("日本驻华大使14日向外交部提出抗议。", "外交部", "CHN"),
        ("英国首相14日访问德国，国防部发言人表示欢迎。", "国防部发言人", "CHN"),
    ],
)  # fmt: skip
def test_a_bare_office_is_resolved_as_the_doers_in_its_clause(text, office, country):
    """Actor resolution, not a check on one event, gives the office its state: every event it
    takes part in has it (coder-zh44 moved ``not_the_doers_own_office`` there)."""
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    assert [m.country for m in c.mentions if c.norm[m.start : m.end] == office] == [country]


def test_a_bare_office_the_readout_speaks_of_stays_the_home_states():
    """外交部发言人表示 with no foreign doer before it: China's spokesman, as before."""
    text = "外交部发言人14日表示，美方应立即停止向台湾出售武器。"
    assert ("CHN", "10", "USA") in broadcast(text, DAY)


def test_the_question_an_envoy_is_named_for_does_not_speak():
    """联合国秘书长也门问题特使…表示: the UN speaks; 也门 names the question."""
    got = broadcast("联合国秘书长也门问题特使14日表示，沙特必须停止在也门的军事行动。", DAY)
    assert ("UNO", "10", "SAU") in got
    assert not any(s == "YEM" for s, _, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "他说，一年多来，胡塞武装在红海对美国船只发动攻击。",
        "一年多来，美国对中国芯片企业实施制裁。",
        "两年多来俄军对乌克兰能源设施实施打击。",
    ],
)
def test_an_act_over_a_span_of_a_year_or_months_is_background(text):
    """一年多来, 近年来, 两年多来: what has gone on over a span counted back is no act of
    the day."""
    assert broadcast(text, DAY) == set()


def test_a_short_span_may_hold_the_days_act():
    """三天来: a span of days leaves the act in (the strikes may be the day's)."""
    assert ("ISR", "19", "PSE") in broadcast("三天来，以军对加沙发动空袭。", DAY)


@pytest.mark.parametrize(
    "text",
    [
        "法国14日召开视频会议，讨论向乌克兰提供援助并对俄罗斯施压。",
        "欧盟外长14日举行会议，商讨如何对伊朗实施新的制裁。",
    ],
)
def test_what_a_meeting_discusses_doing_is_not_done(text):
    """讨论向…提供援助, 商讨如何…制裁: the acts are the meeting's topic."""
    got = broadcast(text, DAY)
    assert not any(root in ("05", "07", "16") for _, root, _ in got)


def test_what_an_act_is_traded_for_is_not_done():
    """…以换取加入欧盟: joining is sought, not done."""
    text = "他表示，一些国家正迫使塞尔维亚承认科索沃以换取加入欧盟。"
    assert not any(t == "EEC" for _, _, t in broadcast(text, DAY))
