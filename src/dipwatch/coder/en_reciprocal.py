"""English reciprocal cooperation: "the two leaders agreed to work together to bring North
Korea back to talks". Working together (or jointly) is done with the partner joined to the
subject; a state named after the purpose infinitive that follows ("to bring North Korea") is
what the cooperation is for, not whom it is with, so a cooperation rule does not aim at it.

>>> bool(_PURPOSE_AFTER_TOGETHER.search(" on Friday to work together to bring "))
True
>>> bool(_PURPOSE_AFTER_TOGETHER.search(" to work together with "))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate

# "together"/"jointly", then an infinitive of purpose that ends right before the target.
_PURPOSE_AFTER_TOGETHER = re.compile(
    r"\b(?:together|jointly)\b[^,;.]*?\bto\s+[a-z]+\s+(?:the\s+)?$", re.IGNORECASE
)


def reciprocal_purpose(c: Candidate) -> str | None:
    """Agreed to work together to bring X back: X is the purpose's object, no partner."""
    target = c.target
    if target is None or target.start <= c.b or c.rule.code[:2] != "03":
        return None
    between = c.mt.text[c.b : target.start]
    if "together" not in between and "jointly" not in between:
        return None  # (a cheap test first: almost no cooperation is told this way)
    return "purpose_object" if _PURPOSE_AFTER_TOGETHER.search(between) else None
