"""Constructions of coder-en43 (its section of eval/README.md), in wire sentences of our own:
a passive inside a non-restrictive relative clause keeps its doer after "by" and makes the
antecedent the one the act was done to (``relative_subject`` no longer puts the antecedent back
as the doer); a denial whose content is a clause (``denied that …``) is aimed at the other state
the sentence names, not at one after the comma that closes the clause.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("a summons told in a passive relative clause, its day inside",
     "TOKYO, March 10 (Dipwatch) - Cheng Yonghua, China's ambassador, who was summoned by Japan "
     "on Tuesday, said the protest was groundless.",
     [("JPN", "114", "CHN", "2021-03-09")], [("CHN", "11", "CHN")]),
    ("a reception told in a passive relative clause",
     "MOSCOW, March 10 (Dipwatch) - Chinese President Xi Jinping, who was received by Russian "
     "President Vladimir Putin in the Kremlin on Monday, said China valued the partnership.",
     [("RUS", "04", "CHN", "2021-03-08")], []),
    ("an expulsion told in a passive relative clause",
     "LONDON, March 10 (Dipwatch) - Two British diplomats, who were expelled by Russia on "
     "Monday, left Moscow on Wednesday.",
     [("RUS", "17", "GBR", "2021-03-08")], [("GBR", "17", "RUS")]),
    ("control: an active relative clause keeps its antecedent as the doer",
     "PANAMA CITY, March 10 (Dipwatch) - U.S. Secretary of State Marco Rubio, who visited Panama "
     "on Sunday, warned China on Tuesday.",
     [("USA", "042", "PAN", "2021-03-07")], []),
    ("a denial with a clause, the other state named in it",
     "TOKYO, March 10 (Dipwatch) - China on Tuesday denied that one of its frigates had locked "
     "its radar on a Japanese destroyer.",
     [("CHN", "016", "JPN", "2021-03-09")], []),
    ("a denial with a clause, the other state named after its own forces",
     "SEOUL, March 10 (Dipwatch) - Moscow denied on Tuesday that its bombers had violated South "
     "Korean airspace.",
     [("RUS", "016", "KOR", "2021-03-09")], [("RUS", "016", "RUS")]),
    ("a denial with a clause after the accusation told before",
     "NEW DELHI, March 10 (Dipwatch) - India blamed Pakistan for the attack on Monday. "
     "Pakistan's president said on Tuesday that his government would cooperate, but denied that "
     "any state body was involved.",
     [("PAK", "016", "IND", "2021-03-09")], []),
    ("a denial with a clause: a state after the comma that closes it is no accuser",
     "WASHINGTON, March 10 (Dipwatch) - India denied on Tuesday that Modi had made any such "
     "request, saying its issues with Pakistan were bilateral.",
     [], [("IND", "016", "PAK")]),
    ("control: a denial of a thing with no state named anywhere: none",
     "JAKARTA, March 10 (Dipwatch) - The ministry denied that the talks had failed.",
     [], [("IDN", "016", "IDN")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_constructions_of_coder_en43(why: str, text: str, found: list, absent: list) -> None:
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
