"""English constructions the twenty-eighth batch found (coder-en58, its section of
eval/README.md): a journey a visitor plans inside the state he has already arrived in is that
visit going on, no intent to visit of its own (``en_origins.travel_within_host``); a pair's
joint statement told after its words ("said they would …, in a joint statement issued on
Tuesday": ``en.057.joint_document_after``), dated by its issue. Sentences of our own, with
neighbours that must not change.
"""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder.en_origins import travel_within_host
from dipwatch.models import Event
from tests.coder import test_en_batch22 as batch22

DAY = date(2021, 3, 10)  # a Wednesday, as test_en_batch22.DAY
ARRIVED = ("BEIJING, March 10 (Dipwatch) - Canadian Prime Minister Justin Trudeau held talks "
           "with Premier Li Qiang on Wednesday, two days after he arrived in Beijing.\n\n")  # fmt: skip
CASES = [
    ("a journey to a city of the host: the visit going on",
     ARRIVED + "He travels to Guangzhou on Thursday for a business forum.",
     [("CAN", "042", "CHN", "2021-03-08")], [("CAN", "036", "CHN")]),
    ("the same, told with 'is to visit' in the arrival's own sentence",
     ARRIVED + "Trudeau, who arrived on Monday, is to visit Xi'an and Shanghai later in the "
     "week.",
     [("CAN", "042", "CHN", "2021-03-08")], [("CAN", "036", "CHN")]),
    ("control: a journey on to another state",
     ARRIVED + "He flies on to Japan on Thursday.",
     [("CAN", "036", "JPN", "2021-03-10")], []),
    ("control: a visit of its own, named by the noun, after a summit in the same state",
     "HANOI, March 10 (Dipwatch) - Kim Jong Un, who arrived in Vietnam on Monday for a summit, "
     "is due to stay on for an official visit to Hanoi on Friday.",
     [("PRK", "036", "VNM", "2021-03-10")], []),
    ("control: a visit of its own paid after a summit in the same state",
     "HANOI, March 10 (Dipwatch) - Kim Jong Un, who arrived in Vietnam on Monday for a summit, "
     "is to pay a state visit to Hanoi on Friday.",
     [("PRK", "036", "VNM", "2021-03-10")], []),
    ("control: a plan with no arrival before it",
     "OTTAWA, March 10 (Dipwatch) - Trudeau will travel to Beijing next week, his office said.",
     [("CAN", "036", "CHN", "2021-03-10")], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_travel_within_host(why: str, text: str, found: list, absent: list) -> None:
    batch22.probe_holds(why, text, found, absent)


def test_an_arrival_the_same_day_keeps_the_plan() -> None:
    """The stay must begin on an earlier day: a visit told on the plan's own day ("becoming
    the first … to visit China", read as a visit) is no stay the plan goes on from."""
    visit = Event(DAY, "042", "CANGOV", "CHN", sentence=1, pattern="en.042.visit")
    plan = Event(DAY, "036", "CANGOV", "CHN", sentence=1, pattern="en.042.visit+future",
                 text="He will travel to Beijing.", span_start=8,
                 extra={"sentence_span": [0, 26]})  # fmt: skip
    assert travel_within_host([visit, plan], set()) == [visit, plan]
    earlier = Event(date(2021, 3, 8), "042", "CANGOV", "CHN", sentence=0)
    assert travel_within_host([earlier, plan], set()) == [earlier]
    # a Chinese sentence is read by the Chinese rules, not here
    assert travel_within_host([earlier, plan], {1}) == [earlier, plan]


JOINT = [
    ("057: the pair's words, then the joint statement and its day",
     "TOKYO, March 10 (Dipwatch) - Japan and South Korea said they would work together on "
     "supply chains and export rules, in a joint statement issued on Tuesday.",
     [("JPN", "057", "KOR", "2021-03-09")], []),
    ("057: a call on a third state, then the joint statement",
     "BRASILIA, March 10 (Dipwatch) - Brazil and Argentina called on Venezuela to free "
     "political prisoners and on its opposition to join talks, in a joint statement issued on "
     "Tuesday.",
     [("BRA", "057", "ARG", "2021-03-09")], []),
    ("date: the statement before the words, dated by its issue",
     "TOKYO, March 10 (Dipwatch) - Japan and South Korea said in a joint statement issued on "
     "Tuesday that they would work together on supply chains.",
     [("JPN", "057", "KOR", "2021-03-09")], []),
    ("control: three states saying one thing to a fourth agree nothing among themselves",
     "LONDON, March 10 (Dipwatch) - Britain, France and Germany called on Iran to return to "
     "the deal, in a joint statement issued on Tuesday.",
     [], [(None, "057", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), JOINT, ids=[c[0] for c in JOINT])
def test_joint_statement_after_the_words(why: str, text: str, found: list, absent: list) -> None:
    batch22.probe_holds(why, text, found, absent)
