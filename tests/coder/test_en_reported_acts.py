"""English constructions the seventh en_news batch (en-d236…en-d249) showed, in wire sentences
of our own: "was willing to hold a summit with" is an intent to meet; misconduct of another
state told in reported speech is an accusation; fees are charged on a state, not it with a
crime; measures a state had taken are done, not threatened; a verb form after a preposition
of time is a noun; "the two countries" are the last two the story joined with "and"; a state
told that its ships must leave is demanded of; "its ally" is the one the story's force fell
on; "the sale" goes to whom the story's sale was for; "the U.N. sanctions against" is a noun;
visas stopped for a state's people sanction it; a group left unnamed (or any country at all)
is aimed at by no event; a past month after an infinitive of purpose is the main verb's; a
reaction told before a named act of its root with a code of its own is an act of its own; aid
received is given by who follows "from" or "donated by"; a tariff on an amount of a state's
goods is aimed at it; what the lead's speaker goes on to say was said on the attribution's
day; ", the latest clash with X" sums up its clause; troops pulled back from the site pull
back from the story's other party; a state's aircraft intercepted is force against it; a bare title is not of the state
its own relative clause names; a meeting looked forward to or hoped for is an intent; a
title and name that close the lead after a comma are the dateline state's official; an
-ing form after "of" and a noun phrase describes the noun; "engage in a contest with X" is
no contact; a response promised with no object by a state party to none of the story's
acts answers the last act's doer.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks, _lacks_root

# (why, text, date, what must hold of the events found)
CASES = [
    # a summit held with a state is a meeting with it; "was willing to" makes it an intent
    ("willing to hold a summit", "SEOUL, May 3 (Dipwatch) - Japan's prime minister said on "
     "Tuesday he was willing to hold a summit with North Korea.", date(2022, 5, 3),
     [_holds(("JPN", "036", "PRK", "2022-05-03")), _lacks(("JPN", "040", "PRK", "2022-05-03"))]),
    # "said Y had ignored/abused/betrayed…": misconduct of another state reported, an accusation
    ("said had ignored", "HANOI, Feb 28 (Dipwatch) - Vietnam said on Wednesday that Laos had "
     "ignored its warnings about the dam.", date(2024, 2, 28),
     [_holds(("VNM", "112", "LAO", "2024-02-28"))]),
    ("said had abused", "LIMA, Feb 28 (Dipwatch) - Peru's foreign minister said Chile had "
     "abused its trust.", date(2024, 2, 28), [_holds(("PER", "112", "CHL", "2024-02-28"))]),
    # fees charged on a state's ships are levied on it (a threat when they "would" be), no charge
    # brought against it
    ("charge fees", "TOKYO, Oct 4 (Dipwatch) - Japan said on Friday it would charge special "
     "port fees on Chinese-owned ships.", date(2025, 10, 4),
     [_holds(("JPN", "13", "CHN", "2025-10-03")), _lacks_root("11")]),
    # measures a state "had taken" are told as done (the act the story coded), no threat;
    # "would take" them promises them
    ("had taken measures", "HANOI, Oct 4 (Dipwatch) - Vietnam's coast guard said on Friday it "
     "had taken necessary measures against the Cambodian boats.", date(2025, 10, 4),
     [_lacks_root("13")]),
    ("would take measures", "HANOI, Oct 4 (Dipwatch) - Vietnam's coast guard said on Friday it "
     "would take necessary measures against the Cambodian boats.", date(2025, 10, 4),
     [_holds(("VNM", "13", "KHM", "2025-10-03"))]),
    # a verb form right after "after" or "during" is a noun: visits named, not made by the
    # subject of the main clause
    ("after visits", "SEOUL, May 26 (Dipwatch) - North Korea fired two missiles on Wednesday, "
     "hours after the U.S. president left Asia after visits to South Korea and Japan.",
     date(2022, 5, 26), [_lacks_root("04")]),
    # "the two countries" after a lead of four states and a sentence naming two others: the
    # two the story joined with "and"
    ("the two countries", "GENEVA, May 27 (Dipwatch) - Brazil and India on Thursday blocked a "
     "French-drafted text that would have imposed new curbs on Iran.\n\nBrazil's envoy called "
     "on Paris to resume talks with Tehran. The French envoy accused the two countries of "
     "shielding Tehran.", date(2022, 5, 27),
     [_holds(("FRA", "112", "IND", "2022-05-26")), _lacks(("FRA", "112", "IRN", "2022-05-26"))]),
    # told X that its ships must leave: a demand on the one told
    ("told that must", "HANOI, March 25 (Dipwatch) - Vietnam's foreign ministry said on Monday "
     "it had told Beijing that its survey ship must leave the area.", date(2024, 3, 25),
     [_holds(("VNM", "10", "CHN", "2024-03-25"))]),
    # "stands with its ally": the state the story's force fell on, not the one that used it
    ("its ally", "SEOUL, July 8 (Dipwatch) - North Korean boats rammed a South Korean patrol "
     "ship on Sunday, Seoul said.\n\nJapan's foreign ministry said on Monday that Tokyo stands "
     "with its ally.", date(2024, 7, 8),
     [_holds(("JPN", "05", "KOR", "2024-07-08")), _lacks(("JPN", "05", "PRK", "2024-07-08"))]),
    # "approved the possible sale": military aid to the one the story's sale was for
    ("the sale", "BEIJING, July 12 (Dipwatch) - China imposed sanctions on Friday on firms "
     "involved in a sale of jets to Taiwan.\n\nThe U.S. State Department approved the possible "
     "sale on Monday.", date(2019, 7, 12),
     [_holds(("USA", "07", "TWN", "2019-07-08")), _lacks(("USA", "07", "CHN", "2019-07-08"))]),
    # "applying the latest U.N. sanctions against X": a noun a state premodifies, no act of it
    ("state's noun", "HANOI, Sept 23 (Dipwatch) - Vietnam banned imports from Iran on Saturday, "
     "applying the latest United Nations sanctions against Tehran.", date(2017, 9, 23),
     [_holds(("VNM", "16", "IRN", "2017-09-23")), _lacks(("UNO", "16", "IRN", "2017-09-23"))]),
    # visas no longer issued to a state's people: an entry ban, a sanction on the state
    ("visas stopped", "HANOI, Jan 11 (Dipwatch) - Vietnam stopped issuing short-term visas to "
     "travellers from Laos on Tuesday.", date(2023, 1, 11),
     [_holds(("VNM", "16", "LAO", "2023-01-10"))]),
    # a reaction to restrictions "by a small number of countries" aims at no named state
    ("unnamed doers", "HANOI, Jan 11 (Dipwatch) - Japan imposed sanctions on Vietnam on "
     "Tuesday.\n\nVietnam's spokesman criticised what he called discriminatory restrictions by "
     "\"a small number of countries\".", date(2023, 1, 11),
     [_holds(("JPN", "16", "VNM", "2023-01-10")), _lacks_root("11")]),
    # a past month after an infinitive of purpose dates the verb it hangs on, as a past day does
    ("past month after infinitive", "LIMA, May 31 (Dipwatch) - Peru and Chile signed a new "
     "trade agreement to replace the old pact in November.", date(2019, 5, 31),
     [_holds(("PER", "05", "CHL", "2018-11-01")), _lacks(("PER", "05", "CHL", "2019-05-31"))]),
    # "condemned the decision, said it had lodged representations with X": two acts of one
    # root with codes of their own; "summoned … to protest against the letter" is one
    ("condemned and lodged", "OSLO, May 8 (Dipwatch) - Norway expelled a Russian diplomat on "
     "Monday. Russia's embassy strongly condemned the decision on Monday, said it had lodged "
     "representations with Norway, and warned that it would respond.", date(2023, 5, 8),
     [_holds(("RUS", "111", "NOR", "2023-05-08")), _holds(("RUS", "114", "NOR", "2023-05-08"))]),
    # aid told from the receiver's side: the giver follows "from" or "donated by"
    ("received from", "DHAKA, Feb 1 (Dipwatch) - Bangladesh received its first vaccines on "
     "Monday, two million doses donated by India.", date(2021, 2, 1),
     [_holds(("IND", "07", "BGD", "2021-02-01"))]),
    # a tariff on an amount of a state's goods is aimed at the state the goods are of
    ("tariff on an amount", "OTTAWA, Aug 6 (Dipwatch) - Canada said on Monday it would put a "
     "10% tariff on the remaining $30 billion of Mexican imports.", date(2019, 8, 6),
     [_holds(("CAN", "13", "MEX", "2019-08-05"))]),
    # what the lead's speaker goes on to say ("He called…") was said on the attribution's day
    ("speaker's day", "TOKYO, June 6 (Dipwatch) - A Russian jet flew close to a Japanese patrol "
     "plane over the Sea of Japan on May 26, Japan's defence minister said on Sunday. The "
     "minister said the jet had released flares.\n\nHe called the manoeuvre \"very "
     "dangerous\".", date(2022, 6, 6),
     [_holds(("JPN", "11", "RUS", "2022-06-05")), _lacks(("JPN", "11", "RUS", "2022-05-26"))]),
    # ", the latest clash with X": an apposition summing up the clause, no act of its own
    ("the latest", "SEOUL, Oct 26 (Dipwatch) - Japan announced sanctions on Monday against three "
     "South Korean firms over their role in arms sales to Taiwan, the latest clash with Seoul.", date(2020, 10, 26),
     [_holds(("JPN", "16", "KOR", "2020-10-26")), _lacks_root("19")]),
    # "warned that any country that raised its tariffs would face…": aimed at no named state
    ("any country", "OTTAWA, July 8 (Dipwatch) - Canada told Mexico on Monday that its goods "
     "would face 25% tariffs.\n\nCanada warned that any country that raised its own tariffs "
     "in response would face an equal increase.", date(2025, 7, 8),
     [_lacks(("CAN", "130", "MEX", "2025-07-07"))]),
    # troops that pulled back from the site of a standoff the story told: from the other army
    ("pulled back from the site", "NEW DELHI, Aug 28 (Dipwatch) - India and Bhutan agreed on "
     "Monday to end a standoff between their troops on the plateau. Indian troops had pulled "
     "back from the site by the afternoon, an official said.", date(2017, 8, 28),
     [_holds(("IND", "087", "BTN", "2017-08-28"))]),
    # a state's aircraft intercepted: force against the state whose plane it is
    ("intercepted a plane", "TOKYO, June 6 (Dipwatch) - A Russian fighter jet intercepted a "
     "Japanese patrol plane over the Sea of Japan on May 26.", date(2022, 6, 6),
     [_holds(("RUS", "19", "JPN", "2022-05-26"))]),
    # a bare title is not of the state its own relative clause names (fled to India: not
    # India's leader), so no Indian visit to China
    ("title's relative clause", "BEIJING, April 5 (Dipwatch) - Nepal lodged a protest with "
     "India on Wednesday over a visit by the monk. The Tibetan spiritual leader, who fled to "
     "India in 1959, arrived in the town of Bomdila on Tuesday.", date(2017, 4, 5),
     [_lacks_root("04")]),
    # a meeting looked forward to is an intent to meet, "his meeting" a noun or not
    ("looked forward to", "LIMA, March 28 (Dipwatch) - Peru's president said on Wednesday that "
     "he looked forward to his meeting with Chile's president.", date(2018, 3, 28),
     [_holds(("PER", "036", "CHL", "2018-03-28"))]),
    # a contact wished for ("hoped to meet") is an intent, whatever the tense of the wish; a
    # title and a name closing the lead after a comma ("…, Defence Minister Nobuo Kishi said on
    # Sunday") are the dateline state's official, whatever states the report names, and what
    # he goes on to say under his surname was said on his day
    ("hoped to meet",
     "TOKYO, June 6 (Dipwatch) - Japan's defence minister said on Sunday he hoped to meet "
     "South Korea's defence minister.",
     date(2022, 6, 6), [_holds(("JPN", "036", "KOR", "2022-06-05"))]),
    ("attributed stranger",
     "TOKYO, June 6 (Dipwatch) - A Russian fighter jet intercepted a Japanese patrol plane on "
     "May 26, Defence Minister Nobuo Kishi said on Sunday.\n\nKishi said he hoped to meet "
     "Russia's defence minister.",
     date(2022, 6, 6), [_holds(("JPN", "036", "RUS", "2022-06-05"))]),
    # an -ing form after "of" and a noun phrase describes the noun: "a video of a French
    # soldier threatening a Malian boy" reports no threat
    ("depicted", "PARIS, Nov 30 (Dipwatch) - Mali demanded on Monday that Russia apologise for a "
     "post showing a doctored image of a French soldier threatening a Malian boy.",
     date(2020, 11, 30), [_holds(("MLI", "10", "RUS", "2020-11-30")), _lacks_root("13")]),
    # "engage in a contest of … with X" is no contact with X (nor, negated, a refusal of one);
    # "engage directly with X" is
    ("engage in a contest", "TAIPEI, June 13 (Dipwatch) - Taiwan's government said on Tuesday "
     "it would not engage in a contest of chequebook diplomacy with Beijing.", date(2017, 6, 13),
     [_lacks_root("04"), _lacks_root("12")]),
    # a response promised with no object, by a state party to none of the story's acts so
    # far, answers the last act's doer (the seller), not the island its relative clause names
    ("response to the last act",
     "TAIPEI, Sept 3 (Dipwatch) - Taiwan's presidential office thanked Japan on Saturday for "
     "approving an arms package for the island.\n\nJapan's defence ministry approved the sale on "
     "Friday of 60 missiles to Taiwan.\n\nChina, which claims the island as its own territory, "
     "said on Friday it would take resolute countermeasures.",
     date(2022, 9, 3),
     [_holds(("CHN", "13", "JPN", "2022-09-02")), _lacks(("CHN", "13", "TWN", "2022-09-02"))]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "day", "checks"), CASES)
def test_reported_acts(why, text, day, checks):
    found = coded(text, day)
    assert all(check(found) for check in checks), (why, found)
