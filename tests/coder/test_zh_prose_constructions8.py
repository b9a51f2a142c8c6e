"""Constructions of analysts' prose the actor module left unread after the seventh prose batch
(eval/README.md): a side named by the first character of a state the text names (立方 for
Lithuania) is that state after a verb of demand (要求立方…), though 立方 is otherwise a word;
any short form between 駐 and an envoy (召回駐日代表) is the state where the envoy is posted; 華 after a verb of coming (訪華) is China, a party
that a later 兩國 counts; a Japanese name of four characters given in full is the same person
where its surname (高市) stands alone later; three short forms run together where a clause
begins or after 對於 (美英澳宣布…) are the states themselves; 峰會前一天 is the eve of a
summit told on the last day named."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import countries

CASES = [
    # the side is the one demanded of, not the doer of the demanded act
    ("中國 9 日召回駐立陶宛大使，並要求立方撤回其決定。", ("CHN", "10", "LTU")),
    ("中国 9 日召回驻立陶宛大使，并要求立方撤回其决定。", ("CHN", "10", "LTU")),
    # 日 is no short form that stands alone, but 駐 and the envoy make it the host state
    ("9 月 11 日，我國召回駐日代表返國述職以示抗議。", ("TWN", "16", "JPN")),
    ("9 月 11 日，韩国召回驻日大使以示抗议。", ("KOR", "16", "JPN")),
    ("越南國家主席 9 日訪華，兩國 11 日簽署多項合作協議。", ("VNM", "05", "CHN")),
    ("印尼总统 10 日来华进行国事访问，两国 11 日签署联合声明。", ("IDN", "05", "CHN")),
    ("法國總統 4 月 6 日在華期間，兩國簽署多項合作協議。", ("FRA", "05", "CHN")),
    ("法国总统 4 月 6 日在华期间，两国签署多项合作协议。", ("FRA", "05", "CHN")),
    # the goods' state of 自華進口 is the one a duty on them hits
    ("3 月 2 日，歐盟執委會宣布對自華進口太陽能板課徵反傾銷稅。", ("EEC", "16", "CHN")),
    ("3 月 2 日，欧盟委员会宣布对自华进口太阳能板征收反倾销税。", ("EEC", "16", "CHN")),
    # a countermeasure's verb takes the state it aims at
    ("6 月 8 日，伊朗宣布反制美國。", ("IRN", "16", "USA")),
    ("6 月 8 日，伊朗宣布反制美国。", ("IRN", "16", "USA")),
]


@pytest.mark.parametrize(("text", "told"), CASES)
def test_an_analysts_construction_is_read(code, text, told):
    got = countries(code(text, date(2020, 1, 20), genre="narrative"))
    assert told in got


def test_a_cube_is_no_side_where_no_lithuania_is_named(code):
    got = countries(code("中國 9 日要求立方體廠商停產。", date(2020, 1, 20), genre="narrative"))
    assert all("LTU" not in (s, t) for s, _, t in got)


def test_a_visitor_described_by_a_visit_to_china_is_met_by_china(code):
    """訪華的 X: the visit describes the one met, so China is no party between the verb and X."""
    got = countries(code("6 月 19 日，習近平在北京會見訪華的美國國務卿。", date(2023, 6, 20)))
    assert ("CHN", "04", "USA") in got


@pytest.mark.parametrize(
    "text",
    [
        "日本首相野田佳彥 7 日在國會發言。中國外交部 10 日起連日批評野田，稱其言論錯誤。",
        "日本首相野田佳彦 7 日在国会发言。中国外交部 10 日起连日批评野田，称其言论错误。",
    ],
)
def test_a_japanese_surname_alone_is_the_person_named_before(text):
    c = coding(Document(text, published=date(2012, 9, 20), genre="narrative"))
    alone = [m for m in c.mentions if c.norm[m.start : m.end] == "野田"]
    assert [m.code for m in alone] == ["JPNGOV"]
    assert ("CHN", "11", "JPN") in countries(c)


@pytest.mark.parametrize(
    "text",
    [
        "3 月 2 日，對於美英澳簽署潛艦協議，中國外交部批評三國製造對抗。",
        "3 月 2 日，对于美英澳签署潜艇协议，中国外交部批评三国制造对抗。",
    ],
)
def test_three_short_forms_run_together_are_the_states(code, text):
    got = countries(code(text, date(2022, 3, 5), genre="narrative"))
    assert {("CHN", "11", "USA"), ("CHN", "11", "GBR"), ("CHN", "11", "AUS")} <= set(got)


@pytest.mark.parametrize(
    "text", ["中国全国人大愿同柬立法机构共同努力。", "中国全国人大愿同巴立法机构加强交往。"]
)
def test_a_run_ending_in_a_word_is_no_list_of_states(code, text):
    """同柬立法机构: 立法 (legislative) is a word, not Lithuania and France."""
    got = countries(code(text, date(2024, 9, 23)))
    assert not any(t in ("LTU", "FRA") for _, _, t in got)


@pytest.mark.parametrize(
    "text",
    [
        "2023 年 8 月 18 日，美日韓在大衛營舉行首次峰會。峰會前一天，中國外交部表示反對美國的做法。",
        "2023 年 8 月 18 日，美日韩在戴维营举行首次峰会。峰会前一天，中国外交部表示反对美国的做法。",
    ],
)
def test_the_eve_of_an_act_named_on_the_last_day_named(code, text):
    days = {e.date for e in code(text, date(2024, 5, 1), genre="narrative").events
            if e.source_actor.startswith("CHN")}  # fmt: skip
    assert days == {date(2023, 8, 17)}
