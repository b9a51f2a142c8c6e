"""Constructions of analysts' prose found by the fourteenth prose batch (eval/README.md: 2025-H2
and 2021-Q2 in a Taiwanese voice, Europe 2025-H2 and Southeast and South Asia 2021): a PRC
mission named 中共駐X, a reaction addressed to a list of states after 對, offices Taiwan has none
of, a city naming talks, counted lists of short forms, an accord undone, a span of days apart
from a contact's day, an edition's year, a negation kept to its clause, Japan's own offices, and
the patterns of the batch's wordings."""

from datetime import date

import pytest


def acts(c) -> set[tuple[str, str, str]]:
    """(source country, root, target country) of every event of ``c``."""
    return {((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3]) for e in c.events}


HANT = "第三章　民國 110 年第二季中共外交"
WRITTEN = date(2021, 7, 20)


def narrative(code, body: str):
    return code(f"{HANT}\n\n{body}", WRITTEN, genre="narrative")


@pytest.mark.parametrize(
    "body",
    [
        "澳洲聯邦政府 4 月 21 日撤銷維多利亞州的協議，中共駐澳大使館次日表示強烈不滿和堅決反對。",
        "中共駐美大使 4 月 22 日對澳方表示強烈不滿。",
    ],
)
def test_a_mission_of_the_prc_is_the_prcs(code, body):
    """中共駐澳大使館: 中共 before 駐 names the sender, so 澳 is where it is posted, not who acts."""
    told = acts(narrative(code, body))
    assert ("CHN", "11", "AUS") in told
    assert ("AUS", "11", "CHN") not in told


def test_a_reaction_to_a_list_of_states_after_dui(code):
    """發表談話，對美日兩國表示強烈不滿: the list after 對 is what the reaction is aimed at; its doer
    is the subject that opened the sentence."""
    told = acts(
        narrative(code, "中共駐日本大使館 4 月 17 日發表談話，對美日兩國表示強烈不滿和堅決反對。")
    )
    assert {("CHN", "11", "USA"), ("CHN", "11", "JPN")} <= told
    assert not {("USA", "11", "CHN"), ("JPN", "11", "CHN")} & told


def test_a_reaction_to_a_list_goes_on_from_the_clause_before(code):
    """在美國總統訪問日本期間，朝鮮外務省發表談話，對美韓兩國表示強烈不滿: the doer is the
    subject of the clause the reaction goes on from, not America, named first in an adverbial."""
    told = acts(
        narrative(
            code,
            "在美國總統訪問日本期間，朝鮮外務省 6 月 19 日發表談話，對美韓兩國表示強烈不滿。",
        )
    )
    assert {("PRK", "11", "USA"), ("PRK", "11", "KOR")} <= told
    assert ("USA", "11", "KOR") not in told


def test_an_office_taiwan_has_not_is_the_prcs(code):
    """商務部發言人 in a Taiwanese chapter: Taiwan has 經濟部, not 商務部, so the bare office is the
    PRC's (its reply to America is no act of Taiwan's); 外交部 alone stays Taiwan's."""
    c = narrative(code, "美國 10 月 10 日宣布加徵關稅。商務部發言人 12 日回應，堅決反對美方的做法。"
                  "外交部 13 日譴責中共。")  # fmt: skip
    told = acts(c)
    assert ("CHN", "11", "USA") in told
    assert not {a for a in told if a[0] == "TWN" and a[2] != "CHN"}
    assert ("TWN", "11", "CHN") in told


HANS = "第三章　2021 年中国周边外交"


@pytest.mark.parametrize(
    ("heading", "body", "told"),
    [
        # a city naming talks is where they are held, not a party
        (
            HANT,
            "9 月 14 日至 15 日的馬德里經貿會談由中共國務院副總理何立峰與美國財政部長貝森特率團，"
            "雙方就 TikTok 問題達成框架共識。",
            ("CHN", "05", "USA"),
        ),
        # talks named as a noun, led by both sides
        (
            HANT,
            "9 月 14 日的馬德里經貿會談由中共國務院副總理何立峰與美國財政部長貝森特率團。",
            ("CHN", "04", "USA"),
        ),
        # a meeting agreed on, its occasion before its verb
        (
            HANT,
            "習近平與川普 9 月 19 日的通話中，雙方同意在亞太經合會期間會晤。",
            ("CHN", "03", "USA"),
        ),
        # flights agreed to resume
        (
            HANT,
            "習近平 8 月 31 日會見印度總理莫迪，雙方同意推動恢復兩國直航。",
            ("CHN", "03", "IND"),
        ),
        # a protest lodged on a day word, its target the demand's
        (HANS, "3 月 21 日，菲外交部当天提出外交抗议，要求中方撤走船只。", ("PHL", "11", "CHN")),
        # a pair's armies starting to disengage: each pulls back from the other
        (
            HANS,
            "2 月 10 日，国防部发言人宣布，中印两军一线部队当天开始同步脱离接触。",
            ("IND", "08", "CHN"),
        ),
        (
            HANS,
            "2 月 10 日，国防部发言人宣布，中印两军一线部队当天开始同步脱离接触。",
            ("CHN", "08", "IND"),
        ),
        # the talks of a pair's armies
        (HANS, "中印两军 10 月 10 日举行第十三轮军长级会谈。", ("CHN", "04", "IND")),
        # all dealings with a state's leader stopped, the leader named again alone
        (
            HANS,
            "捷克总统帕维尔 7 月 27 日会见达赖喇嘛，中方次日决定停止同帕维尔的一切往来。",
            ("CHN", "16", "CZE"),
        ),
        # a coast guard's water cannon on another state's ship
        (HANS, "11 月 16 日，中国海警船只对菲律宾补给船使用水炮。", ("CHN", "17", "PHL")),
        # an economic portfolio's minister, named again alone
        (
            HANS,
            "荷兰经济事务大臣卡雷曼斯 9 月 30 日表示反对。21 日，王文涛同卡雷曼斯视频通话。",
            ("CHN", "04", "NLD"),
        ),
        # resolve to reopen talks is intent (036), not the talks (the three listed and counted)
        (HANS, "英、法、德三国领导人 10 月 10 日称，决心重启与伊朗的谈判。", ("DEU", "03", "IRN")),
        # a statement that another state failed to act
        (HANS, "印方 10 月 11 日发表声明，指中方未接受其建设性建议。", ("IND", "11", "CHN")),
        # a remark just told, rejected
        (
            HANS,
            "5 月 10 日，中国驻孟加拉国大使表示反对。孟加拉国外长次日称此番言论不可接受。",
            ("BGD", "11", "CHN"),
        ),
        # harm to relations promised if a state acts
        (
            HANS,
            '5 月 10 日，中国驻孟加拉国大使表示，孟加拉国若加入"四方机制"，将严重损害两国关系。',
            ("CHN", "13", "BGD"),
        ),
        # violence vowed against the one told of before
        (
            HANT,
            "日本首相高市早苗 11 月 7 日答詢。中共駐大阪總領事薛劍 8 日發文，揚言要斬斷「骯髒脖子」。",
            ("CHN", "13", "JPN"),
        ),
        # force promised if the state named before 若 acts
        (
            HANT,
            "傅聰 11 月 21 日致函聯合國秘書長，稱日本若武力介入臺海局勢，中方將堅決行使自衛權。",
            ("CHN", "13", "JPN"),
        ),
        # measures promised if the state named acts
        (
            HANT,
            "美國 10 月 10 日宣布加徵關稅。商務部發言人 12 日回應，若美方一意孤行，中方必將堅決採取相應措施。",
            ("CHN", "13", "USA"),
        ),
        # the planning commission as a home office, the PRC's in Taiwanese prose
        (
            HANT,
            "國家發展和改革委員會 5 月 6 日宣布，無限期暫停中澳戰略經濟對話機制下的一切活動。",
            ("CHN", "16", "AUS"),
        ),
        # vaccines pledged, the recipient right after the verb
        (HANT, "美國參議員 6 月 6 日訪臺，宣布美方將提供我國 75 萬劑疫苗。", ("USA", "03", "TWN")),
        # a package's list taking in a third state's firms
        (
            HANS,
            "欧盟 7 月 18 日通过对俄第 18 轮制裁，首次将两家中国地方银行列入清单。",
            ("EEC", "16", "CHN"),
        ),
        # short forms listed and counted
        (
            HANT,
            "美、英、法、德、日、義、加七國領袖 6 月 13 日發表公報，批評中共的人權問題。",
            ("ITA", "11", "CHN"),
        ),
        # a joint press statement
        (
            HANS,
            "7 月 24 日，习近平会见欧盟委员会主席冯德莱恩，双方发表关于应对气候变化的联合新闻声明。",
            ("CHN", "05", "EEC"),
        ),
        # 中方對美國宣布的制裁表示不滿: 美國 does the act reacted to; the reaction stays 中方's
        (HANT, "中方 4 月 17 日對美國宣布的制裁表示強烈不滿。", ("CHN", "11", "USA")),
        # 普丁與習近平舉行中俄蒙元首會晤: the meeting the run names is also China's with Mongolia
        # (China with each other party, as the guidelines have a meeting China holds with several)
        (HANT, "9 月 2 日，普丁與習近平舉行中俄蒙元首會晤。", ("CHN", "04", "MNG")),
    ],
)
def test_constructions_of_the_fourteenth_batch(code, heading, body, told):
    assert told in acts(code(f"{heading}\n\n{body}", WRITTEN, genre="narrative"))


def test_an_accord_undone_is_no_signing(code):
    """撤銷維多利亞州與中共簽署的…協議: the signing describes the accord undone; no agreement now."""
    told = acts(
        narrative(code, "澳洲聯邦政府 4 月 21 日撤銷維多利亞州與中共簽署的「一帶一路」合作協議。")
    )
    assert ("AUS", "16", "CHN") in told
    assert ("AUS", "05", "CHN") not in told


def test_taiwans_voice_though_a_bare_spokesperson_is_named(code):
    """中共 in Traditional script makes the chapter Taiwan's even when it names the PRC's
    spokesperson bare (外交部發言人汪文斌): 我國 is then Taiwan."""
    c = narrative(code, "中共駐日本大使館 4 月 17 日發表談話；外交部發言人汪文斌 19 日表示反對。"
                  "日本政府 6 月 4 日向我國捐贈 124 萬劑疫苗。")  # fmt: skip
    assert ("JPN", "07", "TWN") in acts(c)


def test_a_text_that_says_whose_it_is_keeps_its_voice_in_traditional_script(code):
    """新華社 (a Hong Kong paper's reprint in Traditional script) says the text is the PRC's
    outright: its 中共中央 does not make it Taiwan's, so its bare 外交部 is China's (中共
    outweighs only a bare 外交部發言人)."""
    c = code(
        "新華社北京 12 月 1 日電 中共中央政治局 1 日召開會議。外交部 2 日宣布召回駐立陶宛大使。",
        date(2021, 12, 5),
        genre="narrative",
    )
    assert ("CHN", "16", "LTU") in acts(c)
    assert ("TWN", "16", "LTU") not in acts(c)


def test_a_span_of_days_that_leaves_out_a_day_told_is_another_act(code):
    """雙方經貿團隊 25 日至 26 日…磋商 beside a meeting of the 30th: the span's month holds that
    day, but its days do not, so the talks are a round of their own (a span that holds the day
    is still the same contact)."""
    apart = acts_dated(
        narrative(code, "習近平 5 月 30 日與川普會晤。雙方經貿團隊 25 日至 26 日在吉隆坡舉行磋商。")
    )
    assert {("CHN", "04", "USA", "day"), ("CHN", "04", "USA", "month")} <= apart
    held = acts_dated(
        narrative(code, "習近平 5 月 25 日與川普會晤。雙方經貿團隊 25 日至 26 日在吉隆坡舉行磋商。")
    )
    assert ("CHN", "04", "USA", "month") not in held


def acts_dated(c) -> set[tuple[str, str, str, str]]:
    return {((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3], e.date_precision)
            for e in c.events}  # fmt: skip


def test_japans_own_offices_are_japans(code):
    """防衛大臣小泉進次郎表示強烈抗議 after 日本防衛省宣布，中共…: the defence minister is Japan's
    (no other state has a 防衛大臣), so Japan protests to China, not China to Japan."""
    c = narrative(code, "日本防衛省 12 月 6 日宣布，中共殲-15 戰機以雷達照射航空自衛隊戰機，"
                  "防衛大臣小泉進次郎表示強烈抗議。")  # fmt: skip
    assert ("JPN", "11", "CHN") in acts(c)
    assert ("CHN", "11", "JPN") not in acts(c)


@pytest.mark.parametrize("body", ["烏克蘭領土自衛隊 3 月 5 日擊退了俄羅斯軍隊的進攻。",
                                  "敘利亞庫爾德自衛隊 3 月 5 日與土耳其軍隊交火。"])  # fmt: skip
def test_a_self_defence_force_named_with_its_state_is_not_japans(code, body):
    """自衛隊 alone is no name of Japan's: Ukraine's territorial defence and Kurdish militias are
    so called, and the state named before it is theirs."""
    told = acts(narrative(code, body))
    assert not any(src == "JPN" for src, _, _ in told)
    assert {src for src, _, _ in told} <= {"UKR", "SYR"}


def test_an_editions_year_is_no_date(code):
    """發布 2025 年版《防衛白皮書》: the edition's year names the paper, so the act keeps the day
    told before it (7 月 15 日), not the year's first of January."""
    c = code(
        "第四章　民國 114 年下半年中共對日外交\n\n日本防衛省 7 月 15 日發布 2025 年版《防衛白皮書》，稱中共是日本最大的戰略挑戰。",
        date(2026, 1, 15),
        genre="narrative",
    )
    assert {(e.date, e.date_precision) for e in c.events if e.root == "11"} == {
        (date(2025, 7, 15), "day")
    }


def test_a_negation_stays_in_the_clause_before_a_dated_one(code):
    """原定 10 月下旬訪華，因故未能成行，12 月 8 日抵京同王毅會談: the trip called off is the first
    clause's; the clause with a day of its own tells the visit made."""
    told = acts(
        narrative(
            code,
            "德國外長瓦德富爾原定 5 月下旬訪華，因行程安排未能成行，6 月 8 日抵京同王毅舉行會談。",
        )
    )
    assert ("DEU", "04", "CHN") in told
    assert not acts(narrative(code, "德國外長瓦德富爾原定 5 月下旬訪華，因行程安排未能成行。"))


def test_a_body_to_work_with_is_not_urged(code):
    """敦促伊朗與國際原子能機構開展合作: the agency is the partner of the cooperation urged on Iran;
    two states after 與 are both urged still (an appeal to both sides)."""
    c = code("法国外长 2 月 23 日敦促伊朗与国际原子能机构开展合作。", date(2021, 2, 24))
    assert acts(c) == {("FRA", "10", "IRN")}
    both = acts(code("法国外长 2 月 23 日敦促伊朗与以色列恢复谈判。", date(2021, 2, 24)))
    assert {("FRA", "10", "IRN"), ("FRA", "10", "ISR")} <= both


def test_a_meeting_named_by_its_pair_keeps_its_doers_tense(code):
    """李克强将于 12 月 2 日同米舒斯京举行中俄总理定期会晤: 中俄 names the meeting, not its doer;
    the 将 before it makes the meeting one announced, not held."""
    c = code(
        "国务院总理李克强将于 12 月 2 日同俄罗斯总理米舒斯京举行中俄总理第二十五次定期会晤。",
        date(2020, 11, 26),
    )
    assert {e.code for e in c.events if e.root in ("03", "04")} == {"036"}


def test_retaliation_promised_after_a_condition_is_no_threat_of_force(code):
    """美方若執意加徵關稅，中方將堅決回擊: a trade war's retaliation is a threat (130), not one of
    force (138); 行使自衛權 after 日本若… still is."""
    c = code(
        "商务部发言人 5 日表示，美方若执意加征关税，中方将坚决回击。"
        "外交部发言人 6 日表示，日本若武力介入台海，中方将坚决行使自卫权。",
        date(2025, 11, 7),
        genre="narrative",
    )
    told = {(e.source_actor[:3], e.code, e.target_actor[:3]) for e in c.events}
    assert ("CHN", "130", "USA") in told
    assert ("CHN", "138", "USA") not in told
    assert ("CHN", "138", "JPN") in told


@pytest.mark.parametrize(
    ("body", "threat"),
    [
        ("中俄双方 5 日表示，将采取相应措施加强两国在能源领域的合作。", False),
        ("俄罗斯 5 日表示，将采取一切必要措施应对新冠肺炎疫情。", False),
        ("针对美方的制裁，外交部发言人 5 日表示，中方将采取相应措施。", True),
        ("针对美国的制裁，伊朗 5 日表示，将采取一切必要措施维护自身利益。", True),
    ],
)
def test_measures_taken_for_cooperation_are_no_threat(code, body, threat):
    """将采取相应措施加强…合作: measures with a purpose of cooperation or relief right after them
    are no threat (130); measures for defence, or standing alone after a sanction, are."""
    c = code(body, date(2025, 11, 7), genre="narrative")
    assert any(e.code == "130" for e in c.events) is threat
