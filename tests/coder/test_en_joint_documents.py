"""Agreements told through a pair's joint document or second verb phrase (coder-en14), in wire
sentences of our own: two parties that held talks *and reached* a consensus, or *said in a
joint statement* that they would act, agreed (057); three or more saying one thing in a joint
statement agree nothing among themselves (``en_coordination.joint_document_of_two``).
"""

from __future__ import annotations

import pytest

from tests.coder.test_en_shared_subjects import DAY, LEAD, TUE
from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks

CASES = [
    ("held talks and reached", LEAD + "Chile and Peru held talks on Tuesday and reached a "
     "four-point consensus on the border.", [_holds(("CHL", "057", "PER", TUE))]),
    ("said in a joint statement", LEAD + "Chile and Peru said in a joint statement on Tuesday "
     "that they would open two border crossings.", [_holds(("CHL", "057", "PER", TUE))]),
    ("in a joint statement, X and Y said", LEAD + "In a joint statement, Chile and Peru said on "
     "Tuesday that they would open two border crossings.", [_holds(("CHL", "057", "PER", TUE))]),
    ("three in a joint statement", LEAD + "Chile, Peru and Ecuador said in a joint statement on "
     "Tuesday that they were concerned by Bolivia's new tariffs.",
     [_lacks(("CHL", "057", "PER", TUE)), _lacks(("PER", "057", "ECU", TUE))]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), CASES)
def test_joint_documents(why, text, checks):
    found = coded(text, DAY)
    assert all(check(found) for check in checks), (why, found)
