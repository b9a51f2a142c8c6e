"""Review of the eleventh round's English rules (the fourteenth batch's and the verb frames'),
probed with wire sentences of our own: a visa waiver or visa-free entry scrapped is no easing;
bases a state would open fire on are no bases it would open; a group's word taken into a
body's mention (joined G7 leaders, withdrew from the UN mission) or a thing after its
possessive (the EU's Erasmus scheme) is no accession to the body nor exit from it; troops
pulled out of an area a pact covers leave no pact; a capital listed as its state's alias too
(Beijing) names a document as other capitals do (the Beijing accord); a response promised
with measures to a state's act is aimed at that state, not at the sayer; deals a pair
announced it had cancelled are no agreement; a body a state applied to join is not joined;
debts owed to a state are owed to the creditor. Each
over-reach has its control, the rule's own construction still read.
"""

from __future__ import annotations

import pytest

from tests.coder.test_en_batch20 import test_constructions_of_the_thirteenth_batch as _check

# Each case: why, the story, the events that must be found, and the (source, root, target)
# that must not be (the date and code of a found event as in ``coded``).
CASES = [
    ("visa-free entry scrapped is a restriction, no easing",
     "LONDON, June 9 (Dipwatch) - Britain said it would scrap visa-free entry for Colombian "
     "travellers.",
     [], [("GBR", "03", "COL")]),
    ("a visa waiver scrapped is a restriction, no easing",
     "WASHINGTON, June 9 (Dipwatch) - The United States will scrap the visa waiver for "
     "Hungarian citizens.",
     [], [("USA", "03", "HUN")]),
    ("control: visa requirements waived",
     "TOKYO, June 9 (Dipwatch) - Japan will waive visa requirements for Chinese tourists.",
     [("JPN", "030", "CHN", "2023-06-09")], []),
    ("control: visa-free entry extended",
     "BEIJING, June 9 (Dipwatch) - China will extend visa-free entry for French travellers.",
     [("CHN", "030", "FRA", "2023-06-09")], []),
    ("bases fired on are no bases opened",
     "TEHRAN, June 9 (Dipwatch) - Iran said it would open fire on American bases in Iraq.",
     [], [("IRN", "03", "IRQ")]),
    ("control: a base to be built in a state",
     "PHNOM PENH, June 9 (Dipwatch) - China would build a naval base in Cambodia, officials "
     "said.",
     [("CHN", "030", "KHM", "2023-06-09")], []),
    ("a body's leaders joined are no accession",
     "TOKYO, June 9 (Dipwatch) - Kishida joined G7 leaders in Hiroshima.",
     [], [("JPN", "057", "GOS")]),
    ("a body's mission left is no exit from the body",
     "BEIJING, June 9 (Dipwatch) - Chinese peacekeepers withdrew from the UN mission in Mali.",
     [], [("CHN", "16", "UNO")]),
    ("a body's scheme left is no exit from the body",
     "LONDON, June 9 (Dipwatch) - Britain pulled out of the EU's Erasmus scheme.",
     [], [("GBR", "16", "EEC")]),
    ("control: a body with a capital last word left",
     "MANAGUA, June 9 (Dipwatch) - Nicaragua quit the Organization of American States.",
     [("NIC", "161", "OAS", "2023-06-09")], []),
    ("control: a membership of the body after its possessive",
     "HELSINKI, June 9 (Dipwatch) - Finland became NATO's newest member.",
     [("FIN", "057", "NAT", "2023-06-09")], []),
    ("control: a body's ranks joined",
     "HELSINKI, June 9 (Dipwatch) - Finland joined NATO's ranks in April.",
     [("FIN", "057", "NAT", "2023-04-01")], []),
    ("troops pulled out of an area a pact covers leave no pact",
     "MOSCOW, June 9 (Dipwatch) - Russia pulled its troops out of the area covered by the "
     "agreement with Turkey.",
     [], [("RUS", "16", "TUR")]),
    ("control: a state taken out of a pact with another",
     "WASHINGTON, June 9 (Dipwatch) - Trump pulled the United States out of the landmark "
     "nuclear deal with Iran.",
     [("USA", "160", "IRN", "2023-06-09")], []),
    ("a capital the table lists as an alias too names a document, no party",
     "WASHINGTON, June 9 (Dipwatch) - Britain praised the Beijing accord.",
     [], [("GBR", "05", "CHN")]),
    ("control: the same capital as its government",
     "WASHINGTON, June 9 (Dipwatch) - Britain praised Beijing for its restraint.",
     [("GBR", "051", "CHN", "2023-06-09")], []),
    ("a response with measures to a named state's act is aimed at that state",
     "BEIJING, June 9 (Dipwatch) - China said Japan would respond with countermeasures to the "
     "U.S. chip curbs.",
     [("JPN", "130", "USA", "2023-06-09")], [("JPN", "13", "CHN")]),
    ("deals a pair announced it had cancelled are no agreement",
     "PARIS, June 9 (Dipwatch) - China and France announced they had cancelled deals worth $10 "
     "billion.",
     [], [("CHN", "057", "FRA")]),
    ("control: deals a pair announced",
     "PARIS, June 9 (Dipwatch) - China and France announced deals worth $10 billion.",
     [("CHN", "057", "FRA", "2023-06-09")], []),
    ("a state that applied to join a body has not joined it",
     "KYIV, June 9 (Dipwatch) - Ukraine applied to join the EU.",
     [], [("UKR", "057", "EEC")]),
    ("debts owed to a state are owed to the creditor, no aid to it",
     "LUSAKA, June 9 (Dipwatch) - Zambia cancelled debts owed to China.",
     [], [("ZMB", "0", "CHN")]),
    ("control: loans to a state written off",
     "ISLAMABAD, June 9 (Dipwatch) - China wrote off loans to Pakistan.",
     [("CHN", "071", "PAK", "2023-06-09")], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_review29(why: str, text: str, found: list, absent: list) -> None:
    _check(why, text, found, absent)  # (the same reading of found and absent events)
