"""Acts of analysts' chapters met in the fourth dev batch of prose (eval/README.md): the
bodies across the Strait, shelling, and tariffs answered in kind."""

from datetime import date

from tests.coder.conftest import countries

WRITTEN = date(2016, 1, 20)  # a chapter on 2015, written after it


def test_the_bodies_across_the_strait_are_taiwan_and_the_prc(code):
    text = ("11 月 7 日，海基會董事長林中森與海協會會長陳德銘在新加坡舉行會談，"
            "並簽署兩岸避免雙重課稅協議。")  # fmt: skip
    got = countries(code(text, WRITTEN, genre="narrative"))
    assert ("TWN", "04", "CHN") in got and ("TWN", "05", "CHN") in got
    text = "12 月 30 日，陸委會主委與國臺辦主任首度通電話。"
    assert ("TWN", "04", "CHN") in countries(code(text, WRITTEN, genre="narrative"))


def test_shelling_another_state_is_force(code):
    text = "8 月 20 日，北韓砲擊南韓西部前線，南韓隨即還擊。"
    assert ("PRK", "19", "KOR") in countries(code(text, WRITTEN, genre="narrative"))
    text = "8 月 20 日，朝鲜炮击韩国西部前线。"
    assert ("PRK", "19", "KOR") in countries(code(text, WRITTEN, genre="narrative"))


def test_tariffs_put_in_place_on_a_states_goods_and_a_countermeasure_following(code):
    text = ("7 月 6 日，美國對中國商品加徵關稅；中共同日對同等規模的美國商品實施報復性關稅。"
            "8 月 23 日，美國對另一批中國商品加徵關稅，中共同日跟進反制。")  # fmt: skip
    got = countries(code(text, date(2018, 10, 15), genre="narrative"))
    assert got.count(("CHN", "16", "USA")) == 2 and got.count(("USA", "16", "CHN")) == 2


def test_officials_of_2008_2013_are_known_by_their_state(code):
    text = "9 月 12 日凌晨，國務委員戴秉國緊急召見日本駐華大使丹羽宇一郎，要求日方放人。"
    got = countries(code(text, date(2011, 1, 25), genre="narrative"))
    assert ("CHN", "11", "JPN") in got and ("CHN", "10", "JPN") in got
    text = "9 月 21 日，外交部副部长张志军紧急召见美国驻华大使骆家辉，提出强烈抗议。"
    assert ("CHN", "11", "USA") in countries(code(text, date(2012, 1, 20), genre="narrative"))


def test_anti_x_protests_are_against_the_state_the_short_form_names(code):
    text = "5 月 13 日，越南平陽省發生反華示威，多家中資工廠遭到衝擊。"
    assert ("VNM", "14", "CHN") in countries(code(text, date(2015, 1, 20), genre="narrative"))
    text = "9 月 15 日，中國多個城市爆發反日示威。"
    assert ("CHN", "14", "JPN") in countries(code(text, date(2013, 1, 20), genre="narrative"))


def test_mourning_at_a_states_embassy_is_condolence_not_a_visit(code):
    text = "7 月 9 日，中共外交部長前往日本駐華使館弔唁。"
    assert countries(code(text, date(2023, 1, 20), genre="narrative")) == [("CHN", "01", "JPN")]


def test_a_wars_anniversary_is_no_attack(code):
    text = ("5 月 8 日，習近平對俄羅斯進行國事訪問並出席衛國戰爭勝利 80 週年紀念活動。")  # fmt: skip
    got = countries(code(text, date(2025, 7, 15), genre="narrative"))
    assert ("CHN", "04", "RUS") in got and ("CHN", "19", "RUS") not in got


def test_a_clause_after_a_semicolon_that_opens_with_a_meeting_keeps_its_subject(code):
    text = "11 月 10 日，習近平在北京與普丁會談；翌日會見南韓總統朴槿惠。"
    got = countries(code(text, date(2015, 1, 20), genre="narrative"))
    assert ("CHN", "04", "KOR") in got and ("CHN", "04", "RUS") in got


def test_an_act_given_as_the_reason_for_another_is_background(code):
    text = "12 月 5 日，中共外交部宣布制裁 13 家美國軍工企業，理由是美方對臺軍售。"
    got = countries(code(text, date(2024, 12, 31)))
    assert got == [("CHN", "16", "USA")]


def test_a_condemnation_reacts_to_what_the_clause_before_told(code):
    text = "5 月 23 日，共軍在臺灣周邊展開軍演，僅兩天即宣布結束；我國陸委會同日予以譴責。"
    assert ("TWN", "11", "CHN") in countries(code(text, date(2024, 6, 30)))


def test_talks_named_by_the_pair_that_holds_them_are_a_meeting(code):
    text = "5 月 24 日，第二輪美中戰略與經濟對話在北京舉行。"
    assert countries(code(text, date(2011, 1, 20), genre="narrative")) == [("USA", "04", "CHN")]
    text = "5月24日，第二轮中美战略与经济对话在北京举行。"
    assert countries(code(text, date(2010, 5, 25))) == [("CHN", "04", "USA")]


def test_an_actor_named_in_the_reason_for_an_act_does_not_do_it(code):
    text = "6 月 29 日，美國財政部以協助北韓洗錢為由制裁一家中國銀行。"
    assert countries(code(text, date(2017, 7, 20), genre="narrative")) == [("USA", "16", "CHN")]


def test_a_pair_issuing_a_declaration_or_a_consensus_agrees(code):
    text = "4 月 27 日，韓國總統與金正恩在板門店會晤，雙方簽署《板門店宣言》。"
    assert ("KOR", "05", "PRK") in countries(code(text, date(2019, 1, 15), genre="narrative"))
    text = "11 月 7 日，中日雙方發表四點原則共識。"
    assert ("CHN", "05", "JPN") in countries(code(text, date(2015, 1, 20), genre="narrative"))


def test_each_accuses_the_other_over_an_incident_told_between(code):
    text = "第三章　2018 年大事記\n\n● 12 月 21 日，日韓兩國因雷達照射事件互相指責。"
    got = countries(code(text, date(2019, 1, 15), genre="narrative"))
    assert sorted(got) == [("JPN", "11", "KOR"), ("KOR", "11", "JPN")]


def test_an_attack_told_with_its_weapon_and_a_channel_of_the_pair_halted(code):
    text = "4 月 7 日，美軍以巡弋飛彈攻擊敘利亞空軍基地。"
    assert countries(code(text, date(2017, 7, 20), genre="narrative")) == [("USA", "19", "SYR")]
    text = "5 月 19 日，美國起訴五名共軍軍官，中共同日宣布中止中美網路工作小組活動。"
    assert ("CHN", "16", "USA") in countries(code(text, date(2015, 1, 20), genre="narrative"))
    text = "5 月 13 日，越南多地發生反華暴動。"
    assert countries(code(text, date(2015, 1, 20), genre="narrative")) == [("VNM", "14", "CHN")]
