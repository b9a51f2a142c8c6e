"""Chinese: force on arms a state sent to another is force on the state that received them
(eval/README.md, seed-160 batch). ``zh_checks.ZH`` steps.

俄军摧毁了一批美国向乌克兰输送的武器: the object slot takes the first state after the verb,
the supplier, while the arms are the receiver's, in its hands on its soil; the strike is on it.
The family: a force verb whose object is ``X (等国) 向|给 Y (军队) 输送|提供|交付|运送|援助|支援
(了) 的 …武器|装备|弹药|军火|导弹|坦克|火炮|物资`` (or the arms before 的 and what holds
them: 提供“风暴阴影”导弹的仓库); X named alone as supplier (美国等西方国家输送的
武器装备) leaves the target as it was.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.doc import starting_in

#: After the supplier: the word that names the receiver next.
_TO = re.compile(r"(?:等[^,。;向给]{0,6}?)?(?:向|给)")
_ARMS = r"(?:武器|装备|弹药|军火|导弹|火箭弹|炮弹|无人机|战机|战斗机|坦克|火炮|榴弹炮|物资)"
#: After the receiver: the sending, then the arms it qualifies (输送的武器), or the arms, then
#: what holds them (提供"风暴阴影"导弹的仓库).
_SENT = re.compile(
    r"(?:军队|军方|政府)?(?:输送|提供|交付|运送|运交|援助|支援)(?:了)?"
    rf"(?:的[^,。;]{{0,10}}?{_ARMS}|[^,。;的]{{0,10}}?{_ARMS}的)"
)


@for_rules(lambda rule: rule.code[:2] == "19")
def arms_receiver_struck(c: Candidate) -> str | None:
    """The receiver of the struck arms, not their supplier, is the target (module docstring).
    Never rejects."""
    target, mt = c.target, c.mt
    if target is None or target.start < c.b:
        return None
    to = _TO.match(mt.text, target.end)
    if to is None:
        return None
    receiver = next(starting_in(mt.active, to.end(), to.end() + 1), None)
    if receiver is None or receiver.country == target.country:
        return None
    if _SENT.match(mt.text, receiver.end) is None:
        return None
    c.target = receiver
    return None
