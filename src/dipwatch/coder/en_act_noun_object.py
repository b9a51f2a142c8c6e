"""English reactions whose object is a definite noun of an act told before ("Taiwan condemned
the decision on Thursday and accused Beijing of luring away its allies"): the reaction's object
is that act, and a state named only after the object, in a clause of its own (a verb joined by
"and", a comma), is that clause's, not the one reacted against. The pattern's object slot had
reached over the noun to Beijing, so the condemnation of Costa Rica's decision was aimed at
China; without it ``en_checks.story_target`` takes the doer of the act the story told.

>>> bool(_ACT_NOUN.match(" the decision on Thursday"))
True
>>> bool(_ACT_NOUN.match(" the decision by Washington"))
True
>>> bool(_OWN_CLAUSE.search(" on Thursday and accused Beijing"))
True
>>> bool(_OWN_CLAUSE.search(" by the United States to impose "))
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dipwatch.coder.checks import for_rules
from dipwatch.coder.en_unnamed import reacts

if TYPE_CHECKING:
    from dipwatch.coder.checks import Candidate

# A definite noun of an act decided on, right after the verb (the move, this decision).
_ACT_NOUN = re.compile(r"\s+(?:the|this|that)\s+(?:move|decision|step|measures?)\b")
# What opens a clause of its own before the actor: a comma, or "and" and a finite verb (and
# accused, and urged, and said). A word in -ed opens one only before what a verb's object or
# complement starts with (and accused Beijing, and demanded that…); before a bare noun it is
# an adjective (condemned the decision and continued detention of…; review-en41).
_OWN_CLAUSE = re.compile(
    r",|\band\s+(?:also\s+|then\s+)?(?:said|told|urged|warned|called|vowed)\b"
    r"|\band\s+(?:also\s+|then\s+)?[a-z]{3,}ed\s+(?P<next>\S+)"
)
# What may follow a verb in -ed at its clause's start: a determiner, pronoun, preposition or
# complementiser (an actor's name is read from the mentions).
_OBJECT_OPENS = frozenset(("the", "a", "an", "its", "his", "her", "their", "this", "these",
                           "those", "that", "it", "them", "him", "on", "to", "for", "with",
                           "at", "against", "over", "of", "in"))  # fmt: skip


@for_rules(reacts)
def act_noun_object(c: Candidate) -> str | None:
    """Condemned the decision on Thursday and accused Beijing…: a reaction whose object is a
    definite act noun aims at no actor named past a clause opened after that noun; the story
    finds the act's doer (``story_target``)."""
    target = c.target
    if target is None or target.start < c.b:
        return None
    hit = _ACT_NOUN.match(c.mt.text, c.b)
    if hit is None:
        return None
    clauses = _OWN_CLAUSE.finditer(c.mt.text, hit.end(), target.end)  # (the verb's object: up to
    if not any(m.start() < target.start and _opens_clause(c, m) for m in clauses):  # the actor)
        return None
    c.drop_target()
    return None


def _opens_clause(c: Candidate, hit: re.Match[str]) -> bool:
    """Does ``hit`` of ``_OWN_CLAUSE`` open a clause: a comma or a verb, not an adjective?"""
    after = hit.group("next")
    if after is None:
        return True
    return after.strip(".,;") in _OBJECT_OPENS or any(
        m.start == hit.start("next") for m in c.mt.active
    )
