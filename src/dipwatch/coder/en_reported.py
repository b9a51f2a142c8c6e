"""What stands between a verb of saying and the verb of the reported clause without being its
subject (issue 10, English that generalises), and an act a speaker only claims of another party.

``en_clauses.reported_subject`` drops a reported act whose clause has a subject that is no
actor (Japan said *five of the missiles* had landed…): every word left between "said" and the
act, after times, auxiliaries, adverbs and pronouns, was read as such a subject. Two English
constructions put words there that are no subject at all, and the act of the sayer was lost:

- an adjunct of the saying itself, a prepositional phrase before the clause (NATO allies said
  *in a statement* that they fully supported…; said *at a news conference* that it would…);
- a body of the sayer's own state named by its role, with a modifier or two (Sullivan said
  *the new administration* would welcome…; Qatar said *its air defences* had intercepted…).

(Tried and left out: a pronoun's predicate of readiness, said it *was ready to* accept, as the
sayer's intent: on dev it found one act and added two false alarms, the readiness to fire at
Guam coded against Guam where the gold has the United States, and the acceptance of a U.S.
proposal coded as an intent towards the United States.)
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import FORCE, Candidate, for_rules, gated
from dipwatch.coder.en_judgements import NEGATION

# A prepositional phrase right after the verb of saying, up to the clause it introduces (that,
# or a subject pronoun): in a statement, at a news conference, in a letter to the council.
_ADJUNCT = re.compile(
    r"\s*(?:in|at|during|through|via|after|before|on)\s+(?:a|an|the|its|his|her|their|our)\s+"
    r"(?:[\w\-']+\s+){0,5}?[\w\-']+(?=\s*,?\s+(?:that|it|they|he|she|we)\b)"
)


def without_saying_adjunct(span: str) -> str:
    """``span`` (what follows a verb of saying) less a prepositional phrase that opens it and
    ends where the reported clause begins.

    >>> without_saying_adjunct(" in a statement on friday that they fully")
    ' that they fully'
    >>> without_saying_adjunct(" the missiles had")
    ' the missiles had'
    """
    found = _ADJUNCT.match(span)
    return span[found.end() :] if found else span


_DETERMINERS = frozenset(("its", "their", "his", "her", "our", "the"))


def sayers_own_body(content: list[str], roles: frozenset[str]) -> bool:
    """Is the subject of the reported clause a body of the sayer's own state named by its role,
    with a determiner and at most two modifiers (Iraq said its troops had…; Sullivan said the
    new administration would welcome…; Qatar said its air defences had intercepted…)? An actor
    named in the subject (the Chinese government) is read before this is asked.

    >>> sayers_own_body(["the", "new", "administration"], frozenset({"administration"}))
    True
    >>> sayers_own_body(["the", "missiles"], frozenset({"administration"}))
    False
    """
    if len(content) < 2 or len(content) > 4 or content[0] not in _DETERMINERS:
        return False
    return content[-1] in roles and all(w.isalpha() for w in content[1:-1])


# A verb that reports a claim the narrator does not vouch for, and its complementiser.
_CLAIMED = re.compile(
    r"\b(?:claim|claims|claimed|claiming|allege|alleges|alleged|alleging)\s+that\b"
)


@gated(("claim", "alleg"))
def claimed_of_another(c: Candidate) -> str | None:
    """Trump … claimed that Indian Prime Minister Narendra Modi had asked him to mediate: an
    act a speaker claims of another party, named inside the claim, is the speaker's account,
    not an act the story reports (unlike "said that", "claimed" tells that it is disputed)."""
    mt, source = c.mt, c.source
    if source is None or source.kind == "pronoun":
        return None
    lo, text = mt.s.start, mt.text
    if text.find("claim", lo, c.a) < 0 and text.find("alleg", lo, c.a) < 0:
        return None  # (a quick test first: most sentences claim nothing)
    claim = next(reversed(list(_CLAIMED.finditer(mt.text, mt.s.start, c.a))), None)
    if claim is None or source.start < claim.end():
        return None
    return "claimed"


# A verb of saying, the sayer's report of what its own people suffered.
_SAYING = ("said", "says", "say", "told", "added", "claimed", "alleged")
_SAID = re.compile(rf"\b(?:{'|'.join(_SAYING)})\b")


@gated(_SAYING, (" by ",))
def suffered_as_told(c: Candidate) -> str | None:
    """Pakistan said two of its soldiers had been killed by Indian fire: force told in the
    passive, its doer after "by", inside what the victim's own state says is that state's
    account, an accusation of the doer (``en.112.said_suffered``), not an act the story
    reports, as "said Armenian forces had shelled its positions" is only the accusation."""
    if c.rule.code[:2] not in ("18", "19") or c.source is None or c.target is None:
        return None
    mt = c.mt
    lo, text = mt.s.start, mt.text
    if text.find(" by ", c.a, mt.s.end) < 0 or c.source.start < c.a:
        return None  # (no passive agent after the trigger: most acts)
    said = next(reversed(list(_SAID.finditer(text, lo, c.a))), None)
    if said is None:
        return None
    sayers = [m for m in mt.mentions if lo <= m.start < said.start() and not m.inert]
    if not sayers:
        return None
    if (sayers[0].country or sayers[0].code[:3]) != c.target.country and _OWN.search(
            text, said.end(), c.a) is None:  # fmt: skip
        # (the victim the sayer's own by "its" whatever the target was carried from: said
        # three of its soldiers were killed by Indian troops, after a sentence on China)
        return None
    return "suffered as told"


_OWN = re.compile(r"\b(?:its|their)\b")


@for_rules(lambda rule: rule.id == "en.112.said_suffered")
def suffered_denied(c: Candidate) -> str | None:
    """ "India said its police were not attacked by Chinese soldiers": the harm told is denied
    inside what is said, between the verb of saying and the doer, where the usual check (up to
    the trigger) does not read; no accusation of the doer."""
    target = c.slots.get("T")
    end = target.start if target is not None else c.right
    return "negated" if NEGATION.search(c.mt.text, c.b, max(c.b, end)) else None


# The doer as the reported clause's subject: only auxiliaries of the past and adverbs between it
# and the verb of harm (Laos had seized, Thai forces had repeatedly fired). A modal (would
# attack, might seize) tells no deed, and a noun of harm (concerns about cyber attacks on) no
# clause of the doer's.
# A plural head the actor's adjective opens may come first (Belarusian guards had detained).
_VERB_NEXT = re.compile(
    r"\s+(?:[a-z]+s\s+)?(?:(?:had|have|has|also|then|already|just|\w+ly)\s+){0,3}"
)
# The sayer's own people, places or things as the reported act's object (seized its boats,
# attacked their positions, shelled our villages, fired rockets at its villages); "its own" is
# the doer's (had arrested its own opposition leaders; review-en39).
_SAYERS_POSSESSIVE = r"(?:its|their|our)\b(?!\s+own\b)"
_SAYERS_OWN = re.compile(rf"\s+(?:\w+\s+){{0,2}}?{_SAYERS_POSSESSIVE}")
# A seizure's or detention's victim is its direct object: the possessive must open it (or
# follow "of": two of its boats); a place a preposition leads (detained smugglers on its
# territory, arrested spies in their embassy) is where the arrest was made (review-en39). Force
# may land on a place (fired rockets at its villages, shelled into its territory).
_SAYERS_OWN_HELD = re.compile(
    r"\s+(?:(?!(?:on|in|at|near|inside|within|into|across|along|off|from|over|to|for|with|"
    rf"and|or)\b)\w+\s+){{0,2}}?{_SAYERS_POSSESSIVE}"
)
# Harm done to others: seizing and detaining (171, 173), repression (175), assault (18),
# fighting (19), mass violence (20); an expulsion or a sanction (172, 174) is an official act the
# story tells whoever reports it.
_HARM = ("171", "173", "175", *FORCE)


@gated(_SAYING)
def harm_told_by_victim(c: Candidate) -> str | None:
    """Vietnam said Laos had seized its fishing boats: harm a state says another did to it, told
    in the active with the doer as the reported clause's subject, is the sayer's accusation of
    the doer (``112``, as the gold codes ``said Armenian forces had shelled its positions``), not
    an act the story reports; the passive of it is ``en.112.said_suffered``'s. The victim is the
    sayer when the object is its own (``its``, ``their``) or of the sayer's state."""
    source, mt = c.source, c.mt
    if not c.rule.code.startswith(_HARM) or source is None or source.start < mt.s.start:
        return None
    lo, text = mt.s.start, mt.text
    said = next(reversed(list(_SAID.finditer(text, lo, source.start))), None)
    if said is None:
        return None  # (no verb of saying before the doer: most acts)
    sayer = next((m for m in mt.mentions if lo <= m.start < said.start() and not m.inert), None)
    if sayer is None or sayer.kind == "pronoun" or not sayer.country:
        return None
    if sayer.country == source.country or not _VERB_NEXT.fullmatch(text, source.end, c.a):
        return None  # (said he had raised concerns with Xi about cyber attacks: a noun)
    if NEGATION.search(text, said.end(), c.a):
        return None
    target = c.slots.get("T")
    owned = _SAYERS_OWN_HELD if c.rule.code.startswith("17") else _SAYERS_OWN
    own = owned.match(text, c.b, mt.s.end) is not None
    if not own and (target is None or target.country != sayer.country):
        return None
    c.code, c.rule_id = "112", c.rule.id + "+told"
    c.slots = {"S": sayer, "T": source}
    c.source, c.target = sayer, source
    return None


# What may open the reported clause before the causer: a time or an adjunct of the saying,
# then "that" (said on Monday that lasers from the Chinese base…).
_CLAUSE_OPENING = re.compile(
    r"\s*(?:(?:on|last|this|earlier|later)\s+\w+\s*)?,?\s*(?:that\s+)?", re.IGNORECASE
)
# Words that put the state outside the causer's noun phrase: a relative clause (the typhoon
# that hit the Philippines), a preposition other than an origin or a possessor (aid to
# Ukraine), a participle (a ship carrying goods to Vietnam).
_NOT_CAUSER = frozenset(("that", "which", "who", "whose", "where", "when", "while", "to", "for",
                         "against", "in", "on", "at", "with", "across", "into", "over",
                         "toward", "towards", "through", "near", "off", "after", "before",
                         "during", "hit", "struck", "swept"))  # fmt: skip
# A state that made, built or paid for the causer is no doer (the Chinese-built railway), and a
# harm told as none (had caused no damage) is no accusation.
_MAKER = re.compile(r"-(?:built|made|funded|financed|designed|supplied)\b")
_NO_HARM = re.compile(r"\bcaused\s+(?:no|little|minimal|hardly\s+any)\b")
# The passive's "by" right before the state (was caused by the United States).
_CAUSED_BY = re.compile(r"caused\s+by\s+(?:the\s+|an?\s+)?$")


@for_rules(lambda rule: rule.id == "en.112.said_caused")
def cause_ascribed(c: Candidate) -> str | None:
    """ "Australia said lasers from the Chinese base had caused eye injuries": the state is
    the accused only when it heads the causer, the reported clause's subject; not the sayer
    itself (China said it had caused no harm), nor a state inside a relative clause or after
    a preposition (Japan said the typhoon that hit the Philippines caused damage), nor a harm
    told as none (review-en41)."""
    causer, source, text = c.slots.get("T"), c.source, c.mt.text
    if c.rule.id != "en.112.said_caused" or causer is None or source is None:
        return None
    if causer.kind == "pronoun" or causer.country == source.country:
        return "own cause"
    if _NO_HARM.search(text, causer.end, c.mt.s.end):
        return "no harm"
    if _CAUSED_BY.search(text, max(c.b, causer.start - 16), causer.start):
        return None  # the passive: the state right after "caused by" (was caused by the U.S.)
    if _MAKER.match(text, causer.end):
        return "maker"
    opening = without_saying_adjunct(text[c.b : causer.start])
    words = opening[_CLAUSE_OPENING.match(opening).end() :].replace(",", " , ").split()
    if len(words) > 5 or any(w in _NOT_CAUSER or w == "," or w.endswith("ing") for w in words):
        return "not the causer"
    return None
