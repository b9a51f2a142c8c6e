"""English reciprocal cooperation: "the two leaders agreed to work together to bring North
Korea back to talks". Working together (or jointly) is done with the partner joined to the
subject; a state named after the purpose infinitive that follows ("to bring North Korea") is
what the cooperation is for, not whom it is with, so a cooperation rule does not aim at it;
when the subject is the pair itself ("both men", "the two leaders"), they work with each other.

>>> bool(_PURPOSE_AFTER_TOGETHER.search(" on Friday to work together to bring "))
True
>>> bool(_PURPOSE_AFTER_TOGETHER.search(" to work together with "))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_codes, for_rules

# "together"/"jointly", then an infinitive of purpose that ends right before the target.
_PURPOSE_AFTER_TOGETHER = re.compile(
    r"\b(?:together|jointly)\b[^,;.]*?\bto\s+[a-z]+\s+(?:the\s+)?$", re.IGNORECASE
)


@for_rules(lambda rule: rule.code[:2] == "03")
def reciprocal_purpose(c: Candidate) -> str | None:
    """Agreed to work together to bring X back: X is the purpose's object, no partner."""
    target = c.target
    if target is None or target.start <= c.b or c.rule.code[:2] != "03":
        return None
    between = c.mt.text[c.b : target.start]
    if "together" not in between and "jointly" not in between:
        return None  # (a cheap test first: almost no cooperation is told this way)
    if not _PURPOSE_AFTER_TOGETHER.search(between):
        return None
    subject = c.slots.get("S")
    if subject is not None and subject.kind == "pair":
        c.drop("T")  # both men said they would work together to persuade X: with each other,
        # the pair's other half (the phrase is split in two, one state each)
        c.target = next((m for m in c.mt.mentions if m.kind == "pair" and m.start == subject.end),
                        None)  # fmt: skip
        return None
    return "purpose_object"


# A clause of the other side of an exchange: "while", "whereas", "in return", "in exchange"
# right before its subject (…agreed to ease export curbs while Beijing promised to…).
_EXCHANGE = re.compile(
    r"(?:\s+(?:while|whereas)|,?\s+and\s+in\s+(?:return|exchange)\s*,?|\s+in\s+(?:return|exchange)\s*,)"
    r"\s+(?:the\s+)?$"
)
_GIVEN = ("03", "05", "06", "07", "08")
# "while" and "whereas" also set a contrast (Japan criticised the move, while China promised
# to cooperate): an exchange only when the first clause too commits its subject to something.
_COMMITTED = re.compile(r"\b(?:agree|pledge|promise|offer|commit|vow|undert[ao]ok|consent)")


@for_codes(*_GIVEN)
def exchange_partner(c: Candidate) -> str | None:
    """Washington agreed to ease some export curbs while Beijing promised to speed up shipments:
    the second side of an exchange, with no one named after its verb, gives to the subject of
    the clause it answers."""
    source = c.source
    if c.target is not None or source is None or c.code[:2] not in _GIVEN:
        return None
    mt = c.mt
    marker = _EXCHANGE.search(mt.text, max(mt.s.start, source.start - 30), source.start)
    if marker is None:
        return None
    first = next((m for m in mt.active if mt.s.start <= m.start < source.start and m.country), None)
    if first is None or first.country == source.country:
        return None
    if " in " in marker.group() or _COMMITTED.search(mt.text, first.end, marker.start()):
        c.target = first
    return None
