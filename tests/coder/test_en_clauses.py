"""English clause structure and story reading: wire styles, subjects inside phrases, possessors,
background told in the present perfect, ``since`` clauses, descriptions and plural pronouns.

Stories are written for these tests (not taken from the gold sets)."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.coder.en_dates import dateline
from dipwatch.models import Document


def events(
    text: str, day: date, genre: str = "news"
) -> list[tuple[str | None, str, str | None, str]]:
    """(source country, root, target country, date) of each event of a story."""
    c = coding(Document(text, published=day, genre=genre))
    return [((e.source_actor or "")[:3] or None, e.code[:2], (e.target_actor or "")[:3] or None,
             e.date.isoformat()) for e in c.events]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("SEOUL (AP) — South Korea said", "SEOUL"),
        ("Hanoi (AFP) - Vietnam said", "Hanoi"),
        ("NEW DELHI, Feb. 4 (Xinhua) -- India said", "NEW DELHI"),
        ("LONDON, 3 March (Agency) - Britain said", "LONDON"),
        ("TOKYO/SEOUL, May 2 (Agency) - Japan said", "TOKYO/SEOUL"),
        ("A headline without a stop\n\nOTTAWA, June 1 (Agency) - Canada said", "OTTAWA"),
    ],
)
def test_datelines_of_many_wire_styles(text, place):
    line = dateline(text)
    assert line is not None and text[line.start : line.place_end] == place


def test_a_headline_is_no_second_telling_of_the_lead():
    found = events(
        "Vietnam protests to Beijing over island drills\n\nHANOI, July 5 (Agency) - Vietnam "
        "lodged a protest with China on Tuesday over military drills near the Paracel Islands.",
        date(2022, 7, 5),
    )
    assert found == [("VNM", "11", "CHN", "2022-07-05")]


def test_the_speaker_of_an_ap_story_is_the_datelines_state_and_late_monday_a_day():
    found = events(
        "OTTAWA (AP) — Deputy Foreign Minister Ann Harrow summoned China's ambassador late "
        "Monday over the detention of two citizens.",
        date(2023, 3, 14),  # a Tuesday
    )
    assert found == [("CAN", "11", "CHN", "2023-03-13")]


def test_a_description_stands_for_the_state_named_before():
    found = events(
        "TAIPEI, Jan 20 (Agency) - Tuvalu said on Friday it would keep its ties with Taiwan. "
        "Taiwan's foreign minister thanked the Pacific island nation on Saturday.",
        date(2024, 1, 20),
    )
    assert ("TWN", "05", "TUV", "2024-01-20") in found


def test_a_subject_is_the_actor_a_phrase_hangs_on_not_the_one_inside_it():
    found = events(
        "BRUSSELS, March 3 (Agency) - China's mission to the European Union said on Thursday "
        "that NATO should stop interfering in Asia.",
        date(2022, 3, 3),
    )
    assert found == [("CHN", "10", "NAT", "2022-03-03")]


def test_a_possessor_is_not_the_doer_of_its_things_verb():
    found = events(
        "VIENNA, July 5 (Agency) - The agency said on Tuesday that Japan's plan met "
        "international standards and that Japan's minister met South Korea's envoy.",
        date(2023, 7, 5),
    )
    assert [(s, r, t) for s, r, t, _ in found] == [("JPN", "04", "KOR")]


def test_background_in_the_present_perfect_is_no_event_of_the_day():
    found = events(
        "MANILA, Nov 11 (Agency) - The Philippines summoned China's ambassador on Friday.\n\n"
        "Manila has protested to Beijing hundreds of times since 2016. Washington has been "
        "pressing Beijing to respect the ruling.",
        date(2023, 11, 11),
    )
    assert [(s, r, t) for s, r, t, _ in found] == [("PHL", "11", "CHN")]


def test_a_lone_sentence_in_the_present_perfect_says_what_it_says():
    found = events("Iranian authorities have been pressuring workers to cancel the strike.",
                   date(2000, 1, 1), genre="")  # fmt: skip
    assert [r for _, r, _, _ in found] == ["10"]


def test_an_act_in_a_since_clause_is_dated_by_its_own_time_or_is_no_event():
    found = events(
        "KYIV, April 27 (Agency) - Xi spoke by phone with Zelenskiy on Wednesday, their first "
        "contact since Russia invaded Ukraine in February last year. Sogavare, who has led the "
        "country since he switched recognition from Taipei, met Xi.",
        date(2023, 4, 27),
    )
    assert ("RUS", "19", "UKR", "2022-02-01") in found
    assert not any(t == "TWN" for _, _, t, _ in found)


def test_they_stands_for_the_group_named_before():
    found = events(
        "SAN DIEGO, March 14 (Agency) - Australia, Britain and the United States unveiled a "
        "submarine plan on Monday. China accused them on Tuesday of fuelling an arms race.",
        date(2023, 3, 14),
    )
    assert {t for s, r, t, _ in found if s == "CHN" and r == "11"} == {"AUS", "GBR", "USA"}


def test_advice_to_a_group_the_speaker_belongs_to_is_no_demand():
    found = events(
        "RIO DE JANEIRO, 19 November (Agency) - British Prime Minister Keir Starmer held talks "
        "with Chinese President Xi Jinping on 18 November. Xi said the two countries should "
        "strengthen dialogue.",
        date(2024, 11, 19),
    )
    assert found == [("GBR", "04", "CHN", "2024-11-18")]


def test_we_in_a_quotation_is_the_state_of_its_speaker_named_after_it():
    found = events(
        'TAIPEI, Sept 3 (Agency) - "We urge the U.S. to stop arms sales to Taiwan," a spokesman '
        "for the Chinese embassy in Washington said on Friday.",
        date(2022, 9, 3),
    )
    assert found == [("CHN", "10", "USA", "2022-09-02")]


def test_an_actor_inside_a_quotation_is_no_subject_of_a_verb_outside_it():
    found = events(
        "TOKYO, Aug 25 (Agency) - China banned Japanese seafood on Thursday.\n\n"
        '"The Japanese government has ignored the doubts of the world," China\'s foreign '
        'ministry said, calling the release "selfish and irresponsible".',
        date(2023, 8, 25),
    )
    assert ("CHN", "11", "JPN", "2023-08-24") in found
    assert not any(s == "JPN" for s, _, _, _ in found)


def test_calling_someone_names_them_and_is_no_phone_call():
    found = events(
        'BEIJING, July 11 (Agency) - NATO leaders called China a "decisive enabler" of the war '
        "on Wednesday and criticised what they called Chinese coercion.",
        date(2024, 7, 11),
    )
    assert all(r != "04" for _, r, _, _ in found)


def test_the_victim_of_a_violation_is_not_whom_the_protest_is_against():
    found = events(
        "BEIJING, June 14 (Agency) - China said on Friday it opposed any violation of Iran's "
        "sovereignty.",
        date(2025, 6, 14),
    )
    assert found == []


def test_a_meeting_called_off_is_no_meeting_but_a_reduction_of_relations():
    found = events(
        "PHNOM PENH, Aug 5 (Agency) - China on Thursday called off a meeting between Foreign "
        "Minister Wang Yi and his Japanese counterpart, Yoshimasa Hayashi.",
        date(2022, 8, 5),
    )
    assert found == [("CHN", "16", "JPN", "2022-08-04")]
