"""Menaces and judgements told without a verb of threat or of criticism, in wire sentences of
our own (rules ``en.130.resolve``, ``en.130.not_idle``): a sayer's words of what its state will
do against the act the story told ("would make necessary responses", "would not sit idly by",
"all options were on the table") are a threat aimed at that act's doer; not when negated,
asked about, or said of a thing no state did.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks_root

DAY = date(2021, 5, 4)  # a Tuesday
LEAD = "ANKARA, May 4 (Dipwatch) - Greece sent two frigates to the area on Monday. "
MENACE = ("TUR", "130", "GRC", "2021-05-04")

# (why, text, what must hold of the events found)
CASES = [
    ("necessary responses", LEAD + "Turkey's foreign ministry said on Tuesday that Ankara "
     "would make \"necessary responses\".", [_holds(MENACE)]),
    ("fight to the end", LEAD + "Turkey's foreign ministry said on Tuesday that Ankara would "
     "\"fight to the end\".", [_holds(MENACE)]),
    ("not sit idly by", LEAD + "Turkey's foreign ministry said on Tuesday that the government "
     "would not sit idly by.", [_holds(MENACE)]),
    ("options on the table", LEAD + "Turkey's foreign ministry said on Tuesday that all "
     "options were on the table.", [_holds(MENACE)]),
    ("the sayer, not the state named between", LEAD + "Turkey's embassy condemned the decision on "
     "Tuesday, said it had lodged a protest with Greece, and warned that it would make "
     "\"necessary responses\".", [_holds(MENACE),
      lambda found: not any(src == "GRC" for src, _, _, _ in found)]),
    ("negated", LEAD + "Turkey's foreign ministry said on Tuesday that Ankara would not make "
     "any response.", [_lacks_root("13")]),
    ("asked", LEAD + "Asked whether Ankara would take countermeasures, Turkey's foreign "
     "ministry said on Tuesday it had nothing to add.", [_lacks_root("13")]),
    ("no state's act", "ANKARA, May 4 (Dipwatch) - Turkey's foreign ministry said on Tuesday "
     "that Ankara would fight to the end against the pandemic.", [_lacks_root("13")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), CASES)
def test_menace_without_verb(why, text, checks):
    found = coded(text, DAY)
    assert all(check(found) for check in checks), (why, found)
