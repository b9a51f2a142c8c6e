"""Constructions the fourteenth English batch (en-d336…en-d347) left, in wire sentences of our
own (none of the batch's): a person welcomed is a guest received (043) in either voice, what is
welcomed as praise is a state's act; "both" alone as an appeal's object (urged both to show
restraint) is the pair named before, as "both sides"; warning shots fired at another's ship or
plane are a show of force; a target that "would face revenge" is menaced; a call told first with
its caller after it (In a telephone call with Merkel, Draghi said…) is a call; the Queen named
without her numeral is still the Queen; a contact told with no day has the day the next sentence
gives it when it names it again (… during the call on Friday); a promise with its day before
its infinitive (vowed on Wednesday to adopt sanctions) is a promise, as "vowed to" is.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# The stories are coded on the fourteenth batch's day (test_en_batch22.DAY, a Wednesday).
# Each case: why, the story, the events that must be found, and the (source, code prefix,
# target) that must not be.
CASES = [
    ("a person welcomed by a host, passive",
     "BEIJING, March 10 (Dipwatch) - Russian President Vladimir Putin was welcomed by Chinese "
     "President Xi Jinping on Wednesday.",
     [("CHN", "043", "RUS", "2021-03-10")], [("CHN", "051", "RUS")]),
    ("a person welcomed by a host, active",
     "BEIJING, March 10 (Dipwatch) - Chinese President Xi Jinping welcomed Russian President "
     "Vladimir Putin on Wednesday.",
     [("CHN", "043", "RUS", "2021-03-10")], [("CHN", "051", "RUS")]),
    ("control: a person's act welcomed is praise",
     "BEIJING, March 10 (Dipwatch) - Chinese President Xi Jinping welcomed Russian President "
     "Vladimir Putin's proposal on Wednesday.",
     [("CHN", "051", "RUS", "2021-03-10")], [("CHN", "043", "RUS")]),
    ("control: a state welcomed is praise",
     "BRUSSELS, March 10 (Dipwatch) - NATO welcomed Sweden on Wednesday.",
     [], [("NAT", "043", "SWE")]),
    ("the Queen without her numeral, as the host of a passive welcome",
     "LONDON, March 10 (Dipwatch) - Japanese Emperor Naruhito was welcomed by Queen Elizabeth "
     "on Wednesday.",
     [("GBR", "043", "JPN", "2021-03-10")], []),
    ("'both' alone as an appeal's object",
     "CAIRO, March 10 (Dipwatch) - Ethiopia and Egypt traded accusations on Wednesday. The "
     "United States urged both to show restraint.",
     [("USA", "02", "ETH", "2021-03-10"), ("USA", "02", "EGY", "2021-03-10")], []),
    ("control: 'both' as a determiner of a subject",
     "CAIRO, March 10 (Dipwatch) - Ethiopia and Egypt met in Cairo on Wednesday. Russia and "
     "Turkey both praised the meeting.",
     [], [("RUS", "051", "ETH"), ("TUR", "051", "EGY")]),
    ("warning shots at another's vessel",
     "MANILA, March 10 (Dipwatch) - A Chinese coast guard ship fired warning shots at a "
     "Philippine fishing boat on Wednesday.",
     [("CHN", "150", "PHL", "2021-03-10")], [("CHN", "19", "PHL")]),
    ("warning shots towards another's drone",
     "TAIPEI, March 10 (Dipwatch) - Taiwanese troops fired warning shots towards a Chinese "
     "drone on Wednesday.",
     [("TWN", "150", "CHN", "2021-03-10")], []),
    ("an intrusion into the airspace over a state",
     "TAIPEI, March 10 (Dipwatch) - Chinese drones entered the airspace over Taiwan on "
     "Wednesday.",
     [("CHN", "150", "TWN", "2021-03-10")], []),
    ("a target that would face revenge",
     "TEHRAN, March 10 (Dipwatch) - Iran said on Wednesday that Israel would face harsh "
     "revenge for the killing.",
     [("IRN", "130", "ISR", "2021-03-10")], []),
    ("a target that would suffer retribution",
     "TEHRAN, March 10 (Dipwatch) - Iran's president said on Wednesday that the United States "
     "would suffer retribution.",
     [("IRN", "130", "USA", "2021-03-10")], []),
    ("control: the sayer's own state facing punishment menaces no one",
     "TEHRAN, March 10 (Dipwatch) - Iran said on Wednesday it would face U.S. sanctions "
     "without fear.",
     [], [("IRN", "13", "USA")]),
    ("a call told before its caller",
     "ROME, March 10 (Dipwatch) - In a telephone call with German Chancellor Angela Merkel on "
     "Wednesday, Italian Prime Minister Mario Draghi discussed the pandemic.",
     [("ITA", "041", "DEU", "2021-03-10")], []),
    ("a contact's day told in the next sentence that names it again",
     "WASHINGTON, March 10 (Dipwatch) - Biden spoke with Japanese Prime Minister Yoshihide Suga. "
     "During the call on Tuesday, Biden praised Japan's efforts.",
     [("USA", "040", "JPN", "2021-03-09"), ("USA", "051", "JPN", "2021-03-09")], []),
    ("a call's day told after what was said in it",
     "WASHINGTON, March 10 (Dipwatch) - U.S. President Joe Biden spoke by telephone with "
     "Japanese Prime Minister Yoshihide Suga, the White House said. Suga thanked Biden during the "
     "call on Monday.",
     [("USA", "041", "JPN", "2021-03-08")], []),
    ("control: another act's day in the next sentence",
     "WASHINGTON, March 10 (Dipwatch) - U.S. President Joe Biden praised Japan. Biden met Suga "
     "on Monday.",
     [("USA", "051", "JPN", "2021-03-10")], []),
    ("a promise of sanctions with its day before the infinitive",
     "WASHINGTON, March 10 (Dipwatch) - The United States vowed on Wednesday to adopt new "
     "sanctions against Iran.",
     [("USA", "13", "IRN", "2021-03-10")], [("USA", "163", "IRN")]),
    ("a pledge of sanctions with a date before the infinitive",
     "BRUSSELS, March 10 (Dipwatch) - The European Union pledged on March 9 to impose sanctions "
     "on Belarus.",
     [("EEC", "13", "BLR", "2021-03-09")], [("EEC", "163", "BLR")]),
    ("control: sanctions imposed on a day",
     "BRUSSELS, March 10 (Dipwatch) - The European Union imposed sanctions on Belarus on "
     "Wednesday.",
     [("EEC", "163", "BLR", "2021-03-10")], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_constructions_the_fourteenth_batch_left(
    why: str, text: str, found: list, absent: list
) -> None:
    # the fourteenth batch's own test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
