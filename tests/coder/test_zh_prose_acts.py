"""Acts of analysts' chapters met in the fourth dev batch of prose (eval/README.md): the
bodies across the Strait, officials of their day, shelling, protests, mourning, reasons,
declarations and tariffs answered in kind. Each case: our own sentence, the year it was
written in (a chapter on the year before), and the acts (source, root, target) it must give."""

from datetime import date

import pytest

from tests.coder.conftest import countries

#: (text, year written, acts it must give, whether those and no other)
CASES = [
    # The bodies across the Strait: Taipei's SEF and MAC, Beijing's ARATS and TAO.
    ("11 月 7 日，海基會董事長林中森與海協會會長陳德銘在新加坡舉行會談，並簽署兩岸避免雙重課稅協議。",
     2016, [("TWN", "04", "CHN"), ("TWN", "05", "CHN")], False),
    ("12 月 30 日，陸委會主委與國臺辦主任首度通電話。", 2016, [("TWN", "04", "CHN")], False),
    # Shelling, in either script.
    ("8 月 20 日，北韓砲擊南韓西部前線，南韓隨即還擊。", 2016, [("PRK", "19", "KOR")], False),
    ("8 月 20 日，朝鲜炮击韩国西部前线。", 2016, [("PRK", "19", "KOR")], False),
    # Officials of 2008-2016 known by their state.
    ("9 月 12 日凌晨，國務委員戴秉國緊急召見日本駐華大使丹羽宇一郎，要求日方放人。",
     2011, [("CHN", "11", "JPN"), ("CHN", "10", "JPN")], False),
    ("9 月 21 日，外交部副部长张志军紧急召见美国驻华大使骆家辉，提出强烈抗议。",
     2012, [("CHN", "11", "USA")], False),
    # 反 + a one-character short form: a protest against that state.
    ("5 月 13 日，越南平陽省發生反華示威，多家中資工廠遭到衝擊。", 2015, [("VNM", "14", "CHN")], False),
    ("9 月 15 日，中國多個城市爆發反日示威。", 2013, [("CHN", "14", "JPN")], False),
    # A clause opening with a meeting after a semicolon keeps the subject before it.
    ("11 月 10 日，習近平在北京與普丁會談；翌日會見南韓總統朴槿惠。",
     2015, [("CHN", "04", "KOR"), ("CHN", "04", "RUS")], False),
    # A pair issuing a declaration or a consensus agrees.
    ("4 月 27 日，韓國總統與金正恩在板門店會晤，雙方簽署《板門店宣言》。", 2019, [("KOR", "05", "PRK")], False),
    ("11 月 7 日，中日雙方發表四點原則共識。", 2015, [("CHN", "05", "JPN")], False),
    # Taiwan's renderings of names (葉倫, 古特瑞斯, 史托騰柏格, 波瑞爾) and Taiwan's own officials.
    ("7 月 6 日，葉倫抵達北京訪問，次日與何立峰會談。", 2024, [("USA", "04", "CHN")], False),
    ("3 月 2 日，古特瑞斯譴責俄羅斯。史托騰柏格也譴責俄羅斯。", 2023,
     [("UNO", "11", "RUS"), ("NAT", "11", "RUS")], False),
    ("4 月 5 日，波瑞爾批評中共。", 2024, [("EEC", "11", "CHN")], False),
    ("3 月 1 日，駐美代表蕭美琴會見美國國務卿布林肯。", 2022, [("TWN", "04", "USA")], False),
    ("9 月 9 日，桑傑士在北京會見習近平。7 月 3 日，習近平在阿斯塔納與托卡葉夫會談。", 2025,
     [("ESP", "04", "CHN"), ("CHN", "04", "KAZ")], False),
    ("8 月 30 日，韋德齊率團抵達臺北訪問。", 2021, [("CZE", "04", "TWN")], False),
    # A gathering hosted and its guests listed as attending: each guest meets the host.
    ("5 月 14 日，中共在北京舉辦高峰論壇，俄羅斯總統普丁等 29 國領導人出席。", 2018,
     [("RUS", "04", "CHN")], False),
    # Tariffs on China told with 对华.
    ("2 月 4 日，美方對華加徵 10% 關稅。4 月 9 日，美方將對華「對等關稅」提高至 125%。", 2026,
     [("USA", "16", "CHN"), ("USA", "16", "CHN")], True),
    # Congratulations on what the clause before told; torpedoes sold; the pair's armies clash
    # (both ways); a ban on a state's apps.
    ("1 月 16 日，蔡英文當選連任，日本外相同日發表聲明祝賀。", 2021, [("JPN", "05", "TWN")], False),
    ("10 月 21 日，美國國務院批准對我國出售魚雷。", 2021, [("USA", "07", "TWN")], False),
    ("12 月 9 日，中印兩軍在邊境爆發肢體衝突。", 2023, [("CHN", "19", "IND")], True),
    ("9 月 2 日，印度政府宣布再禁用 118 款中國應用程式。", 2021, [("IND", "16", "CHN")], True),
    # A channel of the pair halted.
    ("5 月 19 日，美國起訴五名共軍軍官，中共同日宣布中止中美網路工作小組活動。",
     2015, [("CHN", "16", "USA")], False),

    # Mourning at a state's embassy is condolence, no visit.
    ("7 月 9 日，中共外交部長前往日本駐華使館弔唁。", 2023, [("CHN", "01", "JPN")], True),
    # An actor named in the reason for an act does not do it.
    ("6 月 29 日，美國財政部以協助北韓洗錢為由制裁一家中國銀行。", 2017, [("USA", "16", "CHN")], True),
    # Each accuses the other over an incident told between, and no third state.
    ("第三章　2018 年大事記\n\n● 12 月 21 日，日韓兩國因雷達照射事件互相指責。",
     2019, [("JPN", "11", "KOR"), ("KOR", "11", "JPN")], True),
    # Firms of the pair signing deals during a visit: the visit, and the pair's agreement (a
    # firm named with its state acts as that state).
    ("11 月 8 日至 10 日，川普對中國大陸進行國事訪問，兩國企業簽署總額逾 2500 億美元的協議。", 2018,
     [("USA", "04", "CHN"), ("USA", "05", "CHN")], True),
    # A pair's navies holding an exercise named between: military cooperation, no show of force.
    ("9 月 12 日，中俄兩國海軍在南海舉行「海上聯合-2016」軍事演習。", 2017,
     [("CHN", "06", "RUS")], True),
    # A naval escort sails to a sea off a state: no visit.
    ("12 月 26 日，中國海軍艦艇編隊從三亞啟航，赴亞丁灣、索馬利亞海域執行護航任務。", 2009, [], True),
    # An attack told with its weapon; 反华暴动.
    ("4 月 7 日，美軍以巡弋飛彈攻擊敘利亞空軍基地。", 2017, [("USA", "19", "SYR")], True),
    ("5 月 13 日，越南多地發生反華暴動。", 2015, [("VNM", "14", "CHN")], True),
    # Talks named by the pair that holds them.
    ("5 月 24 日，第二輪美中戰略與經濟對話在北京舉行。", 2011, [("USA", "04", "CHN")], True),
]  # fmt: skip


def told(code, text: str, year: int) -> list[tuple[str, str, str]]:
    """The acts of ``text`` read as a chapter written in January of ``year``."""
    return countries(code(text, date(year, 1, 20), genre="narrative"))


@pytest.mark.parametrize(("text", "year", "acts", "only"), CASES)
def test_the_chapter_gives_these_acts(code, text, year, acts, only):
    got = told(code, text, year)
    assert (sorted(got) == sorted(acts)) if only else [a for a in acts if a not in got] == []


def test_tariffs_put_in_place_on_a_states_goods_and_a_countermeasure_following(code):
    text = ("7 月 6 日，美國對中國商品加徵關稅；中共同日對同等規模的美國商品實施報復性關稅。"
            "8 月 23 日，美國對另一批中國商品加徵關稅，中共同日跟進反制。")  # fmt: skip
    got = told(code, text, 2019)
    assert got.count(("CHN", "16", "USA")) == 2 and got.count(("USA", "16", "CHN")) == 2


def test_a_wars_anniversary_is_no_attack(code):
    text = "5 月 8 日，習近平對俄羅斯進行國事訪問並出席衛國戰爭勝利 80 週年紀念活動。"
    got = told(code, text, 2026)
    assert ("CHN", "04", "RUS") in got and ("CHN", "19", "RUS") not in got


def test_an_act_given_as_the_reason_for_another_is_background(code):
    text = "12 月 5 日，中共外交部宣布制裁 13 家美國軍工企業，理由是美方對臺軍售。"
    assert countries(code(text, date(2024, 12, 31))) == [("CHN", "16", "USA")]


def test_a_condemnation_reacts_to_what_the_clause_before_told(code):
    text = "5 月 23 日，共軍在臺灣周邊展開軍演，僅兩天即宣布結束；我國陸委會同日予以譴責。"
    assert ("TWN", "11", "CHN") in countries(code(text, date(2024, 6, 30)))


def test_an_act_a_measure_lasts_until_is_its_condition_not_done(code):
    c = code("5 月 20 日，歐洲議會通過決議，凍結對中歐投資協定的審議，直至中方解除對歐洲議會議員的制裁。",
             date(2021, 7, 20), genre="narrative")  # fmt: skip
    assert ("CHN", "08", "EEC") not in countries(c)
    assert ("EEC", "16", "CHN") in countries(c)


def test_names_listed_before_their_state_leave_it_the_target(code):
    c = code("8 月 10 日，中方宣布对卢比奥、克鲁兹等 11 名美国人员实施制裁。", date(2020, 12, 31),
             genre="narrative")  # fmt: skip
    assert ("CHN", "16", "USA") in countries(c)


def test_a_body_whose_meeting_is_the_occasion_is_not_the_doer_carried_on(code):
    c = code("7 月 25 日，東協系列外長會期間，王毅在永珍會見俄羅斯外長拉夫羅夫，兩天後會見美國國務卿布林肯。",
             date(2024, 12, 31), genre="narrative")  # fmt: skip
    assert ("CHN", "04", "USA") in countries(c)
    assert not any(k[0] == "ASN" for k in countries(c))


def test_a_planned_visit_called_off_later_in_its_sentence_is_no_visit(code):
    c = code("第二章　2023 年中共外交\n\n2 月 3 日，美方宣布布林肯原定 5 日至 6 日的訪中行程延期。",
             date(2024, 1, 20), genre="narrative")  # fmt: skip
    assert not any(root == "04" for _, root, _ in countries(c))


def test_an_envoy_stationed_in_china_recalled_is_recalled_from_china(code):
    c = code("9 月 3 日，立陶宛召回駐華大使。", date(2021, 9, 30), genre="narrative")
    assert countries(c) == [("LTU", "16", "CHN")]


def test_a_recalled_act_with_a_day_inside_its_own_words_is_told(code):
    c = code("10 月 22 日，習近平抵達喀山。此前，中印雙方已於 21 日就邊境地區有關問題達成解決方案。",
             date(2025, 1, 15), genre="narrative")  # fmt: skip
    assert ("2024-10-21", "CHN", "05", "IND") in [
        (e.date.isoformat(), *k) for e, k in zip(c.events, countries(c), strict=True)]  # fmt: skip


def test_a_visit_that_describes_people_or_a_trip_called_off_is_no_visit(code):
    banned = code("1 月 31 日，美國宣布禁止過去 14 天曾赴中國大陸的外籍人士入境。", date(2020, 7, 20),
                  genre="narrative")  # fmt: skip
    called_off = code("1 月 31 日，王毅赴俄羅斯的行程取消。", date(2020, 7, 20), genre="narrative")
    assert not any(root == "04" for _, root, _ in countries(banned) + countries(called_off))


def test_an_initiative_the_two_leaders_issue_together_is_their_agreement(code):
    c = code("11 月 4 日至 6 日，法國總統馬克宏訪問中國。6 日，兩國元首在北京共同發布關於生物多樣性保護的北京倡議。",
             date(2020, 1, 20), genre="narrative")  # fmt: skip
    assert ("FRA", "05", "CHN") in countries(c)


def test_the_act_a_drill_answers_is_told_before_not_done_again(code):
    c = code("中共國防部 4 月 8 日至 10 日在臺灣周邊舉行「聯合利劍」演習，回應蔡總統與麥卡錫的會面。",
             date(2023, 6, 30))  # fmt: skip
    assert countries(c) == [("CHN", "15", "TWN")]
