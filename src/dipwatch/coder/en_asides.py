"""English asides inside a condition: "…would respond if the United States went ahead with a
50% tariff on Brazilian goods, which President Donald Trump announced on Wednesday". A
non-restrictive relative clause (after a comma and "which" or "who") with a verb in the past
tense reports what was done; the "if" before it conditions the main clause, not the aside,
so its act stays an act and is not read as a threat of it.

>>> bool(_PAST_ASIDE.search(", which President Donald Trump announced"))
True
>>> bool(_PAST_ASIDE.search(", which it would announce"))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate

# ", which|who", a subject of a few words, and a past-tense verb ending right at the trigger's
# end (no modal between: ", which it would impose" stays conditioned).
_PAST_ASIDE = re.compile(
    r",\s+(?:which|who)\s+(?:(?!would\b|will\b|could\b|might\b|may\b)[\w.'’\-]+\s+){0,5}"
    r"[a-z]+ed$"
)


def past_aside(c: Candidate) -> str | None:
    """A past act told in an aside keeps its code, though the sentence has an "if"."""
    if not c.rule_id.endswith("+if") or c.rule.future:
        return None  # (a cheap test first: only a conditioned act can be given back)
    text = c.mt.text
    comma = text.rfind(",", c.mt.s.start, c.a)
    if comma < 0 or _PAST_ASIDE.search(text, comma, c.b) is None:
        return None
    c.code, c.rule_id = c.rule.code, c.rule.id
    return None
