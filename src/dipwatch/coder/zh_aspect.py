"""Chinese checks for constructions found in the seed-123 dev batch of whole CCTV items (issue
10, eval/README.md ``xwlb_docs``): a coercive act a state is only said to attempt.
Each is a ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate
from dipwatch.coder.zh_news import clause_start


def not_only_attempted(c: Candidate) -> str | None:
    """美国将病毒溯源问题政治化，源于美国试图利用所有议题来打压中国: a reduction of relations or a
    coercion (roots 16, 17) that its clause says a state tries or schemes to do (试图, 企图, 妄图,
    图谋) is what a speaker ascribes to it, not an act done (an accusation when a speaker says
    so, zh.112.said_scheme). Force is left alone: the gold counts attacks tried and foiled
    (乌方试图用无人艇袭击…, 挫败…袭击企图) as force."""
    if c.rule.code[:2] not in _ROOTS:
        return None
    lo = clause_start(c.mt, c.a)
    return "attempted" if _ATTEMPT.search(c.mt.text, lo, c.a) else None


_ROOTS = frozenset(("16", "17"))
_ATTEMPT = re.compile("试图|企图|妄图|图谋")
