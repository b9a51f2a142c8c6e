"""Taiwan's parties act as Taiwan (eval/README.md "Taiwan's parties"): 中国国民党 in CCTV text is
Taiwan's party, not China, and 亲民党 is Taiwan's too; 民革 (中国国民党革命委员会), one of the
mainland's own parties, stays China's. Our own sentences."""

import pytest

from tests.coder.test_zh_unseen_constructions import _roots, _rows

#: The act of the pair each sentence tells: root, source, target and our own sentence.
_TAIWANS = r"""
04 CHN TWN 中共中央政治局常委12日在京会见中国国民党副主席一行。
05 TWN CHN 亲民党主席12日致电中共中央总书记，对大陆方面的支持表示感谢。
05 CHN TWN 中共中央总书记12日致电祝贺新当选的中国国民党主席。
"""


@pytest.mark.parametrize(("text", "root", "pair"), _rows(_TAIWANS))
def test_a_taiwan_party_acts_as_taiwan(text, root, pair):
    assert pair in _roots(text, root)


def test_the_mainlands_kmt_offshoot_stays_chinas():
    text = "中国国民党革命委员会中央委员会12日致电中共中央，表示热烈祝贺。"
    assert ("TWN", "CHN") not in _roots(text, "05")
