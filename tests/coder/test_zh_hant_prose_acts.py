"""Acts of a Taiwanese analyst's chapters on 2018 and 2025 (the sixth prose dev batch), one
row each: a delegation come to Taiwan, a statement that brands a demand, a ban on sales to a
state's firm, drills in or around the Strait; and what is no such act: a visitor invited by
a mayor, a travel warning, the state a demand would relabel, teams meeting in a third capital."""

from datetime import date

import pytest

from tests.coder.conftest import countries


def coded(code, text: str, written: date) -> set[tuple[str, str, str, str]]:
    c = code(text, written, genre="narrative")
    return {(e.date.isoformat(), *k) for e, k in zip(c.events, countries(c), strict=True)}


@pytest.mark.parametrize(
    ("text", "written", "act"),
    [
        ("6 月 12 日，美國在臺協會新館落成，美國國務院助卿率團來臺出席。",
         date(2018, 7, 20), ("2018-06-12", "USA", "04", "TWN")),
        ("4 月 25 日，中共民航局致函外國航空公司，要求更改臺灣的標示。"
         "美國白宮 5 月 5 日發表聲明，斥之為「胡言亂語」。",
         date(2018, 7, 20), ("2018-05-05", "USA", "11", "CHN")),
        ("4 月 16 日，美國商務部禁止美國企業在 7 年內向中興通訊出售零組件。",
         date(2018, 7, 20), ("2018-04-16", "USA", "16", "CHN")),
        ("4 月 25 日，中共外交部要求美方將相關標示改正。",
         date(2018, 7, 20), ("2018-04-25", "CHN", "10", "USA")),
        ("4 月 2 日，中共東部戰區於臺灣海峽中部及南部實施演訓。",
         date(2025, 7, 15), ("2025-04-02", "CHN", "15", "TWN")),
        ("4 月 1 日，中共東部戰區在我國周邊海空域展開聯合演習。",
         date(2025, 7, 15), ("2025-04-01", "CHN", "15", "TWN")),
        ("9 月 18 日，解放軍東部戰區在臺灣海峽附近組織實戰化演練。",
         date(2021, 1, 25), ("2020-09-18", "CHN", "15", "TWN")),
        ("10 月 14 日，共軍發動「聯合利劍-2024B」演習，僅一天即宣布結束。",
         date(2024, 12, 31), ("2024-10-14", "CHN", "15", "TWN")),
    ],
)  # fmt: skip
def test_acts_of_a_taiwanese_chapter(code, text, written, act):
    assert act in coded(code, text, written)


@pytest.mark.parametrize(
    ("text", "written", "no_act"),
    [
        # a visitor invited by a mayor is not made a state's visit
        ("8 月 30 日，達賴喇嘛應高雄市長邀請來臺探視風災災民。", date(2010, 1, 20), (None, "04", None)),
        # a warning to avoid going to a state is no visit
        ("11 月 14 日，中共外交部提醒中國公民近期避免前往日本。", date(2025, 11, 26), (None, "04", None)),
        # the state a demand would relabel is not the one asked
        ("4 月 25 日，中共民航局致函外國航空公司，要求在官網將臺灣改列為中國的一部分。",
         date(2018, 7, 20), ("CHN", "10", "TWN")),
        # both sides' teams moving on to a third capital visit no one
        ("6 月 5 日，習近平與川普通電話。同月 9 日，雙方經貿團隊轉往倫敦會談。",
         date(2025, 7, 15), (None, "04", "GBR")),
    ],
)  # fmt: skip
def test_what_a_taiwanese_chapter_tells_as_no_such_act(code, text, written, no_act):
    source, root, target = no_act
    for _, s, r, t in coded(code, text, written):
        assert not (r == root and source in (None, s) and target in (None, t))
