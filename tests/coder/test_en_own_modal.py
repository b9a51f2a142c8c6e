"""A reported "must" or "should" that binds the sayer's own state is no demand on anyone
(coder-en14, ``coder/en_own_modal.py``), in wire sentences of our own; one that binds another
state still is.
"""

from __future__ import annotations

import pytest

from tests.coder.test_en_shared_subjects import DAY, LEAD, TUE
from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks_root

CASES = [
    ("own state should", LEAD + "A senior Peruvian official said on Tuesday that Peru should "
     "seize a Chilean fishing boat if its crew were not released.", [_lacks_root("10")]),
    ("own state must", LEAD + "A senior Peruvian official said on Tuesday that Peru must close "
     "its border with Chile.", [_lacks_root("10")]),
    ("another state must", LEAD + "Peru's foreign minister said on Tuesday that Chile must close "
     "its border with Bolivia.", [_holds(("PER", "100", "CHL", TUE))]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), CASES)
def test_own_modal(why, text, checks):
    assert all(check(coded(text, DAY)) for check in checks), why
