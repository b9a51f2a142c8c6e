"""Whom a Chinese reaction answers when no coded act is carried to it (issue 10, the anatomy of
the CCTV misses in eval/README.md ``xwlb_docs``).

A reaction (谴责, 提出批评, 表达不满) told after the act it answers takes its target from that
act (``carry``), but only when the act itself was coded in a sentence just before. Most acts a
reaction answers are measures a state took that the coder does not code (an entry ban, a law
its parliament passed, a decision), so the reaction was dropped for want of a target. The
reaction names the measure instead (默克尔也对禁令提出批评, …等也对法案通过予以谴责); the item told
earlier whose measure it is (特朗普的“穆斯林禁令”, 以色列议会通过的相关法案). Each step here is a
``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.carry import lend_target, starting_in, told_of
from dipwatch.coder.checks import Candidate
from dipwatch.coder.doc import Mention
from dipwatch.coder.matcher import Matcher

#: Roots of a reaction to another's act: criticism, accusation, rejection.
REACTIONS = frozenset(("11", "12"))
#: Nouns a reaction names the measure it answers by.
_MEASURES = ("禁令", "法案", "决定", "决议", "法律", "法令", "条例", "提案", "计划", "政策", "制裁",
             "措施", "举措", "言论", "声明", "报告", "协议")  # fmt: skip
#: 对 + an optional demonstrative + a measure noun, or 对此: the reaction's object.
_OBJECT = re.compile(
    "对(?:这一|这项|这些|该|此项|此次|上述|有关|相关)?(" + "|".join(_MEASURES) + "|此)"
)
#: How many sentences back the measure may have been told.
_LOOKBACK = 8
_CLAUSE_MARKS = ",，;；:：。!！?？"


def measure_owner(c: Candidate) -> str | None:
    """默克尔当天也对禁令提出批评: a reaction (roots 11, 12) whose target is carried from an act
    told before (``target: carried!``), when nothing is carried, answers whoever the item said
    took the measure its object names (特朗普的“穆斯林禁令”: the USA). Never rejects."""
    if c.target is not None or c.rule.target != "carried!" or c.rule.code[:2] not in REACTIONS:
        return None
    source = c.source
    assert source is not None
    carried = lend_target(source, None, c.mt.carry)
    c.target = carried if carried is not None else _owner_told(c, source)
    return None


def _owner_told(c: Candidate, source: Mention) -> Mention | None:
    """The owner of the measure named by the reaction's object (对…禁令), found where the item
    named it last before the reaction's sentence."""
    mt = c.mt
    found = _OBJECT.search(mt.text, source.end, c.a)
    if found is None:
        return None
    if found.group(1) == "此":  # 对此: what the sentence before told (``told_of``)
        told = told_of(mt.coding, mt.s)
        target = told[1] if told is not None else None
        return target if target is not None and target.country != source.country else None
    noun = found.group(1)
    first = mt.coding.sentences[max(mt.s.index - _LOOKBACK, 0)].start
    at = mt.text.rfind(noun, first, mt.s.start)
    while at >= 0:
        owner = _owner_at(mt, source, at)
        if owner is not None:
            return owner
        at = mt.text.rfind(noun, first, at)
    return None


def _owner_at(mt: Matcher, source: Mention, at: int) -> Mention | None:
    """Whose measure the noun at ``at`` is: the actor right before 的 (特朗普的禁令, 以色列议会
    通过的法案), else the first actor of its clause (以色列议会6日通过法案); None when the noun
    there is itself a reaction's object (对法案通过深表遗憾) or no other state is named."""
    text = mt.text
    if text[max(at - 4, 0) : at].find("对") >= 0:
        return None
    lo = max(text.rfind(mark, 0, at) for mark in _CLAUSE_MARKS) + 1  # (its clause's start)
    inside = [m for m in starting_in(mt.coding.mentions, lo, at) if m.end <= at
              and not m.inert and m.country and m.country != source.country]  # fmt: skip
    if not inside:
        return None
    if "的" in text[inside[-1].end : at]:
        return inside[-1]
    return inside[0]
