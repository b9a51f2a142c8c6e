"""Chinese checks for judgements a speaker states without a verb of criticism or praise (issue
10, eval/README.md ``xwlb_docs``, the anatomy's group of such misses): the rules are
``zh.111.said_act_wrong``, ``zh.111.said_act_ruinous`` and ``zh.051.said_exemplary`` in
``zh.yaml`` (and who is judged when ``zh.111.prose_illegal`` calls an act illegal), their words the lexicon's ``judged_*`` word classes. Each check is a
``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.actors import speaker_before
from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.genre import NEWS

#: The judgement rules whose sentence may carry no speech verb of its own: the speaker in
#: force (a sentence before said 表示) judges, and without one there is no judge.
_SPEAKER_IN_FORCE = frozenset(("zh.051.said_exemplary", "zh.111.said_doomed"))


@for_rules(lambda rule: rule.id in _SPEAKER_IN_FORCE)
def judged_by_a_speaker(c: Candidate) -> str | None:
    """中国…为各国树立了榜样 after 叙利亚外长表示，…: a judgement is its speaker's; one the
    narrator states with no speaker before it or in force (a report's own words) is no state's
    act, and the home state the ``speaker`` fallback would give is not its judge."""
    mt = c.mt
    if c.rule.id not in _SPEAKER_IN_FORCE:
        return None  # (a step may be asked alone, without its ``for_rules`` filter)
    if speaker_before(mt.coding, mt.s.start, c.a, mt.mentions) is not None:
        return None
    speakers = mt.coding.speakers
    return None if speakers and speakers[mt.s.index] is not None else "no_judge"


#: Defiance of law read from a breach (``zh.128.defy``: X 违反|无视…国际法).
_DEFY = "zh.128.defy"
#: Words of reproach that, like speech, make what follows in their sentence a judgement.
_REPROACH = ("谴责", "批评", "指责", "抨击", "认为", "声明")


@for_rules(lambda rule: rule.id == _DEFY)
def defiance_not_a_judgement(c: Candidate) -> str | None:
    """声明说，以色列的做法公然违反了国际法; 埃及外交部谴责以色列…，公然违反国际法: in the news a
    breach of law told after speech or reproach is the speaker's judgement (its reproach, where
    a rule reads one: ``zh.111.breach``), not the breaker's act of the day."""
    mt = c.mt
    if c.rule.id != _DEFY or mt.coding.genre != NEWS:
        return None  # (a step may be asked alone, without its ``for_rules`` filter)
    said = (*c.lex["speech"], *_REPROACH)
    return "judged" if mt.has_any(said, mt.s.start, c.a) else None


#: An act called illegal or void (``zh.111.prose_illegal``: X 是非法的).
_ILLEGAL = "zh.111.prose_illegal"
#: Right before a state, the act falls on it: 对 or a verb of taking (…对伊朗进行制裁, 占领古巴…).
_FALLS_ON = ("对", "占领", "侵占", "入侵", "针对", "吞并")
#: A speech verb and its comma: the judged act's clause begins after it.
_SAID = re.compile(r"(?:表示|指出|强调|重申|说|称|认为|声称|指责|批评)[，,]")


@for_rules(lambda rule: rule.id == _ILLEGAL)
def illegal_acts_doer(c: Candidate) -> str | None:
    """他重申，美国占领古巴关塔那摩是非法的; 扎里夫表示，美国…对伊朗进行制裁是非法的: the state the
    illegal act falls on (after 对, 占领) is its victim; the speaker judges the act's doer, the
    first other state of the act's clause (after the speech verb's comma). With no doer told
    there is no one judged; when the doer is the source the pattern's fallback gave, the
    speaker in force judges it, or no one does (coder-zh143)."""
    mt, target = c.mt, c.target
    if c.rule.id != _ILLEGAL or target is None:
        return None  # (a step may be asked alone, without its ``for_rules`` filter)
    if not mt.text.endswith(_FALLS_ON, 0, target.start):
        return None
    said = [m.end() for m in _SAID.finditer(mt.text, mt.s.start, target.start)]
    start = said[-1] if said else mt.s.start
    doer = next((m for m in mt.mentions if start <= m.start and m.end <= target.start
                 and not m.inert and m.country and m.country != target.country), None)  # fmt: skip
    if doer is None:
        return "victim_not_doer"
    c.target = doer
    if c.source is None or c.source.country == doer.country:
        speakers = mt.coding.speakers
        speaker = speakers[mt.s.index] if speakers else None
        if speaker is None or speaker.country in (None, doer.country):
            return "no_judge"
        c.source = speaker
    return None
