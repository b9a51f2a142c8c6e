"""English lists of states sharing one act, in wire sentences of our own: the states listed
after "other countries" (from A and B to C and D, including A and B) get the act its named
targets got; "the three Gulf states" are a longer list's Gulf members (test_en_ellipsis)."""

from __future__ import annotations

from datetime import date

from tests.coder.test_en_wire_structure import events

DAY = date(2025, 7, 8)


def test_other_countries_listed_from_to_get_the_act():
    found = events(
        "WASHINGTON, July 8 (Dipwatch) - The United States imposed sanctions on Cuba on Monday "
        "and on several other countries, from Nicaragua and Bolivia to Eritrea and Syria.",
        DAY,
    )
    assert {("USA", "163", x, "2025-07-07") for x in ("CUB", "NIC", "BOL", "ERI", "SYR")} <= set(
        found
    ), found


def test_other_countries_listed_after_including_get_the_act():
    found = events(
        "TOKYO, July 8 (Dipwatch) - Japan imposed export curbs on North Korea on Monday and on "
        "two other countries, including the Philippines.",
        DAY,
    )
    assert {("JPN", "163", "PRK", "2025-07-07"), ("JPN", "163", "PHL", "2025-07-07")} <= set(
        found
    ), found


def test_other_countries_that_do_the_same_are_no_targets():
    """ "as did some other countries, including…": doers, not whom the act is aimed at."""
    found = events(
        "TOKYO, July 8 (Dipwatch) - Japan condemned North Korea on Monday, as did some other "
        "countries, including the Philippines, Australia and Canada.",
        DAY,
    )
    assert ("JPN", "111", "PRK", "2025-07-07") in found, found
    assert not [e for e in found if e[2] in ("PHL", "AUS", "CAN")], found


def test_a_list_with_no_other_countries_before_it_adds_no_target():
    found = events(
        "WASHINGTON, July 8 (Dipwatch) - The United States imposed sanctions on Cuba on Monday, "
        "from its embassy in Mexico to its mission in Canada.",
        DAY,
    )
    assert not [e for e in found if e[2] in ("MEX", "CAN")], found
