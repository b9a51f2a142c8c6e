"""Constructions the nineteenth English batch (en-d387…en-d391, coder-en29's section of
eval/README.md) showed, in wire sentences of our own (none of the batch's): the act the story
told, named by a definite noun or "it" and given a word of blame by a verb of naming (called the
shelling an act of piracy, called it a cowardly crime), is a criticism of that act's doer; an
attack whose doer the story never told (an airliner shot down) is aimed at no one, not at the
party of the story's first act; an appeal for restraint whose addressee follows its noun
(urged restraint on both sides) is an appeal for restraint; a body that holds a meeting with no
partner named holds its own session, no contact; a state said to bear responsibility (or that
must be held responsible) is accused.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("the story's act named by a noun and judged: a criticism of its doer",
     "AMMAN, March 10 (Dipwatch) - Syrian troops shelled a Jordanian convoy on Tuesday, killing "
     "four drivers. The Jordanian king called the shelling an act of piracy on Tuesday.",
     [("JOR", "111", "SYR", "2021-03-09")], []),
    ("the same, the act named by it",
     "DAMASCUS, March 10 (Dipwatch) - Israeli jets bombed a Syrian airfield on Tuesday. The "
     "Syrian foreign ministry called it a cowardly crime on Wednesday.",
     [("SYR", "111", "ISR", "2021-03-10")], []),
    ("control: an attack whose doer was never told is aimed at no one",
     "TBILISI, March 10 (Dipwatch) - Georgia accused Russia on Tuesday of arming separatists. "
     "A cargo plane was shot down over the region on Monday. The Georgian president called the "
     "downing an act of terrorism.",
     [("GEO", "112", "RUS", "2021-03-09")], [("GEO", "111", "RUS")]),
    ("control: an act named and praised is no criticism",
     "BERLIN, March 10 (Dipwatch) - Germany and France held talks on Tuesday. Poland called the "
     "talks a useful step.",
     [], [("POL", "11", "DEU"), ("POL", "11", "FRA")]),
    ("an appeal for restraint whose addressee follows its noun: restraint, not a demand",
     "BAKU, March 10 (Dipwatch) - Armenia and Azerbaijan traded fire on Tuesday. Germany urged "
     "restraint on both sides on Wednesday.",
     [("DEU", "0256", "ARM", "2021-03-10"), ("DEU", "0256", "AZE", "2021-03-10")],
     [("DEU", "10", "ARM")]),
    ("control: restraint urged with no addressee is aimed at no state",
     "BAKU, March 10 (Dipwatch) - Armenia and Azerbaijan traded fire on Tuesday. Germany urged "
     "restraint on Wednesday.",
     [], [("DEU", "02", "ARM"), ("DEU", "10", "ARM")]),
    ("a body holding a meeting with no partner: its own session",
     "YEREVAN, March 10 (Dipwatch) - Armenia hosted Iran's foreign minister on Tuesday. The "
     "U.N. Security Council will hold an emergency meeting on Friday.",
     [], [("UNO", "04", "ARM"), ("UNO", "04", "IRN")]),
    ("control: a body holding a meeting with a state",
     "YEREVAN, March 10 (Dipwatch) - The European Union will hold a meeting with Armenia on "
     "Friday.",
     [("EEC", "036", "ARM", "2021-03-10")], []),
    ("a responsibility ascribed in reported speech: an accusation",
     "MOSCOW, March 10 (Dipwatch) - A bus was bombed in Donetsk on Tuesday. Russia said on "
     "Wednesday that Ukraine bore responsibility.",
     [("RUS", "112", "UKR", "2021-03-10")], []),
    ("the same, a state that must be held responsible: blamed, not asked",
     "TEHRAN, March 10 (Dipwatch) - A tanker was hit in the Gulf on Tuesday. Iran said on "
     "Wednesday that Britain must be held responsible.",
     [("IRN", "112", "GBR", "2021-03-10")], [("IRN", "10", "GBR")]),
    ("control: a responsibility denied is no accusation",
     "TOKYO, March 10 (Dipwatch) - Japan said on Wednesday that China was not responsible for "
     "the spill.",
     [], [("JPN", "11", "CHN")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_constructions_of_the_nineteenth_batch(
    why: str, text: str, found: list, absent: list
) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
