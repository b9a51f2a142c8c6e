"""A consequence a sayer states on another state's condition is a menace aimed at that state
(``coder/en_conditional.py``, rule ``en.130.said_if``), in wire sentences of our own: "would …
unless X", "… was an option if X"; not a possibility ("could be settled if X and Y showed
goodwill"), not a concession on a condition ("would lift the ban if X asked"), and not a second
event when the sentence tells the sayer's menace with a verb of its own ("would retaliate if").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks_root

DAY = date(2021, 5, 4)  # a Tuesday
LEAD = "ANKARA, May 4 (Dipwatch) - Turkey's foreign minister "

# (why, text, what must hold of the events found)
CASES = [
    ("would unless", LEAD + "said on Tuesday that Ankara would close its airspace unless Greece "
     "withdrew the frigates.", [_holds(("TUR", "130", "GRC", "2021-05-04"))]),
    ("option if", LEAD + "said on Tuesday that a naval blockade was an option if Greece sent "
     "more frigates.", [_holds(("TUR", "130", "GRC", "2021-05-04"))]),
    ("could if", LEAD + "said on Tuesday that the dispute could be settled if Greece and Cyprus "
     "showed goodwill.", [_lacks_root("13")]),
    ("concession if", LEAD + "said on Tuesday that Ankara would lift the ban if Greece asked.",
     [_lacks_root("13")]),
    ("own verb of menace", LEAD + "told his Greek counterpart on Tuesday that Ankara would "
     "retaliate if Cyprus drilled for gas.",
     [_holds(("TUR", "138", "CYP", "2021-05-04")),
      lambda found: sum(code.startswith("13") for _, code, _, _ in found) == 1]),
    ("warned, another's condition", LEAD + "warned Greece on Tuesday that Ankara would close its "
     "airspace if Cyprus drilled for gas.", [_holds(("TUR", "130", "GRC", "2021-05-04")),
                                             _lacks_root("138")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), CASES)
def test_conditional(why, text, checks):
    found = coded(text, DAY)
    assert all(check(found) for check in checks), (why, found)
