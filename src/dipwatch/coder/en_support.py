"""English support for "its ally": "Washington stands with its ally" after a story of force
against the Philippines supports the Philippines, the state the story's hostile acts fell on,
whatever else the story names (the attacker, the summoned diplomat).

The ally is the target of the story's last act of force or coercion done by a state other than
the supporter (water cannon, rammings, strikes), else of its last hostile act of any kind.
"""

from __future__ import annotations

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.doc import Match, Mention

# Roots of force and coercion (show of force, coerce, assault, fight), then of any hostility.
_FORCE = frozenset(("15", "17", "18", "19", "20"))
_HOSTILE = frozenset(("10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"))


@for_rules(lambda rule: rule.id == "en.051.ally")
def ally_target(c: Candidate) -> str | None:
    """ "stands with its ally": the target is the one the story's hostile acts fell on."""
    if c.target is None and c.source is not None:
        found = c.mt.coding.matches
        c.target = _fallen_on(found, c.source, _FORCE) or _fallen_on(found, c.source, _HOSTILE)
    return None


def _fallen_on(matches: list[Match], source: Mention, roots: frozenset[str]) -> Mention | None:
    """The target of the last of ``matches`` of a root in ``roots`` done by another state than
    ``source``'s to a third."""
    for m in reversed(matches):
        if (m.source is not None and m.target is not None and m.code[:2] in roots
                and source.country not in (m.source.country, m.target.country)):  # fmt: skip
            return m.target
    return None
