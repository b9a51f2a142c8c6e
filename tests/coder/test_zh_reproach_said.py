"""Reproach told before the words it says: 指责说，Y…, 谴责说，Y… aim at the state the words open
with (``zh.112.accuse_said``, ``zh.111.condemn_said``, ``zh_reproach_said``; eval/README.md
"Dev misses by construction", reported reactions); the sentences are our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

DAY = date(2023, 5, 11)


def _events(text: str) -> list[tuple[str, str, str, str]]:
    """(source country, root, target country, date) of every event of ``text``."""
    c = coding(Document(text, published=DAY, kind="xwlb"))
    return [(e.source_actor[:3], e.code[:2], e.target_actor[:3], e.date.isoformat())
            for e in c.events if e.target_actor]  # fmt: skip


#: (text, source, root, target): the reproached opens the words said.
_REPROACHED = [
    ("伊朗外交部指责称，美国的制裁违反了国际法。", "IRN", "11", "USA"),
    ("委内瑞拉总统谴责说，美国试图摧毁委内瑞拉的石油工业。", "VEN", "11", "USA"),
    ("黎巴嫩总理批评说，以色列的袭击表明以色列拒绝停火努力。", "LBN", "11", "ISR"),
    ("加拿大总理批评说，美国的政策导致全球关系破裂。", "CAN", "11", "USA"),
    ("俄罗斯总统助理指责说，近期波兰一些政客发表的言论荒唐可笑。", "RUS", "11", "POL"),
]


@pytest.mark.parametrize(("text", "source", "root", "target"), _REPROACHED)
def test_the_state_the_words_said_open_with_is_reproached(text, source, root, target):
    assert any(e[:3] == (source, root, target) for e in _events(text))


#: No reproach of the state the words open with: it suffered the act told (遭到), the words
#: are an if-clause, or the reproach is the reproacher's own state's (its own facilities).
_NOT_REPROACHED = [
    ("伊朗外交部谴责说，叙利亚平民遭到空袭，地区局势恶化。", "SYR"),
    ("伊朗外交部谴责说，叙利亚平民当天被炸死，地区局势恶化。", "SYR"),
    ("亚美尼亚总理指责说，如果没有土耳其的支持，这场冲突就不会发生。", "TUR"),
    ("伊朗原子能组织主席谴责说，伊朗的核设施遭到破坏。", "IRN"),
]


@pytest.mark.parametrize(("text", "target"), _NOT_REPROACHED)
def test_no_reproach_of_one_who_suffered_or_is_supposed(text, target):
    assert not any(e[1] == "11" and e[2] == target for e in _events(text))


def test_a_day_in_the_words_said_is_not_the_reproach_s():
    """希腊国防部门指责说，土耳其战机10日侵入了…: the 10th is the incursion's day; the charge,
    told with no day of its own, is on the day the item carried into the sentence."""
    text = "希腊政府9日举行会议。希腊国防部门指责说，土耳其战机10日侵入了希腊领空。"
    found = _events(text)
    assert ("GRC", "11", "TUR", "2023-05-09") in found
    assert not any(e[3] == "2023-05-10" for e in found if e[:3] == ("GRC", "11", "TUR"))


def test_a_day_in_the_words_said_before_the_trigger_is_not_the_charge_s():
    """伊朗副总参谋长今天回应称，以色列在6月…，以色列试图…掩盖其失败: the charge is made today;
    June is when the war the words tell was fought."""
    text = "伊朗军方副总参谋长今天回应称，以色列在6月的战争中并未实现任何目标，以色列试图通过媒体掩盖其失败。"
    found = [e for e in _events(text) if e[:3] == ("IRN", "11", "ISR")]
    assert found and all(e[3] == DAY.isoformat() for e in found)
