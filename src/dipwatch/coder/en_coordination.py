"""Coordinated verb phrases and the subject they share, and the infinitive an urging urges
(issue 10, English that generalises).

A verb phrase joined by "and" to the one before has that one's subject, not the noun that ends
it. ``english.ends_clause`` knew this for a bare verb (met Castillo on Tuesday *and praised*),
but a joined verb phrase with its own auxiliary or modal (met Castillo on Tuesday *and will
visit* Bolivia; flew to Lima for talks with Castillo *and is due to meet* Arce) kept the object
of the first phrase as its doer: the plan to visit Bolivia became Peru's.

An urging is coded by its complement: to stop, cancel, lift or release is a demand (100); to
work with, cooperate, help or mediate is an appeal (020, ``en.020.urged_to_cooperate``), read
from the first infinitive after the urging verb only.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.memo import per_table
from dipwatch.coder.rules import Rule

# What may stand between the end of the first phrase and the joined verb: a short adjunct
# (on Tuesday), "and"/"but", an adverb, then an auxiliary or a modal of the joined phrase, with
# "not", an adverb or the "be"/"have" of a longer verb group after it.
_ADVERB = r"(?: (?:[a-z]+ly|also|then|later|now|again|still|not|never|soon|next))?"
_AUXILIARY = (
    r"(?:will|would|shall|should|must|can|has|have|had|did|does|do|is|are|was|were"
    r"|is due to|was due to|is set to|was set to|is to|was to|plans to|planned to|hopes to)"
)
_JOINED_WITH_AUXILIARY = re.compile(
    r"^(?:,? [A-Za-z0-9 ]{0,30})?,? (?:and|but)"
    + _ADVERB
    + " "
    + _AUXILIARY
    + _ADVERB
    + r"(?: be| been| have)? $"
)


def joined_with_auxiliary(gap: str) -> bool:
    """Does ``gap`` (between an actor and a verb) close the actor's phrase and open a joined
    verb phrase with its own auxiliary? Then the actor is the first phrase's object.

    >>> joined_with_auxiliary(" on tuesday and will "), joined_with_auxiliary(" and is due to ")
    (True, True)
    >>> joined_with_auxiliary(" and later had "), joined_with_auxiliary(" will ")
    (True, False)
    >>> joined_with_auxiliary(" and russia will ")
    False
    """
    return _JOINED_WITH_AUXILIARY.match(gap) is not None


# The urging verb and the first infinitive after it: the act urged is that infinitive's verb
# (urged Beijing to allow foreign media to work freely: "allow", not "work").
_URGED_INFINITIVE = re.compile(r"\burg(?:e|ed|es|ing)\b(?:(?!\bto\b)[^;:.])*?\bto\s+(\w+)")
_URGED = "en.020.urged_to_cooperate"
_JOINT = "en.057.joint_document"
#: The joint statement's rules: told before the pair's words, or after them (coder-en58).
_JOINT_RULES = (_JOINT, "en.057.joint_document_after")


@for_rules(lambda rule: rule.id == _URGED)
def urged_infinitive(c: Candidate) -> str | None:
    """An urging is an appeal when the act it urges, its first infinitive, is one of working
    with, helping or mediating; an infinitive further on belongs to another subject (urged
    Beijing to allow foreign media to work freely: a demand that Beijing allow)."""
    if c.rule.id != _URGED:
        return None  # (the mark says so too; run unmarked, the step must say it itself)
    first = _URGED_INFINITIVE.search(c.mt.text, c.mt.s.start, c.right)
    if first is None or first.group(1) not in _urged_verbs(c.rule):
        return "not_urged_to_cooperate"
    return None


def _urged_verbs(rule: Rule) -> frozenset[str]:
    """The verbs of the infinitives the rule's patterns end on (to_work|to_cooperate|to_help…
    in en.yaml): the one list of the urged acts that make an appeal, the rule's own. Kept per
    rule: every candidate of the rule asked, and the set was built again each time."""
    return per_table(rule, "urged_verbs", lambda: frozenset(
        word.split()[1] for pattern in rule.patterns
        for word in pattern.elements[-1].words if word.startswith("to ")))  # fmt: skip


@for_rules(lambda rule: rule.id in _JOINT_RULES)
def joint_document_of_two(c: Candidate) -> str | None:
    """Two parties' joint statement is what they agreed; three or more saying one thing in a
    joint statement (four allies deeply concerned by a third state's law) speak together to
    that state, and agree nothing among themselves: no 057 of every pair of them."""
    return "joint_of_many" if c.rule.id in _JOINT_RULES and len(c.pairs) > 1 else None
