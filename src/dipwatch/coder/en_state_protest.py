"""A state that protests complains officially (issue 10; coder-en49).

"Vietnam protested against China's deployment of an oil rig": the protest of a state or its
government is a diplomatic complaint (114), as the guidelines code a protest lodged; a
demonstration (14x) is what crowds, students or workers do. ``en.140.protest`` reads the verb
alone, whoever protests; this check gives the state's protest its complaint code. A boycott announced is the reverse
case (coder-en51): ``en.160.boycott`` reads it as a state's reduction of relations, and the
boycott of people who are no state (fans, consumers) is their protest (143).
"""

from __future__ import annotations

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.en_private_nationals import private_head

# The rules whose act a state does otherwise than crowds: (its code for a state, for others).
_BY_STATE = {"en.140.protest": ("114", "140"), "en.160.boycott": ("160", "143")}
# The rules a nationality with no sector does not do for its state: Chinese retailers', British
# universities' boycott is theirs (review-en41); the state's is told by its name (Lithuania
# announced a boycott) or its government's.
_NAMED_ONLY = frozenset(("en.160.boycott",))


@for_rules(lambda rule: rule.id in _BY_STATE)
def state_protest(c: Candidate) -> str | None:
    """Vietnam protested against China's deployment: a state's protest is its complaint; fans'
    boycott of a match is their protest, a state's its reduction of relations."""
    source = c.source
    codes = _BY_STATE.get(c.rule.id)
    if codes is None or c.code not in codes or source is None:
        return None
    sector = source.code[3:6]
    # a person speaks for the state only as its official (VNMGOV), never as "Vietnamese" (VNM)
    # …and a bare nationality before consumers or fans is theirs (Indian consumers: IND)
    # …and for a boycott, a nationality before a noun no table knows (Chinese retailers)
    by_state = sector == "GOV" or (
        sector == ""
        and source.kind != "person"
        and not private_head(c, source.end)
        and not (source.kind == "demonym" and c.rule.id in _NAMED_ONLY)
    )
    c.code = codes[0] if by_state else codes[1]
    return None
