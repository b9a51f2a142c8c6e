"""Strikes allowed, backed or asked to be allowed, not made (eval/README.md, "Faults of the
seventeenth round's integration check"): 呼吁欧盟允许乌使用西方武器打击俄境内, 应支持乌克兰使用
西方提供的远程武器打击俄罗斯腹地, 美国同意让乌克兰使用美国提供的武器打击俄罗斯境内目标. The
strike is what a permission lets a state do with arms, told as the permission's object: no
force of the day, neither by the one allowed nor by the one allowing (who uses no force). The
allowing itself has no code in the guidelines' table (the arms were given before; the limit
on their use is lifted, no aid, praise or appeal to the one allowed), so no event stands for
it; an appeal for it is coded by its own rule (呼吁欧盟…: 020). A ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import FORCE, Candidate, for_rules
from dipwatch.coder.zh_news import clause_start

#: A permission or backing before the one it lets act (允许乌, 同意让乌克兰, 授权乌克兰, 支持乌克兰).
_ALLOWS = re.compile(r"(?:允许|准许|批准|授权|同意|支持|放行)(?:让|其)?")
#: The arms used, between the one allowed and the strike (使用西方武器, 动用远程导弹).
_USE = ("使用", "动用", "利用", "运用")
#: A short name no table reads (允许乌使用), or none (同意使用武力打击), then the arms' use.
_SHORT_THEN_USE = re.compile(r"(?![后下的])[\u4e00-\u9fff]{0,2}?(?:使用|动用|利用|运用)")


@for_rules(lambda rule: rule.code[:2] in FORCE)
def not_a_strike_allowed(c: Candidate) -> str | None:
    """Force (18-20) whose doer is the object of a permission or backing in the act's own
    clause (允许|批准|支持|同意|授权 <state> 使用 … 打击, the state perhaps a short name no
    table reads, 允许乌使用): the strike is allowed, not made."""
    if c.rule.code[:2] not in FORCE:
        return None
    mt = c.mt
    start = clause_start(mt, c.a)
    for found in _ALLOWS.finditer(mt.text, start, c.a):
        allowed = next((m for m in mt.active if m.start == found.end()), None)
        if allowed is not None and mt.has_any(_USE, allowed.end, c.a):
            return "strike_allowed"
        if allowed is None and _SHORT_THEN_USE.match(mt.text, found.end(), c.a):
            return "strike_allowed"
    return None
