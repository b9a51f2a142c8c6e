"""Classes of error met judging random CCTV days no gold holds (issue 10, eval/README.md
"Judging output no gold holds", seed 125), each fixed as a rule about the language
(``zh_aspect``, ``zh_targets``); the sentences are our own."""

import pytest

from tests.coder.test_zh_unseen_constructions import _roots, _rows

#: Acts the rules take away: root, source, target and our own sentence, one a line.
_GONE = r"""
04 PAK CHN 12日，巴基斯坦总理在对中国进行正式访问前接受记者采访时说，愿同中方加强合作。
04 FRA DEU 法国总统在访问德国之前，于12日同英国首相通了电话。
02 UNO ZWE 联合国特别报告员12日呼吁解除对津巴布韦的制裁。
02 UNO CUB 联合国特别报告员12日呼吁尽快取消对古巴的封锁。
10 KOR JPN 韩国民众12日要求停止对日本的出口。
17 USA IMG 2003年他被认为参与基地组织遭美军逮捕。
17 USA IMG 他因涉嫌参与基地组织12日遭美军逮捕。
17 RUS USA 俄罗斯12日逮捕一名涉嫌为美国从事间谍活动的男子。
"""

#: The same words where the language makes them acts or actors: they stay.
_KEPT = r"""
04 PAK CHN 巴基斯坦总理12日对中国进行正式访问。
04 CHN PHL 12日下午，国家主席习近平在北京会见菲律宾前总统杜特尔特。
10 IRN USA 伊朗总统12日敦促美国尽快解除对伊朗制裁。
08 USA IRN 美国12日宣布解除对伊朗的部分制裁。
16 USA RUS 美国总统12日宣布，因俄罗斯涉嫌干预美国总统选举而对俄罗斯进行制裁。
16 USA IRN 美国12日以涉嫌洗钱为由制裁伊朗企业。
17 USA IMG 美军12日逮捕了基地组织的一名头目。
"""

_CASES = [(*row, False) for row in _rows(_GONE)] + [(*row, True) for row in _rows(_KEPT)]


@pytest.mark.parametrize(("text", "root", "pair", "kept"), _CASES)
def test_the_pair_acts_only_where_the_language_says_so(text, root, pair, kept):
    """Each sentence of ``_GONE`` loses the pair's act; each of ``_KEPT`` keeps it."""
    assert (pair in _roots(text, root)) is kept


def test_early_and_now_are_no_frame_before_an_act():
    """在与俄罗斯总统会谈提前结束时: the 前 of 提前 (early) frames no time before the talks, which
    stay a meeting of the two."""
    text = "国家主席12日在与俄罗斯总统会谈提前结束时表示，中方愿同俄方加强合作。"
    assert {"CHN", "RUS"} in [{s, t} for s, t in _roots(text, "04")]
