"""English nouns premodified by a state: "applying the latest U.N. sanctions against Pyongyang"
names sanctions the story tells elsewhere; it reports no act of the U.N. here.

A verb's -s form is also a plural noun. Right after a state's name that a determiner opens
(the, its, their, perhaps with modifiers: "the latest U.N."), with a preposition after it
(on, against, over, for, with), it is that noun: "the U.S. sanctions on Iran". With the
state's own object after it ("The United States sanctions Iran") it stays a verb.

>>> bool(_OPENED.search("applying the latest "))
True
>>> bool(_OPENED.search("said "))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.matcher import Matcher
from dipwatch.coder.rules import Pattern, Rule

# A determiner, perhaps with a modifier or two, right before the state's name.
_OPENED = re.compile(r"\b(?:the|its|their|these|those|new)\s+(?:[a-z\-]+\s+){0,2}$", re.IGNORECASE)
# A preposition right after the word: the noun's complement, not the verb's object.
_PREPOSITION = re.compile(r"\s+(?:on|against|over|for|with|targeting)\b")


def state_noun(mt: Matcher, rule: Rule, pattern: Pattern, a: int, b: int) -> str | None:
    """ "the latest U.N. sanctions against Pyongyang": the -s form after a state's name that a
    determiner opens, before a preposition, is a noun (the pattern does not fire there)."""
    word = mt.text[a:b]
    if not word.endswith("s") or " " in word or _PREPOSITION.match(mt.text, b) is None:
        return None
    state = next((m for m in mt.active if m.end in (a - 1, a) and m.code), None)
    if state is None or mt.text[state.end : a].strip():
        return None
    if state.start == mt.s.start or _OPENED.search(mt.text, max(mt.s.start, state.start - 40),
                                                   state.start) is None:  # fmt: skip
        return None  # "The United States sanctions…" opens the sentence: its subject
    return "noun"
