"""Reproach told before the words it says (``zh.112.accuse_said``, ``zh.111.condemn_said``;
eval/README.md "Dev misses by construction", the reported reactions): 希腊国防部门指责说，土耳其
战机…侵入了…; 马杜罗谴责说，美国试图…. The reported clause opens with the one reproached, as
指责美国… names it right after the verb. Not when that clause tells what befell it (谴责说，叙利亚
平民遭到以色列空袭: the victim opens the clause, the doer stands after the passive word). A
``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules

REPROACH_SAID = frozenset(("zh.112.accuse_said", "zh.111.condemn_said"))
#: Passive words after the clause's first actor: it suffered the act, it did not do it.
_SUFFERED = re.compile(r"遭到|遭受|遭|被|受到")
_CLAUSE_END = re.compile(r"[,;:。]")


@for_rules(lambda rule: rule.id in REPROACH_SAID)
def not_the_sufferer(c: Candidate) -> str | None:
    """谴责说，叙利亚平民遭到以色列空袭: the reported clause's first actor suffered what the
    clause tells (a passive word follows it before the clause ends); it is not reproached."""
    target = c.target
    if c.rule.id not in REPROACH_SAID or target is None:
        return None
    text = c.mt.text
    end = _CLAUSE_END.search(text, target.end)
    stop = end.start() if end else len(text)
    return "sufferer" if _SUFFERED.search(text, target.end, stop) else None
