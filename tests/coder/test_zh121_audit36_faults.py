"""Faults of coder-audit36's hand check (eval/README.md, coder-zh121): victims read as the
attacker, a protest against one's own government read as one against a foreign seller, and a
headline's criticism reversed; each tried on wordings of our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

_AIRED = date(2024, 5, 6)


def _acts(text: str, title: str = "") -> set[tuple[str, str, str]]:
    c = coding(Document(text, published=_AIRED, kind="xwlb", source="xwlb", title=title))
    return {(e.source_actor or "", e.code, e.target_actor or "") for e in c.events}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("去年3月，7名叙利亚平民死于以色列空袭。", ("ISR", "195", "SYR")),
        ("包括两名儿童在内的5名伊拉克平民死于美军无人机空袭。", ("USAMIL", "195", "IRQ")),
    ],
)
def test_the_dead_are_the_victims_of_the_strike(text, act):
    """X死于Y空袭: the one after 死于 struck from the air, the dead are its victims (not a place,
    not the doer)."""
    acts = _acts(text)
    assert act in acts
    assert (act[2], act[1], act[0]) not in acts


def test_a_death_with_no_strike_is_no_event():
    """死于 a state named as where one died is no strike."""
    assert not {a for a in _acts("这名叙利亚记者去年死于黎巴嫩。") if a[1] == "195"}


@pytest.mark.parametrize(
    "text",
    [
        "澳大利亚悉尼市日前爆发抗议，反对澳大利亚跟随美国扩军，抗议澳大利亚从美国购买潜艇。",
        "德国柏林近日爆发示威，抗议德国从美国购买战机。",
    ],
)
def test_people_protesting_their_own_state_are_no_event(text):
    """People where the protest broke out protest their own government; the seller named inside
    the object is no party."""
    assert not {a for a in _acts(text) if a[1][:2] == "14"}


def test_a_crowd_protesting_another_state_still_demonstrates():
    """韩国首尔爆发抗议，抗议日本…: the protested state is not the crowd's own."""
    assert ("KOR", "141", "JPN") in _acts("韩国首尔爆发抗议，抗议日本排放核污染水。")


@pytest.mark.parametrize(
    "text",
    [
        "俄称欧盟迫于美国压力对俄制裁损害自身利益。",
        "俄方称，欧盟采取对俄制裁措施只会给自身带来损害。",
    ],
)
def test_a_measure_said_to_harm_its_maker_is_the_speakers_criticism(text):
    """X称Y…对X制裁损害自身利益: X criticises Y; the state after 对 is the one sanctioned."""
    acts = {a for a in _acts(text) if a[1] == "111"}
    assert {(a[0][:3], a[2][:3]) for a in acts} == {("RUS", "EEC")}


def test_the_sanctioned_is_never_the_one_reproached():
    """伊朗称美国对伊朗的制裁…: the maker before 对 stays the one reproached."""
    assert ("IRN", "111", "USA") in _acts("伊朗称，美国对伊朗的制裁损害地区稳定。")
