"""English lists named as the origin of what an act answers: "rejected the criticism from
Washington and Tokyo", "dismissed the accusations by Japan and South Korea". When the target is
no slot of the pattern but the first actor after the trigger, read after "from" or "by" that a
noun of the act answered opens, the actors joined to it by "and" are its co-authors and targets
each, as a list in the object slot is ("rejected criticism from Japan and South Korea" was read
so, "the criticism from…" kept only the first).

>>> bool(_ORIGIN.search("rejected the criticism from "))
True
>>> bool(_ORIGIN.search("rejected the plan for "))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate
from dipwatch.coder.slots import coordinated

# A noun of what is answered, then the preposition of its author, right before the target.
_ORIGIN = re.compile(r"\b(?:the\s+|their\s+)?[a-z\-]+\s+(?:from|by)\s+(?:the\s+)?$")


def origin_list(c: Candidate) -> str | None:
    """The criticism from Washington and Tokyo: each listed author is a target."""
    target, mt = c.target, c.mt
    if "T" in c.slots or target is None or len(c.targets) != 1 or target.start < c.b:
        return None
    if mt.text.find(" and ", target.end, min(target.end + 40, mt.s.end)) < 0:
        return None  # (a cheap test first: no list after the target)
    if _ORIGIN.search(mt.text, max(c.b, target.start - 40), target.start) is None:
        return None
    if any(c.b < m.start < target.start and m.country for m in mt.active):
        return None  # another actor stands between: the target is not the verb's first
    c.targets = list(coordinated(mt, target, c.source, (1,)))
    return None
