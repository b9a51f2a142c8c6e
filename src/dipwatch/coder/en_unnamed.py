"""English reactions aimed at a group left unnamed: "criticised what he called discriminatory
restrictions by 'a small number of countries'" and "warned that any country that raised its
tariffs would face…" aim at no state, though the story names the
states whose restrictions it means. A group with no name is no actor (eval/README: unnamed
counterparts give no event), so the story's other party is not taken for it.

>>> bool(_UNNAMED_DOERS.search('restrictions by "a small number of countries"'))
True
>>> bool(_UNNAMED_DOERS.search("restrictions by Japan"))
False
>>> bool(_UNNAMED_DOERS.search("warned that any country that raised its tariffs"))
True
>>> bool(_UNNAMED_DOERS.search("pausing higher duties on dozens of other countries"))
True
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.rules import Rule

# Doers told only as an unnamed group ("by a small number of countries", "by some states").
_UNNAMED_DOERS = re.compile(
    r"\bby\s+[\"']?(?:a\s+(?:small\s+|handful\s+of\s+|few\s+)?(?:number\s+of\s+)?|some\s+|"
    r"certain\s+|several\s+|other\s+)(?:[a-z\-]+\s+)?(?:countries|states|nations|governments)\b"
    # …or any state at all: warned that any country that raised its tariffs would face…
    r"|\b(?:any|every)\s+(?:other\s+)?(?:country|state|nation|government)\b"
    # …or the unnamed states a measure falls on: pausing higher duties on dozens of countries
    r"|\b(?:on|against)\s+(?:(?:dozens|scores|hundreds)\s+of|some|several|many|most)\s+"
    r"(?:other\s+)?(?:countries|states|nations|trading\s+partners)\b",
    re.IGNORECASE,
)


#: Statements, appeals, demands, disapproval, rejection, threats: reactions, which take the
#: story's party when their sentence names none (``en_checks.story_target``).
REACTIONS = frozenset(("01", "02", "10", "11", "12", "13"))


def reacts(rule: Rule) -> bool:
    """Does ``rule`` code a reaction to the story (its fallback says so, or its root)?"""
    return rule.target == "story" or (rule.target != "none" and rule.code[:2] in REACTIONS)


# The object right after the verb told as the people or states of a region ("urged leaders
# across the region to calm tensions", "called on countries in the region"): a group no code
# names, though the story names states of that region.
_REGIONAL_GROUP = re.compile(
    r"\s+(?:the\s+)?(?:leaders|countries|states|nations|governments|capitals|parties)\s+"
    r"(?:across|in|of|throughout|around)\s+the\s+(?:region|world|continent|area)\b",
    re.IGNORECASE,
)


@for_rules(reacts)
def unnamed_doers(c: Candidate) -> str | None:
    """A reaction to acts whose doers it names only as an unnamed group, with no actor of its
    own after the verb, is aimed at no state: no event (not the story's other party)."""
    if not reacts(c.rule) or c.target is not None:
        return None
    if _REGIONAL_GROUP.match(c.mt.text, c.b, c.mt.s.end) is not None:
        return "unnamed"
    return "unnamed" if _UNNAMED_DOERS.search(c.mt.text, c.b, c.mt.s.end) is not None else None
