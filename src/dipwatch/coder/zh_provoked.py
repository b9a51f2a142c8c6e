"""Whom a provoked reaction answers when the provokers are several (eval/README.md "Dev misses
by construction", reported reactions): 德国和法国近来相继收紧与意大利的边境政策，引发意大利方面的
不满. ``zh.111.met_with`` takes the first actor of another state as the one whose act provoked
the reaction (its target comes from no slot, so ``coordinate_targets`` leaves it alone); the
states joined to it by 和, 与 or 、 did the act together and are answered each, and the states
joined to the reactor (引发伊朗和俄罗斯的不满) react each. A
``zh_checks.ZH`` step.
"""

from __future__ import annotations

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.slots import coordinated

#: The rule whose target is the doer of the provoking act, found as the first other actor.
MET_WITH = "zh.111.met_with"


@for_rules(lambda rule: rule.id == MET_WITH)
def every_provoker(c: Candidate) -> str | None:
    """德国和法国…，引发意大利方面的不满: Italy answers both; …，引发伊朗和俄罗斯的不满: both
    react (the reactors follow 引发 or 遭到, so the leftward joining of sources misses those
    after the first). Never rejects."""
    target, source = c.target, c.source
    if c.rule.id != MET_WITH:
        return None
    if target is not None and "T" not in c.slots:
        c.targets = coordinated(c.mt, target, source)
    if source is not None and "S" in c.slots:
        c.sources = coordinated(c.mt, source, target)
    return None
