"""Chinese checks on how far a clause's words reach: a standing course (一贯反对) is background, a
support named as the wrong it would amount to (支持…就是干涉) is a judgement, thanks go to the
addressee of their own clause, a modifier's own 针对 names no target, a measure's 对 is read in
its clause after a 针对 frame, an interception told with 实施 meets an aircraft only. Each is a
``zh_checks.ZH`` step (coder-zh141; eval/README.md, "The Chinese faults the nineteenth round
left").
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.zh_news import CLOSE_QUOTES, clause_start


@for_rules(lambda rule: rule.code == "111")
def not_a_standing_opposition(c: Candidate) -> str | None:
    """北约飞机经常抵近俄边界，俄罗斯对此一贯坚决反对; 俄罗斯始终反对北约东扩: opposition told
    with 一贯, 始终, 一向 (a standing position) is background, no act of the day, unless the
    sentence tells it said (俄外交部发言人表示，俄方始终反对…: said that day, kept)."""
    mt = c.mt
    if c.code != "111" or not _STANDING_BEFORE.search(mt.text, max(c.a - 8, mt.s.start), c.b + 4):
        return None
    said = [w for w in c.lex["speech"] if mt.text.find(w, mt.s.start, c.a) >= 0]
    return None if said else "standing_opposition"


#: A standing course right before opposition (一贯坚决反对, 始终都反对, 一直强烈反对).
_STANDING_BEFORE = re.compile(
    r"(?:一贯|始终|一向|历来|向来|一直)(?:都|也|是|就)?(?:坚决|强烈|明确)?(?:地)?(?=反对)"
)


@for_rules(lambda rule: rule.code[:2] == "05")
def not_a_judged_support(c: Candidate) -> str | None:
    """支持“台独”就是干涉中国内政: a support named as the wrong it would amount to (就是干涉,
    等于破坏) is the speaker's judgement of such support, a condition condemned, no support
    given."""
    mt, target = c.mt, c.target
    if target is None or target.start < c.b:
        return None
    after = target.end
    while after < mt.s.end and mt.text[after] in CLOSE_QUOTES:
        after += 1
    if not _AMOUNTS_TO.match(mt.text, after):
        return None
    return "judged_support" if clause_start(mt, target.start) <= c.a else None


#: What a deed is said to amount to, condemned (支持世卫组织就是支持国际抗疫合作 is support held
#: up as good, and given).
_AMOUNTS_TO = re.compile(
    r"(?:分裂势力)?(?:就是|就等于|等于|无异于|即是|便是|实质上是|本质上是)"
    r"(?:在)?(?:干涉|分裂|破坏|损害|违反|违背|背离|挑战|践踏|侵犯|威胁|纵容|挑衅|与[^，,。]{0,6}为敌)"
)


@for_rules(lambda rule: rule.id == "zh.051.praise")
def thanks_to_the_nearer_addressee(c: Candidate) -> str | None:
    """日本首相对韩国民众表示歉意，并对中国表示感谢: the thanks go to the one its own clause
    names after 对 (向), not to the one a clause before addressed with another act."""
    mt, target = c.mt, c.target
    if target is None or target.end > c.a:
        return None
    later = [m for m in mt.active if target.end < m.start and m.end <= c.a and m.country
             and mt.text[m.start - 1] in _ADDRESSED]  # fmt: skip
    if later and _CLAUSE_MARK.search(mt.text, target.end, later[-1].start):
        c.target = later[-1]
    return None


_ADDRESSED = ("对", "向")
_CLAUSE_MARK = re.compile(r"[，,；;]")


@for_rules(lambda rule: rule.code[:2] in ("16", "17"))
def not_the_object_of_a_modifier(c: Candidate) -> str | None:
    """美国宣布对参与签发针对内塔尼亚胡逮捕令的国际刑事法院法官实施制裁, 中方决定对参与对台军售的
    美国军工企业实施制裁: the one a modifier's own 针对 (对) names is not whom the measure is
    aimed at; what follows its 的 is (the judges, the firms)."""
    mt, target = c.mt, c.target
    if target is None or target.end > c.a or mt.text[target.start - 1 : target.start] != "对":
        return None
    inner = target.start - (2 if mt.text.endswith("针对", 0, target.start) else 1)
    opened = mt.text.rfind("对", clause_start(mt, target.start), inner)
    if opened < 0 or mt.text[opened - 1 : opened] == "针" or _actor_between(c, opened, inner):
        return None
    return "modifiers_object" if mt.text.find("的", target.end, c.a) >= 0 else None


def _actor_between(c: Candidate, lo: int, hi: int) -> bool:
    """Is an actor named between the frame's 对 and the inner one (对俄罗斯对乌克兰…: the first is
    the frame's own object)?"""
    return any(lo < m.start and m.end <= hi and m.country for m in c.mt.active)


@for_rules(lambda rule: rule.code[:2] == "16")
def measure_after_its_frame(c: Candidate) -> str | None:
    """针对美国对台军售，中方决定对美国军工企业实施制裁: a pattern's 对 that reached back into the
    针对 frame (the frame's 美国, no doer before it) is the measure's own 对 in its clause, the
    doer before it there (中方), the object after it."""
    mt, target = c.mt, c.slots.get("T")
    if target is None or "S" in c.slots or not mt.text.endswith("针对", 0, target.start):
        return None
    opened = clause_start(mt, c.a)
    if target.start >= opened:
        return None
    own = mt.text.rfind("对", opened, c.a)
    after = [m for m in mt.active if m.start > own and m.end <= c.a and m.country]
    doers = [m for m in mt.active if opened <= m.start and m.end <= own and m.country]
    if own < 0 or mt.text[own - 1] == "针" or not after or not doers:
        return None
    c.slots = {**c.slots, "S": doers[-1], "T": after[0]}
    c.left = doers[-1].start
    return None


@for_rules(lambda rule: rule.id == "zh.150.aircraft_met")
def intercepted_aircraft(c: Candidate) -> str | None:
    """俄罗斯战机对美国侦察机实施拦截: an interception told with 实施 (进行) meets an aircraft
    (its name ends the target, 美国侦察机, or follows it); a ship or a drone stopped is no such
    show of force (以色列海军对…土耳其救援船实施拦截), nor is the count of such interceptions
    (本月第六次)."""
    mt, target = c.mt, c.target
    if target is None or "拦截" not in mt.text[c.a : c.b]:
        return None
    if _COUNTED.search(mt.text, clause_start(mt, c.a), c.a):
        return "counted"  # 这已是俄罗斯战机本月第六次对…实施拦截: a count, the day's told apart
    craft = mt.text[target.start : c.a]
    return None if "机" in craft and "无人机" not in craft else "not_aircraft"


_COUNTED = re.compile(r"第[0-9一二三四五六七八九十两]+次")
