"""A state that protests complains officially (issue 10; coder-en49).

"Vietnam protested against China's deployment of an oil rig": the protest of a state or its
government is a diplomatic complaint (114), as the guidelines code a protest lodged; a
demonstration (14x) is what crowds, students or workers do. ``en.140.protest`` reads the verb
alone, whoever protests; this check gives the state's protest its complaint code.
"""

from __future__ import annotations

from dipwatch.coder.checks import Candidate, for_rules

# The sectors of a state that speaks for itself: the government, its diplomats and its leaders.
_STATE_SECTORS = ("", "GOV")


@for_rules(lambda rule: rule.id == "en.140.protest")
def state_protest(c: Candidate) -> str | None:
    """Vietnam protested against China's deployment: a state's protest is its complaint."""
    source = c.source
    if c.rule.id != "en.140.protest" or c.code != "140" or source is None:
        return None
    sector = source.code[3:6]
    # a person speaks for the state only as its official (VNMGOV), never as "Vietnamese" (VNM)
    if sector == "GOV" or (sector == "" and source.kind != "person"):
        c.code = "114"
    return None
