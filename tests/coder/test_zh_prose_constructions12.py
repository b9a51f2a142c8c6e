"""Constructions of analysts' prose found by the eleventh prose batch (eval/README.md: 1997-1998,
2004-2005, 2008-2009, 2012-2014): a month of the year before the one told (前一年 12 月), a visit
told by 访 and a short form (访美), a return visit (回访), Taiwan's 我國 after a foreign speaker's
sentence, a demand with no object after a protest, an act called illegal."""

from datetime import date

import pytest


def told_on(c) -> set[tuple[str, str, str, date]]:
    """(source country, root, target country, day) of every event of ``c``."""
    return {((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3], e.date)
            for e in c.events}  # fmt: skip


def narrative(code, heading: str, body: str, written: date):
    return code(f"{heading}\n\n{body}", written, genre="narrative")


# (heading, body, written, (source, root, target), the act's first day, its precision)
YEAR_BEFORE = [
    ("第五章　2004 年中共大國外交", "前一年 12 月，溫家寶訪問美國，與布希會談。", date(2005, 1, 25),
     ("CHN", "04", "USA"), date(2003, 12, 1)),
    ("2005 年中国外交述评", "中俄两国外长 6 月会晤，就落实前一年 10 月两国签署的边界补充协定交换意见。",
     date(2006, 1, 20), ("CHN", "05", "RUS"), date(2004, 10, 1)),
    ("2009 年中国外交回顾", "上一年 11 月 26 日，中方宣布推迟中欧领导人会晤。", date(2010, 1, 20),
     ("CHN", "16", "EEC"), date(2008, 11, 26)),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "body", "written", "told", "day"), YEAR_BEFORE)
def test_a_month_of_the_year_before_the_one_told(code, heading, body, written, told, day):
    c = narrative(code, heading, body, written)
    assert (*told, day) in told_on(c)


def test_a_recalled_year_before_dates_its_own_sentence_only(code):
    """The bare month after it is again the chapter's year."""
    body = "前一年 12 月，溫家寶訪問美國。4 月中旬，美國副總統錢尼訪問北京。"
    c = narrative(code, "第五章　2004 年中共大國外交", body, date(2005, 1, 25))
    assert ("USA", "04", "CHN", date(2004, 4, 1)) in told_on(c)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("美中高層互動延續溫家寶 12 月訪美的氣氛。", ("CHN", "04", "USA")),
        ("胡锦涛 6 月访俄期间，两国签署联合声明。", ("CHN", "04", "RUS")),
        ("11 月中旬，李鹏回访日本。", ("CHN", "04", "JPN")),
    ],
)
def test_a_visit_by_a_short_form_or_returned(code, text, told):
    c = narrative(code, "第二章　2003 年外交回顾", text, date(2004, 1, 20))
    assert told in {t[:3] for t in told_on(c)}


def test_an_interview_is_no_visit(code):
    c = narrative(
        code, "第二章　2003 年外交回顾", "美國記者 12 月採訪俄總統普丁。", date(2004, 1, 20)
    )
    assert not [t for t in told_on(c) if t[1] == "04"]


def test_taiwans_we_after_a_foreign_speakers_sentence(code):
    """我國 in a later sentence with no speech verb before it is the Taiwanese writer's state,
    not the state of the speaker of the sentence before."""
    body = "南非總統曼德拉 11 月宣布，南非將與中共建交。1 月 1 日，南非終止與我國的外交關係。"
    c = narrative(code, "第三章　民國 87 年上半年中共外交", body, date(1998, 7, 20))
    assert ("ZAF", "16", "TWN", date(1998, 1, 1)) in told_on(c)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("外交部发言人表示，中方强烈反对美英对伊拉克动武，要求立即停止军事行动。",
         {("CHN", "10", "USA"), ("CHN", "10", "GBR")}),
        ("日本外務省當天向中方提出抗議，要求撤銷。", {("JPN", "10", "CHN")}),
    ],
)  # fmt: skip
def test_a_demand_with_no_object_after_a_protest(code, text, told):
    c = narrative(code, "第二章　1998 年外交回顧", f"12 月 17 日，{text}", date(1999, 1, 20))
    assert told <= {t[:3] for t in told_on(c)}


def test_a_demand_of_a_named_state_keeps_its_own(code):
    text = "12 月 17 日，中方强烈反对美方的做法，要求日方立即停止。"
    c = narrative(code, "第二章　1998 年外交回顧", text, date(1999, 1, 20))
    assert ("CHN", "10", "USA") not in {t[:3] for t in told_on(c)}


@pytest.mark.parametrize(
    "text",
    [
        "胡锦涛 9 日表示，日方“购岛”是非法、无效的。",
        "胡錦濤 9 日表示，日方「購島」是非法、無效的。",
    ],
)
def test_an_act_called_illegal_is_criticised(code, text):
    c = narrative(code, "東北亞情勢（2012 年 9 月）", text, date(2012, 9, 19))
    assert ("CHN", "11", "JPN", date(2012, 9, 9)) in told_on(c)


@pytest.mark.parametrize(
    "text",
    [
        "中共 11 月 26 日宣布，推遲原訂 12 月 1 日在法國里昂舉行的中歐領導人會晤，理由是法國總統堅持會見"
        "達賴喇嘛。",
        "中方 11 月 26 日宣布推迟原定下月在法国举行的中欧领导人会晤。",
    ],
)
def test_a_planned_meeting_called_off_is_no_meeting_and_its_pair_the_partner(code, text):
    """The meeting told as planned after 推遲 did not take place; the pair naming it (中歐),
    not the state of its place or of a later clause, is the partner of the postponement."""
    c = narrative(code, "第二章　2008 年中共外交", text, date(2009, 4, 15))
    assert {t[:3] for t in told_on(c)} == {("CHN", "16", "EEC")}


def test_the_talks_of_a_visit_begun_on_a_day_told_before_them(code):
    """A visit begun on a day and its talks a day later, in one sentence across a ；, are one
    contact, dated by the visit."""
    body = "江澤民 11 月 25 日抵達東京，展開國事訪問；26 日與日本首相小渕惠三會談。"
    c = narrative(code, "第四章　1998 年中共外交", body, date(1999, 3, 20))
    assert [t for t in told_on(c) if t[1] == "04"] == [("CHN", "04", "JPN", date(1998, 11, 25))]


def test_contacts_of_separate_sentences_stay_two(code):
    body = "江澤民 11 月 25 日抵達東京，展開國事訪問。26 日，江澤民與日本首相小渕惠三會談。"
    c = narrative(code, "第四章　1998 年中共外交", body, date(1999, 3, 20))
    assert len([t for t in told_on(c) if t[1] == "04"]) == 2


@pytest.mark.parametrize(
    ("body", "told"),
    [
        ("12 月 6 日，薩科奇在波蘭與達賴喇嘛會面；中共外交部發言人當天發表談話，表示「強烈不滿」。",
         ("CHN", "11", "FRA")),
        ("12 月 26 日，日本首相参拜靖国神社。美国驻日本大使馆同日发表声明，对此表示“失望”。",
         ("USA", "11", "JPN")),
        ("9 月 10 日，日本政府決定將三座島嶼收歸國有。中共外交部同日發表聲明，表示強烈抗議。",
         ("CHN", "11", "JPN")),
    ],
)  # fmt: skip
def test_a_reaction_through_a_statement_answers_the_doer_told(code, body, told):
    c = narrative(code, "第二章　中共外交回顧", body, date(2014, 3, 15))
    assert told in {t[:3] for t in told_on(c)}


def test_a_bloc_named_before_the_state_it_meets(code):
    """东盟—中国领导人会晤 attended is a meeting of the bloc and the state, as 中国—东盟 is."""
    body = "年底，江泽民在吉隆坡出席首次东盟—中国领导人非正式会晤。"
    c = narrative(code, "1997 年中国外交述评", body, date(1998, 1, 20))
    assert {frozenset((t[0], t[2])) for t in told_on(c) if t[1] == "04"} == {
        frozenset(("CHN", "ASN"))
    }


def test_this_is_the_act_of_the_sentence_before_not_a_reaction_beside_it(code):
    """对此 after another state's reaction told in a clause before ； answers the act of the
    sentence before (the visit), as that reaction does."""
    body = ("12 月 26 日，日本首相参拜靖国神社。中国外交部长当天召见日本驻华大使，提出强烈抗议；"
            "美国驻日本大使馆同日发表声明，对此表示“失望”。")  # fmt: skip
    c = narrative(code, "第三章　2013 年中日关系", body, date(2014, 3, 15))
    assert ("USA", "11", "JPN") in {t[:3] for t in told_on(c)}
    assert ("USA", "11", "CHN") not in {t[:3] for t in told_on(c)}


def test_a_rebuttal_in_an_article_of_ones_own(code):
    body = "1 月初，中國駐英國大使在英國報紙撰文批評日本；日本駐英國大使隨後在同一報紙撰文反駁。"
    c = narrative(code, "第三章　2014 年中日關係", body, date(2014, 3, 15))
    assert ("JPN", "11", "CHN", date(2014, 1, 1)) in told_on(c)


# (body after "王毅 3 月 5 日访问俄罗斯。", the call's first day, its precision)
COUNTED = [
    ("一周前，普京同习近平通电话。", date(2019, 2, 26), "day"),
    ("一年后，普京同习近平通电话。", date(2020, 1, 1), "year"),
    ("次周，普京同习近平通电话。", date(2019, 3, 1), "month"),
    ("年中，普京同习近平通电话。", date(2019, 1, 1), "year"),
    ("同月稍后，普京同习近平通电话。", date(2019, 3, 1), "month"),
    ("两天以后，普京同习近平通电话。", date(2019, 3, 7), "day"),
    ("当年年底，普京同习近平通电话。", date(2019, 12, 1), "month"),
    ("該月下旬，普京同習近平通電話。", date(2019, 3, 1), "month"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "day", "precision"), COUNTED)
def test_times_counted_from_the_last_date_told(code, body, day, precision):
    c = narrative(
        code, "2019 年中国外交述评", "王毅 3 月 5 日访问俄罗斯。" + body, date(2020, 1, 20)
    )
    call = [e for e in c.events if e.root == "04" and e.source_actor.startswith("RUS")]
    assert [(e.date, e.date_precision) for e in call] == [(day, precision)]


@pytest.mark.parametrize(
    ("body", "day", "precision"),
    [("3 月 5 日前后，普京同习近平通电话。", date(2019, 3, 1), "month"),
     ("年底前后，普京同习近平通电话。", date(2019, 1, 1), "year")],
)  # fmt: skip
def test_about_a_time_is_a_step_vaguer_and_no_deadline(code, body, day, precision):
    c = narrative(code, "2019 年中国外交述评", body, date(2020, 1, 20))
    assert [(e.date, e.date_precision) for e in c.events] == [(day, precision)]


def test_the_start_of_the_next_year_a_frame_holds(code):
    """年初 after December in a chapter on 2019-11 to 2020-02 is January 2020; in a review of
    2019 alone it is January 2019."""
    body = "12 月 5 日，王毅访问俄罗斯。年初，普京同习近平通电话。"
    two = narrative(code, "中国外交（2019 年 11 月至 2020 年 2 月）", body, date(2020, 3, 20))
    one = narrative(code, "2019 年中国外交述评", body, date(2020, 1, 20))
    assert {e.date.year for e in two.events if e.code.startswith("041")} == {2020}
    assert {e.date.year for e in one.events if e.code.startswith("041")} == {2019}


def test_visits_each_way_in_one_month_are_two(code):
    body = "王毅 3 月 5 日访问俄罗斯。当月下旬，普京访华。"
    c = narrative(code, "2019 年中国外交述评", body, date(2020, 1, 20))
    assert {t[:3] for t in told_on(c)} == {("CHN", "04", "RUS"), ("RUS", "04", "CHN")}


@pytest.mark.parametrize(
    ("body", "told"),
    [
        ("5 月 7 日，北約誤炸中共駐南斯拉夫使館。", ("NAT", "19", "CHN")),
        ("7 月 21 日，巴布亞紐幾內亞新任總理宣布撤銷對我國的承認。", ("PNG", "16", "TWN")),
        ("李總統 7 月 9 日接受德國之聲專訪時表示，兩岸是「特殊的國與國關係」。中共國臺辦數日後發表談話，"
         "予以強烈抨擊。", ("CHN", "11", "TWN")),
    ],
)  # fmt: skip
def test_a_bombing_in_error_recognition_withdrawn_and_a_censure_days_later(code, body, told):
    c = narrative(code, "第二章　民國 88 年下半年中共外交", body, date(2000, 1, 20))
    assert told in {t[:3] for t in told_on(c)}


@pytest.mark.parametrize("span", ["3 月 3、4 日", "3 月 3-4 日", "3 月 3 日至 4 日"])
def test_the_day_after_two_days_named_together(code, span):
    body = f"王毅 {span}访问俄罗斯。次日，普京同习近平通电话。"
    c = narrative(code, "2019 年中国外交述评", body, date(2020, 1, 20))
    assert {(e.date, e.date_precision) for e in c.events} == {
        (date(2019, 3, 1), "month"),
        (date(2019, 3, 5), "day"),
    }


@pytest.mark.parametrize(
    ("body", "day", "precision"),
    [
        ("王毅 3 月 5 日访问俄罗斯。两个月前，普京同习近平通电话。", date(2019, 1, 1), "month"),
        ("王毅 3 月 5 日访问俄罗斯。第三天，普京同习近平通电话。", date(2019, 3, 7), "day"),
        (
            "王毅 3 月 5 日至 9 日访问俄罗斯。访问第三天，普京同习近平通电话。",
            date(2019, 3, 7),
            "day",
        ),
    ],
)
def test_months_before_and_the_nth_day(code, body, day, precision):
    c = narrative(code, "2019 年中国外交述评", body, date(2020, 1, 20))
    call = [e for e in c.events if e.source_actor.startswith("RUS")]
    assert [(e.date, e.date_precision) for e in call] == [(day, precision)]


def test_the_nth_day_of_an_act_going_on_dates_nothing_new(code):
    """连续第 10 天: how long the strikes have gone on, not ten days after the last day."""
    text = "美国中央司令部 20 日称，美军连续第 10 天对伊朗发动军事打击。"
    c = code(text, date(2026, 7, 21))
    assert {e.date for e in c.events} <= {date(2026, 7, 20)}


@pytest.mark.parametrize("text", ["9 月 3 日美中元首在杭州會晤。", "3 日中美两国元首在杭州会晤。"])
def test_a_days_mark_before_a_pair_is_no_japan(code, text):
    """3 日美中…: the 日 ends the day; it begins no run of short forms (日美中)."""
    c = narrative(code, "第三章　2016 年中共外交", text, date(2017, 1, 20))
    assert "JPN" not in {t[0] for t in told_on(c)} | {t[2] for t in told_on(c)}


@pytest.mark.parametrize(
    ("text", "told"),
    [("9 月 3 日，習歐會在杭州舉行。", ("CHN", "04", "USA")),
     ("11 月 7 日，習馬會在新加坡舉行。", ("CHN", "04", "TWN"))],
)  # fmt: skip
def test_a_meeting_named_after_its_leaders_as_taiwan_names_them(code, text, told):
    c = narrative(code, "第一章　中共外交回顧", text, date(2017, 1, 20))
    assert told in {t[:3] for t in told_on(c)}


def test_a_dated_act_in_a_clause_ending_after(code):
    """美中兩國元首 9 月 3 日在杭州會晤後，…: the meeting is dated by its own clause, though the
    clause is told as what came before (an undated one, 俄乌冲突爆发后不久，…, is still none)."""
    body = "美中兩國元首 9 月 3 日在杭州會晤後，雙方同意加強氣候合作。"
    c = narrative(code, "第三章　2016 年中共外交", body, date(2017, 1, 20))
    assert ("USA", "04", "CHN", date(2016, 9, 3)) in told_on(c)
