"""English frames the twenty-seventh batch found missing (coder-en56, its section of
eval/README.md): a pair's intents told with verbs ``en.030.pair_will`` lacked ("the two
countries would continue talks", "would settle their disputes through negotiation": no partner
after "with"), and a reception told in the passive with a place before its doer ("was received
at the Casa Rosada by President…"); and a judgement told in two words, disapproval (110) and
criticism (111) of one pair on one day, coded twice. Sentences of our own, with neighbours that
must not change.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dipwatch.coder.english import one_event_per_act
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
RECEIVED = [
    ("043: received at a palace by the host",
     "LIMA, March 10 (Dipwatch) - Wang Yi was received at the presidential palace by Peruvian "
     "President Dina Boluarte on Wednesday.",
     [("PER", "043", "CHN", DAY)], []),
    ("043: greeted at the airport by the host",
     "HANOI, March 10 (Dipwatch) - Li Qiang was greeted at the airport by Vietnamese Prime "
     "Minister Pham Minh Chinh.",
     [("VNM", "043", "CHN", DAY)], []),
    ("control: a thing received, active, at a place",
     "BEIJING, March 10 (Dipwatch) - Wang Yi received at the ministry a letter sent by "
     "Peruvian President Dina Boluarte.",
     [], [(None, "043", None)]),
    ("control: received at home by his own officials",
     "LIMA, March 10 (Dipwatch) - The Peruvian delegation was received at the airport by "
     "Peruvian officials.",
     [], [(None, "043", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), RECEIVED, ids=[c[0] for c in RECEIVED])
def test_reception_before_a_place(why: str, text: str, found: list, absent: list) -> None:
    batch22.probe_holds(why, text, found, absent)


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_pair_intents(why: str, text: str, found: list, absent: list) -> None:
    batch22.probe_holds(why, text, found, absent)


JUDGED = [
    ("11: a criticism and 'which we oppose' the same day, one judgement",
     "WASHINGTON, March 10 (Dipwatch) - President Joe Biden on Wednesday criticised Beijing's "
     "decision. Biden told reporters that China's actions showed it was willing to change the "
     "status quo, \"which we oppose\".",
     [("USA", "111", "CHN", DAY)], [("USA", "110", "CHN")]),
    ("control: a criticism and an accusation stay two acts",
     "TOKYO, March 10 (Dipwatch) - Japan condemned China's decision on Wednesday and accused "
     "Beijing of breaking its word.",
     [("JPN", "111", "CHN", DAY), ("JPN", "112", "CHN", DAY)], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), JUDGED, ids=[c[0] for c in JUDGED])
def test_one_judgement(why: str, text: str, found: list, absent: list) -> None:
    batch22.probe_holds(why, text, found, absent)


def test_judgements_of_two_days_stay_two() -> None:
    """Regret on Monday and a criticism on Wednesday are two judgements; so are one pair's
    regret and the other direction's criticism."""
    made = [("JPN", "CHN", "110", 8), ("JPN", "CHN", "111", 10), ("CHN", "JPN", "111", 8)]
    events = [SimpleNamespace(source_actor=s, target_actor=t, code=c, date=d, sentence=i)
              for i, (s, t, c, d) in enumerate(made)]  # fmt: skip
    assert [e.sentence for e in one_event_per_act(events)] == [0, 1, 2]
    same_day = [SimpleNamespace(source_actor="JPN", target_actor="CHN", code=c, date=8, sentence=i)
                for i, c in enumerate(("110", "111"))]  # fmt: skip
    assert [e.sentence for e in one_event_per_act(same_day)] == [0]
