"""English reactions aimed at a group left unnamed: "criticised what he called discriminatory
restrictions by 'a small number of countries'" aims at no state, though the story names the
states whose restrictions it means. A group with no name is no actor (eval/README: unnamed
counterparts give no event), so the story's other party is not taken for it.

>>> bool(_UNNAMED_DOERS.search('restrictions by "a small number of countries"'))
True
>>> bool(_UNNAMED_DOERS.search("restrictions by Japan"))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules

# Doers told only as an unnamed group ("by a small number of countries", "by some states").
_UNNAMED_DOERS = re.compile(
    r"\bby\s+[\"']?(?:a\s+(?:small\s+|handful\s+of\s+|few\s+)?(?:number\s+of\s+)?|some\s+|"
    r"certain\s+|several\s+|other\s+)(?:[a-z\-]+\s+)?(?:countries|states|nations|governments)\b",
    re.IGNORECASE,
)


@for_rules(lambda rule: rule.target == "story")
def unnamed_doers(c: Candidate) -> str | None:
    """A reaction to acts whose doers it names only as an unnamed group, with no actor of its
    own after the verb, is aimed at no state: no event (not the story's other party)."""
    if c.rule.target != "story" or c.target is not None:
        return None
    return "unnamed" if _UNNAMED_DOERS.search(c.mt.text, c.b, c.mt.s.end) is not None else None
