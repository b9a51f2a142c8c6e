"""A coming visit named as an occasion: 在中国国家主席习近平将对俄罗斯进行国事访问之际，总台精品影视节目
展播在莫斯科启动. The ``在…之际`` clause dates what the sentence tells (a programme opened, an
article published) by a visit announced before; it announces nothing of the day, so the
intent (036) read from its 将 is no event (eval/README.md, "False alarms of xwlb_docs by
construction, second pass"). Visits under way (在…进行国事访问之际) keep their act: only the
future reading is dropped. A ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate

#: 在…之际: an occasion clause (no clause break inside it).
_OCCASION = re.compile(r"在[^，。；：,;:]*?之际")


def not_an_occasions_visit(c: Candidate) -> str | None:
    """An intent read from a future marker (将赴…出席, 将对…进行国事访问) inside a ``在…之际``
    clause: the visit is the occasion of the sentence's act, not announced by it."""
    if not c.rule.future or c.code != c.rule.future or "之际" not in c.mt.text[c.b : c.mt.s.end]:
        return None
    for m in _OCCASION.finditer(c.mt.text, c.mt.s.start, c.mt.s.end):
        if m.start() <= c.a and c.b <= m.end():
            return "occasion"
    return None
