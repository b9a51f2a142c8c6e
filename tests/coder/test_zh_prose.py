"""Chinese analysts' prose: acts named as nouns or told inside larger sentences, publications,
intent as intent, actors from context (forums, bodies that act, the state behind a title) and
the subject carried across sentences."""

from datetime import date

import pytest

from tests.coder.conftest import countries

D = date(2022, 1, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call named as a noun, a pair of states before 两国
        (
            "10 月 26 日，中法兩國元首的電話，習近平強調法方主張歐盟戰略自主是正確。",
            [("CHN", "04", "FRA"), ("CHN", "05", "FRA")],
        ),
        # a publication whose title names the state it finds fault with
        ("12 月 5 日，中共外交部發表「美國民主情況」的報告。", [("CHN", "11", "USA")]),
        # support received names its giver after 獲
        ("中方於 10 月 16 日獲新加坡總理李顯龍表態支持加入 CPTPP。", [("SGP", "05", "CHN")]),
        # relations wanted are intent (032), never recognition
        (
            "12 月 1 日新當選的宏都拉斯總統卡斯楚表示，要與中共建立外交關係。",
            [("HND", "03", "CHN")],
        ),
        # support promised is intent; a standing one-China policy restated is endorsement
        ("法國總統馬克宏表示，法方將支援中方成功舉辦冬奧。", [("FRA", "03", "CHN")]),
        ("拜登重申仍將在三個聯合公報下執行「一個中國政策」。", [("USA", "05", "CHN")]),
        # a consensus the spokesman confirms is the pair's agreement
        ("11 月 17 日，趙立堅證實，中美兩國已就媒體簽證問題達成三項共識。", [("CHN", "05", "USA")]),
        # a pair acting together (联手), and a pair of armies clashing
        ("12 月 25 日，中俄聯手暗批美國的印太戰略。", [("CHN", "11", "USA"), ("RUS", "11", "USA")]),
        ("12 月 9 日，中印两军在边境东段发生冲突。", [("CHN", "19", "IND")]),
        # calling another state a challenge is criticism
        ("12 月 16 日，日本政府通过安保文件，将中国称为最大战略挑战。", [("JPN", "11", "CHN")]),
        # a meeting named after its leaders; a lawsuit's charge is the lawsuit
        ("11 月 14 日的「習拜會」是兩人首次面對面會晤。", [("CHN", "04", "USA")]),
        (
            "1 月 27 日，歐盟就中共對立陶宛的限制措施向世界貿易組織提出訴訟，指控北京實施歧視性措施。",
            [("EEC", "11", "CHN")],
        ),
        # the doer of a relative clause stands after it; a law named after Taiwan is no actor
        (
            "主要的對象是 11 月 18 日允許臺灣設立代表處而被視為在國際上製造「惡劣先例」的立陶宛。",
            [("LTU", "05", "TWN")],
        ),
        (
            "拜登重申仍將在「臺灣關係法」和三個聯合公報下執行「一個中國政策」。",
            [("USA", "05", "CHN")],
        ),
        # a conventional pair (巴以: Palestine, whatever else 巴 is) with its conflict
        ("10 月 7 日新一輪巴以衝突爆發。", [("PSE", "19", "ISR")]),
        # states after 就 are topics, not parties; a comma joins clauses, not actors
        (
            "6 月 13 日，蘇利文與楊潔篪在盧森堡會談，雙方就臺灣與烏克蘭問題交換意見。",
            [("USA", "04", "CHN")],
        ),
        (
            "1 月 30 日，捷克總統當選人帕維爾與蔡英文總統通電話，中共外交部次日表示強烈不滿。",
            [("CZE", "04", "TWN"), ("CHN", "11", "CZE")],
        ),
        # a pair named before its leaders; a defence firm named alone is its state's
        ("3 月 18 日，中美元首举行视频通话。", [("CHN", "04", "USA")]),
        (
            "2 月 21 日，中国外交部宣布对雷神公司和洛克希德·马丁公司实施制裁。",
            [("CHN", "16", "USA")],
        ),
        # a run of short forms naming a group holds its summit: China meets each other member
        # (issue 10 decision: the pairs among the others are not told)
        (
            "5 月 27 日，中日韓領導人會議在首爾舉行。",
            [("CHN", "04", "JPN"), ("CHN", "04", "KOR")],
        ),
        # a reaction whose clause has a subject of its own is that subject's
        (
            "5 月 14 日，美国宣布对中国电动汽车加征关税，中国商务部当天表示坚决反对。",
            [("USA", "16", "CHN"), ("CHN", "11", "USA")],
        ),
        # an object inside a modifier is not the one the act falls on; an office joined to an
        # actor of a state is that state's
        (
            "5 月 1 日，美國財政部與國務院宣布制裁協助俄羅斯軍工生產的 20 餘家中國大陸企業。",
            [("USA", "16", "CHN")],
        ),
        # a list after a visit verb holds the places visited, never a subject
        (
            "5 月，李輝先後走訪烏克蘭、波蘭與俄羅斯，其中 5 月 17 日在基輔會晤庫列巴。",
            [("CHN", "04", "UKR"), ("CHN", "04", "POL"), ("CHN", "04", "RUS")],
        ),
        # 双方 after a pair named in the sentence; the Taliban are Afghanistan's
        (
            "9 月 10 日，中美元首通电话，双方同意保持经常性联系。",
            [("CHN", "04", "USA"), ("CHN", "03", "USA")],
        ),
        (
            "7 月 28 日，王毅在天津会见阿富汗塔利班代表团，要求塔利班同恐怖组织划清界限。",
            [("CHN", "04", "AFG"), ("CHN", "10", "AFG")],
        ),
        # an act in a passive relative clause describes whom it fell on
        ("9 月 24 日，被加拿大拘押近三年的華為財務長孟晚舟獲釋。", []),
        # a date in a later clause dates that clause's act; a visit said as 抵台
        (
            "9 月 16 日，索羅門群島與我國斷交，並於 21 日與中共建交。",
            [("SLB", "16", "TWN"), ("SLB", "05", "CHN")],
        ),
        # goods' origin is an actor; Huawei is China's; an act 在…期间 only dates another
        ("5 月 13 日，中国宣布对原产于美国的部分商品提高加征关税税率。", [("CHN", "16", "USA")]),
        ("5 月 15 日，美国商务部将华为列入实体清单。", [("USA", "16", "CHN")]),
        ("9 月 18 日，中共在柯拉克訪臺期間於臺海周邊舉行軍事演習。", [("CHN", "15", "TWN")]),
        # the first meeting since taking office is a meeting, not a span's start
        ("11 月 14 日的「習拜會」是兩人就任以來首次面對面會晤。", [("CHN", "04", "USA")]),
        # agreed that one side will visit: the visitor's intent, not the pair's order of naming
        (
            "11 月 14 日，習近平與拜登會晤，雙方同意由布林肯擇期訪問中國。",
            [("CHN", "04", "USA"), ("USA", "03", "CHN")],
        ),
        # a small group with no code acts as its members
        (
            "9 月 15 日，澳英美聯盟（AUKUS）成立。",
            [("AUS", "05", "GBR"), ("AUS", "05", "USA"), ("GBR", "05", "USA")],
        ),
    ],
)
def test_analysts_constructions(code, text, expected):
    assert countries(code(text, D)) == expected


def test_a_meeting_that_acts_is_its_body_and_a_body_without_a_code_is_none(code):
    c = code("3 月 2 日，聯合國大會以 141 票贊成通過決議，譴責俄羅斯。", D)
    assert countries(c) == [("UNO", "11", "RUS")]
    c = code("6 月 29 日，北约马德里峰会通过新版战略概念，首次将中国列为系统性挑战。", D)
    assert countries(c) == [("NAT", "11", "CHN")]
    # APEC has no CAMEO code: it is where the meeting happens, not a party to it.
    c = code("11 月 17 日，習近平在曼谷亞太經合會（APEC）期間與日本首相岸田文雄會談。", D)
    assert countries(c) == [("CHN", "04", "JPN")]


def test_celac_is_latin_america(code):
    c = code("12 月 3 日，習近平以視訊方式參加「中國─拉共體論壇」部長級會議。", D)
    assert countries(c) == [("CHN", "04", "LAM")]


def test_a_reaction_or_a_warning_goes_to_the_state_told_of_before(code):
    text = "2 月 7 日，美國國務院批准對臺軍售案。中共外交部對此表示強烈不滿。"
    assert ("CHN", "11", "USA") in countries(code(text, D))
    text = "11 月 16 日，習近平與拜登舉行視訊峰會。\n雙方各派出 5 名官員出席。\n雙方在峰會中承諾彼此會加強合作。"
    assert ("CHN", "03", "USA") in countries(code(text, D, genre="narrative"))


def test_a_word_in_quotes_is_named_not_done(code):
    c = code("2 月 24 日，華春瑩在記者會上拒絕以「入侵」形容俄方的行動。", D)
    assert c.events == []


def test_each_act_of_a_sentence_takes_its_own_clauses_date(code):
    c = code("9 月 16 日，索羅門群島與我國斷交，並於 21 日與中共建交。", D)
    assert [(e.code, e.date.day) for e in c.events] == [("161", 16), ("054", 21)]


def test_talks_and_the_visit_they_were_part_of_are_one_contact(code):
    text = (
        "7 月 24 日，王毅在广州同乌克兰外长库列巴举行会谈；这是俄乌冲突爆发以来乌克兰外长首次访华。"
    )
    assert countries(code(text, D, genre="narrative")) == [("CHN", "04", "UKR")]


@pytest.mark.parametrize(
    ("text", "genre", "expected"),
    [
        # 对此 reacts to what the sentence before told, though that coded no event
        (
            "3 月 16 日，美國總統川普簽署「臺灣旅行法」。中共外交部發言人陸慷次日表示，中方對此堅決"
            "反對，並已向美方提出嚴正交涉。",
            "narrative",
            [("CHN", "11", "USA"), ("CHN", "11", "USA")],
        ),
        # a countermeasure without an object answers the other state of the sentence
        (
            "8 月 23 日，美方對第二批 160 億美元的中國商品加徵關稅，中共同日對等反制。",
            "",
            [("USA", "16", "CHN"), ("CHN", "16", "USA")],
        ),
        # agreed talks to come; a pair signing after 並
        (
            "12 月 1 日，習近平與川普舉行會晤，雙方同意在 90 天內展開談判。",
            "",
            [("CHN", "03", "USA"), ("CHN", "04", "USA")],
        ),
        (
            "10 月 26 日，日本首相安倍晉三正式訪問中國，兩國並簽署貨幣互換協議。",
            "",
            [("JPN", "04", "CHN"), ("JPN", "05", "CHN")],
        ),
        # an investigation opened; a conditional countermeasure is a threat
        (
            "8 月 18 日，美国贸易代表办公室宣布对中国启动“301 调查”。中国商务部次日回应称，如果"
            "美方采取损害双边经贸关系的行动，中方将采取一切适当措施。",
            "narrative",
            [("USA", "09", "CHN"), ("CHN", "13", "USA")],
        ),
        # forces pulled back from a standoff with the other state named
        (
            "8 月 28 日，印方将越界人员和设备全部撤回边界印方一侧，中印两军的对峙结束。",
            "",
            [("IND", "08", "CHN")],
        ),
        # 多國 is the Dominican Republic right after its full name, else many states
        (
            "5 月 1 日，多明尼加與中共建交，我國同日宣布與多國斷交。",
            "",
            [("DOM", "05", "CHN"), ("TWN", "16", "DOM")],
        ),
        # a trilateral named with dashes, attended: China meets each other member not already
        # told (issue 10 decision: AFG and PAK meet no one here)
        (
            "5 月 8 日，秦刚访问巴基斯坦，并在伊斯兰堡出席第五次中国—阿富汗—巴基斯坦外长对话。",
            "",
            [("CHN", "04", "PAK"), ("CHN", "04", "AFG")],
        ),
        # the speaker at a joint press conference is the host, not the guest
        (
            "8 月 31 日，德國外長馬斯在與王毅的聯合記者會上表示，歐洲國家不接受威脅。",
            "",
            [("DEU", "12", "CHN")],
        ),
        # a summit that closes and names a state in its communiqué criticises it
        (
            "6 月 13 日，七國集團峰會在英國康瓦爾落幕，公報點名中共在新疆、香港的人權問題。",
            "",
            [("GOS", "11", "CHN")],
        ),
        # the states listed after 对…进行 are visited, never visitors
        (
            "7 月 3 日至 6 日，习近平先后对俄罗斯和德国进行国事访问。",
            "",
            [("CHN", "04", "RUS"), ("CHN", "04", "DEU")],
        ),
    ],
)
def test_reactions_counters_and_groups(code, text, genre, expected):
    assert countries(code(text, D, genre=genre)) == expected


def test_an_act_told_once_for_a_list_of_dates_is_one_event_on_each(code):
    text = ("北韓領導人金正恩 3 月 25 日至 28 日首度訪問北京，與習近平會談；5 月 7 日至 8 日在大連、"
            "6 月 19 日至 20 日在北京，兩人再度會晤。")  # fmt: skip
    c = code(text, D, genre="narrative")
    assert [(e.date.month, e.date_precision, e.code[:2]) for e in c.events] == [
        (3, "month", "04"), (5, "month", "04"), (6, "month", "04")]  # fmt: skip
    text = "8 月 5 日和 9 月 11 日，联合国安理会先后一致通过第 2371 号和第 2375 号决议，对朝鲜实施新的制裁。"
    c = code(text, D, genre="narrative")
    assert [(e.date.isoformat(), e.source_actor, e.target_actor) for e in c.events] == [
        ("2021-08-05", "UNO", "PRK"), ("2021-09-11", "UNO", "PRK")]  # fmt: skip
    # without a mark of repetition (先后, 再度) two dates are one act's span
    c = code("8 月 5 日和 6 日，王毅访问日本。", D, genre="narrative")
    assert len(c.events) == 1


def test_a_later_clause_goes_on_about_another_sentence_only_when_it_names_no_state(code):
    text = ("11 月 29 日，习近平会见赞比亚总统希奇莱马。\n"
            "11 月 30 日，习近平会见老挝国家主席通伦，两国签署多项合作文件。")  # fmt: skip
    assert countries(code(text, D, genre="narrative")) == [
        ("CHN", "04", "ZMB"), ("CHN", "04", "LAO"), ("CHN", "05", "LAO")]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "genre", "expected"),
    [
        # a pair deciding a deployment together; the states after 对 in 对…表示 are its object
        (
            "7 月 8 日，美韓宣布在南韓部署「薩德」反飛彈系統，中共外交部當天對美韓表示強烈不滿和堅決反對。",
            "",
            [("KOR", "06", "USA"), ("CHN", "11", "USA"), ("CHN", "11", "KOR")],
        ),
        # agreements reached; duties levied (課徵), export bans, anti-dumping measures
        ("10 月 21 日，印度外交部宣布與中方就邊境巡邏安排達成協議。", "", [("IND", "05", "CHN")]),
        (
            "10 月 29 日，歐盟執委會宣布對中國製電動車課徵最高 35.3% 的反補貼稅；中共商務部次日表示"
            "不認同、不接受。",
            "narrative",
            [("EEC", "16", "CHN"), ("CHN", "12", "EEC")],
        ),
        (
            "12 月 3 日，中共商務部宣布禁止鎵、鍺、銻等兩用物項對美出口。",
            "",
            [("CHN", "16", "USA")],
        ),
        (
            "10 月 8 日，中国商务部宣布对原产于欧盟的进口白兰地采取临时反倾销措施。",
            "",
            [("CHN", "16", "EEC")],
        ),
        # drills told before the place they surround; a Taiwanese 總統府 is Taiwan's
        (
            "10 月 14 日，共軍發動「聯合利劍-2024B」演習，在臺灣周邊海空域進行封控演練。總統府同日予以譴責。",
            "narrative",
            [("CHN", "15", "TWN"), ("TWN", "11", "CHN")],
        ),
        # a protest lodged at once answers the state of the sentence; the aircraft sent into
        # Japan's airspace presses Japan (test_zh_prose_recall16)
        (
            "8 月 26 日，一架中国军机进入日本领空，日方随即提出严正抗议。",
            "",
            [("CHN", "15", "JPN"), ("JPN", "11", "CHN")],
        ),
        # attending what a state holds at home visits it
        (
            "9 月 3 日，中国举行纪念抗战胜利 70 周年阅兵，俄罗斯总统普京、韩国总统朴槿惠等出席。",
            "",
            [("RUS", "04", "CHN"), ("KOR", "04", "CHN")],
        ),
        # a time of its own that is no date: not dated by the paragraph
        (
            "12 月 3 日，中共商務部宣布禁止鎵、鍺對美出口。川普在競選期間揚言對中國商品課徵 60% 關稅。",
            "narrative",
            [("CHN", "16", "USA")],
        ),
    ],
)
def test_more_analysts_constructions(code, text, genre, expected):
    assert countries(code(text, D, genre=genre)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 将 as 把 (its object, then a resultative verb): an act done, not to come
        (
            "9 月 1 日，美方將 1,100 億美元中國商品的關稅稅率由 10% 提高至 15%。",
            [("USA", "16", "CHN")],
        ),
        ("8 月 5 日，美國財政部將中國列為匯率操縱國。", [("USA", "11", "CHN")]),
        # a tariff on China written 对华
        ("8 月 23 日，特朗普当天即宣布进一步提高对华关税税率。", [("USA", "16", "CHN")]),
        # a state's firm barred; an order; a state said to pose a challenge
        ("7 月 14 日，英國宣布禁止華為參與其 5G 網路建設。", [("GBR", "16", "CHN")]),
        # (a mission ordered shut is relations cut, 161, as the English gold codes it; coder-zh130)
        ("7 月 21 日，美方勒令中国关闭驻休斯敦总领事馆。", [("USA", "16", "CHN")]),
        ("6 月 14 日，北約峰會公報指中共對北約構成「系統性挑戰」。", [("NAT", "11", "CHN")]),
        # a menace told by 扬言; praise of a policy in a statement
        ("8 月 31 日，中共外長王毅揚言捷方將為此「付出沉重代價」。", [("CHN", "13", "CZE")]),
        ("10 月 29 日，白俄羅斯代表 54 國發言，肯定中共的新疆政策。", [("BLR", "05", "CHN")]),
        # talks named a dialogue; a pair that agrees; drills that answer a speech
        (
            "3 月 18 日，杨洁篪、王毅同布林肯、沙利文在安克雷奇举行高层战略对话。",
            [("CHN", "04", "USA")],
        ),
        ("12 月 13 日，美中宣布就第一階段經貿協議文本達成一致。", [("CHN", "05", "USA")]),
        (
            "10 月 14 日，中共再以「聯合利劍－2024B」演習回應賴總統的國慶演說。",
            [("CHN", "15", "TWN")],
        ),
        ("9 月 18 日，解放军在台湾海峡附近举行实战化演练。", [("CHN", "15", "TWN")]),
    ],
)
def test_analysts_acts_of_pressure_and_agreement(code, text, expected):
    assert countries(code(text, D, genre="narrative")) == expected


def test_states_that_follow_an_act_take_its_object_from_the_sentence_before(code):
    # 跟进制裁, 相继宣布外交抵制: each state of the list, aimed at the one the act before was.
    text = ("12 月 6 日，美國宣布不派官方代表出席北京冬奧會。12 月 8 日，澳洲、英國和加拿大相繼宣布"
            "外交抵制。")  # fmt: skip
    assert countries(code(text, D, genre="narrative")) == [
        ("USA", "16", "CHN"), ("AUS", "16", "CHN"), ("GBR", "16", "CHN"), ("CAN", "16", "CHN")]  # fmt: skip
    text = "3 月 22 日，歐盟制裁 4 名中共官員，英國與加拿大同日跟進制裁。中共隨即予以駁斥。"
    assert countries(code(text, D, genre="narrative")) == [
        ("EEC", "16", "CHN"), ("GBR", "16", "CHN"), ("CAN", "16", "CHN"), ("CHN", "11", "EEC")]  # fmt: skip


def test_a_heading_names_a_subject_not_an_act_and_a_measure_is_dated_when_announced(code):
    text = (
        "第五章　2024 年中共對我國的外交施壓\n8 月 1 日，美方宣布自 9 月 1 日起對中國商品加徵關稅。"
    )
    c = code(text, date(2025, 1, 20), genre="narrative")
    assert [(e.source_actor, e.root, e.date.isoformat()) for e in c.events] == [
        ("USA", "16", "2024-08-01")]  # fmt: skip


def test_a_speaker_quoted_in_one_paragraph_does_not_speak_the_next(code):
    # 我國 in the analyst's own paragraph is Taiwan, not the state of the last speaker quoted.
    text = ("6 月 25 日，國臺辦證實，兩岸聯繫溝通機制已經停擺。\n\n"
            "12 月 20 日，聖多美普林西比宣布與我國斷交。")  # fmt: skip
    assert ("STP", "16", "TWN") in countries(code(text, D, genre="narrative"))


def test_states_that_follow_suit_look_a_few_clauses_back_for_the_act_they_follow(code):
    text = ("12 月 6 日，美国宣布不派官方代表出席北京冬奥会；中国外交部次日表示，美方将为其错误做法"
            "付出代价。12 月 8 日，澳大利亚和英国相继宣布外交抵制。")  # fmt: skip
    found = countries(code(text, D, genre="narrative"))
    assert ("AUS", "16", "CHN") in found and ("GBR", "16", "CHN") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # states listed that found a group together; a group's leaders meeting where they held it
        (
            "9 月 15 日，美國、英國與澳洲宣布成立 AUKUS。",
            [("USA", "05", "GBR"), ("USA", "05", "AUS"), ("GBR", "05", "AUS")],
        ),
        (
            "3 月 12 日，四方安全對話領導人在白宮舉行首次視訊峰會。",
            [("AUS", "04", x) for x in ("IND", "JPN", "USA")]
            + [("IND", "04", "JPN"), ("IND", "04", "USA"), ("JPN", "04", "USA")],
        ),
        # the doers of a move named before 此举 are what a reaction is aimed at
        (
            "9 月 16 日，趙立堅表示，美英兩國此舉破壞地區穩定，中方對此堅決反對。",
            [("CHN", "11", "USA"), ("CHN", "11", "GBR")],
        ),
        # a draft vetoed rejects its proposer; the council is where, not who
        (
            "2 月 20 日，美國在安理會否決阿爾及利亞提出的決議草案。",
            [("USA", "12", "DZA")],
        ),
        # attending another state's parade visits it
        ("5 月 9 日，習近平出席莫斯科紅場閱兵。", [("CHN", "04", "RUS")]),
        # a fight named as the topic of an agreement is no fight
        (
            "9 月 25 日，習近平對美國進行國事訪問，雙方就打擊網路犯罪達成共識。",
            [("CHN", "04", "USA"), ("CHN", "05", "USA")],
        ),
        # the writer's guess under a condition is no actor's threat
        ("展望 2016 年，若民進黨勝選，中共恐將對我國加大施壓。", []),
    ],
)
def test_groups_vetoes_topics_and_guesses(code, text, expected):
    assert countries(code(text, D, genre="narrative")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # relations only pursued (指示…推动…建交) are intent, not recognition
        (
            "3 月 14 日，宏都拉斯總統卡斯楚表示，已指示外長推動與中共建立外交關係。",
            [("HND", "03", "CHN")],
        ),
        # drills carried out (實施) around a state
        ("8 月 4 日，共軍在臺灣周邊海空域實施重要軍事演訓行動。", [("CHN", "15", "TWN")]),
        # talks called off among countermeasures; contact agreed to resume
        (
            "8 月 5 日，中共外交部宣布取消中美兩軍戰區領導通話等 8 項反制措施。",
            [("CHN", "16", "USA")],
        ),
        (
            "11 月 15 日，習近平與拜登在舊金山會晤，雙方同意恢復兩軍高層溝通。",
            [("CHN", "04", "USA"), ("CHN", "03", "USA")],
        ),
        # a framework with the state told left
        ("12 月 6 日，義大利正式通知中方退出「一帶一路」合作備忘錄。", [("ITA", "16", "CHN")]),
    ],
)
def test_pursuits_drills_and_talks_called_off(code, text, expected):
    assert countries(code(text, D, genre="narrative")) == expected


def test_the_mediator_is_no_party_to_what_it_brought_about(code):
    text = "3 月 10 日，沙烏地阿拉伯與伊朗在中共斡旋下於北京達成恢復外交關係的協議。"
    found = countries(code(text, D, genre="narrative"))
    assert ("SAU", "05", "IRN") in found and ("SAU", "05", "CHN") not in found


def test_the_start_or_end_of_the_year_told_and_a_later_clauses_date(code):
    text = "第三章　2023 年中共外交\n年初，中共與澳洲舉行外長會談。"
    c = code(text, date(2024, 1, 20), genre="narrative")
    assert [(e.date.isoformat(), e.date_precision) for e in c.events] == [("2023-01-01", "month")]
    # a summary whose later clause has a date of its own: that date is not the meeting's
    text = ("第三章　2017 年中共外交\n"
            "● 中美元首在海湖莊園和北京兩度會晤，但年底美國新版《國家安全戰略》將中國定位為對手。")  # fmt: skip
    c = code(text, date(2018, 1, 25), genre="narrative")
    assert [(e.root, e.date.isoformat()) for e in c.events] == [("11", "2017-12-01")]


def test_a_reaction_on_the_day_answers_the_doer_told_before_even_without_an_event(code):
    text = "10 月 17 日，美國商務部更新晶片出口管制規定；中共外交部當天表示堅決反對。"
    assert countries(code(text, D, genre="narrative")) == [("CHN", "11", "USA")]
    text = "8 月 9 日，拜登簽署行政命令，限制美國對中國半導體等領域的投資。"
    assert countries(code(text, D, genre="narrative")) == [("USA", "16", "CHN")]


def test_a_rebuttal_answers_the_state_told_before_it_in_its_sentence(code):
    text = "6 月 14 日，北約峰會公報指中共對北約構成「系統性挑戰」，中共駐歐盟使團 15 日予以駁斥。"
    assert countries(code(text, D, genre="narrative")) == [
        ("NAT", "11", "CHN"),
        ("CHN", "11", "NAT"),
    ]


def test_patrols_and_drills_around_a_state_press_it(code):
    text = "8 月 19 日，共軍東部戰區在臺灣周邊舉行聯合巡航與演練。"
    assert countries(code(text, D, genre="narrative")) == [("CHN", "15", "TWN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting called off is no meeting, and calling it off halts talks
        (
            "8 月 4 日，中共外交部宣布，因日本對中共指手畫腳，取消中日外長會晤。",
            [("CHN", "16", "JPN")],
        ),
        # concern voiced to a state
        ("5 月 24 日，日本政府向中國表達嚴重關切。", [("JPN", "01", "CHN")]),
    ],
)
def test_meetings_called_off_and_concern_voiced(code, text, expected):
    assert countries(code(text, D, genre="narrative")) == expected


def test_a_known_name_inside_a_longer_transliterated_name_is_no_one(code):
    # 卢比奥 (Rubio) holds 比奥 (Bio, Sierra Leone's president): a name character before it.
    c = code("8 月 10 日，中方宣布制裁卢比奥等美国人士。", D, genre="narrative")
    assert "SLE" not in {m.country for m in c.mentions}


def test_a_pair_named_only_as_such_is_the_pair_of_its_section_heading(code):
    text = ("貳、中日關係\n\n5 月 3 日，日本外相訪問北京。\n\n參、中俄關係\n\n"
            "6 月 18 日兩國元首的電話，為峰會鋪路。")  # fmt: skip
    found = countries(code(text, D, genre="narrative"))
    assert found[-1] in (("CHN", "04", "RUS"), ("RUS", "04", "CHN"))
    # a section heading without a pair lends none
    text = "貳、周邊外交\n\n6 月 18 日兩國元首的電話，為峰會鋪路。"
    assert countries(code(text, D, genre="narrative")) == []


def test_an_object_found_across_a_clause_that_it_opens_is_that_clauses_subject(code):
    text = "4 月 5 日至 7 日，法國總統馬克宏對中國進行國事訪問，歐盟執委會主席范德賴恩同期訪華。"
    found = countries(code(text, D, genre="narrative"))
    assert ("FRA", "04", "EEC") not in found and ("FRA", "04", "CHN") in found
    # what is said keeps its addressee as the subject of the clause it opens
    text = "12 月 5 日，中共外交部發表報告，並在文末呼籲，美國應重視實質民主。"
    assert ("CHN", "02", "USA") in countries(code(text, D, genre="narrative"))


def test_a_high_level_dialogue_is_not_negated_by_its_level(code):
    # 高級別: 別 is no negation (don't) there
    text = "10 月 13 日，王毅同歐盟外交與安全政策高級代表博雷利在北京舉行中歐高級別戰略對話。"
    assert countries(code(text, D, genre="narrative")) == [("CHN", "04", "EEC")]


def test_punitive_measures_taken_against_a_party_are_sanctions(code):
    text = "8 月 2 日，佩洛西窜访台湾，中方当天宣布对台湾地区采取一系列惩戒措施。"
    assert ("CHN", "16", "TWN") in countries(code(text, D, genre="narrative"))
