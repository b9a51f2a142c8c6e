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


# A comma, then "the latest" (one more of a series), right before the trigger: an apposition
# that sums up the clause ("the first meeting between…" may be the only telling of its act).
_APPOSED = re.compile(r",\s+(?:the|a)\s+(?:latest|newest)\s+(?:[a-z\-]+\s+)?$")


def apposed_noun(mt: Matcher, rule: Rule, pattern: Pattern, a: int, b: int) -> str | None:
    """ "…sanctions on Lockheed Martin, the latest clash with Washington": "the latest" set
    beside the clause after a comma sums up its act as one of a series; no act of its own."""
    if mt.text[a - 1 : a] != " " or mt.text.rfind(",", max(mt.s.start, a - 40), a) < 0:
        return None  # (a quick test first: most triggers have no comma just before)
    return "apposition" if _APPOSED.search(mt.text, max(mt.s.start, a - 40), a) else None


# "of", a determiner and a noun phrase of a word or three right before an -ing form: the
# participle describes that noun (an image of an Australian soldier threatening a child).
_OF_PHRASE = re.compile(r"\bof\s+(?:an?|the)\s+(?:[\w\-]+\s+){1,3}$", re.IGNORECASE)


def depicted_act(mt: Matcher, rule: Rule, pattern: Pattern, a: int, b: int) -> str | None:
    """ "a doctored image of an Australian soldier threatening an Afghan child": an -ing form
    after a noun phrase that "of" opens describes what the noun shows; no act is reported."""
    if not mt.text.endswith("ing", a, b) and not mt.text[a:b].split(" ", 1)[0].endswith("ing"):
        return None
    return "depicted" if _OF_PHRASE.search(mt.text, max(mt.s.start, a - 48), a) else None
