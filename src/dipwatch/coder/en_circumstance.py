"""The circumstance an act is set in names no party of it (issue 10, English that generalises).

A prepositional adjunct of circumstance after the verb (*amid* friction with China, *despite*
pressure from Washington, *in the face of* threats from Russia) says what surrounded the act,
not whom it was done to: "Modi and Sunak agreed to expand trade amid friction with China" is an
intent of the two towards each other, and none towards China. A pattern's object slot reaches
across such an adjunct within its gap, so the actor it takes there is dropped, and the act is
coded only if another step finds its partner (the joint subject, the story's).
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, gated

# Clause-level prepositions of circumstance; not "with" or "against", which take a partner.
_CIRCUMSTANCE = re.compile(r"\b(?:amid|amidst|despite|in the face of|against the backdrop of)\s")


@gated(("amid", "despite", "in the face of", "against the backdrop of"))
def circumstance_object(c: Candidate) -> str | None:
    """agreed to expand trade amid friction with China: China is where the act stood, not its
    target."""
    target = c.target
    if target is None or target.start <= c.b:
        return None
    if _CIRCUMSTANCE.search(c.mt.text, c.b, target.start) is None:
        return None
    if c.slots.get("T") is target:
        c.drop("T")
    c.target = None
    return None
