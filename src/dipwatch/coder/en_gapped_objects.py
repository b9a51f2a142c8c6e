"""An object gapped after its verb and preposition: "called on North Korea to freeze its tests
and on the United States and South Korea to halt their exercises". The second conjunct repeats
only the preposition; its actors are objects of the same verb, as the first is. The object
slot takes the first actor after the preposition and the list reader stops at the infinitive,
so the second conjunct's states were lost."""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, gated
from dipwatch.coder.slots import coordinated

# The prepositions a verb's object may follow (called on, met with, imposed … on).
_PREPOSITIONS = frozenset(("on", "with", "to", "against", "upon"))
# Between the trigger and its object: words ending in the preposition.
_PREPOSITION_BEFORE = re.compile(r"\b(?P<prep>[a-z]+)\s+(?:the\s+)?$")
# How far after the first object its gapped twin may be (a short infinitive phrase between).
_REACH = 90


@gated(("and",))
def gapped_objects(c: Candidate) -> str | None:
    """A repeated preposition after the first object's phrase ("and on X and Y") adds X and Y
    as the act's targets, when nothing but that phrase stands between (no clause break)."""
    mt, target = c.mt, c.slots.get("T")
    if target is None or target.start < c.b or c.source is None or not c.targets:
        return None
    prep = _PREPOSITION_BEFORE.search(mt.text, max(c.a, target.start - 12), target.start)
    if prep is None or prep.group("prep") not in _PREPOSITIONS:
        return None
    end = min(mt.s.end, target.end + _REACH)
    again = re.compile(rf"(?:,\s*)?\band\s+{prep.group('prep')}\s+(?:the\s+)?")
    for m in again.finditer(mt.text, target.end, end):
        if re.search(r"[;:]|,\s+(?:which|who|while|but)\b", mt.text[target.end : m.start()]):
            return None
        head = next((x for x in mt.active if x.start == m.end()), None)
        if head is None or head.country == c.source.country:
            continue
        extra = [x for x in coordinated(mt, head, c.source) if x not in c.targets]
        c.targets = [*c.targets, *extra]
        return None
    return None
