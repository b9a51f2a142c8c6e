"""A warning against a practice ("warned against protectionism and unilateralism", "cautioned
against any interference", warned against "a new version of colonialism") is aimed at no
state: its object is a bare or indefinite noun phrase, with no definite determiner or
possessive to point back at an act the story told (unlike "warned against the move", whose
doer the story names). Without this the reaction rules give it the story's
other party as target, and a speech at a summit became a threat to its host. Nor are measures
promised for a purpose that defends or avenges nothing ("whatever action is needed to help
Turkey") a menace to anyone (``helping_measures``)."""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.en_aspect import names_measures

# "against", then a bare or indefinite noun phrase (lower case, perhaps quoted, no definite
# article, demonstrative or possessive: those point back at an act the story told; "a new
# version of colonialism" names something new) or "any".
_AGAINST_PRACTICE = re.compile(
    r"\s+against\s+[\"“']?(?:any\b|all\s+forms\b|"
    r"(?!(?:the|this|that|these|those|such|its|their|his|her|our|your)\b)[a-z][a-z\-]*)"
)


@for_rules(lambda rule: rule.code[:2] == "13")
def warned_against_practice(c: Candidate) -> str | None:
    """Warned against protectionism: a threat with no actor as its object and a practice after
    "against" is no event (an actor right after "against" fills the slot first)."""
    if c.slots.get("T") is not None or not c.code.startswith("13"):
        return None
    m = _AGAINST_PRACTICE.match(c.mt.text, c.b)
    if m is None:
        return None
    if any(m.start() <= x.start < m.end() + 2 for x in c.mt.active):
        return None  # warned against Japan's…: a lower-case match can still open an actor
    return "practice"


# A response promised to "any" act (a strong response to any attack, retaliate against any
# aggression), in the trigger's clause: the act is one still to come, with no doer yet.
_TO_ANY = re.compile(r"[^,;.]{0,60}?\b(?:to|against)\s+any\b")


# The doer of the act answered, named after it (any provocation by Manila).
_BY = re.compile(r"\bby\s+(?:the\s+)?$")
_CLAUSE_END = re.compile(r"[,;]|\.\s")


def response_to_any(c: Candidate) -> bool:
    """Iran warned of a strong response to any attack on its territory: a threat whose object
    is "any" act names no one to aim at, not the story's last actor (unless the act's doer
    follows "by" in the clause: any provocation by Manila)."""
    if c.code[:2] != "13":
        return False
    mt = c.mt
    m = _TO_ANY.match(mt.text, c.b, mt.s.end)
    if m is None:
        return False
    stop = _CLAUSE_END.search(mt.text, m.end(), mt.s.end)
    end = mt.s.end if stop is None else stop.start()
    return not any(m.end() <= x.start < end and _BY.search(mt.text, m.end(), x.start)
                   for x in mt.active)  # fmt: skip


# The purpose infinitive right after a promise of "necessary" measures (all actions necessary
# to…, whatever steps are needed to…, "necessary measures" to…): only a quote and the words of
# need may stand between, so that "in response to the move" or "against X to" is no purpose.
_PURPOSE = re.compile(
    r"[\"”']?\s*(?:(?:is|are|were|was|be)\s+)?(?:(?:necessary|needed|required)\s+)?[\"”']?\s*"
    r"to\s+(?:[a-z]+ly\s+)*([a-z]+)\b(?!['’])"
)
# Words after "to" that open a noun phrase, not a verb: "to its ally" is a recipient, no purpose.
_NOT_VERBS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "any",
    "all", "every"
})  # fmt: skip
# Purposes that make such measures a menace: defending or avenging something against another
# (to protect its interests, to resolutely safeguard its sovereignty, to respond to the
# move): an adverb may stand before the verb.
_MENACING = frozenset({
    "protect", "defend", "safeguard", "uphold", "preserve", "guard", "counter", "respond",
    "retaliate", "resist", "deter", "punish", "stop", "prevent", "block", "fight", "hit",
    "oppose", "defeat", "thwart", "curb", "counteract"
})  # fmt: skip


@for_rules(lambda rule: rule.code.startswith("13"))
def helping_measures(c: Candidate) -> str | None:
    """Japan would take whatever action is needed to help Turkey: measures promised for another
    purpose than defending or avenging (to help, support, evacuate, work with) are no menace to
    the state the purpose names, nor to the story's other party."""
    mt = c.mt
    end = max(c.b, c.right)  # the trigger is the verb (take); the pattern ends on the measures
    if not c.code.startswith("13") or "to " not in mt.text[end : end + 40]:
        return None  # (the cheap test first: most threats have no infinitive right after)
    if not names_measures(mt.text[c.a : end]):
        return None
    m = _PURPOSE.match(mt.text, end, mt.s.end)
    if m is None or m.group(1) in _MENACING or m.group(1) in _NOT_VERBS:
        return None
    return "purpose"


# A judgement's object that is a practice, not an act the story told: a bare abstract noun
# (protectionism, bullying, interference, hegemony), perhaps after lower-case modifiers, or a
# lower-case phrase in quotes ("exclusive cliques", "irresponsible blame-shifting"); no
# determiner or possessive points back at an act, and a plural of measures (sanctions, tariffs)
# is no such noun.
_NOT_A_MODIFIER = (
    r"(?!(?:the|this|that|these|those|such|its|their|his|her|our|your|any|all|a|an|them|him|"
    r"it|us|me|you|of|in|on|to|for|with|as|by|at|from|over|against|and|or)\b)"
)
_PRACTICE_OBJECT = re.compile(
    r"\s+(?:[\"“'][a-z][a-z\- ]*[\"”']"
    rf"|(?:{_NOT_A_MODIFIER}[a-z][a-z\-]*\s+){{0,2}}{_NOT_A_MODIFIER}"
    r"[a-z][a-z\-]*(?:ism|ing|ence|ance|ony|ion|cy|ity)(?=[\s.,;]|$))"
)


# The head of a quoted object that names what someone said (remarks, claims): a reply to it,
# aimed at whoever said it, not a practice.
_SAID_HEAD = re.compile(
    r"\b(?:remarks|comments|statements?|claims|accusations|allegations|rhetoric|words|lies)"
    r"[\"”']$"
)


@for_rules(lambda rule: rule.code[:2] == "11")
def judged_practice(c: Candidate) -> str | None:
    """Criticised protectionism, opposed "exclusive cliques": a judgement of a practice, its
    object naming no actor and no act of the story, is aimed at no state; without this the
    story's other party became its target."""
    if c.slots.get("T") is not None or c.target is not None or not c.code.startswith("11"):
        return None
    m = _PRACTICE_OBJECT.match(c.mt.text, c.b)
    if m is None or _SAID_HEAD.search(m.group()):
        return None  # (criticised "irresponsible remarks": words someone said, no practice)
    if any(m.start() <= x.start < m.end() + 2 for x in c.mt.active):
        return None  # (a lower-case word can still open an actor)
    return "practice"
