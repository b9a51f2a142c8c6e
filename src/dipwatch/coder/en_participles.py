"""The object of a participial adjunct that names no actor (issue 10, English that
generalises).

A participle after a comma tells more of the main clause's act, by its doer, about its object:
cut ties with Morocco, *accusing its neighbour* of hostile actions; expelled Bolivia's
ambassador, *accusing him* of meddling. When the participle's object is a pronoun or an
epithet, it is the main clause's object; the coder skipped it and took the next state named
(the region the tension was over, the election meddled in) as the accused.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate
from dipwatch.coder.doc import Mention
from dipwatch.coder.slots import coordinated

# A comma and a participle right before the trigger's end: ", accusing".
_ADJUNCT_PARTICIPLE = re.compile(r",\s+(?:\w+ly\s+)?\w+ing\s*$")
# An object that names no actor: a pronoun, or an epithet of a state (its neighbour).
_ANAPHORIC_OBJECT = re.compile(
    r"\s+(?:him|her|it|them|its\s+(?:neighbou?r|rival|ally|partner)|the\s+(?:country|"
    r"neighbou?r|kingdom|republic|island))\b"
)


def main_clause_object(c: Candidate, comma: int) -> Mention | None:
    """The last actor named between the doer and the adjunct's comma that is of another state
    than the doer, and not one of the doers listed with it: the main clause's object (Bolivia's
    ambassador; in "Saudi Arabia, the UAE and Egypt severed ties with the Gulf state", none)."""
    source = c.source
    if source is None:
        return None
    doers = {id(m) for m in coordinated(c.mt, source, None, (-1, 1))}
    named = [m for m in c.mt.active
             if source.end <= m.start and m.end <= comma and id(m) not in doers]  # fmt: skip
    return next((m for m in reversed(named) if m.country and m.country != source.country), None)


def adjunct_object(c: Candidate) -> str | None:
    """expelled Bolivia's ambassador on Tuesday, accusing him of meddling in Ecuador's
    election: "him" is the ambassador, and Bolivia the accused, not Ecuador."""
    text = c.mt.text
    anaphor = _ANAPHORIC_OBJECT.match(text, c.b)  # (read first: one place, seldom there)
    if anaphor is None:
        return None
    adjunct = _ADJUNCT_PARTICIPLE.search(text, c.mt.s.start, c.b)
    if adjunct is None or (c.target is not None and c.target.start < anaphor.end()):
        return None  # no such object, or the pronoun was read already (it: the Gulf state)
    target = main_clause_object(c, adjunct.start())
    if target is not None:
        c.target = target
    return None
