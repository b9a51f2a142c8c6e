"""English groups named by coordination: "China and Russia vetoed…", later "the two countries".

A plural anaphor (``the two countries``, ``both nations``) stands for states the story named as
one group. When its own sentence and the story's lead do not settle which, the last group of
that size joined by "and" (or commas and "and") is a better guess than the last states named
one by one: "China and Russia vetoed the draft. … China's envoy called on Washington to talk to
Pyongyang. The U.S. envoy accused the two countries…" means China and Russia, not China and
North Korea.

>>> _JOINER.fullmatch(", and ") is not None, _JOINER.fullmatch(" said ") is None
(True, True)
"""

from __future__ import annotations

import re

from dipwatch.coder.doc import Mention

# What may stand between two members of one coordinated group: "and", a comma, or both.
_JOINER = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def coordinated_last(text: str, usable: list[Mention], size: int) -> list[Mention]:
    """The last ``size`` states of ``usable`` (in text order) joined to each other by "and" or
    commas alone, as a group of exactly that size, in the order named; else []."""
    run: list[Mention] = []
    best: list[Mention] = []
    for m in usable:
        if run and _JOINER.fullmatch(text, run[-1].end, m.start) is not None:
            run.append(m)
        else:
            if _group_of(run, size):
                best = run
            run = [m]
    if _group_of(run, size):
        best = run
    return best


def _group_of(run: list[Mention], size: int) -> bool:
    """Is ``run`` a group of exactly ``size`` different states?"""
    return len(run) == size and len({m.country for m in run}) == size
