"""Chinese checks for a construction found in the seed-133 dev batch of whole CCTV items (issue
10, eval/README.md ``xwlb_docs``): a force word that names a kind of weapon or capability
(远程打击系统, 打击能力) is a noun's modifier, not a strike. A ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import FORCE, Candidate, for_rules

#: Right after a force word: the head of the noun it modifies (a weapon, a capability, a means,
#: a reach), so that no act of force is told (部署远程打击系统, 提升精确打击能力, 打击范围). Not when
#: a site follows the head: the weapon's word then opens the name of the place struck
#: (打击导弹发射阵地, 打击武器仓库, 袭击导弹工厂), nor 系统性 (a manner: 打击系统性腐败).
_NOUN_HEAD = re.compile(
    r"(?:系统|武器|能力|力量|手段|范围|距离|导弹|装备|体系)"
    r"(?!性|库|仓库|阵地|基地|工厂|设施|发射|储存|储备|生产|运输|车队)"
)


@for_rules(lambda rule: rule.code[:2] in FORCE)
def not_a_weapons_name(c: Candidate) -> str | None:
    """美国将于2026年起在德国部署远超欧洲现有武器的远程打击系统: 打击 right before 系统 (武器,
    能力…) names what is deployed or built up, so the place it is deployed in suffers no force
    (the seed-133 batch's USA→DEU ``190``)."""
    if c.rule.code[:2] not in FORCE:
        return None
    text = c.mt.text
    if not text.endswith(_STRIKES, c.a, c.b):  # (叙防空系统实施拦截: the defence is the doer)
        return None
    return "weapons_name" if _NOUN_HEAD.match(text, c.b) else None


#: The strike words a weapon's or capability's name is made of (打击系统, 攻击武器, 进攻能力).
_STRIKES = ("打击", "攻击", "袭击", "进攻")
