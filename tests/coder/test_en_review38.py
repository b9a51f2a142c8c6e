"""Faults the review of the fifteenth round's new English rules found (review-en38's section
of eval/README.md), in wire sentences of our own: harm a state says it suffered, told in the
passive with its doer after "by", is an accusation of that doer only when not denied inside what
is said (its police were not attacked by…), also when the sayer itself is the victim (it had
been attacked by…), and the victim named by "its" is the sayer's whatever target the sentence
before left; the talks an infinitive's "hold" or "have" takes (urged both sides to hold
talks) are asked for, not held; a subject opening a clause joined by ", and" acts within
its own clause.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("harm denied inside what is said: no accusation of the doer",
     "NEW DELHI, March 10 (Dipwatch) - India said on Tuesday its police were not attacked by "
     "Chinese soldiers.",
     [], [("IND", "112", "CHN"), ("CHN", "19", "IND"), ("CHN", "18", "IND")]),
    ("the sayer itself the victim: an accusation of the doer, no act told as fact",
     "JERUSALEM, March 10 (Dipwatch) - Israel said on Tuesday it had been attacked by Iran.",
     [("ISR", "112", "IRN", "2021-03-09")], [("IRN", "19", "ISR")]),
    ("the victim the sayer's own by 'its', after a sentence on another state: no attack told",
     "ISLAMABAD, March 10 (Dipwatch) - Nepal said on Monday its police were attacked by "
     "Chinese soldiers. Pakistan said on Tuesday three of its soldiers were killed by Indian "
     "troops.",
     [("NPL", "112", "CHN", "2021-03-08"), ("PAK", "112", "IND", "2021-03-09")],
     [("IND", "18", "CHN"), ("IND", "19", "CHN")]),
    ("talks in an infinitive after 'urged': asked for, not held, also after a list of three",
     "YEREVAN, March 10 (Dipwatch) - Armenia and Azerbaijan clashed on the border on Sunday. "
     "Brazil, Argentina, and Chile urged both sides to hold talks on Monday.",
     [("BRA", "026", "ARM", "2021-03-08")],
     [("BRA", "040", "ARM"), ("CHL", "040", "AZE")]),
    ("talks in an infinitive after a two-state subject: no meeting either",
     "YEREVAN, March 10 (Dipwatch) - Armenia and Azerbaijan clashed on the border on Sunday. "
     "France and Chile urged both sides to hold talks on Monday.",
     [], [("FRA", "040", "ARM"), ("CHL", "040", "AZE")]),
    ("a clause joined by ', and': its subject's act is aimed within it, not at the clause before",
     "LIMA, March 10 (Dipwatch) - Chile held talks with Peru, and Bolivia expelled Argentina's "
     "ambassador on Tuesday.",
     [("BOL", "166", "ARG", "2021-03-09")], [("BOL", "166", "CHL"), ("BOL", "17", "ARG")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_faults_of_the_review(why: str, text: str, found: list, absent: list) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
