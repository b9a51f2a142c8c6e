"""The stops of initials end no clause for tense (coder-en53, its section of eval/README.md):
"Xi is due to meet U.S. President Joe Biden on Saturday" was read as two clauses at "U.S.", so
its Saturday was the one past. Sentences of our own, with neighbours that must not change.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

DAY = "2021-03-10"  # test_en_batch22.DAY, a Wednesday: the plan is dated the day it is told
CASES = [
    ("036: a meeting to come with a person named after U.S.",
     "LIMA, March 10 (Dipwatch) - Xi Jinping is due to meet U.S. President Joe Biden on the "
     "sidelines of the summit on Saturday.",
     [("CHN", "036", "USA", DAY)], []),
    ("036: talks to come with an officer named after U.N.",
     "GENEVA, March 10 (Dipwatch) - Wang Yi will hold talks with the U.N. Secretary-General on "
     "Friday.",
     [("CHN", "036", "UNO", DAY)], []),
    ("control: a meeting done, after U.S., keeps the Saturday past",
     "LIMA, March 10 (Dipwatch) - Xi Jinping met U.S. President Joe Biden on Saturday.",
     [("CHN", "040", "USA", "2021-03-06")], []),
    ("control: a plan in a relative clause leaves the main clause's day past",
     "LIMA, March 10 (Dipwatch) - Xi, who will attend the summit, met U.S. President Joe Biden "
     "on Saturday.",
     [("CHN", "040", "USA", "2021-03-06")], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_initials_end_no_clause(why: str, text: str, found: list, absent: list) -> None:
    batch22.probe_holds(why, text, found, absent)
