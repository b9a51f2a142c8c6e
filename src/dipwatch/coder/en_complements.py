"""English nouns that decide whether a verb near them is the act (issue 10, English that
generalises): idioms, kinds of support, relations destroyed, troops that arrive.

"The navy would be in charge of the port's security": "charge" after "in" (or "took charge
of") is responsibility, not a charge brought against anyone (``in_charge``); the accusation
rule read "charge … the port" as a charge against the state named after it.

"France suspended all development aid and budget support to Niger": "support" after a noun or
adjective that says what kind of support it is (budget, military, political, financial) is the
noun, the object of another verb, not the verb of support (``kind_of_support``).

"The United States was destroying what little remained of relations between the two countries":
what is destroyed is relations (trust, ties), not property; the damage rule (171) read the
state named after them as the one whose property was destroyed (``abstract_damage``).

"Russian paratroopers arrived in Kazakhstan on Thursday as part of a force sent at Tokayev's
request": a visit (042) is made by people who represent their state; when the subject of
arriving is a body of troops, ships or aircraft, the act is a deployment, coded by the rules
of force, cooperation or peacekeeping if at all, never as a visit (``troops_not_visitors``).

>>> bool(_IN_CHARGE.search("would be in "))
True
>>> bool(_IN_CHARGE.search("prosecutors "))
False
>>> bool(_KIND.search("suspended all development aid and budget "))
True
>>> bool(_KIND.search("said it would "))
False
>>> bool(_TROOPS.search("Russian paratroopers"))
True
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
    if not c.code.startswith("112"):
        return None  # (the mark says so too; run unmarked, the step must say it itself)
    return "idiom" if _read_before(c, "charge", _IN_CHARGE) else None


def _read_before(c: Candidate, word: str, pattern: re.Pattern[str]) -> bool:
    """Is the trigger ``word`` with ``pattern`` ending right before it? (The text is the
    lower-cased one the English rules match.)"""
    mt = c.mt
    if not mt.text.startswith(word, c.a):
        return False
    return pattern.search(mt.text, max(mt.s.start, c.a - 20), c.a) is not None


def _word_class(words: str, end: str) -> re.Pattern[str]:
    """One of ``words`` (separated by spaces) as a whole word, then ``end``, any case."""
    return re.compile(r"\b(?:" + "|".join(words.split()) + ")" + end, re.IGNORECASE)


# A word that says what kind of support the noun is, right before it.
_KIND = _word_class("budget budgetary military political financial economic material moral "
                    "logistical humanitarian technical diplomatic development air naval public "
                    "popular", r"\s+$")  # fmt: skip


@for_rules(lambda rule: rule.code.startswith("05"))
def kind_of_support(c: Candidate) -> str | None:
    """Suspended all development aid and budget support to Niger: "support" after a word of its
    kind is a noun, no act of support."""
    if not c.code.startswith("05"):
        return None
    return "noun" if _read_before(c, "support", _KIND) else None


# What a state may "destroy" or "wreck" that is no property: the relation itself.
_ABSTRACT = _word_class("relations relationship ties trust confidence dialogue cooperation "
                       "partnership", r"\b")  # fmt: skip


@for_rules(lambda rule: rule.code.startswith("171"))
def abstract_damage(c: Candidate) -> str | None:
    """Was destroying what little remained of relations: relations destroyed are no property
    damaged (a judgement, coded by its own rules if at all)."""
    mt = c.mt
    if not c.code.startswith("171"):
        return None
    target = c.slots.get("T")
    end = target.start if target is not None and target.start > c.b else min(c.b + 60, mt.s.end)
    return "abstract" if _ABSTRACT.search(mt.text, c.b, end) else None


# The head noun of a subject that is a body of soldiers, ships or aircraft.
_TROOPS = _word_class("troops soldiers paratroopers marines forces peacekeepers warships ships "
                      "vessels aircraft jets bombers fighters units battalions brigades "
                      "contingent", "$")  # fmt: skip


@for_rules(lambda rule: rule.code.startswith("042"))
def troops_not_visitors(c: Candidate) -> str | None:
    """Paratroopers arrived in Kazakhstan: a deployment, no visit (the subject, read from its
    actor to the verb, ends in a noun of troops)."""
    source = c.slots.get("S")
    if not c.code.startswith("042") or source is None or source.start >= c.a:
        return None
    return "troops" if _TROOPS.search(c.mt.text[source.start : c.a].rstrip()) else None


# A force of nature as the subject right before a verb of force (an earthquake struck, floods
# hit): a named storm may follow its noun (Typhoon Haiyan struck).
_NATURE = _word_class("earthquake earthquakes quake quakes tremor tremors aftershock aftershocks "
                      "tsunami tsunamis typhoon typhoons hurricane hurricanes cyclone cyclones "
                      "storm storms flood floods flooding landslide landslides mudslide mudslides "
                      "avalanche avalanches tornado tornadoes drought droughts wildfire wildfires "
                      "bushfire bushfires blaze eruption heatwave blizzard disaster disasters "
                      "pandemic epidemic outbreak", r"(?:\s+[a-z][\w-]*)?\s+$")  # fmt: skip


@for_rules(lambda rule: rule.code.startswith("19"))
def force_of_nature(c: Candidate) -> str | None:
    """China sent aid after an earthquake struck Ecuador's coast: a verb of force whose own
    subject, right before it, is a force of nature is no state's force (the doer found further
    back belongs to another clause)."""
    mt = c.mt
    if not c.code.startswith("19"):
        return None
    return "nature" if _NATURE.search(mt.text, max(mt.s.start, c.a - 40), c.a) else None


_MISSION = _word_class("embassy embassies consulate consulates mission missions "
                       "consulate-general", r"\b")  # fmt: skip


@for_rules(lambda rule: rule.code.startswith("161"))
def closed_no_mission(c: Candidate) -> str | None:
    """Closed the Chinese consulate in Houston is a cut in ties; "closed Gaza in a siege" is
    none: a cut told by "close" or "shut" needs a mission between the verb and the state's end
    (the mission's noun is read into the actor's phrase)."""
    mt = c.mt
    target = c.slots.get("T")
    if not c.code.startswith("161") or target is None or target.start < c.a:
        return None
    if not mt.text.startswith(("close", "shut"), c.a):
        return None
    return None if _MISSION.search(mt.text, c.b, target.end) else "no_mission"
