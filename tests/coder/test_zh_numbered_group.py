"""A number word names again the states listed before it (the seventh prose dev batch,
eval/README.md): 三方 opening a clause is the trio's joint act, 三國 after a verb of reproach
falls on each of them; right after its own list (英國、法國、德國三國外長) it is a group subject
as before; a reproach of a joint act told before falls on each of its doers (a contact
with Taiwan excepted: China's protest is the foreign state's)."""

from datetime import date

import pytest

from tests.coder.conftest import countries

CASES = [
    (  # the trio named again opening a clause issues the declaration
        "7 月 5 日，中日韓外長會議在北京舉行，三方會後發表聯合聲明。",
        {("CHN", "05", "JPN"), ("CHN", "05", "KOR")},
    ),
    (  # the trio named again after a verb of reproach is reproached, each of them
        "5 日，英國、法國與德國政府發表聲明支持伊核協議，伊朗外交部隨即批評三國言行不一。",
        {("IRN", "11", "GBR"), ("IRN", "11", "FRA"), ("IRN", "11", "DEU")},
    ),
    (  # a reproach of a joint act told before falls on each of its doers
        "3 月 5 日，英國與法國宣布在黑海舉行聯合軍演，俄羅斯外交部同日表示強烈不滿。",
        {("RUS", "11", "GBR"), ("RUS", "11", "FRA")},
    ),
    (  # a number right after its own list stays a group subject
        "5 日，英國、法國、德國三國外長發表聯合聲明。",
        {("GBR", "05", "FRA"), ("GBR", "05", "DEU"), ("FRA", "05", "DEU")},
    ),
]


@pytest.mark.parametrize(("text", "told"), CASES)
def test_a_group_named_before_is_each_of_its_states(code, text, told):
    assert told <= set(countries(code(text, date(2019, 8, 1), genre="narrative")))


def test_a_protest_of_a_contact_with_taiwan_is_the_foreign_states_alone(code):
    text = "3 月 5 日，立陶宛總統與蔡英文總統通電話，中共外交部次日表示強烈不滿。"
    got = countries(code(text, date(2019, 8, 1), genre="narrative"))
    assert ("CHN", "11", "LTU") in got
    assert ("CHN", "11", "TWN") not in got
