"""A participial adjunct's object that names no actor, a pronoun or an epithet, is the main
clause's object (coder-en14, ``coder/en_participles.py``), in wire sentences of our own: cut
ties with Bolivia, accusing its neighbour of hostile actions over Ecuador's border (Bolivia
accused, not Ecuador); expelled Bolivia's ambassador, accusing him of meddling in the
Ecuadorian election; a pronoun read already stays (severed ties with the Andean state,
accusing it: Peru, not the other doers listed).
"""

from __future__ import annotations

import pytest

from tests.coder.test_en_shared_subjects import DAY, LEAD, TUE
from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks

CASES = [
    ("its neighbour", LEAD + "Peru cut diplomatic ties with Bolivia on Tuesday, accusing its "
     "neighbour of hostile actions after months of tension over Ecuador's border.",
     [_holds(("PER", "112", "BOL", TUE)), _lacks(("PER", "112", "ECU", TUE))]),
    ("him", LEAD + "Peru expelled Bolivia's ambassador on Tuesday, accusing him of meddling in "
     "the Ecuadorian election.", [_holds(("PER", "112", "BOL", TUE)), _lacks(("PER", "112", "ECU", TUE))]),
    ("it, read already", LEAD + "Peru was cut off by its neighbours on Tuesday when Chile, "
     "Bolivia and Ecuador severed diplomatic ties with the Andean state, accusing it of "
     "supporting smugglers.", [_holds(("CHL", "112", "PER", TUE)), _lacks(("CHL", "112", "BOL", TUE))]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), CASES)
def test_adjunct_objects(why, text, checks):
    found = coded(text, DAY)
    assert all(check(found) for check in checks), (why, found)
