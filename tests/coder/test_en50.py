"""English structures the twenty-fifth batch showed (coder-en50, its section of eval/README.md):
sentences of our own for each, and near neighbours that must not change.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

D = "2021-03-10"
# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be (None: any actor).
CASES = [
    ("111: the decision condemned is the lead's act, not the next verb's object",
     "PANAMA CITY, March 10 (Dipwatch) - Panama broke off its ties with Taiwan on Tuesday. "
     "Taiwan condemned the decision on Wednesday and accused Beijing of buying its allies.",
     [("TWN", "111", "PAN", D), ("TWN", "112", "CHN", D)], [("TWN", "111", "CHN")]),
    ("111: the move criticised, then a clause after a comma",
     "HONIARA, March 10 (Dipwatch) - The Solomon Islands switched recognition from Taiwan to "
     "China on Tuesday. Taiwan criticised the move on Wednesday, saying Beijing had lured "
     "Honiara with money.",
     [("TWN", "111", "SLB", D)], [("TWN", "111", "CHN")]),
    ("111: the decision by a state keeps that state (no clause between)",
     "BEIJING, March 10 (Dipwatch) - China condemned the decision by Washington to impose "
     "tariffs on its steel.",
     [("CHN", "111", "USA", D)], []),
    ("111: a state right after the verb keeps its place",
     "PANAMA CITY, March 10 (Dipwatch) - Panama broke off its ties with Taiwan on Tuesday. "
     "Taiwan condemned Panama on Wednesday and accused Beijing of buying its allies.",
     [("TWN", "111", "PAN", D), ("TWN", "112", "CHN", D)], []),
    ("030: readiness in a reported clause is its subject's, not the sayer's",
     "SAN JOSE, March 10 (Dipwatch) - A foreign ministry spokesman said Beijing was ready to "
     "develop friendly cooperation with Costa Rica.",
     [("CHN", "030", "CRI", D)], [("CRI", "03", None)]),
    ("030: willingness of another capital, told by a spokesman",
     "HANOI, March 10 (Dipwatch) - A government spokesman said Tokyo was willing to expand "
     "its cooperation with Vietnam.",
     [("JPN", "030", "VNM", D)], [("VNM", "03", None)]),
    ("030: the sayer's own state ready, as before",
     "BEIJING, March 10 (Dipwatch) - Wang said China was ready to strengthen cooperation with "
     "Spain.",
     [("CHN", "030", "ESP", D)], []),
    ("030: readiness far before the act (a second clause) is not read",
     "BEIJING, March 10 (Dipwatch) - China said it was ready to talk, and Japan would deepen "
     "ties with India.",
     [], [("CHN", "03", "IND")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_batch25_structures(why: str, text: str, found: list, absent: list) -> None:
    batch22.probe_holds(why, text, found, absent)
