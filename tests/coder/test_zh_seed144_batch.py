"""What the seed-144 dev batch of whole CCTV items (eval/README.md, ``xwlb_docs``) showed the
coder getting wrong, each class mended by a rule about its construction. Our own sentences,
read as items of a broadcast of 15 June 2022."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast, countries

D = date(2022, 6, 15)


def test_an_initial_before_an_office_is_the_state_the_item_names():
    """圭议会 after 圭亚那 is named: a state with no short form of its own is one by its initial
    before an office where the text names it in full; not where it does not."""
    item = "赵乐际同圭亚那国民议会议长举行会谈。圭议会期待同中国全国人大深化交流合作。"
    assert ("GUY", "03", "CHN") in broadcast(item, D)
    assert not {a for a in broadcast("圭议会期待同中国全国人大深化交流合作。", D) if a[0] == "GUY"}


@pytest.mark.parametrize(
    "item",
    [
        # the doers a group of states names (包括…在内的), the thanks with a degree word
        "习近平同秘鲁总统通电话。习近平指出，包括秘鲁在内的许多国家政府和人民通过各种方式"
        "对中方给予大力支持，我们对此表示衷心感谢。",
        "王毅同秘鲁外长通电话。王毅表示，秘鲁政府对中方给予坚定支持，中方对此表示诚挚感谢。",
    ],
)
def test_thanks_for_this_go_to_the_doer_told_before(item):
    """The thanker is who stands before 对此, not the doer the clause before opens with."""
    assert ("CHN", "05", "PER") in broadcast(item, D)


@pytest.mark.parametrize(
    ("text", "source", "root"),
    [
        ("伊朗外交部发言人谴责美国的单边制裁以及以色列的军事行动。", "IRN", "11"),
        ("巴勒斯坦民众举行集会，抗议美国所谓的“和平计划”和以色列的定居点扩建。", "PSE", "14"),
    ],
)
def test_two_owners_things_reproached_are_each_owners(text, source, root):
    found = broadcast(text, D)
    assert {(source, root, "USA"), (source, root, "ISR")} <= found


def test_a_recent_day_before_zeng_tells_news_not_background():
    c = coding(Document("俄罗斯外交部发言人近日曾表示，美国的做法极其虚伪。", published=D,
                        kind="xwlb", source="xwlb"))  # fmt: skip
    assert ("RUS", "11", "USA") in countries(c)
    assert {e.date for e in c.events} == {D}


def test_a_place_after_zai_is_where_the_struck_subject_was():
    found = broadcast("俄罗斯军队11日在叙利亚阿勒颇省遭到土耳其军队空袭。", D)
    assert ("TUR", "19", "RUS") in found
    assert not {a for a in found if a[2] == "SYR"}
    # no doer named: no strike, and not the struck army's on the place
    assert not broadcast("法国军队11日在马里北部遭到空袭。", D)


def test_an_organisations_meeting_is_the_occasion():
    assert not {a for a in broadcast("美拒发签证 俄代表联合国会上表达不满", D) if a[2] == "UNO"}


def test_targets_within_anothers_reach_threaten_force():
    found = broadcast("伊朗军方称，以色列的所有军事目标都在伊朗军队的打击范围之内。", D)
    assert ("IRN", "13", "ISR") in found
