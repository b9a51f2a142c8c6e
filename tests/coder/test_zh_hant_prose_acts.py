"""Acts of a Taiwanese analyst's chapter on 2018 and 2025 (the sixth prose dev batch): a
delegation come to Taiwan, a statement that brands a demand, a ban on sales to a state's firm,
drills in the Strait, and a travel warning that is no visit."""

from datetime import date

from tests.coder.conftest import countries

WRITTEN = date(2018, 7, 20)


def coded(code, text: str, written: date = WRITTEN) -> set[tuple[str, str, str, str]]:
    c = code(text, written, genre="narrative")
    return {(e.date.isoformat(), *k) for e, k in zip(c.events, countries(c), strict=True)}


def test_an_official_who_leads_a_delegation_to_taiwan_visits_it(code):
    text = "6 月 12 日，美國在臺協會新館落成，美國國務院助卿率團來臺出席。"
    assert ("2018-06-12", "USA", "04", "TWN") in coded(code, text)


def test_a_visitor_come_to_see_victims_at_a_mayors_invitation_is_not_made_a_state_visit(code):
    text = "8 月 30 日，達賴喇嘛應高雄市長邀請來臺探視風災災民。"
    assert not any(g[2] == "04" for g in coded(code, text))


def test_a_statement_that_brands_the_demand_told_before_criticises_its_maker(code):
    text = ("4 月 25 日，中共民航局致函外國航空公司，要求更改臺灣的標示。"
            "美國白宮 5 月 5 日發表聲明，斥之為「胡言亂語」。")  # fmt: skip
    assert ("2018-05-05", "USA", "11", "CHN") in coded(code, text)


def test_forbidding_sales_to_a_states_firm_is_a_sanction_on_that_state(code):
    text = "4 月 16 日，美國商務部禁止美國企業在 7 年內向中興通訊出售零組件。"
    assert ("2018-04-16", "USA", "16", "CHN") in coded(code, text)


def test_drills_held_in_the_strait_press_taiwan(code):
    text = "4 月 2 日，中共東部戰區於臺灣海峽中部及南部實施演訓。"
    assert ("2025-04-02", "CHN", "15", "TWN") in coded(code, text, date(2025, 7, 15))


def test_a_warning_to_avoid_going_to_a_state_is_no_visit(code):
    text = "11 月 14 日，中共外交部提醒中國公民近期避免前往日本。"
    assert not any(g[2] == "04" for g in coded(code, text, date(2025, 11, 26)))


def test_joint_exercises_around_us_press_taiwan(code):
    text = "4 月 1 日，中共東部戰區在我國周邊海空域展開聯合演習。"
    assert ("2025-04-01", "CHN", "15", "TWN") in coded(code, text, date(2025, 7, 15))


def test_drills_organised_near_the_strait_press_taiwan(code):
    text = "9 月 18 日，解放軍東部戰區在臺灣海峽附近組織實戰化演練。"
    assert ("2020-09-18", "CHN", "15", "TWN") in coded(code, text, date(2021, 1, 25))


def test_a_state_a_demand_would_relabel_is_not_the_one_asked(code):
    text = "4 月 25 日，中共民航局致函外國航空公司，要求在官網將臺灣改列為中國的一部分。"
    assert not any(g[1:] == ("CHN", "10", "TWN") for g in coded(code, text))


def test_a_state_asked_to_relabel_something_is_still_asked(code):
    text = "4 月 25 日，中共外交部要求美方將相關標示改正。"
    assert ("2018-04-25", "CHN", "10", "USA") in coded(code, text)


def test_drills_named_for_taiwan_press_it_when_no_place_is_told(code):
    text = "10 月 14 日，共軍發動「聯合利劍-2024B」演習，僅一天即宣布結束。"
    assert ("2024-10-14", "CHN", "15", "TWN") in coded(code, text, date(2024, 12, 31))


def test_both_sides_teams_moving_on_to_a_third_capital_visit_no_one(code):
    text = "6 月 5 日，習近平與川普通電話。同月 9 日，雙方經貿團隊轉往倫敦會談。"
    assert not any(g[3] == "GBR" for g in coded(code, text, date(2025, 7, 15)))
