"""English clauses and objects in wire sentences of our own: a relative clause opened by a
preposition after a comma reports its act, joining another's plan is signing up to it, a count
of acts in the perfect is a habit, the West is no actor, an attack told as a noun after a light
verb falls on the state after "on", and a site in a state is that state's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a comma, a preposition and "which": a clause that reports, no restrictive one
        ("PARIS, Nov 3 (Dipwatch) - French President Emmanuel Macron's address on Tuesday, "
         "during which he accused Turkey of breaking the arms embargo on Libya, drew a sharp "
         "reply.", date(2020, 11, 3), [("FRA", "112", "TUR", "2020-11-03")]),
        # signed up to another state's plan: an agreement with it
        ("WELLINGTON, Nov 4 (Dipwatch) - New Zealand signed up to Japan's regional data "
         "initiative on Friday.", date(2022, 11, 4), [("NZL", "057", "JPN", "2022-11-04")]),
        # an attack told as a noun after "launched": the force falls on the state after "on"
        ("BAKU, Oct 4 (Dipwatch) - Azerbaijan launched a rocket attack on Armenia on Sunday.",
         date(2020, 10, 4), [("AZE", "19", "ARM", "2020-10-04")]),
        # "consequences" promised to a state: a menace
        ("WASHINGTON, Feb 3 (Dipwatch) - The White House said on Thursday there would be "
         "\"consequences\" for Belarus.", date(2022, 2, 3), [("USA", "130", "BLR", "2022-02-03")]),
        # labelled a state a wrongdoer: a charge against it
        ("TEHRAN, April 9 (Dipwatch) - Iran labelled the United States a state sponsor of "
         "terrorism on Monday.", date(2019, 4, 9), [("IRN", "112", "USA", "2019-04-08")]),
        # "put" a tariff on: imposed, or a threat when it is still to come
        ("OTTAWA, June 1 (Dipwatch) - Canada said on Monday it would put a 25% tariff on "
         "Brazilian steel.", date(2021, 6, 1), [("CAN", "13", "BRA", "2021-05-31")]),
        # the work of a state's organisations restricted: a restriction on that state, a
        # threat of one while it is still to come
        ("MINSK, Aug 3 (Dipwatch) - Belarus said on Tuesday it would restrict the work of "
         "Polish cultural centres.", date(2021, 8, 3), [("BLR", "13", "POL", "2021-08-03")]),
        # a market opened to another state's firms: economic cooperation (its intent: 031)
        ("SEOUL, June 5 (Dipwatch) - Japan said on Monday it would open its rice market to "
         "South Korean exporters.", date(2023, 6, 5), [("JPN", "03", "KOR", "2023-06-05")]),
        # aid paused, and its resumption promised (an intent of aid)
        ("KYIV, March 6 (Dipwatch) - Washington paused military aid to Kyiv on Monday.",
         date(2025, 3, 6), [("USA", "162", "UKR", "2025-03-03")]),
        ("KYIV, March 12 (Dipwatch) - Washington said on Tuesday it would resume military aid "
         "to Kyiv.", date(2025, 3, 12), [("USA", "03", "UKR", "2025-03-11")]),
        # a site in a state: the state is the one the force is aimed at
        ("DAMASCUS, May 9 (Dipwatch) - Israel fired missiles at a weapons depot in Syria late "
         "on Tuesday.", date(2023, 5, 9), [("ISR", "190", "SYR", "2023-05-09")]),
    ],
)  # fmt: skip
def test_the_act_and_its_object(text, day, expected):
    found = events(text, day)
    assert all(any(f[::2] == e[::2] and f[1].startswith(e[1]) for f in found) for e in expected), (
        found
    )


@pytest.mark.parametrize(
    "second",
    [
        # a count of acts in the perfect: a habit, whatever the time
        "Tokyo has lodged dozens of protests with Beijing this year.",
        # the West as an object: a group of states no code names
        "Lavrov accused the West of prolonging the conflict.",
        # an attack named as a noun after "opposed": no force told
        "Beijing opposed any attack on Iran.",
        # a restrictive relative clause with a long subject names the truce; it reports none
        "It ended a truce that Russian President Vladimir Putin and Chinese President Xi "
        "Jinping had agreed in June.",
        # a thing opens the sentence: the actor inside its relative clause does not do the act
        "The resolution, which was drafted by France, imposes an arms embargo on Mali.",
        # whose objection a cooperation goes ahead despite is not its partner
        "Kazakhstan agreed on Friday to raise oil output despite U.S. objections.",
    ],
)
def test_no_event_of_a_habit_the_west_or_a_named_attack(second):
    lead = "MOSCOW, Oct 5 (Dipwatch) - Russia and China held talks in Moscow on Thursday."
    found = events(f"{lead} {second}", date(2023, 10, 5))
    assert [e for e in found if e[1][:2] != "04"] == [], found


def test_an_object_past_and_said_is_in_what_is_said():
    """Criticised the ruling and said it would appeal to the WTO: the WTO is in what is said,
    not whom the criticism is aimed at; the ruling's state is."""
    text = ("WELLINGTON, June 4 (Dipwatch) - India imposed duties on New Zealand wool on Monday. "
            "New Zealand's trade minister criticised the move on Tuesday and said Wellington "
            "would take the case to the World Trade Organization.")  # fmt: skip
    found = events(text, date(2024, 6, 4))
    assert ("NZL", "111", "IND", "2024-06-04") in found, found
    assert not [e for e in found if e[2] == "WTO"], found


def test_a_greeting_is_a_meeting_and_ones_own_meeting_a_noun():
    text = ("HANOI, Feb 27 (Dipwatch) - Vietnamese President Nguyen Phu Trong was greeted by "
            "Laotian President Thongloun Sisoulith in Vientiane on Tuesday. Cambodian Prime "
            "Minister Hun Sen, who is preparing for his own meeting with Trong, praised the "
            "talks.")  # fmt: skip
    found = events(text, date(2019, 2, 27))
    assert any(e[1][:2] == "04" and {e[0], e[2]} == {"VNM", "LAO"} for e in found), found
    assert not [e for e in found if e[0] == "KHM" and e[1][:2] == "04"], found


def test_visiting_before_a_title_is_an_adjective():
    """The visiting president watched: an adjective of the person, no visit told (a participle
    clause with its place, "Erdogan, visiting Moscow, said", tells one)."""
    day = date(2023, 10, 5)
    lead = "ANKARA, Oct 5 (Dipwatch) - Turkey signed a gas deal with Hungary on Thursday."
    found = events(f"{lead} Orban and visiting Turkish President Tayyip Erdogan watched a "
                   "parade in Budapest.", day)  # fmt: skip
    assert not [e for e in found if e[1][:2] == "04"], found
    found = events(f"{lead} Erdogan, visiting Budapest, praised Hungary.", day)
    assert ("TUR", "042", "HUN", "2023-10-05") in found, found


def test_a_purpose_infinitive_serves_its_own_joined_clause():
    """…, and Lula said he would fly to Beijing to meet him: the one who meets is the subject
    of the joined clause, not the sentence's first actor."""
    text = ("BRASILIA, April 3 (Dipwatch) - Chinese President Xi Jinping spoke by phone with "
            "Argentine President Alberto Fernandez on Sunday, and Brazilian President Luiz "
            "Inacio Lula da Silva said on Monday he would fly to Beijing next week to meet him.")  # fmt: skip
    found = events(text, date(2023, 4, 3))
    assert not [e for e in found if e[0] == "CHN" and e[1][:2] == "03"], found


def test_banks_barred_from_buying_a_states_debt_is_a_sanction_on_it():
    text = ("LONDON, Feb 22 (Dipwatch) - Britain barred its banks from buying Russian sovereign "
            "debt on Tuesday.")  # fmt: skip
    found = events(text, date(2022, 2, 22))
    assert ("GBR", "163", "RUS", "2022-02-22") in found, found
