"""Chinese: force done together with a partner is no force on it (coder-zh44, classes left by
the last round's checks): 中方愿同吉方密切执法安全合作，共同打击极端势力 is cooperation against a
threat both face; the partner after 同/与 is a co-doer, while the strike's own target names no
state (极端势力, 跨国犯罪). A strike both make on a third state (美英联合打击胡塞武装) keeps
its target, who is no partner.
"""

from __future__ import annotations

from dipwatch.coder.checks import FORCE, Candidate, for_rules

#: Roots of force (coerce, assault, fight, mass violence).
_FORCE = ("17", *FORCE)
#: Right before the verb: the act is done together (共同打击, 联合打击, 携手打击).
_TOGETHER = ("共同", "联合", "携手", "一道", "一起", "合作")
#: Right before the partner: 同/与/跟/和 it.
_WITH = ("同", "与", "跟", "和")


@for_rules(lambda rule: rule.code[:2] in _FORCE)
def not_a_partner_in_force(c: Candidate) -> str | None:
    """同吉方…，共同打击极端势力: the target named after 同/与 before a strike done together
    (共同, 联合, 携手…) is the doer's partner in it, no one struck."""
    mt, target = c.mt, c.target
    if c.rule.code[:2] not in _FORCE or target is None or target.end > c.a:
        return None
    if not mt.text.endswith(_TOGETHER, mt.s.start, c.a):
        return None
    return "partner_in_force" if mt.text.endswith(_WITH, mt.s.start, target.start) else None
