"""English readiness told with a copula: "urged both sides to ease tensions and said China was
ready to play a constructive role". The actor right before "was/is ready (willing,
prepared)" is the subject of the readiness and of the infinitive after it, whatever actor
the pattern's wider subject slot reached back to; it is not the act's target either.

>>> bool(_READY.search("said China was ready "))
True
>>> bool(_READY.search("said China was ready to help "))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate

# An actor's last letter, then the copula and the adjective of readiness, right before "to".
_READY = re.compile(
    r"(?<=[A-Za-z.])\s+(?:was|is|were|are|remained|remains)\s+(?:(?:also|still|always)\s+)?"
    r"(?:ready|willing|prepared)\s+$"
)


def ready_subject(c: Candidate) -> str | None:
    """China was ready to play a role: China is the one ready, never the target."""
    text = c.mt.text
    if not text.startswith("to ", c.a) or not text.endswith(
        ("ready ", "willing ", "prepared "), 0, c.a
    ):
        return None  # (a cheap test first: the trigger is an infinitive after the adjective)
    ready = _READY.search(text, c.mt.s.start, c.a)
    if ready is None:
        return None
    head = next((m for m in reversed(c.mt.active) if m.end == ready.start()), None)
    if head is None:
        return None
    c.slots["S"] = head
    if c.slots.get("T") is head:
        c.drop("T")
    return None
