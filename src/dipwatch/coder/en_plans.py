"""Plans announced: the object of a verb of announcing that is a plan (issue 10, English that
generalises; the brief's "plans to impose" coded as the sanction).

"China announced plans to impose tariffs on 128 U.S. products": the rules of sanctions take
"announced … tariffs … on" as the act (an announcement that accomplishes it: "announced
sanctions on"), and the future words ("plans to") are read only before the trigger. When the
announced object is a plan, a proposal or an intention with its infinitive, the act is still to
come: a conflictual one is a threat of it, a cooperative one an intent (the rule's ``future``).

>>> bool(_PLANNED.match(" plans to impose"))
True
>>> bool(_PLANNED.match(" sanctions on"))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate

# Right after the verb: a determiner or adjective or two, then the noun of a plan and "to".
_PLANNED = re.compile(
    r"\s+(?:(?:its|their|his|her|the|a|an|new|further|fresh)\s+){0,2}"
    r"(?:plans?|proposals?|intention|intentions|preparations)\s+to\s+[a-z]",
    re.IGNORECASE,
)
_ANNOUNCING = ("announce", "unveil", "outline", "present", "publish", "detail", "set out")


def announced_plan(c: Candidate) -> str | None:
    """Announced plans to impose tariffs: a threat of the act (or the intent of it), not the
    act, when the code is still the rule's own (no future or condition read it yet)."""
    mt = c.mt
    if c.code != c.rule.code or not mt.text.startswith(_ANNOUNCING, c.a):
        return None
    end = mt.text.find(" ", c.a)
    if end < 0 or not _PLANNED.match(mt.text, end):
        return None
    planned = c.threat or c.rule.future
    if planned:
        c.code, c.rule_id = planned, c.rule.id + "+plan"
    return None
