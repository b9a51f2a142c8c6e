"""English acts, intents and reported judgements whose verb frame no rule read, in wire
sentences of our own (none of a gold article's): a judgement whose modal is parted from its
copula by an adverb (would "definitely" be a threat to), or whose word of blame is "egregious" or
"manipulation"; an accusation told by a hostile adverb (had "blatantly" created) or by conduct
(continued to behave aggressively); readiness voiced for more trade, a future easing of visas, a
stationing of forces in a state, a debt written off; a response promised with measures or
depending on a state's acts, or pressure kept until a state changes course; a journey "due in" a
state; an invitation accepted to attend a meeting in a state; a state struck off a list of
trusted partners; a state joining, becoming a member of or leaving a body, or suspended from one;
a pact with another state left, projects a state backs cancelled; a signing overseen by a pair,
deals announced by it, a framework reached, its relationship reaffirmed in its second verb
phrase; a guest's visit looked forward to; an error or wrong course ascribed to a state (had made
a grave mistake, risked heading down the wrong path), an act called an excuse, reports said to
violate rules.
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
    ("control: a response of relief for its own side",
     "TOKYO, June 9 (Dipwatch) - The United States raised tariffs on Japanese cars on Thursday. "
     "Japan said it would respond with relief measures for its exporters.",
     [], [("JPN", "13", "USA")]),
    ("a response depending on a state's acts",
     "BEIJING, June 9 (Dipwatch) - China said it would respond further depending on Canada's "
     "actions.",
     [("CHN", "130", "CAN", "2023-06-09")], []),
    ("pressure kept on a state until it changes course",
     "TOKYO, June 9 (Dipwatch) - Japan said it would keep its curbs on Korean chemicals until "
     "Seoul changed course.",
     [("JPN", "130", "KOR", "2023-06-09")], []),
    ("control: pressure kept until a time, no state to change",
     "TOKYO, June 9 (Dipwatch) - Japan said it would keep its curbs on Korean chemicals until "
     "the review ends.",
     [], [("JPN", "13", "KOR")]),
    ("a journey due in a state, dated when it is told",
     "BEIJING, June 9 (Dipwatch) - Chinese Foreign Minister Wang Yi is due in Thailand on "
     "Thursday for a meeting.",
     [("CHN", "036", "THA", "2023-06-09")], []),
    ("an invitation accepted to attend a forum's summit in a state: a visit to its host",
     "NEW DELHI, June 9 (Dipwatch) - Indian Prime Minister Narendra Modi accepted an invitation "
     "to attend a summit of the Shanghai Cooperation Organisation in Kazakhstan.",
     [("IND", "036", "KAZ", "2023-06-09")], []),
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
     "LONDON, June 9 (Dipwatch) - Britain quit the European Union in 2020.",
     [("GBR", "161", "EEC", "2020-01-01")], []),
    ("control: a state joined in an act",
     "TOKYO, June 9 (Dipwatch) - Japan joined the United States in criticising the launch.",
     [], [("JPN", "05", "USA")]),
    ("control: a meeting of the body joined",
     "HELSINKI, June 9 (Dipwatch) - Finland joined NATO's summit in Vilnius.",
     [], [("FIN", "05", "NAT")]),
    ("control: a statement of the body joined",
     "TOKYO, June 9 (Dipwatch) - Japan joined the EU statement on Friday.",
     [], [("JPN", "05", "EEC")]),
    ("control: a capital quit",
     "PARIS, June 9 (Dipwatch) - Macron quit Beijing on Friday.",
     [], [("FRA", "16", "CHN")]),
    ("control: a body's debate joined",
     "NEW YORK, June 9 (Dipwatch) - Brazil joined the U.N. General Assembly debate on Friday.",
     [], [("BRA", "05", "UNO")]),
    ("a member suspended from a body",
     "ADDIS ABABA, June 9 (Dipwatch) - The African Union suspended Niger from the bloc on "
     "Tuesday.",
     [("OAU", "163", "NER", "2023-06-06")], []),
    ("a leader taking his state out of a pact with another",
     "WASHINGTON, June 9 (Dipwatch) - U.S. President Joe Biden pulled the United States out of "
     "the arms treaty with Russia on Friday.",
     [("USA", "160", "RUS", "2023-06-09")], []),
    ("projects a state backs, cancelled",
     "NAIROBI, June 9 (Dipwatch) - Kenya has cancelled two road projects financed by Japan.",
     [("KEN", "160", "JPN", "2023-06-09")], []),
    ("control: a project cancelled with no state behind it",
     "NEW DELHI, June 9 (Dipwatch) - India cancelled a railway project with its own funds.",
     [], [("IND", "16", "")]),
    ("a signing overseen by both leaders",
     "PARIS, June 9 (Dipwatch) - Macron and Modi oversaw the signing of defence contracts on "
     "Friday.",
     [("FRA", "057", "IND", "2023-06-09")], []),
    ("a signing watched by a pair",
     "TOKYO, June 9 (Dipwatch) - Kishida met Albanese on Friday. The two leaders watched the "
     "signing of five agreements.",
     [("JPN", "057", "AUS", "2023-06-09")], []),
    ("control: a signing watched by one party alone",
     "HANOI, June 9 (Dipwatch) - Biden met Vietnam's president on Friday and watched the signing "
     "of aircraft deals with Vietnamese airlines.",
     [], [("USA", "05", "VNM")]),
    ("control: a signing no object of the watching",
     "MOSCOW, June 9 (Dipwatch) - Xi and Putin watched a parade before the signing.",
     [], [("CHN", "05", "RUS")]),
    ("deals announced by a pair",
     "BEIJING, June 9 (Dipwatch) - Lula visited Beijing on Friday and the two sides announced "
     "$10 billion in investment deals.",
     [("BRA", "057", "CHN", "2023-06-09")], []),
    ("a framework reached by a pair",
     "TOKYO, June 9 (Dipwatch) - Japan and India reached a framework on tariffs on Friday.",
     [("JPN", "057", "IND", "2023-06-09")], []),
    ("a framework agreed with a partner is an agreement, no bare intent",
     "TOKYO, June 9 (Dipwatch) - Japan agreed on a framework for tariff cuts with India on "
     "Friday.",
     [("JPN", "057", "IND", "2023-06-09")], [("JPN", "03", "IND")]),
    ("a pair's second verb phrase reaffirming its relationship",
     "JAKARTA, June 9 (Dipwatch) - The Indonesian and Australian leaders met on Friday on the "
     "sidelines of a summit and reaffirmed their \"comprehensive strategic partnership\".",
     [("IDN", "030", "AUS", "2023-06-09")], []),
    ("the guest's visit looked forward to by the host",
     "MOSCOW, June 9 (Dipwatch) - Putin said he looked forward to a visit by Indian Prime "
     "Minister Narendra Modi.",
     [("RUS", "036", "IND", "2023-06-09")], []),
    ("an error ascribed to a state",
     "SEOUL, June 9 (Dipwatch) - South Korea's president said on Friday that Japan had made a "
     "grave mistake.",
     [("KOR", "111", "JPN", "2023-06-09")], []),
    ("control: no error, negated",
     "SEOUL, June 9 (Dipwatch) - South Korea's president said Japan had not made a mistake.",
     [], [("KOR", "11", "JPN")]),
    ("a wrong course ascribed to a state's policy",
     "BEIJING, June 9 (Dipwatch) - Chinese Foreign Minister Wang Yi told his Australian "
     "counterpart that Canberra's policy risked heading further down the wrong path.",
     [("CHN", "111", "AUS", "2023-06-09")], []),
    ("an act of the story called an excuse",
     "BEIJING, June 9 (Dipwatch) - Canada imposed tariffs on Chinese steel on Thursday. A "
     "Chinese foreign ministry spokesman said on Friday that overcapacity was a \"flimsy "
     "excuse\" for the tariffs.",
     [("CHN", "111", "CAN", "2023-06-09")], []),
    ("reports said to violate rules, aimed at the story's doer",
     "NEW DELHI, June 9 (Dipwatch) - Britain criticised India's ban on a BBC documentary on "
     "Tuesday. India's broadcasting ministry said on Friday that the BBC's reports on India had "
     "violated its rules.",
     [("IND", "111", "GBR", "2023-06-09")], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_verb_frames(why: str, text: str, found: list, absent: list) -> None:
    _check(why, text, found, absent)  # (the same reading of found and absent events)
