"""Constructions the seventeenth English batch (en-d366…en-d377, coder-en27's section of
eval/README.md) showed, in wire sentences of our own (none of the batch's): a menace quoted
before its speaker ("The U.S. side must bear the consequences," the ministry said), the state
the modal's subject; "both Koreas", a pair as "the two Koreas" is; a call to respond calmly,
a call for restraint; fire returned, force against whoever fired first; a state taken to a
tribunal, a court or the WTO, a legal case against it; a protest note handed to an envoy, a
protest; talks a pair began or opened, talks; a weekday closing a verb's possessed object
(welcomed Britain's decision on Friday), the verb's day; an appeal for restraint with no
addressee (urged restraint, urged calm from all sides), aimed at no state the story names;
"meet" with a norm or an aim as its object (meet high standards), no meeting; a contact the
subject of a passive of putting off (planned visits … had been put off), none made.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("a menace quoted before its speaker",
     "ANKARA, March 10 (Dipwatch) - Turkey recalled its ambassador to Austria on Wednesday. "
     "\"The Austrian side will pay a price,\" the foreign ministry said.",
     [("TUR", "130", "AUT", "2021-03-10")], []),
    ("the same, a state's name as the subject",
     "MOSCOW, March 10 (Dipwatch) - Russia expelled two Estonian diplomats on Wednesday. "
     "\"Tallinn must bear the consequences,\" the ministry said.",
     [("RUS", "130", "EST", "2021-03-10")], []),
    ("control: a state named earlier in the clause is not the modal's subject",
     "BEIJING, March 10 (Dipwatch) - China recalled its envoy from Lithuania on Wednesday. "
     "\"Vilnius has promoted a separate Taiwan and will bear the consequences,\" the ministry said.",
     [], [("CHN", "13", "TWN")]),
    ("both Koreas: a pair",
     "TOKYO, March 10 (Dipwatch) - Japan urged both Koreas on Wednesday to resume dialogue.",
     [("JPN", "02", "KOR", "2021-03-10"), ("JPN", "02", "PRK", "2021-03-10")], []),
    ("a call to respond calmly is a call for restraint",
     "NEW DELHI, March 10 (Dipwatch) - India urged Pakistan on Wednesday to react calmly to the "
     "arrests.",
     [("IND", "0256", "PAK", "2021-03-10")], [("IND", "10", "PAK")]),
    ("control: a state that says it will respond calmly appeals to no one",
     "NEW DELHI, March 10 (Dipwatch) - India said on Wednesday it would respond calmly to "
     "Pakistan's move.",
     [], [("IND", "02", "PAK")]),
    ("fire returned: force against whoever fired first",
     "NEW DELHI, March 10 (Dipwatch) - Pakistani troops shelled Indian posts in Kashmir on "
     "Wednesday, and Indian soldiers returned fire, the army said.",
     [("IND", "190", "PAK", "2021-03-10")], []),
    ("control: fire not returned",
     "NEW DELHI, March 10 (Dipwatch) - Pakistani troops shelled Indian posts in Kashmir on "
     "Wednesday, but Indian soldiers did not return fire, the army said.",
     [], [("IND", "19", "PAK")]),
    ("a state taken to a tribunal",
     "CANBERRA, March 10 (Dipwatch) - Australia said on Wednesday it had taken Japan to the "
     "International Court of Justice over whaling.",
     [("AUS", "115", "JPN", "2021-03-10")], []),
    ("a state taken to the WTO",
     "OTTAWA, March 10 (Dipwatch) - Canada took the United States to the WTO on Wednesday over "
     "lumber duties.",
     [("CAN", "115", "USA", "2021-03-10")], []),
    ("control: an envoy taken to dinner",
     "OTTAWA, March 10 (Dipwatch) - Canada's foreign minister took the U.S. ambassador to dinner "
     "on Wednesday.",
     [], [("CAN", "11", "USA")]),
    ("a protest note handed to an envoy",
     "MANILA, March 10 (Dipwatch) - The Philippines handed a note of protest to China's envoy "
     "on Wednesday over the water cannon.",
     [("PHL", "114", "CHN", "2021-03-10")], []),
    ("control: a note of thanks handed over",
     "MANILA, March 10 (Dipwatch) - The Philippines handed a note to China's envoy on Wednesday.",
     [], [("PHL", "11", "CHN")]),
    ("talks a pair began, an adjective between",
     "BRUSSELS, March 10 (Dipwatch) - The European Union and India opened formal talks on a "
     "trade pact on Wednesday.",
     [("EEC", "046", "IND", "2021-03-10")], []),
    ("an appeal for calm with no addressee is aimed at no one",
     "TOKYO, March 10 (Dipwatch) - Japan cut trade with North Korea on Wednesday. Russia, the "
     "North's neighbour, urged calm and restraint from all sides.",
     [], [("RUS", "02", "JPN"), ("RUS", "02", "PRK")]),
    ("the same, a relative clause between",
     "LONDON, March 10 (Dipwatch) - Britain and the EU imposed sanctions on Belarus on "
     "Wednesday. India, which abstained in a vote on Tuesday, urged restraint.",
     [], [("IND", "02", "GBR"), ("IND", "02", "EEC"), ("IND", "02", "BLR")]),
    ("control: the addressees named",
     "NEW DELHI, March 10 (Dipwatch) - Armenia and Azerbaijan exchanged fire on Wednesday. "
     "India urged both sides to show restraint.",
     [("IND", "0256", "ARM", "2021-03-10"), ("IND", "0256", "AZE", "2021-03-10")], []),
    ("a norm met is no meeting",
     "TOKYO, March 10 (Dipwatch) - Japan joined the fund on Wednesday. Washington has told its "
     "partners to wait until the fund shows it can meet international standards.",
     [], [("USA", "04", "JPN")]),
    ("control: a meeting with a state, a norm only its topic",
     "TOKYO, March 10 (Dipwatch) - Japan's prime minister met the Indian prime minister on "
     "Wednesday to discuss standards.",
     [("JPN", "040", "IND", "2021-03-10")], []),
    ("a contact the subject of a passive of putting off was not made",
     "OSLO, March 10 (Dipwatch) - Russia suspended military exchanges with Norway on Wednesday. "
     "Russia's defence ministry said planned visits between the two militaries had been "
     "postponed.",
     [], [("RUS", "04", "NOR")]),
    ("control: a visit named as the subject of another verb was made",
     "SEOUL, March 10 (Dipwatch) - The Japanese defence minister's visit to Seoul on Wednesday "
     "was the first in a decade.",
     [("JPN", "042", "KOR", "2021-03-10")], []),
    ("a weekday after the verb's possessed object dates the verb",
     "LONDON, March 10 (Dipwatch) - Italy said on Monday it would join the bank. Germany "
     "welcomed Italy's decision on Wednesday.",
     [("DEU", "051", "ITA", "2021-03-10")], []),
    ("control: a date after the possessed noun stays the noun's",
     "TOKYO, March 10 (Dipwatch) - Japan on Wednesday criticised Russia's vote on March 2.",
     [("JPN", "111", "RUS", "2021-03-10")], []),
    ("control: 'and' joining clauses, talks only ready to begin",
     "WASHINGTON, March 10 (Dipwatch) - Blinken said he had invited Iran's foreign minister to "
     "meet him next week, and that Washington was ready to begin talks.",
     [], [("IRN", "03", "USA"), ("IRN", "04", "USA")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_constructions_of_the_seventeenth_batch(
    why: str, text: str, found: list, absent: list
) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
