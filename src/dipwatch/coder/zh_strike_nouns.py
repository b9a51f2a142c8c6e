"""Strikes whose reading the words around them decide (eval/README.md, "Recounted praise, strikes
named, UN posts"). A strike named as a noun:
``就…袭击一事召见``, ``对…恐怖袭击事件表示谴责``, ``就…发生自杀式炸弹袭击事件致慰问电``,
``称…发生了多起袭击事件``. The strike is what another act is about, or what someone reports
happened; on the day a diplomat speaks of it, it is background, not the day's use of force. It
is an act when a day of its own dates it in the phrase (``1日发生的…遭乌军袭击事件``) or a verb of
carrying it out governs it (``以军…实施1659起袭击事件``). A UN force's post, vehicle or patrol
struck (``空袭黎巴嫩南部一处联黎部队哨所``) is force on the UN, not on the state that hosts the
force. ``zh_checks.ZH`` steps.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import FORCE, Candidate, for_rules
from dipwatch.coder.doc import starting_in
from dipwatch.coder.rules import Rule
from dipwatch.coder.zh_news import clause_end, clause_start


def _of_force(rule: Rule) -> bool:
    """Both steps read strikes only: assaults, fights, mass violence (``FORCE``)."""
    return rule.code[:2] in FORCE


#: The words a strike ends on when it is named as a thing: 袭击事件, 空袭一事, 袭击案, 空袭地点;
#: or as what a plan or an option is of (正在评估针对俄罗斯的打击方案: weighed, not struck).
_NAMED = re.compile(r"(?:事件|一事|案|地点|方案|计划|选项|预案)")
#: What judges a strike named after 的 (以色列对伊朗领事馆的袭击违反国际法, …的空袭是严重违反…的
#: 行为, …的打击构成侵略): the strike is the judgement's subject, recalled, no act of the day.
_JUDGED = re.compile(
    r"(?:是|已经|已|也|都|均|明显|公然|严重|显然)*(?:违反|违背|构成|侵犯|践踏|属于)"
)
#: What answers a strike named after 的 (对以色列对伊朗…的袭击作出回应, 将对也门胡塞武装近期的导弹
#: 袭击实施报复): the strike is the other side's, told as what the response is to. Not through a
#: copula or another 对 (以色列对加沙的空袭是对火箭弹袭击的回击: the strike is itself the answer).
_ANSWERED = re.compile(
    r"(?:行动)?(?:进行|作出|做出|实施|予以|采取)?了?[^，。；,;是为对]{0,10}?(?:回应|报复|反击|回击|还击)"
)
#: A plan of a strike: held up as a threat (威胁，美军对伊朗的大规模打击计划仍然存在) it stays.
_PLAN = re.compile(r"(?:方案|计划|选项|预案)")
#: 的 right before the strike, or before a word of its kind (美国和以色列对伊朗的军事打击违反了国际法).
_OF = re.compile(r"的(?:军事|武装|联合|大规模|导弹|无人机|空中|地面)?$")
#: Prepositions that open what another act is about (就…一事召见, 对…事件表示谴责).
_ABOUT = re.compile(r"就|对|关于|针对")
#: Verbs of carrying a strike out: with one of them the phrase tells the strike as done.
_CARRIED_OUT = re.compile(r"(?<![未没不])(?:实施|发动)(?:了)?")


@for_rules(_of_force)
def strike_named_as_a_noun(c: Candidate) -> str | None:
    """A strike whose trigger goes on into 事件, 一事, 案 or 地点 (``_NAMED``), or that follows 的
    and is judged (``_JUDGED``) or answered (``_ANSWERED``), is a thing spoken of, no act of the
    day, unless a day of its own (not one that only bounds a span) stands in its phrase, after
    the preposition that makes it another act's subject matter, or a verb of carrying it out
    governs it. A threat read from an answered strike is the response promised (将对…的袭击
    进行报复: 138), and stays."""
    mt = c.mt
    text = mt.text
    if not _of_force(c.rule):
        return None  # (the step tests its own rule: see ``for_rules``)
    judged = not _NAMED.match(text, c.b)
    after_de = _OF.search(text, max(0, c.a - 6), c.a) is not None
    if judged and after_de and _ANSWERED.match(text, c.b):
        return None if c.code.startswith("13") else "strike_answered"
    if judged and not (after_de and _JUDGED.match(text, c.b)):
        return None
    if c.code.startswith("13") and _PLAN.match(text, c.b):
        return None  # a threat told by the plan
    start = clause_start(mt, c.a)
    about = [m.end() for m in _ABOUT.finditer(text, start, c.a)]
    # (a judged strike is no other act's topic: its day may stand with its doer, before 对)
    phrase = about[-1] if about and not judged else start
    if any(not d.span and d.precision == "day" for d in mt.coding.dates_within(phrase, c.a)):
        return None  # 1日发生的…遭乌军袭击事件: the strike's own day
    return None if _CARRIED_OUT.search(text, start, c.a) else "strike_named"


#: What of a UN body is struck (联黎部队一辆车辆, 联合国维和部队的哨所, 联黎部队巡逻队).
_UN_POST = re.compile(
    r"的?(?:[一两\d]+[辆处个座名支])?(?:车辆|车队|哨所|哨点|哨塔|巡逻队|基地|营地|总部|阵地|设施"
    r"|维和人员|人员|士兵|部署点|驻地|据点|观察站|观察哨)"
)


@for_rules(_of_force)
def un_post_struck(c: Candidate) -> str | None:
    """空袭黎巴嫩南部一处联黎部队哨所, 袭击联黎部队一辆车辆: a UN body whose post, vehicle,
    patrol or staff the phrase after the act names, before the phrase ends, is the target in
    place of the state or the place where it happened (在黎巴嫩南部袭击…)."""
    mt, target = c.mt, c.target
    if not _of_force(c.rule) or target is None:
        return None  # (the step tests its own rule: see ``for_rules``)
    if target.code.startswith("UNO"):
        return None
    posts = (m for m in starting_in(mt.coding.mentions, c.b, clause_end(mt, c.b))
             if m.code.startswith("UNO") and _UN_POST.match(mt.text, m.end))  # fmt: skip
    post = next(posts, None)
    if post is not None:
        c.target = post
    return None
