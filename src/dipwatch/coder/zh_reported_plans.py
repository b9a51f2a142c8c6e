"""Chinese: force or a sanction a state only plans, told by a paper or the media (coder-zh44,
classes left by the last round's checks): 《纽约时报》称，美国将对中国商品加征关税; 据《华尔街日报》
报道，美国计划对欧盟加征关税. The state has neither done it nor said it will: what others
report of its plans is no event (eval/README.md, "What to annotate": acts done or said; an
announced plan is an intention, and these have no intent code). The state's own word told in
the report (据报道，美国总统表示，美国将…; 据报道，美国宣布将…) announces it, and stays.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.zh_news import clause_start

#: Roots of acts a plan of which has no code of its own: sanctions and reduced relations,
#: coercion, assault, force (a plan to meet or to aid is an intention, 03x, and is kept).
_MATERIAL = ("16", "17", "18", "19", "20")
#: A paper or the media as the teller (folded text: half-width marks).
_TELLER = re.compile(
    r"(?:据|根据)[^,。;:]{1,24}?(?:报道|消息|披露)"
    r"|《[^》]{1,16}》[^,。;:]{0,12}?(?:报道|称|说|披露|消息)"
    r"|(?:媒体|通讯社|电视台|日报|时报|邮报|报纸)[^,。;:]{0,8}?(?:报道|称|披露)"
)
#: A plan between the doer and the act: 将 only before what opens an act to come (将对, 将于,
#: 将进一步), not 将 as 把 (将华为列入实体清单, done); 首次 may stand first (以军将首次在…展开地面
#: 军事行动, the media's word of a first operation to come).
_PLANNED = re.compile(
    r"即将|拟|计划|准备|打算|考虑|酝酿"
    r"|将(?:首次)?(?:对|向|于|在|与|同|从|会|要|再|进一步|继续|正式|全面|大幅|开始)"
)
#: The state's own word in the report: it announces the plan.
_OWN_WORD = re.compile(r"表示|指出|强调|宣布|声明|决定|警告|威胁|透露|说|称")


@for_rules(lambda rule: rule.code[:2] in _MATERIAL)
def not_a_papers_plan(c: Candidate) -> str | None:
    """《纽约时报》称，美国将对中国商品加征关税: a planned act of force or sanction that only a
    paper or the media tells, with no word of the doer's own after the teller, is no event."""
    mt, source = c.mt, c.source
    if c.rule.code[:2] not in _MATERIAL or source is None:
        return None
    told = _TELLER.search(mt.text, mt.s.start, source.start)
    if told is None:
        return None
    if not _PLANNED.search(mt.text, max(clause_start(mt, c.a), source.end), c.a):
        return None
    return None if _OWN_WORD.search(mt.text, told.end(), c.a) else "papers_plan"
