"""Faults of the fifteenth round's integration check (seed 174, eval/README.md, coder-audit26),
fixed by the coder-zh90 helper at the construction's depth, each tried on wordings of its own."""

from datetime import date

from tests.coder.conftest import broadcast

_AIRED = date(2024, 5, 9)


def test_a_transliterated_name_of_short_forms_is_no_list_of_states():
    """A run of short forms that repeats one (卡…卡) or goes on in a transliteration character
    (…尼亚) is a foreign name, not states listed; a list of states still is."""
    wrote = "春节前夕，马斯马德中学学生给习近平写信，表示希望能有机会访问中国。"
    assert broadcast(wrote, _AIRED) == set()
    assert broadcast("卡塔尼亚市长表示希望能有机会访问中国。", _AIRED) == set()
    listed = broadcast("美英澳宣布将访问中国。", _AIRED)
    assert {s for s, _, _ in listed} >= {"USA", "GBR", "AUS"}


def test_an_embassy_posted_to_a_short_form_is_its_owners():
    """伊朗驻黎使馆: the host named by its short form is a place; the embassy is Iran's."""
    found = broadcast("伊朗驻黎使馆8日遭以色列无人机袭击。", _AIRED)
    assert ("ISR", "19", "IRN") in found
    assert ("ISR", "19", "LBN") not in found


def test_a_pair_with_arab_states_names_no_argentina():
    """中阿 with no state of 阿's named in full is China and the Arab states: no Argentina."""
    found = broadcast("论坛期间，中阿双方当天签署了多项合作协议。", _AIRED)
    assert not any("ARG" in (s, t) for s, _, t in found)
    named = broadcast("阿根廷外长8日抵达北京。中阿双方当天签署了多项合作协议。", _AIRED)
    assert any("ARG" in (s, t) for s, _, t in named)


def test_states_hosting_missions_listed_after_zhu_are_places():
    """中国驻A、B等国使馆举办招待会，来宾们称赞…: the listed hosts are where the missions are, and
    the guests, unnamed, no state (the guidelines: receptions with unnamed guests are no events)."""
    found = broadcast(
        "中国驻智利、秘鲁、古巴等国使馆日前举行新春招待会，来宾们高度评价中国发展成就。", _AIRED
    )
    assert not any(t == "CHN" for _, _, t in found)
