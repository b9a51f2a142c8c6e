"""Polls: 民调显示，97%的匈牙利人反对欧盟制裁俄罗斯; 据…公布的民调结果，近六成美国民众不赞成美国对伊朗
采取军事行动. What a poll finds people think is opinion at home, no act of a state (guidelines,
"What to annotate": commentary without an act), and the acts it names are its questions' objects.
Issue 10, precision of ``xwlb_docs`` (eval/README.md, "False alarms of xwlb_docs by
construction"); a ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate

#: A poll named before the act in its sentence.
_POLL = re.compile(r"民调|民意调查|民意测验")


def not_a_polls_finding(c: Candidate) -> str | None:
    """A poll is named before the trigger in its sentence (and after the last space of a
    headline, which opens another headline's clause): the act is what the poll found."""
    mt = c.mt
    if c.a <= mt.s.end and not mt.in_sentence(_POLL):  # (most sentences name none)
        return None
    polls = list(_POLL.finditer(mt.text, mt.s.start, c.a))
    if not polls or " " in mt.text[polls[-1].end() : c.a]:
        return None
    return "poll"
