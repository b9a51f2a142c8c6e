"""People named by the corpus (coder-names1, eval/README.md "People named by the corpus,
judged"): a person CCTV names once with state and title and then bare is found for that state
by the bare name, holding the office within the term only; names shared by two people in office together are not
bare aliases. Sentences of our own making."""

from datetime import date

import pytest

from dipwatch.reference.people import people
from tests.coder.conftest import broadcast_acts


def _acts(text: str, day: date) -> set[tuple[str, str, str]]:
    return broadcast_acts(text, day)


def test_a_bare_name_gives_its_state_in_the_term():
    acts = _acts("莫雷诺总统当天访问中国。", date(2019, 6, 3))
    assert any(src == "ECUGOV" and tgt == "CHN" for src, _, tgt in acts), acts


def test_a_bare_name_holds_the_office_only_in_the_term():
    assert people().resolve("莫雷诺", date(2023, 6, 3)) == []
    assert [p.country for p in people().resolve("莫雷诺", date(2019, 6, 3))] == ["ECU"]


@pytest.mark.parametrize(
    ("name", "day", "country"),
    [
        ("帕希尼扬", date(2023, 9, 20), "ARM"),
        ("勒德里昂", date(2021, 3, 1), "FRA"),
        ("贺一诚", date(2022, 1, 5), "MAC"),
        ("岑浩辉", date(2025, 3, 1), "MAC"),
        ("甘茨", date(2021, 8, 30), "ISR"),
        ("查克维拉", date(2022, 4, 1), "MWI"),
        ("拉里贾尼", date(2026, 2, 11), "IRN"),
        ("瑟比加", date(2025, 5, 23), "UKR"),
    ],
)
def test_cctv_short_forms_resolve_to_their_state(name, day, country):
    assert [p.country for p in people().resolve(name, day)] == [country]


@pytest.mark.parametrize(
    "name", ["萨利赫", "菲利普", "穆罕默德", "阿里", "基尔", "萨赫勒", "洛佩斯", "沙希德", "多东"]
)
def test_names_two_people_or_a_place_share_are_no_bare_alias(name):
    assert people().resolve(name) == []


def test_a_speaker_stays_the_legislature():
    """The table codes a person GOV; a speaker is LEG by his title, so no speaker is listed."""
    assert people().resolve("拉里贾尼", date(2020, 1, 19)) == []
    assert [p.role for p in people().resolve("拉里贾尼", date(2025, 9, 1))] == ["official"]


def test_a_name_inside_a_word_is_no_person():
    """多东 (Dodon) is in 更多东盟, 沙希德 in 穆沙希德: such names are kept in full only."""
    acts = _acts("中国欢迎更多东盟国家优质产品对华出口。", date(2019, 4, 19))
    assert not any("MDA" in (src + tgt) for src, _, tgt in acts), acts
    acts = _acts("巴基斯坦参议院外交委员会主席穆沙希德·侯赛因表示，支持中国。", date(2020, 7, 6))
    assert not any("MDV" in (src + tgt) for src, _, tgt in acts), acts
