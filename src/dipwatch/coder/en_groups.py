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
from typing import TYPE_CHECKING

from dipwatch.coder.doc import Mention
from dipwatch.reference.people import lookup_organisation

if TYPE_CHECKING:
    from dipwatch.coder.checks import Candidate

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


def others_listed(c: Candidate) -> str | None:
    """ "…told Japan and South Korea their goods would face 25% tariffs, in letters that also set
    new rates for a dozen other countries, from Malaysia and Kazakhstan to South Africa and
    Laos": the states listed after "other countries" (from…to, including, such as) get the act
    the sentence gave its named targets, each one."""
    mt = c.mt
    if c.source is None or c.target is None or mt.text.find("other", c.b, mt.s.end) < 0:
        return None  # (a quick test first: the text is lower case, almost no act has others)
    hit = _OTHERS.search(mt.text, c.b, mt.s.end)
    if hit is None:
        return None
    listed = _listed_after(mt.text, [m for m in mt.active if m.start >= hit.end()], hit.end())
    have = {t.country for t in c.targets if t is not None} | {c.source.country}
    c.targets = [*c.targets, *(m for m in listed if m.country not in have)]
    return None


# Other states of the act told after its named targets, as its object (for, on, against…:
# not "as did other countries", who are doers), then a list of some of them.
_OTHERS = re.compile(
    r"\b(?:for|on|to|against|with|at)\s+(?:a\s+dozen|several|many|\d+|two|three|four|five|six|seven|eight|nine|ten|more\s+than\s+"
    r"\w+|some)\s+other\s+(?:countries|nations|states|trading\s+partners|economies),\s+"
    r"(?:from|including|such\s+as)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# Between two states of such a list: what joins a coordinated group, or "to" (from A to B).
_LIST_JOIN = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+to\s+)(?:the\s+)?")


def _listed_after(text: str, after: list[Mention], at: int) -> list[Mention]:
    """The states listed from ``at`` on, each joined to the one before (A and B to C and D)."""
    listed: list[Mention] = []
    for m in after:
        gap_from = listed[-1].end if listed else at
        if m.start != gap_from and _LIST_JOIN.fullmatch(text, gap_from, m.start) is None:
            break
        if m.country:
            listed.append(m)
    return listed
