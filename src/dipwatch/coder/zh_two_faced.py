"""Conduct told as two-faced: 美国一方面对伊朗极限施压，一方面又要求伊朗…; 美国一边支持以色列的军事
行动，另一方面又试图…; 一边声称要走外交途径，一边却寻找借口制裁. The paired 一边…一边 (一方面…
一方面, 另一方面) is a speaker's characterisation of how a party goes on behaving, each half a
habit set against the other, not an act of the day; an earlier audit decided so for the support
recounted in such an accusation (eval/README.md). Issue 10, precision of ``xwlb_docs``
("False alarms of xwlb_docs by construction"); a ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate
from dipwatch.coder.zh_news import clause_start

#: One half of the pair, opening what a party does (not 站在…一边、 nor 一方面，…: a mark
#: followed by punctuation is a side taken or a discourse step).
_HALF = re.compile(r"(?:另一方面|一方面|一边)(?=[^、,。;:\s])")


def not_two_faced_conduct(c: Candidate) -> str | None:
    """The act's clause holds one half of the pair before the trigger, its sentence holds the
    other half, and a party stands right before the first half (美国一方面…): the act is half of
    that party's two-faced conduct described. (A report's contents set against each other,
    报告…，一方面称俄罗斯是衰落大国，一方面又将俄罗斯视为…威胁, have no party before the half:
    what the report says stays.)"""
    mt = c.mt
    halves = mt.cache.get("two_faced_halves")  # (the sentence's, once: most sentences hold none)
    if halves is None:
        halves = mt.cache["two_faced_halves"] = [
            h.start() for h in _HALF.finditer(mt.text, mt.s.start, mt.s.end)
        ]
    if len(halves) < 2:  # type: ignore[arg-type]
        return None
    start = clause_start(mt, c.a)
    own = [h for h in _HALF.finditer(mt.text, start, max(c.b, c.a + 1)) if h.end() <= c.a]
    if not own:
        return None
    first = halves[0]  # type: ignore[index]
    doer = any(m.end <= first and first - m.end <= _NEAR for m in mt.active)
    return "two_faced" if doer else None


#: How far the party whose conduct it is may stand before the first half (美国当前一边).
_NEAR = 3
