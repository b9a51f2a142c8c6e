"""English wishes for others: "Xi said China hoped North Korea and the United States would
meet each other halfway". What a speaker hopes another state will do is the speaker's wish,
told in a content clause: that state neither did it nor said it would (eval/README: an intent
is the doer's own), so an act whose doer is named inside the clause of "hoped" or "wished" is
not coded. The hoper's own act ("hoped to meet India") keeps its subject before the verb.

>>> bool(_WISH.search("Japan said it hoped India and Pakistan would meet soon"))
True
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, gated

_WISH = re.compile(r"\b(?:hope|hopes|hoped|hoping|wish|wishes|wished)\b(?:\s+that)?", re.IGNORECASE)


@gated(("hope", "wish"))
def wished_for_others(c: Candidate) -> str | None:
    """Hoped X would meet Y: X's act is only hoped for, by someone else."""
    source = c.source
    if source is None or source.start >= c.a:
        return None
    text = c.mt.text
    if (
        text.find("hope", c.mt.s.start, source.start) < 0
        and text.find("wish", c.mt.s.start, source.start) < 0
    ):
        return None  # (a cheap test first: almost no sentence hopes)
    wish = next(reversed(list(_WISH.finditer(text, c.mt.s.start, source.start))), None)
    if wish is None or text.find(",", wish.end(), source.start) >= 0:
        return None  # hoped…, and Japan met: a clause of its own after a comma
    return "wished"
