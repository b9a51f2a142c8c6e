"""A pair's intents told with verbs ``en.030.pair_will`` lacked (coder-en56, its section of
eval/README.md): "the two countries would continue talks" and "would settle their disputes
through negotiation" named no partner after "with", so no rule read them. Sentences of our
own, with neighbours that must not change.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

DAY = "2021-03-10"  # test_en_batch22.DAY, a Wednesday
MET = ("HANOI, March 10 (Dipwatch) - Chinese Premier Li Qiang met Vietnamese Prime Minister Pham "
       "Minh Chinh on Wednesday. ")  # fmt: skip
CASES = [
    ("036: the pair's talks to go on",
     MET + "The foreign ministry said the two countries would continue talks on fishing.",
     [("CHN", "036", "VNM", DAY)], []),
    ("036: the pair's talks to resume",
     MET + "The two sides would resume consultations on the border, officials said.",
     [("CHN", "036", "VNM", DAY)], []),
    ("030: the pair's disputes to be settled",
     MET + "A statement said the two countries would settle their maritime disputes through "
     "negotiation.",
     [("CHN", "030", "VNM", DAY)], []),
    ("control: one state's talks to go on, no partner named",
     "BEIJING, March 10 (Dipwatch) - China said it would continue talks on the dispute.",
     [], [(None, "036", None)]),
    ("control: the pair's talks refused",
     MET + "The two countries would not resume talks, the foreign ministry said.",
     [], [(None, "036", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_pair_intents(why: str, text: str, found: list, absent: list) -> None:
    batch22.probe_holds(why, text, found, absent)
