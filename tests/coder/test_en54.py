"""English errors of the round's honest tests (coder-en54, its section of eval/README.md): a
state's charge against persons it has just arrested is the arrest, no accusation beside it.
Sentences of our own, with near neighbours that must not change.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

D = "2021-03-09"  # the Tuesday before test_en_batch22.DAY (2021-03-10)
CASES = [
    ("173: arrested and charged them, one act",
     "LUSAKA, March 10 (Dipwatch) - Zambian police arrested two Chinese nationals on Tuesday and "
     "charged them with spying.",
     [("ZMB", "173", "CHN", D)], [("ZMB", "11", "CHN")]),
    ("173: detained and charged the named persons",
     "OTTAWA, March 10 (Dipwatch) - Canadian police detained two Chinese engineers on Tuesday "
     "and charged them with theft.",
     [("CAN", "173", "CHN", D)], [("CAN", "11", "CHN")]),
    ("control: a charge with no arrest told stays an accusation",
     "LUSAKA, March 10 (Dipwatch) - Zambia charged two Chinese nationals on Tuesday with spying.",
     [("ZMB", "112", "CHN", D)], []),
    ("control: an accusation of another state beside an arrest stays",
     "BEIJING, March 10 (Dipwatch) - China detained two Canadians on Tuesday and accused Canada "
     "of spying.",
     [("CHN", "173", "CAN", D), ("CHN", "112", "CAN", D)], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_honest_test_structures(why: str, text: str, found: list, absent: list) -> None:
    batch22.probe_holds(why, text, found, absent)
