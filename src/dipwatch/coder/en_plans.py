"""An announced plan is not the act it plans (issue 10, English that generalises).

A rule that triggers on a verb of announcing (announced tariffs, unveiled sanctions) read
"announced plans to impose tariffs" as the tariffs imposed. What is announced there is a plan:
a coercive act planned is a threat of it (1312 for tariffs, as the gold has it), a cooperative
one the rule's intent, and one with neither is no event.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate

_ANNOUNCING = re.compile(r"(?:announc|unveil|outlin|present|publish|releas)\w*$")
_PLAN_AFTER = re.compile(
    r"\s+(?:on\s+\w+\s+)?(?:a\s+|its\s+|their\s+|new\s+|fresh\s+)?(?:plans?|proposals?)\s+to\b"
)


def announced_plan(c: Candidate) -> str | None:
    """announced plans to impose tariffs on 128 U.S. products: a threat of the tariffs."""
    text = c.mt.text
    if _ANNOUNCING.search(text, c.a, c.b) is None or _PLAN_AFTER.match(text, c.b) is None:
        return None
    conditional = c.mt.rules.conditional
    threat = next((conditional[k] for k in (c.code, c.code[:3], c.code[:2]) if k in conditional),
                  None)  # fmt: skip
    planned = threat or c.rule.future
    if planned is None:
        return "plan_only"
    c.code, c.rule_id = planned, c.rule.id + "+future"
    return None
