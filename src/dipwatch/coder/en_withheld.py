"""A judgement withheld is no rejection (issue 10, English that generalises).

"Brazil refused to condemn the invasion", "China has declined to criticise Moscow", "declined to
call the assault an invasion": a refusal whose infinitive is a verb of judging (condemn,
criticise, denounce, blame, call, describe, comment) tells that a judgement was not made, a
negated act (eval/README.md: no event), not that the doer rejected anyone's proposal or demand.
The rejection rule reads ``refused``/``declined`` with any object and took the judged party, or
the story's, as the one rejected. A refusal to meet, accept, allow or sign stays a rejection.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules, gated

_REFUSING = r"(?:refus|declin)\w*"
_REFUSAL = re.compile(rf"{_REFUSING}$", re.IGNORECASE)
# A time may stand between the refusal and its infinitive (declined on Friday to criticise), a
# manner adverb between "to" and the verb (refused to publicly condemn).
_TIME = r"(?:\s+(?:late\s+|early\s+)?on\s+[a-z]+day|\s+yesterday|\s+again|\s+so\s+far)?"
_TO = r"\s+to\s+(?:publicly\s+|openly\s+|explicitly\s+|formally\s+)?"
_JUDGING = re.compile(
    rf"{_TIME}{_TO}(?:condemn|criticis|criticiz|denounc|blame|censur|call|describe|label|"
    r"comment)\w*\b(?!\s+off\b)",  # (refused to call off the offensive: an act not stopped)
    re.IGNORECASE,
)
# The judging verb's own trigger, a refusal before it (refused on Friday to condemn).
_REFUSED_BEFORE = re.compile(rf"\b{_REFUSING}{_TIME}{_TO}$", re.IGNORECASE)
_JUDGED = ("11", "12")


@for_rules(lambda rule: rule.code[:2] in _JUDGED)
@gated(("refus", "declin"))
def withheld_judgement(c: Candidate) -> str | None:
    """refused to condemn the invasion: the judgement not made, no rejection of anyone."""
    text = c.mt.text
    if c.code.startswith("12") and _REFUSAL.search(text, c.a, c.b) is not None:
        return "negated" if _JUDGING.match(text, c.b) else None
    if c.code.startswith("11") and _REFUSED_BEFORE.search(text, max(c.mt.s.start, c.a - 60), c.a):
        return "negated"
    return None
