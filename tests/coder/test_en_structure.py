"""English constructions of whole wire stories, in sentences of our own: a time adverbial
between a verb and its infinitive, calls told with "spoke with", envoys (not troops)
withdrawn, relations downgraded with the other state of the story, relations normalised."""

from __future__ import annotations

from datetime import date

from dipwatch.coder import coding
from dipwatch.models import Document

THURSDAY = date(2019, 10, 24)


def events(text: str, day: date = THURSDAY) -> list[tuple[str, str, str, str]]:
    """(source country, code, target country, date) of each event of a news story."""
    c = coding(Document(text, published=day, genre="news"))
    return [((e.source_actor or "")[:3], e.code, (e.target_actor or "")[:3], e.date.isoformat())
            for e in c.events]  # fmt: skip


def test_on_thursday_after_agreed_is_a_time_not_the_particle_of_agreed_on():
    """agreed on Thursday to resume talks: what was agreed is the talks (036), as without
    the day; "agreed on guidelines" keeps its particle."""
    found = events("CAIRO, Oct 24 (Dipwatch) - Ethiopia and Egypt agreed on Thursday to resume "
                   "technical talks on the dam.")  # fmt: skip
    assert [(s, c[:3], t) for s, c, t, _ in found] == [("ETH", "036", "EGY")]
    assert found[0][3] == "2019-10-24"
    guidelines = events("JAKARTA, July 13 (Dipwatch) - China and ASEAN agreed on Thursday on "
                        "guidelines for talks.", date(2023, 7, 13))  # fmt: skip
    assert [(s, c, t) for s, c, t, _ in guidelines] == [("CHN", "057", "ASN")]


def test_spoke_with_a_leader_by_phone_after_the_object_is_a_call():
    """ "spoke with X by phone" puts the manner after the object: a call (041)."""
    call = events("WASHINGTON, Oct 24 (Dipwatch) - U.S. President Joe Biden spoke with Japanese "
                  "Prime Minister Fumio Kishida by phone on Tuesday.", date(2022, 10, 5))  # fmt: skip
    assert call == [("USA", "041", "JPN", "2022-10-04")]


def test_diplomats_withdrawn_are_ties_cut_not_troops_pulled_back():
    """Withdrawing diplomats is 16x, never the pullback of troops (087); relations downgraded
    without "with" are with the state the story names."""
    found = events("BANGKOK, July 25 (Dipwatch) - Thailand recalled its ambassador from Phnom "
                   "Penh on Wednesday, and Cambodia downgraded relations on Thursday, withdrawing "
                   "all but one of its diplomats from Bangkok.", date(2025, 7, 25))  # fmt: skip
    assert found == [("THA", "161", "KHM", "2025-07-23"), ("KHM", "161", "THA", "2025-07-24")]
    troops = events("NEW DELHI, Sept 9 (Dipwatch) - India and China began withdrawing troops "
                    "from the border area on Thursday.", date(2022, 9, 9))  # fmt: skip
    assert {c[:3] for _, c, _, _ in troops} == {"087"}


def test_relations_normalised_are_recognition_and_a_date_after_on_is_no_particle():
    found = events("WASHINGTON, Sept 16 (Dipwatch) - The UAE agreed on Aug. 13 to normalise "
                   "relations with Israel.", date(2020, 9, 16))  # fmt: skip
    assert found == [("ARE", "054", "ISR", "2020-08-13")]


def test_a_meeting_chaired_together_is_a_meeting_of_the_two_chairs():
    """ "who co-chaired the summit with X": the relative clause's subject is the noun before
    "who", and the chair beside him is the other party."""
    found = events("SOCHI, Oct 24 (Dipwatch) - Russian President Vladimir Putin, who co-chaired "
                   "the summit with Egyptian President Abdel Fattah al-Sisi on Wednesday, spoke "
                   "of trade.")  # fmt: skip
    assert found == [("RUS", "040", "EGY", "2019-10-23")]


def test_mediation_offered_between_two_states_is_an_intent_towards_each():
    found = events("WASHINGTON, July 23 (Dipwatch) - Trump said on Monday that he would be "
                   "willing to mediate between India and Pakistan over Kashmir.",
                   date(2019, 7, 23))  # fmt: skip
    assert found == [("USA", "039", "IND", "2019-07-22"), ("USA", "039", "PAK", "2019-07-22")]


def test_money_a_state_will_give_another_is_aid_promised():
    found = events("CANBERRA, Dec 8 (Dipwatch) - Under the agreement, Australia will give Papua "
                   "New Guinea 200 million Australian dollars over four years.",
                   date(2023, 12, 8))  # fmt: skip
    assert found == [("AUS", "033", "PNG", "2023-12-08")]


def test_will_host_is_a_meeting_planned_not_held():
    found = events("LONDON, March 1 (Dipwatch) - British Prime Minister Keir Starmer will host "
                   "Ukrainian President Volodymyr Zelenskiy in London on Sunday.",
                   date(2025, 3, 1))  # fmt: skip
    assert [(s, c, t) for s, c, t, _ in found] == [("GBR", "036", "UKR")]


def test_an_organisations_official_is_taken_up_again_by_surname():
    """European Commission President Ursula von der Leyen, then "Von der Leyen, who also held
    talks with Xi": the EU's official, as a state's people are; the body's own name (the
    African Union) gives no surname."""
    found = events("BEIJING, April 7 (Dipwatch) - French President Emmanuel Macron met Chinese "
                   "President Xi Jinping on Thursday, with European Commission President Ursula "
                   "von der Leyen.\n\nVon der Leyen, who also held talks with Li Qiang, warned "
                   "China on Thursday.", date(2023, 4, 7))  # fmt: skip
    assert ("EEC", "130", "CHN", "2023-04-06") in found


def test_agreed_to_is_no_longer_a_verb_than_agreed():
    """agreed to raise relations: what was agreed (the upgrade, 057) is the act, not a bare
    agreement (030) whose trigger is only longer by the infinitive's "to"."""
    found = events("PRETORIA, Sept 3 (Dipwatch) - China and South Africa agreed to raise "
                   "relations to an all-round strategic partnership on Monday.", date(2024, 9, 3))  # fmt: skip
    assert [(s, c, t) for s, c, t, _ in found] == [("CHN", "057", "ZAF")]


def test_recognition_a_state_says_it_will_give_is_an_intent():
    found = events("WASHINGTON, Sept 30 (Dipwatch) - Biden said on Thursday the United States "
                   "would recognise the Cook Islands and Niue as sovereign states.",
                   date(2022, 9, 30))  # fmt: skip
    assert found == [("USA", "030", "COK", "2022-09-29"), ("USA", "030", "NIU", "2022-09-29")]
    done = events("TARAWA, Sept 21 (Dipwatch) - Kiribati recognised China on Friday.",
                  date(2019, 9, 21))  # fmt: skip
    assert [(s, c, t) for s, c, t, _ in done] == [("KIR", "054", "CHN")]


def test_a_gerund_after_by_that_tells_how_a_state_retaliated_is_the_act():
    found = events("OTTAWA, May 10 (Dipwatch) - Canada expelled a Chinese diplomat on Monday, "
                   "and China retaliated by expelling a Canadian diplomat on Tuesday.",
                   date(2023, 5, 10))  # fmt: skip
    assert found == [("CAN", "166", "CHN", "2023-05-08"), ("CHN", "166", "CAN", "2023-05-09")]


def test_drills_held_together_need_no_joint_and_may_be_one_exercise():
    three = events("TOKYO, June 16 (Dipwatch) - Japan, the United States and Australia held a "
                   "joint naval exercise on Tuesday.", date(2023, 6, 16))  # fmt: skip
    assert [(s, c, t) for s, c, t, _ in three] == [
        ("JPN", "062", "USA"), ("JPN", "062", "AUS"), ("USA", "062", "AUS")]  # fmt: skip
    two = events("MANILA, June 16 (Dipwatch) - U.S. and Philippine forces began annual drills "
                 "on Monday.", date(2023, 6, 16))  # fmt: skip
    assert two == [("USA", "062", "PHL", "2023-06-12")]
    apart = events("TOKYO, June 16 (Dipwatch) - China and Russia held talks on Tuesday after "
                   "Japan held drills.", date(2023, 6, 16))  # fmt: skip
    assert [c for _, c, _, _ in apart] == ["040"]
