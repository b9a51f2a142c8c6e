"""English clauses and their times and subjects, in wire sentences of our own: a time in a
clause joined with its own subject is that clause's, "a day after" reaches over an
abbreviation's full stop, "earlier in the week" is a time (and no noun a relative clause
hangs on), and "he" stands for the last subject named, not the last person."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a time in a joined clause with a subject of its own is that clause's
        ("LIMA, Nov 10 (Dipwatch) - Chilean President Gabriel Boric met Argentine President "
         "Alberto Fernandez in Santiago on Tuesday. Boric spoke by phone with Peruvian "
         "President Dina Boluarte after the talks, and the Peruvian foreign ministry said on "
         "Thursday that the border would reopen.", date(2023, 11, 10),
         [("CHL", "041", "PER", "2023-11-07")]),
        ("OSLO, May 5 (Dipwatch) - Norway expelled two Iranian diplomats on Friday, and Iran "
         "summoned Norway's ambassador on Saturday.", date(2021, 5, 5),
         [("NOR", "166", "IRN", "2021-04-30"), ("IRN", "114", "NOR", "2021-05-01")]),
        # a full stop inside a sentence is an abbreviation's: "a day after" still governs
        ("TEHRAN, March 8 (Dipwatch) - Iran summoned Britain's ambassador on Tuesday, two days "
         "after the U.S. Treasury imposed sanctions on Iran's oil ministry.",
         date(2022, 3, 8), [("IRN", "114", "GBR", "2022-03-08"),
                            ("USA", "163", "IRN", "2022-03-06")]),
    ],
)  # fmt: skip
def test_a_time_belongs_to_its_own_clause(text, day, expected):
    found = events(text, day)
    assert all(e in found for e in expected), found


def test_the_time_after_a_day_after_is_counted_over_an_abbreviation():
    text = ("SEOUL, Sept 13 (Dipwatch) - Japan urged North Korea on Wednesday to halt its "
            "launches, a day after the U.N. Security Council imposed new sanctions on Pyongyang.")  # fmt: skip
    found = events(text, date(2017, 9, 13))
    assert ("UNO", "163", "PRK", "2017-09-12") in found, found


def test_earlier_in_the_week_is_a_time_and_he_its_subject():
    """The paragraph before names another leader in a relative clause and then a sentence with
    no person: "he" is the one the story is about, its last subject; a second "he" in the same
    sentence is the same man, not the leader named between."""
    text = ("CANBERRA, June 8 (Dipwatch) - Indonesian President Joko Widodo met Australian Prime "
            "Minister Anthony Albanese in Sydney on Wednesday.\n\nWidodo, who signed a trade "
            "deal with Singapore's Prime Minister Lee Hsien Loong in March, said ties were "
            "strong. The deal cuts duties on palm oil.\n\nEarlier in the week he held talks with "
            "New Zealand Prime Minister Chris Hipkins in Wellington, and he flew to Fiji on "
            "Thursday to meet Fijian Prime Minister Sitiveni Rabuka.")  # fmt: skip
    found = events(text, date(2023, 6, 8))
    assert ("IDN", "040", "NZL", "2023-06-01") in found, found
    assert ("IDN", "042", "FJI", "2023-06-08") in found, found
    assert not [e for e in found if e[0] in ("SGP", "NZL")], found


def test_a_past_day_after_an_infinitive_is_the_main_verbs():
    """Ordered the diplomats to leave … on Friday: what is ordered is still to come, so a day
    already past dates the order (a later time, "this year", stays the infinitive's)."""
    text = ("PRAGUE, April 18 (Dipwatch) - The Czech Republic ordered 18 Russian diplomats to "
            "leave the country on Saturday, citing a blast at an arms depot that it said Russian "
            "agents had caused two years earlier.")  # fmt: skip
    found = events(text, date(2021, 4, 18))
    assert ("CZE", "166", "RUS", "2021-04-17") in found, found


def test_barring_a_states_officials_from_entering_is_a_sanction():
    text = ("CANBERRA, Aug 2 (Dipwatch) - Australia barred five senior Iranian officials from "
            "entering the country on Monday over the crackdown on protesters.")  # fmt: skip
    found = events(text, date(2022, 8, 2))
    assert ("AUS", "163", "IRN", "2022-08-01") in found, found
    assert not [e for e in found if e[1] == "172"], found


@pytest.mark.parametrize("verb", ["leaves for", "travels to", "flies to"])
def test_a_journey_in_the_present_tense_is_a_plan(verb):
    """Scholz leaves for Brazil on Saturday, in a Thursday story: a schedule, whose weekday is
    the next one; the visit is intended on the story's day, not done a week before."""
    text = (f"BERLIN, Jan 26 (Dipwatch) - German Chancellor Olaf Scholz met Argentine President "
            f"Alberto Fernandez in Berlin on Wednesday. Scholz {verb} Brazil on Saturday.")  # fmt: skip
    found = events(text, date(2023, 1, 26))
    assert ("DEU", "036", "BRA", "2023-01-25") in found, found
    assert not [e for e in found if e[1] == "042"], found


def test_is_due_to_takes_its_subjects_infinitive():
    """Then to Spain, where he is due to meet King Felipe: no purpose clause ("to meet" is
    what he is due to do), so the pronoun is the doer and the king the one met."""
    text = ("LISBON, Dec 4 (Dipwatch) - Chinese President Xi Jinping held talks in Lisbon on "
            "Wednesday. Xi will travel on to Panama on Thursday and then to Spain, where he is "
            "due to meet King Felipe on Saturday.")  # fmt: skip
    found = events(text, date(2018, 12, 4))
    assert not [e for e in found if e[2] == "CHN"], found
