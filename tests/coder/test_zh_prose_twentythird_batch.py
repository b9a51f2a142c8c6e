"""Constructions of analysts' prose from the twenty-third dev batch of prose_hant and prose_hans
(eval/README.md, 1955, 1960, 1962, 1963): a treaty signed by 两国 on a day of the visit told in
the clause before, Beijing by the name Taiwan gave it (北平), North Vietnam, Liu Shaoqi, experts
called home from China, and the next stop of a tour whose traveller the sentence before names.
The sentences are our own."""

from datetime import date

import pytest

from tests.coder.test_zh_prose_constructions15 import acts, dated


def chapter(code, body: str, head: str, written: date):
    return code(f"{head}\n\n{body}", written, genre="narrative")


HANS_1965 = ("第二章　1964 年中国外交回顾", date(1965, 1, 20))
HANT_1958 = ("第二章　民國 46 年中共對外關係", date(1958, 1, 20))


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        ("阿富汗国王 10 月 30 日至 11 月 9 日访华，11 月 2 日两国签订边界条约。", HANS_1965,
         ("AFG", "05", "CHN")),
        ("周恩來 1 月 11 日至 19 日訪問錫蘭，15 日兩國簽訂友好條約。", HANT_1958,
         ("CHN", "05", "LKA")),
    ],
)  # fmt: skip
def test_a_treaty_signed_by_the_pair_of_the_visit_before(code, body, head, act):
    """…访华，2 日两国签订…条约: the pair of the visit the clause before tells signs on a day
    within it (条约, which a bare 两国 most often recalls, is the visit's here)."""
    assert act in acts(chapter(code, body, *head))


def test_a_treaty_the_pair_signed_long_ago_is_no_act(code):
    """(guards the rule's reach) 两国于…年签署的条约 recalled during a visit is no accord."""
    body = "柬埔寨首相 3 月 2 日访华，双方回顾了两国于 1960 年签订的条约。"
    assert not {a for a in acts(chapter(code, body, *HANS_1965)) if a[1] == "05"}


@pytest.mark.parametrize(
    "body",
    ["印尼總統 9 月 30 日抵達北平訪問。", "寮國總理 8 月 20 日飛抵北平，展開訪問。"],
)
def test_beiping_is_beijing_in_taiwans_voice(code, body):
    """抵達北平: the city's name in Taiwan's usage of the time is the PRC's capital."""
    assert {a for a in acts(chapter(code, body, *HANT_1958)) if a[1:] == ("04", "CHN")}


def test_a_region_ending_on_bei_before_ping_is_no_city(code):
    """(guards the rule's reach) 東北平原 is a plain, not 北平: no host for the visit."""
    body = "日本農業考察團團長 6 月 3 日抵達東北平原考察。"
    assert not acts(chapter(code, body, *HANT_1958))


def test_north_vietnam_before_unification(code):
    """北越 is Vietnam's state in a chapter on the years before 1976, and no actor after
    (history recalled, as 苏联 is)."""
    body = "中共 7 月 7 日宣布向北越提供援助。"
    assert ("CHN", "07", "VNM") in acts(chapter(code, body, *HANT_1958))
    assert not acts(chapter(code, body, "第二章　民國 78 年中共對外關係", date(1990, 1, 20)))


def test_liu_shaoqi_is_chinas_head_of_state_in_the_sixties(code):
    """刘少奇, chairman of the PRC from 1959 to 1968, visits as China."""
    body = "刘少奇 3 月 26 日至 31 日访问巴基斯坦。"
    assert ("CHN", "04", "PAK") in acts(chapter(code, body, *HANS_1965))


@pytest.mark.parametrize(
    "body",
    ["苏联 8 月 1 日决定撤走全部在华技术人员。", "苏联政府 8 月 1 日照会中方，召回在华专家。"],
)
def test_experts_called_home_from_china(code, body):
    """召回在华专家: a state's experts withdrawn from China are its aid cut (162)."""
    assert ("RUS", "16", "CHN") in acts(chapter(code, body, *HANS_1965))


def test_the_next_stop_of_a_tour_lent_by_the_sentence_before(code):
    """…抵达加纳。16 日转往马里，21 日抵达几内亚: the traveller of the sentence before makes the
    second stop of a sentence that names no doer, not the first stop's state."""
    body = "周恩来 1 月 11 日抵达加纳。16 日转往马里，21 日抵达几内亚。"
    found = dated(chapter(code, body, *HANS_1965))
    assert ("CHN", "04", "GIN", date(1964, 1, 21)) in found
    assert ("CHN", "04", "MLI", date(1964, 1, 16)) in found


@pytest.mark.parametrize(
    ("body", "eased"),
    [
        ("英國政府 5 月 30 日宣布放寬對中共的貿易禁運。", ("GBR", "16", "CHN")),
        ("美国 5 月 30 日宣布放宽对古巴的部分制裁。", ("USA", "16", "CUB")),
    ],
)
def test_a_measure_eased_is_not_imposed(code, body, eased):
    """放宽对…的禁运: the embargo eased (085) is no sanction imposed that day (163)."""
    assert eased not in acts(chapter(code, body, *HANT_1958))


def test_an_easing_halted_keeps_the_measure(code):
    """暂停放宽对华…出口管制: the easing put off, the controls stay (163), as before the rule."""
    body = "美国 6 月 5 日宣布暂停放宽对华技术出口管制。"
    assert ("USA", "16", "CHN") in acts(chapter(code, body, *HANS_1965))
