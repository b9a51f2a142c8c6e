"""A party that only qualifies what an act is about is not the act's addressee: one named inside
以…为核心的 (支持维护以世界贸易组织为核心的多边贸易体制, 支持以联合国为核心的国际体系), a system
or an order (``not_a_systems_core``), or the subject of a clause that modifies the object
(支持召开俄乌双方认可…的国际和会: ``not_a_relative_clauses_subject``). Issue 10, precision of ``xwlb_docs`` (eval/README.md, "False alarms of
xwlb_docs by construction"); ``zh_checks.ZH`` steps.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.rules import Rule

#: A party framed as the core or basis of a system: 以 X 为核心的 (为基础的, 为中心的, 为主体的).
_FRAMED = re.compile(r"以\s*$")
_FRAME_END = re.compile(r"\s*为(?:核心|基础|中心|主体)的")


def _not_a_contact(rule: Rule) -> bool:
    """Both steps leave contacts alone: whom a contact's sentence names is whom was met."""
    return rule.code[:2] != "04"


@for_rules(_not_a_contact)
def not_a_systems_core(c: Candidate) -> str | None:
    """支持以联合国为核心的国际体系: the target stands inside 以…为核心的, a modifier of the system
    the act is about, so it is not the act's target. Not when an actor follows the frame (以习近
    平同志为核心的党中央: the body is the target, of the framed party's state), nor for a contact
    (在会见伊维拉时…以世贸组织为核心的: whom the sentence names is whom was met)."""
    target, mt = c.target, c.mt
    if not _not_a_contact(c.rule) or target is None or target.end <= target.start:
        return None  # (the step tests its own rule: see ``for_rules``)
    if _FRAMED.search(mt.text, max(mt.s.start, target.start - 2), target.start) is None:
        return None
    frame = _FRAME_END.match(mt.text, target.end)
    if frame is None or any(frame.end() <= m.start <= frame.end() + 2 for m in mt.active):
        return None
    return "systems_core"


#: After a party, what makes it the subject of a clause modifying the object: X认可的 (俄乌双方
#: 认可、各方平等参与…的国际和会), X主办的, X举办的. (Not X发起的, X主导的: 反对美国发起的封锁, 加入中国发起的
#: 合作 are acts on the initiative's owner.)
_RELATIVE = re.compile(r"\s*(?:双方|各方|两国)?(?:认可|主办|举办)(?:的|、[^,。;]{0,30}?的)")


@for_rules(_not_a_contact)
def not_a_relative_clauses_subject(c: Candidate) -> str | None:
    """支持适时召开俄乌双方认可、各方平等参与…的国际和会: the target is the subject of a clause
    that modifies what the act is about (the conference), so it is not the act's target."""
    target = c.target
    if (not _not_a_contact(c.rule) or target is None or target.end <= target.start
            or target.start < c.a):  # fmt: skip
        return None  # (the step tests its own rule: see ``for_rules``)
    end = target.end
    for m in sorted(c.mt.active, key=lambda m: m.start):  # the pair it opens (俄乌双方认可的)
        if m.start == end:
            end = m.end
    return "relative_subject" if _RELATIVE.match(c.mt.text, end) else None
