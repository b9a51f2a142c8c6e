"""English clause structure and a few constructions of world news, in wire sentences of our
own: a verb phrase joined with its own auxiliary keeps no "not" of the first, a contact
relative clause (the town it seized) reports no act, "he" after a verb of saying is the one who
says, a meeting of a body asked for is an appeal, and promised responses are threats.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded

Event = tuple[str, str, str, str]


def _matches(event: Event, found: list[Event]) -> bool:
    """Is ``event`` found? Its code may be a root (two digits) or a full code."""
    s, code, t, d = event
    return any((fs, ft, fd) == (s, t, d) and fcode.startswith(code) for fs, fcode, ft, fd in found)


def _lacks_root(root: str):
    return lambda found: not any(code.startswith(root) for _, code, _, _ in found)


def _holds(event: Event):
    return lambda found: _matches(event, found)


def _lacks(event: Event):
    return lambda found: not _matches(event, found)


# (why, text, date, what must hold of the events found)
CASES = [
    # "would not support… and would restore": the "not" of the first verb phrase does not
    # reach a second one with its own auxiliary
    ("joined auxiliary", "LIMA, May 4 (Dipwatch) - Peru said on Tuesday it would not support "
     "the armed groups and would restore diplomatic relations with Bolivia.", date(2021, 5, 4),
     [_lacks_root("12")]),
    # a comma inside a number (2,000) breaks no clause between the verb and its object
    ("thousands", "GAZA, Nov 3 (Dipwatch) - Egypt released nearly 1,200 Sudanese prisoners on "
     "Monday.", date(2025, 11, 3), [_holds(("EGY", "08", "SDN", "2025-11-03"))]),
    # "did not meet and consult": one auxiliary for both verbs, both negated
    ("shared auxiliary", "LIMA, May 4 (Dipwatch) - Peru did not meet and consult Chile's "
     "foreign minister on Tuesday.", date(2021, 5, 4), [_lacks_root("04")]),
    # a gerund right after "said" is the reported clause's subject, no act
    ("gerund subject", "BERLIN, April 15 (Dipwatch) - Germany's foreign minister said on "
     "Wednesday blaming China would not help.", date(2020, 4, 15), [_lacks_root("11")]),
    # an apposition whose contact relative clause tells an old conquest: only its identity
    ("contact relative", "MOSCOW, June 2 (Dipwatch) - Russia praised Armenia on Tuesday for "
     "its stance on Nagorno-Karabakh, the enclave it captured from Azerbaijan in 1992.",
     date(2020, 6, 2), [_lacks(("ARM", "19", "AZE", "1992-01-01"))]),
    ("contact relative", "ROME, June 2 (Dipwatch) - Italy criticised Libya on Tuesday over "
     "the oil field it seized from Chad in 2019.", date(2020, 6, 2),
     [_lacks(("LBY", "19", "TCD", "2019-01-01"))]),
    # "During the visit he signed": a preposition opens the clause, the pronoun is its subject
    ("opening preposition", "NAIROBI, March 9 (Dipwatch) - Indian Prime Minister Narendra Modi "
     "visited Kenya on Tuesday. During the visit he signed a defence agreement with Kenya.",
     date(2021, 3, 9), [_holds(("IND", "05", "KEN", "2021-03-09"))]),
    # an organisation's head said he regretted the decision: "he" is the one who says, not
    # the person of the sentence before
    ("he after said", "GENEVA, May 20 (Dipwatch) - Brazil's president said on Tuesday he was "
     "cutting Brazil's funding to the World Health Organization.\n\nWHO chief Tedros said on "
     "Wednesday he regretted the decision.", date(2021, 5, 20),
     [_holds(("UNO", "11", "BRA", "2021-05-19")), _lacks(("BRA", "11", "UNO", "2021-05-19"))]),
    # a meeting of a body called for: an appeal to it, no meeting
    ("meeting of", "NEW YORK, Jan 4 (Dipwatch) - France called for an urgent meeting of the "
     "U.N. Security Council on Monday.", date(2022, 1, 4),
     [_holds(("FRA", "02", "UNO", "2022-01-03")), _lacks_root("04")]),
    # promised responses: threats, never an intent to cooperate
    ("pay a price", "TEHRAN, Jan 4 (Dipwatch) - Iran vowed on Monday to make Israel pay a "
     "heavy price.", date(2022, 1, 4),
     [_holds(("IRN", "13", "ISR", "2022-01-03")), _lacks_root("03")]),
    # a response promised with measures if another acts: aimed at that one
    ("respond if", "OTTAWA, Jan 4 (Dipwatch) - Canada said on Monday it would respond with "
     "measures of its own if the United States imposed the duties.", date(2022, 1, 4),
     [_holds(("CAN", "13", "USA", "2022-01-03"))]),
    # …or to an act named with its doer as possessor
    ("respond to", "MINSK, Jan 4 (Dipwatch) - Belarus said on Monday it would respond to "
     "Poland's decision with countermeasures.", date(2022, 1, 4),
     [_holds(("BLR", "13", "POL", "2022-01-03"))]),
    # objects joined by "and" whose first is split in two names (a given name the tables lack)
    ("joined objects", "OSLO, June 3 (Dipwatch) - Erdogan signed a memorandum with Finnish "
     "President Sauli Niinisto and Swedish Prime Minister Magdalena Andersson on Tuesday.",
     date(2022, 6, 3), [_holds(("TUR", "05", "SWE", "2022-05-31"))]),
    # a body's staff ordered out, an apposition before "to leave"; the infinitive has its own
    # span (within 72 hours), so "on Thursday" dates the order
    ("ordered out", "JUBA, Oct 1 (Dipwatch) - South Sudan ordered five United Nations "
     "officials, including the head of the refugee agency, to leave within 72 hours on "
     "Thursday.", date(2021, 10, 1), [_holds(("SSD", "16", "UNO", "2021-09-30"))]),
    # weapons and talks promised with "would", each to the state named after the verb
    ("weapons promised", "WARSAW, Jan 9 (Dipwatch) - Poland said on Monday it would give "
     "Ukraine 20 tanks.", date(2023, 1, 9), [_holds(("POL", "03", "UKR", "2023-01-09"))]),
    ("talks to go on", "HANOI, July 9 (Dipwatch) - Vietnam's trade ministry said on Tuesday "
     "it would continue talks with Washington.", date(2025, 7, 9),
     [_holds(("VNM", "03", "USA", "2025-07-08"))]),
    ("goods to face duties", "WASHINGTON, July 9 (Dipwatch) - Trump told Brazil and Mexico on "
     "Tuesday that their goods would face 30% tariffs.", date(2025, 7, 9),
     [_holds(("USA", "13", "BRA", "2025-07-08")), _holds(("USA", "13", "MEX", "2025-07-08"))]),
    # a number and an adverb before a participle: an adjective (partly occupied regions)
    ("partly occupied", "GENEVA, Oct 13 (Dipwatch) - Canada condemned Russia on Wednesday "
     "over three partly occupied regions of Georgia.", date(2022, 10, 13),
     [_lacks_root("19")]),
    # urged two states to avoid escalation: a call for restraint to each
    ("avoid escalation", "ANKARA, Jan 4 (Dipwatch) - Turkey urged Armenia and Azerbaijan on "
     "Monday to avoid steps that could escalate the conflict.", date(2022, 1, 4),
     [_holds(("TUR", "0256", "ARM", "2022-01-03")), _holds(("TUR", "0256", "AZE", "2022-01-03"))]),
    # "gave its diplomats 48 hours to leave": the diplomats are the other state's
    ("hours to leave", "LA PAZ, Feb 24 (Dipwatch) - Bolivia cut ties with Peru on Saturday and "
     "gave its diplomats 48 hours to leave.", date(2019, 2, 24),
     [_holds(("BOL", "166", "PER", "2019-02-23"))]),
    # a state's presidency speaks for it; a vote welcomed is the voting body's
    ("presidency", "RAMALLAH, Dec 22 (Dipwatch) - The U.N. General Assembly voted on Thursday "
     "to demand that Israel halt its settlements. The Palestinian presidency welcomed the vote.",
     date(2017, 12, 22), [_holds(("PSE", "05", "UNO", "2017-12-21"))]),
    ("approved bid", "SOFIA, Feb 27 (Dipwatch) - Bulgaria's parliament approved Ukraine's bid "
     "on Monday.", date(2023, 2, 27), [_holds(("BGR", "05", "UKR", "2023-02-27"))]),
    # money given, the receiver right after the verb
    ("gave money", "GENEVA, April 15 (Dipwatch) - Japan gave the WHO more than $100 million "
     "last year.", date(2020, 4, 15), [_holds(("JPN", "07", "UNO", "2019-01-01"))]),
    # "would not hesitate to": no negation, the threat stands
    ("not hesitate", "LONDON, Oct 1 (Dipwatch) - Britain said on Thursday it would not "
     "hesitate to use sanctions against Sudanese officials.", date(2021, 10, 1),
     [_holds(("GBR", "1312", "SDN", "2021-09-30"))]),
    # an object relative clause: "which"/"whom" is the one accused, the pronoun or actor after
    # it the accuser (never the noun "which" stands for)
    ("which it accused", "COLOMBO, Nov 10 (Dipwatch) - India's coast guard said it had taken "
     "measures against the Sri Lankan boats, which it accused of entering Indian waters.",
     date(2023, 11, 10), [_holds(("IND", "11", "LKA", "2023-11-10"))]),
    ("whom it blamed", "KABUL, May 2 (Dipwatch) - Pakistan, whom India blamed for the attack, "
     "denied any role on Tuesday.", date(2023, 5, 2),
     [_holds(("IND", "11", "PAK", "2023-05-02")), _lacks(("PAK", "11", "IND", "2023-05-02"))]),
    # struck an armed group's or a state's targets: force against them
    ("targets hit", "BEIRUT, Jan 5 (Dipwatch) - Israel's military hit Hezbollah targets in "
     "southern Lebanon on Monday.", date(2021, 1, 5), [_holds(("ISR", "19", "LBN", "2021-01-04"))]),
    # an emir is his state's government: "him" after a call with him is that emir
    ("emir", "DOHA, June 6 (Dipwatch) - Oman's sultan spoke by phone with Kuwait's emir on "
     "Monday and urged him to show restraint.", date(2017, 6, 6),
     [_holds(("OMN", "0256", "KWT", "2017-06-05"))]),
    # "the test" condemned: the doer of the test told before ("carried out"), not Japan
    ("test carried out", "TOKYO, Sept 4 (Dipwatch) - Japan's navy held a drill on Monday, a "
     "day after North Korea carried out a nuclear test. India's foreign ministry said on "
     "Sunday that it strongly condemned the test.", date(2017, 9, 4),
     [_holds(("IND", "11", "PRK", "2017-09-03")), _lacks(("IND", "11", "JPN", "2017-09-03"))]),
    # trade suspended and ties downgraded in a participle: with the state the sentence names
    ("downgrading",
     "LA PAZ, Aug 8 (Dipwatch) - Bolivia expelled Chile's ambassador and suspended bilateral "
     "trade on Wednesday, downgrading diplomatic ties.",
     date(2019, 8, 8),
     [_holds(("BOL", "163", "CHL", "2019-08-07")), _holds(("BOL", "161", "CHL", "2019-08-07"))]),
    # troops that crossed or pressed into another state: an armed advance; "the offensive"
    # condemned later is aimed at its doer
    ("advance", "BAKU, Oct 15 (Dipwatch) - Armenian troops crossed into western Azerbaijan on "
     "Wednesday. The offensive was condemned by the Arab League on Saturday.",
     date(2019, 10, 15),
     [_holds(("ARM", "19", "AZE", "2019-10-09")), _holds(("ARL", "11", "ARM", "2019-10-12"))]),
    ("pressed toward", "TBILISI, Aug 9 (Dipwatch) - Russian forces pressed toward Tbilisi on "
     "Friday.", date(2008, 8, 9), [_holds(("RUS", "19", "GEO", "2008-08-08"))]),
    # an apology with no one named: for the apologiser's own last act, to its target
    ("apologised", "ANKARA, Nov 25 (Dipwatch) - Turkey signed a gas deal with Iran on Monday. "
     "On Tuesday Turkish jets shot down a Russian bomber near Syria. Turkey apologised the "
     "same day.", date(2015, 11, 25), [_holds(("TUR", "055", "RUS", "2015-11-24"))]),
    ("froze trade", "RIYADH, Aug 6 (Dipwatch) - Saudi Arabia froze all new trade and "
     "investment with Sweden on Sunday.", date(2018, 8, 6),
     [_holds(("SAU", "163", "SWE", "2018-08-05"))]),
    # "on spying charges": a noun after a word that only modifies nouns, no accusation
    ("charges as a noun", "OTTAWA, Nov 17 (Dipwatch) - Canada urged India on Thursday to "
     "release a Canadian engineer held on espionage charges.", date(2023, 11, 17),
     [_lacks_root("11")]),
    # a participle after a preposition's plural object describes it: no detention that day
    ("reduced relative", "TEHRAN, Oct 23 (Dipwatch) - Iran called on Saudi Arabia on Tuesday "
     "to hand over the 12 suspects detained in the kingdom.", date(2018, 10, 23),
     [_lacks_root("17")]),
    # …but after "of" the noun may head a subject: commanders of the two sides held a meeting
    ("of the two sides",
     "NEW DELHI, Dec 13 (Dipwatch) - Indian and Chinese troops clashed on Friday. Local "
     "commanders of the two sides held a meeting on Sunday.",
     date(2022, 12, 13),
     [_holds(("IND", "04", "CHN", "2022-12-11"))]),
    # a kind of delegations (Western ones) is no state: the accusation has no target
    ("western delegations", "UNITED NATIONS, Oct 13 (Dipwatch) - The General Assembly "
     "condemned Iran on Wednesday. Iran's ambassador accused Western delegations of pressure.",
     date(2022, 10, 13), [_lacks(("IRN", "11", "UNO", "2022-10-12"))]),
    # "the commission" after the European Commission was named: the EU
    ("the commission", "BRUSSELS, June 13 (Dipwatch) - The European Commission said on "
     "Wednesday it would impose tariffs on Chinese steel. The commission launched the "
     "investigation in October.", date(2024, 6, 13), [_holds(("EEC", "09", "CHN", "2023-10-01"))]),
    # ", and China pledged": a clause of its own, not a pair "X and China" pledging together
    ("and X pledged", "MANILA, Jan 5 (Dipwatch) - Marcos visited Japan on Wednesday. The two "
     "governments signed 14 agreements, and Japan pledged $2.8 billion in investment.",
     date(2023, 1, 5),
     [_holds(("JPN", "033", "PHL", "2023-01-04")), _lacks(("PHL", "030", "JPN", "2023-01-04"))]),
    # a noun's content clause (the finding that…): its actors are no object of the verb
    ("finding that", "BRASILIA, July 17 (Dipwatch) - Brazil's president met Venezuela's "
     "president on Monday. Afterwards he declined to back his own agencies' finding that "
     "Colombia had meddled in the vote.", date(2018, 7, 17),
     [_lacks_root("12"), _lacks(("BRA", "12", "VEN", "2018-07-16"))]),
    # "a statement in support of X": a noun phrase names the support, no act of support
    ("in support of", "BRASILIA, July 10 (Dipwatch) - Brazil summoned Italy's ambassador on "
     "Wednesday to protest against an Italian embassy statement in support of Bolsonaro.",
     date(2025, 7, 10), [_lacks_root("05")]),
    # the same with "the" before the relative clause's subject
    ("which the X accused", "MANILA, Nov 10 (Dipwatch) - Its coast guard said it had taken "
     "measures against the Chinese vessels, which the Philippines accused of entering its "
     "waters.", date(2023, 11, 10), [_holds(("PHL", "11", "CHN", "2023-11-10"))]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "day", "checks"), CASES)
def test_world_clauses(why, text, day, checks):
    found = coded(text, day)
    assert all(check(found) for check in checks), (why, found)
