"""English contacts told by a pair as the subject of an intransitive verb of talking, or of
what two do together.

"Trump and Xi last spoke on June 5", "the two leaders spoke by phone on Friday": the verb has
no object, the pair is the contact's two parties (``en.040.pair_spoke``,
``en.041.pair_by_phone``). One actor alone as its subject talks to no one the clause names
("Wang spoke at a news conference"), and a pair that "spoke to reporters", "spoke at the
forum" or "spoke of" something addressed someone else: no contact between them. So with a
pair that shook hands, dined or opened something together (``en.040.pair_together``): one
actor alone met no one."""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules

_PAIR_RULES = frozenset(("en.040.pair_spoke", "en.041.pair_by_phone"))
# What makes "spoke" a speech to others rather than the pair's talk together, an adverb of
# manner allowed between (both men spoke warmly of the relationship).
# "With" an audience is "to" it (spoke with reporters); "separately" is no talk together.
_ADDRESSED = re.compile(
    r"(?:\s+\w+ly)?\s+(?:to|at|of|out|before|on\s+condition|in\s+favou?r"
    r"|with\s+(?:reporters|journalists|the\s+press|the\s+media))\b|\s+separately\b",
    re.IGNORECASE,
)
# The bare present (the two leaders talk regularly) tells a habit, no contact on a day; the
# base form after a modal, "to" or "do" (will talk, did not speak) is read by the future and
# negation steps.
_BARE = ("speak", "talk")
_BEFORE_BASE = re.compile(
    r"\b(?:will|would|could|can|may|might|shall|should|must|to|do|did|does|not|n't|'ll)"
    r"\s+(?:\w+ly\s+)?$"
)


@for_rules(lambda rule: rule.id in _PAIR_RULES)
def pair_talked(c: Candidate) -> str | None:
    """Is the subject a pair (the two leaders, Trump and Xi) talking together?"""
    if c.rule.id not in _PAIR_RULES:  # (the step tests its own rules: see ``for_rules``)
        return None
    if _alone(c):
        return "one_speaker"
    text = c.mt.text
    if text.startswith(_BARE, c.a) and not _BEFORE_BASE.search(text, max(0, c.a - 24), c.a):
        return "habitual"
    return "addressed" if _ADDRESSED.match(text, c.b) else None


@for_rules(lambda rule: rule.id == "en.040.pair_together")
def pair_together(c: Candidate) -> str | None:
    """The two leaders had dinner together: a pair (or two actors joined by "and", or one and
    the one after "with") met; one actor alone that dined or opened something met no one."""
    if c.rule.id != "en.040.pair_together":  # (the step tests its own rule: see ``for_rules``)
        return None
    return "one" if _alone(c) else None


def _alone(c: Candidate) -> bool:
    """Is the act's subject one actor, with no other party (no pair, no object)?"""
    subject = c.slots.get("S")
    return "T" not in c.slots and (subject is None or subject.kind != "pair")
