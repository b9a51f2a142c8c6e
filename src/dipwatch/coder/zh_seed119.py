"""Chinese checks for constructions found in the seed-119 dev batch of whole CCTV items (issue
10, eval/README.md ``xwlb_docs``): a reaction to "this attack" told in a paragraph of its own
answers the attacker the item told of, and only armed forces advance (推进) as force. Each is
a ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.carry import starting_in
from dipwatch.coder.checks import FORCE, Candidate
from dipwatch.coder.doc import Coding, Match, Mention
from dipwatch.coder.zh_answered import REACTIONS
from dipwatch.coder.zh_news import clause_start

#: 对 + an optional demonstrative + an attack noun: the reaction's object is an attack.
_ATTACK_OBJECT = re.compile(
    "对(?:这一|这次|此次|该|上述|这些|此轮|这轮)?(?:袭击|空袭|打击|攻击|炮击|轰炸)(?:事件|行动)?"
)
#: How many sentences back the attack may have been told.
_LOOKBACK = 4


def attack_answered(c: Candidate) -> str | None:
    """乌军打击了俄…输油站。（new paragraph）匈方对这一袭击表示强烈谴责: a reaction (roots 11, 12)
    whose object, in its own clause, is an attack, when no target was found or carried (the
    carry stops at a paragraph's end, and CCTV puts the reaction in a paragraph of its own),
    answers the doer of the latest
    force the item coded a few sentences before, when that doer is another state than the one
    reacting. Never rejects."""
    if c.target is not None or c.rule.code[:2] not in REACTIONS:
        return None
    source, mt = c.source, c.mt
    if source is None:
        return None
    if not _ATTACK_OBJECT.search(mt.text, max(source.end, clause_start(mt, c.a)), c.a):
        return None
    attack = _latest_force(mt.coding.matches, mt.s.index)
    if attack is None or attack.source is None:
        return None
    if _another_attack_between(mt.coding, attack.sentence, mt.s.index, attack.source):
        return None
    c.target = _other_state(attack.source, source)
    return None


def _latest_force(matches: list[Match], sentence: int) -> Match | None:
    """The force (roots 18-20) coded last in the ``_LOOKBACK`` sentences before ``sentence``."""
    for m in reversed(matches):
        if m.sentence < sentence - _LOOKBACK:
            return None
        if m.sentence < sentence and m.code[:2] in FORCE:
            return m
    return None


#: Words of an attack told in the sentences between the coded force and the reaction.
_ATTACK_WORD = re.compile("袭击|空袭|打击|攻击|炮击|轰炸|遇袭|遭袭")


def _another_attack_between(coding: Coding, told: int, reaction: int, doer: Mention) -> bool:
    """以军空袭…。法国一处集市发生袭击事件（a round-up's next story）。马克龙对袭击表示谴责: an
    attack told after the coded one without its doer named beside it (a sentence naming none of
    the doer's state) may be the one the reaction answers; then the coded force is not it."""
    for s in coding.sentences[told + 1 : reaction]:
        if not _ATTACK_WORD.search(coding.norm, s.start, s.end):
            continue
        if not any(m.country == doer.country for m in starting_in(coding.mentions, s.start, s.end)):
            return True
    return False


def _other_state(doer: Mention, reactor: Mention) -> Mention | None:
    """The attack's doer, unless it is the reacting state itself (a state does not condemn its
    own strike: then the reaction's object is another attack)."""
    return doer if doer.country and doer.country != reactor.country else None
