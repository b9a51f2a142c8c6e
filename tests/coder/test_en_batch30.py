"""Constructions the twentieth English batch (en-d392…en-d401, coder-en31's section of
eval/README.md) showed, in wire sentences of our own (none of the batch's): a team whose head
noun is a helper (rescuers, a medical team) arriving in a state is aid, no visit; an offer
accepted is no pledge of the taker's; a time that is itself a possessor (last week's attacks,
Monday's earthquake) is its noun's time, not the clause's; a state's name inside a sea's (the
Sea of Japan) is a place; a case submitted against a state to a tribunal is a legal case, and a
warning defied is no state defied; an object "it" is never its own verb's subject (Washington
and Tokyo condemned it): it is the act of the sentence right before, aimed at that act's doer; a
protest lodged with no addressee is aimed at the doer of the act told; an apology refused is no
rejection; a pair that ends a list of destinations (will travel to Japan, South Korea and China
to discuss) is no pair meeting; "the two leaders" of a dated contact act on its day; troops
sent "into" a state are force; "the move" after a dated act no rule coded is that act; "it"
after a joined clause whose act no rule coded is that clause's doer's; a reaction to a kind of
act none was coded of is aimed at the lead's doer; aid with no recipient goes where aid went.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("a helper team's arrival: aid, no visit",
     "BEIJING, March 10 (Dipwatch) - A team of 40 Turkish rescuers arrived in Beijing on "
     "Tuesday. A Russian medical team landed in Shanghai on Wednesday.",
     [("TUR", "073", "CHN", "2021-03-09"), ("RUS", "073", "CHN", "2021-03-10")],
     [("TUR", "04", "CHN"), ("RUS", "04", "CHN")]),
    ("control: a minister's arrival stays a visit",
     "BEIJING, March 10 (Dipwatch) - The Turkish foreign minister arrived in Beijing on "
     "Wednesday.",
     [("TUR", "04", "CHN", "2021-03-10")], [("TUR", "07", "CHN")]),
    ("an offer accepted is no pledge of the taker's",
     "ANKARA, March 10 (Dipwatch) - Turkey said on Tuesday it had accepted offers of rescue "
     "teams from Greece, Israel and Japan. Iran accepted an offer of help from Qatar.",
     [], [("TUR", "03", "GRC"), ("TUR", "03", "ISR"), ("TUR", "03", "JPN"),
          ("IRN", "03", "QAT")]),
    ("control: a plan accepted is still coded",
     "ANKARA, March 10 (Dipwatch) - Turkey agreed on Wednesday to help Greece.",
     [("TUR", "03", "GRC", "2021-03-10")], []),
    ("a time that is a possessor dates its noun, not the clause's act",
     "NEW DELHI, March 10 (Dipwatch) - India summoned Pakistan's envoy on Monday and told him "
     "that Pakistan must act against those responsible for last week's attacks.",
     [("IND", "114", "PAK", "2021-03-08"), ("IND", "10", "PAK", "2021-03-08")], []),
    ("a state's name inside a sea's: a place",
     "SEOUL, March 10 (Dipwatch) - North Korea fired two missiles into the Sea of Japan on "
     "Tuesday.",
     [], [("PRK", "15", "JPN"), ("PRK", "19", "JPN")]),
    ("a case submitted against a state to a tribunal; a warning defied is no state defied",
     "HANOI, March 10 (Dipwatch) - Vietnam submitted its case against China's claims to an "
     "arbitral tribunal on Tuesday, defying warnings from Beijing.",
     [("VNM", "115", "CHN", "2021-03-09")], [("VNM", "12", "CHN")]),
    ("control: the state itself defied",
     "MOSCOW, March 10 (Dipwatch) - Russia defied Washington on Wednesday.",
     [("RUS", "128", "USA", "2021-03-10")], []),
    ("an object it is no subject of its verb: the act told right before",
     "SEOUL, March 10 (Dipwatch) - The Security Council imposed sanctions on Syria on Tuesday. "
     "North Korea said on Monday it had tested a missile. Washington, Tokyo and Beijing "
     "condemned it the same day.",
     [("USA", "111", "PRK", "2021-03-08"), ("JPN", "111", "PRK", "2021-03-08"),
      ("CHN", "111", "PRK", "2021-03-08")], [("USA", "11", "UNO"), ("USA", "11", "SYR")]),
    ("the same, one subject and a coded act before",
     "KYIV, March 10 (Dipwatch) - Russia annexed two regions of Ukraine on Monday. Germany "
     "condemned it the same day.",
     [("DEU", "111", "RUS", "2021-03-08")], []),
    ("a protest lodged with no addressee: at the doer of the act told before it",
     "MANILA, March 10 (Dipwatch) - Vietnam sued China on Tuesday. Chinese ships had rammed a "
     "Vietnamese boat on March 1, and Hanoi lodged a protest two days later.",
     [("VNM", "114", "CHN", "2021-03-03")], []),
    ("control: a protest lodged with its addressee",
     "HANOI, March 10 (Dipwatch) - Vietnam lodged a protest with Japan on Tuesday.",
     [("VNM", "114", "JPN", "2021-03-09")], [("VNM", "114", "CHN")]),
    ("an apology refused is no rejection",
     "TOKYO, March 10 (Dipwatch) - Japan demanded an apology from China on Tuesday. Beijing "
     "would not apologise.",
     [("JPN", "10", "CHN", "2021-03-09")], [("CHN", "12", "JPN")]),
    ("control: a treaty refused is a rejection",
     "ISLAMABAD, March 10 (Dipwatch) - Pakistan would not sign the treaty with India, its "
     "foreign minister said on Wednesday.",
     [("PAK", "12", "IND", "2021-03-10")], []),
    ("a pair that ends a list of destinations is no pair meeting",
     "WASHINGTON, March 10 (Dipwatch) - The U.S. secretary of state will travel to Japan, South "
     "Korea and China next week to discuss the sanctions.",
     [("USA", "036", "CHN", "2021-03-10")], [("JPN", "04", "CHN"), ("KOR", "04", "CHN")]),
    ("control: a subject pair that meets to discuss",
     "PARIS, March 10 (Dipwatch) - France and Germany met on Wednesday to discuss trade.",
     [("FRA", "04", "DEU", "2021-03-10")], []),
    ("the two leaders of a dated contact act on its day, not the lead's",
     "TOKYO, March 10 (Dipwatch) - Chinese Premier Li Qiang addressed Japan's parliament on "
     "Wednesday. Li, who arrived in Tokyo on Monday, held talks with Prime Minister Fumio "
     "Kishida later that day. The two leaders agreed to expand trade.",
     [("CHN", "03", "JPN", "2021-03-08")], []),
    ("troops sent into a state: force",
     "DAMASCUS, March 10 (Dipwatch) - Turkey sent tanks into Syria on Tuesday.",
     [("TUR", "190", "SYR", "2021-03-09")], []),
    ("control: troops sent to a state for drills",
     "MINSK, March 10 (Dipwatch) - Russia sent troops to Belarus for drills on Tuesday.",
     [], [("RUS", "19", "BLR")]),
    ("the move after a dated act no rule coded: that act's doer, not the lead's party",
     "TBILISI, March 10 (Dipwatch) - Georgia cut ties with Russia on Wednesday. Russian "
     "President Vladimir Putin recognised the two regions as independent states on Tuesday. "
     "The United States and the European Union condemned the move the same day.",
     [("USA", "111", "RUS", "2021-03-09"), ("EEC", "111", "RUS", "2021-03-09")],
     [("USA", "11", "GEO"), ("EEC", "11", "GEO")]),
    ("control: the decision after an undated sentence is the lead's",
     "JERUSALEM, March 10 (Dipwatch) - Brazil recognised Jerusalem as Israel's capital on "
     "Wednesday. The Palestinian president said Brazil had lost its credibility. Britain "
     "disagreed with the decision.",
     [("GBR", "11", "BRA", "2021-03-10")], [("GBR", "11", "PSE")]),
    ("it after a joined clause whose act no rule coded: that clause's doer",
     "TOKYO, March 10 (Dipwatch) - The Japanese defence minister visited the disputed islands "
     "on Wednesday, and China and South Korea criticised it within hours.",
     [("CHN", "111", "JPN", "2021-03-10"), ("KOR", "111", "JPN", "2021-03-10")], []),
    ("control: a list read across the join has no doer of the reaction",
     "SEOUL, March 10 (Dipwatch) - Japan and India said on Wednesday they would hold drills to "
     "deter North Korea, and China and Russia criticised it.",
     [], [("PRK", "11", "JPN"), ("PRK", "11", "IND")]),
    ("a reaction to a kind of act none was coded of: the lead's doer, not a reactor's",
     "TOKYO, March 10 (Dipwatch) - The Japanese defence minister visited the disputed islands "
     "on Wednesday, and China condemned the visit. Canada said it was disappointed by the "
     "visit.",
     [("CAN", "111", "JPN", "2021-03-10")], [("CAN", "11", "CHN")]),
    ("aid with no recipient goes where the aid told before went",
     "PORT-AU-PRINCE, March 10 (Dipwatch) - A Mexican rescue team landed in Haiti on "
     "Wednesday. The U.S. president promised $50 million in aid. Chile and Peru also sent "
     "rescue teams.",
     [("USA", "033", "HTI", "2021-03-10"), ("CHL", "073", "HTI", "2021-03-10"),
      ("PER", "073", "HTI", "2021-03-10")], [("USA", "03", "MEX")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_constructions_of_the_twentieth_batch(
    why: str, text: str, found: list, absent: list
) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
