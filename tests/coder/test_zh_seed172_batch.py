"""What the seed-172 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder missing, each class mended by a rule about its construction: a war launched that is
named by the state it was waged on (2001年，美国发动阿富汗战争) is force on that state in the year
the sentence gives it, and recited without a year it is background. Our own sentences, as items
of a broadcast of 16 August 2021."""

from datetime import date

import pytest

from dipwatch.coder import code_document
from dipwatch.models import Document

DAY = date(2021, 8, 16)


def _force(text: str) -> set[tuple[str, str, str]]:
    events = code_document(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    return {
        (e.source_actor[:3], e.target_actor[:3], e.date.isoformat())
        for e in events
        if e.root == "19" and e.source_actor and e.target_actor
    }


#: Each sentence with the force it tells on the war's target, or None for a recital (no year),
#: an anniversary and a war told as the object of a criticism.
CASES = [
    ("20年前，美国发动了阿富汗战争，推翻了塔利班政权。", ("USA", "AFG", "2001-01-01")),
    ("美国2001年以反恐为名发动阿富汗战争，阿富汗局势持续动荡。", ("USA", "AFG", "2001-01-01")),
    ("2003年3月20日，美国悍然发动伊拉克战争，导致大量平民死亡。", ("USA", "IRQ", "2003-03-20")),
    ("阿富汗前总统近日批评美国发动阿富汗战争以及在阿富汗长期的军事存在没有带来稳定。", None),
    ("美国发动阿富汗战争后，大量阿富汗人沦为难民。", None),
    ("10月7日是美国发动阿富汗战争20周年。", None),
]


@pytest.mark.parametrize(("text", "event"), CASES)
def test_a_war_named_by_its_target_is_force_only_in_its_year(text, event):
    found = _force(text)
    if event is None:
        assert not {e for e in found if e[0] == "USA"}
    else:
        assert event in found
