"""Talks named as a frame: 在与美国的谈判中 (伊朗在与美国的谈判中有两条“红线”; 加拿大政府在与美国的
贸易谈判中始终坚定捍卫本国利益) places what is said inside talks going on, or held before; it tells
no negotiation of the day, unlike talks told as held (俄乌双方在会谈中讨论了…, with no 与…的 frame).
Issue 10, precision of ``xwlb_docs`` (eval/README.md, "False alarms of xwlb_docs by
construction"); a ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules

#: 在与 X (的) … 谈判中 (在同 X …): the frame's end, after the partner.
_FRAME_END = re.compile(r"[^,。;]{0,14}?(?:谈判|磋商|会谈)(?:进程)?中")


@for_rules(lambda rule: rule.code[:2] == "04")
def not_a_talks_frame(c: Candidate) -> str | None:
    """The target follows 在与 and the talks' noun closes the frame with 中 after it, the act's
    trigger inside it: the talks are the setting of what is said, not an act."""
    target, text = c.target, c.mt.text
    if c.rule.code[:2] != "04" or target is None or target.end <= target.start:
        return None  # (the step tests its own rule: see ``for_rules``)
    if not text.endswith(("在与", "在同"), max(c.mt.s.start, target.start - 2), target.start):
        return None
    frame = _FRAME_END.match(text, target.end)
    if frame is None or not target.end <= c.a < frame.end():
        return None
    return "talks_frame"
