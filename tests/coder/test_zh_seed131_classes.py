"""Classes of error met judging random CCTV days no gold holds (issue 10, eval/README.md
"Judging output no gold holds", seed 131), each fixed as a rule about the language
(``zh_doers``, ``zh_aspect``, ``zh_word_senses``); the sentences are our own."""

import pytest

from tests.coder.test_zh_unseen_constructions import _events, _roots, _rows

#: Acts the rules take away from the pair: root, source, target and our own sentence.
_GONE = r"""
13 UNO PSE 以色列13日向联合国通报称，已警告加沙地带北部约110万巴勒斯坦人在24小时内撤离。
11 UNO USA 伊朗12日向联合国安理会致信称，美国的制裁违反国际法。
04 CHN ASN 当地时间12日晚，国务院总理乘专机抵达金边，出席第25次中国－东盟（10+1）领导人会议。
04 CHN ASN 国务院总理12日启程前往印度尼西亚，出席第26次中国－东盟（10+1）领导人会议。
04 AZE ARM 阿塞拜疆和亚美尼亚12日同意在第三方协调下就边界问题开启实质性谈判。
04 RUS UKR 俄罗斯12日决定开始同乌克兰谈判。
"""

#: The teller, the arrival and an attendance told as done: they stay.
_KEPT = r"""
13 ISR PSE 以色列13日向联合国通报称，已警告加沙地带北部约110万巴勒斯坦人在24小时内撤离。
11 IRN USA 伊朗12日向联合国安理会致信称，美国的制裁违反国际法。
04 CHN KHM 当地时间12日晚，国务院总理乘专机抵达金边，出席第25次中国－东盟（10+1）领导人会议。
04 CHN ASN 国务院总理12日在金边出席第25次中国－东盟（10+1）领导人会议。
04 CHN ASN 国务院总理12日抵达金边后，随即出席第25次中国－东盟（10+1）领导人会议。
04 CHN ASN 12日上午，国务院总理抵达国际会议中心，出席第26次中国－东盟（10+1）领导人会议。
04 AZE ARM 阿塞拜疆和亚美尼亚12日就边界问题开启实质性谈判。
"""

_CASES = [(*row, False) for row in _rows(_GONE)] + [(*row, True) for row in _rows(_KEPT)]


@pytest.mark.parametrize(("text", "root", "pair", "kept"), _CASES)
def test_the_pair_acts_only_where_the_language_says_so(text, root, pair, kept):
    """Each sentence of ``_GONE`` loses the pair's act; each of ``_KEPT`` keeps it."""
    assert (pair in _roots(text, root)) is kept


def test_an_addressee_with_no_teller_before_it_acts_for_no_one():
    """向联合国通报称…: with no teller named before 向 in its clause, the warning has no doer
    rather than the body told of it."""
    text = "当天，向联合国通报称，已警告加沙地带北部的巴勒斯坦人在24小时内撤离。"
    assert ("UNO", "PSE") not in _roots(text, "13")


@pytest.mark.parametrize(
    "text",
    [
        "阿塞拜疆和亚美尼亚12日同意在第三方协调下就边界问题开启实质性谈判。",
        "俄罗斯12日决定开始同乌克兰谈判。",
    ],
)
def test_talks_agreed_to_be_opened_are_intent(text):
    """同意…开启谈判: the talks are to come, so the pair's intent to negotiate (03)."""
    assert _roots(text, "03")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("中方12日明确拒绝美国代表在发言中对中国人权状况的无端指责。", "016"),
        ("俄方12日拒绝美方的指控。", "016"),
        ("伊朗12日拒绝美国提出的谈判建议。", "120"),
    ],
)
def test_an_accusation_rejected_is_denied(text, code):
    """拒绝…指责: rejecting an accusation denies it (016, as 驳回…指控); a proposal rejected
    stays a rejection (120)."""
    assert code in [c for _s, c, _t in _events(text)]
