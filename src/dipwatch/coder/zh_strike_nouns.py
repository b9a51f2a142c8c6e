"""A strike named as a noun (eval/README.md, "Recounted praise, strikes named, UN posts"):
``就…袭击一事召见``, ``对…恐怖袭击事件表示谴责``, ``就…发生自杀式炸弹袭击事件致慰问电``,
``称…发生了多起袭击事件``. The strike is what another act is about, or what someone reports
happened; on the day a diplomat speaks of it, it is background, not the day's use of force. It
is an act when a day of its own dates it in the phrase (``1日发生的…遭乌军袭击事件``) or a verb of
carrying it out governs it (``以军…实施1659起袭击事件``). A ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.zh_news import clause_start

#: The words a strike ends on when it is named as a thing: 袭击事件, 空袭一事, 袭击案, 空袭地点.
_NAMED = re.compile(r"(?:事件|一事|案|地点)")
#: Prepositions that open what another act is about (就…一事召见, 对…事件表示谴责).
_ABOUT = re.compile(r"就|对|关于|针对")
#: Verbs of carrying a strike out: with one of them the phrase tells the strike as done.
_CARRIED_OUT = re.compile(r"(?<![未没不])(?:实施|发动)(?:了)?")


@for_rules(lambda rule: rule.code.startswith(("18", "19", "20")))
def strike_named_as_a_noun(c: Candidate) -> str | None:
    """A strike whose trigger goes on into 事件 or 一事 is a thing spoken of, no act of the
    day, unless a day of its own (not one that only bounds a span) stands in its phrase, after
    the preposition that makes it another act's subject matter, or a verb of carrying it out
    governs it."""
    mt = c.mt
    text = mt.text
    if not c.rule.code.startswith(("18", "19", "20")) or not _NAMED.match(text, c.b):
        return None  # (the step tests its own rule: see ``for_rules``)
    start = clause_start(mt, c.a)
    about = [m.end() for m in _ABOUT.finditer(text, start, c.a)]
    phrase = about[-1] if about else start
    if any(not d.span and d.precision == "day" for d in mt.coding.dates_within(phrase, c.a)):
        return None  # 1日发生的…遭乌军袭击事件: the strike's own day
    return None if _CARRIED_OUT.search(text, start, c.a) else "strike_named"
