"""A verb of saying with two reported clauses joined by "and that" (issue 10, English that
generalises): "said his country would not be cowed and that the government was preparing
countermeasures". Negation and tense are read from the source to the trigger; across the first
clause they read its "not" and "would" as the second's, and the menace of the second was lost
as negated. Each "that" clause has its own polarity and tense: they are read from the last
"and that" before the trigger.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate

_AND_THAT = re.compile(r",?\s+and\s+that\s+", re.IGNORECASE)


def own_that_clause(c: Candidate) -> str | None:
    """Move where negation and tense are read (``lo``) to the start of the trigger's own
    reported clause when an "and that" opens it after the source; never drops a candidate."""
    mt = c.mt
    if c.lo >= c.a or mt.text.find("and that", c.lo, c.a) < 0:  # a quick test first
        return None
    last = None
    for found in _AND_THAT.finditer(mt.text, c.lo, c.a):
        last = found
    if last is not None:
        c.lo = last.end()
    return None
