"""Constructions of analysts' prose found by the tenth prose batch (eval/README.md, Africa,
Central Asia, Latin America and Oceania 2013-2017): a sentence that opens with a bare day and
goes on without a subject, and the eve of an act named before its own day."""

from datetime import date

import pytest


def told_on(c) -> set[tuple[str, str, str, date]]:
    """(source country, root, target country, day) of every event of ``c``."""
    return {((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3], e.date)
            for e in c.events}  # fmt: skip


# (heading, body, "source root target" of the subjectless sentence's act, its day)
FROM_A_DAY = [
    # after a list of states visited, the day's talks go on with the visitor
    ("第五章　中共對拉丁美洲外交（2015 年）", "李克強 5 月 18 日至 26 日先後訪問巴西、哥倫比亞、秘魯與智利。"
     "19 日在巴西利亞與巴西總統羅賽芙會談，雙方簽署多項合作協議。", ("CHN", "05", "BRA"), "2015-05-19"),
    ("第五章　2015 年中国对拉美外交", "李克强 5 月 18 日至 26 日先后访问巴西、哥伦比亚、秘鲁和智利。"
     "19 日在巴西利亚同巴西总统罗塞夫会谈后，双方签署多项合作协议。", ("CHN", "05", "BRA"), "2015-05-19"),
    # the sentence before is a clause after ； that coded nothing: the one before it lends
    ("第一章　2013 年中共對中亞外交", "9 月 7 日，習近平在阿斯塔納與哈薩克總統會談，雙方簽署合作協議；"
     "同日並在大學發表演講，提出共建經濟帶的倡議。9 日轉往塔什干，與烏茲別克總統卡里莫夫會談。",
     ("CHN", "04", "UZB"), "2013-09-09"),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "body", "told", "day"), FROM_A_DAY)
def test_a_sentence_opening_with_a_day_goes_on_with_the_doer_before(code, heading, body, told, day):
    c = code(f"{heading}\n\n{body}", date(2016, 1, 20), genre="narrative")
    assert (*told, date.fromisoformat(day)) in told_on(c)


def test_a_day_opening_a_new_paragraph_lends_nothing(code):
    """The doer is lent within a paragraph only: a new paragraph opens a new story."""
    body = "李克強 5 月 18 日至 26 日先後訪問巴西與智利。\n\n19 日在巴西利亞舉行記者會。"
    c = code(f"第五章　中共外交（2015 年）\n\n{body}", date(2016, 1, 20), genre="narrative")
    assert {t[3] for t in told_on(c)} == {date(2015, 5, 1)}


# (body, "source root target" of the act on the eve, its day)
EVE = [
    ("論壇首屆部長級會議於 2015 年 1 月 8 日在北京開幕，習近平出席開幕式。會議前一日，習近平在北京會見"
     "委內瑞拉總統馬杜洛。", ("CHN", "04", "VEN"), "2015-01-07"),
    ("论坛首届部长级会议于 2015 年 1 月 8 日在北京开幕。会议次日，习近平在北京会见委内瑞拉总统马杜罗。",
     ("CHN", "04", "VEN"), "2015-01-09"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "told", "day"), EVE)
def test_the_eve_of_an_act_named_before_its_day(code, body, told, day):
    c = code(f"第五章　中共外交（2015 年）\n\n{body}", date(2015, 7, 20), genre="narrative")
    assert (*told, date.fromisoformat(day)) in told_on(c)


@pytest.mark.parametrize("text", ["习近平同祖马总统会谈。", "習近平與祖馬總統會談。"])
def test_a_name_before_its_title_is_no_surname_and_title(code, text):
    """祖马总统 is President Zuma, not 马总统 (Ma Ying-jeou) after a stray character."""
    c = code(f"第四章　2015 年中国对非洲外交\n\n12 月 2 日，{text}", date(2016, 1, 25),
             genre="narrative")  # fmt: skip
    assert {(t[0], t[2]) for t in told_on(c)} == {("CHN", "ZAF")}


def test_a_surname_and_title_alone_is_still_the_leader(code):
    c = code("12 月 2 日，习近平同马总统会面。", date(2015, 12, 10), genre="narrative")
    assert {(t[0], t[2]) for t in told_on(c)} == {("CHN", "TWN")}


@pytest.mark.parametrize(
    "text",
    [
        "中共政府 8 日發表聲明，表示強烈譴責；外交部副部長王英凡同日緊急召見美國駐華大使，提出最強烈抗議。",
        "我國外交部 8 日表示關切。外交部副部長王英凡同日召見美國駐北京使館臨時代辦，提出抗議。",
    ],
)
def test_who_summons_an_envoy_posted_to_china_is_china(code, text):
    """An office named without its state in a Taiwanese brief, summoning an envoy posted to
    China (駐華, 駐北京), is China's: one summons the envoys posted to one's own capital."""
    c = code(f"兩岸與國際情勢週報（88 年 5 月 19 日）\n\n一、情勢\n\n{text}", date(1999, 5, 19),
             genre="narrative")  # fmt: skip
    assert ("CHN", "11", "USA", date(1999, 5, 8)) in told_on(c)


@pytest.mark.parametrize(
    "body",
    [
        "美國總統歐巴馬 16 日在白宮會見達賴喇嘛。中共外交部發言人 17 日表示強烈不滿；中共外交部副部長"
        "崔天凱同日召見美國駐華使館臨時代辦，提出嚴正交涉。",
        "美国总统奥巴马 16 日在白宫会见达赖喇嘛。中国外交部发言人 17 日表示强烈不满；外交部副部长"
        "崔天凯同日召见美国驻华使馆临时代办，提出严正交涉。",
    ],
)
def test_an_objection_and_a_summons_across_a_semicolon_are_two_acts(code, body):
    c = code(f"第一章　2011 年中共外交\n\n{body}", date(2012, 1, 20), genre="narrative")
    codes = {e.code for e in c.events if (e.source_actor or "")[:3] == "CHN"
             and (e.target_actor or "")[:3] == "USA"}  # fmt: skip
    assert {"111", "114"} <= codes


VISIT_TO_TAIWAN = [
    "8 月 30 日，達賴喇嘛來臺訪問，中共國臺辦表示堅決反對。",
    "8 月 30 日，达赖喇嘛来台访问，国台办表示坚决反对。",
]


@pytest.mark.parametrize("body", VISIT_TO_TAIWAN)
def test_one_the_reference_lacks_visiting_taiwan_is_no_visit_of_the_reacting_office(code, body):
    """The office that speaks after the visit's clause did not make the visit: the speaker
    after a trigger is its doer only when the trigger's clause frames the speech (…时，)."""
    c = code(f"第二章　2009 年兩岸互動\n\n{body}", date(2010, 1, 20), genre="narrative")
    assert not [t for t in told_on(c) if t[1] == "04"]


def test_a_speaker_after_a_framing_clause_still_holds_the_meeting(code):
    c = code("12 月 2 日，在会见意大利总理梅洛尼时，习近平表示，中方愿同意方加强合作。",
             date(2024, 12, 10), genre="narrative")  # fmt: skip
    assert ("CHN", "04", "ITA", date(2024, 12, 2)) in told_on(c)


@pytest.mark.parametrize("city", ["布里斯本", "布里斯班"])
def test_brisbane_is_no_lisbon(code, city):
    """布里斯本 holds 里斯本 (Lisbon): the longer name is a city of Australia, no actor."""
    c = code(f"11 月 15 日，習近平在{city}出席 G20 峰會。", date(2015, 1, 20), genre="narrative")
    assert "PRT" not in {m.country for m in c.mentions}


@pytest.mark.parametrize(
    "body",
    [
        "習近平 11 月 10 日在北京會見日本首相安倍晉三，此舉與兩國 7 日發表的四點原則共識相互呼應。",
        "习近平 11 月 10 日在北京会见日本首相安倍晋三，此举与两国 7 日发表的四点原则共识相互呼应。",
    ],
)
def test_a_pairs_act_named_with_its_day_before_de_keeps_that_day(code, body):
    """两国 7 日发表的…共识: the pair's accord named as a thing, its day right after the pair,
    is dated that day, not by the meeting the sentence opens with."""
    c = code(f"第三章　2014 年第四季中共外交\n\n{body}", date(2015, 1, 20), genre="narrative")
    assert ("CHN", "05", "JPN", date(2014, 11, 7)) in told_on(c)
    assert ("CHN", "04", "JPN", date(2014, 11, 10)) in told_on(c)


@pytest.mark.parametrize("told", ["上週六（14 日）", "上周六（14 日）", "上星期六（14 日）"])
def test_a_weekday_with_its_day_is_one_date_in_a_gap(code, told):
    """上週六（14 日）在日內瓦就…達成: the weekday and its bracketed day are one date, which a
    pattern's gap does not count, as it does not count 14 日 alone."""
    body = f"美國國務卿凱瑞與俄羅斯外長拉夫羅夫{told}在日內瓦就銷毀敘利亞化學武器達成框架協議。"
    c = code(f"中亞與周邊情勢週報（102 年 9 月 18 日）\n\n二、敘利亞\n\n{body}", date(2013, 9, 18),
             genre="narrative")  # fmt: skip
    assert ("USA", "05", "RUS", date(2013, 9, 14)) in told_on(c)


def test_a_forum_named_after_the_regions_states_is_no_meeting_with_them(code):
    """中国－拉美和加勒比国家航天合作论坛: the states of the region in a forum's name, no leaders."""
    c = code("4月24日，国家主席习近平向首届“中国－拉美和加勒比国家航天合作论坛”致贺信。",
             date(2024, 4, 24), source="xwlb")  # fmt: skip
    assert "LAM" not in {t[2] for t in told_on(c)}


# (heading, body, the day written, "source root target" of an act, its day)
ACTS = [
    # a reaction with no state before it answers a visit to Taiwan told there: Taiwan, the host
    *[("第二章　2009 年兩岸互動", body, "2010-01-20", ("CHN", "11", "TWN"), "2009-08-30")
      for body in VISIT_TO_TAIWAN],
    # what a pair agrees to do after a meeting is intent (030)
    *[("第三章　2017 年中国外交", f"6 月 9 日，习近平会见印度总理莫迪，{agreed}", "2018-01-25",
       ("CHN", "03", "IND"), "2017-06-09")
      for agreed in ("双方同意妥善处理分歧。", "雙方同意妥善處理分歧。", "双方同意加快边界问题的磋商。",
                     "双方同意在 10 年内建成自由贸易区。")],
    # a state's nationals deported, and a protest conveyed (表達嚴重抗議) to the state deporting
    *[("第三章　中共對外關係（2016 年上半年）", "4 月 8 日，肯亞警方將 45 名涉及電信詐騙的我國國民強制"
       "遣送中國大陸，我國外交部隨即向肯方表達嚴重抗議。", "2016-07-20", told, "2016-04-08")
      for told in (("KEN", "17", "TWN"), ("TWN", "11", "KEN"))],
    ("第三章　2016 年上半年中国外交", "4 月 8 日，肯尼亚警方将 45 名涉嫌电信诈骗的台湾居民强制遣送"
     "中国大陆，台湾当局随即向肯方表达严重抗议。", "2016-07-20", ("TWN", "11", "KEN"), "2016-04-08"),
    # a side said to lack sincerity or to hedge on an issue is reproached (指…在…問題上缺乏誠意)
    ("第三章　2000 年中共外交", "陳水扁總統 5 月 20 日就職，中共國臺辦同日發表聲明，指陳總統在一個中國"
     "原則問題上「缺乏誠意」。", "2001-01-20", ("CHN", "11", "TWN"), "2000-05-20"),
    ("第三章　2016 年中国外交", "5 月 20 日，蔡英文就职。国台办同日发表谈话，指蔡英文在两岸关系性质"
     "问题上采取模糊态度。", "2017-01-20", ("CHN", "11", "TWN"), "2016-05-20"),
    # 雙方 after talks with a partner, the doer lent by the sentence before: the doer comes first
    ("第四章　2013 年第四季中共對東南亞外交", "李克強 10 月 9 日至 15 日先後訪問汶萊、泰國與越南。13 日在"
     "河內與越南總理阮晉勇會談後，雙方同意成立海上共同開發磋商工作小組。", "2014-01-20",
     ("CHN", "03", "VNM"), "2013-10-13"),
    # the act named (此舉) said to meddle in the speaker's affairs reproaches its doer
    ("第二章　2007 年中共外交回顧", "10 月 17 日，中共外交部發言人表示，美方此舉嚴重干涉中國內政。",
     "2008-01-20", ("CHN", "11", "USA"), "2007-10-17"),
    ("第二章　2007 年中国外交", "10 月 17 日，外交部发言人表示，美方这一做法粗暴干涉中国内政。",
     "2008-01-20", ("CHN", "11", "USA"), "2007-10-17"),
    # a protest before a state's mission in China is aimed at that state
    ("兩岸與國際情勢週報（88 年 5 月 19 日）", "北京、上海等地民眾 8 日起連日在美國駐華使領館前示威。",
     "1999-05-19", ("CHN", "14", "USA"), "1999-05-08"),
    ("第一章　1999 年中国外交", "5 月 8 日起，北京、上海等地民众连日在美国驻华使领馆前示威。",
     "2000-01-20", ("CHN", "14", "USA"), "1999-05-08"),
    # a foreign leader at an occasion China holds at home has travelled there
    *[("第四章　2008 年中国外交回顾", body, "2009-01-20", ("USA", "04", "CHN"), "2008-08-08")
      for body in ("8 月 8 日，美国总统布什在北京出席奥运会开幕式。",
                   "8 月 8 日，美國總統布希在北京出席奧運會開幕式。")],
    # a contract (合約, as Taiwan writes it) signed by the pair told before
    ("中亞情勢週報（103 年 5 月 21 日）", "俄羅斯總統普丁 20 日與習近平會談。翌（21）日，兩國簽署為期 30 年的"
     "東線天然氣供應合約。", "2014-05-21", ("RUS", "05", "CHN"), "2014-05-21"),
    # the leaders of Latin America and the Caribbean met as one are CELAC
    ("第五章　2014 年中共對拉美外交", "7 月 17 日，習近平在巴西利亞與拉美和加勒比國家領導人舉行會晤。",
     "2015-01-20", ("CHN", "04", "LAM"), "2014-07-17"),
    ("第五章　2014 年中国对拉美外交", "7 月 17 日，习近平在巴西利亚同拉美和加勒比国家领导人举行会晤。",
     "2015-01-20", ("CHN", "04", "LAM"), "2014-07-17"),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "body", "written", "told", "day"), ACTS)
def test_an_act_of_the_tenth_batchs_constructions(code, heading, body, written, told, day):
    c = code(f"{heading}\n\n{body}", date.fromisoformat(written), genre="narrative")
    assert (*told, date.fromisoformat(day)) in told_on(c)


@pytest.mark.parametrize(
    ("body", "told"),
    [
        ("9 月 15 日至 18 日，大陸多個城市爆發反日示威。", ("CHN", "14", "JPN")),
        ("9 月 15 日至 18 日，大陆多个城市爆发反日示威。", ("CHN", "14", "JPN")),
    ],
)
def test_the_mainland_named_alone_is_china(code, body, told):
    c = code(f"第四章　2012 年中共對外關係回顧\n\n{body}", date(2013, 1, 20), genre="narrative")
    assert (*told, date(2012, 9, 1)) in told_on(c)


@pytest.mark.parametrize("words", ["橫貫南美大陸的鐵路", "非洲大陸", "大陸架", "新大陸"])
def test_a_continent_is_no_mainland(code, words):
    c = code(f"5 月 19 日，雙方宣布研究{words}。", date(2015, 7, 20), genre="narrative")
    assert "CHN" not in {m.country for m in c.mentions}


def test_a_want_of_sincerity_in_a_condition_reproaches_no_one(code):
    c = code("第三章　2016 年中国外交\n\n5 月 20 日，国台办表示，如果民进党当局缺乏诚意，两岸关系将受影响。",
             date(2017, 1, 20), genre="narrative")  # fmt: skip
    assert not [t for t in told_on(c) if t[1] == "11"]


def test_a_word_cut_by_a_narrower_printed_line_is_whole(code):
    """Lines of 28 or so characters (a page in two columns) wrap as lines of 37 do: 俄羅斯總 /
    統普丁 is one name."""
    lines = ["第四章　2013 年第四季中共對東南亞外交", "一、習近平出訪",
             "10 月 7 日，習近平在峇里島出席會議期間與俄羅斯總", "統普丁會晤。"]  # fmt: skip
    c = code("\n\n".join(lines), date(2014, 1, 20), genre="narrative")
    assert ("CHN", "04", "RUS", date(2013, 10, 7)) in told_on(c)


def test_a_short_line_with_a_comma_is_no_wrapped_line(code):
    """一、中美：緊張升高 / 12 月 1 日，…: a heading of a few characters ends its line."""
    text = "第四章　2013 年中共外交\n\n一、中美，關係\n\n12 月 1 日，習近平會見美國副總統拜登。"
    c = code(text, date(2014, 1, 20), genre="narrative")
    assert ("CHN", "04", "USA", date(2013, 12, 1)) in told_on(c)


def test_chinas_own_leader_at_home_makes_no_visit(code):
    c = code("第四章　2008 年中国外交回顾\n\n8 月 8 日，胡锦涛在北京出席奥运会开幕式。",
             date(2009, 1, 20), genre="narrative")  # fmt: skip
    assert not [t for t in told_on(c) if t[1] == "04"]
