"""The misses of the sixteenth round's hand check (seed 181, eval/README.md "The misses of the
sixteenth round's hand check"), each fixed as a rule about a construction: a body named as
the occasion before the 的 of the guests met; a visit and a gathering both told before it; a
negation in a clause with another party as subject; a proposal judged weighty by a state's
speaker. The sentences are our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.test_zh_unseen_constructions import _roots, _rows

D = date(2024, 3, 12)


def _events(text: str) -> list[tuple[str, str, str, str, str]]:
    """(source, code, target, date, precision) of every event of ``text`` as a broadcast item."""
    c = coding(Document(text, published=D, kind="xwlb", source="xwlb"))
    return [
        (e.source_actor or "", e.code, e.target_actor or "", str(e.date), e.date_precision)
        for e in c.events
    ]


#: root, source, target and our own sentence: the act is coded.
_DONE = r"""
04 CHN TKM 国务院副总理12日在京会见来华出席中国－中亚峰会的土库曼斯坦副总理。
04 CHN KAZ 国务院副总理12日在京会见来华出席中国-中亚合作论坛的哈萨克斯坦外长。
04 CHN TJK 国务院总理12日在京会见来华进行国事访问并出席中国—中亚峰会的塔吉克斯坦总统。
04 CHN VNM 国务院总理12日在京会见来华进行正式访问并出席中国—东盟峰会的越南总理。
05 CHN TKM 国家主席习近平12日会见土库曼斯坦总统。会见后，两国元首共同见证签署能源、海关等领域多项双边合作文件。
11 IRN USA 伊朗外长12日说，伊朗不会屈服于压力，美国应该为局势升级承担全部责任。
05 BLR CHN 白俄罗斯总统12日表示，习近平主席提出的全球治理倡议对改革全球治理体系至关重要。
05 IND CHN 印度总理12日表示，中方提出的倡议具有重要意义。
05 SRB CHN 塞尔维亚总统12日会见中国外长。他表示，塞方愿深化两国合作。习近平主席提出的全球发展倡议，对世界和平与发展具有重要意义。
"""

#: The same words where the act is not told as done, or by no state: not coded.
_NOT_DONE = r"""
04 CHN ASN 国务院总理12日在京会见来华进行正式访问并出席中国—东盟峰会的越南总理。
11 IRN USA 伊朗外长12日说，伊朗不会屈服于压力，也不认为美国应该为局势升级承担全部责任。
05 IND CHN 印度一位大学教授12日认为，习近平主席提出的倡议至关重要。
05 IND CHN 一些国际人士12日表示，中方提出的倡议意义重大。
05 IND CHN 印度总理12日表示，习近平主席提出的倡议是否具有重要意义，还需要观察。
"""


@pytest.mark.parametrize(("text", "root", "pair"), _rows(_DONE))
def test_the_act_is_coded(text, root, pair):
    assert pair in _roots(text, root)


@pytest.mark.parametrize(("text", "root", "pair"), _rows(_NOT_DONE))
def test_no_act_of_the_pair(text, root, pair):
    assert pair not in _roots(text, root)


def test_the_visit_describes_the_guests_met_and_is_no_visit_by_the_host():
    text = "国务院总理12日在京会见来华进行正式访问并出席中国—东盟峰会的越南总理。"
    codes = {(s[:3], code, t[:3]) for s, code, t, _, _ in _events(text)}
    assert ("CHN", "040", "VNM") in codes
    assert ("CHN", "042", "VNM") not in codes


def test_the_negation_of_the_clause_before_reaches_no_other_party():
    said = "哈马斯12日说，巴勒斯坦武装人员不会屈服，以色列应该为冲突承担全部责任。"
    assert ("PSE", "ISR") in _roots(said, "11")
    alone = "哈马斯12日说，以色列应该为冲突承担全部责任。"
    assert ("PSE", "ISR") in _roots(alone, "11")
