"""An analyst's chapter (genre narrative): each act once, at a time the text gives, with a
counterpart; and, in any text, acts only supposed or asked about are no events."""

from datetime import date

from tests.coder.conftest import countries

WRITTEN = date(2022, 1, 15)  # a chapter on 2021-Q4, written after it


def dated(c) -> list[tuple[str, str, str, str, str]]:
    return [(e.date.isoformat(), e.date_precision, *k)
            for e, k in zip(c.events, countries(c), strict=True)]  # fmt: skip


def test_a_summary_and_a_vaguer_telling_give_way_to_the_dated_one(code):
    text = ("習近平與拜登舉行視訊峰會，雙方保持交流管道暢通。\n"
            "2021 年底，習近平與拜登 11 月中舉行視訊峰會。\n"
            "11 月 16 日，習近平與美國總統拜登舉行視訊峰會。")  # fmt: skip
    c = code(text, WRITTEN, genre="narrative")
    assert dated(c) == [("2021-11-16", "day", "CHN", "04", "USA")]
    # A news text keeps each telling with a date of its own (the undated one is a retelling).
    assert len(code(text, WRITTEN, genre="news").events) == 2


def test_an_act_with_no_time_is_a_relation_not_an_event(code):
    text = "至於中亞，中共在美軍完全撤出阿富汗後，大力支持新入主喀布爾的塔利班政權。"
    assert code(text, WRITTEN, genre="narrative").events == []


def test_a_date_of_an_earlier_after_clause_does_not_date_the_act_after_it(code):
    text = "9 月 15 日 AUKUS 成立而引發美國、法國的外交危機後，中共對法國的主張表示贊同。"
    assert code(text, WRITTEN, genre="narrative").events == []
    text = "12 月 10 日，尼加拉瓜在與我國斷交後，旋即與中共恢復外交關係。"
    assert ("NIC", "05", "CHN") in countries(code(text, WRITTEN, genre="narrative"))


def test_an_anchor_to_a_meeting_told_before_dates_the_act(code):
    text = "11 月 16 日，習近平與拜登舉行視訊峰會。\n習近平在會中警告，臺灣問題是中美關係的紅線。"
    c = code(text, WRITTEN, genre="narrative")
    assert ("CHN", "13", "USA") in countries(c)


def test_an_act_only_possible_or_supposed_is_no_event(code):
    c = code("美方會中就北京可能向莫斯科提供軍事援助一事表達嚴重關切。", WRITTEN)
    assert countries(c) == [("USA", "01", "CHN")]
    assert code("若中共日後向俄方提供武器，美中關係勢將再度急轉直下。", WRITTEN).events == []
    # A conditional menace stays a threat.
    c = code("習近平表示，如果臺獨分裂勢力突破紅線，我們將不得不採取斷然措施。", WRITTEN)
    assert [k[1] for k in countries(c)] == ["13"]


def test_what_happens_often_is_a_relation_in_a_narrative(code):
    text = "2022 至 2023 年間，美中兩國雖多次發生衝突，但溝通管道並未中斷。"
    assert code(text, WRITTEN, genre="narrative").events == []


def test_an_act_told_as_what_came_before_a_dated_one_has_no_date(code):
    text = "俄乌冲突爆发后不久，沙利文于 3 月 14 日在罗马同杨洁篪会谈。"
    assert countries(code(text, date(2022, 7, 20), genre="narrative")) == [("USA", "04", "CHN")]


def test_a_visits_span_holds_the_talks_of_a_day_of_it_told_in_one_sentence(code):
    text = "10 月 17 日至 19 日，普丁對中國進行國事訪問；18 日，習近平與普丁會談。"
    c = code(text, date(2023, 12, 31), genre="narrative")
    assert dated(c) == [("2023-10-01", "month", "RUS", "04", "CHN")]
    # In two sentences, the talks are dated by their own day.
    text = "10 月 17 日至 19 日，普丁對中國進行國事訪問。18 日，習近平與普丁會談。"
    c = code(text, date(2023, 12, 31), genre="narrative")
    assert dated(c) == [("2023-10-18", "day", "CHN", "04", "RUS")]
