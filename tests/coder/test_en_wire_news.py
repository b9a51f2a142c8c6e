"""Wire-news constructions of unrest and conflict, in sentences of our own: violence whose
object is no actor, regions where it happens, freezes, endorsements, pullbacks, sit-ins."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.conftest import countries

D = date(2001, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regions and cities of unrest name their state
        ("Police arrested ten opposition activists in Grozny.", ("RUS", "17", "RUS")),
        ("Police arrested ten opposition activists in Northern Ireland.", ("GBR", "17", "GBR")),
        ("Police arrested ten opposition activists in the Niger Delta.", ("NGA", "17", "NGA")),
        # violence on a site or on people who are no actor: the doer's act, no target
        ("Israeli tanks shelled a village near the border.", ("ISR", "19", "")),
        ("Gunmen shot dead a lawyer in Britain.", ("GBR", "18", "")),
        # sanctions, support, retreat, protest
        ("Washington froze the assets of the Taliban.", ("USA", "16", "AFG")),
        ("Britain backed the American plan.", ("GBR", "05", "USA")),
        ("Serbian forces pulled back from positions around Sarajevo.", ("SRB", "08", "BIH")),
        ("Opposition supporters staged a sit-in outside parliament in Nairobi.",
         ("KEN", "14", "KEN")),
        ("The World Food Programme began airlifting food to Afghanistan.", ("UNO", "07", "AFG")),
        ("ECOWAS sent peacekeepers to Liberia.", ("WAS", "07", "LBR")),
        ("The IRA announced a ceasefire.", ("GBR", "08", "")),
        ("The Knesset condemned the Austrian government.", ("ISR", "11", "AUT")),
        ("Islamic Jihad condemned the United States.", ("PSE", "11", "USA")),
        # threats: retaliation vowed, ultimatums, talks one threatens to leave
        ("Iran vowed to retaliate against Iraq.", ("IRN", "13", "IRQ")),
        ("Russia gave the rebels in Chechnya an ultimatum to surrender.", ("RUS", "13", "RUS")),
        ("Iraq threatened to pull out of talks with the UN.", ("IRQ", "13", "UNO")),
        ("Egypt lashed out at Israel over the killings.", ("EGY", "11", "ISR")),
        ("Britain ruled out talks with the IRA.", ("GBR", "12", "GBR")),
        # fighting told as a noun
        ("Fierce fighting broke out between Armenian and Azerbaijani forces.",
         ("ARM", "19", "AZE")),
        ("Indian and Pakistani troops exchanged artillery fire across the border.",
         ("IND", "19", "PAK")),
        ("Sri Lankan troops recaptured a key town from Tamil Tiger rebels.", ("LKA", "19", "LKA")),
    ],
)  # fmt: skip
def test_wire_news(code, text, expected):
    assert expected in countries(code(text, D))


def test_a_general_strike_has_no_general(code):
    found = code("Workers in South Korea went on a general strike against the labour law.", D)
    assert [e.source_actor for e in found.events] == ["KORLAB"]


def test_hitting_back_is_no_endorsement(code):
    assert countries(code("China hit back at the United States over the tariffs.", D)) == []
