"""English ellipsis in wire stories of our own: "followed" with no object of its own repeats the
act told last with new doers (followed on Wednesday, followed suit, followed Britain's lead),
and never when it has an object (followed a visit) or no actor before it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("MUSCAT, Sept 14 (Dipwatch) - Oman cut diplomatic ties with Iran on Tuesday. Kuwait and "
         "Jordan followed on Wednesday.", date(2022, 9, 14),
         [("KWT", "161", "IRN", "2022-09-14"), ("JOR", "161", "IRN", "2022-09-14")]),
        ("MADRID, March 3 (Dipwatch) - Portugal said on Tuesday that it had halted arms sales to "
         "Myanmar, and Spain followed suit the same day.", date(2021, 3, 3),
         [("ESP", "162", "MMR", "2021-03-02")]),
        ("LONDON, Feb 21 (Dipwatch) - Britain imposed sanctions on Belarus on Monday, and Belarus "
         "expelled two British diplomats. Norway and Iceland quickly followed Britain's lead.",
         date(2023, 2, 21),
         [("NOR", "163", "BLR", "2023-02-20"), ("ISL", "163", "BLR", "2023-02-20")]),
        # the act told only as "the same" or "their own"
        ("OTTAWA, March 5 (Dipwatch) - Britain imposed sanctions on Iran on Wednesday. Canada "
         "and Norway announced measures of their own the same day, and Japan did the same on "
         "Thursday.", date(2020, 3, 5),
         [("CAN", "163", "IRN", "2020-03-04"), ("NOR", "163", "IRN", "2020-03-04"),
          ("JPN", "163", "IRN", "2020-03-05")]),
        # one doer: "of its own" (the quick search must let the sentence reach the pattern)
        ("CANBERRA, June 9 (Dipwatch) - Japan imposed sanctions on Myanmar on Tuesday. New "
         "Zealand announced sanctions of its own on Wednesday.", date(2021, 6, 9),
         [("NZL", "163", "MMR", "2021-06-09")]),
    ],
)  # fmt: skip
def test_followed_repeats_the_last_act(text, day, expected):
    found = events(text, day)
    assert all(e in found for e in expected), found


def test_followed_with_an_object_or_no_doer_repeats_nothing():
    lead = "LONDON, Feb 21 (Dipwatch) - Britain imposed sanctions on Belarus on Monday."
    for second in ("Protests followed in Minsk on Tuesday.",
                   "Norway's drills followed a visit by Lukashenko.",
                   # an act told only as a vague time is background
                   "Norway imposed curbs, weeks after Iceland did the same."):  # fmt: skip
        found = events(f"{lead} {second}", date(2023, 2, 21))
        assert [e for e in found if e[0] not in ("GBR", "NOR")] == [], found


def test_followed_after_an_act_the_doers_added_follows_their_first():
    """Oman and Kuwait cut ties; the two Gulf states also closed their airspace; Jordan followed:
    Jordan cut ties (the news others follow), not what the doers added to it."""
    found = events(
        "MUSCAT, Sept 14 (Dipwatch) - Oman and Kuwait cut diplomatic ties with Iran on Tuesday. "
        "The two Gulf states also closed their borders to Iran. Jordan followed later on "
        "Tuesday.",
        date(2022, 9, 14),
    )
    assert ("JOR", "161", "IRN", "2022-09-13") in found, found
    assert not [e for e in found if e[0] == "JOR" and e[1] != "161"], found


def test_the_gulf_states_of_a_longer_list_are_its_gulf_members():
    """Oman, Kuwait, Jordan and Egypt cut ties; "the two Gulf states" are Oman and Kuwait."""
    found = events(
        "MUSCAT, Sept 14 (Dipwatch) - Oman, Kuwait, Jordan and Egypt cut diplomatic ties with "
        "Iran on Tuesday. The two Gulf states also closed their borders to Iran.",
        date(2022, 9, 14),
    )
    assert {("OMN", "191", "IRN", "2022-09-13"), ("KWT", "191", "IRN", "2022-09-13")} <= set(
        found
    ), found
    assert not [e for e in found if e[1] == "191" and e[0] in ("JOR", "EGY")], found
