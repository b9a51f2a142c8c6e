"""English dev errors sorted by structure (eval/README.md, "English dev errors by structure"),
in wire sentences of our own (none of the dev articles'): one of an act's coordinated doers who
reacts to "the decision" reacts against the act's target, not its partner; a launch the story
told as a test (said it had tested a missile) is what "the launch" names, its doer the tester;
a state that recalls "its own" envoy with no place named recalls it from the state of the
story's act; troops sent to a border named by the other state's adjective are mobilised
against that state; joint drills named as a noun with their two parties after "by" are
military cooperation between them.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("one of a coordinated subject reacting to the story's decision: against the act's target",
     "OSLO, March 10 (Dipwatch) - Norway and Denmark expelled two Belarusian diplomats on "
     "Tuesday. Denmark's foreign minister said on Wednesday he regretted the decision.",
     [("DNK", "110", "BLR", "2021-03-10")], [("DNK", "11", "NOR")]),
    ("control: a third state reacting to the decision reacts against its doer",
     "OSLO, March 10 (Dipwatch) - Norway expelled two Belarusian diplomats on Tuesday. Sweden "
     "said on Wednesday it regretted the decision.",
     [("SWE", "110", "NOR", "2021-03-10")], []),
    ("a launch told first as a test: the launch's doer is the tester, not the drill's",
     "TOKYO, March 10 (Dipwatch) - Japanese and Australian ships fired missiles in a drill on "
     "Wednesday, a day after Iran said it had tested a new missile. The Canadian foreign "
     "minister condemned the launch on Tuesday.",
     [("CAN", "111", "IRN", "2021-03-09")], [("CAN", "11", "JPN"), ("CAN", "11", "AUS")]),
    ("its own envoy recalled, no place named: from the state of the story's act",
     "LIMA, March 10 (Dipwatch) - Peru expelled Chile's ambassador on Tuesday. The foreign "
     "ministry also recalled its own envoy the same day.",
     [("PER", "166", "CHL", "2021-03-09"), ("PER", "161", "CHL", "2021-03-09")], []),
    ("control: an envoy recalled for talks at home from a named capital",
     "LIMA, March 10 (Dipwatch) - Peru recalled its ambassador from Santiago on Tuesday.",
     [("PER", "161", "CHL", "2021-03-09")], []),
    ("troops sent to a border named by the other state's adjective: mobilised against it",
     "QUITO, March 10 (Dipwatch) - Peru ordered six battalions to the Ecuadorian border on "
     "Tuesday.",
     [("PER", "154", "ECU", "2021-03-09")], []),
    ("control: troops to a border named by a direction mobilise against no state",
     "QUITO, March 10 (Dipwatch) - Peru ordered six battalions to the northern border on "
     "Tuesday.",
     [], [("PER", "15", "ECU")]),
    ("joint drills named as a noun, their parties after by: military cooperation",
     "MINSK, March 10 (Dipwatch) - Joint military exercises by Belarusian and Serbian troops "
     "opened near Brest on Tuesday.",
     [("BLR", "062", "SRB", "2021-03-09")], []),
    ("control: drills of one state named as a noun are no cooperation with the place's state",
     "MINSK, March 10 (Dipwatch) - Military exercises by Belarusian troops opened near the "
     "Polish border on Tuesday.",
     [], [("BLR", "06", "POL")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_constructions_sorted_by_structure(why: str, text: str, found: list, absent: list) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
