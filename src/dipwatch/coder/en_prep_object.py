"""The object of a preposition is the noun phrase right after it (issue 10, English that
generalises).

A pattern's target slot after a preposition (talks *with* {T}) takes the nearest actor within
its gap. When the preposition's own object is a proper noun the reference does not know (a
region, a body with no code: consultations with *Europe* on China), the nearest actor after it
is the object of a later preposition (*on* China): what the talks are about, not the partner.
The target is then dropped, and the act is coded only if another step finds its partner.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate

_PREPOSITION = re.compile(
    r"\b(?:with|to|on|over|about|in|at|for|from|against|toward|towards|into|by)\b"
)
# A preposition's object: a determiner at most, then a capitalised name (Europe, the Gulf).
_NAMED_OBJECT = re.compile(r"\s+(?:the\s+)?([A-Z][\w\-]*)(?:\s+[A-Z][\w\-]*){0,2}\s+$")


def later_preposition_object(c: Candidate) -> str | None:
    """with Europe on China: the target after a second preposition, when the first one's
    object is an unknown name, is no partner of the act."""
    target = c.target
    if target is None or target.start <= c.b:
        return None
    text = c.mt.text
    preps = list(_PREPOSITION.finditer(text, c.b, target.start))
    if len(preps) < 2 or "," in text[c.b : target.start]:
        return None
    first, last = preps[-2], preps[-1]
    named = _NAMED_OBJECT.fullmatch(c.mt.coding.norm, first.end(), last.start())
    if named is None or _known(c, first.end(), last.start()):
        return None
    c.drop_target()
    return None


def _known(c: Candidate, lo: int, hi: int) -> bool:
    """Is something the coder knows in ``[lo, hi)``: an actor or place (read by the other
    steps) or a time (sanctions on Friday on seven officials: the name is a weekday)?"""
    spans = [(m.start, m.end) for m in c.mt.mentions] + list(c.mt.dates)
    return any(s < hi and e > lo for s, e in spans)
