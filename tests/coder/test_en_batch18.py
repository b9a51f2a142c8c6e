"""English constructions the twelfth English batch (en-d312…en-d323) showed, in wire
sentences of our own (none of the batch's): the act an infinitive asks or means to end (urged
Iran to stop all support for…, called on Iran to halt its support for…) is not done, whoever the
asker is and whether or not the asker is known; a second infinitive joined by "and to"
(urged China to stop supplying drones… and to lift its curbs) is governed by the first one's verb, however long the
first one ran.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks_root

DAY = date(2024, 3, 14)  # a Thursday

# (why, text, what must hold of the events found)
CASES = [
    (
        "support asked to end",
        "BERLIN, March 14 (Dipwatch) - Germany called on Iran on Thursday "
        "to halt its support for Russia's war.",
        [_holds(("DEU", "02", "IRN", "2024-03-14")), _lacks_root("05")],
    ),
    (
        "support asked to end, the asker unknown",
        "BRUSSELS, March 14 (Dipwatch) - Borrell urged "
        "Iran to stop all support for Russia's war against Ukraine.",
        [_lacks_root("05"), _lacks_root("06")],
    ),
    (
        "a second infinitive after 'and to'",
        "BRUSSELS, March 14 (Dipwatch) - The EU urged China "
        "to stop supplying drones to Russia and to lift its curbs on exports of rare earths to "
        "Europe.",
        [_holds(("EEC", "10", "CHN", "2024-03-14")), _lacks_root("08")],
    ),
    (
        "an end decided, the ending verb the act (control)",
        "WASHINGTON, March 14 (Dipwatch) - Washington decided on Thursday to suspend its "
        "military aid to Egypt.",
        [_holds(("USA", "162", "EGY", "2024-03-14"))],
    ),
    (
        "sanctions agreed to end (control)",
        "TOKYO, March 14 (Dipwatch) - Japan agreed on Thursday to end its sanctions on Iran.",
        [_holds(("JPN", "0354", "IRN", "2024-03-14"))],
    ),
    (
        "support given (control)",
        "BRUSSELS, March 14 (Dipwatch) - Iran supported Russia's position on Ukraine on Thursday.",
        [_holds(("IRN", "05", "RUS", "2024-03-14"))],
    ),
]


@pytest.mark.parametrize(("why", "text", "checks"), CASES)
def test_batch18_construction(why, text, checks):
    found = coded(text, DAY)
    assert all(check(found) for check in checks), (why, found)
