"""English readiness told with a copula: "urged both sides to ease tensions and said China was
ready to play a constructive role". The actor right before "was/is ready (willing,
prepared)" is the subject of the readiness and of the infinitive after it, whatever actor
the pattern's wider subject slot reached back to; it is not the act's target either.

>>> bool(_READY.search("said China was ready "))
True
>>> bool(_READY.search("said China was ready to help "))
False

In a reported clause ("said on Tuesday it was ready to take necessary measures") the adjective
of readiness after the sayer's pronoun is the predicate, not a subject that is a thing (what
``en_clauses.reported_subject`` looks for between "said" and the act): ``without_readiness``
takes it out of the words read there.

>>> without_readiness(" it was ready to ")
' it was  to '
>>> without_readiness(" the missiles were ready to ")
' the missiles were ready to '
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate
from dipwatch.coder.doc import Mention

# The copula and the adjectives of readiness, one list for both readings below (an actor's
# readiness and the sayer's pronoun's, which may also be "determined"; "stood ready" is one).
_COPULA = r"(?:was|is|were|are|remained|remains|stood|stands|stand)\s+"
_ADJECTIVES = ("ready", "willing", "prepared")
# An actor's last letter, then the copula and the adjective of readiness, right before "to".
_READY = re.compile(
    r"(?<=[A-Za-z.])\s+" + _COPULA + r"(?:(?:also|still|always)\s+)?"
    r"(?:" + "|".join(_ADJECTIVES) + r")\s+$"
)
# The cheap test before ``_READY``: its adjectives, as the text before the trigger ends on them.
_ADJECTIVES_BEFORE = tuple(word + " " for word in _ADJECTIVES)


def ready_subject(c: Candidate) -> str | None:
    """China was ready to play a role: China is the one ready, never the target. So in the
    infinitive's own verb phrase (a spokesman said Beijing was ready to develop friendly
    cooperation with Costa Rica): Beijing is the doer, not the sayer."""
    text = c.mt.text
    if text.startswith("to ", c.a) and text.endswith(_ADJECTIVES_BEFORE, 0, c.a):
        ready = _READY.search(text, c.mt.s.start, c.a)
    else:
        ready = _ready_before(text, c.mt.s.start, c.a)
    if ready is None:
        return None
    head = next((m for m in reversed(c.mt.active) if m.end == ready.start()), None)
    if head is None:
        return None
    c.slots["S"] = head
    if c.slots.get("T") is head:
        c.drop("T")
    if c.slots.get("T") is None and c.code[:2] == "03":
        addressee = _addressee(c, head)
        if addressee is not None:
            c.slots["T"] = addressee
    return None


# What stands between the one told or met and the reported clause's subject (told Putin on
# Wednesday that China…, met Putin, saying China…, met Biden in Bali on Monday, saying China…).
_TOLD_THAT = re.compile(
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[\w\-]+)?(?:\s+(?:late\s+|early\s+)?on\s+[A-Za-z]+)?"
    r"(?:,\s+(?:saying|adding)\s+|\s+that\s+)"
    r"(?:that\s+)?$"
)


def _addressee(c: Candidate, head: Mention) -> Mention | None:
    """Xi told Putin that China was ready to deepen cooperation; Xi met Putin, saying China
    stood ready to…: a readiness with no partner of its own is told to the one the main verb
    addressed, the actor right before the reported clause, of another state (coder-en55)."""
    mt = c.mt
    before = next((m for m in reversed(mt.active) if m.end <= head.start), None)
    if before is None or before.start < mt.s.start or before.country == head.country:
        return None
    return before if _TOLD_THAT.fullmatch(mt.text, before.end, head.start) else None


# An actor's last letter, the copula, the adjective and "to", then perhaps the infinitive's
# verb and up to four more words, no comma, clause word or second verb among them, ending at the trigger.
_READY_PHRASE = re.compile(
    r"(?<=[A-Za-z.])\s+" + _COPULA + r"(?:(?:also|still|always)\s+)?"
    r"(?:" + "|".join(_ADJECTIVES) + r")\s+to\s+(?:[a-z]+(?:\s+(?!and\b|or\b|but\b|that\b|"
    r"which\b|who\b|said\b|to\b)[\w\-'’]+){0,4}\s+)?$"
)


def _ready_before(text: str, lo: int, a: int) -> re.Match[str] | None:
    """The copula and adjective of readiness whose infinitive's phrase the trigger at ``a``
    stands in (…was ready to develop friendly cooperation), matched up to "to" only."""
    at = text.rfind(" to ", max(lo, a - 60), a)
    if at < 0 or not text.endswith(_ADJECTIVES_BEFORE, 0, at + 1):
        return None  # (a cheap test first: an adjective of readiness right before a "to")
    phrase = _READY_PHRASE.search(text, max(lo, at - 40), a)
    return _READY.search(text, phrase.start(), at + 1) if phrase is not None else None


# The sayer's pronoun, the copula and the adjective of readiness, right before the infinitive.
_PRONOUN_READY = re.compile(
    r"(\b(?:it|they|he|she|we)\s+" + _COPULA + r"(?:(?:also|still|always|fully)\s+)?)"
    r"(?:" + "|".join((*_ADJECTIVES, "determined")) + r")(\s+to\s*)$"
)


def without_readiness(span: str) -> str:
    """The words between a verb of saying and the act, less an adjective of readiness that is
    the predicate of the sayer's pronoun (it was ready to): no thing for a subject."""
    return _PRONOUN_READY.sub(r"\1\2", span)
