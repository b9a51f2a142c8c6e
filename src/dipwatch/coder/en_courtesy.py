"""English "call on": an appeal when what is asked follows, a visit when nothing does.

"Called on Beijing to respect…", "called on both sides on Thursday to stand down", "called on
X for restraint": the phrasal verb of appealing, whose complement (an infinitive, "for", "not
to", "that") says what is asked. "Lavrov also called on Xi on Tuesday": the same words with no
complement are a courtesy call, a contact with the one called on (``en.040.called_on``), not an
appeal with nothing in it. The complement is looked for from the object to the sentence's end,
so an infinitive held off by a time or a place still makes the appeal."""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules

# The verb itself at the trigger (called on, calls on, calling on); "call for" is no visit.
_CALL_ON = re.compile(r"call(?:s|ed|ing)?\s+on\b", re.IGNORECASE)
# What an appeal asks: an infinitive (to respect, not to), "for" an act, a content clause.
_ASKED = re.compile(r"\b(?:to|for|that)\s+\w|[:\"“]")


def _asks(c: Candidate) -> bool:
    """Does a complement of what is asked follow the one called on, in the sentence?"""
    target = c.slots.get("T")
    start = target.end if target is not None and target.start >= c.b else c.b
    end = c.mt.text.find(";", start, c.mt.s.end)
    return _ASKED.search(c.mt.text, start, c.mt.s.end if end < 0 else end) is not None


@for_rules(lambda rule: rule.code[:2] == "02" or rule.id == "en.040.called_on")
def courtesy_call(c: Candidate) -> str | None:
    """Called on Xi on Tuesday: a visit, no appeal; called on Xi to…: an appeal, no visit."""
    contact = c.rule.id == "en.040.called_on"
    if not (contact or c.rule.code[:2] == "02") or not _CALL_ON.match(c.mt.text, c.a):
        return None
    asks = _asks(c)
    if contact:
        return "appeal" if asks else None
    return None if asks else "courtesy"
