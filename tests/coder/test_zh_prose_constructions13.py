"""Constructions of analysts' prose found by the twelfth prose batch (eval/README.md: 2017-Q3,
2020-10 to 2021-01, Canada 2019, the Middle East and Afghanistan 2021): imports halted from a
state or its firms and resumed, a beating, a condemnation of the act confirmed, a resolution's
bans, crimes found, a video call, systems sold, representations with a demand, a publication
that lists a state's deeds, a hope to meet, a forum of a state's neighbours, 他 opening a
clause, a day's clause past a ； clause, an act at another's request, an outlook's occasion."""

from datetime import date

import pytest


def told_on(c) -> set[tuple[str, str, str, date]]:
    """(source country, root, target country, day) of every event of ``c``."""
    return {((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3], e.date)
            for e in c.events}  # fmt: skip


def acts(c) -> set[tuple[str, str, str]]:
    return {t[:3] for t in told_on(c)}


HANT = "第三章　2018 年中共外交"
HANS = "第三章　2018 年中国外交评析"
WRITTEN = date(2019, 1, 20)


def narrative(code, heading: str, body: str, written: date = WRITTEN):
    return code(f"{heading}\n\n{body}", written, genre="narrative")


@pytest.mark.parametrize(
    ("heading", "body", "told"),
    [
        (HANT, "中共商務部 2 月 5 日宣布，即日起停止自北韓進口鋼鐵。", ("CHN", "16", "PRK")),
        (HANS, "3 月 9 日，海关总署暂停了一家澳大利亚公司的牛肉进口。", ("CHN", "16", "AUS")),
        (HANS, "4 月上旬，海关总署撤销两家美国企业的大豆对华出口资质。", ("CHN", "16", "USA")),
    ],
)
def test_imports_halted_from_a_state_or_its_firms(code, heading, body, told):
    assert told in acts(narrative(code, heading, body))


def test_imports_resumed_but_not_those_to_come(code):
    done = narrative(code, HANS, "日本农林水产省 6 月 3 日宣布，中方已恢复进口日本牛肉。")
    assert ("CHN", "08", "JPN") in acts(done)
    planned = narrative(code, HANS, "6 月 3 日，两国达成共识，中方将恢复进口日本牛肉。")
    assert ("CHN", "08", "JPN") not in acts(planned)


def test_a_beating_and_its_condemnation(code):
    body = "5 月 2 日，兩名北韓使館人員毆打南韓記者。南韓外交部 4 日證實此事，並予以強烈譴責。"
    told = told_on(narrative(code, HANT, body))
    assert ("PRK", "18", "KOR", date(2018, 5, 2)) in told
    assert ("KOR", "11", "PRK", date(2018, 5, 4)) in told


def test_a_resolution_that_bans_a_states_trade(code):
    body = "聯合國安理會 12 月 22 日通過第 2397 號決議，限制對北韓的石油供應。"
    assert ("UNO", "16", "PRK") in acts(narrative(code, HANT, body))
    body = "安理會 9 月 11 日一致通過決議，禁止北韓出口紡織品。"
    assert ("UNO", "16", "PRK") in acts(narrative(code, HANT, body))


@pytest.mark.parametrize(
    ("body", "told"),
    [
        (
            "10 月 4 日，美國國務院宣布，認定緬甸軍方對羅興亞人犯下種族滅絕罪行。",
            ("USA", "11", "MMR"),
        ),
        ("8 月 2 日，英國首相與日本首相視訊通話。", ("GBR", "04", "JPN")),
        ("9 月 24 日，美國國務院批准對我國出售戰機零附件與後勤系統。", ("USA", "07", "TWN")),
        ("3 月 2 日，中共外交部發布文件，列舉美國干涉他國內政的事實。", ("CHN", "11", "USA")),
        ("7 月 10 日，貿易代表署宣布對中共再加徵關稅。", ("USA", "16", "CHN")),
    ],
)
def test_finding_calls_sales_papers_and_offices(code, body, told):
    assert told in acts(narrative(code, HANT, body))


def test_representations_made_with_a_demand(code):
    body = (
        "美國國務院 6 月 4 日宣布對我國出售戰機零附件。中共外交部次日即提出嚴正交涉，要求美方撤銷。"
    )
    assert ("CHN", "11", "USA", date(2018, 6, 5)) in told_on(narrative(code, HANT, body))


@pytest.mark.parametrize(
    ("body", "told", "not_told"),
    [
        # a hope to meet is intent, no meeting
        (
            "11 月中旬，莫里森表示希望在峰会期间与习近平会面。",
            ("AUS", "03", "CHN"),
            ("AUS", "04", "CHN"),
        ),
        # an act at another's request is the subject's, and no demand of the other's
        ("2 月 3 日，英国应美方要求逮捕一名伊朗商人。", ("GBR", "17", "IRN"), ("USA", "10", "IRN")),
    ],
)
def test_the_act_told_not_the_one_its_frame_names(code, body, told, not_told):
    found = acts(narrative(code, HANS, body))
    assert told in found and not_told not in found


def test_a_forum_of_a_states_neighbours_is_no_contact_with_it(code):
    body = "10 月 26 日，王毅出席阿富汗邻国外长会议。"
    assert ("CHN", "04", "AFG") not in acts(narrative(code, HANS, body))


def test_he_opening_a_clause_is_the_person_the_sentence_opened_with(code):
    body = "習近平 11 月 29 日抵達布宜諾斯艾利斯出席峰會；峰會期間，他 1 日先後與川普及普丁會晤。"
    found = acts(narrative(code, HANT, body))
    assert ("CHN", "04", "USA") in found and ("CHN", "04", "RUS") in found


def test_he_in_a_news_item_is_left_to_the_carry(code):
    text = "法国总统马克龙同习近平通电话。他对中国战胜疫情充满信心。"
    c = code(text, date(2020, 2, 24), source="xwlb")
    assert ("FRA", "01", "CHN") not in acts(c)


def test_a_days_clause_reaches_past_a_semicolon_clause_that_told_none(code):
    body = "7 月 16 日至 20 日，王毅先后访问埃及和伊朗。他在开罗发表演讲；19 日在德黑兰同伊朗外长签署合作文件。"
    assert ("CHN", "05", "IRN") in acts(narrative(code, HANS, body))


def test_an_outlooks_occasion_is_no_act(code):
    ahead = narrative(
        code, HANT, "普丁 12 月訪問北京時，雙方可望簽署能源協議。", date(2018, 10, 20)
    )
    assert ("RUS", "04", "CHN") not in acts(ahead)
    done = narrative(code, HANT, "普丁 6 月訪問北京時，雙方簽署了能源協議。", date(2018, 10, 20))
    assert ("RUS", "04", "CHN") in acts(done)


def test_an_act_the_analyst_expects_is_not_done(code):
    expected = narrative(code, HANT, "12 月 3 日，美國可望與中共簽署能源協議。", date(2018, 12, 20))
    assert ("USA", "05", "CHN") not in acts(expected)
    signed = narrative(code, HANT, "12 月 3 日，美國與中共簽署能源協議。", date(2018, 12, 20))
    assert ("USA", "05", "CHN") in acts(signed)


def test_a_state_gone_to_is_no_doer_of_the_next_clause(code):
    body = "7 月 4 日，習近平轉往德國進行國事訪問，6 日在柏林會見南韓總統文在寅。"
    found = acts(narrative(code, HANT, body))
    assert ("CHN", "04", "DEU") in found and ("CHN", "04", "KOR") in found
    assert ("DEU", "04", "KOR") not in found


def test_a_dialogue_held_by_name_is_a_contact(code):
    body = "3 月 8 日，美國國務次卿與我國經濟部次長舉行第二屆「美臺經濟繁榮夥伴對話」。"
    assert ("USA", "04", "TWN") in acts(narrative(code, HANT, body))


def test_the_eve_of_leaving_office_is_no_day_before_the_day_named(code):
    body = "1 月 20 日，美國國務卿在卸任前一天宣布，認定中共對少數民族犯下種族滅絕罪行。"
    told = told_on(narrative(code, HANT, body, date(2018, 2, 20)))
    assert ("USA", "11", "CHN", date(2018, 1, 20)) in told


def test_reactions_aimed_at_the_doer_told_before(code):
    """A condemnation after a sentence that opens with the reactor's own side answers the doer
    of the act told there; an accord ended is aimed at its other party; a criticism whose
    object follows the verb is not aimed at the party the sentence before lends."""
    beaten = "5 月 2 日，我國駐外單位舉辦酒會時，兩名北韓使館人員毆打我國官員。外交部 6 日證實此事，並予以嚴厲譴責。"
    assert ("TWN", "11", "PRK", date(2018, 5, 6)) in told_on(narrative(code, HANT, beaten))
    ended = (
        "3 月 2 日，外交部宣布，我國與巴拉圭已簽署協議。中共隨即要求巴方撤回；"
        "巴拉圭外交部當天宣布終止該協議。外交部隨後批評中共對巴拉圭施壓。"
    )
    found = acts(narrative(code, HANT, ended))
    assert ("PRY", "16", "TWN") in found
    assert ("TWN", "11", "CHN") in found and ("TWN", "11", "PRY") not in found


def test_a_pairs_joint_appeal_to_a_party_and_a_pair_after_it(code):
    """A pair that met issues a joint statement (两国外交部发表联合声明): its appeal is both
    states'; a pair opening the next clause with 同时 is addressed as well."""
    body = (
        "4 月 10 日，王毅與法國外長會談後，兩國外交部發表聯合聲明，呼籲伊朗恢復履約，"
        "美以同時保持克制。"
    )
    found = acts(narrative(code, HANT, body))
    for source in ("CHN", "FRA"):
        for target in ("IRN", "USA", "ISR"):
            assert (source, "02", target) in found


@pytest.mark.parametrize(
    ("heading", "body", "told"),
    [
        # a People's Court's sentence on a state's national
        (
            HANS,
            "8 月 11 日，丹东市中级人民法院以间谍罪判处加拿大公民斯帕弗 11 年有期徒刑。",
            ("CHN", "17", "CAN"),
        ),
        # a state's deed called unacceptable by the speaker
        (
            HANT,
            "9 月 11 日，陸委會表示，中共未依法保障我國人民權益，我國政府無法接受。",
            ("TWN", "11", "CHN"),
        ),
    ],
)
def test_a_sentence_passed_and_a_deed_called_unacceptable(code, heading, body, told):
    assert told in acts(narrative(code, heading, body))


def test_a_further_act_of_one_kind_is_no_retelling(code):
    body = (
        "5 月初，海关总署暂停了一家澳大利亚企业的牛肉进口。"
        "同月 20 日，海关总署又暂停了另一家澳大利亚企业的牛肉进口。"
    )
    days = {t[3] for t in told_on(narrative(code, HANS, body)) if t[:3] == ("CHN", "16", "AUS")}
    assert date(2018, 5, 20) in days and len(days) == 2
