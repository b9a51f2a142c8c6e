"""English nouns of idioms that look like acts (issue 10, English that generalises).

"The navy would be in charge of the port's security": "charge" after "in" (or "took charge
of") is responsibility, not a charge brought against anyone (``in_charge``); the accusation
rule read "charge … the port" as a charge against the state named after it.

"France suspended all development aid and budget support to Niger": "support" after a noun or
adjective that says what kind of support it is (budget, military, political, financial) is the
noun, the object of another verb, not the verb of support (``kind_of_support``).

"The United States was destroying what little remained of relations between the two countries":
what is destroyed is relations (trust, ties), not property; the damage rule (171) read the
state named after them as the one whose property was destroyed (``abstract_damage``).

>>> bool(_IN_CHARGE.search("would be in "))
True
>>> bool(_IN_CHARGE.search("prosecutors "))
False
>>> bool(_KIND.search("suspended all development aid and budget "))
True
>>> bool(_KIND.search("said it would "))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules

# "in charge of", "took charge of", "taking full charge": the noun of responsibility.
_IN_CHARGE = re.compile(r"\b(?:in|take|takes|took|taken|taking)\s+(?:full\s+|overall\s+)?$",
                        re.IGNORECASE)  # fmt: skip


@for_rules(lambda rule: rule.code.startswith("112"))
def in_charge(c: Candidate) -> str | None:
    """Would be in charge of the port's security: "charge" after "in" or "take" is
    responsibility, no accusation of anyone."""
    mt = c.mt
    if not mt.text.startswith(("charge", "Charge"), c.a):
        return None
    return "idiom" if _IN_CHARGE.search(mt.text, max(mt.s.start, c.a - 20), c.a) else None


# A word that says what kind of support the noun is, right before it.
_KIND = re.compile(
    r"\b(?:budget|budgetary|military|political|financial|economic|material|moral|logistical|"
    r"humanitarian|technical|diplomatic|development|air|naval|public|popular)\s+$",
    re.IGNORECASE,
)


@for_rules(lambda rule: rule.code.startswith("05"))
def kind_of_support(c: Candidate) -> str | None:
    """Suspended all development aid and budget support to Niger: "support" after a word of its
    kind is a noun, no act of support."""
    mt = c.mt
    if not mt.text.startswith(("support", "Support"), c.a):
        return None
    return "noun" if _KIND.search(mt.text, max(mt.s.start, c.a - 20), c.a) else None


# What a state may "destroy" or "wreck" that is no property: the relation itself.
_ABSTRACT = re.compile(r"\b(?:relations|relationship|ties|trust|confidence|dialogue|"
                       r"cooperation|partnership)\b", re.IGNORECASE)  # fmt: skip


@for_rules(lambda rule: rule.code.startswith("171"))
def abstract_damage(c: Candidate) -> str | None:
    """Was destroying what little remained of relations: relations destroyed are no property
    damaged (a judgement, coded by its own rules if at all)."""
    mt = c.mt
    target = c.slots.get("T")
    end = target.start if target is not None and target.start > c.b else min(c.b + 60, mt.s.end)
    return "abstract" if _ABSTRACT.search(mt.text, c.b, end) else None
