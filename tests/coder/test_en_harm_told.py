"""Harm told by its victim or named by a noun (coder-en41's section of eval/README.md), in wire
sentences of our own (none of any gold set's): harm a state says another did to it, told in
reported speech in the active, is the sayer's accusation of the doer (112), not the act, whatever
the verb of harm; a reaction to a noun of harm (the detention of two Thai journalists, the
sinking of a Vietnamese boat) is aimed at the harm's doer, not at the state of its patient.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("seizing the sayer's own told by the sayer: its accusation, no seizure",
     "HANOI, March 10 (Dipwatch) - Vietnam's foreign ministry said on Tuesday that Laos had "
     "seized its fishing boats.",
     [("VNM", "112", "LAO", "2021-03-09")], [("LAO", "17", "VNM")]),
    ("detention of the sayer's people, the doer's forces its subject: the accusation",
     "HANOI, March 10 (Dipwatch) - Cambodia said Thai soldiers had detained its farmers near "
     "the border on Monday.",
     [("KHM", "112", "THA", "2021-03-08")], [("THA", "17", "KHM")]),
    ("a plural head no role list holds after the doer's adjective (Thai guards): the same",
     "HANOI, March 10 (Dipwatch) - Cambodia said Thai guards had detained its farmers.",
     [("KHM", "112", "THA", "2021-03-10")], [("THA", "17", "KHM")]),
    ("force on the sayer's posts, verbs no accusation list names (bombed, fired rockets at)",
     "HANOI, March 10 (Dipwatch) - Vietnam said Lao troops had bombed its border posts. "
     "Cambodia said on Tuesday that Thai forces had fired rockets at its villages.",
     [("VNM", "112", "LAO", "2021-03-10"), ("KHM", "112", "THA", "2021-03-09")],
     [("LAO", "19", "VNM"), ("THA", "19", "KHM")]),
    ("control: a threat or a guess in reported speech is no accusation",
     "HANOI, March 10 (Dipwatch) - Vietnam said Laos would attack its border posts. Cambodia "
     "said Thailand might seize its boats.",
     [], [("VNM", "112", "LAO"), ("KHM", "112", "THA")]),
    ("control: the harm denied in reported speech is no accusation",
     "HANOI, March 10 (Dipwatch) - Vietnam said Laos had not attacked its border posts.",
     [], [("VNM", "112", "LAO"), ("LAO", "19", "VNM")]),
    ("control: an expulsion told by its victim is the act, no accusation",
     "HANOI, March 10 (Dipwatch) - Vietnam said Thailand had expelled its ambassador.",
     [("THA", "166", "VNM", "2021-03-10")], [("VNM", "112", "THA")]),
    ("control: the sayer's own forces doing harm are its act",
     "HANOI, March 10 (Dipwatch) - Vietnam said its troops had attacked Lao positions.",
     [("VNM", "190", "LAO", "2021-03-10")], [("VNM", "112", "LAO")]),
    ("a reaction to a noun of harm the story told: aimed at its doer, not its patient's state",
     "HANOI, March 10 (Dipwatch) - Laos detained two Thai journalists on Monday. Cambodia "
     "condemned the detention of two Thai journalists on Tuesday. Japan said on Wednesday it "
     "was concerned by the arrest of the journalists.",
     [("KHM", "111", "LAO", "2021-03-09"), ("JPN", "012", "LAO", "2021-03-10")],
     [("KHM", "11", "THA"), ("JPN", "01", "THA")]),
    ("a noun of harm whose doer \"by\" names: aimed at that doer",
     "HANOI, March 10 (Dipwatch) - Japan condemned the killing of a Thai soldier by Lao troops "
     "on Tuesday.",
     [("JPN", "111", "LAO", "2021-03-09")], [("JPN", "11", "THA")]),
    ("a noun of harm no doer is told for: no target, not the patient's state",
     "HANOI, March 10 (Dipwatch) - Japan said on Tuesday it was concerned by the sinking of a "
     "Thai fishing boat.",
     [], [("JPN", "01", "THA")]),
    ("control: the noun the trigger's own (ordered the expulsion of) and harm done by a verb",
     "HANOI, March 10 (Dipwatch) - Laos ordered the expulsion of two Thai diplomats on Tuesday. "
     "Cambodia condemned Thailand's arrest of two Lao monks on Wednesday.",
     [("LAO", "16", "THA", "2021-03-09"), ("KHM", "111", "THA", "2021-03-10")], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_harm_told_by_victim_or_noun(why: str, text: str, found: list, absent: list) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
