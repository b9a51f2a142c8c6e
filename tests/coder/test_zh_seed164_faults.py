"""A capital's name told as another state's city, and a protest against shipments to a state
(the hand check of seed 164's faults, eval/README.md "Seed 164"), with sentences of our own."""

from datetime import date

from tests.coder.conftest import broadcast, countries

D = date(2022, 4, 11)


def test_a_capitals_name_told_as_another_states_city_is_that_states():
    # Lebanon's Tripoli, named so before, and the same name again: no visit to Libya.
    found = broadcast(
        "黎巴嫩政府已协调黎巴嫩北部的黎波里作为接应港口，运载救援物资的船只已转往的黎波里。", D
    )
    assert not any(t == "LBY" for _, _, t in found)


def test_the_capital_of_its_own_state_is_still_that_state(code):
    c = code("黎巴嫩总理访问利比亚首都的黎波里。", D, source="xwlb")
    assert ("LBN", "04", "LBY") in countries(c)


def test_a_protest_against_shipments_is_aimed_at_the_shipper(code):
    c = code(
        "近日，在意大利热那亚港，部分抗议者举行活动，反对通过该港口向以色列运送来自美国的弹药。",
        D,
        source="xwlb",
    )
    assert ("ITA", "14", "USA") in countries(c)
    assert ("ITA", "14", "ISR") not in countries(c)


def test_the_supplier_named_before_the_receiver_is_the_target(code):
    c = code(
        "在希腊第二大城市塞萨洛尼基，部分抗议者举行活动，反对美国向乌克兰提供武器。",
        D,
        source="xwlb",
    )
    assert ("GRC", "14", "USA") in countries(c)
