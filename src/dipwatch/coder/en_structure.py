"""English checks on how a clause is built around a trigger, beyond the actor slots: a time
adverbial that opens right after the verb (agreed on Thursday to…) and the object that says
what kind of act a verb is (withdrawing diplomats is no pullback of troops).

Each check is small and called from ``en_checks`` (the trigger skip, or a step of ``EN``)."""

from __future__ import annotations

import bisect
import re
from itertools import pairwise

from dipwatch.coder.checks import FORCE, JOINT, Candidate, for_rules, gated
from dipwatch.coder.doc import Match, Mention, starting_in
from dipwatch.coder.en_actors import CIVIL_SECTORS, is_document
from dipwatch.coder.en_dates import dateline
from dipwatch.coder.en_joint_acts import agreement_reacted_to, with_joint_partner
from dipwatch.coder.matcher import Matcher
from dipwatch.coder.slots import coordinated

# Prepositions that end a phrasal trigger (agree on, called on) and also open a time
# expression (on Thursday, in May, at dawn).
_TIME_PREPOSITIONS = frozenset(("on", "in", "at"))


def time_particle(mt: Matcher, a: int, b: int) -> bool:
    """Is the trigger's last word a preposition that opens a time expression? Then the verb
    is the bare one and the time is an adverbial: "agreed on Thursday to resume talks" is
    not "agreed on" (guidelines), whose object would be Thursday.

    Only triggers of two words or more ending in on, in or at look up the time expressions
    (sorted by start: a bisection, not a scan)."""
    space = b - 3  # the prepositions are two letters: a constant-time test on every trigger
    if space <= a or mt.text[space] != " " or mt.text[b - 2 : b].lower() not in _TIME_PREPOSITIONS:
        return False
    timexes = mt.coding.timexes  # "on Thursday" holds its preposition, "Aug. 13" does not
    i = bisect.bisect_left(timexes, space + 1, key=lambda t: t.start)
    if i == len(timexes) or timexes[i].start not in (space + 1, b + 1):
        return False
    # agreed on Thursday on guidelines: the particle comes back after the time
    after = mt.text[timexes[i].end : timexes[i].end + 4].split()
    return not after or after[0].lower() != mt.text[space + 1 : b].lower()


# What a withdrawal's object says it is: diplomats leaving a capital, or troops leaving a front.
_ENVOYS = ("diplomat", "ambassador", "envoy", "embassy staff", "diplomatic staff", "consul")
_TROOPS = ("troops", "forces", "soldiers", "units", "army", "military", "tanks", "warships")


@for_rules(lambda rule: rule.code.startswith("087"))  # (a refusal turns it into 12x, no 087)
def envoys_not_troops(c: Candidate) -> str | None:
    """Withdrawing diplomats (Cambodia withdrew all but one of its diplomats from Bangkok) is
    a diplomatic act (161, a rule of its own), not a military pullback (087): the object of
    the withdrawal, up to the clause's end, decides."""
    if not c.code.startswith("087"):
        return None
    text = c.mt.text
    end = min(c.mt.s.end, c.b + 60)
    words = text[c.b : _comma_or_semicolon(text, c.b, end)].lower()
    if any(w in words for w in _ENVOYS) and not any(w in words for w in _TROOPS):
        return "envoys"
    return None


def _comma_or_semicolon(text: str, lo: int, hi: int) -> int:
    """Where the first comma or semicolon in ``[lo, hi)`` stands, else ``hi``."""
    return min((i for i in (text.find(",", lo, hi), text.find(";", lo, hi)) if i >= 0), default=hi)


def means_gerund(mt: Matcher, a: int, b: int) -> bool:
    """A gerund after "by" that tells how a verb's act was done is that act: "China retaliated
    by expelling a Canadian diplomat", "responded by imposing tariffs". The word before "by"
    is a past verb (retaliated, responded) or the particle of one (hit back), not a passive's
    participle with its agent (a gerund is never an agent's name)."""
    if not mt.text[a:b].split(" ", 1)[0].endswith("ing"):
        return False
    return _MEANS.search(mt.text, max(mt.s.start, a - 48), a) is not None


# A past verb (retaliated, responded, reacted, replied) or "hit back", perhaps a day after it,
# then "by" right before the gerund.
_MEANS = re.compile(
    r"\b(?:\w+(?:ated|onded|acted|ied)|back|out)(?:\s+(?:late\s+|early\s+)?on\s+\w+day)?\s+by\s+$",
    re.IGNORECASE,
)


# Nouns a story uses for an act it told before with a verb (North Korea fired a missile…;
# Japan called the launch regrettable), and those verbs.
_FIRED = ("fired", "launched", "test-fired")
_STRUCK = ("struck", "attacked", "bombed", "fired", "launched")
# A launch is often told as a test (North Korea said it had tested its first ICBM).
_LAUNCHED = (*_FIRED, "tested")
_NOUN_VERBS: dict[str, tuple[str, ...]] = {
    "launch": _LAUNCHED, "launches": _LAUNCHED, "test": (*_LAUNCHED, "carried out", "conducted"),
    "raid": ("raided", "stormed", "forced their way", "entered"),
    "diversion": ("forced", "diverted"),
    "attack": _STRUCK, "attacks": _STRUCK, "strike": _STRUCK, "strikes": _STRUCK,
    "seizure": ("seized",), "arrest": ("arrested", "detained"),
    "detention": ("detained", "arrested"), "killing": ("killed",), "shooting": ("shot",),
    "drones": _FIRED, "missiles": _FIRED, "rockets": _FIRED, "projectiles": _FIRED,
    "missile": (*_FIRED, "tested"), "rocket": (*_FIRED, "tested"),
}  # fmt: skip
# Each noun's verbs as one regex.
_VERB_RES = {
    noun: re.compile(rf"\b(?:{'|'.join(re.escape(v) for v in verbs)})\b")
    for noun, verbs in _NOUN_VERBS.items()
}
_EARLIER = 8  # sentences looked back at


def event_noun_doer(mt: Matcher, source: Mention, lo: int) -> Mention | None:
    """The doer of the act a reaction's object noun names again: "Japan called the launch
    regrettable" after "North Korea fired a missile": the subject before the last such verb
    in the sentences before (and not the reacting state). The act told may have no target of
    its own (a missile into the sea, a jet forced to land), so it is read from the verb, not
    from the events coded."""
    noun = _event_noun(mt, lo)
    if noun is None:
        return None
    verb = _VERB_RES[noun]
    sentences = mt.coding.sentences
    for s in reversed(sentences[max(0, mt.s.index - _EARLIER) : mt.s.index]):
        at = [m.start() for m in verb.finditer(mt.text, s.start, s.end)]
        if at:
            doer = _subject_before(mt, s.start, at[-1], source)
            if doer is not None:
                return doer
    return None


def _event_noun(mt: Matcher, lo: int) -> str | None:
    """The first "the <noun>" of ``_NOUN_VERBS`` after ``lo`` in the sentence."""
    words = mt.text[lo : mt.s.end].replace(",", " ").replace(".", " ").split()
    return next((w for d, w in pairwise(words)
                 if d.lower() in ("the", "this", "that") and w in _NOUN_VERBS), None)  # fmt: skip


def _subject_before(mt: Matcher, lo: int, at: int, source: Mention) -> Mention | None:
    """The last actor named in ``[lo, at)`` of another country than ``source``."""
    mentions = mt.coding.mentions
    i = bisect.bisect_left(mentions, at, key=lambda m: m.start)
    for m in reversed(mentions[:i]):
        if m.start < lo:
            return None
        if m.end <= at and m.country and m.country != source.country and m.kind != "pronoun":
            return m
    return None


def in_story_order(mt: Matcher, parties: list[Mention]) -> list[Mention]:
    """The parties "the two sides" stand for, in the order the story first names them (after
    its dateline): a joint act's source is the party named first in the story, whichever way
    round the last act before told them (Myanmar welcomed Xi; the two sides agreed…: China
    and Myanmar, as the lead named them)."""
    line = dateline(mt.coding.norm)
    cut = line.end if line else 0
    first: dict[str | None, int] = {}
    wanted = {m.country or m.code for m in parties}  # a state, or an organisation (the EU)
    for m in mt.coding.mentions:
        key = m.country or m.code
        if m.start >= cut and key in wanted and key not in first:
            first[key] = m.start
            if len(first) == len(wanted):
                break
    return sorted(parties, key=lambda m: first.get(m.country or m.code, m.start))


_CALL = re.compile(r"call(?:s|ed|ing)?\s+(?:for|on|off|up|in)\b", re.IGNORECASE)


@for_rules(lambda rule: rule.code.startswith("041"))
def call_with_particle(c: Candidate) -> str | None:
    """ "Called for an end to sanctions", "called on Beijing", "called off a visit": "call"
    with its particle is another verb (an appeal, a cancellation), never a phone call (041)."""
    if c.rule.code.startswith("041") and _CALL.match(c.mt.text, c.a):
        return "phrasal"
    return None


_RELATIVE_PERFECT = re.compile(r",\s+(?:which|who)\s+(?:has|have)\s+(?:[\w\-]+\s+){0,2}$")


@gated((", wh",))
def perfect_in_relative(c: Candidate) -> str | None:
    """ "Britain, which has imposed sanctions on Iran, urged Tehran…": a present perfect in a
    relative clause beside the act says what is known of its subject, background, not an
    act of the story (what the lead's main clause says in the perfect is: Panama has left)."""
    mt, a = c.mt, c.a
    start = max(mt.s.start, a - 40)
    if mt.text.find(", wh", start, a) < 0:  # a quick test on every candidate first
        return None
    if _RELATIVE_PERFECT.search(mt.text, start, a) is None:
        return None
    close = mt.text.find(",", c.b, mt.s.end)
    end = mt.s.end if close < 0 else close
    dated = any(t.role == "act" for t in starting_in(mt.coding.timexes, c.b, end))
    return None if dated else "background"


# Prepositions after which a verb form is a noun ("a push for new sanctions on North Korea",
# "talks on trade"): never "to", which opens an infinitive.
_NOUN_PREPOSITIONS = frozenset((
    "for", "of", "against", "over", "about", "with", "without", "from", "into", "under",
    "amid", "despite", "toward", "towards",
    # a verb form right after a preposition of time is a noun too (hours after visits to
    # South Korea and Japan, during talks with): the conjunction takes a clause with a subject
    "after", "during", "before", "following",
    # a means (by phone, by decree) is a noun: a verb after "by" is its -ing form (by calling)
    "by",
))  # fmt: skip


def after_preposition(text: str, a: int, weak: frozenset[str] | tuple[str, ...]) -> bool:
    """Is the verb form at ``a`` (not an -ing form: "after meeting Xi" is an act) right after
    a preposition, perhaps with modifiers between (for new sanctions)? Then it is a noun.

    >>> after_preposition("a push for new sanctions on", 15, ("new",))
    True
    >>> after_preposition("said it would sanction them", 14, ())
    False
    """
    if text[a - 1 : a] != " ":
        return False
    end = text.find(" ", a, a + 24)
    if text.endswith("ing", a, end if end > 0 else a + 24):
        return False
    right = a - 1  # the words before, read right to left without splitting a window
    for _ in range(3):
        left = text.rfind(" ", max(a - 40, 0), right)
        w = text[left + 1 : right]
        if w in _NOUN_PREPOSITIONS:
            return True
        if left < 0 or w not in weak:
            return False
        right = left
    return False


_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might|should)\s+have\s+(?:[\w\-]+\s+){0,2}$")


@gated((" have ",))
def counterfactual(c: Candidate) -> str | None:
    """ "A resolution that would have extended sanctions", "could have cost lives": an act in
    the conditional perfect never happened, and is neither the act nor a threat of it."""
    start = max(c.mt.s.start, c.a - 30)
    if c.mt.text.find(" have ", start, c.a) < 0:  # a quick test on every candidate first
        return None
    return "counterfactual" if _COUNTERFACTUAL.search(c.mt.text, start, c.a) else None


def coordinated_object(mt: Matcher, source: Mention) -> Mention | None:
    """ "China condemned the United States on Thursday … and said it would take resolute
    measures": a reaction without an object of its own, coordinated with a hostile act of the
    same subject earlier in the sentence, is aimed where that act was aimed (after praise or
    an appeal, "and opposed any attempt by outside forces" is aimed elsewhere)."""
    return last_aimed(mt.found, source, _HOSTILE)


def last_aimed(matches: list[Match], source: Mention,
               roots: frozenset[str] | None = None) -> Mention | None:  # fmt: skip
    """The target of the last of ``matches`` done by ``source``'s state to another (of a root
    in ``roots`` only, when given)."""
    for m in reversed(matches):
        if (m.source is not None and m.target is not None and m.source.country == source.country
                and m.target.country != source.country
                and (roots is None or m.code[:2] in roots)):  # fmt: skip
            return m.target
    return None


_HOSTILE = frozenset(("10", "11", "12", "13", "14", "16", "17"))


# An object that is a kind of states or leaders, not one of them ("warned other island
# leaders", "urged neighbouring countries", "told world leaders").
_KIND_OF_STATES = re.compile(
    r"\s*(?:all\s+|the\s+)?(?:other|fellow|neighbouring|neighboring|world|regional|western)\s+"
    r"(?:[a-z\-]+\s+)?(?:leaders|governments|countries|nations|states|delegations|diplomats|"
    r"powers|capitals)\b"
)  # (accused Western delegations of blackmail: no one state)


def kind_of_states(c: Candidate) -> str | None:
    """ "Panuelo warned other island leaders that the pact could drag them into a conflict
    between China and the West": an object that names a kind of states, not a state, leaves
    the act without a target, whatever state its content names."""
    mt = c.mt
    if c.slots.get("T") is not None and c.slots["T"].start < c.b + 4:
        return None  # the object is an actor (urged the other two states: a pair)
    if _KIND_OF_STATES.match(mt.text, c.b) is None:
        return None
    return "unnamed"


# A craft's route told with a participle ("a passenger jet flying from Athens to Vilnius").
_CRAFT = re.compile(
    r"\b(?:jet|jets|plane|planes|airliner|airliners|flight|flights|aircraft|ship|ships|vessel|"
    r"vessels|boat|boats|tanker|tankers|train|convoy|balloon)\s+$"
)


@for_rules(lambda rule: rule.code.startswith("04"))
def craft_route(c: Candidate) -> str | None:
    """ "Belarus forced a passenger jet flying from Athens to Vilnius to land": a participle
    right after a craft tells its route, not a visit of the sentence's subject."""
    if not c.code.startswith("04"):
        return None
    start = max(c.mt.s.start, c.a - 16)
    return "craft_route" if _CRAFT.search(c.mt.text, start, c.a) else None


_MEET = frozenset(("meet", "meets", "met", "meeting"))
# What is met that is no one (meet high standards of governance, met the conditions, meets
# its targets): a few determiners and adjectives, then a noun of a norm or an aim.
_MET_THING = re.compile(
    r"\s+(?:(?:the|its|their|all|these|those|our|high|higher|strict|international|basic|"
    r"minimum|new|key|certain|such)\s+){0,3}(?:standards?|requirements?|criteria|targets?|"
    r"conditions|demands|obligations|expectations|deadlines?|needs|goals|commitments|"
    r"benchmarks|thresholds?)\b"
)


@for_rules(lambda rule: rule.code.startswith("04"))
def met_standard(c: Candidate) -> str | None:
    """ "until the bank shows it will meet high standards of governance": "meet" whose object
    is a norm or an aim is no meeting with anyone."""
    text = c.mt.text  # (English is matched lower-cased: ``matcher.matched_text``)
    if text[c.a : c.b] not in _MEET:
        return None
    return "met_standard" if _MET_THING.match(text, c.b) else None


# A list the subject pair is part of, opened by a preposition or a verb of travel (will travel
# to Japan, South Korea and China to discuss; visited Laos and Vietnam): places, no subject.
_LIST_OPENER = re.compile(
    r"\b(?:to|in|into|from|for|with|at|of|between|visit|visits|visited|visiting|toured)\s+"
    r"(?:the\s+)?$"
)


@for_rules(lambda rule: rule.code.startswith("04"))
def destinations_pair(c: Candidate) -> str | None:
    """ "Rice will travel to Japan, South Korea and China next week to discuss the sanctions": a
    pair read as the subject of "discuss" (X and Y … discuss) that ends a list some preposition
    or verb governs is the places of another's journey, not two states meeting."""
    s, t = c.slots.get("S"), c.slots.get("T")
    if s is None or t is None or not s.end <= t.start <= c.a:
        return None
    text = c.mt.text
    if text[s.end : t.start].strip(" ,") not in ("and", "and the"):
        return None  # (most contacts: not a subject pair)
    first = min((m.start for m in coordinated(c.mt, s, t, (-1,))), default=s.start)
    first = min(first, s.start)
    return "destinations" if _LIST_OPENER.search(text, max(0, first - 12), first) else None


_ACCEPT = frozenset(("accept", "accepts", "accepted", "accepting"))
# The object of "accept" headed by an offer (accepted offers of help from Japan, accepted an
# offer of rescue teams, accepted Turkey's offer to mediate, accepted the Japanese offer,
# China's generous offer) or by credentials (accepted the credentials of Chile's envoy): a few
# determiners or a possessor, a modifier or two, then the noun.
_DETERMINER = r"(?:an|the|a|their|its|his|her|all|these|those|such|[a-z.\-]+(?:'s|’s))"
_ACCEPTED_OBJECT = re.compile(
    rf"\s+(?:{_DETERMINER}\s+){{0,2}}(?:[a-z\-]+\s+){{0,2}}(offers?|credentials)\b"
)
# The same object seen from the noun: "accept" and its determiners right before it.
_ACCEPTED_BEFORE = re.compile(
    rf"\baccept(?:s|ed|ing)?\s+(?:{_DETERMINER}\s+){{0,2}}(?:[a-z\-]+\s+){{0,2}}$"
)


@for_rules(lambda rule: rule.code.startswith("03"))
def accepted_offer(c: Candidate) -> str | None:
    """ "China said it had accepted offers of rescue teams from Japan and Russia": the act is
    the offerer's, told as sent or pledged where it is; taking an offer is no pledge of the
    taker's to the offerer (the gold's decision, eval/README.md's eighteenth batch). The
    object's head decides: "accepted the credentials of Chile's envoy" is a meeting
    (``en.040.credentials``), no agreement either (coder-en40)."""
    text = c.mt.text
    word = text[c.a : c.b]
    if word in _ACCEPT:
        head = _ACCEPTED_OBJECT.match(text, c.b)
        if head is None:
            return None
        return "accepted_credentials" if head[1] == "credentials" else "accepted_offer"
    if word in ("offer", "offers"):  # the noun itself read as the verb (offers … from Japan)
        return "accepted_offer" if _ACCEPTED_BEFORE.search(text, c.mt.s.start, c.a) else None
    return None


# A refusal whose infinitive is an apology (refused to apologise, declined to apologize for).
_TO_APOLOGISE = re.compile(r"\s+to\s+apologi[sz]e\b")


@for_rules(lambda rule: rule.code == "120")
def apology_refused(c: Candidate) -> str | None:
    """ "Serbia refused to apologise to Croatia", "Israel declined to apologise for the raid":
    an apology refused is no rejection, as "would not apologise" is none (negated_or_refused):
    no act of the other side's is turned down; its demand for one is its own act."""
    if c.rule.code != "120":
        return None
    return "apology_refused" if _TO_APOLOGISE.match(c.mt.text, c.b) else None


@for_rules(lambda rule: rule.id == "en.128.defy")
def defied_possessor(c: Candidate) -> str | None:
    """ "Iran defied Washington's warnings", "defied Tokyo's protests": a state that possesses
    the object defied is the warning's author, not the thing defied; its warning is a norm, no
    party, as "defying warnings from Beijing" is none (en.yaml's en.128.defy)."""
    t = c.slots.get("T")
    if t is None or c.rule.id != "en.128.defy":
        return None
    return "possessor_defied" if c.mt.text[t.end : t.end + 2] in ("'s", "’s") else None


# What an act named as a noun, its parties after it, is said to do (Talks between Russia and
# Belarus were cancelled, Joint patrols by Chinese and Russian bombers will begin): a word or
# three of the noun phrase may stand between its last party and the verb, no "and" or "but"
# (…ended and both will meet again: a clause of its own).
_NOUN_ACT_THEN = r"(?:\s+(?!and\b|but\b)[a-z\-]+){0,3}?\s+"
_CALLED_OFF = re.compile(
    _NOUN_ACT_THEN + r"(?:was|were|ha(?:ve|s|d)\s+been)\s+(?:cancell?ed|postponed|called\s+off|"
    r"put\s+off|scrapped|delayed)\b"
)
_TO_COME = re.compile(
    _NOUN_ACT_THEN + r"(?:will|would|(?:is|are)\s+(?:(?:due|expected|scheduled|set)\s+)?to)\b"
)


# The noun act is the object of a plan, an offer or a proposal (offered to host peace talks
# between, will arrange a meeting between, proposed talks between): up to five words (an
# article, adjectives, "a new round of", the noun) between the verb and the trigger.
# "To host" counts only after a verb of offering, agreeing or planning (or a modal): helped to
# broker, managed to host, continued to host talks between… tell talks held (review-en40).
_PLANNED_BEFORE = re.compile(
    r"\b(?:(?:(?:(?:offer|agree|hope|want|intend|aim|seek|vow|pledge|promise|propose|expect|"
    r"prepare|invite)(?:s|d|ed|ing)?|plan(?:s|ned|ning)?|sought|ready|willing|keen|eager)\s+to|"
    r"will|would|shall)\s+"
    r"(?:host|hold|arrange|organi[sz]e|broker|convene|"
    r"facilitate|have)|propos(?:ed|es|e)|suggest(?:ed|s)?|call(?:ed|s)?\s+for|urg(?:ed|es|e)|"
    r"seeks?|sought|push(?:ed|es)?\s+for)\s+(?:[\w-]+\s+){0,5}$"
)


@for_rules(lambda rule: rule.code[:2] in ("04", "06"))
@gated(("will", "would", " to ", "cancel", "postpone", "called off", "put off", "scrapped",
        "delayed", "propos", "suggest", "call", "urg", "seek", "sought", "push"))  # fmt: skip
def noun_act_to_come(c: Candidate) -> str | None:
    """ "Joint exercises by Russia and Belarus were cancelled", "Talks between China and Japan
    will be held next month": a contact or a drill named as a noun before its parties is what
    the verb after them says of it; one called off is no event, one to come is the rule's
    intent (its ``future``), or none where the rule has no such code. So is one a verb before
    it plans, offers or proposes (offered to host talks between Israel and the Palestinians:
    the host's offer, no talks of the two)."""
    s, t = c.slots.get("S"), c.slots.get("T")
    if s is None or s.start < c.b or c.rule.code[:2] not in ("04", "06"):
        return None  # (the parties before the act: a verb's subject, the tense's to read)
    # (Talks between Russia and Belarus will…: the last of the parties joined after the noun)
    parties = [
        s,
        *coordinated(c.mt, s, t, (1,)),
        *([t, *coordinated(c.mt, t, s, (1,))] if t else []),
    ]
    end = max(m.end for m in parties)
    text = c.mt.text
    if _CALLED_OFF.match(text, end):
        return "called_off"
    planned = _PLANNED_BEFORE.search(text, max(c.mt.s.start, c.a - 60), c.a) is not None
    if not planned and not _TO_COME.match(text, end):
        return None
    if c.rule.future is None:
        return "to_come"
    c.code, c.rule_id = c.rule.future, c.rule.id + "+future"
    return None


# Helpers named by their head noun, their state after "from" (Rescue teams from Greece).
_HELPERS_FROM = re.compile(
    r"\b(?:rescuers|rescue\s+teams?|rescue\s+workers|relief\s+teams?|relief\s+workers|"
    r"medical\s+teams?|aid\s+workers)\s+from\s+(?:the\s+)?$"
)


@for_rules(lambda rule: rule.code.startswith("04"))
@gated(("from",))
def helpers_from(c: Candidate) -> str | None:
    """ "Rescue teams from Greece arrived in Izmir": the state after "from" is the helpers'
    origin, not a visitor; their arrival is aid (en.073.helpers_arrive), no visit."""
    s = c.slots.get("S")
    if s is None or not c.rule.code.startswith("04"):
        return None
    return "helpers" if _HELPERS_FROM.search(c.mt.text, max(0, s.start - 40), s.start) else None


# A drill named before the trigger with the strike it rehearses after it (in a drill simulating
# an attack on…, meant to show they could strike…).
_DRILL_OF = re.compile(
    r"\b(?:drill|drills|exercise|exercises)\s+(?:meant\s+to\s+show|simulating|to\s+simulate|"
    r"rehearsing)\b"
)


@for_rules(lambda rule: rule.code.startswith("19"))
def drill_of_strike(c: Candidate) -> str | None:
    """ "fired missiles into the sea in a drill simulating an attack on North Korea's test
    site": the attack a drill rehearses is not made (the drill is the show of force, 150)."""
    if not c.code.startswith("19"):
        return None
    # the drill before the trigger, or between it and the target the pattern reached (fired
    # missiles … in a drill simulating an attack on…)
    end = max(c.b, c.right)
    return "drill_of_strike" if _DRILL_OF.search(c.mt.text, c.mt.s.start, end) else None


# Talk no party is named as holding (talk of a diplomatic row, speculation about a rift,
# rumours of a split, media reports that…).
_LOOSE_TALK = re.compile(
    r"\s+(?:(?:all|the|any)\s+)?(?:talk|speculation|rumou?rs|media\s+reports|press\s+reports)\b"
)


@for_rules(lambda rule: rule.code.startswith("12"))
def rejected_talk(c: Candidate) -> str | None:
    """ "rejected talk of a diplomatic row": what is rejected is talk no party holds, so the
    rejection is aimed at no state (not at the story's)."""
    if not c.code.startswith("12"):
        return None
    return "rejected_talk" if _LOOSE_TALK.match(c.mt.text, c.b) else None


# What follows a body's bare "met" and names a partner after all (met with, met Xi, met the).
_MET_PARTNER = re.compile(r"\s+(?:with|again\s+with|[A-Z]|the\s+[A-Z])")


@for_rules(lambda rule: rule.code.startswith("04"))
def body_session(c: Candidate) -> str | None:
    """ "The U.N. Security Council met at Russia's request", "NATO's council will meet on
    Friday": an organisation that meets with no partner named holds its own session, which is
    no contact with the states the story names."""
    text = c.mt.text
    if c.rule.target != "story":
        return None
    end = c.b
    if text[c.a : c.b] in _HOLD:
        # "will hold an emergency meeting on Friday": the body's session told with its noun
        held = _HELD_MEETING.match(text, c.b)
        if held is None:
            return None
        end = held.end()
    elif text[c.a : c.b] not in _MEET:
        return None
    subject = c.slots.get("S")
    if subject is None or subject.kind != "org" or _MET_PARTNER.match(text, end):
        return None
    return "body_session"


_HOLD = frozenset(("hold", "holds", "held", "holding"))
# The session's noun after the verb of holding: an article and at most two words (an emergency
# meeting, a closed-door session), not talks or a summit, which have partners.
_HELD_MEETING = re.compile(r"\s+(?:an?|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:meeting|session)s?\b")


# The rest of a contact noun's phrase (between the two militaries, by its foreign minister to
# China), then a passive of putting off: "planned visits … had been put off".
_PUT_OFF = re.compile(
    r"[^,;.]{0,60}?\s(?:had|has|have)?\s*(?:been|was|were|is|are)\s+(?:put\s+off|postponed|"
    r"cancell?ed|called\s+off|scrapped|shelved|delayed|suspended)\b"
)


@for_rules(lambda rule: rule.code.startswith("04"))
def contact_put_off(c: Candidate) -> str | None:
    """ "China's defence ministry said planned visits between the two militaries had been put
    off": a contact named as the subject of a passive of putting off was not made."""
    if not c.mt.text.startswith(("visit", "talks", "meeting", "trip", "summit"), c.a):
        return None
    return "contact_put_off" if _PUT_OFF.match(c.mt.text, c.b) else None


# Verbs whose object is the subject of the infinitive after it: "prompting Tokyo to warn
# residents", "forcing Manila to recall its ship".
_CONTROL = re.compile(
    r"\b(?:prompting|prompted|forcing|forced|leading|led|causing|caused|compelling|compelled)"
    r"\s+((?:[\w.'’\-]+\s+){1,4})to\s+$"
)


@gated(("prompt", "forc", "lead", "led", "caus", "compel"))
def controlled_subject(c: Candidate) -> str | None:
    """ "…fired a missile over Japan, prompting Tokyo to warn residents": the act after "prompting
    X to" is X's, not the sentence subject's: X is its source when it names another party
    (prompted Japan to lodge a protest with Beijing), else it is no act between states."""
    mt = c.mt
    if not mt.text.endswith("to ", max(0, c.a - 3), c.a):  # a quick test on every candidate
        return None
    found = _CONTROL.search(mt.text, max(mt.s.start, c.a - 60), c.a)
    if found is None:
        return None
    lo, hi = found.span(1)
    doer = next((m for m in mt.mentions if lo <= m.start and m.end <= hi), None)
    other = c.slots.get("T")
    if doer is None or other is None or other.country == doer.country:
        return "controlled"  # X's own act, with no other party named in it
    c.slots["S"] = doer
    return None


def across_without(c: Candidate) -> str | None:
    """ "Zelenskiy left the White House without signing a minerals deal": a pattern that reaches
    its object across "without" has read the undone act's object as the verb's."""
    return "without" if c.mt.text.find(" without ", c.b, c.right) >= 0 else None


def passive_object(c: Candidate, doer: Mention) -> Mention | None:
    """A passive whose subject is no actor ("Sanctions were imposed on Russia by the EU", "The
    agreement was signed by China and Iran"): the other party is the actor the pattern found
    after the verb (on Russia), or, for a joint act, the one coordinated with the doer."""
    target = c.slots.get("T")
    if target is not None and target.start >= c.b and target is not doer:
        return target
    if c.code.startswith(JOINT):
        group = coordinated(c.mt, doer, None, (-1, 1))
        return next((m for m in group if m.country != doer.country and m.start > doer.start), None)
    return None


@for_rules(lambda rule: not rule.code.startswith(JOINT))
def list_not_aimed_at(c: Candidate) -> str | None:
    """ "Germany, France and Poland each expelled four Russian diplomats", "Saudi Arabia,
    Bahrain and Egypt severed ties with the Gulf state, accusing it of…": the members of a
    subject list act side by side, and an act that is not joint (a talk, a pact) is aimed past
    the list. A member read as the object (a pronoun or a description after the verb: a
    clause's object is not its own subject) is replaced by the actor outside the list named
    before it (Qatar was cut off when …); a member before the verb by the next actor after the
    verb in its clause outside the list, else, for a list of three or more, by the sentence's
    actor outside it, else by no one. Two listed states with no other actor after the verb keep
    their reading of each other (Armenia and Azerbaijan clashed)."""
    target = c.target
    if target is None or c.source is None or c.rule.code.startswith(JOINT):
        return None
    if not any(m.country == target.country and m.end <= c.a for m in c.mt.active):
        return None  # (a quick test first: no state of the target's is named before the verb)
    group = [m for m in coordinated(c.mt, c.source, None, (-1, 1)) if m.end <= c.a]
    members = {m.country for m in group}
    if len(group) < 2 or target.country not in members:
        return None
    outside = [m for m in c.mt.active if c.mt.s.start <= m.start < c.mt.s.end and m.country
               and m.country not in members]  # fmt: skip
    stop = _comma_or_semicolon(c.mt.text, c.b, c.mt.s.end)
    later = next((m for m in outside if c.b <= m.start < stop), None)
    earlier = [m for m in outside if m.end <= group[0].start]
    if target.start >= c.b and earlier:  # the object is there, read as a member: its antecedent
        c.target = earlier[-1]
        return None
    if later is None and len(members) < 3:
        return None
    c.target = later or next(iter(outside), None)
    return None if c.target is not None else "no_target"


# A place named by its state's adjective, then a participle that says whose forces are there
# (two Iraqi air bases housing U.S. troops, a Syrian airfield used by Russian forces).
_HOSTED = re.compile(
    r"\s+(?:[a-z\-]+\s+){0,2}(?:bases?|airbases?|airfields?|facilit(?:y|ies)|camps?|outposts?|"
    r"installations?)\s+(?:housing|hosting|used\s+by|that\s+hous(?:e|es|ed)|where)\s+(?:the\s+)?$"
)


@for_rules(lambda rule: rule.code[:2] in FORCE)
def hosted_forces(c: Candidate) -> str | None:
    """ "Iran fired missiles at two Iraqi air bases housing U.S. troops": force used on a base
    that houses another state's forces is used on those forces; the base's state is where it
    stands (a place, as the guidelines read places)."""
    target = c.target
    if target is None or c.rule.code[:2] not in FORCE:
        return None
    nxt = next((m for m in c.mt.active if m.start >= target.end), None)
    if nxt is None or not nxt.country or nxt.country == target.country:
        return None
    if c.source is not None and nxt.country == c.source.country:
        return None
    if _HOSTED.fullmatch(c.mt.text, target.end, nxt.start):
        c.target = nxt
    return None


_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)"
# A gapped clause: a subject and the number its verb's object would have (…, Canada four).
_GAPPED_BEFORE = re.compile(r"(?:,\s+|,?\s+and\s+)$")
_GAPPED_AFTER = re.compile(rf"\s+{_NUMBER}(?=\s*(?:,|;|\.|\band\b|$))")
_COUNTED_OBJECT = re.compile(rf"\b{_NUMBER}\s")


def gapped_subjects(c: Candidate) -> str | None:
    """ "Germany and France each expelled four Russian diplomats, Canada four, and Ukraine 13":
    a state followed only by a number, after the verb's counted object, is the subject of the
    same act with its verb left out (gapping), and no object of it."""
    mt, text = c.mt, c.mt.text
    if c.source is None or c.target is None or not _COUNTED_OBJECT.search(text, c.b, c.b + 40):
        return None
    if _gapped(text, c.b, c.target):
        return "gapped"  # a gapped subject read as the object: the object is not named here
    c.targets = [t for t in c.targets if t is None or not _gapped(text, c.b, t)]
    for m in mt.active:
        if m.start < c.b or not m.country or m.country in (c.source.country, c.target.country):
            continue
        if _gapped(text, c.b, m):
            c.sources = [*c.sources, m]
    return None


def _gapped(text: str, b: int, m: Mention) -> bool:
    """Is ``m``, after the verb ending at ``b``, a gapped subject (", Canada four")?"""
    return (
        m.start >= b
        and _GAPPED_BEFORE.search(text, max(b, m.start - 6), m.start) is not None
        and _GAPPED_AFTER.match(text, m.end) is not None
    )


# An object, its own time, then another object joined by "and" (met Kim on Sunday and Trump on
# Monday): the verb and its subject are left out of the second clause (gapping).
_DATED_AND = re.compile(
    r"\s+(?:late\s+|early\s+)?(?:on|in)\s+[A-Za-z]+\.?(?:\s+\d{1,2})?\s*,?\s+and\s+(?:the\s+)?"
)


def dated_objects(c: Candidate) -> str | None:
    """ "Lee met Kim on Sunday and Trump on Monday": the object after the first object's time
    and "and" is an object of the same verb, at its own time (``dated_object_start`` dates it)."""
    if len(c.targets) != 1 or c.targets[0] is None or c.source is None:
        return None
    nxt = dated_object(c.mt.text, c.mt.active, c.targets[0])
    if nxt is not None and nxt.country != c.source.country:
        c.targets = [c.targets[0], nxt]
    return None


def dated_object(text: str, mentions: list[Mention], first: Mention) -> Mention | None:
    """The actor gapped after ``first`` and its time (…Kim on Sunday and Trump…), if any."""
    gap = _DATED_AND.match(text, first.end)
    if gap is None:
        return None
    found = next((m for m in mentions if m.start == gap.end() and m.country), None)
    if found is not None and _FINITE_AFTER.match(text, found.end):
        return None  # …on Tuesday, and Spain said…: a clause of its own
    return found


# A finite verb right after an actor (perhaps after an adverb): the actor is a clause's subject.
_FINITE_AFTER = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|said|says|was|were|is|are|has|have|had|will|would|did|"
    r"does|can|could|may|might|took|made|sent|held|gave|began|told|met|left|won|struck)\b"
)


def new_clause_subjects(c: Candidate) -> str | None:
    """ "…halted arms sales to Myanmar, and Spain followed suit": an actor after a comma and
    "and" that a finite verb follows opens a clause of its own; it is that clause's subject,
    not another object of the verb before."""
    if len(c.targets) < 2:
        return None
    text = c.mt.text
    kept = [c.targets[0]] + [
        t for t in c.targets[1:]
        if t is None or "," not in text[max(c.b, t.start - 8) : t.start]
        or not _FINITE_AFTER.match(text, t.end)
    ]  # fmt: skip
    c.targets = kept
    return None


# A verb that takes an act as its object (praised the visit, condemned Israel's strikes).
_REACTION_BEFORE = re.compile(
    r"\b(?:praised|praises|welcomed|welcomes|hailed|hails|condemned|condemns|criticised|"
    r"criticized|criticises|criticizes|denounced|denounces|opposed|opposes|deplored|deplores|"
    r"protested|protests|protesting|over|against|about)\s+(?:the\s+)?$"
)


def object_of_reaction(c: Candidate) -> str | None:
    """ "The minister praised Pelosi's visit to Taiwan": an act named as a possessed noun that
    is the object of a reaction (or of "over", "against") is what the reaction is about; the
    reaction is the event, not the act it names."""
    source = c.source
    if source is None or not c.mt.text.startswith(("'s ", "’s "), source.end) or c.a < source.end:
        return None
    if _REACTION_BEFORE.search(c.mt.text, max(c.mt.s.start, source.start - 24), source.start):
        return "object_of_reaction"
    return None


def story_doers(c: Candidate) -> str | None:
    """ "Four states cut ties with Qatar. Qatar said the measures were unjustified": a reaction
    aimed back at the doer of an act told before (``story_target``), or at the author of a
    document told before (the statement: ``en_actors.documents``), is aimed at every doer of
    that act, the subjects coded with it at the same trigger, not at the first one alone."""
    if len(c.targets) != 1 or c.targets[0] is None or c.source is None:
        return None
    target, matches = c.targets[0], c.mt.coding.matches
    if "+story" in c.rule_id:
        act = agreement_reacted_to(c, target) or next(
            (m for m in reversed(matches) if m.source is target), None
        )
    elif is_document(c.mt.text, target):
        # (a document: its author's first act, in the sentence that first spoke of it)
        act = next((m for m in matches if m.sentence < c.mt.s.index and m.source is not None
                    and m.source.country == target.country), None)  # fmt: skip
    else:
        return None
    doers = with_joint_partner(co_doers(matches, act), act) if act is not None else []
    if len(doers) > 1:
        c.targets = [m for m in doers if m.country != c.source.country] or c.targets
    return None


def co_doers(matches: list[Match], act: Match) -> list[Mention]:
    """The sources of ``act`` and of the matches coded with it at its trigger, one per state,
    in story order: the doers of one act told with a coordinated subject."""
    seen: dict[str | None, Mention] = {}
    for m in matches:
        same = m.sentence == act.sentence and m.start == act.start and m.code == act.code
        if same and m.source is not None and m.source.country not in seen:
            seen[m.source.country] = m.source
    return list(seen.values())


# The rules of people seized or captured (sailors seized, soldiers captured).
_SEIZED_PEOPLE = ("en.173.seize_people", "en.173.capture_people")
# Doers that are no state (rebels, gunmen, pirates, protesters; the press, firms): what they
# seize is taken, not held in a state's custody.
_NOT_STATE_SECTORS = CIVIL_SECTORS | {"MED", "BUS"}


# The rules of a capture: land taken (192), people taken into custody by a state (173) or
# abducted by a doer that is no state (181).
_CAPTURES = ("en.192.occupy", "en.173.capture_people", "en.181.capture_people")


@for_rules(lambda rule: rule.id in _CAPTURES)
def captured_people(c: Candidate) -> str | None:
    """ "Russian forces captured two Ukrainian soldiers": what is captured is people (the
    object's mention ends in soldiers, troops…), taken into custody (``en.173.capture_people``,
    as en.173.seize_people codes seized sailors) or, by a doer that is no state (kidnappers,
    guerrillas), abducted (``en.181.capture_people``), not land occupied (``en.192.occupy``,
    which keeps a town or a territory). The state's doer is ``seized_by_state``'s test."""
    if c.rule.id not in _CAPTURES:
        return None
    target = c.slots.get("T")
    people = target is not None and _PEOPLE_HEAD.search(c.mt.text, target.start, target.end)
    if c.rule.id == "en.192.occupy":
        return "people captured" if people else None
    if not people:
        return "land captured"
    if c.rule.id == "en.181.capture_people" and _state_doer(c):
        return "captured by a state"
    return None


# The head of a mention that names people, not a place (Ukrainian soldiers, Indian troops).
_PEOPLE_HEAD = re.compile(
    r"\b(?:soldiers?|troops|servicemen|marines|sailors|seamen|pilots?|officers|commandos|"
    r"paratroopers|border guards|guards|police(?:men)?|fishermen|nationals|citizens)$",
    re.IGNORECASE,
)


@for_rules(lambda rule: rule.id in _SEIZED_PEOPLE)
def seized_by_state(c: Candidate) -> str | None:
    """ "Somali pirates seized 12 Indian sailors": a state's people seized by a doer that is no
    state is an abduction (en.181.abduct keeps it), not a detention; a state or its forces
    seizing them (Iranian forces seized 15 British sailors) holds them in custody (173)."""
    if c.rule.id not in _SEIZED_PEOPLE:
        return None
    return None if _state_doer(c) else "seized_by_no_state"


def _state_doer(c: Candidate) -> bool:
    """Is the doer a state or its forces, not rebels, gunmen, the press or a firm?"""
    source = c.source or c.slots.get("S")
    return not (source is None or source.country is None or source.code[3:6] in _NOT_STATE_SECTORS)
