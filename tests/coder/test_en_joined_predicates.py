"""A predicate joined by "and" to an earlier act of the same subject, with no object of its
own, is aimed where that act was (coder-en57, ``en_shared_partner.joined_predicate_object``):
wire sentences of our own, with near neighbours whose second predicate has a subject, a
state or a gerund of its own and must not take the first act's partner; and an urging to talk.
"""

from __future__ import annotations

import pytest

from tests.coder.test_en_shared_subjects import DAY, LEAD, TUE
from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks

CASES = [
    ("freed them: the detained are the first act's target",
     LEAD + "Peru detained six Chilean fishermen off Arica on Tuesday and freed them hours later.",
     [_holds(("PER", "0841", "CHL", TUE))]),
    ("a relative clause on the first object, set off by commas",
     LEAD + "Peru's navy seized a Chilean trawler on Tuesday, which had crossed into Peruvian "
     "waters, and detained nine of its crew.",
     [_holds(("PER", "173", "CHL", TUE))]),
    ("a call, then help offered to the one called",
     LEAD + "Peruvian President Dina Boluarte spoke by phone with Chilean President Gabriel "
     "Boric on Tuesday and offered help with the rescue.",
     [_holds(("PER", "041", "CHL", TUE)), _holds(("PER", "030", "CHL", TUE))]),
    ("control: the second predicate has a subject of its own",
     LEAD + "Peru detained six Chilean fishermen on Tuesday, and Bolivia demanded their release.",
     [_holds(("PER", "173", "CHL", TUE)), _lacks(("BOL", "100", "CHL", TUE))]),
    ("control: a state named in the second predicate's clause is its own object",
     LEAD + "Boluarte held talks with Boric in Lima on Tuesday and will meet Bolivia's president "
     "in La Paz next week.",
     [_lacks(("PER", "040", "CHL", "2022-05-10")), _lacks(("PER", "036", "CHL", TUE))]),
    ("control: chaff released is no one freed",
     LEAD + "A Peruvian jet intercepted a Chilean patrol plane on Tuesday and released flares.",
     [_lacks(("PER", "0841", "CHL", TUE))]),
    ("control: a gerund after 'and' belongs to the charge, not the subject",
     LEAD + "Peru accused Chile on Tuesday of stoking tension by closing the border and "
     "detaining truck drivers.",
     [_holds(("PER", "112", "CHL", TUE)), _lacks(("PER", "173", "CHL", TUE))]),
]  # fmt: skip


# An urging whose infinitive is talking (to talk, to negotiate) is an appeal for talks (026),
# as urging "talks" or "dialogue" was; an urging to do anything else stays a demand (100).
URGED = [
    ("to talk", LEAD + "Peru urged Chile and Bolivia on Tuesday to talk to each other.",
     [_holds(("PER", "026", "CHL", TUE)), _holds(("PER", "026", "BOL", TUE)),
      _lacks(("PER", "100", "CHL", TUE))]),
    ("to negotiate", LEAD + "Peru urged Chile on Tuesday to negotiate a new fishing accord.",
     [_holds(("PER", "026", "CHL", TUE))]),
    ("control: to lift a ban", LEAD + "Peru urged Chile on Tuesday to lift its ban on fruit.",
     [_holds(("PER", "100", "CHL", TUE)), _lacks(("PER", "026", "CHL", TUE))]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), CASES + URGED)
def test_joined_predicates(why, text, checks):
    found = coded(text, DAY)
    assert all(check(found) for check in checks), (why, found)
