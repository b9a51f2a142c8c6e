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
from collections.abc import Callable

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.doc import Match

# ", which|who", a subject of a few words, and a past-tense verb ending right at the trigger's
# end (no modal between: ", which it would impose" stays conditioned).
_PAST_ASIDE = re.compile(
    r",\s+(?:which|who)\s+(?:(?!would\b|will\b|could\b|might\b|may\b)[\w.'’\-]+\s+){0,5}"
    r"[a-z]+ed$"
)


@for_rules(lambda rule: not rule.future)
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


# A non-restrictive relative clause: ", who|which", its words, up to the comma that closes it.
_ASIDE = re.compile(r",\s+(?:who|which)\s+[^,;]+,")


def own_acts(
    text: str, lo: int, hi: int, found: list[Match], choose: Callable[[list[Match]], list[Match]]
) -> list[Match]:
    """Wang, who held talks with Patrushev on Tuesday, arrived in Moscow: the act of a relative
    clause set off by commas is another act than the main clause's, though of one pair and
    root (a meeting in the aside, a visit outside it), so the sentence's matches are chosen
    among (``choose``: one per pair and code, a generic code giving way to a specific one)
    within the aside and outside it apart, not against each other."""
    if len(found) < 2 or text.find(", wh", lo, hi) < 0:  # (a quick test: few sentences hold one)
        return choose(found)
    spans = [(m.start(), m.end()) for m in _ASIDE.finditer(text, lo, hi)]
    inside = [m for m in found if any(a < m.start < b for a, b in spans)]
    if not inside or len(inside) == len(found):
        return choose(found)
    outside = [m for m in found if not any(a < m.start < b for a, b in spans)]
    return sorted(choose(inside) + choose(outside), key=lambda m: (m.start, m.code))
