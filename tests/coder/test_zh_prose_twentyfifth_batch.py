"""Constructions of analysts' prose from the twenty-fifth dev batch of prose_hant and prose_hans
(eval/README.md, 1945-1950: the years before and at the PRC's founding): a Taiwanese analyst's
我國 before the PRC was proclaimed, 國民政府, 捷克斯洛伐克, a state or regime recognised on a day
(承認中共政權, 承認中共，), a bare 承認 after 亦 following the recognition told before, parties of a
list each followed by a day of its own, and a state entered as the ground of the next clause's
attack. The sentences are our own."""

from datetime import date

from tests.coder.test_zh_prose_constructions15 import acts, dated
from tests.coder.test_zh_prose_twentythird_batch import chapter

HANT_1947 = ("第二章　民國 36 年外交回顧", date(1948, 1, 20))
HANT_1950 = ("第一章　民國 38 年外交回顧", date(1950, 1, 20))
HANS_1950 = ("第一章　1949 年中国外交回顾", date(1950, 1, 20))


def test_our_state_before_the_prc_was_proclaimed_is_china(code):
    """我國 in a Taiwanese chapter on 1947 is the ROC governing China then: CHN, not TWN."""
    body = "我國與英國 3 月 4 日在南京簽訂航空協定。"
    found = acts(chapter(code, body, *HANT_1947))
    assert ("CHN", "05", "GBR") in found and ("TWN", "05", "GBR") not in found


def test_our_state_after_the_prc_was_proclaimed_is_taiwan(code):
    """(guards the rule's reach) 我國 on an act of December 1949 is Taiwan's ROC (TWN)."""
    body = "我國 12 月 20 日與菲律賓簽訂友好條約。"
    assert ("TWN", "05", "PHL") in acts(chapter(code, body, *HANT_1950))


def test_the_national_government_is_china(code):
    """國民政府 (1925-1948) acts as China."""
    body = "國民政府 6 月 2 日與印度簽訂友好條約。"
    assert ("CHN", "05", "IND") in acts(chapter(code, body, *HANT_1947))


def test_czechoslovakia_is_not_slovakia(code):
    """捷克斯洛伐克 is coded as its larger successor (CZE), every state of its list kept."""
    body = "波兰和捷克斯洛伐克 10 月 7 日同中国签订贸易协定。"
    found = acts(chapter(code, body, *HANS_1950))
    assert {("POL", "05", "CHN"), ("CZE", "05", "CHN")} <= found
    assert not {a for a in found if "SVK" in a}


def test_a_regime_recognised_on_a_day(code):
    """X N 日承認中共政權 / 承認中共，: recognition (054) of a state's regime or of a state whose
    bare name closes the clause."""
    body = "挪威 1 月 7 日承認中共政權。丹麥 1 月 9 日承認中共，引起外界關注。"
    assert {("NOR", "05", "CHN"), ("DNK", "05", "CHN")} <= acts(chapter(code, body, *HANT_1950))


def test_an_admission_after_a_day_is_no_recognition(code):
    """(guards the rule's reach) 承认 whose object goes on past the state is an admission."""
    body = "美國國務院 3 月 2 日承認英國提供的情報有誤。"
    assert not {a for a in acts(chapter(code, body, *HANT_1950)) if a[1] == "05"}


def test_a_bare_recognition_after_yi_follows_the_one_before(code):
    """丹麥 N 日承認中共。挪威 N 日亦宣布承認。: no object, the state recognised before."""
    body = "丹麥 1 月 9 日承認中共。挪威 1 月 11 日亦宣布承認。"
    assert ("NOR", "05", "CHN") in acts(chapter(code, body, *HANT_1950))


def test_each_party_of_a_list_on_its_own_day(code):
    """A 12 日、B 13 日也宣布承认…: each party takes the day told right after it, with or
    without 先后."""
    body = "缅甸 1 月 8 日宣布承认中华人民共和国。锡兰 1 月 12 日、埃及 13 日也宣布承认新中国。"
    found = dated(chapter(code, body, *HANS_1950))
    days = {(d[0], d[3].day) for d in found if d[2] == "CHN"}
    assert {("LKA", 12), ("EGY", 13)} <= days and not {("LKA", 13), ("EGY", 12)} & days


def test_a_run_of_parties_shares_the_day_after_it(code):
    """A、B 3 日、C 4 日先后跟进: A and B on the 3rd, C on the 4th."""
    body = "苏联 10 月 2 日承认中华人民共和国。波兰、匈牙利 10 月 3 日、蒙古 4 日先后跟进。"
    found = dated(chapter(code, body, *HANS_1950))
    days = {d[0]: d[3].day for d in found if d[2] == "CHN"}
    assert days.get("POL") == 3 and days.get("HUN") == 3 and days.get("MNG") == 4


def test_parties_not_in_a_list_keep_the_act_day(code):
    """(guards the rule's reach) 普丁 7 月中旬訪問北京，18 日與江澤民簽署…，雙方並…反對美國:
    the parties are not a list of their own days; the opposition is on the 18th."""
    body = "俄羅斯總統 7 月中旬訪問北京，18 日與中共領導人簽署宣言，雙方並發表聲明反對美國的政策。"
    days = {d[3].day for d in dated(chapter(code, body, *HANT_1950)) if d[1] == "11"}
    assert days == {18}


def test_a_state_entered_is_the_ground_not_the_attacker(code):
    """X 军队进入 Y，向 Z 发起进攻: Y is where the troops went; the attack is X's."""
    body = "埃及和叙利亚军队 5 月 15 日进入约旦，向以色列发起进攻。"
    found = acts(chapter(code, body, *HANS_1950))
    assert {("EGY", "19", "ISR"), ("SYR", "19", "ISR")} <= found
    assert ("JOR", "19", "ISR") not in found


def test_pao_is_pao(code):
    """砲擊 (Taiwan's 砲 for 炮) is shelling, as 炮擊 is."""
    body = "英國商船 9 月 3 日遭中共砲擊。"
    assert ("CHN", "19", "GBR") in acts(chapter(code, body, *HANT_1950))


def test_heads_of_three_states_meeting(code):
    """A、B 和 C 三国首脑…举行会议: 首脑 as 元首, one meeting per pair."""
    body = "法国、英国和苏联三国首脑 7 月 17 日在维也纳举行会议。"
    assert {("FRA", "04", "GBR"), ("FRA", "04", "RUS"), ("GBR", "04", "RUS")} <= acts(
        chapter(code, body, *HANS_1950)
    )


def test_an_embargo_on_china_lifted(code):
    """解除對華…禁運: China named by 对华, the easing 085."""
    body = "英國 6 月 2 日解除對華戰略物資禁運。"
    assert ("GBR", "08", "CHN") in acts(chapter(code, body, *HANT_1950))


def test_an_easing_halted_is_no_easing(code):
    """(guards the rule's reach) 暫停放寬對華…禁運 eases nothing."""
    body = "美國 6 月 2 日宣布暫停放寬對華禁運。"
    assert ("USA", "08", "CHN") not in acts(chapter(code, body, *HANT_1950))


def test_exports_halted_written_shuchu(code):
    """暫停對 X 輸出軍火: exports halted (163), 输出 as 出口."""
    body = "英國 4 月起暫停對印尼輸出軍火。"
    assert ("GBR", "16", "IDN") in acts(chapter(code, body, *HANT_1947))


def test_notes_exchanged_by_the_pair(code):
    """兩國 N 日換文: the pair told before make an accord (057)."""
    body = "我國與印度 3 月 1 日簽訂航空協定。兩國 4 月 2 日換文，互設領事館。"
    assert ("CHN", "05", "IND", date(1947, 4, 2)) in dated(chapter(code, body, *HANT_1947))
