"""Force a state's own side says it may use (eval/README.md "Misses of xwlb_docs by
construction", threats): 以色列国防部长加兰特称，以军可能立即对黎真主党武装发动地面进攻. A
possibility word before the act makes it no act of the day (``zh_news.told_as_done``), and
rightly so when a reporter or another state guesses (美国媒体称，以色列可能对伊朗发动袭击, 若
民进党胜选，中共恐将…): but the doer's own official telling the world his forces may strike is a
menace, as 将 would make it (``future_or_threat``). The guidelines code a conditional menace as
a threat by the speaker; the possibility told by the side that holds the force is one too. A
``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import FORCE, Candidate
from dipwatch.coder.zh_news import OWN_POSSIBLE, clause_start, said_by

#: A possibility the doer's side states (可能, 或将, 随时可能), not one denied (不可能), asked
#: (是否可能) or merely expected by others (预计): those stay guesses.
_MAY = re.compile(r"(?<![不否无])(?:可能|或将)")
_ASKED = ("是否", "能否", "会否")


def force_its_side_may_use(c: Candidate) -> str | None:
    """以军可能对黎真主党武装发动地面进攻, said by Israel's defence minister: force (18-20) with
    a possibility word between its doer and its trigger, the doer named in the act's own clause,
    in a sentence whose speaker (before a speech verb, or the one who spoke before: 他称) is of
    the doer's state, is that state's threat of it. Never rejects."""
    mt, source = c.mt, c.source
    # (或将 holds 将: the rule's ``future`` has already made the act its threat, 138, which no
    # condition's threat is; it is the same menace, so it is kept as one)
    planned = c.rule_id.endswith("+future") and c.code == c.rule.future
    threat = c.code if planned and c.code[:2] == "13" else c.threat
    if source is None or not threat or c.code not in (c.rule.code, threat):
        return None
    if c.rule.code[:2] not in FORCE:
        return None
    if not source.country or c.target is None or c.target.country == source.country:
        return None
    start = clause_start(mt, c.a)
    if source.start < start:
        return None  # 正在研究…选项，其中包括可能采取的军事行动: options told, the doer elsewhere
    may = _MAY.search(mt.text, source.end, c.a)
    if may is None or mt.has_any(_ASKED, start, c.a):
        return None
    # (no speech verb before: the narrator's own guess, 以色列可能对伊朗发动袭击)
    speaker = said_by(mt, may.start())
    if speaker is None or speaker.country != source.country:
        return None  # another's guess about the doer (伊朗称以色列可能…)
    c.code, c.threat, c.rule_id = threat, threat, c.rule_id + OWN_POSSIBLE
    return None
