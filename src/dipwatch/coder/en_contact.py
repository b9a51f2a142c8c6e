"""English contact relative clauses before a verb: "Chinese security guards hired for an event
Moon attended beat two South Korean photographers". A noun phrase (a determiner and a noun),
an actor and one past-tense verb right before the trigger are a relative clause without its
pronoun ("an event [that] Moon attended"): the actor is that clause's subject, not the
trigger's, whose subject is the actor before the noun phrase (the guards).

>>> bool(_CLAUSE_NOUN.search("guards hired for an event "))
True
>>> bool(_ONE_PAST_VERB.fullmatch(" attended "))
True
>>> bool(_ONE_PAST_VERB.fullmatch(" and "))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate

# A determiner and a noun (perhaps an adjective before it) right before the actor.
_CLAUSE_NOUN = re.compile(r"\b(?:an?|the|this|that)\s+(?:[a-z\-]+\s+){0,1}[a-z\-]+\s+$")
# One verb in the past tense, alone between the actor and the trigger.
_ONE_PAST_VERB = re.compile(r"\s+(?:[a-z]+ed|met|saw|led|made|gave|held|took|chose|won|ran)\s+")


def contact_clause_subject(c: Candidate) -> str | None:
    """An event Moon attended beat…: the subject is the actor before "an event", or none."""
    subject = c.slots.get("S")
    if subject is None or subject.end >= c.a:
        return None
    text = c.mt.text
    if not _ONE_PAST_VERB.fullmatch(text, subject.end, c.a):
        return None  # (the usual case: the actor is right before its verb)
    noun = _CLAUSE_NOUN.search(text, c.mt.s.start, subject.start)
    if noun is None:
        return None
    head = c.mt.actor_before(noun.start())
    if head is None or "," in text[head.end : noun.start()]:
        return "contact_clause"
    c.slots["S"] = head
    return None
