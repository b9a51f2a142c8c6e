"""A denial of a claim told before it answers the claim's teller (``zh.016.deny_told``,
``zh_denials``; eval/README.md "Dev misses by construction"); the sentences are our own."""

import pytest

from tests.coder.test_zh_unseen_constructions import _roots

#: (text, the denier and the teller): a report, a ministry's claim, a charge told before.
_ANSWERED = [
    (
        "据伊朗媒体报道，一艘美国军舰12日在海峡遭到导弹袭击。不过美国官员否认了这一消息。",
        ("USA", "IRN"),
    ),
    ("俄罗斯国防部12日称，乌军袭击了俄罗斯的一处油库。乌克兰方面对此予以否认。", ("UKR", "RUS")),
    # any determiner before the claim's noun, or the claim pointed back to (这一点)
    ("俄罗斯国防部12日称，乌军袭击了俄罗斯的一处油库。乌克兰方面否认所有指控。", ("UKR", "RUS")),
    ("俄罗斯国防部12日称，乌军袭击了俄罗斯的一处油库。乌克兰方面否认这一点。", ("UKR", "RUS")),
    (
        "美国司法部门声称，伊朗曾向某极端组织提供资金。伊朗也已否认与该组织有任何关联。",
        ("IRN", "USA"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), _ANSWERED)
def test_a_denial_answers_the_teller_of_the_claim(text, pair):
    assert pair in _roots(text, "01")


def test_a_teller_of_the_deniers_own_state_is_passed_over():
    """美国媒体称，美国官员否认…: the denier's own media tell of the denial; the claim is the
    other state's, told before."""
    text = "据伊朗媒体报道，一艘美国军舰12日遭到袭击。不过美国媒体称，美国官员否认了这一消息。"
    assert _roots(text, "01") == [("USA", "IRN")]


def test_a_concern_voiced_in_between_tells_no_claim():
    """中方对此表示关切: 表示 before no words said is no claim; the report before it is."""
    text = (
        "据伊朗媒体报道，以色列军队12日袭击了伊朗境内的军事设施。中方对此表示关切。"
        "以色列官员予以否认。"
    )
    assert ("ISR", "IRN") in _roots(text, "01")
    assert ("ISR", "CHN") not in _roots(text, "01")


@pytest.mark.parametrize("withheld", ["并不否认这一说法", "没有否认这一消息", "从未否认这一说法"])
def test_a_denial_withheld_is_none(withheld):
    """不否认: the rules read no negation (否认 is one), so the claim let stand is told apart."""
    text = f"俄罗斯国防部12日称，乌军袭击了俄罗斯的一处油库。乌克兰方面{withheld}。"
    assert not _roots(text, "01")
