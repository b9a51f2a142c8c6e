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
from dipwatch.reference.people import lookup_organisation

# What may stand between two members of one coordinated group: "and", a comma, or both, and
# the article of the next (Saudi Arabia, the United Arab Emirates and Bahrain).
_JOINER = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def coordinated_last(text: str, usable: list[Mention], size: int) -> list[Mention]:
    """The last ``size`` states of ``usable`` (in text order) joined to each other by "and" or
    commas alone, as a group of exactly that size, in the order named; else []."""
    return next((run for run in reversed(_runs(text, usable)) if _group_of(run, size)), [])


def regional_last(text: str, usable: list[Mention], size: int, region: str) -> list[Mention]:
    """ "The three Gulf states" after "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt
    severed ties": the members of the region's bloc (``REGION_BLOCS``) in the last coordinated
    run that holds exactly ``size`` of them, in the order named; else []."""
    for run in reversed(_runs(text, usable)):
        inside = in_region(run, size, region)
        if inside:
            return inside
    return []


def in_region(mentions: list[Mention], size: int, phrase: str) -> list[Mention]:
    """The members of ``mentions`` in the region the ``phrase`` names ("the three Gulf states":
    the Gulf's, by ``REGION_BLOCS``), when exactly ``size`` different states; else []."""
    region = next((r for r in REGION_BLOCS if re.search(rf"\b{r}\b", phrase, re.I)), None)
    organisation = lookup_organisation(REGION_BLOCS[region]) if region else None
    if organisation is None:
        return []
    inside = [m for m in mentions if m.country in organisation.members]
    return inside if _group_of(inside, size) else []


#: A region's adjective before "states" (the three Gulf states) and the bloc whose members
#: (``members`` in ``reference/data/organisations.csv``) are that region's states.
REGION_BLOCS = {"Gulf": "Gulf Cooperation Council"}


def _runs(text: str, usable: list[Mention]) -> list[list[Mention]]:
    """The runs of ``usable`` (in text order) joined to each other by "and" or commas alone."""
    runs: list[list[Mention]] = []
    for m in usable:
        if runs and _JOINER.fullmatch(text, runs[-1][-1].end, m.start) is not None:
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _group_of(run: list[Mention], size: int) -> bool:
    """Is ``run`` a group of exactly ``size`` different states?"""
    return len(run) == size and len({m.country for m in run}) == size
