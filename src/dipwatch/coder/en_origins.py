"""Places that say who an act is with. Where a journey comes from is not where it goes: "Xi
arrived from Brunei" is a visit to the story's host, not to Brunei; nor is what it is for:
"arrived on Saturday for a summit of the Shanghai Cooperation Organisation" is a visit to the
dateline's host, not to the forum; and an agreement signed "in Kinshasa" with no partner named
is signed with the state whose capital that is. A person told in a state on a day ("Wang was
in Kiribati on Friday") visited it, where the place ends its noun phrase ("in Philippine
waters" is no presence in the Philippines).

Where a journey comes from: The visit rule reads "{S} arrive~" with any actor after it as
the target; an actor that "from" opens is the journey's origin, and an arrival with only its
origin named has no destination in the sentence (the dateline's or story's host is told
elsewhere, as one contact).

Where a journey goes on (``travel_within_host``, read on a story's events): a city of the state
a visitor has already arrived in is no new destination ("travels to Guangzhou on Wednesday")."""

from __future__ import annotations

import re
from datetime import date

from dipwatch.coder.checks import Candidate, for_codes, for_rules
from dipwatch.coder.en_actors import dateline_country
from dipwatch.models import Event

# Between the verb of arriving and the actor: "from", perhaps after a particle (flew in from)
# or the arrival's time (arrived on Thursday evening from Astana; coder-en48).
_FROM = re.compile(
    r"(?:\s+(?:(?:late|early)\s+)?on\s+\w+(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:yesterday|today|tonight|earlier|overnight))?"
    r"\s+(?:(?:in|back|home|here|there|later)\s+)?from\s+(?:the\s+)?"
)


@for_rules(lambda rule: rule.code[:2] == "04")
def origin_not_visited(c: Candidate) -> str | None:
    """Arrived from Brunei: the place after "from" right behind the trigger is no target.

    (The trigger is the verb of arriving; "visited Hanoi after flying in from Laos" keeps Hanoi.)
    """
    target = c.target
    if target is None or target.start < c.b or not c.code.startswith("04"):
        return None
    return "origin" if _FROM.fullmatch(c.mt.text, c.b, target.start) else None


# What a journey is for, right before the actor: "for a summit of", "for the annual meeting of"
# (a gathering of a body or forum, not a partner: "for talks with Putin" keeps Putin).
_FOR_GATHERING = re.compile(
    r"\s+for\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:summit|conference|forum|meeting|"
    r"gathering|session|assembly)\s+of\s+(?:the\s+)?$"
)


@for_rules(lambda rule: rule.code[:3] == "042")
def purpose_not_visited(c: Candidate) -> str | None:
    """Arrived on Saturday for a summit of the SCO: the body whose gathering the journey is
    for is no destination; with none named, the dateline's place is (``dateline_place``). With
    no dateline of another state (BRUSSELS: arrived for a meeting of EU leaders) the body is
    the one place the story gives, and stays; so does a UN organ, which no state hosts (summits
    of the SCO, ASEAN, NATO move from host to host; the General Assembly does not)."""
    target = c.target
    if target is None or target.start < c.b or not c.code.startswith("042"):
        return None
    if target.start - c.b > 80 or c.mt.text.find(" for ", c.b, target.start) < 0:
        return None  # (a quick test: most visits name no purpose before their place)
    if _FOR_GATHERING.search(c.mt.text, c.b, target.start):
        host = dateline_country(c.mt.coding)
        if host is None or c.source is None or host == c.source.country:
            return None
        if target.code.startswith("UNO"):
            return None  # a UN organ meets at its own seat (NEW YORK: the Security Council)
        c.drop_target()
    return None


# "in", then the place, right after the trigger's object (signed an agreement in Kinshasa).
_IN_PLACE = re.compile(r"\s+in\s+$")
# What ends the trigger's clause before a place could be its.
_CLAUSE_END = re.compile(r"[,;:.]|\b(?:and|but|while|after|before|when|which|who)\b")


@for_codes("057")
def signed_in_place(c: Candidate) -> str | None:
    """Signed an agreement in Kinshasa on Wednesday: an agreement with no partner named, signed
    in another state's capital (or the state), is signed with that state, as a visit with no
    place named is to the dateline's (``dateline_place``)."""
    if c.target is not None or not c.code.startswith("057") or c.source is None:
        return None
    mt = c.mt
    end = _CLAUSE_END.search(mt.text, c.b, mt.s.end)
    hi = end.start() if end is not None else mt.s.end
    for m in mt.mentions:  # (a capital named as a place is inert: no actor of its own)
        if c.b <= m.start < hi and _IN_PLACE.search(mt.text, max(c.b, m.start - 6), m.start):
            if m.kind in ("capital", "name") and m.country and m.country != c.source.country:
                c.target = m
            return None
    return None


# What may follow the place of a presence: the clause's end or its time, purpose or company,
# not a noun that the place's adjective modifies (in Philippine waters, in Chinese custody).
_PLACE_ENDS = re.compile(
    r"(?:[,.;:]|\s+(?:on|last|earlier|this|that|for|at|with|when|as|during|until|since|and|"
    r"to|late|early|yesterday|today)\b|\s*$)"
)


@for_rules(lambda rule: rule.id == "en.042.present_in")
def present_person(c: Candidate) -> str | None:
    """Wang was in Kiribati on Friday: a person's presence in a place is a visit; a state's
    (China was in talks…) or one in a place's waters or custody is none, and a place joined
    before the person (…visit to Apia, and Wang was in Kiribati) is not there with him. (Run
    after the sources are coordinated.)"""
    if c.rule.id != "en.042.present_in":  # (the step tests its own rule: see ``for_rules``)
        return None
    subject, place = c.slots.get("S"), c.slots.get("T")
    if subject is None or subject.kind not in _PERSONS or place is None:
        return "no_person"
    if c.mt.text.startswith("in", place.start - 3) and not _PLACE_ENDS.match(c.mt.text, place.end):
        return "modifier"
    c.sources = [s for s in c.sources if s.kind in _PERSONS]
    return None


_PERSONS = ("person", "role")


#: Days a visitor stays in the state arrived in, for a journey planned inside it to be part of
#: that visit (a state visit and its provinces take a week at most).
_STAY_DAYS = 7


def _pair(e: Event, reverse: bool = False) -> tuple[str, str]:
    """The country parts of an event's actors, the visitor first."""
    pair = ((e.source_actor or "")[:3], (e.target_actor or "")[:3])
    return (pair[1], pair[0]) if reverse else pair


# The word before a verb "visit" (is to visit, will visit, due to visit): else "visit" is the
# noun of a visit of its own (an official visit to Hanoi).
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|shall|also|then|and)\s+$")
# A light verb and the noun of a visit of its own (pay an official visit, make a state visit).
_LIGHT_VISIT = re.compile(
    r"(?:pay|pays|paid|paying|make|makes|made|making)\s+(?:an?|his|her|their)\s+"
    r"(?:[\w\-]+\s+){0,2}visit\b"
)


def _visit_noun(e: Event) -> bool:
    """Is the visit told by its noun (an official visit to…, pay a state visit), not the verb?"""
    span = (e.extra or {}).get("sentence_span")
    if not span:
        return False
    text, at = e.text or "", e.span_start - span[0]
    if _LIGHT_VISIT.match(text, at):
        return True
    return text.startswith("visit", at) and _VERB_BEFORE.search(text[:at]) is None


def travel_within_host(events: list[Event], chinese: set[int]) -> list[Event]:
    """Where a visit goes on: "Trudeau, who arrived in Beijing on Sunday, … travels to
    Guangzhou on Wednesday", "is to visit Luoyang and Shanghai later in the week": a journey a
    visitor plans inside the state he has arrived in (his arrival, 042, or his reception, 043,
    coded in the story on an earlier day, up to a week before) is that visit going on, no
    intent to visit (036) of its own; the visit rule reads the city as its state. A journey on
    to another state ("flies on to Venezuela") names another target, and a visit of its own
    named by the noun ("is due to stay on for an official visit to Hanoi" after a summit there,
    "to pay an official visit") is another visit: both stay. English sentences only."""
    stays: dict[tuple[str, str], list[date]] = {}
    for e in events:
        if e.sentence not in chinese and e.code in ("042", "043"):
            stays.setdefault(_pair(e, reverse=e.code == "043"), []).append(e.date)

    def goes_on(e: Event) -> bool:
        if e.sentence in chinese or e.code != "036":
            return False
        if not (e.pattern or "").startswith("en.042.") or not (e.pattern or "").endswith("+future"):
            return False
        if _visit_noun(e):
            return False
        return any(0 < (e.date - d).days <= _STAY_DAYS for d in stays.get(_pair(e), ()))

    return [e for e in events if not goes_on(e)]
