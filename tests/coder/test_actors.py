"""Actor phrases and their codes."""

from datetime import date

import pytest

D = date(2021, 12, 10)


def _actors(c) -> list[tuple[str, str]]:
    return [(c.text[m.start : m.end], m.code) for m in c.mentions if not m.inert]


def test_country_role_and_person_join_into_one_phrase(code):
    c = code("国家主席习近平同美国总统拜登举行视频会晤。", D)
    assert _actors(c) == [("国家主席习近平", "CHNGOV"), ("美国总统拜登", "USAGOV")]
    c = code("外交部發言人趙立堅表示，尼加拉瓜政府宣布斷交。", D)
    assert _actors(c) == [("外交部發言人趙立堅", "CHNGOV"), ("尼加拉瓜政府", "NICGOV")]


def test_leaders_are_coded_by_their_term_on_the_date(code):
    assert _actors(code("拜登发表讲话。", date(2021, 2, 1))) == [("拜登", "USAGOV")]
    # Before 2021-01-20 Biden held no office in the table: his country only, not USAGOV.
    assert _actors(code("拜登发表讲话。", date(2020, 11, 25))) == [("拜登", "USA")]
    assert _actors(code("普丁與普京", D)) == [("普丁", "RUSGOV"), ("普京", "RUSGOV")]


@pytest.mark.parametrize("text", ["美丽的风景", "中心城市", "法律规定", "中美洲国家", "日前会议"])
def test_one_character_short_forms_are_guarded(code, text):
    assert _actors(code(text, D)) == []


def test_short_forms_in_safe_contexts(code):
    assert _actors(code("中立两国", D)) == [("中", "CHN"), ("立", "LTU")]
    assert _actors(code("中美两国元首", D)) == [("中", "CHN"), ("美", "USA")]
    assert _actors(code("美方", D)) == [("美方", "USA")]
    # A pair that describes a thing (美中峰会) names no actor of its own.
    assert _actors(code("美中峰会", D)) == []


def test_an_ambiguous_short_form_takes_the_country_the_text_names(code):
    c = code("习近平同阿根廷总统通电话。中阿两国友好。", D)
    assert ("阿", "ARG") in _actors(c)
    c = code("习近平同阿富汗代表会见。中阿两国友好。", D)
    assert ("阿", "AFG") in _actors(c)


def test_we_is_the_speakers_state_else_the_documents(code):
    c = code("普京表示，我们愿意合作。", D)
    assert ("我们", "RUS") in _actors(c)
    c = code("我们愿意合作。", D, source="xwlb")
    assert _actors(c) == [("我们", "CHN")]
    assert _actors(code("我们愿意合作。", D)) == []


def test_home_roles_stand_for_the_home_state(code):
    c = code("外交部发言人表示，中方反对。", D, source="xwlb")
    assert _actors(c)[0] == ("外交部发言人", "CHNGOV")


def test_english_names_acronyms_and_case(code):
    c = code("US President Joe Biden told us the WHO and the EU met.", D)
    assert _actors(c) == [("US President Joe Biden", "USAGOV"), ("WHO", "UNOWHO"), ("EU", "EEC")]
    assert _actors(code("who said so", D)) == []


def test_places_and_reporters_are_inert(code):
    c = code("习近平在北京会见普京。", D)
    assert [m.inert for m in c.mentions] == [False, True, False]
    c = code("据美国媒体报道，俄罗斯谴责乌克兰。", D)
    assert c.mentions[0].inert and not c.mentions[1].inert
