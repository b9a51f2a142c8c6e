"""A pronoun object is never its own clause's subject (``coder/en_binding.py``), and an act a
speaker only claims of another party is not reported as done (``en_reported.claimed_of_another``),
in wire sentences of our own: "in which Castillo accused him" (him: the one named before
Castillo), "where Castillo will host him", "met Castillo and praised him" (him: Castillo, no
subject of "praised"), "said that Arce had asked him" (him: the sayer), "claimed that Arce had
asked him" (no request coded).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks_root

DAY = date(2022, 5, 4)  # a Wednesday
LEAD = "LIMA, May 4 (Dipwatch) - "

# (why, text, what must hold of the events found)
CASES = [
    ("in which X accused him", LEAD + "Bolivian President Luis Arce left the palace on Tuesday "
     "after a meeting with Peru, in which Peruvian President Pedro Castillo accused him of arming "
     "smugglers.", [_holds(("PER", "112", "BOL", "2022-05-03"))]),
    ("where X will host him", LEAD + "Chilean President Gabriel Boric arrived in Lima on Tuesday, "
     "where Peruvian President Pedro Castillo will host him.",
     [_holds(("PER", "036", "CHL", "2022-05-03"))]),
    ("and praised him", LEAD + "Chilean President Gabriel Boric met Peruvian President Pedro "
     "Castillo on Tuesday and praised him for his reforms.",
     [_holds(("CHL", "051", "PER", "2022-05-03"))]),
    ("said X had asked him", LEAD + "Peru's president said on Tuesday that Bolivian President "
     "Luis Arce had asked him to mediate.", [_holds(("BOL", "020", "PER", "2022-05-03"))]),
    ("claimed X had asked him", LEAD + "Peru's president told reporters on Tuesday that he would "
     "mediate between Chile and Bolivia, and claimed that Bolivian President Luis Arce had asked "
     "him to do so.", [_holds(("PER", "039", "BOL", "2022-05-03")), _lacks_root("02")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), CASES)
def test_binding(why, text, checks):
    found = coded(text, DAY)
    assert all(check(found) for check in checks), (why, found)
