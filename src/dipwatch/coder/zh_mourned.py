"""Whom sympathy on the dead goes to (``zh.018.condolence``; the seed-133 batch's patterns of
eval/README.md ``xwlb_docs``): 俄罗斯总统对以色列空袭造成伊朗人员遇难表示深切哀悼. The
condolence rule takes the first state after 对, which is as often the one whose act killed
(以色列空袭) as the one mourned; the dead's own state, named with them (伊朗人员, 遇难的伊朗公民),
is whom the sympathy is offered to, as the batch's own patterns have it when no other state
stands before. A ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.carry import starting_in
from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.doc import Mention

#: The rule of sympathy whose target is the first state after 对.
CONDOLENCE = "zh.018.condolence"
#: 向 (after 分别 or not) right before an addressee: the message's own addressees follow.
_ADDRESSED = re.compile(r"(?:分别)?向$")
#: A state's dead: the cause before them (造成, 致, 导致) or the death before them (遇难的), the
#: state's people after the state (人员, 公民…), and for a cause the death after them.
_BEFORE = re.compile(r"(?:造成|致使|导致|致)$|(?:遇难|遇害|罹难|丧生|牺牲)的$")
_PEOPLE = re.compile(r"(?:人员|公民|同胞|游客|侨民|民众|工作人员|平民)")
_DEATH = re.compile(r"[^,，。;；]{0,4}?(?:遇难|遇害|罹难|丧生|牺牲|死亡)")


@for_rules(lambda rule: rule.id == CONDOLENCE)
def mourned_nationals_state(c: Candidate) -> str | None:
    """俄罗斯总统对以色列空袭造成伊朗人员遇难表示深切哀悼: the sympathy goes to Iran, whose
    people died, not to Israel, whose strike killed them. Never rejects."""
    target, source = c.target, c.source
    if c.rule.id != CONDOLENCE or target is None:
        return None
    mourned = _dead_state(c, target)
    if mourned is not None and (source is None or mourned.country != source.country):
        c.target = mourned
    return None


@for_rules(lambda rule: rule.id == CONDOLENCE)
def addressees_not_the_occasion(c: Candidate) -> str | None:
    """习近平就阿塞拜疆飞机失事向阿塞拜疆总统…、俄罗斯总统…致慰问电: the state named in the
    就 clause is what the sympathy is about; the leaders after 向 are whom it goes to, each of
    them. The 就 form's target moves to the first actor right after 向 (its list is joined to
    it after) when the list names another state. Never rejects."""
    target = c.slots.get("T")
    if c.rule.id != CONDOLENCE or target is None or "就" not in c.pattern.text.split():
        return None
    text, mentions = c.mt.text, c.mt.mentions
    for m in starting_in(mentions, target.end, c.a):
        if _ADDRESSED.search(text, max(m.start - 3, 0), m.start):
            # (就泰国王太后逝世向泰国国王致唁电: the one state either way, as it was read)
            if any(n.country and n.country != target.country
                   for n in starting_in(mentions, m.start, c.a)):  # fmt: skip
                c.slots = {**c.slots, "T": m}
                c.target = m
            break
    return None


def _dead_state(c: Candidate, target: Mention) -> Mention | None:
    """The state named with its dead between ``target`` and the trigger, if any."""
    text = c.mt.text
    for m in starting_in(c.mt.mentions, target.end, c.a):
        if not m.country or m.country == target.country:
            continue
        people = _PEOPLE.match(text, m.end)
        if people is None:
            continue
        before = text[max(m.start - 3, 0) : m.start]
        if _BEFORE.search(before) and (before.endswith("的") or _DEATH.match(text, people.end())):
            return m
    return None
