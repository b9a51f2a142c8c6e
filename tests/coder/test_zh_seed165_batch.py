"""What the seed-165 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder missing, each class mended by a rule about its construction: a speaker's confidence
that a state will overcome its trial endorses it (相信|坚信 X 一定能 … 战胜), retaliation carried
out or taken against a state is force (对 X 实施|采取 报复行动), an air defence that destroys
what flies downs the other side's strike (防空部队击毁乌军…无人机), and the Iran nuclear deal left
in a year the sentence gives is leaving relations with Iran (X 2018年…退出伊核协议). Our own
sentences, as items of a broadcast of 10 March 2021."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2021, 3, 10)


def _roots(text: str, root: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in broadcast(text, DAY) if r == root}


@pytest.mark.parametrize(
    ("text", "endorsed"),
    [
        ("秘鲁总统10日表示，相信中国人民一定能够战胜疫情。", {("PER", "CHN")}),
        ("埃及外长说，埃方始终坚信中国必将克服暂时的困难。", {("EGY", "CHN")}),
        ("习近平在慰问电中表示，相信智利人民一定能够早日战胜灾害、重建家园。", {("CHN", "CHL")}),
    ],
)
def test_confidence_a_state_will_overcome_endorses_it(text, endorsed):
    assert _roots(text, "05") == endorsed


@pytest.mark.parametrize(
    "text",
    [
        # unnamed voices and experts speak for no state
        "多国专家学者表示，相信中国一定能够战胜疫情。",
        "一些国际人士10日表示，坚信中国人民必将打赢这场战役。",
    ],
)
def test_confidence_of_unnamed_voices_is_no_event(text):
    assert not _roots(text, "05")


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        ("土耳其国防部10日称，已对叙利亚政府军采取报复行动。", "19", ("TUR", "SYR")),
        ("伊朗革命卫队10日称，对以色列实施了报复性打击。", "19", ("IRN", "ISR")),
        # to come, a threat of force
        ("伊朗军方10日表示，将在适当时候对以色列采取报复行动。", "13", ("IRN", "ISR")),
    ],
)
def test_retaliation_taken_against_a_state_is_force(text, root, pair):
    assert pair in _roots(text, root)


def test_air_defence_destroying_drones_downs_the_other_sides_strike():
    text = "俄国防部10日称，俄军打击了乌军指挥所和弹药库，俄防空部队击毁乌军40架无人机。"
    assert ("UKR", "RUS") in _roots(text, "19")


@pytest.mark.parametrize(
    ("text", "quit_"),
    [
        ("2018年5月，美国总统单方面宣布退出伊核协议。", {("USA", "IRN")}),
        ("伊朗外长10日说，危机是美国政府3年前单方面退出伊核协议造成的。", {("USA", "IRN")}),
        # undated, a speech's background; sought or weighed, not taken
        ("伊朗外长10日说，美国单方面退出伊核协议的做法是错误的。", set()),
        ("伊朗议长10日表示，伊朗2019年起中止履约，但不寻求退出伊核协议。", set()),
    ],
)
def test_the_iran_deal_left_in_a_given_year_is_left_with_iran(text, quit_):
    assert _roots(text, "16") == quit_
