"""Dates of a news item's acts: recent days, bare days after a recalled date, years told after
the act (the inputs are our own sentences in the style of a broadcast)."""

from datetime import date

from dipwatch.coder import coding
from dipwatch.models import Document

DAY = date(2022, 11, 29)


def _events(text: str, day: date = DAY):
    c = coding(Document(text, published=day, kind="xwlb"))
    return [(e.source_actor[:3], e.code[:2], e.target_actor[:3], e.date.isoformat(),
             e.date_precision) for e in c.events]  # fmt: skip


def test_a_recent_act_is_on_the_broadcast_s_day_not_the_lead_s():
    found = _events("土耳其国防部长28日与军方将领举行会议。叙利亚方面近日谴责土耳其的军事存在。")
    assert ("SYR", "11", "TUR", "2022-11-29", "day") in found


def test_an_act_of_late_is_dated_to_the_month():
    found = _events("德国和法国近来相继对意大利实施入境限制。")
    assert ("DEU", "16", "ITA", "2022-11-01", "month") in found  # an entry ban: 163


def test_recent_after_the_trigger_is_the_object_s_time():
    found = _events("巴勒斯坦外交部同一天发表声明，强烈谴责以色列近期的军事行动。")
    assert ("PSE", "11", "ISR", "2022-11-29", "day") in found


def test_a_bare_day_after_a_recalled_date_is_of_the_broadcast_s_month():
    found = _events("伊朗方面说，核设施7月2日的事故是破坏所致。俄罗斯官员23日说，俄罗斯已与土耳其签署合同。",
                    date(2020, 8, 24))  # fmt: skip
    assert ("RUS", "05", "TUR", "2020-08-23", "day") in found


def test_a_bare_day_in_the_sentence_of_its_month_keeps_that_month():
    found = _events("今年1月10日，以军空袭加沙地带，11日又空袭了黎巴嫩。", date(2022, 3, 20))
    assert ("ISR", "19", "LBN", "2022-01-11", "day") in found


def test_a_year_told_after_the_act_in_another_clause_is_another_act_s():
    found = _events("习近平5日会见古特雷斯。习近平指出，中方全力支持联合国，已经兑现2021年的疫苗承诺。",
                    date(2022, 2, 6))  # fmt: skip
    assert ("CHN", "05", "UNO", "2022-02-05", "day") in found


def test_a_day_recalled_after_此前_does_not_date_the_next_report():
    text = ("拉脱维亚议会11日通过一项声明。此前，美国防长于9日访问了拉脱维亚。"
            "另据报道，爱沙尼亚将禁止持有申根签证的俄罗斯公民入境。")  # fmt: skip
    found = _events(text, date(2022, 8, 12))
    assert ("EST", "16", "RUS", "2022-08-11", "day") in found


def test_the_day_before_and_the_end_of_last_year_are_dates():
    found = _events("美国白宫官员24日说，美方对委内瑞拉施压。委内瑞拉总统此前一天谴责美国。",
                    date(2025, 12, 25))  # fmt: skip
    assert ("VEN", "11", "USA", "2025-12-23", "day") in found
    found = _events("塞内加尔总统去年底要求法国撤军。", date(2025, 3, 8))
    assert found == [("SEN", "10", "FRA", "2024-12-01", "month")]


def test_qian_yi_tian_is_the_day_before_the_day_named_but_not_before_an_act():
    found = _events(
        "以色列国防军19日称，以军在前一天对加沙城的空袭中打死一名指挥官。", date(2024, 7, 20)
    )
    assert ("ISR", "19", "PSE", "2024-07-18", "day") in found
    found = _events("美国总统21日表示，将在会晤前一天同日本首相通电话。", date(2024, 7, 22))
    assert all(day != "2024-07-20" for *_, day, _p in found)


def test_a_date_after_zhun_bei_zai_is_to_come_and_the_plan_is_dated_when_told():
    found = _events(
        "俄方30日称，俄代表团已经准备好在6月2日与乌克兰开启第二轮会谈。", date(2025, 5, 31)
    )
    assert found == [("RUS", "03", "UKR", "2025-05-30", "day")]  # not 2024-06-02


def test_today_in_a_sentence_the_narrator_dates_is_the_broadcast_s():
    """也门胡塞武装今天称，该武装今天凌晨…: the narrator's 今天称 dates the sentence by the
    broadcast, so its other 今天 is the broadcast's day too, not the day of the sentence before
    (以军28日称…), as the speakers' 今天 of an item led by another day would be."""
    text = ("以军28日称，一名指挥官在空袭中死亡。"
            "也门胡塞武装今天称，该武装今天凌晨用导弹袭击了以色列南部的一处军事基地。")  # fmt: skip
    found = _events(text)
    assert ("YEM", "19", "ISR", "2022-11-29", "day") in found


def test_last_week_is_the_month_of_the_week_before():
    """上周 with no weekday after it: the month of the day seven days back, at month precision,
    as the English gold dates "last week"; 上周三 stays a day, 上周末 and 上周期 no date."""
    found = _events("美国总统上周同委内瑞拉总统通电话。", date(2025, 1, 3))
    assert ("USA", "04", "VEN", "2024-12-01", "month") in found
    found = _events("外交部发言人上周三表示，中方坚决反对美国对华制裁。", date(2025, 1, 10))
    assert ("CHN", "11", "USA", "2025-01-01", "day") in found
