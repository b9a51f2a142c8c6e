"""Judgements told without a verb of criticism (issue 10, English that generalises).

A speaker judges another state's act by naming it with a word of blame: "called the Greek
deployment illegal", "described Greece's move as dangerous", "said Greece's deployment was a
threat to peace" (rules ``en.111.judged_act`` and ``en.111.said_judged``). The verb of calling
there names its object; when the object is a state's adjective and a noun ("the Greek
deployment"), the phone-call rule read "called the Greek …" as a call to Greece, and the
sentence's choice could keep the call. ``judged_not_called`` tells the two apart.

Praise is told the same way ("said Aliyev was a very experienced statesman", "said Azerbaijan
had played a constructive role": ``en.051.said_praised``). In both the negation of a predicate
("was not a threat", "was not a reliable partner") stands after the judged state, where the
usual negation check does not read: ``predicate_negated`` reads it there.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.slots import coordinated

# Words of blame a called object may be given (the class of en.111.judged_act, as one word or
# the first word of its phrase).
JUDGEMENTS = (
    "irresponsible", "immoral", "abhorrent", "fascist", "fascists", "blasphemous", "sacrilegious", "unfair", "wrong", "illegal", "unlawful",
    "unacceptable", "provocative", "provocation", "dangerous", "reckless", "destabilising",
    "destabilizing", "aggressive", "coercive", "hostile", "hypocritical", "unjust",
    "unjustified", "groundless", "baseless", "absurd", "illegitimate", "null", "violation",
    "breach", "interference", "bullying", "hegemonic", "threat", "stab", "betrayal",
    "act of aggression", "regrettable", "deplorable", "outrageous", "counterproductive",
    "irrational", "egregious", "inappropriate", "unsatisfactory",
    # an insult, a smear: nouns of blame given as the object's complement (coder-en42)
    "insult", "insulting", "affront", "slander", "slanderous", "smear", "fabrication",
    "fabrications", "farce", "sham",
)  # fmt: skip

# After the called object: at most three more words of its noun phrase (no preposition: called
# Athens over the illegal drills is a call), then "as", a quote or an article, and a word of
# blame (the Greek deployment illegal; Greece's move "a provocation"). After a quote or an
# article up to two adjectives may come first (the U.S. move "a serious provocation").
_JUDGED = re.compile(
    r"(?:\s+(?!(?:over|about|on|to|and|in|with|after|for|from|at|by)\b)[\w'\-]+){0,3}?\s+(?:as\s+)?"
    r"(?:(?:[\"“](?:an?\s+)?|an?\s+[\"“]?)(?:[\w\-]+\s+){0,2}?)?(?:"
    + "|".join(re.escape(word) for word in JUDGEMENTS)
    + r")\b",
    re.IGNORECASE,
)


# Words of praise a called object may be given (the class of en.051.evaluate): "called China
# and Cambodia "iron-clad friends"", "called China Pakistan's "most trusted friend"".
PRAISES = ("friend", "friends", "brother", "brothers", "partner", "partners", "ally", "allies")

# The called object's complement of praise: at most three words, quotes or a possessor
# (Pakistan's "most trusted"), then the noun of praise; no preposition between (called Chile
# about its friends is a call).
_PRAISED = re.compile(
    r"(?:\s+(?!(?:over|about|on|to|in|with|after|for|from|at|by|and)\b)[\w'’\-\"“”]+){0,3}?"
    r"\s+[\"“]?(?:" + "|".join(PRAISES) + r")\b",
    re.IGNORECASE,
)


@for_rules(lambda rule: rule.code.startswith("041"))
def judged_not_called(c: Candidate) -> str | None:
    """ "Called the Greek deployment illegal", "called China and Cambodia "iron-clad friends"":
    a verb of calling whose object a word of blame or praise follows names that object (a
    judgement), it does not telephone the state named in it."""
    mt = c.mt
    if (
        not c.rule.code.startswith("041")
        or mt.text[c.a : c.b].split(" ", 1)[0] not in c.lex["naming"]
    ):
        return None
    target = c.slots.get("T")
    end = c.b
    if target is not None and target.start >= c.b:  # past the states joined to it (and Cambodia)
        end = max(m.end for m in [target, *coordinated(mt, target, None, (1,))])
    stop = mt.text.find(",", end, mt.s.end)
    limit = min(end + 60, mt.s.end if stop < 0 else stop)
    if _JUDGED.match(mt.text, end, limit) or _PRAISED.match(mt.text, end, limit):
        return "judged"
    return None


# The rules whose judgement is the predicate of the reported clause, after the judged state.
# (en.051.evaluate: "called China a competitor, not a partner", the praise denied after the
# called object; review-en39)
_PREDICATED = frozenset(("en.111.said_judged", "en.051.said_praised", "en.051.evaluate"))
NEGATION = re.compile(r"\b(?:not|never|no\s+longer|hardly)\b|n't\b", re.IGNORECASE)


@for_rules(lambda rule: rule.id in _PREDICATED)
def predicate_negated(c: Candidate) -> str | None:
    """ "Said Azerbaijan was not a reliable partner": the negation stands after the judged
    state, inside the predicate, where the usual check (from the source to the trigger) does
    not read; a judgement denied is none."""
    target = c.slots.get("T")
    start = target.end if target is not None else c.b
    return "negated" if NEGATION.search(c.mt.text, start, max(start, c.right)) else None


# A time or circumstance opened after the called object (an hour after, before, following): the
# word of blame inside it qualifies that phrase's act, not the object (coder-en49).
_TIME_OPENER = re.compile(r"\b(?:after|before|following|since|during|until|when|while)\b", re.I)


@for_rules(lambda rule: rule.id == "en.111.judged_act")
def judged_in_time_phrase(c: Candidate) -> str | None:
    """Called the Chinese envoy an hour after the illegal manoeuvre: the blame word is in a
    phrase of time after the object, so the envoy was telephoned, not judged."""
    target = c.slots.get("T")
    if c.rule.id != "en.111.judged_act" or target is None or c.right <= target.end:
        return None
    return "time phrase" if _TIME_OPENER.search(c.mt.text, target.end, c.right) else None
