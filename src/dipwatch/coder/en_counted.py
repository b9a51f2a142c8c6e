"""A group of states told by their number names no actor (issue 10, English that generalises).

"Xi held talks with the leaders of eight Pacific island states", "met representatives of five
African countries", "wrote to 14 nations": the object is there, and it is no state the coder can
name; the act's partner is that group, not the state the sentence before lent nor the story's.
The act is dropped, as one aimed at an unnamed group is (``unnamed_object``: the countries
concerned); when the members are listed after it (…eight Pacific island states: Fiji, Samoa…),
the pattern's object slot holds one of them and this step stays out of its way.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, gated

_NUMBER = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"several|a\s+dozen|dozens\s+of|a\s+number\s+of)"
)
# (with|to)? (the leaders of)? eight Pacific island states: at most three words describe them;
# no article before the number (the two countries, the 27 member states point back at states
# the text named).
_COUNTED = re.compile(
    r"\s(?:(?:with|to|from)\s+)?(?:(?:the\s+)?(?:leaders|heads|presidents|prime\s+ministers|"
    r"(?:foreign\s+|trade\s+|defence\s+|defense\s+)?ministers|envoys|representatives|"
    r"delegations|officials)\s+(?:of|from)\s+)?"
    rf"(?<!the\s)(?<!these\s)(?<!those\s)(?<!its\s)(?<!their\s){_NUMBER}"
    r"\s+(?:[\w\-]+\s+){0,3}?(?:states|countries|nations)\b",
    re.IGNORECASE,
)


# (parts of states, countries, nations free of the letters a case-blind regex also takes for
# others, ı for i, ſ for s: what any match holds)
@gated(("tate", "ountr", "nat"))
def counted_states(c: Candidate) -> str | None:
    """held talks with the leaders of eight Pacific island states: aimed at that group, which
    names no actor."""
    if c.slots.get("T") is not None:
        return None
    text = c.mt.text
    end = text.find(",", c.b, c.mt.s.end)
    hi = c.mt.s.end if end < 0 else end
    counted = _COUNTED.search(text, max(0, c.b - 1), hi)
    if counted is None:
        return None
    members = _MEMBERS.match(text, counted.end())
    if members is not None and any(m.start == members.end() for m in c.mt.active):
        return None  # …of several countries, including Fiji: a member named, the partner
    return "unnamed"


# The members of the counted group listed after it (…eight states, including Fiji; …five
# countries such as Kenya; …three nations: Fiji, Samoa…).
_MEMBERS = re.compile(r",?\s*(?:including|such\s+as|among\s+them|:)\s+(?:the\s+)?")
