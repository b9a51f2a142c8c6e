"""English clause structure for the checks of ``en_checks``: who is the subject of a verb, and
whether the clause reports an act at all.

A pattern's subject slot takes the actor nearest the verb; English puts other actors there too:

- inside a prepositional phrase of the subject (China's mission *to the EU* said…, a spokesman
  for the Chinese embassy *in Washington* said…): the actor the phrase hangs on is the subject;
- as the possessor of a thing (*Japan's* plan met the standards): the subject is the thing, no
  actor, and the verb reports no act of Japan's;

and some clauses report no act of the day at all:

- the present perfect of a habit or a state (Manila *has protested* hundreds of times since
  2016; Washington *has been pressing* its allies): background, not an event;
- an act in a ``since`` clause without a time of its own (since he switched recognition): it
  only places the span;
- a demand of a group the speaker belongs to (Xi said *the two countries* should…): advice to
  oneself, no demand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from dipwatch.coder.checks import FORCE, for_codes, for_rules, gated
from dipwatch.coder.doc import starting_in
from dipwatch.coder.en_actors import quote_at, quote_speaker
from dipwatch.coder.en_dates import dateline
from dipwatch.coder.en_readiness import without_readiness
from dipwatch.coder.en_reported import sayers_own_body, without_saying_adjunct
from dipwatch.coder.memo import per_table
from dipwatch.coder.slots import coordinated

if TYPE_CHECKING:
    from dipwatch.coder.checks import Candidate
    from dipwatch.coder.doc import Mention
    from dipwatch.coder.matcher import Matcher

_PREPOSITION = re.compile(r"\b(?:to|in|at|for|from|of|on|with|near|inside|within)\s+(?:the\s+)?$")
# What may stand between an actor and the preposition of a phrase hanging on it: a possessive
# and a few nouns (China's mission to, the Chinese embassy in, a spokesman for).
_HEAD = re.compile(
    r"^(?:['’]s)?(?:\s+[a-z][a-z\-]*){0,3}\s+(?:to|in|at|for|from|of|on|with|near|inside|within)"
    r"\s+(?:the\s+)?$"
)
_POSSESSIVE = re.compile(r"^['’]s\s+((?:[a-z][a-z\-]*\s+){1,3})$")


def prepositional_subject(c: Candidate) -> str | None:
    """China's mission to the European Union said…: the actor after a preposition belongs to
    a phrase that hangs on the actor before it, which is the subject."""
    mt, subject = c.mt, c.slots.get("S")
    if subject is None or subject.end > c.a:
        return None
    text = mt.text
    if not _PREPOSITION.search(text, max(mt.s.start, subject.start - 12), subject.start):
        return None
    before = _previous(mt, subject)
    if before is not None and _HEAD.match(text[before.end : subject.start]):
        c.slots["S"] = before
    return None


def _previous(mt: Matcher, m: Mention) -> Mention | None:
    """The active mention right before ``m`` in its sentence, in the same comma-free stretch."""
    earlier = [x for x in mt.active if mt.s.start <= x.start and x.end <= m.start]
    if not earlier or any(ch in mt.text[earlier[-1].end : m.start] for ch in ",;:"):
        return None
    return earlier[-1]


def quoted_subject(c: Candidate) -> str | None:
    """ "The Japanese government has ignored…," the ministry said, calling the release selfish:
    an actor inside a quotation is no subject of a verb outside it; the quotation's speaker is."""
    mt, subject = c.mt, c.slots.get("S")
    if not mt.in_sentence(_QUOTED):  # once per sentence: every candidate asks
        return None
    if subject is None:  # "…is a typical bullying practice," the commission said: its speaker
        quote = quote_at(mt.coding, c.a)
        speaker = quote_speaker(mt.coding, quote, mt.active) if quote else None
        if speaker is not None and c.rule.source == "speaker":
            c.slots["S"] = speaker
        return None
    quote = quote_at(mt.coding, subject.start)
    if quote is None or quote[0] < c.a < quote[1]:
        return None
    speaker = quote_speaker(mt.coding, quote, mt.active)
    if speaker is None:
        c.drop("S")
    else:
        c.slots["S"] = speaker
    return None


_QUOTED = re.compile('["“”]')


def patient_object(c: Candidate) -> str | None:
    """Opposed any violation of Iran's sovereignty: an actor after a noun of an act done to it
    is that act's patient, not the target of the verb (the target is then looked for again)."""
    mt, target = c.mt, c.target
    if target is None or target.start <= c.b:
        return None
    end = target.start - 1  # the action against the Philippine vessel: the article between
    if mt.text.endswith(" the", c.b, end):
        end -= 4
    markers, window = c.lex["patient_markers"], mt.text[max(mt.s.start, end - 40) : end]
    harmed = _harm_nominal(c, target)
    if harmed is not None:
        markers, window = c.lex["harm_nominals"], harmed
    elif c.code[:2] in _JUDGING and window.endswith(_MEASURES_ON):
        # criticised the measures against China: of whoever took them; measures still to come
        # (called for sanctions against Russia) fall on the one they name
        marker = next(w for w in _MEASURES_ON if window.endswith(w))
        if _TOLD_AGAIN.search(window, 0, len(window) - len(marker)) is None:
            return None
        markers = _MEASURES_ON
    elif not window.endswith(markers):  # (one test in C first: most targets follow no act noun)
        if _QUOTED.search(window) is None:
            return None
        window = _QUOTED.sub("", window)  # a quoted noun (the "reckless action" against)
        if not window.endswith(markers):
            return None
    if _light_verb_force(c, target.start):
        return None  # launched a drone attack on Moscow: the noun names the force itself
    c.drop("T")
    doer = _harm_doer(c, target) if harmed is not None else None
    if doer is not None:
        c.target = doer  # condemned the killing of a Thai soldier by Lao troops: Laos
        return None
    # the act the story told, named again (the action against X), was done by someone; any
    # attack on X (a practice) by no one
    marker = next(w for w in markers if window.endswith(w))
    told = _TOLD_AGAIN.search(window, 0, len(window) - len(marker))
    if told is None:
        c.target = None
        return None
    c.target = _doer_to(c, target)
    # the attack on Israel, told again with no doer the story names: aimed at whoever did it,
    # not at the story's other party (the one the leaders met)
    return "unnamed_doer" if c.target is None else None


# A determiner or a number between a noun of harm and its patient (the sinking of a Vietnamese
# boat, the detention of two Thai journalists).
_PATIENT_DETERMINER = re.compile(r"\s+(?:a|an|the|two|three|four|five|six|several|some|\d+)$")


def _harm_nominal(c: Candidate, target: Mention) -> str | None:
    """The words up to a noun of harm and "of" when ``target`` is that harm's patient (condemned
    the detention of two Thai journalists: the detainer is condemned, not Thailand), else None;
    the noun must stand after the trigger and be no word of the rule's pattern (ordered the
    expulsion of)."""
    end = target.start
    text = c.mt.text
    while text[end - 1 : end] == " ":
        end -= 1
    det = _PATIENT_DETERMINER.search(text, max(c.b, end - 12), end)
    if det is not None:
        end = det.start()
    window = text[max(c.b, end - 40) : end]
    marker = next((w for w in c.lex["harm_nominals"] if window.endswith(w)), None)
    if marker is None or marker.split(" ", 1)[0] in c.pattern.text:
        return None  # (ordered the expulsion of: the rule's own words, the act itself)
    return window


# "by" and its actor after the patient of a noun of harm (the killing of a Thai soldier by Lao
# troops): the doer is named.
_HARM_BY = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?by\s+(?:the\s+)?")


def _harm_doer(c: Candidate, patient: Mention) -> Mention | None:
    """The actor "by" names right after a noun of harm's patient, if any."""
    by = _HARM_BY.match(c.mt.text, patient.end, c.mt.s.end)
    return next((m for m in c.mt.active if by is not None and m.start == by.end()), None)


# Measures named with the state they fall on ("the sanctions against Russia"): what a judgement
# of them judges is their doer, not the state they fall on. Only for judgements: a verb that
# takes such measures itself (imposed sanctions on Russia) aims them at that state.
_MEASURES_ON = ("measures against", "sanctions against", "sanctions on", "restrictions on",
                "restrictions against", "curbs on", "tariffs on", "tariffs against",
                "measures targeting", "sanctions targeting")  # fmt: skip
_JUDGING = ("11", "12")


# A definite noun phrase before the act noun: the act is one the story told.
_TOLD_AGAIN = re.compile(r"\b(?:the|this|that|these)\s+(?:[\w\-]+\s+){0,2}$")


def _doer_to(c: Candidate, patient: Mention) -> Mention | None:
    """Condemned the reckless action against the Philippine vessel: the one who did an act the
    story told to the patient (the last such, of another state than the reaction's source);
    None leaves the target to the story's fallbacks."""
    own = c.source.country if c.source is not None else None
    for m in reversed(c.mt.coding.matches):
        if (m.target is not None and m.source is not None and m.target.country == patient.country
                and m.source.country not in (own, patient.country)
                and m.code[:2] >= _HOSTILE):  # fmt: skip
            return m.source
    return None


# An attack on, a violation of, an action against: hostile acts only. A meeting with Israel told
# before is no "attack on Israel", and its host no attacker (the leaders, after they met,
# condemned the attack on Israel: by no one the story names).
_HOSTILE = "11"


def _light_verb_force(c: Candidate, target: int) -> bool:
    """Is the patient marker before ``target`` the force the candidate codes, told as a noun
    after a verb of its own trigger (launched an attack on), or the menace a threat codes
    (threatened military action against Taiwan: Taiwan is threatened)? Not the noun alone
    (opposed any attack on Iran: the noun is no act told)."""
    if not c.code.startswith(_OWN_ACT_CODES):
        return False
    marker = max(c.mt.text.rfind(w, c.a, target) for w in ("attack", "aggression", "action"))
    return marker > c.a


# Codes whose trigger may name its own act as a noun before the patient: force and threats.
_OWN_ACT_CODES = (*FORCE, "13")


def object_before_saying(c: Candidate) -> str | None:
    """Criticised the decision on Tuesday and said Australia would appeal to the WTO: an object
    slot past "and said" (a joined predicate of saying) is in what is said, not the verb's
    object, nor the act's target (a later step may find the story's, for a decision named
    before)."""
    target = c.target
    if target is None or target.start <= c.b:
        return None
    if c.mt.text.find(" and ", c.b, target.start) < 0:
        return None  # (the joint needs "and": a quick test first)
    if _AND_SAID.search(c.mt.text, c.b, target.start):
        c.drop_target()
    return None


_AND_SAID = re.compile(
    r"\s+and\s+(?:also\s+|then\s+|later\s+)?(?:said|says|added|warned|told|insisted|stressed|"
    r"noted|vowed|pledged|announced)\b"
)


_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|announced|added|stated|declared|insisted|confirmed|noted|"
    r"stressed|warned|reported|believes|believed|thinks|thought|fears|feared)\b"
)
# Parts of those words, one of which a sentence holds where ``_SAYING`` can match (the gate of
# ``reported_subject``).
_SAYING_WORDS = ("said", "say", "told", "tell", "announced", "added", "stated", "declared",
                 "insisted", "confirmed", "noted", "stressed", "warned", "reported", "believe",
                 "think", "thought", "fear")  # fmt: skip
# Words of a reported clause before its verb that are no subject: a complementiser,
# auxiliaries and adverbs (said that it had already…).
_NO_SUBJECT = frozenset(("that", "would", "will", "had", "has", "have", "was", "were", "is",
                         "are", "be", "been", "could", "may", "might", "should", "must", "not",
                         "also", "already", "now", "then", "still", "just", "never", "soon",
                         "later", "again", "and", "but", "to",
                         # a pronoun there is the sayer (rebel leaders said they would meet…)
                         "they", "he", "she", "it", "we", "i"))  # fmt: skip


@gated(_SAYING_WORDS)
def reported_subject(c: Candidate) -> str | None:
    """Japan said five of the missiles had landed in its waters: the verb of a reported clause
    whose subject is a thing (the missiles) has no actor for a subject, not the sayer."""
    mt = c.mt
    if "S" in c.slots:
        return None
    said = next(reversed(list(_SAYING.finditer(mt.text, mt.s.start, c.a))), None)
    if said is None or any(said.end() <= m.start and m.end <= c.a for m in mt.active):
        return None
    if _COORDINATED.search(mt.text, said.end(), c.a):
        return None  # said…, and lodged a protest; said…, calling it: the sayer's own verb
    span = without_readiness(without_saying_adjunct(_without_times(mt, said.end(), c.a)))
    words = span.replace(",", " ").split()
    content = [w for w in words if w not in _NO_SUBJECT and not w.endswith("ly")]
    if sayers_own_body(content, _role_words(c)):
        return None  # Iraq said its troops had…: the sayer's own people
    return "thing_subject" if content else None


# A motive clause that tells another's finding (after investigators found they had…, because
# officials said it had…): its finder is a common noun, not an actor, and the act it finds is
# background to the main clause, whose doer it is not.
_FOUND_BY_OTHERS = re.compile(
    r"\b(?:after|because|as|since|when)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:found|said|concluded|determined|alleged|discovered|showed|reported)\s+(?:that\s+)?"
    r"(?:they|it|he|she)\s+had\s+(?:\w+ly\s+)?$"
)


@gated(("had",))
def others_finding(c: Candidate) -> str | None:
    """The US sanctioned the firms after investigators found they had supplied drones to Russia:
    the supply is the investigators' finding, no act of the sentence's subject."""
    mt = c.mt
    # (a quick test first: the finding is told in a perfect; from the sentence's start, as
    # its gate reads, and never a negative start, which str.rfind reads from the text's end)
    if "S" in c.slots or mt.text.rfind(" had ", max(mt.s.start, c.a - 24), c.a) < 0:
        return None
    m = _FOUND_BY_OTHERS.search(mt.text, max(mt.s.start, c.a - 90), c.a)
    if m is None or any(m.start() <= x.start < c.a for x in mt.active):
        return None
    return "others_finding"


# (…and again urged, …and later lodged: an adverb of repetition or sequence between; said it
# was ready to talk but warned Japan: "but" joins the sayer's verb as "and" does)
_COORDINATED = re.compile(
    r"(?:,|\band|\bbut)\s+(?:\w+ly\s+|also\s+|then\s+|(?:once\s+)?again\s+|later\s+)?$"
)


def _without_times(mt: Matcher, lo: int, hi: int) -> str:
    """``text[lo:hi]`` less its time expressions (said on Friday that…)."""
    text = mt.text[lo:hi]
    for t in starting_in(mt.coding.timexes, lo, hi):
        if t.end <= hi:
            text = text.replace(mt.text[t.start : t.end], " ")
    return text


def unnamed_object(c: Candidate) -> str | None:
    """Urged the countries concerned to stay calm: an object that names no actor leaves the
    act without a target, whatever other actor the sentence names."""
    mt = c.mt
    if c.slots.get("T") is not None and c.slots["T"].start < c.b + 4:
        return None
    at = c.b + 1 if mt.text[c.b : c.b + 1] == " " else c.b
    if mt.text.startswith(c.lex["unnamed"], at) or _THE_WEST.match(mt.text, at):
        return "unnamed"
    return None


# The West as an object (accused the West of…, warned Western countries): a group of states no
# code names, as "the international community" (never the West Bank).
_THE_WEST = re.compile(
    r"(?:the\s+west|western\s+(?:countries|nations|powers|governments|states|allies))\b"
    r"(?!\s+bank|['’]s)"
)


_COOPERATIVE = ("03", "04", "05", "06", "07", "08")


@for_rules(lambda rule: rule.code.startswith(_COOPERATIVE))
def opposed_target(c: Candidate) -> str | None:
    """Pledged to stand together against challenges from China: whom a cooperation is against
    is not its partner."""
    mt, target = c.mt, c.target
    if target is None or target.start < c.b or not c.code.startswith(_COOPERATIVE):
        return None
    if mt.text.endswith(c.lex["opponents"], max(c.b, target.start - 24), target.start - 1):
        c.drop("T")
        c.target = None
    return None


_EVALUATING = frozenset(
    (
        "call",
        "calls",
        "called",
        "calling",
        "describe",
        "describes",
        "described",
        "describing",
        "hail",
        "hails",
        "hailed",
        "hailing",
    )
)
# A determiner and perhaps one word before the event's noun (the first meeting, their trip).
_EVENT_OPENING = r"\s+(?:the|their|his|her|its|this|that|a)\s+(?:\w+\s+)?"
_EVENT_NOUN = re.compile(
    _EVENT_OPENING + r"(?:meeting|meetings|talks|call|"
    r"visit|summit|discussion|discussions|conversation|dialogue|exchange|trip|session)\b"
)


@gated(tuple(_EVALUATING))
def evaluated_event(c: Candidate) -> str | None:
    """Described the meeting as "constructive": praising a meeting is no act toward the other
    side of it."""
    mt = c.mt
    word = mt.text[c.a : c.b].split(" ", 1)[0]
    noun = _EVENT_NOUN.match(mt.text, c.a + len(word)) if word in _EVALUATING else None
    if noun is None:
        return None
    if c.code.startswith("11") and (
        _ONE_SIDED.match(mt.text, noun.start()) or _by_doer(mt, noun.end())
    ):
        return None  # called the visit a provocation; the call "a petty move" by Taiwan
    return "evaluated_event"


# Blame of a contact one side made (the visit, the trip), or whose doer the judgement names
# after it ("a petty move" by Taiwan), is aimed at that side, as blame of any act is; praise of
# a meeting stays none (both sides took part).
_ONE_SIDED = re.compile(_EVENT_OPENING + r"(?:visit|trip)\b")
_BY_DOER = re.compile(
    r"\s+(?:as\s+)?[\"“]?(?:an?\s+)?(?:[\w\-]+\s+){0,3}?[\w\-]+[\"”]?\s+by\s+(?:the\s+)?"
)


def _by_doer(mt: Matcher, at: int) -> bool:
    """Does the complement after ``at`` end in "by" and an actor (a petty move by Taiwan)?"""
    by = _BY_DOER.match(mt.text, at, mt.s.end)
    return by is not None and any(m.start == by.end() for m in mt.active)


_DOCUMENT_CONTENT = re.compile(
    r"\b(?:statement|declaration|communique|communiqué|agreement|letter|resolution|message|"
    r"document|documents)\s*,?\s*$"
)


@for_rules(lambda rule: rule.code.startswith(("03", "05")))
def document_content(c: Candidate) -> str | None:
    """Signed a joint statement pledging to deepen cooperation: what a document says in a
    participle after it is that document, not an act of its own."""
    mt = c.mt
    word = mt.text[c.a : c.b].split(" ", 1)[0]
    if not word.endswith("ing") or not c.code.startswith(("03", "05")):
        return None
    return "content" if _DOCUMENT_CONTENT.search(mt.text, max(mt.s.start, c.a - 40), c.a) else None


def consequence(c: Candidate) -> str | None:
    """Fired water cannon at a boat, injuring three crew members: the harm a participle tells
    after the act is that act."""
    mt = c.mt
    word = mt.text[c.a : c.b].split(" ", 1)[0]
    if word in c.lex["consequences"] and mt.text.endswith(", ", mt.s.start, c.a):
        return "consequence"
    return None


def possessive_subject(c: Candidate) -> str | None:
    """Japan's plan met the standards: an actor that only owns the subject (a plan, a report)
    is not its doer; an office (China's top diplomat) or a name (China's Wang) still is."""
    mt, subject = c.mt, c.slots.get("S")
    if subject is None or subject.end > c.a:
        return None
    m = _POSSESSIVE.match(mt.text[subject.end : c.a])
    if m is None:
        return None
    words = m.group(1).split()
    if any(w in ("and", "or", "but") for w in words):
        c.drop("S")  # regretted Panama's decision and urged it: Panama ends the clause before
        return None
    if words[-1] in _role_words(c) or _proper_name(mt.coding.text, subject.end + m.start(1), c.a):
        return None
    return "possessive"


# A rival, opponent or critic of the subject's owner (Lai's rival, Biden's main challenger):
# another person, who neither holds the owner's office nor speaks for the owner's state.
_RIVAL = re.compile(
    r"['’]s\s+(?:[a-z][a-z\-]*\s+){0,2}(?:rivals?|opponents?|challengers?|critics?|foes?|"
    r"adversar(?:y|ies)|detractors)\b"
)


def rival_possessor(c: Candidate) -> str | None:
    """Lai's rival met Chinese officials: the doer's owner is not the doer, and the rival,
    named or not, is no office of the owner's state (coder-en51's left). Run once the doer is
    found: a rival named after the noun leaves the subject slot empty."""
    source = c.source
    if source is None or source.end >= c.a:
        return None
    return "rival" if _RIVAL.match(c.mt.text, source.end, c.a) else None


def _proper_name(text: str, start: int, end: int) -> bool:
    """Japan's Nippon Steel, Russia's Gazprom: what the state owns is a name written in
    capitals, a firm or body named with its state, which acts as that state (eval/README.md,
    Actors), as an office does; Japan's plan, Japan's Fukushima plant are things.

    >>> _proper_name("Japan's Nippon Steel sued", 8, 21), _proper_name("Japan's plan met", 8, 13)
    (True, False)
    """
    words = text[start:end].split()
    return bool(words) and all(w[:1].isupper() for w in words)


def _role_words(c: Candidate) -> frozenset[str]:
    return role_words(c.lex)


def role_words(lex: dict) -> frozenset[str]:
    """The head word of each of the lexicon's titles and sector words (minister, official,
    forces…): the last word of the phrase (secretary of state: state). Kept per lexicon:
    the tuple of its hundreds of roles was built and hashed at every call."""
    return per_table(lex, "role_heads", lambda: _heads_of(lex.get("roles", {})))


def _heads_of(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(phrase.split()[-1] for phrase in phrases)


_WHAT = re.compile(r"\bwhat\s+(?:\w+\s+){0,2}$")
# (a determiner, "as", a possessive (called Putin his "best friend") or a quotation: an object
# complement follows the called object)
_NAMED = re.compile(
    r"\s+(?:a|an|the|as|his|her|its|their|our|my|very|so|too|most|highly|extremely|truly)\b"
    r"|\s*[\"“']"
)  # (…or a degree word, which opens only an adjective: calling them "very exciting", so brave)
# The called object as a pronoun (calling them "very exciting", called it a milestone): the
# complement after it tells a naming, however the pronoun was resolved (the story's pair).
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them|him|her|this|that|these|those)\b")


@for_rules(lambda rule: rule.code.startswith("04"))
@gated(lambda lex: lex["naming"])
def naming(c: Candidate) -> str | None:
    """Called Beijing a "decisive enabler", what it called U.S. attempts: a verb of calling
    that names its object is no phone call."""
    mt = c.mt
    if not c.code.startswith("04") or mt.text[c.a : c.b].split(" ", 1)[0] not in c.lex["naming"]:
        return None
    if _WHAT.search(mt.text, max(mt.s.start, c.a - 20), c.a):
        return "naming"
    target = c.slots.get("T")
    pronoun = _PRONOUN_OBJECT.match(mt.text, c.b, mt.s.end)
    if pronoun is not None:
        end = pronoun.end()  # (the pronoun's resolved mention may span other characters)
    else:
        end = target.end if target is not None and target.start >= c.b else c.b
    return "naming" if _NAMED.match(mt.text, end, min(end + 9, mt.s.end)) else None


_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|long\s+|also\s+)?been\s+$")
_HAS = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}$")
# A perfect whose adverb makes it a habit wherever it is told (which it has long accused Moscow
# of violating): no act of the day.
_HABIT_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:long|repeatedly|often|frequently|regularly|routinely|always)\s+$"
)
_HABIT = re.compile(
    r"(?<![\w-])(?:since|times|repeatedly|long|for\s+years|for\s+decades|for\s+months|in\s+"
    r"recent\s+(?:years|months|weeks)|over\s+the\s+(?:years|past)|often|frequently|regularly|"
    r"routinely|(?:dozens|scores|hundreds|thousands)\s+of|numerous|a\s+(?:series|string)\s+of)"
    r"(?![\w-])"
)  # (a count of acts: has filed dozens of protests this year, a habit however dated)


# "first" before "since" in its phrase: a first time since (his first trip abroad since the
# pandemic), no habit.
_FIRST_BEFORE = re.compile(r"\bfirst\b[^,;]{0,40}$")


def _first_since(text: str, lo: int, habit: re.Match[str]) -> bool:
    """Is ``habit`` the "since" of a first (had held talks … in his first trip abroad since
    the start of the pandemic, coder-en51)? Such a clause tells one act, not a habit."""
    return habit.group() == "since" and _FIRST_BEFORE.search(text, lo, habit.start()) is not None


@gated(("has", "have", "had"))
def habitual(c: Candidate) -> str | None:
    """Manila has protested hundreds of times since 2016, Washington has been pressing its
    allies: in a story, a habit or a state in the present perfect told after the lead is
    background, no event of the day, and so is a perfect with an adverb of habit anywhere
    (has long accused, have repeatedly warned) (the lead's present perfect is the news: Panama has
    notified China; a lone sentence says what it says)."""
    mt, a = c.mt, c.a
    if _HABIT_PERFECT.search(mt.text, max(mt.s.start, a - 30), a):
        return "habitual"  # has long accused, have repeatedly warned: in the lead too
    if not in_story_body(mt):
        return None
    lo = max(c.lo, mt.s.start)
    if mt.text.endswith("ing", a, c.b) or mt.text[a : c.b].split(" ", 1)[0].endswith("ing"):
        return "habitual" if _PERFECT.search(mt.text, lo, a) else None
    perfect = _HAS.search(mt.text, max(lo, a - 30), a)
    if perfect is None:
        return None
    end = _clause_end(mt.text, c.b, mt.s.end)
    if any(not _first_since(mt.text, lo, h) for h in _HABIT.finditer(mt.text, lo, end)):
        return "habitual"  # has protested… since 2016; had maintained relations since 1990
    if perfect.group().startswith("had"):
        return None  # said Taipei had ended relations: a reported act
    # The United States has warned China against…: told after the lead with no time, a state
    dated = any(t.role == "act" for t in starting_in(mt.coding.timexes, mt.s.start, end))
    return None if dated else "habitual"


# An adverb of habit in the clause of a present-tense verb (goes to Brazil each year, usually
# travels to): what the actor does as a rule, no act of the day and no plan either.
_HABIT_ADVERB = re.compile(
    r"(?<![\w-])(?:(?:each|every)\s+(?:year|month|week|spring|summer|autumn|winter)|annually|"
    r"usually|regularly|routinely|habitually|customarily|often|frequently|"
    r"(?:once|twice)\s+a\s+(?:year|month|week))(?![\w-])"
)
_PRESENT_VERB = re.compile(r"[a-z]+[^s\W]s|goes|does")  # visits, travels, goes; not "press"


@gated(("each", "every", "annually", "usually", "regularly", "routinely", "habitually",
        "customarily", "often", "frequently", " a year", " a month", " a week"))  # fmt: skip
def habit_in_present(c: Candidate) -> str | None:
    """The Chinese premier goes to Brazil each year, Japan usually protests such drills: a
    present-tense verb with an adverb of habit in its clause tells a habit, no event (the
    present of a journey is otherwise a schedule, of other acts a headline's news)."""
    mt, a = c.mt, c.a
    verbs = c.pattern.elements[c.pattern.anchor].verbs
    word = mt.text[a : c.b].split(" ", 1)[0]
    if not verbs or not _PRESENT_VERB.fullmatch(word):
        return None
    start = max(mt.s.start, a - 40)
    cut = max(mt.text.rfind(p, start, a) for p in ",;:")
    end = _clause_end(mt.text, c.b, mt.s.end)
    return "habitual" if _HABIT_ADVERB.search(mt.text, max(start, cut + 1), end) else None


def in_story_body(mt: Matcher) -> bool:
    """Is the sentence a news story's, after its lead (the first sentence after the dateline)?
    Worked out once per sentence: each candidate asks."""
    found = mt.cache.get("story_body")
    if found is None:
        found = mt.cache["story_body"] = _in_story_body(mt)
    return bool(found)


def _in_story_body(mt: Matcher) -> bool:
    coding = mt.coding
    line = dateline(coding.norm)
    if coding.document.genre != "news" and line is None:
        return False
    cut = line.end if line else 0
    lead = next((s for s in coding.sentences if s.end > cut and not s.cjk), None)
    return lead is not None and mt.s.index > lead.index


def _clause_end(text: str, b: int, hi: int) -> int:
    found = re.search(r"[,;:.]", text[b:hi])
    return b + found.start() if found else hi


_SINCE = re.compile(r"\bsince\s+(?:[^,;:.]*)$")


@gated(("since",))
def since_clause(c: Candidate) -> str | None:
    """Since he switched recognition from Taipei: an act that only starts a span, told with no
    time of its own, is background (since Russia invaded Ukraine in February 2022 is dated)."""
    mt, lo = c.mt, max(c.mt.s.start, c.a - 60)
    if mt.text.find("since", lo, c.a) < 0 or not _SINCE.search(mt.text, lo, c.a):
        return None  # (the word first: most clauses have none)
    end = _clause_end(mt.text, c.b, mt.s.end)
    dated = any(t.day is not None for t in starting_in(mt.coding.timexes, c.b, end))
    return None if dated else "since"


_VAGUE_AFTER = re.compile(
    r"(\b[\w-]+\s+)?\b(?:days|weeks|months|years|shortly|soon|long)\s+(?:after|before)\b[^,;:]*$"
)
_COUNTED = re.compile(r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+$", re.IGNORECASE)


@gated(("after", "before"))
def vague_after(c: Candidate) -> str | None:
    """Days after China ended its drills: an act told only as the vague time of another is
    background (a day after, two days after are dated: ``en_dates``, and so are coded)."""
    return "background" if vague_time(c.mt.text, c.mt.s.start, c.a) else None


def vague_time(text: str, start: int, a: int) -> bool:
    """Does a vague "days after", "shortly before" open the clause that holds ``a`` (from
    ``start``, its sentence's start, at most 80 characters back)?"""
    lo = max(start, a - 80)
    if text.find("after", lo, a) < 0 and text.find("before", lo, a) < 0:
        return False  # the regex needs one: a quick test first
    vague = _VAGUE_AFTER.search(text, lo, a)
    return vague is not None and not _COUNTED.fullmatch(vague.group(1) or "")


# The sayer of a trailing attribution after a comma (…with Washington, foreign ministry
# spokesman Zhao Lijian told a briefing): the one who tells it, no member of a list.
_ATTRIBUTION = re.compile(r"\s+(?:said|says|told|tells|added|announced)\b")


@for_codes("02", "10", "11")
def self_included(c: Candidate) -> str | None:
    """Xi said the two countries should strengthen dialogue: a demand or an appeal to a group
    the speaker's own state belongs to is no demand of another; nor is what such a group is
    said to do a judgement of one of its members (Wang said China and Russia would jointly
    oppose bullying: no accusation of Russia)."""
    if c.code[:2] not in ("02", "10", "11") or c.source is None:
        return None
    own = c.source.country
    targets = [t for t in c.targets if t is not None]
    if own and any(t.kind == "pair" and t.country == own for t in _group_of(c.mt, targets)):
        return "self_included"
    listed = coordinated(c.mt, targets[0], c.source) if targets else []
    listed = [t for t in listed if not _ATTRIBUTION.match(c.mt.text, t.end)]
    if own and len(listed) > 1 and any(t.country == own for t in listed):
        return "self_included"  # Xi told Moon that China and South Korea should…
    return None


def _group_of(mt: Matcher, targets: list[Mention]) -> list[Mention]:
    """The pieces of the pair phrases among ``targets`` (the two countries: both of them)."""
    out: list[Mention] = []
    ms = mt.mentions
    for t in targets:
        if t.kind != "pair" or not any(m is t for m in ms):
            continue
        out.extend(pair_pieces(ms, next(k for k, m in enumerate(ms) if m is t)))
    return out


def pair_pieces(ms: list[Mention], i: int) -> list[Mention]:
    """The pieces of the pair phrase that ``ms[i]`` is one of (China and South Korea: both):
    the ``pair`` mentions around it, each touching the next."""
    j = i
    while i > 0 and ms[i - 1].kind == "pair" and ms[i - 1].end == ms[i].start:
        i -= 1
    while j + 1 < len(ms) and ms[j + 1].kind == "pair" and ms[j + 1].start == ms[j].end:
        j += 1
    return ms[i : j + 1]
