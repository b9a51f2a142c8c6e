"""Who strikes whom in force told beside a response (issue 10; eval/README.md, "False alarms of
free text by construction"): 针对伊朗对以色列的袭击，以色列将做出回应 and 伊朗…大使表示，以色列
出动了战机对使馆发动了导弹袭击，并称伊朗会作出回应 were coded as the striker answering, its
victim the doer; so was a defence whose subject slot took the state an earlier strike was
aimed at. Each is a ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.actors import speaker_before
from dipwatch.coder.checks import FORCE, Candidate, for_rules
from dipwatch.coder.doc import Mention
from dipwatch.coder.rules import Rule
from dipwatch.coder.zh_news import clause_start


def _force(rule: Rule) -> bool:
    return rule.code[:2] in FORCE


@for_rules(_force)
def strike_noun_doer(c: Candidate) -> str | None:
    """针对伊朗对以色列的袭击: in a strike named by its noun, ``A 对 B 的袭击``, B is the one struck
    and A the striker. A pattern whose object slot is read after an earlier 对 (here the 对 of
    针对) finds A there; the 对 nearest the noun names the target, and A is the doer."""
    target = c.slots.get("T")
    if c.rule.code[:2] not in FORCE or target is None or target.end > c.a:
        return None
    mt = c.mt
    struck = _STRUCK_BY_NOUN.search(mt.text, target.end, c.a)
    if struck is None or struck.start() != target.end:
        return None
    other = next((m for m in mt.mentions if m.start == struck.start(1) and not m.inert), None)
    if other is None or other.end != struck.end(1) or not other.country:
        return None
    if other.country == target.country:
        return None
    c.source, c.slots = target, {**c.slots, "S": target, "T": other}
    return None


#: Right after the slot's actor: 对 and the one struck, 的, then the noun (its trigger) at most a
#: few characters on (对以色列的袭击, 对以色列的导弹袭击). The group is where the struck one stands.
_STRUCK_BY_NOUN = re.compile(r"对([^,;:。对的]{1,16})的[^,;:。对的]{0,4}$")


@for_rules(_force)
def striker_opens_its_clause(c: Candidate) -> str | None:
    """伊朗驻叙利亚大使表示，以色列出动战机对使馆发动了导弹袭击: force told after a speaker, its
    own clause opened by an actor of another state (too far from the noun for the pattern's
    subject), is that actor's, not the speaker's: a state tells of another's strike."""
    if c.rule.code[:2] not in FORCE or "S" in c.slots or c.source is None:
        return None
    mt = c.mt
    start = clause_start(mt, c.a)
    if c.source.end > start:
        return None  # the doer found stands in the act's own clause
    speaker = speaker_before(mt.coding, mt.s.start, start, mt.mentions)
    if speaker is None or speaker.start != c.source.start:
        return None
    opener = next((m for m in mt.mentions if m.start == start and not m.inert), None)
    if opener is None or not opener.country or opener.country == c.source.country:
        return None
    if not _OWN_VERB.match(mt.text, opener.end):
        return None
    c.source = opener
    return None


#: The opener's own verb right after it (出动, 对, 向, 发动…), so that it is the clause's subject
#: and not a modifier of another noun (以色列媒体, 以色列的…).
_OWN_VERB = re.compile(
    r"(?:\d{1,2}日|当天|今天|日前|近日|再次|又|还|也|已|曾)?(?:出动|对|向|发动|发射|使用|动用|派出)"
)


@for_rules(_force)
def not_the_defences_owner(c: Candidate) -> str | None:
    """伊朗革命卫队称，发射导弹突破以色列多重防御打击了以色列…: a state whose defences the
    strike breaks through (突破, 穿透, 绕过 X 的防御, 防空系统, 防线) is the one struck, never the
    doer the subject slot took there; the doer is the actor before the breakthrough, the
    speaker telling its own side's strike (coder-zh122). With none, the act goes."""
    source = c.source
    if source is None or c.slots.get("S") is not source or source.end > c.a:
        return None
    mt = c.mt
    through = _THROUGH.search(mt.text, max(mt.s.start, source.start - 4), source.start)
    if through is None or not _DEFENCES.match(mt.text, source.end, c.a):
        return None
    return _striker_before(c, source, through.start(), "defences_owner")


#: A defence downing what was fired at its side (``zh.190.air_defence``).
_AIR_DEFENCE = "zh.190.air_defence"


@for_rules(lambda rule: rule.id == _AIR_DEFENCE)
def defender_not_the_struck(c: Candidate) -> str | None:
    """俄军…对乌方军用机场等军事目标进行打击，俄防空系统击落83架无人机: the defence's owner is
    the short form opening its clause (俄), which names no actor; the subject slot reached back
    to the state an earlier act was aimed at (after 对 or 向). When the short form is another
    state's than that one's, the slot took the side struck, not the defender, and whose drones
    were downed is not told: no act to code (coder-zh143). When it is the same state's (以色列
    对叙利亚…实施导弹袭击，叙防空系统实施拦截), the state struck defends itself, as before."""
    source = c.slots.get("S")
    if c.rule.id != _AIR_DEFENCE or source is None:
        return None  # (a step may be asked alone, without its ``for_rules`` filter)
    text = c.mt.text
    if not text.endswith(("对", "向"), 0, source.start):
        return None
    short = _SHORT_DEFENCE.search(text, source.end, c.b)
    if short is None or text.startswith(short.group(1), source.start):
        return None
    return "struck_not_defender"


#: A defence opening its clause after a one-character short form of its state (，俄防空系统).
_SHORT_DEFENCE = re.compile(r"[，,；;]\s*(\w)(?:防空|反导)")


def _striker_before(c: Candidate, source: Mention, at: int, reason: str) -> str | None:
    """Make the last actor of another state than ``source`` named before ``at`` in the sentence
    the striker; with none, reject with ``reason``."""
    mt = c.mt
    doer = next((m for m in reversed(mt.active) if m.end <= at
                 and m.start >= mt.s.start and m.country
                 and m.country != source.country), None)  # fmt: skip
    if doer is None:
        return reason
    c.source = doer
    c.drop("S")
    return None


#: Right before the state: a verb of getting through another's defences (突破了, 绕过).
_THROUGH = re.compile(r"(?:突破|穿透|绕过|躲过|避开)了?$")
#: Right after it: its defences, at most a few words on (的多重防御, 防空系统, 北部防线).
_DEFENCES = re.compile(r"的?[^,。;:]{0,6}?(?:防御|防空|防线|反导|拦截)")


@for_rules(_force)
def not_the_answered_doer(c: Candidate) -> str | None:
    """伊朗伊斯兰革命卫队…声明说，作为对美军行动的回应，革命卫队打击了美军在约旦的…基地: an actor
    inside a response frame that opens its own clause (作为对 X 的回应, 为回应 X) is the one
    answered, not the striker of the clause after it; the striker is the actor of another state
    named before the frame (the teller of its own side's strike: the integrator's seed-194
    check). With none, the act goes."""
    source = c.source
    if source is None or source.end > c.a:
        return None
    mt = c.mt
    start = clause_start(mt, source.start)
    frame = _ANSWERING.match(mt.text, start)
    if frame is None or frame.end() > source.start or clause_start(mt, c.a) <= source.end:
        return None
    return _striker_before(c, source, start, "answered_doer")


#: What opens a response frame (作为对美军行动的回应, 为回应美军空袭, 为了回应以色列…).
_ANSWERING = re.compile(r"\s*(?:作为对|为了回应|为回应|作为回应)")
