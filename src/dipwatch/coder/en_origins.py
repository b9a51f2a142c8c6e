"""Where a journey comes from is not where it goes: "Xi arrived from Brunei" is a visit to the
story's host, not to Brunei. The visit rule reads "{S} arrive~" with any actor after it as
the target; an actor that "from" opens is the journey's origin, and an arrival with only its
origin named has no destination in the sentence (the dateline's or story's host is told
elsewhere, as one contact)."""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules

# Between the verb of arriving and the actor: "from", perhaps after a particle (flew in from).
_FROM = re.compile(r"\s+(?:(?:in|back|home|here|there|later)\s+)?from\s+(?:the\s+)?")


@for_rules(lambda rule: rule.code[:2] == "04")
def origin_not_visited(c: Candidate) -> str | None:
    """Arrived from Brunei: the place after "from" right behind the trigger is no target.

    (The trigger is the verb of arriving; "visited Hanoi after flying in from Laos" keeps Hanoi.)
    """
    target = c.target
    if target is None or target.start < c.b or not c.code.startswith("04"):
        return None
    return "origin" if _FROM.fullmatch(c.mt.text, c.b, target.start) else None
