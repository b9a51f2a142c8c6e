"""The circumstance an act is set in, and who asked for it, name no party of it (issue 10,
English that generalises).

A prepositional adjunct of circumstance after the verb (*amid* friction with China, *despite*
pressure from Washington, *in the face of* threats from Russia) says what surrounded the act,
not whom it was done to: "Modi and Sunak agreed to expand trade amid friction with China" is an
intent of the two towards each other, and none towards China. A pattern's object slot reaches
across such an adjunct within its gap, so the actor it takes there is dropped, and the act is
coded only if another step finds its partner (the joint subject, the story's). So is the
requester an act names after it (detained in Vancouver *at the request of* the United States):
the one who asked, not the one the act is done to.
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
    _drop_target_after(c, _CIRCUMSTANCE, c.b)
    return None


# The one who asked for the act, named after it: the requester, not the one it is done to.
_REQUESTER = re.compile(r"\bat\s+the\s+(?:request|behest|urging)\s+of\s+(?:the\s+)?$")


@gated(("request", "behest", "urging"))
def requester_object(c: Candidate) -> str | None:
    """was detained in Vancouver at the request of the United States: the United States asked
    for the arrest, and is not the one arrested."""
    if c.target is not None:
        _drop_target_after(c, _REQUESTER, max(c.b, c.target.start - 32))
    return None


def _drop_target_after(c: Candidate, words: re.Pattern[str], lo: int) -> None:
    """Drop a target named after the trigger when ``words`` stand in ``[lo, target)``."""
    target = c.target
    if target is not None and target.start > c.b and words.search(c.mt.text, lo, target.start):
        c.drop_target()
