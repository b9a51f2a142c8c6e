"""English constructions the fifteenth round's batch (en-d300…en-d307) showed, in wire
sentences of our own (none of the batch's): a call to come (said he would call, will phone) is
an intent, no call made; "called on X" with nothing asked after it is a courtesy call, a
contact, while "called on X … to" stays an appeal; a pair (the two leaders, X and Y) that
"spoke" or "talked", by phone or not, with no object, held a contact, while one speaker, or a
pair that spoke to reporters, held none; a subordinate clause whose own subject names no actor
(after analysts warned) is no act of the sentence's subject; "take all actions necessary" is
the menace "necessary measures" is; a reaction to "the action against" a state is aimed at
the one who acted on it, not at the state acted on, and one to "any attack on" a state at no
one; an act in the complement of a negated verb of meaning (did not mean it recognised) is
not said to be done; a journey "for a summit of" a body goes to the dateline's place, not to
the body; a relative clause set off by commas tells an act of its own, not the one the main
clause tells of the same pair and root; "the two leaders" are the two people named before
them, not a state named among them as an object; the second side of an exchange ("while",
"in return") with no one named after its verb gives to the subject of the clause it answers.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks, _lacks_root

DAY = date(2024, 3, 14)  # a Thursday

# (why, text, what must hold of the events found)
CASES = [
    ("a call to come", "ROME, March 14 (Dipwatch) - Italian Prime Minister Giorgia Meloni said "
     "on Thursday she would call Japanese Prime Minister Fumio Kishida.",
     [_holds(("ITA", "036", "JPN", "2024-03-14")), _lacks_root("04")]),
    ("a call made (control)", "ROME, March 14 (Dipwatch) - Italian Prime Minister Giorgia Meloni called "
     "Japanese Prime Minister Fumio Kishida on Thursday.",
     [_holds(("ITA", "041", "JPN", "2024-03-14"))]),
    ("a courtesy call", "HANOI, March 14 (Dipwatch) - Australian Foreign Minister Penny Wong "
     "called on Vietnamese President Vo Van Thuong on Thursday.",
     [_holds(("AUS", "04", "VNM", "2024-03-14")), _lacks_root("02")]),
    ("a courtesy call, then a preposition 'to'", "HANOI, March 14 (Dipwatch) - Australian "
     "Foreign Minister Penny Wong called on Vietnamese President Vo Van Thuong on Thursday, "
     "according to a statement, during a two-day visit to Vietnam.",
     [_holds(("AUS", "04", "VNM", "2024-03-14")), _lacks_root("02")]),
    ("a state called on, no ask found (control)", "TOKYO, March 14 (Dipwatch) - Japan called on "
     "China over the detention of a Japanese citizen.", [_holds(("JPN", "02", "CHN", "2024-03-14"))]),
    ("an appeal held off by a time (control)", "HANOI, March 14 (Dipwatch) - Australia called on Vietnam "
     "on Thursday to release the detained journalists.",
     [_holds(("AUS", "02", "VNM", "2024-03-14")), _lacks_root("04")]),
    ("a pair that spoke by phone, in an after clause", "PARIS, March 14 (Dipwatch) - French "
     "President Emmanuel Macron met Brazilian President Luiz Inacio Lula da Silva in Paris on "
     "Friday. Macron said he would visit Brazil in the spring, after the two leaders spoke by "
     "phone on Thursday.", [_holds(("FRA", "041", "BRA", "2024-03-14"))]),
    ("an anaphoric pair that spoke", "PARIS, March 14 (Dipwatch) - French President Emmanuel "
     "Macron met German Chancellor Olaf Scholz in Berlin on Friday. The two leaders spoke by "
     "phone again on Thursday.", [_holds(("FRA", "04", "DEU", "2024-03-14"))]),
    ("a named pair that last spoke", "PARIS, March 14 (Dipwatch) - Macron and Scholz last spoke "
     "on March 1, the Elysee said.", [_holds(("FRA", "04", "DEU", "2024-03-01"))]),
    ("one speaker (control)", "PARIS, March 14 (Dipwatch) - French President Emmanuel Macron met German "
     "Chancellor Olaf Scholz in Berlin on Friday. Macron spoke at a news conference on Thursday.",
     [_lacks(("FRA", "04", "DEU", "2024-03-14"))]),
    ("a pair that spoke to others (control)", "PARIS, March 14 (Dipwatch) - French President Emmanuel "
     "Macron and German Chancellor Olaf Scholz spoke to reporters on Thursday.",
     [_lacks_root("04")]),
    ("a pair that spoke of something, an adverb between (control)", "PARIS, March 14 "
     "(Dipwatch) - Macron met Scholz in Berlin in January. Both men spoke warmly of the "
     "relationship on Thursday.", [_lacks(("FRA", "04", "DEU", "2024-03-14"))]),
    ("a named pair that spoke via video link", "MOSCOW, March 14 (Dipwatch) - Russian President "
     "Vladimir Putin and Chinese President Xi Jinping spoke via video link on Thursday.",
     [_holds(("RUS", "041", "CHN", "2024-03-14"))]),
    ("a subordinate clause whose subject is the people named (control)", "SEOUL, March 14 "
     "(Dipwatch) - South Korea said it would expand trade with China when the ministers meet in "
     "Beijing next week.", [_holds(("KOR", "0", "CHN", "2024-03-14"))]),
    ("a pair that talks as a habit (control)", "PARIS, March 14 (Dipwatch) - Macron met Scholz "
     "in Berlin in January. The two leaders talk regularly, officials said.",
     [_lacks(("FRA", "04", "DEU", "2024-03-14"))]),
    ("a pair that spoke separately (control)", "PARIS, March 14 (Dipwatch) - French President "
     "Emmanuel Macron and German Chancellor Olaf Scholz spoke separately with reporters on "
     "Thursday.", [_lacks_root("04")]),
    ("a pair that will speak", "PARIS, March 14 (Dipwatch) - Macron met Scholz in Berlin in "
     "January. The two leaders will speak by phone on Friday.",
     [_holds(("FRA", "036", "DEU", "2024-03-14"))]),
    ("a subordinate clause of no actor", "MANILA, March 14 (Dipwatch) - The Philippines said on "
     "Thursday it would not change its policy towards China, after economists warned the "
     "dispute could hurt trade.", [_lacks_root("13")]),
    ("a subordinate clause whose subject names the parties again (control)", "HANOI, March 14 "
     "(Dipwatch) - China and Vietnam pledged to boost trade on Thursday after the delegations "
     "met in Hanoi.", [_holds(("CHN", "040", "VNM", "2024-03-14"))]),
    ("a subordinate clause whose subject counts the people named (control)", "BERLIN, March 14 "
     "(Dipwatch) - German Foreign Minister Annalena Baerbock urged Chinese Foreign Minister Wang "
     "Yi on Thursday to press Russia, as the two counterparts met in Berlin.",
     [_holds(("DEU", "04", "CHN", "2024-03-14"))]),
    ("'as well as' joins no clause (control)", "WASHINGTON, March 14 (Dipwatch) - The United "
     "States as well as its allies condemned North Korea's missile launch on Thursday.",
     [_holds(("USA", "111", "PRK", "2024-03-14"))]),
    ("necessary, after its noun", "SEOUL, March 14 (Dipwatch) - North Korea fired two missiles "
     "on Thursday. South Korea said it would take all steps necessary to defend itself.",
     [_holds(("KOR", "13", "PRK", "2024-03-14"))]),
    ("whatever steps are needed", "SEOUL, March 14 (Dipwatch) - North Korea fired two missiles "
     "on Thursday. South Korea said it would take whatever steps are needed to defend itself.",
     [_holds(("KOR", "13", "PRK", "2024-03-14"))]),
    ("steps necessary, taken (control)", "TOKYO, March 14 (Dipwatch) - Japan took all steps "
     "necessary to evacuate its nationals from Sudan.", [_lacks_root("13")]),
    ("the action against a state", "MANILA, March 14 (Dipwatch) - Chinese coast guard ships "
     "fired water cannon at a Philippine supply boat on Thursday. The Japanese ambassador "
     "condemned the \"dangerous action\" against the Philippine boat.",
     [_holds(("JPN", "111", "CHN", "2024-03-14")), _lacks(("JPN", "111", "PHL", "2024-03-14"))]),
    ("the action threatened is the threat's own (control)", "TAIPEI, March 14 (Dipwatch) - "
     "Japan held military drills on Thursday. China threatened punitive action against Taiwan.",
     [_holds(("CHN", "13", "TWN", "2024-03-14")), _lacks(("CHN", "13", "JPN", "2024-03-14"))]),
    ("an attack threatened", "TAIPEI, March 14 (Dipwatch) - Japan held military drills on "
     "Thursday. China threatened an attack on Taiwan.", [_holds(("CHN", "13", "TWN", "2024-03-14"))]),
    ("any attack on a state (control)", "TOKYO, March 14 (Dipwatch) - Japan opposed any attack on Iran on "
     "Thursday.", [_lacks_root("11")]),
    ("a negated verb of meaning", "JAKARTA, March 14 (Dipwatch) - Indonesia said on Thursday "
     "that the agreement did not mean it recognised China's claims.", [_lacks_root("054")]),
    ("a negated verb of meaning, an adverb between", "JAKARTA, March 14 (Dipwatch) - The visit "
     "does not necessarily mean Indonesia supports China's position.", [_lacks_root("05")]),
    ("a negated verb of meaning, contracted", "JAKARTA, March 14 (Dipwatch) - The visit doesn’t "
     "mean Indonesia supports China's position.", [_lacks_root("05")]),
    ("a journey for a gathering of a body", "BISHKEK, Kyrgyzstan, March 14 (Dipwatch) - "
     "Pakistani Prime Minister Shehbaz Sharif arrived on Wednesday for a meeting of the "
     "Shanghai Cooperation Organisation.", [_holds(("PAK", "042", "KGZ", "2024-03-13"))]),
    ("a journey for a gathering of a body, the dateline its seat (control)", "BRUSSELS, March 14 "
     "(Dipwatch) - Chinese Premier Li Qiang arrived on Wednesday for a meeting of European Union "
     "leaders.", [_holds(("CHN", "042", "EEC", "2024-03-13"))]),
    ("a journey for a session of a UN organ (control)", "NEW YORK, March 14 (Dipwatch) - Chinese "
     "Foreign Minister Wang Yi arrived on Wednesday for a meeting of the U.N. Security Council.",
     [_holds(("CHN", "042", "UNO", "2024-03-13")), _lacks(("CHN", "042", "USA", "2024-03-13"))]),
    ("a journey for talks with a partner (control)", "MOSCOW, March 14 (Dipwatch) - Pakistani "
     "Prime Minister Shehbaz Sharif arrived on Wednesday for talks with Russian President "
     "Vladimir Putin.", [_holds(("PAK", "042", "RUS", "2024-03-13"))]),
    ("a meeting in an aside beside a visit", "MOSCOW, March 14 (Dipwatch) - Indian Foreign "
     "Minister Subrahmanyam Jaishankar, who held talks with Russian Security Council Secretary "
     "Sergei Shoigu on Wednesday, arrived in Moscow on Thursday.",
     [_holds(("IND", "040", "RUS", "2024-03-13")), _holds(("IND", "042", "RUS", "2024-03-14"))]),
    ("a pair of people, not the state named among them", "PARIS, March 14 (Dipwatch) - French "
     "President Emmanuel Macron urged Chinese President Xi Jinping on Thursday to use his "
     "influence on Iran to halt its enrichment of uranium, as the two leaders met in Paris.",
     [_holds(("FRA", "04", "CHN", "2024-03-14")), _lacks(("CHN", "040", "IRN", "2024-03-14"))]),
    ("a pair of people, one named as a state", "BERLIN, March 14 (Dipwatch) - German Chancellor "
     "Olaf Scholz urged China on Thursday to press Russia to end the war, as the two leaders met "
     "in Beijing.", [_holds(("DEU", "040", "CHN", "2024-03-14")), _lacks(("CHN", "040", "RUS", "2024-03-14"))]),
    ("the other side of an exchange", "HANOI, March 14 (Dipwatch) - Vietnam agreed on "
     "Thursday to buy more Chinese rice while China pledged to build a railway.",
     [_holds(("VNM", "03", "CHN", "2024-03-14")), _holds(("CHN", "03", "VNM", "2024-03-14"))]),
    ("a contrast, not an exchange (control)", "TOKYO, March 14 (Dipwatch) - Japan criticised "
     "the move, while China promised to cooperate with the investigation.",
     [_lacks(("CHN", "03", "JPN", "2024-03-14"))]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), CASES)
def test_batch15_construction(why, text, checks):
    found = coded(text, DAY)
    assert all(check(found) for check in checks), (why, found)
