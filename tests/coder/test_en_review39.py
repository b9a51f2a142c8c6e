"""Faults the review of the sixteenth round's new English rules found (review-en39's section of
eval/README.md), in wire sentences of our own: harm told by its victim is the sayer's
accusation only when the possessive opens the act's object (seized its fishing boats), not a
place a preposition leads (detained smugglers on its territory) nor the doer's own (arrested its
own opposition leaders); praise a calling verb gives is none when denied after the called object
(a competitor, not a partner); a yes-no question tells no act; the new words of blame
(inappropriate, unsatisfactory) judge a called object, they ring no one; an invitation "to hold"
something in a state is a visit only when a meeting is held.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("the victim's own boats: an accusation of the doer",
     "HANOI, March 10 (Dipwatch) - Vietnam said on Tuesday Laos had seized its fishing boats.",
     [("VNM", "112", "LAO", "2021-03-09")], [("LAO", "17", "VNM")]),
    ("a place after a preposition: no victim, no accusation",
     "BANGKOK, March 10 (Dipwatch) - Thailand said on Tuesday Cambodia had detained smugglers "
     "on its territory.",
     [], [("THA", "112", "KHM")]),
    ("'their' after 'in': where the arrest was made",
     "TOKYO, March 10 (Dipwatch) - Japan said on Tuesday Russia had arrested spies in their "
     "embassy.",
     [], [("JPN", "112", "RUS")]),
    ("'its own' is the doer's: no accusation by the sayer",
     "BANGKOK, March 10 (Dipwatch) - Thailand said on Tuesday Myanmar had arrested its own "
     "opposition leaders.",
     [], [("THA", "112", "MMR")]),
    ("praise denied after the called object: none",
     "WASHINGTON, March 10 (Dipwatch) - Biden on Tuesday called China a competitor, not a "
     "partner.",
     [], [("USA", "051", "CHN")]),
    ("praise of a called object still read",
     "PHNOM PENH, March 10 (Dipwatch) - Hun Sen on Tuesday called China and Cambodia "
     "\"iron-clad friends\".",
     [("KHM", "051", "CHN", "2021-03-09")], [("KHM", "041", "CHN")]),
    ("'unsatisfactory' after a called act: a judgement, no call",
     "MANILA, March 10 (Dipwatch) - Manila on Tuesday called the Chinese response "
     "unsatisfactory.",
     [("PHL", "111", "CHN", "2021-03-09")], [("PHL", "041", "CHN")]),
    ("'inappropriate' after a called act: a judgement",
     "BEIJING, March 10 (Dipwatch) - China on Tuesday called Japan's remarks inappropriate.",
     [("CHN", "111", "JPN", "2021-03-09")], [("CHN", "041", "JPN")]),
    ("an invitation to hold a press conference: no visit",
     "TOKYO, March 10 (Dipwatch) - Japan on Tuesday accepted an invitation to hold a press "
     "conference in Beijing.",
     [], [("JPN", "036", "CHN")]),
    ("an invitation to hold a meeting: a visit still",
     "BEIJING, March 10 (Dipwatch) - Xi on Tuesday accepted an invitation to hold a meeting in "
     "Moscow.",
     [("CHN", "036", "RUS", "2021-03-09")], []),
    ("a yes-no question tells no act: no readiness, no displeasure",
     "KYIV, March 10 (Dipwatch) - Is China ready to help Ukraine rebuild? Was Beijing "
     "dissatisfied with Seoul's reply? China on Tuesday said it was ready to help Ukraine "
     "rebuild.",
     [("CHN", "030", "UKR", "2021-03-09")], [("CHN", "111", "KOR")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_faults_of_the_review(why: str, text: str, found: list, absent: list) -> None:
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
