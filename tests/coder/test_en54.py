"""English errors of the round's honest tests (coder-en54, its section of eval/README.md): a
state's charge against persons it has just arrested is the arrest, no accusation beside it; the
steps announced with a break in ties the story tells (closing an embassy, halting aid, expelling
the envoy) are the break, no threat of their own; a force of nature that "struck" a state is no
state's force, and aid sent after it struck is the stricken state's; a report first told as
denied has no author, and its dismissal rejects no state; readiness to buy more of a state's
goods is an intent of economic cooperation with it; another state's mission closed is a cut in
ties with it; a state told by its region (the southern African country) is the last state of
that region named before it.
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
    ("161: closing the embassy and halting aid after the break, one act",
     "TAIPEI, March 10 (Dipwatch) - Taiwan ended relations with Malawi on Tuesday. Taiwan said it "
     "would close its embassy in Lilongwe and halt its aid.",
     [("TWN", "161", "MWI", D)], [("TWN", "13", "MWI")]),
    ("161: expelling the envoy said with the cut in ties, one act",
     "RABAT, March 10 (Dipwatch) - Morocco cut ties with Iran on Tuesday. The foreign minister "
     "said Morocco would close its embassy in Tehran and expel the Iranian ambassador.",
     [("MAR", "161", "IRN", D)], [("MAR", "13", "IRN")]),
    ("control: a threat to close the embassy with no break told stays a threat",
     "TAIPEI, March 10 (Dipwatch) - Taiwan said on Tuesday it would close its embassy in "
     "Lilongwe.",
     [("TWN", "1313", "MWI", D)], []),
    ("control: the steps told before the break are an act of their own",
     "TAIPEI, March 10 (Dipwatch) - Taiwan said on Tuesday it would close its embassy in "
     "Lilongwe. Taiwan ended relations with Malawi on Wednesday.",
     [("TWN", "1313", "MWI", D), ("TWN", "161", "MWI", "2021-03-10")], []),
    ("073: aid after an earthquake struck a state goes to it, no force",
     "BEIJING, March 10 (Dipwatch) - China sent rescue teams and emergency aid after a strong "
     "earthquake struck Peru's southern coast on Tuesday.",
     [("CHN", "073", "PER", D)], [(None, "19", None)]),
    ("073: a named storm hit a state",
     "TOKYO, March 10 (Dipwatch) - Japan sent relief supplies after Typhoon Goni hit the "
     "Philippines on Tuesday.",
     [("JPN", "073", "PHL", D)], [(None, "19", None)]),
    ("control: a state that struck another after aid was sent keeps its force",
     "BEIJING, March 10 (Dipwatch) - China sent aid to Ecuador after Russia struck Ukraine on "
     "Tuesday.",
     [("RUS", "190", "UKR", D)], [("CHN", "07", "UKR")]),
    ("control: troops are no aid",
     "NEW DELHI, March 10 (Dipwatch) - India sent troops after the earthquake struck Nepal on "
     "Tuesday.",
     [], [("IND", "07", "NPL"), (None, "19", None)]),
    ("no rejection: a denied report has no author, its dismissal no target",
     "SUVA, March 10 (Dipwatch) - Fiji's foreign minister on Tuesday denied a report that China "
     "had sought a base. In Beijing, Chinese spokesman Wang Wenbin dismissed the report as false.",
     [], [(None, "12", None)]),
    ("no rejection of the story's actor: the report denied before",
     "SUVA, March 10 (Dipwatch) - Fiji's foreign minister on Tuesday denied a press report. China "
     "dismissed the media reports of a base on Wednesday.",
     [], [(None, "12", None)]),
    ("control: a report a state published is rejected with its author",
     "SUVA, March 10 (Dipwatch) - Fiji published a report on Tuesday accusing China of illegal "
     "fishing. China rejected the report on Wednesday.",
     [("CHN", "120", "FJI", "2021-03-10")], []),
    ("control: a rejected accusation keeps the story's accuser",
     "SUVA, March 10 (Dipwatch) - Fiji on Tuesday accused China of illegal fishing. China "
     "rejected the accusation on Wednesday.",
     [("CHN", "120", "FJI", "2021-03-10")], []),
    ("031: ready to buy more of a state's goods",
     "BEIJING, March 10 (Dipwatch) - Xi told Lula on Tuesday that China was prepared to buy more "
     "Brazilian beef and coffee.",
     [("CHN", "031", "BRA", D)], []),
    ("031: willing to import more, the state after from",
     "TOKYO, March 10 (Dipwatch) - Japan said on Tuesday it was willing to import more gas from "
     "Qatar.",
     [("JPN", "031", "QAT", D)], []),
    ("control: buying more time is no trade",
     "BEIJING, March 10 (Dipwatch) - China said on Tuesday it was prepared to buy more time for "
     "talks with India.",
     [], [("CHN", "03", "IND")]),
    ("161: another state's consulate closed",
     "WASHINGTON, March 10 (Dipwatch) - The United States closed the Chinese consulate in "
     "Houston on Tuesday.",
     [("USA", "161", "CHN", D)], []),
    ("161: a state's possessed embassy shut",
     "MOSCOW, March 10 (Dipwatch) - Russia on Tuesday shut Britain's embassy in Moscow.",
     [("RUS", "161", "GBR", D)], []),
    ("control: a territory closed is no cut in ties",
     "JERUSALEM, March 10 (Dipwatch) - Israel closed Gaza in a siege on Tuesday.",
     [], [(None, "16", None)]),
    ("054: the region's country is the one named before, not the sentence's subject",
     "TAIPEI, March 10 (Dipwatch) - Taiwan ended relations with Malawi on Tuesday, a day after "
     "the southern African country said that it now recognised Beijing.",
     [("TWN", "161", "MWI", D)], [("TWN", "05", "CHN")]),
    ("161: the West African country cut its ties",
     "BEIJING, March 10 (Dipwatch) - China and Ghana established relations on Tuesday, two days "
     "after the West African country cut its ties with Taiwan.",
     [("GHA", "161", "TWN", "2021-03-07")], [("CHN", "16", "TWN")]),
    ("control: a region with no state of it named before makes no actor",
     "BEIJING, March 10 (Dipwatch) - China praised Japan on Tuesday. The Central Asian nation "
     "was not mentioned.",
     [("CHN", "051", "JPN", D)], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_honest_test_structures(why: str, text: str, found: list, absent: list) -> None:
    batch22.probe_holds(why, text, found, absent)
