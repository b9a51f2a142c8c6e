"""A "must" or "should" that binds the sayer's own state is no demand (issue 10, English that
generalises).

"A senior Iranian official said that Iran should seize a British oil tanker": the demand rule
(``en.100.demand``: said that X must|should) reads the state bound by the modal as the one the
demand is made of; when that state is the sayer's own, the sayer says what its state should
do (a proposal, a menace), and the check that looks for another state beside a target of the
source's own (``distinct_states``) made it a demand on Britain, named in the object. The state
bound by the modal is read before that check, and the demand is dropped.

>>> bool(_BOUND.match(" should seize"))
True
>>> bool(_BOUND.match(" said"))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules

# Right after the bound state: the modal of obligation.
_BOUND = re.compile(r"\s+(?:must|should|has\s+to|have\s+to)\b")


@for_rules(lambda rule: rule.id == "en.100.demand")
def own_state_bound(c: Candidate) -> str | None:
    """Said that Iran should seize a tanker (an Iranian speaking): no demand of anyone."""
    target, source = c.slots.get("T"), c.source
    if c.rule.id != "en.100.demand" or target is None or source is None or target.country is None:
        return None
    if target.country != source.country or target.start < c.a:
        return None
    return "own_state" if _BOUND.match(c.mt.text, target.end) else None
