"""A verb whose object is named right after it (外交部隨後批評中共對蓋亞那施壓) is aimed at that
object, not at a party lent from the sentence before (蓋亞那, who had just ended an accord):
twelfth prose batch (eval/README.md), a ``zh_checks.ZH`` step."""

from __future__ import annotations

from dipwatch.coder.checks import Candidate


def object_named_after_the_verb(c: Candidate) -> str | None:
    """The target lent from outside the sentence gives way to an actor of another state that
    starts right after the trigger, in the sentence."""
    mt, source, target = c.mt, c.source, c.target
    if source is None or target is None or mt.s.start <= target.start < mt.s.end:
        return None
    named = next((m for m in mt.active if m.start == c.b), None)
    if named is not None and named.country and named.country != source.country:
        c.target = named
    return None
