"""English background told in the past perfect inside a non-restrictive relative clause:
"…sanctions on Chinese firms over hacking, which Beijing had called irresponsible", "Kim, who
had lobbied Seoul for months, arrived…". The pluperfect puts the act before the story's time,
and with no time of its own in the clause it has no day to be coded on: it is background, as
undated background is in the whole-document gold (eval/README, en_news: "habitual or undated
background"). With its own time (", which it had paused last week", ", who on March 15 had
accused…") the act is dated and stays; a pluperfect in reported speech outside such a clause
("said it had lodged a protest") is the day's act told backwards and is not read here.

>>> bool(_RELATIVE.search("reports of sanctions, which beijing had "))
True
>>> bool(_PLUPERFECT.search("which beijing had "))
True
"""

from __future__ import annotations

import re

from dipwatch.coder.matcher import Matcher
from dipwatch.coder.rules import Pattern, Rule

# The relative pronoun that opens a clause set off by a comma (or a dash).
_RELATIVE = re.compile(r"(?:,|\s[-–—])\s+(?:which|who|whom)\s+")
# The trigger right after "had" (an adverb allowed): the past perfect of the clause's verb.
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+|also\s+|already\s+)?$")


def pluperfect_aside(mt: Matcher, rule: Rule, pattern: Pattern, a: int, b: int) -> str | None:
    """…, which Beijing had called irresponsible: an undated pluperfect aside is background."""
    text = mt.text
    if _PLUPERFECT.search(text, max(mt.s.start, a - 20), a) is None:
        return None  # (a cheap test first: almost no trigger follows "had")
    opened = None
    for m in _RELATIVE.finditer(text, mt.s.start, a):
        opened = m
    if opened is None or any(ch in text[opened.end() : a] for ch in ",;:"):
        return None  # no open relative clause around the trigger
    close = min((i for i in (text.find(ch, b, mt.s.end) for ch in ",;:") if i >= 0),
                default=mt.s.end)  # fmt: skip
    if any(opened.start() <= start < close for start, _ in mt.dates):
        return None  # …, which it had paused last week: a time of its own
    return "background"
