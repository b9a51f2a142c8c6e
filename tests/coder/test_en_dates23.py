"""English dates of the dev date errors sorted by construction, again (eval/README.md, coder-
dates23): a time a noun's ``planned for`` leads, and an -ed complement of ``called``. Sentences
of our own, not the gold's."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder.en_dates import act_date, find_timexes

_DAY = date(2024, 3, 14)  # a Thursday


def _date(text: str, trigger: str) -> date | None:
    timexes = find_timexes(text, [(0, len(text))], _DAY)
    found = act_date(text, timexes, (0, len(text)), text.index(trigger), None, _DAY)
    return None if found is None else found[0]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Canberra cancelled a visit to Beijing planned for Monday.", "cancelled"),
        ("The minister called off talks with his Japanese counterpart scheduled for Tuesday.",
         "called off"),
        ("Seoul postponed the summit slated for Wednesday.", "postponed"),
    ],
)  # fmt: skip
def test_the_day_a_plan_was_for_is_not_the_acts(text, trigger):
    """The weekday after ``planned for`` is the plan's; the cancelling takes the story's day."""
    assert _date(text, trigger) == _DAY


def test_a_day_of_its_own_still_dates_the_act():
    text = "Canberra cancelled on Tuesday a visit to Beijing planned for Monday."
    assert _date(text, "cancelled") == date(2024, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing called the sanctions unjustified on Tuesday.",
        "Tokyo deemed the move misguided on Tuesday.",
    ],
)
def test_an_ed_complement_of_called_leaves_the_time_to_the_act(text):
    """``called the X unjustified on Tuesday``: no participle describing the object."""
    assert _date(text, text.split()[1]) == date(2024, 3, 12)


def test_a_participle_describing_the_object_keeps_its_time():
    """``condemned the sanctions imposed on Tuesday``: the day of the imposing, not the act's."""
    text = "Beijing condemned the sanctions imposed on Tuesday."
    assert _date(text, "condemned") == _DAY
