"""English acts, intents and reported judgements whose verb frame no rule read, in wire
sentences of our own (none of a gold article's): a judgement whose modal is parted from its
copula by an adverb (would "definitely" be a threat to), or whose word of blame is "egregious" or
"manipulation"; an accusation told by a hostile adverb (had "blatantly" created) or by conduct
(continued to behave aggressively); readiness voiced for more trade, a future easing of visas, a
stationing of forces in a state, a debt written off; a response promised with measures or
depending on a state's acts; a journey "due in" a state; a state struck off a list of trusted
partners; a state joining, becoming a member of or leaving a body, or suspended from one.
"""

from __future__ import annotations

import pytest

from tests.coder.test_en_batch20 import test_constructions_of_the_thirteenth_batch as _check

# Each case: why, the story, the events that must be found, and the (source, root, target)
# that must not be (the date and code of a found event as in ``coded``).
CASES = [
    ("a judgement whose modal an adverb parts from its copula",
     "MOSCOW, June 9 (Dipwatch) - Russia said Norway's new base would certainly be a threat to "
     "its security.",
     [("RUS", "111", "NOR", "2023-06-09")], []),
    ("control: the same judgement negated",
     "MOSCOW, June 9 (Dipwatch) - Russia said Norway's new base would certainly not be a threat "
     "to its security.",
     [], [("RUS", "11", "NOR")]),
    ("a word of blame: egregious",
     "BEIJING, June 9 (Dipwatch) - China told Canada's ambassador that the Canadian request was "
     "\"extremely egregious\".",
     [("CHN", "111", "CAN", "2023-06-09")], []),
    ("a word of blame: manipulation, after its adjective",
     "BEIJING, June 9 (Dipwatch) - China said the Japanese proposal was \"political "
     "manipulation\".",
     [("CHN", "111", "JPN", "2023-06-09")], []),
    ("control: manipulation denied",
     "BEIJING, June 9 (Dipwatch) - China said the Japanese proposal was not \"political "
     "manipulation\".",
     [], [("CHN", "11", "JPN")]),
    ("an accusation told by a hostile adverb",
     "MANILA, June 9 (Dipwatch) - The Philippines said Vietnam had \"brazenly\" moved its "
     "markers.",
     [("PHL", "112", "VNM", "2023-06-09")], []),
    ("an accusation told by conduct",
     "TOKYO, June 9 (Dipwatch) - Kishida told reporters that Russia continued to behave "
     "aggressively near Hokkaido.",
     [("JPN", "112", "RUS", "2023-06-09")], []),
    ("readiness for more trade with a state",
     "HANOI, June 9 (Dipwatch) - Vietnam's trade minister said Vietnam was ready to boost trade "
     "with Chile.",
     [("VNM", "031", "CHL", "2023-06-09")], []),
    ("control: readiness refused",
     "HANOI, June 9 (Dipwatch) - Vietnam said it was not willing to expand trade with Chile.",
     [], [("VNM", "03", "CHL")]),
    ("visas to be eased for a state's people",
     "SEOUL, June 9 (Dipwatch) - South Korea said it would ease visa rules for Indian tourists.",
     [("KOR", "030", "IND", "2023-06-09")], []),
    ("control: visas tightened",
     "SEOUL, June 9 (Dipwatch) - South Korea said it would tighten visa rules for Indian "
     "tourists.",
     [], [("KOR", "03", "IND")]),
    ("forces to be stationed in a state, the forces and the state one actor phrase",
     "BERLIN, June 9 (Dipwatch) - Germany said it would station troops in Lithuania.",
     [("DEU", "030", "LTU", "2023-06-09")], []),
    ("weapons to be stationed in a state, another state named after",
     "MOSCOW, June 9 (Dipwatch) - Russia said it would station nuclear weapons in Belarus, "
     "angering the United States.",
     [("RUS", "030", "BLR", "2023-06-09")], [("RUS", "03", "USA")]),
    ("control: forces stationed near a state",
     "BERLIN, June 9 (Dipwatch) - Germany said it would station troops near Russia.",
     [], [("DEU", "03", "RUS")]),
    ("a debt to be written off",
     "BEIJING, June 9 (Dipwatch) - China said it would write off $30 million of Laos's debt.",
     [("CHN", "0331", "LAO", "2023-06-09")], [("CHN", "05", "LAO")]),
    ("a debt forgiven is aid, not forgiveness of the state",
     "TOKYO, June 9 (Dipwatch) - Japan forgave Laos's debt on Friday.",
     [("JPN", "071", "LAO", "2023-06-09")], [("JPN", "05", "LAO")]),
    ("a response promised with measures, aimed at the story's doer",
     "BEIJING, June 9 (Dipwatch) - The United States imposed tariffs on Chinese steel on "
     "Friday. China said it would respond with \"comprehensive measures\".",
     [("CHN", "130", "USA", "2023-06-09")], []),
    ("a response depending on a state's acts",
     "BEIJING, June 9 (Dipwatch) - China said it would respond further depending on Canada's "
     "actions.",
     [("CHN", "130", "CAN", "2023-06-09")], []),
    ("a journey due in a state, dated when it is told",
     "BEIJING, June 9 (Dipwatch) - Chinese Foreign Minister Wang Yi is due in Thailand on "
     "Thursday for a meeting.",
     [("CHN", "036", "THA", "2023-06-09")], []),
    ("a state to be dropped from a list of trusted partners",
     "SEOUL, June 9 (Dipwatch) - Seoul said it would drop Japan from its list of trusted "
     "trading partners.",
     [("KOR", "1312", "JPN", "2023-06-09")], []),
    ("a state removed from a white list",
     "TOKYO, June 9 (Dipwatch) - Japan removed South Korea from its white list of trusted "
     "trading partners on Friday.",
     [("JPN", "163", "KOR", "2023-06-09")], []),
    ("control: a state removed from a blacklist",
     "WASHINGTON, June 9 (Dipwatch) - The United States removed Cuba from its list of state "
     "sponsors of terrorism.",
     [], [("USA", "16", "CUB")]),
    ("a state joining an alliance",
     "HELSINKI, June 9 (Dipwatch) - Finland joined NATO last April.",
     [("FIN", "057", "NAT", "2023-04-01")], []),
    ("a state become a member, the body's possessive",
     "STOCKHOLM, June 9 (Dipwatch) - Sweden became NATO's 32nd member on Thursday.",
     [("SWE", "057", "NAT", "2023-06-08")], []),
    ("a state leaving a union",
     "LONDON, June 9 (Dipwatch) - Britain left the European Union in 2020.",
     [("GBR", "161", "EEC", "2020-01-01")], []),
    ("control: a state joined in an act",
     "TOKYO, June 9 (Dipwatch) - Japan joined the United States in criticising the launch.",
     [], [("JPN", "05", "USA")]),
    ("control: a meeting of the body joined",
     "NEW DELHI, June 9 (Dipwatch) - Modi joined the ASEAN summit on Friday.",
     [], [("IND", "05", "ASN")]),
    ("control: a capital left",
     "PARIS, June 9 (Dipwatch) - Macron left Beijing on Friday.",
     [], [("FRA", "16", "CHN")]),
    ("a member suspended from a body",
     "ADDIS ABABA, June 9 (Dipwatch) - The African Union suspended Niger from the bloc on "
     "Tuesday.",
     [("OAU", "163", "NER", "2023-06-06")], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_verb_frames(why: str, text: str, found: list, absent: list) -> None:
    _check(why, text, found, absent)  # (the same reading of found and absent events)
