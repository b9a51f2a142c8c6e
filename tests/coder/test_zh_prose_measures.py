"""Trade measures in a think tank's review (the sixth prose dev batch): a date that names when
a thing came about does not date the act told of it, a ruling that closes an investigation
opens none, and restrictions taken against a party are a sanction."""

from datetime import date

import pytest

from dipwatch.coder.dates import find_dates
from tests.coder.conftest import countries

WRITTEN = date(2025, 12, 15)


def coded(code, text: str) -> set[tuple[str, str, str, str]]:
    c = code(text, WRITTEN, genre="narrative")
    return {(e.date.isoformat(), *k) for e, k in zip(c.events, countries(c), strict=True)}


def test_a_date_before_announced_and_de_names_the_thing_not_the_act():
    found = find_dates("中方暂停实施 10 月 9 日公布的出口管制措施", WRITTEN, genre="narrative")
    assert [m.attributive for m in found] == [True]


def test_a_reports_date_still_dates_what_it_reports():
    found = find_dates("据以色列国防军 23 日发布的消息，以军空袭多地", WRITTEN)
    assert [m.attributive for m in found] == [False]


def test_the_terms_of_a_summits_consensus_keep_the_summits_day(code):
    text = ("10 月 30 日，中美元首在釜山会晤。双方在会晤中就经贸问题达成一系列共识：中方暂停实施"
            "10 月 9 日公布的出口管制措施一年。")  # fmt: skip
    got = coded(code, text)
    assert ("2025-10-30", "CHN", "05", "USA") in got
    assert not any(g[0] == "2025-10-09" for g in got)


def test_a_measure_named_after_its_date_is_dated_by_it(code):
    text = (
        "11 月 14 日，两国元首会晤。然而，美国 10 月 7 日出台的对华芯片出口管制新规仍是双方的分歧。"
    )
    assert ("2025-10-07", "USA", "16", "CHN") in coded(code, text)


def test_the_final_ruling_of_an_investigation_opens_no_investigation(code):
    text = "7 月 4 日，中国商务部公布对欧盟白兰地反倾销调查的终裁，决定征收反倾销税。"
    got = coded(code, text)
    assert ("2025-07-04", "CHN", "16", "EEC") in got
    assert not any(g[2] == "09" for g in got)


def test_restrictions_taken_against_a_party_are_a_sanction(code):
    got = coded(code, "7 月 6 日，中方对欧盟医疗器械采取对等限制措施。")
    assert ("2025-07-06", "CHN", "16", "EEC") in got


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a duty told by its rate alone
        ("4 月 2 日，美國宣布對貿易夥伴課徵「對等關稅」，其中對中國商品加徵 34%。",
         ("2025-04-02", "USA", "16", "CHN")),
        # a rate raised in kind falls where the duties told last did
        ("4 月 4 日，中方宣布對美國進口商品加徵 34% 關稅。9 日，美方將對中國商品的關稅提高至 125%；"
         "中方 11 日跟進，將反制稅率同樣提高至 125%。", ("2025-04-11", "CHN", "16", "USA")),
        # barring a state's firms from procurement
        ("6 月 20 日，歐盟限制中國企業參與歐盟醫療器械公共採購。", ("2025-06-20", "EEC", "16", "CHN")),
    ],
)  # fmt: skip
def test_measures_told_without_their_usual_words_are_sanctions(code, text, act):
    assert act in coded(code, text)
