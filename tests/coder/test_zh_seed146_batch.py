"""What the seed-146 dev batch of whole CCTV items (eval/README.md, ``xwlb_docs``) showed the
coder getting wrong, each class mended by a rule about its construction. Our own sentences,
read as items of a broadcast of 12 October 2023."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2023, 10, 12)


@pytest.mark.parametrize(
    "text",
    [
        # the accession's time, then its application and talks: nouns after 的
        "匈牙利外长11日表示，格鲁吉亚加入欧盟的时机尚未成熟。",
        "摩尔多瓦11日递交了加入欧盟的申请。",
        # the noun with no 的, as a headline has it
        "德国总理称波黑加入欧盟时机未到",
        # the accession as the subject of a judgement
        "斯洛伐克总理11日表示，格鲁吉亚快速加入欧盟不符合欧盟成员国的利益。",
    ],
)
def test_an_accession_named_is_not_made(text):
    assert not {a for a in broadcast(text, D) if a[1] == "05"}


def test_an_accession_made_is_still_an_agreement():
    assert ("FIN", "05", "NAT") in broadcast("芬兰4日正式加入北约。", D)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("乌克兰方面11日称，乌空军打击了俄5个人员装备集中区。", ("UKR", "19", "RUS")),
        ("俄罗斯国防部11日称，俄军摧毁了乌多个弹药库。", ("RUS", "19", "UKR")),
        ("叙利亚军方11日说，以军空袭了叙两处军事设施。", ("ISR", "19", "SYR")),
    ],
)
def test_a_short_form_before_a_count_after_the_aspect_mark_is_the_target(text, act):
    """打击了俄5个…: 了 between the force verb and the short form, and a count after it."""
    assert act in broadcast(text, D)
