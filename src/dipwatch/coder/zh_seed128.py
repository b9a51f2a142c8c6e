"""Chinese checks for a class of error met judging random CCTV days no gold set holds (issue
10, eval/README.md "Judging output no gold holds", the integrator's checks of the seventh
round): a body named by a pair of states (美中贸易全国委员会, 中美友好协会) taken as the pair's
other state. Chinese names a bilateral body with its home state first, so a letter from that
state's leader to it goes to a body of the sender's own state, not to the other one. Each is a
``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate

#: After a pair of states, the head noun of a body's name, reached within one phrase
#: (美中|贸易全国委员会, 中美|友好协会, 英中|贸易协会).
_BODY_AFTER_PAIR = re.compile(
    r"[^，,。；;：:、\s]{0,8}?(?:委员会|协会|商会|理事会|基金会|联合会|促进会|研究会|学会)"
)


def not_to_own_states_body(c: Candidate) -> str | None:
    """美国总统亦向美中贸易全国委员会…致贺信: a target that is the second state of a pair
    heading a body's name, whose first state is the source's own, stands for a body of the
    source's own state (the pair names its subject, 美中 trade), so the act is aimed at no
    other state. (国家主席向美中贸易全国委员会…致贺信 stays: the body is the other state's.)"""
    mt, source, target = c.mt, c.source, c.target
    if source is None or target is None or target.kind != "pair":
        return None
    home = next((m for m in mt.mentions if m.kind == "pair" and m.end == target.start), None)
    if home is None or home.country != source.country:
        return None
    return "own_body" if _BODY_AFTER_PAIR.match(mt.text, target.end) else None
