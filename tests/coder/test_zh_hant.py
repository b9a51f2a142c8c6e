"""zh-Hant analytic prose (the seed chapter's style): classes of coding errors, each with
sentences of our own (issue 3)."""

from datetime import date

import pytest

from tests.coder.conftest import countries

D = date(2022, 12, 31)


def _sorted(text: str, code, day: date = D) -> list[tuple[str, str, str]]:
    return sorted(countries(code(text, day)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The topic clause names whom the reaction after the comma is aimed at.
        ("對於日本政府決定排放核處理水，中共外交部表示強烈不滿。", [("CHN", "11", "JPN")]),
        (
            "對於美國和英國的聯合聲明，中方表示堅決反對。",
            [("CHN", "11", "GBR"), ("CHN", "11", "USA")],
        ),
        # 美日 side by side: both; a host city before 峰會 is a place, not Spain or Lithuania.
        (
            "對於美日領導人的聯合聲明，中共外交部表示強烈不滿。",
            [("CHN", "11", "JPN"), ("CHN", "11", "USA")],
        ),
        ("針對北約維爾紐斯峰會公報，中共駐歐盟使團表示堅決反對。", [("CHN", "11", "NAT")]),
        # The object inside the topic is no act of its own.
        ("對於美軍擊落氣球，中共外交部表示強烈抗議。", [("CHN", "11", "USA")]),
    ],
)
def test_a_topic_clause_names_the_target(code, text, expected):
    assert _sorted(text, code) == expected


def test_no_topic_no_target(code):
    assert countries(code("中共外交部表示強烈不滿。", D)) == []


def test_a_passive_clause_of_its_own_is_about_the_subject(code):
    got = _sorted("美國國務卿抵達臺北訪問，遭中共外交部強烈譴責。", code)
    assert got == [("CHN", "11", "USA"), ("USA", "04", "TWN")]  # the visit is kept too


def test_our_country_in_traditional_script_is_taiwan(code):
    got = countries(code("索羅門群島宣布與我國斷絕外交關係，改與中共建交。", D))
    assert ("SLB", "16", "TWN") in got and ("SLB", "05", "CHN") in got
    assert countries(code("日本政府向我國捐贈 100 萬劑疫苗。", D)) == [("JPN", "07", "TWN")]
    assert countries(code("共軍派出 30 架次軍機進入我國西南防空識別區。", D)) == [
        ("CHN", "15", "TWN")
    ]


def test_our_country_in_simplified_readouts_is_still_the_speaker(code):
    got = countries(code("王毅表示，我国坚决反对美方制裁。", D, source="xwlb"))
    assert all(t != "TWN" and s != "TWN" for s, _, t in got)


def test_a_pdf_line_break_inside_a_sentence_does_not_end_it(code):
    c = code("11\n月 16 日，習近平與拜登舉行視訊峰會。", D)
    assert [(e.date.isoformat(), e.root) for e in c.events] == [("2022-11-16", "04")]
    wrapped = "12 月 7 日，習近平在北京會見歐洲理事會主席米歇爾，雙方就中歐關係交換意見，並會見歐盟執委會\n主席范德賴恩。"
    assert len(code(wrapped, D).sentences) == 1
    # A short line is a heading: it stays a sentence of its own.
    assert len(code("習近平會見普丁\n習近平在莫斯科會見普丁。", D).sentences) == 2


def test_a_summit_with_a_long_qualifier_and_a_group_of_three(code):
    got = _sorted("拜登在大衛營與日本首相、南韓總統舉行三邊峰會。", code)
    assert got == [("JPN", "04", "KOR"), ("USA", "04", "JPN"), ("USA", "04", "KOR")]
    got = _sorted("拜登在白宮與南韓總統舉行首次面對面峰會。", code)
    assert got == [("USA", "04", "KOR")]
    # 分別與: each apart, and a group word in a later clause joins nobody.
    text = (
        "伊拉克外長侯賽因分別與約旦外交大臣薩法迪和埃及外長阿卜杜勒阿提通電話，三國外長重申立場。"
    )
    assert ("JOR", "04", "EGY") not in countries(code(text, D))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中共海關總署宣布暫停輸入臺灣石斑魚。", [("CHN", "16", "TWN")]),
        ("美國商務部將華為等 20 家中國大陸企業列入實體清單。", [("USA", "16", "CHN")]),
        ("美軍戰機擊落中共無人機。", [("USA", "19", "CHN")]),
        ("澳洲就中共對葡萄酒加徵關稅向世界貿易組織提出訴訟。", [("AUS", "11", "CHN")]),
        ("中共外交部宣布暫停中美氣候變化商談。", [("CHN", "16", "USA")]),
        ("美軍完成自伊拉克撤軍。", [("USA", "08", "IRQ")]),
        ("美方宣布將捐贈 75 萬劑疫苗給臺灣。", [("USA", "03", "TWN")]),
        ("法國總統偕同歐盟執委會主席訪問中國大陸。", [("EEC", "04", "CHN"), ("FRA", "04", "CHN")]),
        ("孫衛東就七國集團廣島峰會召見日本駐華大使。", [("CHN", "11", "JPN")]),
    ],
)
def test_acts_told_in_taiwanese_analytic_prose(code, text, expected):
    assert _sorted(text, code) == expected


@pytest.mark.parametrize(
    "text",
    [
        "中共迄今未公開譴責俄羅斯入侵烏克蘭。",  # negated
        "中國海關開始拒絕立陶宛貨品清關。",  # goods refused, no rebuff of a state
        "聯合國大會要求俄羅斯從烏克蘭撤軍。",  # a withdrawal demanded, not done
    ],
)
def test_no_act(code, text):
    assert [c for c in countries(code(text, D)) if c[1] in ("08", "11", "12")] == []


def test_a_visit_that_only_describes_the_target_is_no_visit(code):
    got = countries(code("中共宣布對訪臺的立陶宛副部長實施制裁。", D))
    assert got == [("CHN", "16", "LTU")]
