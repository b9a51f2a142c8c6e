"""English aspect of promised responses: measures a state *had taken* or *took* are told as
done, not promised, so they are no threat (CAMEO 13) of measures to come.

"China's coast guard said it had taken necessary measures against the Philippine boats" retells
the act the story already coded (the water cannon); "said it would take necessary measures"
promises one, a threat. Only the rules whose code is a threat read the verb's aspect here.

>>> bool(_DONE.search("said it had taken necessary measures"))
True
>>> bool(_DONE.search("said it would take necessary measures"))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules

# A perfect or simple past of "take" or "adopt" right before the measures' noun phrase.
_DONE = re.compile(r"\b(?:(?:had|has|have)\s+(?:\w+ly\s+)?(?:taken|adopted)|took)\b", re.IGNORECASE)
# How far the verb and the measures' noun may stand from the trigger: a few adjectives.
_REACH = 48
# The nouns of the measures a threat rule names (necessary measures, all steps necessary, all
# actions necessary): each can be told as taken.
_MEASURE_NOUNS = ("measure", "step", "action")


def names_measures(words: str) -> bool:
    """Do ``words`` name the measures of a threat (a noun of ``_MEASURE_NOUNS``)?"""
    return any(noun in words for noun in _MEASURE_NOUNS)


@for_rules(lambda rule: rule.code.startswith("13"))
def measures_taken(c: Candidate) -> str | None:
    """A threat of measures whose verb is perfect or past tells measures done: no threat."""
    mt = c.mt
    if not c.rule.code.startswith("13"):
        return None  # (the mark below says so too; run unmarked, the step must say it itself)
    end = min(mt.s.end, c.b + _REACH)
    if not names_measures(mt.text[c.a : end]):
        return None  # (a quick test first: most threats name no measures)
    window = mt.text[max(mt.s.start, c.a - _REACH) : c.b]
    last = max(_DONE.finditer(window), key=lambda m: m.start(), default=None)
    if last is None or re.search(r"[.;]|\b(?:will|would)\b", window[last.end() :]):
        return None
    return "done"
