"""English "call on": an appeal when what is asked follows, a visit when nothing does.

"Called on Beijing to respect…", "called on both sides on Thursday to stand down", "called on
X for restraint": the phrasal verb of appealing, whose complement (an infinitive, "for", "not
to", "that") says what is asked. "Lavrov also called on Xi on Tuesday": the same words with no
complement are a courtesy call, a contact with the one called on (``en.040.called_on``), not an
appeal with nothing in it. The complement is looked for from the object to the sentence's end,
so an infinitive held off by a time or a place still makes the appeal; a "to" before a name, a
number or a determiner is a preposition (a visit to China, according to a statement), no
infinitive. A courtesy call is paid on a person: a state called on (Japan called on China over
the detention) with no ask found stays an appeal, whose ask this test missed."""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules

# The verb itself at the trigger (called on, calls on, calling on); "call for" is no visit.
_CALL_ON = re.compile(r"call(?:s|ed|ing)?\s+on\b", re.IGNORECASE)
# What an appeal asks: an infinitive (to respect, not to), "for" an act, a content clause. "to"
# before a capital, a digit or a determiner, or in "according to", is a preposition; the
# caller's own errand (to pay his respects, to bid farewell, to offer condolences) is the
# courtesy call's purpose, nothing asked of the one called on.
_ERRAND = (
    r"(?:pay\s+(?:\w+\s+){0,2}(?:respects|courtesy|tribute)\b|bid\s+(?:\w+\s+)?farewell\b"
    r"|say\s+(?:goodbye|farewell)\b|offer\s+(?:\w+\s+)?condolences\b)"
)
_ASKED = re.compile(
    r"(?<!according )\bto\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those)\b)"
    rf"(?!{_ERRAND})[a-z]|\b(?:for|that)\s+\w|[:\"“]"
)
# (whoever is called on: the errand makes the call a visit, to an office as to a person)
_ERRAND_AFTER = re.compile(rf"\bto\s+{_ERRAND}")
_PERSONS = ("person", "role")


def _asks(c: Candidate) -> bool:
    """Does a complement of what is asked follow the one called on, in the sentence? (Read in
    the text as written: a capital after "to" tells a name.)"""
    target, text = c.slots.get("T"), c.mt.coding.text
    start = target.end if target is not None and target.start >= c.b else c.b
    end = text.find(";", start, c.mt.s.end)
    return _ASKED.search(text, start, c.mt.s.end if end < 0 else end) is not None


@for_rules(lambda rule: rule.code[:2] == "02" or rule.id == "en.040.called_on")
def courtesy_call(c: Candidate) -> str | None:
    """Called on Xi on Tuesday: a visit, no appeal; called on Xi to…: an appeal, no visit."""
    contact = c.rule.id == "en.040.called_on"
    if not (contact or c.rule.code[:2] == "02") or not _CALL_ON.match(c.mt.text, c.a):
        return None
    target = c.slots.get("T")
    asks = _asks(c) or (
        target is not None and target.kind not in _PERSONS
        and _ERRAND_AFTER.search(c.mt.text, c.b, c.mt.s.end) is None
    )  # fmt: skip
    if contact:
        return "appeal" if asks else None
    return None if asks else "courtesy"
