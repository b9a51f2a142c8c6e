"""A time at the end of a reduced relative clause whose participle has an object of its own
(issue 10, English that generalises).

"Wong said she had raised concerns about the death sentence handed to Australian writer Yang
Hengjun last month": the participle "handed" describes the noun before it (a reduced relative
clause: the sentence that was handed to him), and the phrase after it, up to the time, is that
participle's; the time dates the sentence, not the raising of concerns. ``en_dates`` knew the
participle right before the time (the election held the day before); here a prepositional
phrase stands between. Only a time coarser than a day is read so (last month, in December, last
year): a day of the week after such a phrase ("a delegation led by Baradar in Tianjin on
Wednesday") is the news of the sentence, the main verb's, and one preposition only (no place
or second object after it) stands between the participle and the time.

>>> bool(_PARTICIPLE_PHRASE.search("raised concerns about the death sentence handed to Australian writer Yang Hengjun "))
True
>>> bool(_PARTICIPLE_PHRASE.search("met a delegation led by Baradar in the city of Tianjin "))
False
>>> bool(_PARTICIPLE_PHRASE.search("met the president of Kenya and travelled to Nairobi "))
False
>>> bool(_PARTICIPLE_PHRASE.search("signed the deal with Japan "))
False
"""

from __future__ import annotations

import re

# Irregular past participles (the election held the day before, the sentence given to him).
_IRREGULAR = "held|made|taken|set|won|built|sent|given|begun|fought|brought|struck|written|drawn"
# Intransitive verbs of an event's course: "the talks ended", never "the talks (were) ended".
_EVENT_COURSE = frozenset(("ended", "started", "concluded", "resumed", "continued", "collapsed",
                           "stalled", "failed", "lasted", "opened", "closed"))  # fmt: skip

# What may stand between a participle's phrase and the time it ends on (on, in, at, earlier,
# last), read by ``en_dates`` too, for a participle right before the time.
TIME_LEAD = r"(?:(?:on|in|at|earlier|last)\s+)?$"

# A determiner, a noun phrase, a past participle right after its last noun (not after "and",
# "or", "then" or a comma: a verb joined to the clause's own), an optional particle, then a
# preposition and its object (no punctuation), up to the time.
_PARTICIPLE_PHRASE = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w'’\-]+\s+){0,3}?[a-z'’\-]+(?<!\band)(?<!\bor)"
    r"(?<!\bthen)\s+(?P<word>[a-z]+ed|" + _IRREGULAR + r")\s+(?:(?:down|up|out|over|off)\s+)?"
    r"(?:to|by|against|on|for|from|with|at|into)\s+"
    r"(?:(?!(?:in|at|on|of|to|by|near|from|with|for)\s)[^\s,;:.\"“”]+\s+){1,6}?" + TIME_LEAD
)

# A past participle's ending anywhere (the cheap test before ``_PARTICIPLE_PHRASE``).
_ANY_PARTICIPLE = re.compile(r"ed\s|" + _IRREGULAR)


def participle_phrase_time(text: str, start: int, a: int, precision: str) -> bool:
    """Is the time starting at ``start`` (of ``precision``), after the trigger at ``a``, the end
    of a reduced relative clause whose participle takes a prepositional object (the sentence
    handed to Yang last month)?"""
    if start <= a or precision == "day":
        return False
    window = text[a:start]
    if not _ANY_PARTICIPLE.search(window):
        return False  # (a cheap test first: a participle stands somewhere in the window)
    found = _PARTICIPLE_PHRASE.search(window)
    return found is not None and found.group("word") not in _EVENT_COURSE
