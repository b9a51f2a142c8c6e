"""What a sayer plans or says its own side should do is not the act (coder-en14), in wire
sentences of our own: a reported "must" or "should" that binds the sayer's own state is no
demand on anyone (``coder/en_modal_demands.py``), one that binds another state still is; announced
plans to impose tariffs are a threat of them (13), announced tariffs the tariffs (16)
(``coder/en_verb_objects.py``).
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
    ("announced plans to impose", LEAD + "Chile on Tuesday announced plans to impose tariffs of "
     "up to 20% on Peruvian wine.", [_holds(("CHL", "13", "PER", TUE)), _lacks_root("16")]),
    ("announced tariffs", LEAD + "Chile on Tuesday announced tariffs of up to 20% on Peruvian "
     "wine.", [_holds(("CHL", "16", "PER", TUE))]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), CASES)
def test_own_modal(why, text, checks):
    assert all(check(coded(text, DAY)) for check in checks), why
