"""What stands between a verb of saying and its reported clause without being the clause's
subject (``coder/en_reported.py``), and the object of a preposition (``coder/en_prep_object.py``),
in wire sentences of our own: a prepositional phrase of the saying ("said at a news conference
that they condemned …") leaves the sayer the subject; a body of the sayer's own state named
by its role with a modifier ("its air defenses", "the incoming administration") is the sayer's;
a thing told in the clause ("the missiles fired by …") still is no actor; an unknown name
right after "with" ("talks with Europe on Japan") is the partner, not the actor after "on".
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks, _lacks_root

# (why, text, date, what must hold of the events found)
CASES = [
    # a prepositional phrase of the saying is no subject of the reported clause
    ("at a news conference", "WELLINGTON, March 4 (Dipwatch) - Australian officials said at a "
     "news conference on Tuesday that they strongly condemned Fiji over the expulsions.",
     date(2020, 3, 4), [_holds(("AUS", "111", "FJI", "2020-03-03"))]),
    ("in a statement", "PARIS, March 4 (Dipwatch) - France said in a statement on Tuesday that "
     "it fully supported Morocco's plan for the region.", date(2020, 3, 4),
     [_holds(("FRA", "051", "MAR", "2020-03-03"))]),
    # …while a thing told in the clause still is no actor of the sayer's
    ("thing after a statement", "TOKYO, Jan 5 (Dipwatch) - Japan said in a statement on Monday "
     "that the missiles fired by North Korea had landed in its waters.", date(2021, 1, 5),
     [_lacks(("JPN", "190", "PRK", "2021-01-04")), _lacks_root("11")]),
    # the sayer's own body, named by its role with a modifier
    ("its air defenses", "RIYADH, May 3 (Dipwatch) - Yemen's Houthis fired drones at Saudi oil "
     "plants on Sunday. Saudi Arabia said its air defenses had intercepted the drones.",
     date(2020, 5, 3), [_holds(("SAU", "190", "YEM", "2020-05-03"))]),
    ("its air defenses shot down", "RIYADH, May 3 (Dipwatch) - Yemen's Houthis fired drones at "
     "Saudi oil plants on Sunday. Saudi Arabia said its air defenses had shot down the drones.",
     date(2020, 5, 3), [_holds(("SAU", "190", "YEM", "2020-05-03"))]),
    ("the incoming administration", "OTTAWA, May 3 (Dipwatch) - Canada's foreign minister, a "
     "former journalist, said on Sunday that the incoming administration would resume talks "
     "with Cuba.", date(2020, 5, 3), [_holds(("CAN", "036", "CUB", "2020-05-03"))]),
    # …but a body of another named state is that state's
    ("another state's government", "OTTAWA, May 3 (Dipwatch) - Canada's prime minister said on "
     "Sunday that the Cuban government would resume talks with Peru.", date(2020, 5, 3),
     [_holds(("CUB", "036", "PER", "2020-05-03")), _lacks(("CAN", "036", "PER", "2020-05-03"))]),
    # the object of "with" is the unknown name right after it, not the actor after "on"
    ("with a name on", "SEOUL, Jan 5 (Dipwatch) - South Korea's foreign minister said on Monday "
     "that the new government would welcome talks with Europe on Japan.", date(2021, 1, 5),
     [_lacks(("KOR", "036", "JPN", "2021-01-04"))]),
    # …while a weekday between is a time, and the actor after the second "on" the object
    ("on a day on", "CANBERRA, Jan 5 (Dipwatch) - Australia imposed sanctions on Monday on five "
     "officials of Myanmar.", date(2021, 1, 5), [_holds(("AUS", "163", "MMR", "2021-01-04"))]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "day", "checks"), CASES)
def test_reported(why, text, day, checks):
    found = coded(text, day)
    assert all(check(found) for check in checks), (why, found)
