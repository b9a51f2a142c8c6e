"""A pair's pause of force (以色列总理会见美国国务卿，双方宣布暂停对加沙的空袭): the pause is the
striker's, not that of whichever of the two stands nearest the verb. A ``zh_checks.ZH`` step.
"""

from __future__ import annotations

from dipwatch.coder.carry import PAIR_WORDS
from dipwatch.coder.checks import FORCE, Candidate
from dipwatch.coder.doc import Mention

#: De-escalation by force held back, whose pauses these are (not the pair's mutual exchanges).
_PAUSE = "087"


def pause_of_the_striker(c: Candidate) -> str | None:
    """When a pair word stands between the doer the pattern took and a pause of force, the
    doer is the member of the pair that used force on the target earlier in the text (the
    matches coded so far), else the first of the pair named in the sentence. Never rejects."""
    mt, source, target = c.mt, c.source, c.target
    if source is None or target is None or c.code != _PAUSE:
        return None
    pair_at = max(mt.text.rfind(w, source.end, c.a) for w in PAIR_WORDS)  # (…，双方宣布暂停…)
    if pair_at < 0:
        return None
    members = [m for m in mt.mentions if mt.s.start <= m.start and m.end <= pair_at
               and not m.inert and m.kind != "place" and m.country != target.country]  # fmt: skip
    if len(members) < 2:
        return None
    c.source = _striker(mt.coding.matches, members, target) or members[0]
    return None


def _striker(matches: list, members: list[Mention], target: Mention) -> Mention | None:
    """The member whose force on the target's state a match tells."""
    strikers = {m.source.country for m in matches if m.code[:2] in FORCE and m.source is not None
                and m.target is not None and m.target.country == target.country}  # fmt: skip
    return next((m for m in members if m.country in strikers), None)
