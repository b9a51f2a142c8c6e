"""What the seed-183 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder missing, each class mended at its construction: a denial told firm (予以坚决否认,
``zh.016.deny_told``); a ceasefire the speaker hopes named sides keep (希望…严格执行停火协议,
``zh.0256.restraint``); a response a state says it is driven to (将不得不采取应对措施,
``zh.130.countermeasure``) and a countermeasure whose target is the topic its clause opens on
(对于北约的种种行为，俄方将…: ``slots.fallback_target``); 阿亚 and 亚阿, the Karabakh war's pair
(``actors._fixed_pair_parts``, ``pair_words``); a date a thing should have come on (本应在10日
生效) dates no act of the sentence (``dates._PLANNED_BEFORE``). Our own sentences, as items of a
broadcast of 3 May 2024."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

DAY = date(2024, 5, 3)


def _acts(text: str) -> set[tuple[str, str, str]]:
    """(source country, root, target country) of the events of ``text``."""
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    return {((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3]) for e in c.events}


def _dated(text: str) -> set[tuple[str, str, str, str]]:
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    return {
        ((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3], str(e.date))
        for e in c.events
    }


def test_a_firm_denial_answers_the_claim_told() -> None:
    assert ("IRN", "01", "USA") in _acts(
        "针对美国国防部指称伊朗向也门运送武器，伊朗外交部2日予以坚决否认。"
    )


@pytest.mark.parametrize(
    "text",
    [
        "埃及外长表示，埃方希望以色列和黎巴嫩严格遵守停火协议。",
        "土耳其总统表示，希望以色列与黎巴嫩切实执行停火协定。",
    ],
)
def test_a_ceasefire_hoped_kept_is_asked_of_the_sides(text: str) -> None:
    acts = _acts(text)
    assert {a[2] for a in acts if a[1] == "02"} >= {"ISR", "LBN"}


def test_hoping_for_a_ceasefire_with_no_side_named_asks_no_one() -> None:
    assert not any(a[1] == "02" for a in _acts("埃及外长表示，希望停火协议得到执行。"))


def test_a_response_one_is_driven_to_threatens_the_topic() -> None:
    assert ("RUS", "13", "NAT") in _acts(
        "俄罗斯外交部发言人2日表示，对于北约在波罗的海的种种行动，俄罗斯将不得不采取应对措施。"
    )


def test_own_measures_against_a_disease_threaten_no_one() -> None:
    assert not any(a[1] == "13" for a in _acts("日本将采取应对措施遏制疫情，并同韩国加强合作。"))


def test_a_countermeasure_aims_at_the_topic_its_clause_opens_on() -> None:
    assert ("CHN", "13", "USA") in _acts(
        "外交部发言人2日表示，对于美国的无理打压，中方将采取相应措施。"
    )


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("阿亚双方均指责对方违反停火协议。", {("AZE", "11", "ARM"), ("ARM", "11", "AZE")}),
        ("亚阿两国外长2日在莫斯科间接会谈。", {("ARM", "04", "AZE")}),
        ("俄总统2日分别与阿亚领导人通电话。", {("RUS", "04", "AZE"), ("RUS", "04", "ARM")}),
    ],
)
def test_the_karabakh_pair_names_its_states(text: str, acts: set) -> None:
    assert acts <= _acts(text)


def test_the_pair_s_letters_inside_a_name_are_no_pair() -> None:
    acts = _acts("叙利亚阿拉伯复兴社会党2日同中方举行会谈。")
    assert not any({"ARM", "AZE"} & {a[0], a[2]} for a in acts)


def test_a_day_a_thing_should_have_come_on_dates_no_act() -> None:
    dated = _dated("该停火协议本应在1日生效，但冲突并未停止，阿亚双方均指责对方违反协议。")
    assert dated and all(d[3] != "2024-05-01" for d in dated)


def test_karabakh_is_no_pair_of_namibia_and_qatar() -> None:
    acts = _acts("纳卡冲突仍在持续 亚阿两国外长2日在莫斯科间接会谈")
    assert ("ARM", "04", "AZE") in acts
    assert not any({"NAM", "QAT"} & {a[0], a[2]} for a in acts)
