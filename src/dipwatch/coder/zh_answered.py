"""Whom a Chinese reaction answers when no coded act is carried to it (issue 10, the anatomy of
the CCTV misses in eval/README.md ``xwlb_docs``).

A reaction (谴责, 提出批评, 表达不满) told after the act it answers takes its target from that
act (``carry``), but only when the act itself was coded in a sentence just before. Most acts a
reaction answers are measures a state took that the coder does not code (an entry ban, a law
its parliament passed, a decision), so the reaction was dropped for want of a target. The
reaction names the measure instead (默克尔也对禁令提出批评, …等也对法案通过予以谴责); the item told
earlier whose measure it is (特朗普的“穆斯林禁令”, 以色列议会通过的相关法案). Each step here is a
``zh_checks.ZH`` step.

An attack a reaction names in a paragraph of its own (匈方对这一袭击表示强烈谴责) is answered
at the doer of the force the item coded a few sentences before (``attack_answered``; the
seed-119 dev batch).
"""

from __future__ import annotations

import re

from dipwatch.coder.carry import lend_target, starting_in, told_of
from dipwatch.coder.checks import FORCE, Candidate, for_rules
from dipwatch.coder.doc import Coding, Match, Mention
from dipwatch.coder.matcher import Matcher
from dipwatch.coder.zh_news import clause_start

#: Roots of a reaction to another's act: criticism, accusation, rejection.
REACTIONS = frozenset(("11", "12"))
#: Nouns a reaction names the measure it answers by.
_MEASURES = ("禁令", "法案", "决定", "决议", "法律", "法令", "条例", "提案", "计划", "政策", "制裁",
             "措施", "举措", "言论", "声明", "报告", "协议")  # fmt: skip
#: 对 + an optional demonstrative + a measure noun, or 对此: the reaction's object.
_OBJECT = re.compile(
    "对(?:这一|这项|这些|该|此项|此次|上述|有关|相关)?(" + "|".join(_MEASURES) + "|此)"
)
#: How many sentences back the measure may have been told.
_LOOKBACK = 8
_CLAUSE_MARKS = ",，;；:：。!！?？"


def measure_owner(c: Candidate) -> str | None:
    """默克尔当天也对禁令提出批评: a reaction (roots 11, 12) whose target is carried from an act
    told before (``target: carried!``), when nothing is carried, answers whoever the item said
    took the measure its object names (特朗普的“穆斯林禁令”: the USA). Never rejects."""
    if c.target is not None or c.rule.target != "carried!" or c.rule.code[:2] not in REACTIONS:
        return None
    source = c.source
    assert source is not None
    carried = lend_target(source, None, c.mt.carry)
    c.target = carried if carried is not None else _owner_told(c, source)
    return None


def _owner_told(c: Candidate, source: Mention) -> Mention | None:
    """The owner of the measure named by the reaction's object (对…禁令), found where the item
    named it last before the reaction's sentence."""
    mt = c.mt
    found = _OBJECT.search(mt.text, source.end, c.a)
    if found is None:
        return None
    if found.group(1) == "此":  # 对此: what the sentence before told (``told_of``)
        told = told_of(mt.coding, mt.s)
        target = told[1] if told is not None else None
        return target if target is not None and target.country != source.country else None
    noun = found.group(1)
    first = mt.coding.sentences[max(mt.s.index - _LOOKBACK, 0)].start
    at = mt.text.rfind(noun, first, mt.s.start)
    while at >= 0:
        owner = _owner_at(mt, source, at)
        if owner is not None:
            return owner
        at = mt.text.rfind(noun, first, at)
    return None


def _owner_at(mt: Matcher, source: Mention, at: int) -> Mention | None:
    """Whose measure the noun at ``at`` is: the actor right before 的 (特朗普的禁令, 以色列议会
    通过的法案), else the first actor of its clause (以色列议会6日通过法案); None when the noun
    there is itself a reaction's object (对法案通过深表遗憾) or no other state is named."""
    text = mt.text
    if text[max(at - 4, 0) : at].find("对") >= 0:
        return None
    lo = max(text.rfind(mark, 0, at) for mark in _CLAUSE_MARKS) + 1  # (its clause's start)
    inside = [m for m in starting_in(mt.coding.mentions, lo, at) if m.end <= at
              and not m.inert and m.country and m.country != source.country]  # fmt: skip
    if not inside:
        return None
    if "的" in text[inside[-1].end : at]:
        return inside[-1]
    return inside[0]


#: The nouns of an attack (a reaction's object, or an attack told in between).
_ATTACK_NOUNS = "袭击|空袭|打击|攻击|炮击|轰炸"
#: 对 + an optional demonstrative + an attack noun: the reaction's object is an attack.
_ATTACK_OBJECT = re.compile(
    f"对(?:这一|这次|此次|该|上述|这些|此轮|这轮)?(?:{_ATTACK_NOUNS})(?:事件|行动)?"
)
#: How many sentences back the attack may have been told.
_ATTACK_LOOKBACK = 4


def attack_answered(c: Candidate) -> str | None:
    """乌军打击了俄…输油站。（new paragraph）匈方对这一袭击表示强烈谴责: a reaction (roots 11, 12)
    whose object, in its own clause, is an attack, when no target was found or carried (the
    carry stops at a paragraph's end, and CCTV puts the reaction in a paragraph of its own),
    answers the doer of the latest force the item coded a few sentences before, when that doer
    is another state than the one reacting. Never rejects."""
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
    """The force (roots 18-20) coded last in the ``_ATTACK_LOOKBACK`` sentences before ``sentence``."""
    for m in reversed(matches):
        if m.sentence < sentence - _ATTACK_LOOKBACK:
            return None
        if m.sentence < sentence and m.code[:2] in FORCE:
            return m
    return None


#: Words of an attack told in the sentences between the coded force and the reaction.
_ATTACK_WORD = re.compile(f"{_ATTACK_NOUNS}|遇袭|遭袭")


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


@for_rules(lambda rule: rule.code[:2] in REACTIONS)
def not_lent_past_own_telling(c: Candidate) -> str | None:
    """匈牙利总理欧尔班表示，欧洲领导人正迫使乌克兰继续战争…，匈牙利对此表示反对: 此 is what the
    sentence itself told after its verb of speech, so the sentence before lends no target (the
    one opposed is that clause's subject, 欧洲领导人 here, a party with no code)."""
    mt, source, target = c.mt, c.source, c.target
    if c.rule.code[:2] not in REACTIONS or source is None or target is None:
        return None
    if target.start >= mt.s.start or mt.text.find("对此", mt.s.start, c.a) < 0:
        return None  # (a target of the sentence's own, or no 此 to read back)
    told = _TOLD.search(mt.text, mt.s.start, clause_start(mt, source.start))
    return "told_in_sentence" if told is not None else None


#: A verb of speech and the comma that opens what is said (欧尔班表示，…).
_TOLD = re.compile(r"(?:表示|指出|强调|说|称|认为|声称|宣布)[,:]")
