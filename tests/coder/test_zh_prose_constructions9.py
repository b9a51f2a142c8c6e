"""Constructions of analysts' prose found by the eighth prose batch (eval/README.md, 2001-2008):
the short name a president of that decade went by in both scripts (布希, 布什), the chairman of
the NPC of the decade, and the dates of narrative text the batch was written for."""

from datetime import date

import pytest

from tests.coder.conftest import countries

# (text, the day written, "source root target" of an act it tells)
READ = [
    # Taiwan's and the mainland's short names for the president of 2001-2009
    ("布希 11 月 19 日至 21 日訪問北京，20 日與胡錦濤會談。", "2006-01-20", "USA 04 CHN"),
    ("10 月 19 日，江泽民在上海会见布什。", "2002-01-20", "CHN 04 USA"),
    # the chairman of the NPC Standing Committee of 2003-2013
    ("10 月底，吴邦国访问朝鲜，30 日同金正日会谈。", "2004-01-15", "CHN 04 PRK"),
    ("10 月底，吳邦國訪問北韓，30 日與金正日會談。", "2004-01-15", "CHN 04 PRK"),
    # a joint communiqué to the press is a joint statement (05)
    ("10 月 8 日，安倍晉三訪問北京，與胡錦濤會談並發表聯合新聞公報。", "2007-01-20", "JPN 05 CHN"),
    ("10 月 8 日，安倍同胡锦涛会谈，双方发表联合新闻公报。", "2007-01-20", "JPN 05 CHN"),
    # 转访: a tour goes on to the next state
    ("胡锦涛 11 月 20 日至 23 日对印度进行国事访问；随后转访巴基斯坦。", "2007-01-20", "CHN 04 PAK"),
    ("胡錦濤 11 月 20 日至 23 日訪問印度，隨後轉訪巴基斯坦。", "2007-01-20", "CHN 04 PAK"),
    # displeasure conveyed to a side (向中方表達不滿)
    ("美國國防部 28 日表示已就此向中方表達不滿。", "2008-01-20", "USA 11 CHN"),
    ("美国国防部 28 日表示已就此向中方表达不满。", "2008-01-20", "USA 11 CHN"),
    # a state's ships or goods barred from ports or the market
    ("日本政府 13 日宣布禁止北韓船隻入港及北韓產品進口。", "2006-10-18", "JPN 16 PRK"),
    ("日本政府 13 日宣布禁止朝鲜船只入港及朝鲜产品进口。", "2006-10-18", "JPN 16 PRK"),
    # A 9 日在白宮與 B 會談時表示: A speaks, a day and a place before 與 notwithstanding
    ("布希 9 日在白宮與溫家寶會談時表示，反對臺灣領導人片面改變現狀。", "2004-01-20", "USA 11 TWN"),
    ("布什 9 日在白宫同温家宝会谈时表示，反对台湾领导人单方面改变现状。", "2004-01-20", "USA 11 TWN"),
    # a summit named by a state and a bloc joined by a dash, held
    ("12 月 7 日，第二十四次中国—欧盟领导人会晤在北京举行。", "2024-02-10", "CHN 04 EEC"),
    ("12 月 7 日，第二十四次中國—歐盟領導人會晤在北京舉行。", "2024-02-10", "CHN 04 EEC"),
    # a group named by its states and their count (三方), hosted by one of them
    ("12 月 26 日，王毅在北京主持首次中國—阿富汗—巴基斯坦三方外長對話。", "2018-01-20", "CHN 04 PAK"),
    ("12 月 26 日，中国—阿富汗—巴基斯坦三方外长对话在北京举行。", "2018-01-20", "AFG 04 PAK"),
    # a stance the pair just met takes together is each one's
    ("翌（9）日，安倍轉赴首爾與盧武鉉會談，兩人共同譴責北韓的核試。", "2006-10-18", "KOR 11 PRK"),
    ("10 月 9 日，安倍在首尔同卢武铉会谈，两人共同谴责朝鲜的核试验。", "2006-10-18", "KOR 11 PRK"),
    # a reaction told through a statement issued (發表聲明，表示強烈不滿), aimed at the act before
    ("2 月 4 日，美軍擊落中國無人飛艇。中共外交部次日發表聲明，表示強烈不滿。", "2023-07-20", "CHN 11 USA"),
    ("2 月 4 日，美军击落中国无人飞艇。中国外交部次日发表声明，对此表示强烈不满。", "2023-07-20",
     "CHN 11 USA"),
    # a missile that hits what it was fired at (以飛彈擊中…大使館)
    ("北約部隊 7 日深夜以飛彈擊中中共駐南斯拉夫大使館。", "1999-05-19", "NAT 19 CHN"),
    ("北约 7 日深夜以导弹击中中国驻南联盟大使馆。", "1999-05-19", "NAT 19 CHN"),
    # outrage and condemnation in one phrase
    ("中共政府 8 日發表聲明，對北約的「野蠻行徑」表示極大憤慨和強烈譴責。", "1999-05-19", "CHN 11 NAT"),
    ("中国政府 8 日发表声明，对北约的野蛮行径表示极大愤慨和强烈谴责。", "1999-05-19", "CHN 11 NAT"),
    # a side's goods barred, named by kind (柑橘類水果)
    ("中共商務部 8 月 3 日宣布暫停臺灣柑橘類水果及冰鮮白帶魚輸入中國大陸。", "2022-10-20", "CHN 16 TWN"),
    # force promised if the other side attacks: a threat by the speaker
    ("美國總統拜登 9 月 18 日接受媒體訪問時表示，若中共武力犯臺，美軍將協防臺灣。", "2022-10-20",
     "USA 13 CHN"),
    # an apology told after a call or talks is to the one spoken with
    ("上週五（14 日），柯林頓與江澤民通電話，再度表示道歉。", "1999-05-19", "USA 05 CHN"),
    ("14 日，克林顿同江泽民通电话，再次表示道歉。", "1999-05-19", "USA 05 CHN"),
    # decisive measures one would be forced to take, qualified between (包括武力在內的一切可能的)
    ("中共國務院臺辦 2 月 21 日發表白皮書，聲稱若臺灣當局無限期拒絕談判，中共將被迫採取包括武力"
     "在內的一切可能的斷然措施。", "2001-01-20", "CHN 13 TWN"),
    ("2 月 21 日，中方表示，若台湾当局无限期拒绝谈判，将被迫采取一切可能的断然措施。", "2001-01-20",
     "CHN 13 TWN"),
    # a joint statement of the pair just met says a reproach: each one's
    ("普丁 7 月中旬訪問北京，18 日與江澤民簽署「北京宣言」，雙方並發表聯合聲明反對美國部署飛彈防禦"
     "系統。", "2001-01-20", "CHN 11 USA"),
    ("普京 7 月中旬访问北京，18 日同江泽民签署《北京宣言》，双方并发表联合声明反对美国部署导弹防御"
     "系统。", "2001-01-20", "CHN 11 USA"),
]  # fmt: skip


def test_the_host_of_a_groups_meeting_meets_each_guest_not_the_guests_each_other(code):
    c = code("12 月 26 日，王毅在北京主持首次中国—阿富汗—巴基斯坦三方外长对话。", date(2018, 1, 20))
    assert set(countries(c)) == {("CHN", "04", "AFG"), ("CHN", "04", "PAK")}


@pytest.mark.parametrize(("text", "day", "told"), READ)
def test_an_actor_or_act_of_the_batch_is_read(code, text, day, told):
    got = countries(code(text, date.fromisoformat(day), genre="narrative"))
    assert tuple(told.split()) in got


# (text, "source root target", the day of that act)
DATED = [
    # a bare day after 年底 is a day of December, not of the month told before
    ("溫家寶 4 月 11 日至 13 日訪問日本。日本首相福田康夫年底回訪，28 日在北京與溫家寶會談。",
     "JPN 04 CHN", "2007-12-28"),
    ("温家宝 4 月访问日本。日本首相福田康夫年底回访，28 日在北京同温家宝会谈。", "JPN 04 CHN",
     "2007-12-28"),
    # 次日 after a day told as past inside a reported clause (已於同月 1 日) counts from the
    # day the sentence tells (the announcement), not from the recalled one
    ("哥斯大黎加總統 6 月 6 日宣布，哥國已於同月 1 日與中共簽署建交公報；我國外交部次日宣布終止"
     "與哥國的外交關係。", "TWN 16 CRI", "2007-06-07"),
    ("哥斯达黎加总统 6 月 6 日宣布，哥国已于同月 1 日同中国签署建交公报；台湾当局次日宣布同哥国"
     "“断交”。", "TWN 16 CRI", "2007-06-07"),
    # a clause opening with 次月 1 日 is one of its own (no talks of the clause before reach
    # into it), and a state gone to (赴法国) is not the doer of the clause's later act
    ("胡锦涛 5 月 26 日至 28 日对俄罗斯进行国事访问，27 日同普京签署联合声明；随后赴法国埃维昂出席"
     "南北领导人非正式对话会议，次月 1 日同布什首次会晤。", "CHN 04 USA", "2003-06-01"),
    ("胡錦濤 5 月 26 日至 28 日對俄羅斯進行國事訪問，27 日與普丁簽署聯合聲明；隨後赴法國埃維昂出席"
     "南北領導人非正式對話會議，次月 1 日與布希首次會晤。", "CHN 04 USA", "2003-06-01"),
    # a reaction opening on the act it answers (针对…N 日宣布的…) counts 次日 from that act
    ("4 月 11 日，美国驻华大使递交致歉信。针对美方 4 月 24 日宣布的对台军售，中方次日表示强烈"
     "不满。", "CHN 11 USA", "2001-04-25"),
    ("4 月 11 日，美國駐華大使遞交致歉信。針對美方 4 月 24 日宣布的對臺軍售，中共次日表示強烈"
     "不滿。", "CHN 11 USA", "2001-04-25"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told", "day"), DATED)
def test_a_narratives_day_is_read_from_its_anchor(code, text, told, day):
    told_day = date.fromisoformat(day)
    c = code(text, date(told_day.year + 1, 1, 20), genre="narrative")
    days = {e.date for e in c.events if " ".join(countries_of(e)) == told}
    assert days == {told_day}


def countries_of(e) -> tuple[str, str, str]:
    """(source country, root, target country) of one event."""
    return ((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3])


@pytest.mark.parametrize(
    ("heading", "body", "written", "day"),
    [
        # a month before the half the heading tells is the next year's, when written by then
        ("第五章　中国外交（2023 年下半年）", "12 月 13 日，习近平访问越南。1 月 15 日，瑙鲁同中国复交。",
         "2024-01-20", "2024-01-15"),
        ("第五章　中共外交（2023 年第三、四季）", "12 月 13 日，習近平訪問越南。1 月 15 日，諾魯與中共復交。",
         "2024-01-20", "2024-01-15"),
        # not when the document was written before it: a month recalled from the frame's year
        ("第五章　中国外交（2023 年下半年）", "12 月 13 日，习近平访问越南。3 月 26 日，洪都拉斯同中国建交。",
         "2024-01-20", "2023-03-26"),
        # a month after the quarters told stays in their year (二十大 in a Q2-Q3 chapter)
        ("第四章　中国外交（2022 年第二、三季度）", "9 月 15 日，习近平会见普京。10 月 24 日，瑙鲁同中国复交。",
         "2022-10-25", "2022-10-24"),
    ],
)  # fmt: skip
def test_a_month_before_the_part_of_the_year_told_is_the_next_years(code, heading, body, written,
                                                                     day):  # fmt: skip
    c = code(f"{heading}\n\n{body}", date.fromisoformat(written), genre="narrative")
    others = {e.date for e in c.events if not (e.source_actor or "").startswith("CHN")}
    assert date.fromisoformat(day) in others


def test_a_taiwanese_writers_own_state_is_not_the_last_speakers(code):
    """我國 opening a sentence of a Taiwanese narrative is Taiwan, though the sentence before
    quoted America (美國白宮同日表示…)."""
    text = ("中共全國人大 3 月 14 日通過「反分裂國家法」。美國白宮同日表示，該法「無助於」兩岸和平"
            "穩定。我國民眾 26 日在臺北舉行大遊行，抗議中共此舉。")  # fmt: skip
    got = countries(code(text, date(2006, 1, 20), genre="narrative"))
    assert ("TWN", "14", "CHN") in got
    assert ("USA", "14", "CHN") not in got


@pytest.mark.parametrize(
    ("text", "aimed"),
    [
        # a joint statement told before a reaction after ；: both its parties are answered
        ("4 月 16 日，拜登与日本首相菅义伟发表联合声明，提及台湾海峡；中国外交部次日表示强烈不满。",
         {"USA", "JPN"}),
        ("4 月 16 日，拜登與日本首相菅義偉發表聯合聲明，提及臺灣海峽；中共外交部次日表示強烈不滿。",
         {"USA", "JPN"}),
        # a call with Taiwan's leader: the reaction is aimed at the caller only
        ("1 月 30 日，捷克当选总统帕维尔同蔡英文通电话，中国外交部次日对此表示强烈不满。", {"CZE"}),
    ],
)  # fmt: skip
def test_a_reaction_answers_each_party_of_a_joint_statement(code, text, aimed):
    got = countries(code(text, date(2021, 7, 20), genre="narrative"))
    assert {t for s, root, t in got if s == "CHN" and root == "11"} == aimed


def test_a_visit_taiwan_writes_as_once_planned_is_none(code):
    """原訂, Taiwan's way of writing 原定: the visit planned and put off did not take place."""
    c = code("美國國務卿布林肯原訂 2 月 5 日訪問北京，因氣球事件延後。", date(2023, 4, 20))
    assert ("USA", "04", "CHN") not in countries(c)


def test_the_state_drills_are_held_around_is_no_doer(code):
    """在臺灣周邊舉行演習 after a meeting told before: Taiwan is where the drills are aimed."""
    text = ("蔡英文總統 4 月 5 日在加州與美國眾議院議長麥卡錫會面。中共隨即於 8 日至 10 日在臺灣周邊"
            "舉行「聯合利劍」演習。")  # fmt: skip
    got = countries(code(text, date(2023, 4, 20), genre="narrative"))
    assert ("CHN", "15", "TWN") in got
    assert all(s != "TWN" for s, root, _ in got if root == "15")


@pytest.mark.parametrize(
    "text",
    [
        "1 月 30 日和 31 日，王毅先后会见法国外长和德国外长。",
        "1 月 30 日和 31 日，王毅先後會見法國外長與德國外長。",
    ],
)
def test_a_list_of_days_pairs_with_the_parties_met_in_turn(code, text):
    """先后 with two days and two parties: one meeting on each day, in the order told."""
    c = code(text, date(2023, 7, 20), genre="narrative")
    got = {(e.target_actor[:3], e.date) for e in c.events}
    assert got == {("FRA", date(2023, 1, 30)), ("DEU", date(2023, 1, 31))}


def test_an_interview_given_is_no_visit(code):
    """接受媒體訪問: Taiwan writes 訪問 for an interview as for a visit."""
    c = code("美國總統拜登 9 月 18 日接受媒體訪問時表示，若中共武力犯臺，美軍將協防臺灣。",
             date(2022, 10, 20), genre="narrative")  # fmt: skip
    assert ("USA", "04", "CHN") not in countries(c)


def test_talks_do_not_reach_into_a_clause_of_the_next_month(code):
    """…出席南北领导人非正式对话会议，次月 1 日同布什首次会晤: the leaders' word and the meeting
    of the next clause, which opens with a month of its own, are no talks of a pair."""
    text = ("胡锦涛 5 月 26 日至 28 日对俄罗斯进行国事访问，27 日同普京签署联合声明；随后赴法国埃维昂"
            "出席南北领导人非正式对话会议，次月 1 日同布什首次会晤。")  # fmt: skip
    c = code(text, date(2004, 1, 15), genre="narrative")
    assert [e.code for e in c.events if countries_of(e) == ("CHN", "04", "RUS")] == ["042"]
