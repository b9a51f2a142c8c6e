"""English yes-no questions: "Is China ready to help Ukraine rebuild?", "Was Beijing
dissatisfied with Seoul's reply?". A sentence that opens with an auxiliary and ends with a
question mark asks whether the act is so; it tells no act (a columnist's or a reporter's
question, a headline), whatever a rule reads in it (review-en39). A question word's question
(why did China expel…?) takes the act as told, and is left to the rules.

>>> bool(_YES_NO.match('is china ready to help ukraine rebuild?'))
True
>>> bool(_YES_NO.match('"will beijing retaliate?'))
True
>>> bool(_YES_NO.match('china is ready to help ukraine rebuild.'))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.matcher import Matcher
from dipwatch.coder.rules import Pattern, Rule

# An auxiliary or a copula first (perhaps after an opening quote), the question mark last.
_YES_NO = re.compile(
    r"[\"“‘']?(?:is|are|was|were|will|would|does|do|did|can|could|should|has|have|had|may|"
    r"might|must|shall)\b[^.!;]*\?[\"”’']?\s*$"
)


def yes_no_question(mt: Matcher, rule: Rule, pattern: Pattern, a: int, b: int) -> str | None:
    """The trigger's sentence is a yes-no question: no act told."""
    if not mt.text[mt.s.start : mt.s.end].rstrip().rstrip("\"”’'").endswith("?"):
        return None  # (a cheap test first: almost every sentence is a statement)
    return "question" if _YES_NO.match(mt.text, mt.s.start, mt.s.end) else None
