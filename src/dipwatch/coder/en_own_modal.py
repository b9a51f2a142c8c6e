"""A reported "must" or "should" binding the sayer's own state (issue 10, English that
generalises).

``en.100.demand`` reads "{S} said {T} must|should" as a demand on the one the modal binds. When
that is the sayer's own state (a Peruvian official said Peru should seize a Chilean boat), the
sayer demands nothing of anyone: it says what its own side ought to do. The check of distinct
states then replaced the own state by the next one named, and the boat's state became the one
a demand was made of.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules

_MODAL_AFTER = re.compile(r"\s+(?:must|should|has\s+to|have\s+to)\b")


@for_rules(lambda rule: rule.id == "en.100.demand")
def own_state_bound(c: Candidate) -> str | None:
    """said that Peru must close its border: no demand when the state the modal binds is the
    sayer's own."""
    bound, source = c.slots.get("T"), c.source
    if bound is None or source is None or bound.start < c.a:
        return None
    if _MODAL_AFTER.match(c.mt.text, bound.end) is None:
        return None  # pressured its own workers to cancel a strike: a demand inside one state
    if bound.country is not None and bound.country == source.country:
        return "own_state_bound"
    return None
