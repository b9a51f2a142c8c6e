"""Whose act a verb is, in wire sentences of our own (coder-en14): an opening adverbial clause
has its own subject (When the delegation arrived…, Peru's minister warned: Peru; the opener
regex once never matched the lower-cased text), and a verb phrase joined by "and" with its own
auxiliary shares the first phrase's subject, not its object (met Castillo and will visit
Bolivia: Chile's plan, ``coder/en_coordination.py``); an "it" that opens a sentence goes on with
the subject of the one before, not its object (``en_actors._opening_it``).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks

DAY = date(2022, 5, 4)  # a Wednesday
LEAD = "LIMA, May 4 (Dipwatch) - "
TUE = "2022-05-03"

# (why, text, what must hold of the events found)
CASES = [
    ("when-clause opener", LEAD + "When the Chilean delegation arrived on Tuesday, Peru's foreign "
     "minister praised Chile and warned Bolivia.",
     [_holds(("PER", "13", "BOL", TUE)), _lacks(("CHL", "13", "BOL", TUE))]),
    ("after-phrase opener", LEAD + "After talks with Chile's president on Tuesday, Peru's foreign "
     "minister said Lima would expel Bolivia's ambassador and praised Chile.",
     [_holds(("PER", "05", "CHL", TUE))]),
    ("and will visit", LEAD + "Chilean President Gabriel Boric met Peruvian President Pedro "
     "Castillo on Tuesday and will visit Bolivia next week.",
     [_holds(("CHL", "036", "BOL", TUE)), _lacks(("PER", "036", "BOL", TUE))]),
    ("and is due to meet", LEAD + "Chilean President Gabriel Boric flew to Lima on Tuesday for "
     "talks with Peruvian President Pedro Castillo and is due to meet Bolivian President Luis Arce "
     "in La Paz on Friday.",
     [_holds(("CHL", "036", "BOL", TUE)), _lacks(("PER", "036", "BOL", TUE))]),
    ("an opening it", LEAD + "Chile criticised Peru on Tuesday. It also urged Peru to stop all "
     "support for Bolivia's blockade.",
     [_holds(("CHL", "100", "PER", TUE)), _lacks(("PER", "100", "BOL", TUE))]),
    ("a clause with its own subject", LEAD + "Chilean President Gabriel Boric met Peruvian "
     "President Pedro Castillo on Tuesday, and Bolivia will host both leaders on Friday.",
     [_holds(("BOL", "036", "PER", TUE)), _lacks(("CHL", "036", "BOL", TUE))]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), CASES)
def test_shared_subject(why, text, checks):
    found = coded(text, DAY)
    assert all(check(found) for check in checks), (why, found)
