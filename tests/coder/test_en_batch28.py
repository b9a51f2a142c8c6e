"""Constructions the eighteenth English batch (en-d381…en-d386, coder-en28's section of
eval/README.md) showed, in wire sentences of our own (none of the batch's): "the two countries"
as the object of a coordinated subject's verb (the United States and China urged the two
countries to…) is the pair named before, not the subject pair; help told as an arrival with
its purpose (a rescue team arrived … to help search for survivors) is aid, not a visit, and a
team "also sent" with no receiver goes where the help told before went; a body that meets with
no partner named (the Security Council met at Russia's request) holds its own session, no
contact; a state's banks cut off from a payments system, a sanction on it; disagreeing with a
decision, disapproval of its doer; an act that "will not go unanswered", a menace at its doer; missiles fired into the
sea in a drill of a strike, a show of force and no attack; talk no party holds
rejected (rejected talk of a row), a rejection of no state.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("the two countries, object of a coordinated subject: the pair named before",
     "NEW DELHI, March 10 (Dipwatch) - India shelled Pakistani posts on Tuesday. The United "
     "States and China urged the two countries on Tuesday to exercise restraint.",
     [("USA", "0256", "IND", "2021-03-09"), ("CHN", "0256", "PAK", "2021-03-09")], []),
    ("the same, an adverb before the verb of the subject pair",
     "BAKU, March 10 (Dipwatch) - Armenia and Azerbaijan traded fire on Tuesday. Russia and "
     "France jointly called on the two countries to respect the ceasefire.",
     [("RUS", "02", "ARM", "2021-03-09"), ("FRA", "02", "AZE", "2021-03-09")], []),
    ("control: the pair's own words about the two countries",
     "MOSCOW, March 10 (Dipwatch) - China and Russia said on Wednesday the two countries would "
     "hold joint drills next month.",
     [], [("CHN", "02", "USA")]),
    ("a rescue team arriving to help search: aid to the stricken state",
     "ATHENS, March 10 (Dipwatch) - An earthquake struck western Turkey on Monday. A Greek "
     "rescue team arrived in Ankara on Tuesday to help search for survivors.",
     [("GRC", "073", "TUR", "2021-03-09")], [("GRC", "04", "TUR")]),
    ("a team also sent with no receiver: where the help before went, on the lead's day",
     "KATHMANDU, March 10 (Dipwatch) - An earthquake struck Nepal on Saturday. An Indian team of "
     "40 rescuers arrived in Pokhara on Sunday to help search the rubble. Bhutan also sent "
     "rescuers.",
     [("BTN", "073", "NPL", "2021-03-06")], []),
    ("control: a delegation arriving to prepare talks visits",
     "ATHENS, March 10 (Dipwatch) - A Greek delegation arrived in Ankara on Tuesday to help "
     "prepare the talks.",
     [("GRC", "04", "TUR", "2021-03-09")], [("GRC", "07", "TUR")]),
    ("a body meeting with no partner: its own session",
     "YEREVAN, March 10 (Dipwatch) - Armenia hosted Iran's foreign minister on Tuesday. The "
     "U.N. Security Council met at Russia's request later in the day.",
     [], [("UNO", "04", "ARM"), ("UNO", "04", "IRN")]),
    ("the same, a meeting to come",
     "YEREVAN, March 10 (Dipwatch) - Armenia hosted Iran's foreign minister on Tuesday. The "
     "U.N. Security Council will meet on Friday at the request of eight of its members.",
     [], [("UNO", "04", "ARM"), ("UNO", "04", "IRN")]),
    ("control: a body that meets a state",
     "YEREVAN, March 10 (Dipwatch) - The European Union met with Armenia on Wednesday.",
     [("EEC", "04", "ARM", "2021-03-10")], []),
    ("a state's banks cut off from a payments system: a sanction",
     "LONDON, March 10 (Dipwatch) - Britain, France and Canada agreed on Saturday to cut "
     "selected Belarusian banks off from the SWIFT payments system.",
     [("GBR", "163", "BLR", "2021-03-06"), ("CAN", "163", "BLR", "2021-03-06")],
     [("GBR", "03", "FRA"), ("GBR", "03", "BLR")]),
    ("a coordinated subject disagreeing with a state's decision: disapproval by each",
     "PARIS, March 10 (Dipwatch) - Britain and France said on Wednesday they disagreed with the "
     "U.S. decision.",
     [("GBR", "110", "USA", "2021-03-10"), ("FRA", "110", "USA", "2021-03-10")], []),
    ("control: disagreement among the speaker's own officials",
     "PARIS, March 10 (Dipwatch) - France's finance minister said on Wednesday he disagreed "
     "with the plan.",
     [], [("FRA", "11", "USA")]),
    ("an act that will not go unanswered: a menace at its doer",
     "TEHRAN, March 10 (Dipwatch) - Israel struck an Iranian convoy in Syria on Monday. "
     "President Raisi said on Tuesday the crime would not go unanswered.",
     [("IRN", "130", "ISR", "2021-03-09")], []),
    ("control: a state that will not go to talks menaces no one",
     "TEHRAN, March 10 (Dipwatch) - Israel struck an Iranian convoy in Syria on Monday. Iran "
     "said on Tuesday it would not go to the talks.",
     [], [("IRN", "13", "ISR")]),
    ("missiles fired into the sea in a drill of a strike: a show of force, no attack",
     "SEOUL, March 10 (Dipwatch) - South Korean soldiers fired missiles into the sea on "
     "Wednesday in a drill meant to show they could strike the North's leadership.",
     [("KOR", "150", "PRK", "2021-03-10")], [("KOR", "19", "PRK")]),
    ("control: an attack made, a drill named after it",
     "SEOUL, March 10 (Dipwatch) - South Korean jets attacked North Korean posts on Wednesday, "
     "a day after a drill simulating an attack.",
     [("KOR", "19", "PRK", "2021-03-10")], []),
    ("talk no party holds rejected: aimed at no state",
     "MADRID, March 10 (Dipwatch) - France offered aid to Spain on Tuesday. The French foreign "
     "minister rejected talk of a diplomatic row on Wednesday.",
     [], [("FRA", "12", "ESP")]),
    ("control: an accusation rejected is aimed at its maker",
     "TOKYO, March 10 (Dipwatch) - China accused Japan of spying on Tuesday. Japan rejected the "
     "accusation on Wednesday.",
     [("JPN", "12", "CHN", "2021-03-10")], []),
    ("control: gas cut off is no sanction on banks",
     "ANKARA, March 10 (Dipwatch) - Iran cut off gas supplies to Turkey on Wednesday.",
     [], [("IRN", "163", "TUR")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_constructions_of_the_eighteenth_batch(
    why: str, text: str, found: list, absent: list
) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
