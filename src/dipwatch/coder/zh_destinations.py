"""A state right after a verb of going (转往德国进行国事访问, 前往, 赴, 抵达) is where its subject
went, never the doer of what the clause goes on to tell (…，6 日在柏林会见南韩总统: no visit of
Germany's to Korea). Twelfth prose batch (eval/README.md), a ``zh_checks.ZH`` step."""

from __future__ import annotations

from dipwatch.coder.carry import lent_for
from dipwatch.coder.checks import Candidate

#: Verbs of going whose object is the place gone to (read with endswith: 赴 holds 转赴, 远赴).
_GOING = ("转往", "前往", "抵达", "转抵", "飞抵", "赴")


def not_a_destination(c: Candidate) -> str | None:
    """The source right after a verb of going, with the trigger after it (the source slot
    filled by the place the subject went to). In a sentence that names no doer and goes on
    from one before (21 日转往阿尔及利亚，27 日抵达摩洛哥: the tour's traveller lent), the
    traveller is the doer of the next stop too, as he is of the first."""
    mt, source = c.mt, c.source
    if source is None or source.start == source.end or source.end > c.a:
        return None
    if not mt.text.endswith(_GOING, mt.s.start, source.start):
        return None
    lent = None if "S" in c.slots else lent_for(mt.carry, c.rule.code)
    traveller = lent[0] if lent is not None else None
    if traveller is not None and traveller.start < mt.s.start and c.slots.get("T") is not None:
        c.source = traveller
        return None
    return "destination"
