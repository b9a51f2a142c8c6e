"""Faults review-en38 left (its section of eval/README.md), mended by coder-en39 in wire
sentences of our own: trade stopped with a state is an embargo whatever the head noun after
"trade" (relations, ties), not a withdrawal; an assurance of support given by telephone is the
assurance (one verb, one act), and "by phone" is a means, no call of the words around it; a
present-tense verb with an adverb of habit (goes to Brazil each year) is a habit, no plan and
no act of the day; a thing of the sayer's ("its tanker") and a participle with "by" after it
(seized by Britain) names the one after "by" as the doer.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("trade relations suspended: a sanction, no expulsion",
     "BEIJING, March 10 (Dipwatch) - China suspended trade relations with Australia on Tuesday.",
     [("CHN", "163", "AUS", "2021-03-09")], [("CHN", "166", "AUS")]),
    ("trade halted with a state, no head noun after it: a sanction too",
     "TOKYO, March 10 (Dipwatch) - Japan halted all trade with North Korea on Tuesday.",
     [("JPN", "163", "PRK", "2021-03-09")], [("JPN", "166", "PRK")]),
    ("an assurance of support by phone: the assurance, and no call of the one assured",
     "TOKYO, March 10 (Dipwatch) - Kishida assured Biden by phone on Tuesday of Japan's "
     "support.",
     [("JPN", "032", "USA", "2021-03-09")],
     [("JPN", "041", "USA"), ("USA", "041", "JPN")]),
    ("an assurance by phone of no support: the call",
     "TOKYO, March 10 (Dipwatch) - Kishida assured Biden by phone on Tuesday that Japan "
     "would stand with him.",
     [("JPN", "041", "USA", "2021-03-09")], []),
    ("a journey in the present with 'each year': a habit, no plan",
     "BEIJING, March 10 (Dipwatch) - The Chinese premier goes to Brazil each year.",
     [], [("CHN", "03", "BRA"), ("CHN", "04", "BRA")]),
    ("an adverb of habit before a present-tense visit: no visit either",
     "BEIJING, March 10 (Dipwatch) - The Chinese premier usually visits Brazil in May.",
     [], [("CHN", "03", "BRA"), ("CHN", "04", "BRA")]),
    ("a present-tense journey on a day, no habit: still a schedule",
     "BEIJING, March 10 (Dipwatch) - The Chinese premier goes to Brazil on Friday.",
     [("CHN", "036", "BRA", "2021-03-10")], []),
    ("its tanker seized by Britain: Britain the seizer, Iran the one it was done to",
     "TEHRAN, March 10 (Dipwatch) - Iran demanded on Tuesday the immediate release of its "
     "tanker seized by Britain.",
     [("GBR", "19", "IRN", "2021-03-09")], [("IRN", "19", "GBR")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_faults_review38_left(why: str, text: str, found: list, absent: list) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
