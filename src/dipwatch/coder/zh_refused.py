"""An act a state refuses to do: 印度拒绝谴责俄罗斯, 德国拒绝对俄罗斯实施新的制裁, 国防部长拒绝与
美方会面. 拒绝 before the act's verb in its clause says the act is not done (as 拒不 and the
other ``negation`` words do); the refusal itself is coded by the rules whose patterns hold
拒绝 (``zh.120.reject``, ``zh.125.reject_talks``…), which this step leaves alone. Found probing
the coder with sentences of our own (review-zh29, eval/README.md); a ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.rules import Rule
from dipwatch.coder.zh_news import clause_end, clause_start

#: 拒绝 and what may stand between it and the refused act's verb in one clause: a preposition's
#: phrase, an adverb (拒绝对俄罗斯, 拒绝同美方, 拒绝公开); not a word joining a second verb
#: (拒绝并谴责, 拒绝和反对: both are done), nor a clause break.
_REFUSED = re.compile(r"拒绝(?![和及并、])[^,。;:并]{0,12}$")


def _refusal_not_its_own(rule: Rule) -> bool:
    return rule.negation and not any("拒绝" in p.text for p in rule.patterns)


@for_rules(_refusal_not_its_own)
def not_refused(c: Candidate) -> str | None:
    """The act's clause holds 拒绝 before its trigger, with a short phrase at most between, or
    after the trigger before the verb the pattern ends on (两国领导人拒绝通电话)."""
    text = c.mt.text
    # (拒绝 anywhere in the sentence up to the match's end first: most sentences have none,
    # and then neither the rule's patterns nor the clause's start need reading)
    if text.find("拒绝", c.mt.s.start, c.right) < 0 or not _refusal_not_its_own(c.rule):
        return None
    lo = clause_start(c.mt, c.a)
    if text.find("拒绝", lo, c.right) < 0:
        return None
    if _REFUSED.search(text, lo, c.a):
        return "refused"
    # 美中两国领导人拒绝通电话: a trigger before the refusal (the pair's 两国) leaves the verb the
    # pattern ends on as the one refused, in the trigger's clause (review-zh30's probe).
    hi = min(c.right, clause_end(c.mt, c.b))
    return "refused" if _REFUSED.search(text, c.b, hi) else None


def _refusal_its_own(rule: Rule) -> bool:
    return not rule.negation and any("拒绝" in p.text for p in rule.patterns)


@for_rules(_refusal_its_own)
def refusal_not_denied(c: Candidate) -> str | None:
    """普京并没有拒绝与泽连斯基会面, 俄罗斯从未拒绝谈判, 俄方不会拒绝举行…会谈: a refusal denied
    is none. The rules that code 拒绝 read no negation (their ``不接受`` is the refusal's own
    不), so a negation right before the 拒绝 they match is read here."""
    if not _refusal_its_own(c.rule):
        return None
    text = c.mt.text
    at = text.find("拒绝", c.left, c.right)
    while at >= 0:
        if _DENIED.search(text, c.mt.s.start, at):
            return "negated"
        at = text.find("拒绝", at + 2, c.right)
    return None


#: A negation right before 拒绝 (not 不得不拒绝: refused all the same).
_DENIED = re.compile(
    r"(?:没有|并未|从未|从来没有|未曾|不曾|从不|从来不|(?<!不得)不|未|无意|绝不|决不)(?:会|曾)?$"
)
