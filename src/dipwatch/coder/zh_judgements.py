"""Chinese checks for judgements a speaker states without a verb of criticism or praise (issue
10, eval/README.md ``xwlb_docs``, the anatomy's group of such misses): the rules are
``zh.111.said_act_wrong``, ``zh.111.said_act_ruinous`` and ``zh.051.said_exemplary`` in
``zh.yaml``, their words the lexicon's ``judged_*`` word classes. Each check is a
``zh_checks.ZH`` step.
"""

from __future__ import annotations

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
