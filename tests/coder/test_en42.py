"""English false alarms review-en39 left (coder-en42's section of eval/README.md), in wire
sentences of our own: the consequence of an ``if`` or ``unless`` clause, said with will or
would, is not done; the harm a reported clause tells done to the doer's ``own`` is no
grievance of the sayer's; a sayer that is no state (analysts, experts) lends no intent; a
called object given a noun of blame (an insult) is judged, not telephoned; an airline named
after its state (Air China, Korean Air) is no state; a departure with its day between the verb
and its destination (leaves on Friday for Beijing) is a schedule, dated on the telling.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("a protest on a condition, the condition first: none",
     "TOKYO, March 10 (Dipwatch) - If the answer is unsatisfactory, China will protest to "
     "Japan.",
     [], [("CHN", "114", "JPN")]),
    ("a protest on a condition, 'unless' and 'would': none",
     "TOKYO, March 10 (Dipwatch) - Unless Tokyo explains itself, Beijing would lodge a protest "
     "with Japan.",
     [], [("CHN", "114", "JPN")]),
    ("a protest on a condition, the condition after: none",
     "TOKYO, March 10 (Dipwatch) - China will lodge a protest with Japan if the answer is "
     "unsatisfactory.",
     [], [("CHN", "114", "JPN")]),
    ("a protest lodged: still read",
     "TOKYO, March 10 (Dipwatch) - China on Tuesday lodged a protest with Japan.",
     [("CHN", "114", "JPN", "2021-03-09")], []),
    ("a condition opening a clause with no modal: the protest still read",
     "TOKYO, March 10 (Dipwatch) - If asked, China on Tuesday protested to Japan.",
     [("CHN", "114", "JPN", "2021-03-09")], []),
    ("a sanction on a condition: still a threat",
     "TEHRAN, March 10 (Dipwatch) - If the talks fail, the United States will impose sanctions "
     "on Iran.",
     [("USA", "13", "IRN", "2021-03-10")], [("USA", "16", "IRN")]),
    ("attacked their own boats: the accused's own, no accusation",
     "MANILA, March 10 (Dipwatch) - China said on Tuesday Philippine vessels had attacked their "
     "own supply boats.",
     [], [("CHN", "112", "PHL")]),
    ("attacked its supply boats: the sayer's, an accusation",
     "MANILA, March 10 (Dipwatch) - China said on Tuesday Philippine vessels had attacked its "
     "supply boats.",
     [("CHN", "112", "PHL", "2021-03-09")], []),
    ("violated their own commitments: still an accusation",
     "BEIJING, March 10 (Dipwatch) - China said on Tuesday the United States had violated its "
     "own commitments.",
     [("CHN", "112", "USA", "2021-03-09")], []),
    ("analysts' doubt: no intent of the state",
     "MOSCOW, March 10 (Dipwatch) - Analysts doubt China is ready to help Russia militarily.",
     [], [("CHN", "03", "RUS")]),
    ("experts' belief: no intent of the state",
     "MOSCOW, March 10 (Dipwatch) - Some Western experts believe China will help Russia.",
     [], [("CHN", "03", "RUS")]),
    ("the state's own word: intent still read",
     "MOSCOW, March 10 (Dipwatch) - China said on Tuesday it was ready to help Russia.",
     [("CHN", "030", "RUS", "2021-03-09")], []),
    ("called the claims an insult: a judgement, no call",
     "MANILA, March 10 (Dipwatch) - Manila on Tuesday called the Chinese claims an insult.",
     [("PHL", "111", "CHN", "2021-03-09")], [("PHL", "041", "CHN")]),
    ("called the embassy about the insult: a call still",
     "MANILA, March 10 (Dipwatch) - Manila on Tuesday called the Chinese embassy about the "
     "insult.",
     [("PHL", "041", "CHN", "2021-03-09")], [("PHL", "111", "CHN")]),
    ("an airline named after its state: no visit of the state",
     "BEIJING, March 10 (Dipwatch) - Air China flies on Thursday to Pyongyang. Korean Air "
     "flies on Friday to Beijing. Singapore Airlines flew to Beijing on Tuesday.",
     [], [("CHN", "0", "PRK"), ("KOR", "0", "CHN"), ("SGP", "0", "CHN")]),
    ("the air force is the state's: still read",
     "TOKYO, March 10 (Dipwatch) - The Chinese Air Force violated Japanese airspace on "
     "Tuesday.",
     [("CHN", "150", "JPN", "2021-03-09")], []),
    ("leaves on Friday for Beijing: a schedule, dated on the telling",
     "WASHINGTON, March 10 (Dipwatch) - Blinken leaves on Friday for Beijing.",
     [("USA", "036", "CHN", "2021-03-10")], [("USA", "042", "CHN")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_false_alarms_the_review_left(why: str, text: str, found: list, absent: list) -> None:
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
