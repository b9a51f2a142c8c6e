"""Constructions of coder-en45 (its section of eval/README.md), in wire sentences of our own:
"the embassy" first told as "its embassy in <place>" is the mission's state, not the
visitor's own (a visit to it is a contact); a phone call told "told X, Name, by phone" with
the addressee's name in apposition before the manner; readiness to settle a dispute "with" a
state; another state's boats or forces told by the sayer as having entered its waters; a plan's
second verb after "and" (will attend … and meet … on Friday) dated as a plan; concern with no
object before a demand made of a state.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("the embassy told first as its embassy in the host's capital: a visit to it",
     "LIMA, March 10 (Dipwatch) - Japan urged Peru on Tuesday to find those behind a car "
     "bombing at its embassy in Lima. Peru's foreign minister visited the embassy on Tuesday.",
     [("PER", "042", "JPN", "2021-03-09")], []),
    ("the same visit beside condolences to the mission's ambassador",
     "LIMA, March 10 (Dipwatch) - Japan urged Peru on Tuesday to find those behind a car "
     "bombing at its embassy in Lima. Peruvian Prime Minister Pedro Cateriano visited the "
     "embassy on Tuesday and expressed sympathy to the Japanese ambassador, his office said.",
     [("PER", "042", "JPN", "2021-03-09"), ("PER", "018", "JPN", "2021-03-09")], []),
    ("control: its embassy in the other state's capital is the sayer's own: no visit",
     "LIMA, March 10 (Dipwatch) - Peru urged Japan on Tuesday to protect its embassy in Tokyo. "
     "Peru's foreign minister visited the embassy on Tuesday.",
     [], [("PER", "04", "JPN")]),
    ("control: the embassy's grounds are a place, no actor",
     "LIMA, March 10 (Dipwatch) - Japan urged Peru on Tuesday to find those behind a car "
     "bombing at its embassy in Lima. A car rammed through the embassy gate and wounded three "
     "Peruvian guards, police said.",
     [], [("JPN", "19", "PER")]),
    ("a call told with the addressee's name in apposition",
     "BEIJING, March 10 (Dipwatch) - China's defence minister told Myanmar's military chief, "
     "Min Aung Hlaing, by phone on Tuesday that Beijing would take firm measures.",
     [("CHN", "041", "MMR", "2021-03-09")], []),
    ("the same over the phone, a counterpart named by his post",
     "LONDON, March 10 (Dipwatch) - Britain's foreign secretary told his Iranian counterpart, "
     "Hossein Amirabdollahian, over the phone on Tuesday that the detentions were unacceptable.",
     [("GBR", "041", "IRN", "2021-03-09")], []),
    ("control: a relative clause between the addressee and by phone: no call to him",
     "BEIJING, March 10 (Dipwatch) - China's defence minister told Myanmar's military chief, "
     "who was in Naypyitaw, that he had been briefed by phone.",
     [], [("CHN", "041", "MMR")]),
    ("control: a time and a clause between: no call",
     "BEIJING, March 10 (Dipwatch) - China's defence minister told Myanmar's military chief on "
     "Tuesday that Beijing would act, and spoke to reporters by phone.",
     [], [("CHN", "041", "MMR")]),
    ("readiness to settle a dispute with a state, told in reported speech",
     "MANILA, March 10 (Dipwatch) - The Philippines said on Tuesday it was ready to resolve the "
     "issue with Vietnam through consultations.",
     [("PHL", "030", "VNM", "2021-03-09")], []),
    ("control: handled with caution, no state after with: none",
     "MANILA, March 10 (Dipwatch) - The Philippines said on Tuesday it was ready to handle the "
     "matter with caution.",
     [], [("PHL", "030", "PHL")]),
    ("another state's boats told as having entered the sayer's waters: an accusation",
     "HANOI, March 10 (Dipwatch) - Vietnam said on Tuesday that two Chinese fishing boats had "
     "entered its territorial waters near the Paracels.",
     [("VNM", "112", "CHN", "2021-03-09")], []),
    ("control: the entry denied",
     "TOKYO, March 10 (Dipwatch) - Japan said on Tuesday that Chinese ships had not entered its "
     "waters.",
     [], [("JPN", "112", "CHN")]),
    ("control: a delegation that entered for talks is no intrusion",
     "HANOI, March 10 (Dipwatch) - Vietnam said on Tuesday that a Chinese delegation had entered "
     "its territory for talks.",
     [], [("VNM", "112", "CHN")]),
    ("a plan's second verb after and keeps the modal: the weekday is to come",
     "COLOMBO, March 10 (Dipwatch) - Modi will attend the celebrations and meet President "
     "Maithripala Sirisena on Friday.",
     [("IND", "036", "LKA", "2021-03-10")], []),
    ("control: the same verbs in the past are the past Friday's meeting",
     "COLOMBO, March 10 (Dipwatch) - Modi attended the celebrations and met President "
     "Maithripala Sirisena on Friday.",
     [("IND", "040", "LKA", "2021-03-05")], []),
    ("concern with no object, then a demand made of a state: concern at that state",
     "BEIJING, March 10 (Dipwatch) - A spokesman said on Tuesday that Beijing was seriously "
     "concerned, and demanded that Argentina investigate the incident.",
     [("CHN", "012", "ARG", "2021-03-09"), ("CHN", "100", "ARG", "2021-03-09")], []),
    ("control: concern denied",
     "BEIJING, March 10 (Dipwatch) - China said on Tuesday it was not concerned and demanded "
     "that Argentina investigate.",
     [], [("CHN", "012", "ARG")]),
    ("control: concern, then an appeal to both sides for restraint: no concern at either",
     "BEIJING, March 10 (Dipwatch) - China said on Tuesday it was concerned and urged both "
     "Koreas to show restraint.",
     [], [("CHN", "012", "PRK"), ("CHN", "012", "KOR")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_constructions_of_coder_en45(why: str, text: str, found: list, absent: list) -> None:
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
