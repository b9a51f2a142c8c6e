"""An urging is coded by the act it urges, its first infinitive (coder-en14,
``coder/en_coordination.urged_infinitive``), in wire sentences of our own: urged to cooperate,
work with or help is an appeal (020); urged to stop, or to allow others to work, a demand (100).
"""

from __future__ import annotations

import pytest

from tests.coder.test_en_shared_subjects import DAY, LEAD, TUE
from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks

CASES = [
    ("urged to cooperate", LEAD + "Chile's foreign minister urged Peru on Tuesday to cooperate "
     "with the investigation.", [_holds(("CHL", "020", "PER", TUE)), _lacks(("CHL", "10", "PER", TUE))]),
    ("urged to help", LEAD + "Chile's foreign minister on Tuesday urged Peru's president to help "
     "end the blockade.", [_holds(("CHL", "020", "PER", TUE)), _lacks(("CHL", "10", "PER", TUE))]),
    ("others to work", LEAD + "Chile's foreign minister on Tuesday urged Peru to allow Bolivian "
     "lorries to work freely.", [_holds(("CHL", "100", "PER", TUE)), _lacks(("CHL", "02", "PER", TUE))]),
    ("urged to stop", LEAD + "Chile's foreign minister on Tuesday urged Peru to stop the blockade "
     "and to work with Bolivia.", [_holds(("CHL", "100", "PER", TUE))]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), CASES)
def test_urged_complement(why, text, checks):
    found = coded(text, DAY)
    assert all(check(found) for check in checks), (why, found)
