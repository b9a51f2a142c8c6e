"""English people named by no table whose apposition gives their state: "Cuba freed Alan Gross,
a U.S. aid contractor", "China detained Michael Kovrig, a former Canadian diplomat". The name
is the object (or subject) of the clause; the state's adjective sits in the apposition after
it, past the comma where the object slot does not reach, so the act was lost or turned on
another party. The name becomes a person of the apposition's state (coder-en40, the object's
noun phrase of the twenty-first and twenty-second batches).

>>> m = _APPOSED.search("cuba freed Alan Gross, a U.S. aid contractor, on")
>>> m.group(1), m.end()
('Alan Gross', 25)
>>> _APPOSED.search("freed alan gross, a u.s. aid contractor") is None
True
"""

from __future__ import annotations

import re

from dipwatch.coder.doc import Mention

# Two to four capitalised words (a name), a comma, an indefinite article and perhaps a word of
# standing (former, jailed…): the state's adjective must start where the match ends.
_APPOSED = re.compile(
    r"(?<![\w'’])((?:[A-Z][\w'’\-]+\s+){1,3}[A-Z][\w'’\-]+),\s+an?\s+"
    r"(?:(?:former|jailed|detained|retired|veteran|prominent|dual)\s+)?"
)
# What the adjective must be followed by: a noun of the apposition (an aid contractor, a
# Marine), unless the adjective's mention took it in (a Canadian diplomat).
_NOUN_AFTER = re.compile(r"\s+[A-Za-z][a-z\-]+")


def apposed_names(text: str, mentions: list[Mention], taken: bytearray, cut: int) -> list[Mention]:
    """A person of the apposition's state for each untaken name "Name, a <state's adjective>
    <noun>" after ``cut`` (the dateline); the adjective stays a mention of its own."""
    found: list[Mention] = []
    for hit in _APPOSED.finditer(text, cut):
        a, b = hit.span(1)
        if any(taken[a:b]):
            continue  # a name the tables know (a leader, a surname): its own state
        state = next((m for m in mentions if m.start == hit.end() and m.country), None)
        if state is None or state.kind == "person":
            continue
        took_noun = " " in text[state.start : state.end]  # (a Canadian diplomat)
        if not took_noun and not _NOUN_AFTER.match(text, state.end):
            continue
        found.append(Mention(a, b, state.country or state.code[:3], state.country, "person"))
    return found
