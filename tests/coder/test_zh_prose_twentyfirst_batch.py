"""Constructions of analysts' prose from the twenty-first dev batch of prose_hant and prose_hans
(eval/README.md, 1950, 1954, 1958 and 1978): the names of the time (the Soviet Union, its
leaders, the men of the 1950s), a state that follows suit on a day of its own, a state or
government recognised on a day, relations opened at the chargé's level, and aid cut named by its
kind after a short form. The sentences are our own."""

from datetime import date

import pytest

from tests.coder.test_zh_prose_constructions15 import acts, dated, narrative

HANT = "第一章　民國 48 年中共外交回顧"
HANS = "第一章　1959 年中国外交回顾"
WRITTEN = date(1960, 1, 20)


def chapter(code, body: str, head: str = HANS):
    """A chapter written the January after the year it tells, as the batch's are."""
    return code(f"{head}\n\n{body}", WRITTEN, genre="narrative")


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        ("赫鲁晓夫 9 月 30 日抵达北京访问。", HANS, ("RUS", "04", "CHN")),
        ("蘇聯 5 月 4 日與葉門簽署貿易協定。", HANT, ("RUS", "05", "YEM")),
        ("杜勒斯 6 月 18 日抵達臺北訪問。", HANT, ("USA", "04", "TWN")),
        ("陈毅 11 月 3 日同岸信介政府的代表会谈。", HANS, ("CHN", "04", "JPN")),
    ],
)
def test_names_of_the_time(code, body, head, act):
    """蘇聯 and the men who spoke for states in the 1950s are their states."""
    assert act in acts(chapter(code, body, head))


def test_the_soviet_union_named_after_it_ended(code):
    """纪念苏联伟大卫国战争胜利80周年: on a day after 1991 苏联 is history recalled, no party
    to the day's acts (the same words in a chapter on 1959 make it one, whenever it was written:
    review-zh33)."""
    body = "越南 11 月 3 日同苏联签订条约。"
    assert ("VNM", "05", "RUS") in acts(chapter(code, body))
    assert ("VNM", "05", "RUS") in acts(narrative(code, body, HANS))
    assert ("VNM", "05", "RUS") not in acts(narrative(code, body))  # (a chapter on 2026)


def test_a_state_follows_suit_on_a_day_of_its_own(code):
    """马里同月 25 日跟进: the day before 跟进 marks the following as 亦 does."""
    body = "加纳 7 月 5 日同中国建交，马里同月 25 日跟进。"
    ties = {d for d in dated(narrative(code, body, HANS)) if d[1] == "05"}
    assert ("MLI", "05", "CHN", date(1959, 7, 25)) in ties


@pytest.mark.parametrize(
    ("body", "present"),
    [
        ("中国 3 月 6 日承认越南民主共和国。", {("CHN", "05", "VNM")}),
        ("中国 3 月 6 日承认蒙古人民共和国。", {("CHN", "05", "MNG")}),
        # an admission after a day is no recognition
        ("以色列军方 6 日承认以军基地遭到伊朗导弹袭击。", set()),
    ],
)
def test_a_state_recognised_on_a_day(code, body, present):
    """X 日承认 {state} 民主共和国|政府: recognition with the day where 宣布 would stand."""
    ties = {a for a in acts(narrative(code, body, HANS)) if a[1] == "05"}
    assert ties == present


def test_relations_at_the_charges_level(code):
    """與荷蘭宣布互派代辦: relations opened at the chargé's level are relations established."""
    assert ("CHN", "05", "NLD") in acts(narrative(code, "中共 4 月 8 日與荷蘭宣布互派代辦。", HANT))


def test_aid_cut_named_by_its_kind(code):
    """停止对越经济援助: the kind of aid after the short form leaves 越 the state."""
    told = acts(narrative(code, "中国 7 月 3 日宣布停止对越经济援助。", HANS))
    assert ("CHN", "16", "VNM") in told


@pytest.mark.parametrize(
    ("body", "present", "absent"),
    [
        # 台 after a verb of coming is the visit's host, the pair's other half
        ("美國副總統 5 月 14 日抵臺訪問，16 日雙方發表聯合公報。", {("USA", "05", "TWN")}, set()),
        # a visit named as the frame of another act leaves 台 no party of that act
        (
            "中共 8 月 3 日表示不滿，並在美國議員訪臺期間舉行軍事演習。",
            set(),
            {("CHN", "11", "TWN")},
        ),
    ],
)
def test_taiwan_as_a_visits_host(code, body, present, absent):
    """抵臺, 訪臺: 臺 after a verb of coming names Taiwan, as 华 after one names China."""
    told = acts(chapter(code, body, HANT))
    assert present <= told
    assert not absent & told


def test_west_germany_before_unification(code):
    """西德 is Germany in a chapter on a year before 1990 (h190's tour of Western Europe),
    whenever written, and history recalled on a day after (review-zh33)."""
    body = "華國鋒 10 月 15 日至 22 日訪問西德。"
    head = "第一章　民國 68 年中共外交回顧"
    assert ("CHN", "04", "DEU") in acts(chapter(code, body, head))
    assert ("CHN", "04", "DEU") in acts(narrative(code, body, head))
    later = "第二章　民國 115 年上半年中共外交"
    assert ("CHN", "04", "DEU") not in acts(narrative(code, body, later))


def test_a_journey_at_once_before_a_next_day(code):
    """隨即轉往…，次日…: the journey is on the day before's act, the next day's act on the next
    day, though the sentence before names one day only."""
    body = (
        "周恩來 4 月 19 日抵達新德里訪問；25 日雙方發表聯合公報。"
        "周恩來隨即轉往加德滿都，次日與尼泊爾首相發表聯合聲明。"
    )
    told = dated(chapter(code, body, HANT))
    assert ("CHN", "04", "NPL", date(1959, 4, 25)) in told
    assert ("CHN", "04", "NPL", date(1959, 4, 26)) not in told
