"""Chinese checks on intent (03x, issue 10: the anatomy of the dev misses in eval/README.md):
what a state says it will do is intent only when it says so outright. Each is a
``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.actors import speaker_before
from dipwatch.coder.checks import Candidate
from dipwatch.coder.zh_news import clause_start


def not_an_intent_on_condition(c: Candidate) -> str | None:
    """如果俄方撤军，乌克兰将同俄罗斯展开对话: an intent put on a condition (an if-word opening
    an earlier clause of its sentence) is not one the state voices that day, as a wish of
    a third party's is not (a menace on a condition is a threat: ``menace_on_condition``)."""
    if c.code[:2] != _INTENT:
        return None
    mt = c.mt
    own = clause_start(mt, c.a)
    for word in c.lex["if_words"]:
        at = mt.text.find(word, mt.s.start, own)
        while at >= 0:
            if clause_start(mt, at) == at and not _excepted(c, at):
                return "conditional"
            at = mt.text.find(word, at + 1, own)
    return None


_INTENT = "03"


def _excepted(c: Candidate, at: int) -> bool:
    """若昂, 若干: an if-word that begins a longer word is none."""
    return c.mt.text.startswith(tuple(c.lex["conditional_exceptions"]), at)


def not_a_claim_retold(c: Candidate) -> str | None:
    """扎哈罗娃表示，北约方面…声称准备与俄罗斯进行对话，这一举动毫无意义: what a state claimed
    (声称, 宣称) told by a speaker of another state who answers it is the speaker's matter, the
    claim made before; the doer voices no intent that day."""
    if c.code[:2] != _INTENT or c.source is None:
        return None
    mt, doer = c.mt, c.source
    if not _CLAIMED.search(mt.text, doer.end, c.a):
        return None
    speaker = speaker_before(mt.coding, mt.s.start, doer.start, mt.mentions)
    return "retold" if speaker is not None and speaker.country != doer.country else None


_CLAIMED = re.compile("声称|宣称")
