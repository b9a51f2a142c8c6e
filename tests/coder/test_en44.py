"""English faults the sixteenth round left (coder-en44's section of eval/README.md), in wire
sentences of our own: an act a third party only expects is no act; the sayer's waters entered
or its people captured, told by the sayer, is its accusation of the doer; an order awarded to
another state's leader is praise of him (to a private citizen, none); ground broken by two
states on a project is their cooperation, military when the project is; readiness to settle
a dispute with another is an intent; a departure in the past with its day before the
destination (left on Friday for Beijing) is the visit begun that day; force on the doer's own
site is no attack; an undated pluperfect in the story's narration, no sayer, is background; a
called object given an adjective and a noun of blame ("a serious provocation") is judged; a
death in an accident or a disaster has no doer; soldiers captured are taken into custody
by a state (abducted by a doer that is no state), not land occupied; an act in an infinitive after expects is not done; a letter received is no guest hosted; talks between two others that a third offers, plans or
proposes are not held.
"""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("observers expect an act: a guess, none",
     "MOSCOW, March 10 (Dipwatch) - Observers expect China to mediate between Russia and "
     "Ukraine.",
     [], [("CHN", "04", "RUS"), ("CHN", "04", "UKR")]),
    ("analysts predict an act with will: a guess, none",
     "NEW DELHI, March 10 (Dipwatch) - Analysts predict Beijing will send troops to the border "
     "with India.",
     [], [("CHN", "1", "IND")]),
    ("analysts tell a done act: still read",
     "OTTAWA, March 10 (Dipwatch) - Analysts said China expelled two Canadian diplomats on "
     "Tuesday.",
     [("CHN", "166", "CAN", "2021-03-09")], []),
    ("the state offers to mediate: still read",
     "MOSCOW, March 10 (Dipwatch) - China offered on Tuesday to mediate between Russia and "
     "Ukraine.",
     [("CHN", "039", "RUS", "2021-03-09")], []),
    ("entered its waters, told by the sayer: an accusation",
     "JAKARTA, March 10 (Dipwatch) - Indonesia said on Tuesday Chinese coast guard ships had "
     "entered its waters without permission.",
     [("IDN", "112", "CHN", "2021-03-09")], []),
    ("entered its exclusive economic zone, denied: none",
     "HANOI, March 10 (Dipwatch) - Vietnam said on Tuesday Chinese ships had not entered its "
     "exclusive economic zone.",
     [], [("VNM", "112", "CHN")]),
    ("entered its port for repairs: no intrusion",
     "JAKARTA, March 10 (Dipwatch) - Indonesia said on Tuesday Chinese ships had entered its "
     "port for repairs.",
     [], [("IDN", "112", "CHN")]),
    ("captured two of its soldiers, told by the sayer: an accusation",
     "KYIV, March 10 (Dipwatch) - Ukraine said on Tuesday Russian forces had captured two of "
     "its soldiers.",
     [("UKR", "112", "RUS", "2021-03-09")], []),
    ("captured two of their own deserters: the doer's own, none",
     "KYIV, March 10 (Dipwatch) - Ukraine said on Tuesday Russian forces had captured two of "
     "their own deserters.",
     [], [("UKR", "112", "RUS")]),
    ("an order awarded to a leader, him after the verb: praise",
     "ASTANA, March 10 (Dipwatch) - Kazakh President Tokayev on Tuesday awarded Xi Jinping the "
     "Order of the Golden Eagle.",
     [("KAZ", "051", "CHN", "2021-03-09")], []),
    ("an order conferred on a leader: praise",
     "MOSCOW, March 10 (Dipwatch) - Putin on Tuesday conferred the Order of Friendship on Xi "
     "Jinping.",
     [("RUS", "051", "CHN", "2021-03-09")], []),
    ("an order awarded to a foreign engineer: no praise of his state",
     "ASTANA, March 10 (Dipwatch) - Tokayev awarded the Order of Friendship to a Chinese "
     "engineer on Tuesday.",
     [], [("KAZ", "051", "CHN")]),
    ("a contract awarded: no honour",
     "MOSCOW, March 10 (Dipwatch) - Russia on Tuesday awarded China a contract to build a "
     "bridge.",
     [], [("RUS", "051", "CHN")]),
    ("ground broken together on a railway: economic cooperation",
     "VIENTIANE, March 10 (Dipwatch) - China and Laos broke ground on a new railway on Tuesday.",
     [("CHN", "061", "LAO", "2021-03-09")], []),
    ("ground broken together on a naval base: military cooperation",
     "PHNOM PENH, March 10 (Dipwatch) - Cambodia and China broke ground on Tuesday on an "
     "upgrade of Cambodia's Ream naval base.",
     [("KHM", "062", "CHN", "2021-03-09")], [("KHM", "061", "CHN")]),
    ("ground to be broken: an intent",
     "VIENTIANE, March 10 (Dipwatch) - China and Laos will break ground next month on a new "
     "railway.",
     [("CHN", "031", "LAO", "2021-03-10")], [("CHN", "061", "LAO")]),
    ("ground broken by one state alone: none",
     "BANGKOK, March 10 (Dipwatch) - Thailand broke ground on a high-speed railway built with "
     "Chinese loans on Tuesday.",
     [], [("THA", "06", "CHN")]),
    ("willing to handle the dispute properly with another: an intent",
     "JAKARTA, March 10 (Dipwatch) - Geng Shuang said on Tuesday China was willing to handle "
     "the dispute properly with Indonesia.",
     [("CHN", "030", "IDN", "2021-03-09")], []),
    ("not willing to handle the issue: none",
     "TOKYO, March 10 (Dipwatch) - China said on Tuesday it was not willing to handle the "
     "issue with Japan.",
     [], [("CHN", "030", "JPN")]),
    ("resolve the dispute with the help of a third: no partner",
     "HANOI, March 10 (Dipwatch) - China said on Tuesday it was willing to resolve the dispute "
     "with the help of Russia.",
     [], [("CHN", "030", "RUS")]),
    ("left on Friday for Beijing: the visit begun on Friday",
     "WASHINGTON, March 10 (Dipwatch) - Blinken left on Friday for Beijing.",
     [("USA", "042", "CHN", "2021-03-05")], []),
    ("left Beijing on Sunday for Washington: a place left, no visit read",
     "JAKARTA, March 10 (Dipwatch) - Prabowo left Beijing on Sunday for Washington.",
     [], [("IDN", "042", "USA")]),
    ("left on Sunday for home: none",
     "WASHINGTON, March 10 (Dipwatch) - Biden left on Sunday for Washington after the summit "
     "in Beijing.",
     [], [("USA", "042", "USA"), ("USA", "042", "CHN")]),
    ("an undated pluperfect in narration: background",
     "OTTAWA, March 10 (Dipwatch) - China had expelled two Canadian diplomats.",
     [], [("CHN", "166", "CAN")]),
    ("an undated pluperfect protest: background",
     "TOKYO, March 10 (Dipwatch) - Beijing had already protested to Tokyo.",
     [], [("CHN", "114", "JPN")]),
    ("a pluperfect with its own day: dated, read",
     "TOKYO, March 10 (Dipwatch) - Japan had summoned the Chinese ambassador on Monday.",
     [("JPN", "114", "CHN", "2021-03-08")], []),
    ("a pluperfect a sayer tells: the day's account, read",
     "BEIJING, March 10 (Dipwatch) - Wang Yi said on Tuesday he had met Blinken in Munich.",
     [("CHN", "040", "USA", "2021-03-09")], []),
    ("a pluperfect with a sayer after it: read",
     "BEIJING, March 10 (Dipwatch) - Wang Yi had met Blinken in Munich, the ministry said.",
     [("CHN", "040", "USA", "2021-03-10")], []),
    ("called the move \"a serious provocation\": a judgement, no call",
     "BEIJING, March 10 (Dipwatch) - China on Tuesday called the U.S. move \"a serious "
     "provocation.\"",
     [("CHN", "111", "USA", "2021-03-09")], [("CHN", "041", "USA")]),
    ("called the envoy about the serious provocation: a call still",
     "BEIJING, March 10 (Dipwatch) - China on Tuesday called the U.S. envoy about the serious "
     "provocation.",
     [("CHN", "041", "USA", "2021-03-09")], []),
    ("killed in a road accident abroad: no violence of the place's state",
     "BANGKOK, March 10 (Dipwatch) - A Chinese tourist was killed in a road accident in "
     "Thailand on Tuesday.",
     [], [("THA", "18", "CHN")]),
    ("killed in a landslide abroad: none",
     "KATHMANDU, March 10 (Dipwatch) - Two Chinese workers were killed in a landslide in Nepal "
     "on Tuesday.",
     [], [("NPL", "18", "CHN")]),
    ("shot dead abroad: still the place's violence",
     "ISLAMABAD, March 10 (Dipwatch) - Two Chinese engineers were shot dead in Pakistan on "
     "Tuesday.",
     [("PAK", "180", "CHN", "2021-03-09")], []),
    ("soldiers captured by a state's forces: custody, not land",
     "KYIV, March 10 (Dipwatch) - Russian forces captured two Ukrainian soldiers on Tuesday.",
     [("RUS", "173", "UKR", "2021-03-09")], [("RUS", "192", "UKR")]),
    ("soldiers captured by guerrillas: abducted, no custody of a state, no land taken",
     "BEIRUT, March 10 (Dipwatch) - Hezbollah guerrillas captured two Israeli soldiers in a "
     "raid across the border on Tuesday.",
     [("LBN", "181", "ISR", "2021-03-09")], [("LBN", "192", "ISR"), ("LBN", "173", "ISR")]),
    ("soldiers captured, told by their state: an accusation",
     "KYIV, March 10 (Dipwatch) - Ukraine said on Tuesday Russian forces had captured two "
     "Ukrainian soldiers.",
     [("UKR", "112", "RUS", "2021-03-09")], [("RUS", "173", "UKR")]),
    ("a town captured: still land taken",
     "KYIV, March 10 (Dipwatch) - Russian forces captured the Ukrainian town of Bakhmut on "
     "Tuesday.",
     [("RUS", "192", "UKR", "2021-03-09")], [("RUS", "173", "UKR")]),
    ("expects Japan to apologise: the apology is asked for, not made",
     "TOKYO, March 10 (Dipwatch) - China expects Japan to apologise.",
     [], [("CHN", "055", "JPN"), ("JPN", "055", "CHN")]),
    ("expects to sign a deal next week: nothing signed",
     "TOKYO, March 10 (Dipwatch) - China expects to sign a trade deal with Japan next week.",
     [], [("CHN", "057", "JPN")]),
    ("received a letter from Xi: no guest",
     "PYONGYANG, March 10 (Dipwatch) - North Korea's Kim Jong Un received a letter from Xi on "
     "Tuesday.",
     [], [("PRK", "043", "CHN")]),
    ("received Putin in Beijing: a guest hosted",
     "BEIJING, March 10 (Dipwatch) - Xi on Tuesday received Putin in Beijing.",
     [("CHN", "043", "RUS", "2021-03-09")], []),
    ("offered to host peace talks between two others: no talks of theirs",
     "BEIJING, March 10 (Dipwatch) - China on Tuesday offered to host peace talks between "
     "Israel and the Palestinians.",
     [], [("ISR", "04", "PSE")]),
    ("called for a new round of talks between two others: none held",
     "BEIJING, March 10 (Dipwatch) - China on Tuesday called for a new round of talks between "
     "Israel and the Palestinians.",
     [], [("ISR", "04", "PSE")]),
    ("hosted talks between two others: the talks held",
     "DOHA, March 10 (Dipwatch) - Qatar on Tuesday hosted talks between the United States and "
     "the Taliban.",
     [("USA", "040", "AFG", "2021-03-09")], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_faults_the_sixteenth_round_left(why: str, text: str, found: list, absent: list) -> None:
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Beijing said the Indian troops had shelled their own positions.", False),
        ("Russian forces attacked their own convoy by mistake.", False),
        ("Indian troops shelled the village.", True),  # a site not their own: still read
    ],
)
def test_force_on_the_doers_own_site(text: str, found: bool) -> None:
    """Shelled their own positions: force on a site the doer owns is no attack, even with no
    target (coded as plain text, where an act with no target is kept)."""
    events = coding(Document(text, published=date(2024, 5, 1))).events
    assert any(e.code.startswith("19") for e in events) is found, events
