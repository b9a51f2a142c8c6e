"""English constructions of the nineteenth round, in wire sentences of our own: force a state says
it will use (on a condition or not) is a menace by the sayer; an appeal to one state to end its aid
to another is no appeal for aid to the other; an act named again as "the attack on X" with no doer
the story tells is aimed at no one (not at the story's other party, who only met the reacting
side); a state's word before a venue (a Bangkok hotel) is a place, no party; a subordinate clause
inside a closed relative clause (Kim, who arrived after a journey through China, is due…) lends the
main verb no subject; "landed in" names the place visited, as "arrived in" does; a meeting after
"at" or "during" is a setting, not what a state rejected; a body that names a norm broken (violated
Security Council resolutions) is no party; aid promised to a region is aimed at no state; what a
group with the speaker's own state will do is no judgement of its other members; "in what it called
a warning" names the act told again; what another state would give up on a condition is no menace
of the sayer's; a visit named by its doer's possessive after a preposition (during Kishida's visit
to Canberra) is only named; a month in what an accusation says the accused did (of acting … in
February) is that act's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events

DAY = date(2024, 5, 16)  # a Thursday
ABUJA = "ABUJA, May 16 (Dipwatch) - "
LONDON = "LONDON, May 16 (Dipwatch) - "
BEIJING_MISSILE = "BEIJING, May 16 (Dipwatch) - North Korea fired a missile on Saturday. "
MET = "WASHINGTON, May 16 (Dipwatch) - Biden met Netanyahu on Thursday. "

# (text, event, whether it is found)
CASES = [
    # force announced, conditional or not, by the sayer, with a pronoun for it
    (ABUJA + "Nigeria said on Thursday it would use force against Niger if the junta did not "
     "step down.", ("NGA", "138", "NER", "2024-05-16"), True),
    (ABUJA + "Nigeria's president said on Wednesday that he was ready to use military force "
     "against Niger.", ("NGA", "138", "NER", "2024-05-15"), True),
    # controls: another state's force reported, and force denied, are no menace of the sayer's
    (ABUJA + "Nigeria said on Thursday that Chad would use force against Niger.",
     ("NGA", "138", "NER", "2024-05-16"), False),
    (ABUJA + "Nigeria said on Thursday it would not use force against Niger.",
     ("NGA", "138", "NER", "2024-05-16"), False),
    # an appeal to end aid: to the one asked, not for aid to the one it went to
    (LONDON + "Britain on Thursday asked Belarus to end all aid to Russia.",
     ("GBR", "023", "RUS", "2024-05-16"), False),
    (LONDON + "Britain asked Belarus on Thursday to stop all military aid to Russia.",
     ("GBR", "023", "RUS", "2024-05-16"), False),
    (LONDON + "Britain on Thursday asked Belarus to end all aid to Russia.",
     ("GBR", "020", "BLR", "2024-05-16"), True),
    # the attack on Israel, its doer untold: not the partner the leaders met
    (MET + "The leaders condemned the attack on Israel.", ("ISR", "111", "USA", "2024-05-16"),
     False),
    (MET + "The leaders condemned the attack on Israel.", ("USA", "111", "ISR", "2024-05-16"),
     False),
    # control: an attack the story told has its doer as the target (the two leaders of the
    # meeting condemn it on the meeting's day, as eval/README.md's eighteenth batch dates them;
    # this case had the lead's Saturday before coder-en31)
    ("WASHINGTON, May 16 (Dipwatch) - Iran fired missiles at Israel on Saturday. Biden met "
     "Netanyahu on Thursday. The two leaders condemned the attack on Israel.",
     ("USA", "111", "IRN", "2024-05-16"), True),
    # a state's word before a venue says where, not with whom
    ("BANGKOK, May 16 (Dipwatch) - Modi met Sharif at a luxury Bangkok hotel on Saturday.",
     ("IND", "040", "THA", "2024-05-11"), False),
    ("SINGAPORE, May 16 (Dipwatch) - Xi Jinping and Ma Ying-jeou met at a Singapore hotel on "
     "Saturday.", ("TWN", "040", "SGP", "2024-05-11"), False),
    ("SINGAPORE, May 16 (Dipwatch) - Xi Jinping and Ma Ying-jeou met at a Singapore hotel on "
     "Saturday.", ("CHN", "040", "TWN", "2024-05-11"), True),
    # controls: the venue's own state met, or struck
    ("BANGKOK, May 16 (Dipwatch) - Modi met Thai Prime Minister Srettha Thavisin at a Bangkok "
     "hotel on Saturday.", ("IND", "040", "THA", "2024-05-11"), True),
    ("TEHRAN, May 16 (Dipwatch) - Israel struck an Iranian airport on Saturday.",
     ("ISR", "190", "IRN", "2024-05-11"), True),
    # a subordinate clause closed inside a relative clause gives the main verb no subject
    ("HANOI, May 16 (Dipwatch) - Kim Jong Un, who arrived in Vietnam on Tuesday after a long "
     "train journey through China, is due to pay an official visit to Hanoi on Friday.",
     ("CHN", "036", "VNM", "2024-05-16"), False),
    ("HANOI, May 16 (Dipwatch) - Kim Jong Un, who arrived in Vietnam on Tuesday after a long "
     "train journey through China, is due to pay an official visit to Hanoi on Friday.",
     ("PRK", "036", "VNM", "2024-05-16"), True),
    # landed in a capital: a visit to its state, not to the dateline's
    (LONDON + "Russian Foreign Minister Sergei Lavrov landed in Pyongyang on Monday.",
     ("RUS", "042", "PRK", "2024-05-13"), True),
    (LONDON + "Russian Foreign Minister Sergei Lavrov landed in Pyongyang on Monday.",
     ("RUS", "042", "GBR", "2024-05-13"), False),
    # a meeting after "at" or "during" is where the rejected thing was said, not what was rejected
    ("NEW DELHI, May 16 (Dipwatch) - India on Wednesday rejected remarks that Wang Yi made at a "
     "meeting of the Organisation of Islamic Cooperation.", ("IND", "125", "OIC", "2024-05-15"),
     False),
    ("TOKYO, May 16 (Dipwatch) - Japan on Wednesday rejected claims China had made during talks "
     "with South Korea.", ("JPN", "125", "KOR", "2024-05-15"), False),
    # controls: the rejection itself, and talks rejected
    ("TOKYO, May 16 (Dipwatch) - Japan on Wednesday rejected claims China had made during talks "
     "with South Korea.", ("JPN", "120", "CHN", "2024-05-15"), True),
    ("SEOUL, May 16 (Dipwatch) - North Korea on Wednesday rejected an offer of talks with the "
     "United States.", ("PRK", "125", "USA", "2024-05-15"), True),
    # the body whose norm an act breaks is no party: the act's doer the story told is
    (BEIJING_MISSILE + "China on Sunday opposed actions that violate U.N. Security Council "
     "resolutions.", ("CHN", "110", "UNO", "2024-05-12"), False),
    (BEIJING_MISSILE + "China on Sunday opposed actions that violate U.N. Security Council "
     "resolutions.", ("CHN", "110", "PRK", "2024-05-12"), True),
    # a control: a resolution vetoed is the body's
    ("NEW YORK, May 16 (Dipwatch) - Russia on Sunday vetoed a Security Council resolution.",
     ("RUS", "129", "UNO", "2024-05-12"), True),
    # aid promised to a region is aimed at no state, not at the one the story's leader met
    ("ASTANA, May 16 (Dipwatch) - Xi met Tokayev in Xian on Friday. Xi also promised $3.7 "
     "billion in loans to the region.", ("CHN", "033", "KAZ", "2024-05-10"), False),
    ("ASTANA, May 16 (Dipwatch) - Xi met Tokayev in Xian on Friday. Xi also promised $3.7 "
     "billion in loans to all countries concerned.", ("CHN", "033", "KAZ", "2024-05-10"), False),
    # a control: with no recipient told, the story's partner
    ("ASTANA, May 16 (Dipwatch) - Xi met Tokayev in Xian on Friday. Xi also promised $3.7 "
     "billion in loans.", ("CHN", "033", "KAZ", "2024-05-10"), True),
    # what a group with the speaker's own state will do judges none of its members
    (BEIJING_MISSILE + "Wang Yi said on Sunday that China and Russia would jointly resist "
     "bullying.", ("CHN", "112", "RUS", "2024-05-12"), False),
    # a control: a pair without the speaker's state is accused
    (BEIJING_MISSILE + "Wang Yi said on Sunday that the United States and Japan were meddling "
     "in the region.", ("CHN", "112", "JPN", "2024-05-12"), True),
    # "in what it called a warning": the act told, named again by its doer, no act of its own
    ("TAIPEI, May 16 (Dipwatch) - China's navy held drills around Taiwan on Tuesday, in what it "
     "called a stern warning to separatist forces.", ("TWN", "130", "CHN", "2024-05-14"), False),
    ("TAIPEI, May 16 (Dipwatch) - China's navy held drills around Taiwan on Tuesday, in what it "
     "called a stern warning to separatist forces.", ("CHN", "150", "TWN", "2024-05-14"), True),
    # a concession another state would make on a condition: no menace by the sayer
    (BEIJING_MISSILE + "Xi said on Thursday that Pyongyang would give up its missiles only if "
     "the United States lifted sanctions.", ("CHN", "130", "USA", "2024-05-16"), False),
    (BEIJING_MISSILE + "Xi said on Thursday that Pyongyang would give up its missiles only if "
     "the United States lifted sanctions.", ("CHN", "130", "PRK", "2024-05-16"), False),
    # a control: the sayer's own state's response on a condition is a menace
    ("MOSCOW, May 16 (Dipwatch) - Putin said on Thursday that Russia would respond if NATO "
     "deployed missiles in Finland.", ("RUS", "130", "NAT", "2024-05-16"), True),
    # a visit named by its doer's possessive after a preposition is only named there
    ("APIA, May 16 (Dipwatch) - Samoa signed a deal with China during Foreign Minister Wang "
     "Yi's visit to Apia on Monday.", ("CHN", "042", "WSM", "2024-05-13"), False),
    ("CANBERRA, May 16 (Dipwatch) - The deal was signed during Kishida's visit to Canberra on "
     "Monday.", ("JPN", "042", "AUS", "2024-05-13"), False),
    # a control: such a noun as the subject tells the visit
    ("CANBERRA, May 16 (Dipwatch) - Kishida's visit to Canberra on Monday ended with a deal.",
     ("JPN", "042", "AUS", "2024-05-13"), True),
    # a month inside what an accusation says the accused did is that act's, not the accusation's
    ("MOSCOW, May 16 (Dipwatch) - Putin met Kim on Thursday. KCNA said Kim had accused the "
     "United States of acting in bad faith at their talks in Hanoi in February.",
     ("PRK", "112", "USA", "2024-05-16"), True),
    # a control: a day there stays the verb's
    ("TOKYO, May 16 (Dipwatch) - Japan accused China of dumping steel on Monday.",
     ("JPN", "112", "CHN", "2024-05-13"), True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event", "found"), CASES)
def test_round19(text: str, event: tuple[str, str, str, str], found: bool) -> None:
    assert (event in events(text, DAY)) is found
