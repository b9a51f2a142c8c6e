"""Constructions the twenty-first English batch (en-d449…en-d458, coder-en35's section of
eval/README.md) showed, in wire sentences of our own (none of the batch's): an office that a
possessor holds is the possessor's whatever state its adjective names (the European Union's
Portuguese presidency, China's U.S. ambassador), while a counterpart stays the other's; harm a
state says its own people suffered, told in the passive with the doer after "by", is its
accusation of the doer and no act the story reports; relations suspended or frozen with a state
are ties cut whatever words modify the head noun; acts called immoral or abhorrent, and a people
called fascists, are criticised; "the same day" after a paragraph that told its act with no day
of its own is the lead's day, not the day the paragraph before named; a verb of telling whose
addressee is its object, done by telephone (informed his counterpart of the strikes by
telephone), is a call.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("a body's rotating presidency named by its holder's adjective is the body",
     "BRUSSELS, March 10 (Dipwatch) - The European Union's Slovenian presidency criticised "
     "Belarus on Tuesday.",
     [("EEC", "111", "BLR", "2021-03-09")], [("SVN", "11", "BLR")]),
    ("an envoy posted to another state or body is the possessor's",
     "TOKYO, March 10 (Dipwatch) - Japan's U.N. ambassador condemned North Korea on Wednesday. "
     "China's U.S. envoy praised Brazil on Wednesday.",
     [("JPN", "111", "PRK", "2021-03-10"), ("CHN", "051", "BRA", "2021-03-10")],
     [("UNO", "11", "PRK"), ("USA", "05", "BRA")]),
    ("control: a counterpart is the other state's",
     "BERLIN, March 10 (Dipwatch) - Germany's Chilean counterpart praised Peru on Wednesday.",
     [("CHL", "051", "PER", "2021-03-10")], [("DEU", "05", "PER")]),
    ("harm to the sayer's own people told in the passive: an accusation, no force",
     "KABUL, March 10 (Dipwatch) - Afghanistan said three of its border guards had been killed "
     "by Iranian troops on Tuesday. Armenia said its soldiers were wounded by Azerbaijani "
     "shelling.",
     [("AFG", "112", "IRN", "2021-03-09"), ("ARM", "112", "AZE", "2021-03-09")],
     [("IRN", "19", "AFG"), ("AZE", "19", "ARM")]),
    ("control: the same passive told by the narrator stays force",
     "KABUL, March 10 (Dipwatch) - Three Afghan border guards were killed by Iranian troops on "
     "Tuesday.",
     [("IRN", "19", "AFG", "2021-03-09")], []),
    ("relations suspended with modifiers before the head noun: ties cut",
     "RABAT, March 10 (Dipwatch) - Morocco suspended all official diplomatic relations with "
     "Germany on Tuesday. Chad froze ties with Qatar on Wednesday.",
     [("MAR", "161", "DEU", "2021-03-09"), ("TCD", "161", "QAT", "2021-03-10")], []),
    ("control: trade relations suspended are no diplomatic cut",
     "CAIRO, March 10 (Dipwatch) - Kenya suspended trade relations with Somalia on Tuesday.",
     [], [("KEN", "161", "SOM")]),
    ("an act called immoral or abhorrent, a people called fascists: criticism",
     "VIENNA, March 10 (Dipwatch) - Austria expelled two Serbian diplomats on Monday. Serbia "
     "called the expulsions immoral on Tuesday. Hungary called the Austrians \"fascists\" on "
     "Wednesday.",
     [("SRB", "111", "AUT", "2021-03-09"), ("HUN", "111", "AUT", "2021-03-10")], []),
    ("the same day after a paragraph with no day of its own: the lead's day",
     "LIMA, March 10 (Dipwatch) - Peru accused Chile on Wednesday of spying, after a Peruvian "
     "envoy was expelled late on Monday.\n\nPeru demanded an apology from Chile. Bolivia "
     "condemned Chile the same day.",
     [("BOL", "111", "CHL", "2021-03-10")], []),
    ("control: within one paragraph the last day named holds",
     "LIMA, March 10 (Dipwatch) - Peru said on Wednesday it would review its ties with Chile."
     "\n\nChile summoned Peru's envoy on Monday. Peru called the summons unjustified. Bolivia "
     "condemned Chile the same day.",
     [("BOL", "111", "CHL", "2021-03-08")], []),
    ("a verb of telling whose addressee is its object, done by telephone: a call",
     "CAIRO, March 10 (Dipwatch) - Egypt's army chief informed his Libyan counterpart of the "
     "drills by telephone on Tuesday. Jordan's king briefed Iraq's president by phone.",
     [("EGY", "041", "LBY", "2021-03-09"), ("JOR", "041", "IRQ", "2021-03-09")], []),
    ("control: a clause told after the addressee, then 'by phone', is no call",
     "CAIRO, March 10 (Dipwatch) - Egypt told Libya on Tuesday that it would answer complaints "
     "by phone.",
     [], [("EGY", "04", "LBY")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_constructions_of_the_twenty_first_batch(
    why: str, text: str, found: list, absent: list
) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
