"""English stances held over a period: "India, which backed Bhutan during its standoff with
Chinese troops in 2017, said…". Support given "during" or "throughout" a conflict is a side
taken for its length, not a dated act of support (eval/README: a relative clause that names no
dated act, "which backed Azerbaijan throughout the conflict", is no event), so a support rule
triggered by "backed" or "supported" does not fire on it.

>>> bool(_OVER_A_PERIOD.match(" Bhutan during its standoff"))
True
>>> bool(_OVER_A_PERIOD.match(" the resolution on Friday"))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_codes

# The object (a few words), then "during"/"throughout" and a determiner: the period of the stance.
_OVER_A_PERIOD = re.compile(
    r"\s+(?:[\w.'’\-]+\s+){1,4}?(?:during|throughout)\s+(?:the|its|their|his|her|this|that)\b"
)


@for_codes("05")
def stance_over_period(c: Candidate) -> str | None:
    """Backed Bhutan during its standoff: a side taken, no act of that day."""
    if c.code[:2] != "05" or not c.mt.text.startswith(("back", "support"), c.a):
        return None  # (a cheap test first: only support told with these verbs)
    return "stance" if _OVER_A_PERIOD.match(c.mt.text, c.b) else None
