"""Structures the English misses and false alarms on first-seen text showed (coder-en37's
section of eval/README.md, "English misses on first-seen text, by structure"), in wire
sentences of our own (none of the articles'): the object after a verb of barring, seizing or
revoking decides what act it is (a state's people kept from leaving is a ban on them, its envoy
kept from returning an expulsion, its sailors seized by a state a detention, a plane's landing
permission withdrawn a sanction); a participle no past tense shares right after a plural noun
(relations broken off decades ago) describes the noun: no act of the clause; and a day counted
from the act told before (the same day) dates the clause even right after a possessed noun;
one accusation denied is a denial, as accusations denied are.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("a state's people barred or stopped from leaving: a ban on them (163), no 172",
     "LIMA, March 10 (Dipwatch) - Peru barred all Chileans from leaving its territory on "
     "Tuesday. Bolivia stopped Paraguayan embassy staff from leaving the country on Wednesday.",
     [("PER", "163", "CHL", "2021-03-09"), ("BOL", "163", "PRY", "2021-03-10")],
     [("PER", "172", "CHL"), ("BOL", "172", "PRY")]),
    ("control: a state's people barred from a thing that is no leaving stay a restriction",
     "LIMA, March 10 (Dipwatch) - Peru barred Chilean firms from bidding on Tuesday.",
     [], [("PER", "163", "CHL")]),
    ("a state's envoy barred from returning to his post: expelled (166)",
     "OSLO, March 10 (Dipwatch) - Norway barred the Russian ambassador, who is in Moscow for "
     "talks, from returning to Oslo on Tuesday.",
     [("NOR", "166", "RUS", "2021-03-09")], [("NOR", "172", "RUS")]),
    ("a landing permission withdrawn for a minister's plane: a sanction on the state (163)",
     "VIENNA, March 10 (Dipwatch) - Austria withdrew landing permission for Hungarian Foreign "
     "Minister Peter Szijjarto's plane on Tuesday.",
     [("AUT", "163", "HUN", "2021-03-09")], []),
    ("a state's people seized or captured by a state or its forces: held (173), no 181 or 192",
     "HANOI, March 10 (Dipwatch) - Chinese coast guards captured nine Vietnamese fishermen on "
     "Tuesday. Indian troops seized two Pakistani pilots on Wednesday.",
     [("CHN", "173", "VNM", "2021-03-09"), ("IND", "173", "PAK", "2021-03-10")],
     [("CHN", "192", "VNM"), ("CHN", "18", "VNM"), ("IND", "18", "PAK")]),
    ("control: seized by a doer that is no state stays an abduction",
     "MOGADISHU, March 10 (Dipwatch) - Somali pirates seized 12 Indian sailors on Tuesday.",
     [("SOM", "181", "IND", "2021-03-09")], [("SOM", "173", "IND")]),
    ("control: towns captured are still taken (192)",
     "KYIV, March 10 (Dipwatch) - Russia captured two Ukrainian towns on Tuesday.",
     [("RUS", "192", "UKR", "2021-03-09")], []),
    ("a participle no past tense shares right after a plural noun: the noun's, no act",
     "HAVANA, March 10 (Dipwatch) - Chile and Bolivia agreed on Wednesday to restore ties "
     "broken off in 1978, after talks hosted by Brazil and Peru.",
     [], [("CHL", "16", "BRA"), ("CHL", "16", "PER"), ("BOL", "16", "BRA"),
          ("BOL", "16", "PER")]),
    ("control: the same participle after an auxiliary, or sharing one, is the act",
     "LIMA, March 10 (Dipwatch) - Peru has broken off talks with Chile. Bolivia expelled two "
     "Paraguayan envoys and broken off talks with Paraguay on Tuesday.",
     [("PER", "164", "CHL", "2021-03-10"), ("BOL", "164", "PRY", "2021-03-09")], []),
    ("a day counted from the act told before, after a possessed noun: the clause's day",
     "LIMA, March 10 (Dipwatch) - Peru cut ties with Chile on Monday.\n\nChile denied the "
     "charges on Tuesday. Ecuador voiced support for Peru's decision the same day.",
     [("ECU", "051", "PER", "2021-03-09")], []),
    ("control: a month after a possessed ruling is still the ruling's, not the demand's",
     "MANILA, March 10 (Dipwatch) - The Philippines told China on Tuesday that it must abide by "
     "the tribunal's ruling in July.",
     [("PHL", "100", "CHN", "2021-03-09")], []),
    ("one accusation denied: a denial aimed at the accuser, as accusations denied are",
     "RABAT, March 10 (Dipwatch) - Tunisia accused Libya on Tuesday of arming smugglers. Libya "
     "denied the accusation on Wednesday.",
     [("LBY", "016", "TUN", "2021-03-10")], []),
    ("control: a state's claim rejected is no denial",
     "MANILA, March 10 (Dipwatch) - Vietnam rejected China's claim to the islands on Tuesday.",
     [], [("VNM", "016", "CHN")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_structures_of_first_seen_text(why: str, text: str, found: list, absent: list) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
