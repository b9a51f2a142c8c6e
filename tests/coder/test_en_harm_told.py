"""Harm a state says another did to it, told in reported speech in the active (coder-en41's
section of eval/README.md): the sayer's accusation of the doer (112), not the act, whatever the
verb of harm; in wire sentences of our own (none of any gold set's).
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
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_harm_told_by_its_victim(why: str, text: str, found: list, absent: list) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
