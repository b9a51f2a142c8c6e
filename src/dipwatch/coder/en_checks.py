"""The checks an English candidate passes, in order (``EN``), and the English-only ones.

English marks roles by word order and voice: a participle after a determiner is no act (the
besieged town), a verb after one is a noun (her visit), a passive's doer follows ``by``, an
actor that ends the clause before the verb is an object (sanctioned Russia and expelled…),
acts inside one state are coded (EGYCOP → EGYOPP), "will" may follow the trigger's start and
"unless" the act, and a verb's agreement to an act is that act (agreed to cut off banks).

>>> [step.__name__ for step in EN.steps][:2]
['call_with_particle', 'courtesy_call']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import combinations

from dipwatch.coder.checks import (
    JOINT,
    PROMISED_ON,
    Candidate,
    Checks,
    after_but,
    coordinate_sources,
    coordinate_targets,
    find_source,
    find_target,
    for_codes,
    for_rules,
    future_or_threat,
    gated,
    not_embedded,
    not_excluded,
    not_negated,
    other_than_self,
    pair_up,
    read_from_source,
    target_found,
    target_not_passive,
)
from dipwatch.coder.doc import Match, Mention, starting_in
from dipwatch.coder.en_act_noun_object import act_noun_object
from dipwatch.coder.en_actors import dateline_country
from dipwatch.coder.en_asides import own_acts, past_aside
from dipwatch.coder.en_aspect import measures_taken
from dipwatch.coder.en_background import pluperfect_aside
from dipwatch.coder.en_circumstance import circumstance_object, requester_object
from dipwatch.coder.en_clauses import (
    consequence,
    document_content,
    evaluated_event,
    habit_in_present,
    habitual,
    naming,
    object_before_saying,
    opposed_target,
    others_finding,
    pair_pieces,
    patient_object,
    possessive_subject,
    prepositional_subject,
    quoted_subject,
    reported_subject,
    rival_possessor,
    role_words,
    self_included,
    since_clause,
    unnamed_object,
    vague_after,
)
from dipwatch.coder.en_complements import (
    abstract_damage,
    closed_no_mission,
    force_of_nature,
    in_charge,
    kind_of_support,
    troops_not_visitors,
)
from dipwatch.coder.en_conditional import menace_once
from dipwatch.coder.en_contact import contact_clause_subject
from dipwatch.coder.en_coordination import (
    joined_with_auxiliary,
    joint_document_of_two,
    urged_infinitive,
)
from dipwatch.coder.en_counted import counted_states
from dipwatch.coder.en_courtesy import courtesy_call
from dipwatch.coder.en_dates import TIMED_JOURNEY, dateline
from dipwatch.coder.en_gapped_objects import gapped_objects
from dipwatch.coder.en_groups import in_region, others_listed
from dipwatch.coder.en_guests import welcomed_guest
from dipwatch.coder.en_joint_acts import object_noun
from dipwatch.coder.en_judgements import (
    judged_in_time_phrase,
    judged_not_called,
    predicate_negated,
)
from dipwatch.coder.en_modal_demands import own_state_bound
from dipwatch.coder.en_names import modal_may
from dipwatch.coder.en_no_comment import no_comment
from dipwatch.coder.en_origin_lists import origin_list
from dipwatch.coder.en_origins import (
    origin_not_visited,
    present_person,
    purpose_not_visited,
    signed_in_place,
)
from dipwatch.coder.en_pair_contacts import pair_talked, pair_together
from dipwatch.coder.en_participles import adjunct_object
from dipwatch.coder.en_practices import (
    helping_measures,
    judged_practice,
    response_to_any,
    warned_against_practice,
)
from dipwatch.coder.en_premodified import apposed_noun, depicted_act, state_noun
from dipwatch.coder.en_prep_object import later_preposition_object
from dipwatch.coder.en_private_nationals import persons_of, private_nationals, private_pair
from dipwatch.coder.en_questions import yes_no_question
from dipwatch.coder.en_readiness import ready_subject
from dipwatch.coder.en_reciprocal import exchange_partner, reciprocal_purpose
from dipwatch.coder.en_reported import (
    cause_ascribed,
    claimed_of_another,
    harm_told_by_victim,
    suffered_as_told,
    suffered_denied,
)
from dipwatch.coder.en_shared_partner import joined_predicate_object, shared_partner
from dipwatch.coder.en_stances import stance_over_period
from dipwatch.coder.en_state_protest import state_protest
from dipwatch.coder.en_structure import (
    _NOT_STATE_SECTORS,
    accepted_offer,
    across_without,
    after_preposition,
    apology_refused,
    body_session,
    call_with_particle,
    captured_people,
    contact_put_off,
    controlled_subject,
    coordinated_object,
    counterfactual,
    craft_route,
    dated_object,
    dated_objects,
    defied_possessor,
    destinations_pair,
    drill_of_strike,
    envoys_not_troops,
    event_noun_doer,
    gapped_subjects,
    helpers_from,
    hosted_forces,
    in_story_order,
    kind_of_states,
    last_aimed,
    list_not_aimed_at,
    means_gerund,
    met_standard,
    new_clause_subjects,
    noun_act_to_come,
    object_of_reaction,
    passive_object,
    perfect_in_relative,
    rejected_talk,
    seized_by_state,
    story_doers,
    time_particle,
)
from dipwatch.coder.en_support import ally_target, response_to_last_act, sale_recipient
from dipwatch.coder.en_that_clauses import own_that_clause
from dipwatch.coder.en_unnamed import REACTIONS, reacts, unnamed_doers
from dipwatch.coder.en_verb_objects import announced_plan, signed_directive
from dipwatch.coder.en_wishes import wished_for_others
from dipwatch.coder.en_withheld import withheld_judgement
from dipwatch.coder.en_words import opening_letters
from dipwatch.coder.english import (
    after_determiner,
    agent,
    agreed_to,
    country_of,
    ends_clause,
    group_pairs,
    is_domestic,
    is_modifier,
    is_passive,
    one_act_per_trigger,
)
from dipwatch.coder.matcher import Matcher
from dipwatch.coder.memo import per_table
from dipwatch.coder.rules import Pattern, Rule, RuleSet, threat_of
from dipwatch.coder.selection import best, subsumed, unembed
from dipwatch.coder.slots import content_between, coordinated
from dipwatch.coder.summits import HOME, state_of, with_china
from dipwatch.reference.people import lookup_organisation


def _modifier(mt: Matcher, a: int, b: int) -> str | None:
    """The besieged town, a meeting; a diplomat accused of: no act of theirs. A gerund after a
    preposition is a noun (after fighting) unless it takes an actor as its object (after
    meeting Chinese President Xi Jinping)."""
    text, lex = mt.text, mt.rules.lexicon
    if text.startswith(lex["not_verbs"], a) or (
        text.startswith(lex["reduced_passive"], a)
        and not _OBJECT_RELATIVE.search(text, max(mt.s.start, a - 40), a)
        and not _said_suspected(text, mt.s.start, a)
    ):  # accused of…; close to the border (an adjective, not "close"); but "which it accused
        return "modifier"  # of": a relative clause's own subject makes the verb active
    if not text.endswith(_NOUN_OBJECT, a, b):  # (shelling of: the noun the pattern means)
        if (is_modifier(text, a, b, lex) and not _gerund_with_object(mt, a, b)
                and not means_gerund(mt, a, b)):  # fmt: skip
            return "modifier"
        if _named_event(mt.coding.norm, mt.s.start, a, b):
            return "modifier"  # the Lockerbie bombing: a noun, named after its place
    if _reduced_relative(mt, a, b):
        return "reduced_relative"  # hand over the 18 suspects detained in the kingdom
    if text[a:b].endswith("ing") and _GERUND_SUBJECT.search(text, max(mt.s.start, a - 24), a):
        return "gerund_subject"  # said blaming others would not help: a noun, no act
    if time_particle(mt, a, b):
        return "time_particle"  # agreed on Thursday to…: the bare verb's trigger is the act
    words = text[max(mt.s.start, a - 24) : a].split()[-2:]
    if not per_table(lex, "pretended", lambda: frozenset(lex["pretended"])).isdisjoint(words):
        return "pretended"  # drills simulating attacks on the island: no attack
    lo = max(mt.s.start, a - 32)
    hit = mt.last_of(lex["undone"], lo, a)
    if hit >= 0 and not any(ch in text[hit:a] for ch in ",;:"):
        return "undone"  # called off a meeting between…: no meeting
    return None


# a preposition (or a verb's particle), a determiner or a number and a plural noun right
# before a participle: "hand over the 18 suspects detained in", "aid to the two towns hit by":
# the participle describes the noun (a relative clause without "who were"); not after "of",
# which a subject may hold (commanders of the two sides held a meeting)
_PLURAL_OBJECT = re.compile(
    r"\b(?:over|to|for|with|against|about)\s+(?:the|these|those|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+)\s+(?:[\w\-]+\s+){0,2}[a-z]+s\s+$"
)


def _reduced_relative(mt: Matcher, a: int, b: int) -> bool:
    """Does the participle at ``a`` describe a plural noun that is a preposition's object, or
    is it a participle no past tense shares right after a plural noun?"""
    if not mt.text.endswith("s ", mt.s.start, a):
        return False  # (a plural noun right before: a quick test first)
    word = mt.text[a:b].split(" ", 1)[0]
    lex = mt.rules.lexicon
    if word in per_table(lex, "bare_participles", lambda: _bare_participles(lex)):
        # restore relations broken off more than 50 years ago: "broken" is never a finite
        # verb, and with no auxiliary before it (the noun is right there) it describes the noun
        before = _WORD_BEFORE.search(mt.text, max(mt.s.start, a - 24), a)
        return before is not None and before.group(1).lower() not in _NOT_PLURAL_NOUNS
    if not (word.endswith("ed") or word in lex["participles"]):
        return False
    return _PLURAL_OBJECT.search(mt.text, max(mt.s.start, a - 60), a) is not None


def _bare_participles(lex: dict) -> frozenset[str]:
    """Participles that are no verb's past tense (broken, frozen, taken, withdrawn): the
    second of a verb's irregular forms where its past differs (break: broke, broken)."""
    return frozenset(
        forms[1]
        for forms in lex["verb_forms"].values()
        if len(forms) > 1 and not forms[1].endswith("ing") and forms[1] != forms[0]
    )


# the word right before a participle, and words ending in "s" that are no plural noun
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
_NOT_PLURAL_NOUNS = frozenset(("has", "was", "is", "its", "his", "this", "thus", "us", "as",
                               "does", "always", "perhaps", "whereas", "unless", "across",
                               "towards", "besides", "yes", "sometimes", "afterwards"))  # fmt: skip


# which it accused of, whom India blamed for: a relative pronoun, then the clause's subject
_OBJECT_RELATIVE = re.compile(r"\b(?:which|whom)\s+(?:[\w.'’\-]+\s+){1,4}$")
# A verb of saying earlier in the sentence, before no sentence break.
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|stated)\b[^.;]*$")


def _said_suspected(text: str, lo: int, a: int) -> bool:
    """Police said they were hunting four men suspected of the killing: people "suspected of" a
    crime in what a speaker says are suspected by the speaker, whose suspicion the reported
    accusation rule (en.112.said) reads, with or without "were" before the participle."""
    return text.startswith("suspected of", a) and _SAID_BEFORE.search(text, lo, a) is not None


# "said" right before a gerund: the gerund opens the reported clause as its subject
_GERUND_SUBJECT = re.compile(r"\b(?:said|says)(?:\s+on\s+\w+)?\s+$")

_NAMED_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[A-Z][\w'’\-]*\s+){1,3}$"
)


def _named_event(text: str, lo: int, a: int, b: int) -> bool:
    """The Lockerbie bombing, the Sharpeville shooting: a gerund after a name that follows a
    determiner is an event's name, no act told here."""
    return text[a:b].split(" ", 1)[0].endswith("ing") and (
        _NAMED_BEFORE.search(text, max(lo, a - 48), a) is not None
    )


# A trigger written with the preposition of its object (shelling of, bombing of) is the noun
# the pattern means: the determiner before it does not make it a modifier.
_NOUN_OBJECT = (" of", " on", " against", " into")


def _gerund_with_object(mt: Matcher, a: int, b: int) -> bool:
    """after meeting Xi: an act, told in a gerund after a preposition of time."""
    if not mt.text[a:b].split(" ", 1)[0].endswith("ing"):
        return False
    if not mt.text[max(mt.s.start, a - 8) : a].rstrip().endswith(_TIME_PREPOSITIONS):
        return False
    nxt = next((m for m in mt.mentions if m.start >= b), None)
    return nxt is not None and mt.text[b : nxt.start].strip() in ("", "the", "a", "an")


# A verb's past right before the trigger (lifted, imposed), a word in -ed and a space.
_PAST_BEFORE = re.compile(r"\b[a-z]{2,}ed\s$")


def verb_as_noun(mt: Matcher, rule: Rule, pattern: Pattern, a: int, b: int) -> str | None:
    """Her visit to Taiwan, their first confirmed call, defence support: a verb form after a
    determiner (perhaps with words that modify nouns between) or after a word that only ever
    modifies a noun is a noun, and a pattern that triggers on the verb does not fire."""
    verbs = pattern.elements[pattern.anchor].verbs
    if not verbs or mt.text[a:b] not in verbs:
        return None
    if mt.text.startswith("visiting ", a) and _modifies_a_person(mt, b + 1):
        return "noun"  # visiting Chinese President Xi looked on: an adjective, no visit told
    if mt.text.endswith("s", a, b) and _PAST_BEFORE.search(mt.text, max(mt.s.start, a - 20), a):
        return "noun"  # lifted sanctions on: a past verb's object, no verb in -s (coder-en51)
    key = ("noun", a)
    noun = mt.cache.get(key)
    if noun is None:
        lex = mt.rules.lexicon
        weak, strong = _modifier_sets(lex)
        noun = mt.cache[key] = after_determiner(
            mt.text, a, weak, strong, role_words(lex)
        ) or after_preposition(mt.text, a, weak)
    return "noun" if noun else None


def _modifier_sets(lex: dict) -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's ``weak_modifiers`` and ``noun_modifiers`` as sets, kept per lexicon: the
    two tests ask only whether a word is one of them, and each word before a verb form was
    compared with the fifty of a tuple."""
    return per_table(lex, "modifier_sets", lambda: (
        frozenset(lex["weak_modifiers"]), frozenset(lex["noun_modifiers"])))  # fmt: skip


def _modifies_a_person(mt: Matcher, at: int) -> bool:
    """Does a person or an office (Chinese President Xi Jinping) begin right at ``at``, so that
    the participle before it is its adjective (the visiting president), not a verb?"""
    return any(m.start == at and _person_or_office(m) for m in mt.active)


def _person_or_office(m: Mention) -> bool:
    """A person, a title or an office (a code longer than a state's: CHNGOV)."""
    return m.kind in ("person", "role") or len(m.code) > 3


# A passive verb and its "by" between a trigger and its object: "to release the water was
# criticised by China": the actor after "by" is the other verb's doer, not the object.
_OTHER_PASSIVE = re.compile(
    r"\s(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)"
    r"\s+(?:[^,;]*?\s)?by\s+(?:the\s+)?$"
)


@gated(("by",))
def target_of_other_passive(c: Candidate) -> str | None:
    """The decision by Japan to release the water was criticised by China: an infinitive's
    object found after another verb's passive and its "by" is that verb's doer (coder-en51)."""
    target = c.target
    if target is None or target.start <= c.b or not c.mt.text.endswith(" to ", 0, c.a):
        return None  # (an infinitive in the subject's noun phrase only: a report's passive,
        # "said two of its soldiers had been killed by Indian fire", names the accused)
    if _OTHER_PASSIVE.search(c.mt.text, c.b, target.start) is None:
        return None
    return "other_passive"


@gated(("had",))
def auxiliary_had(c: Candidate) -> str | None:
    """ "Xi, who arrived from Astana, where he had met Putin on Tuesday, held talks with
    Rahmon": a trigger "had" (had … talks with) right before a participle is the perfect's
    auxiliary, no verb of its own; read as one it took the main clause's partner across the
    clause, on the relative clause's day (coder-en51)."""
    mt = c.mt
    if not mt.text.startswith("had ", c.a) or c.b != c.a + 3:
        return None
    after = mt.text[c.b + 1 : c.b + 30].split(" ", 1)[0]
    irregular = mt.rules.lexicon["verb_forms"].values()
    if any(after in forms[-1:] for forms in irregular):
        return "auxiliary"
    if after.endswith("ed") and not _TALKS_NEXT.match(mt.text, c.b + 1 + len(after)):
        return "auxiliary"  # (had detailed talks with: an adjective of the talks; review-en41)
    return None


# The noun of a meeting right after a word in -ed: that word is its adjective (had detailed
# talks, had extended consultations), not a participle of the perfect.
_TALKS_NEXT = re.compile(
    r"\s+(?:talks|consultations|discussions|meetings?|conversations?|negotiations|exchanges)\b"
)


@for_rules(lambda rule: rule.source != "place")
def passive_voice(c: Candidate) -> str | None:
    """Palestinians were arrested by Israeli soldiers: the subject suffered the act, the doer
    follows ``by``; a passive without one has no doer to code."""
    mt, lex = c.mt, c.lex
    if not is_passive(mt.text, c.a, c.b, mt.s.start, lex):
        return _reduced_passive(c)
    if mt.text[c.a : c.b].split(" ", 1)[0] in lex["adjectival"]:
        return None  # was concerned by, was disappointed that: a state of mind, no passive
    if c.rule.source == "place":
        return None  # were kidnapped in Yemen: a rule for doerless passives names the place
    # (the doer is the first actor after "by" however far on, but only among the sentence's
    # own actors: it is never read past the sentence's end)
    doer = agent(mt.text, c.b, mt.active, lex)
    sufferer = _aside_head(c, c.slots.get("S") or mt.actor_before(c.a))
    if doer is not None and sufferer is None:
        sufferer = passive_object(c, doer) or _passive_story_subject(c, doer)
    if (
        doer is not None
        and sufferer is None
        and (c.rule.target in _UNTARGETED or (c.rule.target == "story" and c.code[:2] == "19"))
    ):
        # the proposal was rejected by Syria: the doer's act on something that is no actor;
        # force on a thing (the missiles were intercepted by Israel) falls on the story's party
        c.slots = {"S": doer}
        return None
    if doer is None or sufferer is None:
        return "passive"
    owner = _act_phrase_owner(c, sufferer)
    if owner is False:
        return "passive_act_phrase"
    if doer.country is not None and doer.country == (owner or sufferer).country:
        return "passive_domestic"  # Biden … was criticised by Trump: no other state to take
    c.slots = {"S": doer, "T": owner or sufferer}
    return None


# A non-restrictive relative clause right after its head (the United States, which …,).
_ASIDE_AFTER_HEAD = re.compile(r"\s*,\s+(?:which|who|whose)\s")


def _aside_head(c: Candidate, sufferer: Mention | None) -> Mention | None:
    """The United States, which imposed sanctions on China on Monday, was criticised by
    Beijing: an actor inside a relative clause closed before the passive is not its subject;
    the clause's head is (coder-en55)."""
    mt = c.mt
    if sufferer is None or "," not in mt.text[sufferer.end : c.a]:
        return sufferer
    for head in reversed(mt.active):
        if head.end > sufferer.start or head.start < mt.s.start:
            continue
        aside = _ASIDE_AFTER_HEAD.match(mt.text, head.end)
        if aside is not None and aside.end() <= sufferer.start:
            closed = mt.text.find(",", aside.end(), c.a)
            return head if closed >= 0 and sufferer.end <= closed else sufferer
    return sufferer


def _act_phrase_owner(c: Candidate, sufferer: Mention) -> Mention | bool | None:
    """ "Thailand's deportation of 109 Uighurs to China was condemned by the U.S.": the subject
    is an act, the state inside its phrase is not what was condemned; its doer, the possessor,
    is (coder-en51), as coder-en48's ``_in_act_phrase`` reads the clause after ", which". None:
    no act phrase (the sufferer stands); False: a phrase whose doer is unnamed (its, their)."""
    mt = c.mt
    if mt.text[sufferer.end : c.a].strip() not in ("was", "were", "has been", "had been"):
        return None
    phrase = _ACT_PHRASE.search(mt.text, max(mt.s.start, sufferer.start - 120), sufferer.start)
    if phrase is None:
        return None
    owner = mt.actor_before(phrase.start() + len(phrase.group().split(" ", 1)[0]))
    # (the possessor's mention may open before the phrase: the Chinese ambassador's remarks)
    if owner is None or owner.end <= phrase.start() or owner.country == sufferer.country:
        return False
    return owner


# "by" right after a participle, a time adverbial between or not (added on Monday by).
_BY_AFTER = re.compile(r"(?:\s+(?:late\s+|early\s+)?on\s+\w+day)?,?\s+by\s")


def _reduced_passive(c: Candidate) -> str | None:
    """ "Nineteen firms were among 61 entities added by the EU to its list": a participle
    with no auxiliary that "by" and an actor follow is a passive all the same (a reduced
    relative: the entities that were added by the EU); the actor after "by" is the doer and
    the subject the one it was done to. Without an actor after "by" (raised tariffs by 10%,
    responded by expelling) it is read as active, as before."""
    mt = c.mt
    if _BY_AFTER.match(mt.text, c.b) is None:
        return None  # (no "by" after the trigger: most candidates, told by one match)
    first = mt.text[c.a : c.b].split(" ", 1)[0]
    if first in c.lex["adjectival"]:
        return None
    if not first.endswith(("ed", "en")) and first not in c.lex.get("participles", ()):
        return None
    if not _actor_head_before(c) and not _POSSESSED_THING.search(
        mt.text, max(mt.s.start, c.a - 40), c.a
    ):
        return None  # a map released by China: a thing, which no event codes, was released
    # (its tanker seized by Britain: a thing of the one "its" names, seized by the doer)
    doer = agent(mt.text, c.b, mt.active, c.lex)
    sufferer = c.slots.get("S") or mt.actor_before(c.a)
    if doer is None or sufferer is None or sufferer.country == doer.country:
        return None
    c.slots = {"S": doer, "T": sufferer}
    return None


# A thing its owner's pronoun names right before the participle (its tanker, their oil
# tanker): what is done to it is done to the owner, the subject "its" stands for.
_POSSESSED_THING = re.compile(r"\b(?:its|their)\s+(?:[\w\-]+\s+){1,2}$")


def _actor_head_before(c: Candidate) -> bool:
    """Is what the participle follows an actor: one named right before it, or a noun of the
    lexicon's roles and sectors (entities, diplomats, troops)?"""
    if any(c.a - 2 <= m.end <= c.a for m in c.mt.active):
        return True
    words = c.mt.text[max(c.mt.s.start, c.a - 24) : c.a].replace(",", " ").split()
    return bool(words) and words[-1] in role_words(c.lex)


_NOUN_SUBJECT = re.compile(
    r"^\s*(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+)?([a-z]+)"
    # an aside between the noun and its verb (The missile, fired on Feb. 12, was condemned)
    r"(?:,[^,;]{1,40},)?\s+"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$"
)


def _passive_story_subject(c: Candidate, doer: Mention) -> Mention | None:
    """ "The offensive was condemned by the Arab League": a passive whose subject is a story
    noun of a kind of act (the offensive, the strikes, the sanctions) is aimed at the doer of
    the story's last act of that kind, if one was told."""
    subject = _NOUN_SUBJECT.match(c.mt.text[c.mt.s.start : c.a])
    root = c.lex["story_nouns"].get(subject.group(1)) if subject is not None else None
    if not root or not any(m.code.startswith(root) for m in c.mt.coding.matches):
        # "The missile, fired on Feb. 12, was condemned by Japan": a noun of an act with no
        # target of its own (a launch, a test) is aimed at whoever did it, read from its verb
        return event_noun_doer(c.mt, doer, c.mt.s.start) if subject is not None else None
    return story_actor(c.mt, doer, subject.group(1))


# Target fallbacks that let an act stand without an actor as its object.
_UNTARGETED = ("after?", "none")


_TIME_PREPOSITIONS = ("after", "before", "while", "since", "upon", "when")
_RELATIVE = re.compile(r",\s+(?:which|who|that)\s+(?:\w+\s+){0,2}$")
_WHICH_SUBJECT = re.compile(r",\s+(?:which|whom)\s+(?:the\s+)?$")
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,]*,\s*$")


_AND_BEFORE = re.compile(r"\s+and\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$")
_JOINED_RELATIVE = re.compile(r",\s+(?:which|who)\s+[^,;()\"“”]*$")


def _joined_relative(text: str, lo: int, a: int) -> re.Match[str] | None:
    """ "Britain, which expelled 23 Russians on March 14 and blamed Moscow": a verb joined by
    "and" to the verb of a relative clause still open is in that clause too, and has its
    antecedent as subject (not the sentence's)."""
    joined = _AND_BEFORE.search(text, max(lo, a - 20), a)
    if joined is None:
        return None
    return _JOINED_RELATIVE.search(text, max(lo, a - 160), joined.start())


@gated((",",), ("which", "who", "that", "where"))
def relative_subject(c: Candidate) -> str | None:
    """A relative clause's verb has the noun before its pronoun as subject (the library,
    which hosted Tsai: no actor, no act); an actor inside a relative clause that closes before
    the verb is not its subject (Rubio, who visited Panama on Sunday, warned: Rubio)."""
    mt, subject = c.mt, c.slots.get("S")
    text, lo = mt.text, mt.s.start
    rel = _RELATIVE.search(text, lo, c.a) or _joined_relative(text, lo, c.a)
    if rel is not None and subject is not None and _WHICH_SUBJECT.search(text, lo, subject.start):
        return None  # the vessels, which it accused of…: the clause has its own subject
    if rel is not None:
        head = mt.actor_before(rel.start())
        if head is None or text[head.end : rel.start()].strip():
            if subject is not None and subject.start > c.b and _passive_by(c, subject):
                return None  # the agreement, which was signed by China and Iran: the doer
            return "relative"
        if _suffered_in_relative(c, head):
            if _in_act_phrase(text, lo, head, rel.start()):
                return "relative_act"  # its deportation of … to China, which was condemned
            return None  # Xi, who was received by Putin on Monday: the head suffered the act
        c.slots["S"] = head
        return None
    opened = _RELATIVE_OPEN.search(text, lo, c.a)
    if opened is not None and (subject is None or opened.start() < subject.start):
        head = mt.actor_before(_outer_relative(text, lo, opened.start()))
        if head is not None and not text[head.end : opened.start()].strip():
            c.slots["S"] = head
        elif (subject is None and not c.code.startswith(_VERBAL)
              and _head_is_a_thing(text, lo, opened.start())):  # fmt: skip
            return "relative"  # the resolution, which was drafted by the U.S., bans: no doer
    return None


def _passive_by(c: Candidate, doer: Mention) -> bool:
    """Is ``doer`` the actor after a passive trigger's "by" (was signed by China and Iran)?
    Then a relative clause's antecedent, a thing, is no actor the act needs (coder-en51)."""
    text = c.mt.text
    return is_passive(text, c.a, c.b, c.mt.s.start, c.lex) and text[c.b : doer.start].strip() in (
        "by", "by the")  # fmt: skip


def _in_act_phrase(text: str, lo: int, head: Mention, at: int) -> bool:
    """ "its deportation of 109 Uighurs to China, which was condemned by the U.S.": a clause
    after "which" hangs on the whole noun phrase before it; when that is an act (a deportation,
    a decision, a sale of arms to Taiwan), the state in its prepositional phrase is not what
    was condemned, and the act's doer is left unsaid here (coder-en48)."""
    if not text.startswith(", which", at):
        return False
    return _ACT_PHRASE.search(text, max(lo, head.start - 120), head.start) is not None


# A determined act noun, then its phrase, up to the preposition whose object the state is: "its
# deportation of 109 Uighur migrants to", "the sale of arms to", "Tokyo's decision on".
_ACT_PHRASE = re.compile(
    r"\b(?:its|their|his|her|the|a|an|this|that|[\w\-]+['’]s)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:\w+(?:tion|sion|ment)s?|move|decision|sale|sales|deal|ban|transfer|handover|return|"
    r"withdrawal|refusal|removal|approval|attack|strike|arrest|seizure|expulsion|support|"
    r"backing|visit|trip|aid|policy|policies|plan|remarks|comments)"
    r"(?:\s+of\s+[^,;]*?)?\s+(?:to|with|against|from|on|into|for|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _outer_relative(text: str, lo: int, at: int) -> int:
    """ "Xi, who arrived from Astana, where he had met Putin, held talks": a relative clause
    that closes right before the verb may be nested in another; the antecedent is the noun
    before the outermost one (Xi), not the place the inner one hangs on (coder-en48)."""
    while (outer := _RELATIVE_NESTING.search(text, lo, at)) is not None:
        at = outer.start()
    return at


# A relative clause still open (no comma since its pronoun) right before a nested one.
_RELATIVE_NESTING = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;]*$")


def _suffered_in_relative(c: Candidate, head: Mention) -> bool:
    """ "Cheng, who was summoned by Japan on Monday, said…": a passive relative clause makes its
    antecedent the one the act was done to, and ``passive_voice`` has already put it in the
    target and the doer after "by" in the subject; the antecedent is no doer to put back."""
    target, doer = c.slots.get("T"), c.slots.get("S")
    return (
        target is not None
        and doer is not None
        and target.start == head.start
        and doer.start > c.b
        and is_passive(c.mt.text, c.a, c.b, c.mt.s.start, c.lex)
    )


@for_rules(lambda rule: rule.id == "en.016.denied_that")
def denied_beyond_clause(c: Candidate) -> str | None:
    """ "India denied that Modi had made any such request, saying … with Pakistan": the state
    after the comma that closes the denied clause is what the denier went on to speak of, not
    the accuser; a state inside the clause or before the verb is (coder-en43)."""
    target = c.target
    if c.rule.id != "en.016.denied_that" or target is None or target.start < c.b:
        return None
    comma = c.mt.text.find(",", c.b, target.start)
    if comma >= 0:
        return "denied_beyond_clause"
    return None if _DENIED_HARM.search(c.mt.text, c.b, target.start) else "denied_partner"


# The denied clause's act against its victim (had violated South Korean airspace, had locked its
# radar on a Japanese destroyer, used force against Vietnam): the state after it is the one that
# accuses. A state the clause names otherwise (its subject: Chinese troops had crossed; a
# partner: talks with Russia, sold drones to Russia, met Taiwan's minister) accuses nobody
# (review-en40).
_DENIED_HARM = re.compile(
    r"\b(?:violat|enter|intru|ramm|attack(?:ed|ing|s)?\b|fir(?:ed|ing)\b|shot\b|shoot|lock|hack|spied\b|spy|"
    r"interfer|meddl|threat|harass|detain|seiz|kill|shell|bomb|struck\b|strik|target|sank\b|sunk\b|"
    r"sink|invad|provok|abduct|kidnap|insult|fl(?:ew|own)\s+over|against\b|aim(?:ed|ing)?\s+at\b)",
    re.IGNORECASE,
)


@for_rules(lambda rule: rule.id in _DENIALS)
def denial_negated(c: Candidate) -> str | None:
    """ "China did not deny that its ships had entered…", "has never denied that it buys oil":
    a denial negated before its verb is none; ``negation: false`` keeps the usual check off these
    rules, since the verb itself is a negative (review-en40)."""
    if c.rule.id not in _DENIALS:
        return None
    source = c.slots.get("S")
    lo = source.end if source is not None and source.end <= c.a else max(c.mt.s.start, c.a - 20)
    return "negated" if _DENIAL_NEGATION.search(c.mt.text, lo, c.a) else None


# The rules of a denial, and the negation of one right before its verb (did not deny, has never
# denied, hasn't denied).
_DENIALS = ("en.016.deny", "en.016.denied_that", "en.016.deny_accusations")
_DENIAL_NEGATION = re.compile(
    r"\b(?:(?:did|does|do|has|have|had)\s+not|(?:did|does|do|has|have|had)n['’]t|never)\s+"
    r"(?:(?:yet|once|publicly|explicitly|directly|formally|officially)\s+)?$",
    re.IGNORECASE,
)


# A name in apposition and what closes it, after what is left of the addressee's title:
# "[military] chief, Min Aung Hlaing, by phone" (read on the text's own case).
_APPOSED_NAME = re.compile(
    r"(?:\s+[a-z\-]+){0,3},\s+(?:[A-Z][\w'’\-]+\s+){0,3}[A-Z][\w'’\-]+,"
    r"\s+(?:by|over|on)\s+(?:the\s+)?\w*phone\b"
)


@for_rules(lambda rule: rule.id == "en.041.told_apposed_by_phone")
def apposed_before_phone(c: Candidate) -> str | None:
    """ "told Myanmar's military chief, Min Aung Hlaing, by phone": the gap of
    ``en.041.told_apposed_by_phone`` holds only the addressee's name between commas; anything
    else there (a time, a that-clause) is no phone call to the object (coder-en45)."""
    target = c.slots.get("T")
    if c.rule.id != "en.041.told_apposed_by_phone" or target is None:
        return None
    hit = _APPOSED_NAME.match(c.mt.coding.norm, target.end)
    return None if hit is not None and hit.end() <= c.right else "apposed_before_phone"


# Roots of what is said (a statement, which was issued by…, condemned: its issuer says it).
_VERBAL = ("01", "02", "03", "04", "05", "10", "11", "12", "13")


def _head_is_a_thing(text: str, lo: int, at: int) -> bool:
    """Does the sentence open with a noun phrase that is no actor (The resolution, which…)
    right before the relative clause at ``at``: a determiner and a few lower-case words?"""
    return _THING_HEAD.fullmatch(text, lo, at) is not None


_THING_HEAD = re.compile(r"\s*(?:the|this|that|its|their)\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+")


@gated(("and", "but"))
def subject_ends_clause(c: Candidate) -> str | None:
    """sanctioned Russia and expelled…, cut ties with Taiwan on Thursday and switched…, met
    Castillo on Tuesday and will visit…: the actor ends the clause (or the verb phrase) before;
    it is not the doer, the subject the phrases share is, found by the fallbacks after."""
    subject = c.slots.get("S")
    if subject is not None:
        gap = c.mt.text[subject.end : c.a]
        if ends_clause(gap) or joined_with_auxiliary(gap):
            c.drop("S")
    return None


def distinct_states(c: Candidate) -> str | None:
    """A target of the source's own state is another state: the one named beside it (a meeting
    between Wang Yi and his Japanese counterpart: Japan), else the next named; unless the act
    is inside one state (Egyptian police arrested opposition protesters)."""
    target, source = c.target, c.source
    if (target is not None and source is not None and target.country == source.country
            and target.start > c.a and not is_domestic(source, target)):  # fmt: skip
        partner = _partner(c.mt, target) or next(
            (m for m in c.mt.active if m.start >= target.end and m.country
             and m.country != source.country), None)  # fmt: skip
        if partner is not None and any(ch in c.mt.text[target.end : partner.start] for ch in ",;"):
            partner = None  # only in the target's own clause
        # warned that Washington would not accept… cheap Chinese exports: China; else none
        c.target = partner if partner is not None and partner.country != source.country else None
        if (c.target is None and c.rule.target == "after?" and _own_place(target)
                and not c.code.startswith("04")):  # fmt: skip
            return None  # rioted in Port-au-Prince, lifted martial law in Tibet: no object;
            # a visit or a meeting needs another party
        return None if c.target is not None else "self_directed"
    return other_than_self(c, allowed=is_domestic)


def _own_place(m: Mention) -> bool:
    """A state, its capital or one of its regions named as such (no office or sector)."""
    return len(m.code) == 3 and m.kind in ("name", "alias", "capital", "fixed")


@for_rules(lambda rule: rule.source == "place" and rule.code[:2] != "17")
def foreign_victims(c: Candidate) -> str | None:
    """Two Japanese tourists were kidnapped in Yemen: an act told without its doer but with its
    place (``source: place``) is the place's act on foreigners; on the place's own people (two
    Afghan soldiers were killed in Kandahar) its doer is unknown and nothing is coded, except an
    arrest, which only the place's authorities make."""
    source, target = c.source, c.target
    if c.rule.source != "place" or source is None or target is None or c.rule.code[:2] == "17":
        return None
    return "self_directed" if target.country == source.country else None


_PARTNER_GAP = re.compile(r"^,?\s+(?:and|or|with)\s+(?:his|her|its|their|the)?\s*$")


def _partner(mt: Matcher, m: Mention) -> Mention | None:
    """The actor joined to ``m`` by "and his…", "and the…" (his Japanese counterpart)."""
    nxt = next((x for x in mt.active if x.start >= m.end), None)
    if nxt is not None and _PARTNER_GAP.match(mt.text[m.end : nxt.start]):
        return nxt
    return None


def pair_subject(c: Candidate) -> str | None:
    """The two sides signed…: the earlier named of the pair does it to the other; the three
    leaders expressed concern about China: each of them."""
    pair = c.slots.get("S") if c.slots.get("S") is not None else c.source
    if pair is None or pair.kind != "pair":
        pair = c.slots.get("T")  # …, and the two countries agreed: the pair is in the T slot
        if pair is None or pair.kind != "pair" or "S" in c.slots:
            return None
    if not any(m is pair for m in c.mt.mentions):
        return None  # a pair already read (the step runs before and after the fallback)
    group = _story_group(c.mt, _group(c.mt, pair))
    subject = pair is c.slots.get("S") or pair is c.source
    if (len(group) > 2 and c.slots.get("T") is not None and c.slots["T"] not in group) or (
        subject and not c.rule.code.startswith(JOINT)
    ):  # the two leaders criticised the U.S.: an act of each, at whoever the clause names
        c.slots["S"] = c.source = group[0]
        c.joint = group
        return None
    first, second = group[0], group[1]
    if "S" in c.slots:
        c.slots["S"] = first
    c.source = first
    target = c.slots.get("T")
    if target is None or target.kind == "pair" or target.country == first.country:
        c.slots["T"] = second
    return None


def _group(mt: Matcher, part: Mention) -> list[Mention]:
    """Every piece of a pair or group mention (``en_actors``), in order."""
    return pair_pieces(mt.mentions, mt.mentions.index(part))


def _story_group(mt: Matcher, group: list[Mention]) -> list[Mention]:
    """The parties ``the two sides`` (the three leaders) stand for: two (three) states named
    before it in its own sentence, else those of the acts of the last sentence that coded
    any (their doers, when exactly as many did them), else the last states named (what
    ``en_actors`` guessed)."""
    size = len(group)
    before = [m for m in mt.active if mt.s.start <= m.start and m.end <= group[0].start
              and m.kind != "pair" and m.country]  # fmt: skip
    from_end = True
    if _PERSONAL_PAIR.search(mt.text, group[0].start, group[-1].end):
        # the two leaders, both men: people named before, not a state named as a place or an
        # object among them (urged Xi to use his influence on Russia, as the two leaders met)
        people = _distinct([m for m in before if _person_or_office(m)])
        if len(people) >= size:
            before = people
        elif people:
            # fewer people than the pair (Scholz urged China to press Russia, as the two leaders
            # met): then the state named first, the verb's object, not one in its complement
            before, from_end = people + [m for m in before if m not in people], False
    sayer = _pair_sayer(mt, before, group[0].start)
    before = _distinct(before)
    chosen = before[-size:] if from_end else before[:size]
    if sayer is not None and len(before) < size:
        before = []  # Duterte said the two countries would…: he is one of them, the other
        # is the last act's other party
    if len(before) < size and mt.coding.matches:
        last = _main_clause_acts(mt, mt.coding.matches_of(mt.coding.matches[-1].sentence))
        doers = _distinct([m.source for m in last if m.source is not None
                           and _party(m.source)])  # fmt: skip
        # the three Gulf states (after three states cut ties with a fourth): the doers; after
        # four, the three of them in the Gulf (``en_groups.in_region``)
        regional = in_region(doers, size, mt.text[group[0].start : group[-1].end])
        chosen = doers if len(doers) == size else regional or _distinct(
            [x for m in last for x in (m.source, m.target)
             if x is not None and _party(x)])[:size]  # fmt: skip
    if (
        sayer is not None
        and len(chosen) >= size
        and all(_party(x) != _party(sayer) for x in chosen)
        and _party_before(mt, sayer)
    ):  # (a sayer no act of the story had a part in is no side: Blinken said the two…)
        chosen = _distinct([sayer, *chosen])[:size]
    if len(chosen) < size:
        return group
    chosen = in_story_order(mt, chosen)
    if sayer is not None:  # the sayer's own side speaks first, whatever the lead's order
        own = _party(sayer)
        chosen.sort(key=lambda x: _party(x) != own)
    return [
        Mention(g.start, g.end, x.code, x.country, "pair")
        for g, x in zip(group, chosen, strict=True)
    ]


def _main_clause_acts(mt: Matcher, acts: list[Match]) -> list[Match]:
    """Xi, who arrived from Astana, where he had met Putin, held talks with Rahmon. The two
    leaders pledged…: the pair is the main clause's, not a relative clause's (what it tells is
    background to the sentence); all the acts when none is outside one (coder-en48). Read,
    not changed."""
    if not acts:
        return acts
    lo = mt.coding.sentences[acts[0].sentence].start
    main = [m for m in acts if _RELATIVE_STILL_OPEN.search(mt.text, lo, m.start) is None]
    return main or acts


# A relative clause opened before a point and not closed by a comma before it.
_RELATIVE_STILL_OPEN = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,;]*$")


# A verb of saying between a party and "the two sides" it reports on (Duterte said after their
# talks that the two countries…; told Xi that the two sides…): no other party between.
_SAYS_OF_PAIR = re.compile(
    r"^(?:'s?)?[^.;:]{0,30}?\b(?:said|says|told|tells|announced|stated|added)\b[^.;:]{0,50}$"
)


_JOINED = re.compile(r"^\s*(?:,|and|,\s*and)\s+(?:the\s+)?$")


def _party_before(mt: Matcher, sayer: Mention) -> bool:
    """Was the sayer's state a party to an act the story told before?"""
    own = _party(sayer)
    return any(own in (_party(m.source) if m.source else None,
                       _party(m.target) if m.target else None)
               for m in mt.coding.matches)  # fmt: skip


def _pair_sayer(mt: Matcher, before: list[Mention], at: int) -> Mention | None:
    """The party whose words tell what "the two sides" will do: one of the two itself."""
    if not before or before[-1].kind in ("role", "pronoun"):
        return None  # (the four leaders said they…: a bare title is no party of its own)
    last = before[-1]
    if len(before) > 1 and _JOINED.match(mt.text[before[-2].end : last.start]):
        return None  # the United States and China said they…: both say it, neither leads
    return last if _SAYS_OF_PAIR.match(mt.text[last.end : at].lower()) else None


# A pair or group named as people (the two leaders, both men, the three foreign ministers).
_PERSONAL_PAIR = re.compile(
    r"\b(?:leaders|presidents|ministers|men|women|diplomats|envoys|counterparts|premiers)\b"
)


def _party(m: Mention) -> str | None:
    """The party a mention names: a state by its country, an organisation (the EU) by its code."""
    return m.country or m.code


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """One mention per party: a state by its country, an organisation (the EU) by its code."""
    seen: set[str | None] = set()
    out = []
    for m in mentions:
        key = _party(m)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def english_sources(c: Candidate) -> str | None:
    """The United States, the European Union and Britain agreed…: every actor of a list that
    ends before the verb is a source, whichever of them the pattern took; a passive's doers are
    the list after "by"."""
    if "S" not in c.slots or c.source is None:
        return None
    if c.source.start >= c.b:  # a passive's doers: was welcomed by Israel and by Saudi Arabia
        c.sources = _agents(c.mt, c.source)
        return None
    group = [m for m in coordinated(c.mt, c.source, c.target, (-1, 1)) if m.end <= c.a]
    if len(group) > 1 and not _joined_list(c.mt.text, group):
        group = [c.source]  # At a forum on Syria, France's minister warned…: commas, no list
    c.sources = group or c.sources
    return None


# What joins a list's last item: a list of subjects has one (Japan, China and Korea agreed).
_LIST_JOIN = re.compile(r"\b(?:and|or|nor)\b|&")


def _joined_list(text: str, group: list[Mention]) -> bool:
    """Does a conjunction stand between the first and the last of ``group``?"""
    lo, hi = min(m.end for m in group), max(m.start for m in group)
    return _LIST_JOIN.search(text, lo, hi) is not None


_AGENT_JOIN = re.compile(r"(?:,\s+|,?\s+and\s+)(?:by\s+)?(?:the\s+)?")


def _agents(mt: Matcher, doer: Mention) -> list[Mention]:
    """The doer after "by" and those coordinated with it, "by" repeated or not (by Israel and by
    Saudi Arabia, by Britain, France and Germany)."""
    group, text = [doer], mt.text
    for m in mt.active:
        if m.start < group[-1].end:
            continue
        if not _AGENT_JOIN.fullmatch(text, group[-1].end, m.start):
            break
        group.append(m)
    return group


def group_sources(c: Candidate) -> str | None:
    """The three leaders expressed concern about China: the act is each of theirs."""
    if c.joint and not c.rule.code.startswith(JOINT):
        members = {m.country for m in c.joint}
        if c.target is not None and c.target.country in members:
            # criticised what they called U.S. attempts: "they" are the group; the U.S. is aimed at
            c.target = next((m for m in c.mt.active if m.start >= c.target.end
                             and m.country not in members), None)  # fmt: skip
            if c.target is None:
                return "no_target"
        c.sources = [m for m in c.joint if m.country != c.target.country]
        return None
    if c.source is not None and c.source.kind == "pair" and any(
        m is c.source for m in c.mt.mentions
    ):  # fmt: skip
        group = _story_group(c.mt, _group(c.mt, c.source))
        if len(group) > 2 and c.target not in group:
            c.sources = group
    return None


@for_rules(reacts)
def story_target(c: Candidate) -> str | None:
    """A reaction with no object in its sentence (condemned the move, reserved the right to
    respond) reacts to the story: the act its object noun points back to, else the lead's."""
    if c.target is not None or c.rule.target == "none":
        return None
    if c.rule.target != "story" and c.code[:2] not in REACTIONS:
        return None  # (tested before the listed subject: it rules out most candidates cheaply)
    if _listed_subjects(c):
        return None
    if c.code[:2] in ("11", "12") and _GENERIC.match(c.mt.text, c.b):
        return None  # opposes any unilateral attempt, the use of force: aimed at no one
    if c.code[:2] == "12" and _REPORT.match(c.mt.text, c.b):
        return None  # dismissed the report as fake news: a report no state made (one a state
        # made has its author as the object already), no rejection of the story's actor
    if response_to_any(c):
        return None  # warned of a response to any attack: aimed at no one yet
    if content_between(c.mt, c.b, min(c.b + 80, c.mt.s.end)):
        return None  # declined to back the agencies' finding that…: its object is that finding
    if _to_no_state(c):
        return None  # promised financing to the region: aimed at no state, not the story's
    assert c.source is not None
    if c.rule.id == "en.114.lodged":
        c.target = _protested_clause_doer(c.mt, c.source)
        return None if c.target is not None else "no_addressee"
    lo = c.source.end if c.source.end <= c.a else c.a
    aided = _aided_before(c.mt, c.source) if c.code[:2] == "07" or c.code[:3] == "033" else None
    if aided is None and c.rule.id == "en.073.also_sent":
        return "no_target"  # (also sent rescuers, no aid told before: no one the story shows)
    c.target = (aided or (coordinated_object(c.mt, c.source) if _story(c.mt) else None)
                # "Azerbaijan apologised the same day": for its own last act, to whom it was aimed
                or (last_aimed(c.mt.coding.matches, c.source) if c.code == "055" else None)
                or _doer_by(c.mt, c.source, lo)
                or event_noun_doer(c.mt, c.source, lo)
                or _it_told_before(c.mt, c.source, c.b)
                or story_actor(c.mt, c.source, object_noun(c.mt, lo))
                or _joined_clause_doer(c.mt, c.source, c.b)
                or lead_partner(c.mt, c.source, c.code))  # fmt: skip
    if c.target is not None:
        c.rule_id += "+story"
    return None


def _to_no_state(c: Candidate) -> bool:
    """Is the act's recipient, after "to" or "for" in the trigger's clause, a region or a
    group no code names (to the region, for all countries), with no actor between?"""
    mt = c.mt
    close = _CLAUSE_CLOSE.search(mt.text, c.b, mt.s.end)
    end = close.start() if close is not None else mt.s.end
    for hit in _TO_FOR.finditer(mt.text, c.b, end):
        at = hit.end()
        if any(c.b <= m.start < at for m in mt.active):
            return False
        if _REGION.match(mt.text, at) or mt.text.startswith(c.lex["unnamed"], at):
            return True
    return False


_TO_FOR = re.compile(r"\b(?:to|for)\s+")
_CLAUSE_CLOSE = re.compile(r"[,;:]|\.\s")  # (not the point of $3.7 billion)
# A region as a recipient (to the region, to the continent): no state, whatever the story told.
_REGION = re.compile(r"(?:the\s+)?(?:region|continent|area|subregion|neighbourhood|neighborhood)\b")


# The object of a rejection that is a report (the report, the media reports, such reports).
_REPORT = re.compile(r"\s+(?:the|this|that|these|those|such)\s+(?:[\w'-]+\s+)?reports?\b",
                     re.IGNORECASE)  # fmt: skip
_GENERIC = re.compile(
    r"\s+(?:(?:any|all|every)\b|the\s+(?:use|threat|proliferation|militari[sz]ation|"
    r"weaponi[sz]ation|politici[sz]ation|spread)(?:\s+or\s+(?:use|threat))?\s+of\b)",
    re.IGNORECASE,
)
_NOUN_BY = re.compile(
    r"\b(?:the|its|their|this|these|an?)\s+(?:[a-z\-]+\s+){0,2}?([a-z]+)[\"”]?\s+by\s+(?:the\s+)?$"
)  # (a story noun as a called complement too: called the call "a petty move" by Taiwan)


def _doer_by(mt: Matcher, source: Mention, lo: int) -> Mention | None:
    """ "Moscow would respond to the expulsions by Washington": a reaction to an act named as a
    story noun whose doer follows "by" is aimed at that doer, whoever did such acts before."""
    nouns = mt.rules.lexicon["story_nouns"]
    for m in mt.active:
        if m.start < lo or not m.country or m.country == source.country:
            continue
        hit = _NOUN_BY.search(mt.text, max(lo, m.start - 48), m.start)
        if hit is not None and hit.group(1) in nouns:
            return m
    return None


# Nouns of an act decided on, which a reproach never is.
_DECIDED = frozenset(("move", "decision", "step", "plan", "measure", "measures"))


def story_actor(mt: Matcher, source: Mention, noun: str | None) -> Mention | None:
    """The other party of the act the story told before: the last one of the noun's root, or
    for a noun of any act (or none) the lead's; the doer of it, unless that is the source."""
    root = mt.rules.lexicon["story_nouns"].get(noun or "", "")
    earlier = [m for m in mt.coding.matches if m.target is not None and m.source is not None]
    if noun in _DECIDED:
        # a condemnation is no decision or move (…a day after the Security Council condemned
        # its rocket launch; the White House called the decision…: North Korea's, not the
        # Council's)
        earlier = [m for m in earlier if not m.code.startswith("11")]
    rooted = [m for m in earlier if root and m.code.startswith(root)][-1:]
    lead = _lead_sentence(mt)
    if (
        not rooted
        and lead is not None
        and (root not in ("", "19") or not any(m.sentence == lead.index for m in earlier))
    ):
        # (disappointed by the visit, when no visit was coded: the lead's visitor, whatever
        # the lead's reactions to it coded)
        # China test-fired a missile…; Australia called the test unwelcome: the lead's doer
        # (the lead's mentions, not the current sentence's: ``mt.active`` holds only those)
        doer = _first_doer(mt, lead, source)
        if doer is not None and doer.country != source.country:
            return doer
    if root == "19" and not rooted:
        # Poroshenko called the downing an act of terrorism, after an airliner "was shot down"
        # by no state the story names: an attack whose doer was never told is aimed at no one,
        # not at the party of the story's first act (an accusation of supplying the missile)
        return None
    for m in rooted or earlier[:1]:
        party = m.source if m.source.country != source.country else m.target
        if _co_doer(earlier, m, source):
            # Australia and New Zealand expelled Fiji's envoys; New Zealand regretted the
            # decision: one of an act's joined doers reacts against its target, not its partner
            party = m.target
        if party.country != source.country:
            return party
    return None


def _co_doer(earlier: list[Match], act: Match, source: Mention) -> bool:
    """Did ``source`` do the same act as ``act`` in its sentence, to the same target (one of
    a coordinated subject: Australia and New Zealand expelled…)?"""
    return act.source.country != source.country and any(
        m.sentence == act.sentence and m.code == act.code
        and m.source.country == source.country and m.target.country == act.target.country
        for m in earlier
    )  # fmt: skip


# A clause joined to the one before it by a comma and "and" (…, and the Security Council…).
_CLAUSE_AND = re.compile(r",\s+and\s+")
# The reaction's object is the act named before, by a definite noun (the test, this move).
# (or by "it": Abe visited the shrine on Thursday, and China condemned it within hours)
_DEFINITE = re.compile(r"\s+(?:(?:the|this|that|these)\s+[a-z]|it\b)")


# Words of a clause that itself reacts or reports (…said it condemned the test, and Japan
# lodged a protest): its subject is no doer of what the protest answers.
_REPORTS = re.compile(
    r"\b(?:said|says|called|urged|warned|condemn\w*|oppos\w*|critici[sz]\w*|denounc\w*|"
    r"protest\w*)\b"
)


def _protested_clause_doer(mt: Matcher, source: Mention) -> Mention | None:
    """Chinese vessels had blocked two Philippine ships on March 9, and Manila lodged a protest
    two days later: a protest with no addressee, joined by ", and" to a clause that tells an
    act, is aimed at that clause's subject, its doer; with no such clause (or one that itself
    reports or reacts) it is aimed at no one the sentence shows."""
    joins = list(_CLAUSE_AND.finditer(mt.text, mt.s.start, source.start))
    if not joins or _REPORTS.search(mt.text, mt.s.start, joins[-1].start()):
        return None
    return _first_other(starting_in(mt.active, mt.s.start, joins[-1].start()), source)


def _joined_clause_doer(mt: Matcher, source: Mention, b: int) -> Mention | None:
    """North Korea conducted a nuclear test on Tuesday, and the Security Council condemned the
    test: a reaction to the story's act (its object a noun of an act) in a clause joined to the
    one that tells the act, before any act is coded, reacts to that clause's subject, the first
    actor of the sentence, as a reaction in the next sentence reacts to the lead's."""
    if mt.coding.matches or not _DEFINITE.match(mt.text, b):
        return None  # an act told before, or no act named as the object (condemned violence)
    joins = list(_CLAUSE_AND.finditer(mt.text, mt.s.start, source.start))
    # (…, and China and South Korea condemned it: the subject's own list opens the clause)
    subjects = {m.start for m in coordinated(mt, source, None, (-1,))} | {source.start}
    if joins and len(subjects) > 2 and min(subjects) < joins[-1].end():
        return None  # (…the threat from North Korea, and China and Russia…: a subject list
        # read on across the join, whose first member would be taken for a reactor)
    if not joins or any(joins[-1].end() <= m.start < source.start and m.start not in subjects
                        and m.country != source.country for m in mt.active):  # fmt: skip
        return None  # no clause of its own, or another actor opens it
    return _first_other(starting_in(mt.active, mt.s.start, joins[-1].start()), source)


_IT_OBJECT = re.compile(r"\s+it\b")
# A definite noun of any act right after the reaction (condemned the move, the decision): after
# a sentence that told an act no rule coded (Medvedev recognised the two regions on Tuesday), it
# is that act, as "it" is, not the story's first coded one.
_MOVE_OBJECT = re.compile(r"\s+(?:the|this|that)\s+(?:move|decision|step)\b")


def _it_told_before(mt: Matcher, source: Mention, b: int) -> Mention | None:
    """North Korea said on Monday it had carried out a nuclear test. Washington and Tokyo
    condemned it the same day: an object "it" no state took (en_actors leaves it unbound when
    the only candidate was the verb's own subject) is the act of the sentence right before;
    the reaction is aimed at that act's party, else at that sentence's subject, its first
    actor, as a reader takes "it", not at the story's first coded act (a sanction before); so
    is "the move" after a sentence whose act no rule coded."""
    if mt.s.index == 0:
        return None
    told = mt.coding.matches_of(mt.s.index - 1)
    it = _IT_OBJECT.match(mt.text, b) is not None
    if it:
        for m in told:
            party = m.source if m.source.country != source.country else m.target
            if party is not None and party.country != source.country:
                return party
    elif told or not _MOVE_OBJECT.match(mt.text, b):
        return None  # (condemned the move after a coded act: story_actor's)
    before = mt.coding.sentences[mt.s.index - 1]
    if not it and not _tells_a_day(mt, before):  # (here "the move" follows no coded act)
        return None  # (Abbas said…; Britain disagreed with the decision: the lead's act)
    first = _first_doer(mt, before, source)
    return first if first is not None and first.country != source.country else None


def _first_other(mentions: Iterator[Mention], source: Mention) -> Mention | None:
    """The first of ``mentions`` that names a state, if it is not ``source``'s state: the
    subject of a clause or sentence that told the act a reaction answers."""
    first = next((m for m in mentions if m.country and not m.inert), None)
    return first if first is not None and first.country != source.country else None


def _first_doer(mt: Matcher, s, source: Mention) -> Mention | None:
    """Sentence ``s``'s first actor, its doer; but when the source is joined to it by "and"
    (Uganda and Tanzania suspended ties with Rwanda…; Tanzania regretted the decision), one of
    the joined doers reacts against the act's object, the first actor after the two (when it
    reacts alone: Kenya and Tanzania criticised it share one target, the doers')."""
    told = [m for m in starting_in(mt.coding.mentions, s.start, s.end) if m.country and not m.inert]
    if not told:
        return None
    if (
        len(told) > 1
        and told[1].country == source.country
        and mt.text[told[0].end : told[1].start] == " and "
        and len(coordinated(mt, source, None, (-1, 1))) <= 1
    ):
        return next((m for m in told[2:] if m.country not in (told[0].country, source.country)),
                    None)  # fmt: skip
    return told[0]


def _aided_before(mt: Matcher, source: Mention) -> Mention | None:
    """A Chinese rescue team landed in Port-au-Prince…; Obama promised $100 million in aid: aid
    with no recipient named goes where the aid told before went (its target), not to that
    aid's giver, the story's first party."""
    given = [m for m in mt.coding.matches if (m.code[:2] == "07" or m.code[:3] == "033")
             and m.target is not None and m.target.country != source.country]  # fmt: skip
    return given[-1].target if given else None


def _tells_a_day(mt: Matcher, s) -> bool:
    """Does sentence ``s`` tell an act on a day of its own (recognised the regions on
    Tuesday), as the act "the move" after it names does?"""
    return any(s.start <= t.start < s.end and t.role == "act" and t.precision == "day"
               for t in mt.coding.timexes)  # fmt: skip


def _lead_sentence(mt: Matcher):
    """The story's first sentence after its dateline, before the current one."""
    line = dateline(mt.coding.norm)
    cut = line.end if line else 0
    lead = next((s for s in mt.coding.sentences if s.end > cut and not s.cjk), None)
    return lead if lead is not None and lead.index < mt.s.index else None


def lead_partner(mt: Matcher, source: Mention, code: str) -> Mention | None:
    """Italy has told China it will withdraw from the scheme: a story's first act (no reaction)
    whose object names no actor is with the other state its sentence names."""
    if mt.coding.matches or code[:2] in ("01", "02", "10", "11", "12"):
        return None  # (a threat is aimed: …raised tariffs, and China said it would retaliate)
    return next((m for m in mt.active if mt.s.start <= m.start < mt.s.end and m.country
                 and m.country != source.country), None)  # fmt: skip


def _listed_subjects(c: Candidate) -> bool:
    """The foreign ministers of Japan, China and South Korea met: a joint act of a listed
    subject is between its members, not with the story's other party."""
    if "S" not in c.slots or not c.rule.code.startswith(JOINT):
        return False
    group = coordinated(c.mt, c.slots["S"], None, (-1, 1))
    return len({m.country for m in group}) >= 2


@for_rules(lambda rule: rule.target != "none")
def listed_or_target(c: Candidate) -> str | None:
    """An act needs a target, unless it is a joint act of a listed subject (pairs of it), or an
    arrest of a person named whom no table knows (Chinese authorities detained Wei Jingsheng:
    China's arrest, its object unknown)."""
    if c.target is None and (_listed_subjects(c) or _arrest_of_a_name(c)):
        return None
    return target_found(c)


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,3}\b")


def _arrest_of_a_name(c: Candidate) -> bool:
    mt, text = c.mt, c.mt.coding.norm  # the text in its case: a name is capitalised
    if not c.code.startswith("173") or not text[c.b : c.b + 1].isspace():
        return False
    hit = _NAME_AFTER.match(text, c.b)
    return hit is not None and not any(c.b <= m.start < hit.end() for m in mt.mentions)


@for_rules(lambda rule: rule.code.startswith("042"))
def dateline_place(c: Candidate) -> str | None:
    """Arrived on Thursday: a visit with no place named is to the dateline's."""
    if c.target is not None or not c.code.startswith("042"):
        return None
    country = dateline_country(c.mt.coding)
    assert c.source is not None
    if country and country != c.source.country:
        c.target = Mention(c.b, c.b, country, country, "name")
    return None


@gated(("if", "unless", "whether"))
def in_condition(c: Candidate) -> str | None:
    """If China gave support to Russia…: an act inside a condition is not done (the act in the
    main clause may become a threat: ``tense``)."""
    mt = c.mt
    lo = max(mt.s.start, mt.text.rfind(",", mt.s.start, c.a) + 1)
    return "condition" if _CONDITION.search(mt.text, lo, c.a) else None


# if, unless, whether as words (the boundary read behind the first letter, as ``en_dates._YEAR``)
_CONDITION = re.compile(r"[iuw](?<!\w[iuw])(?:(?<=i)f|(?<=u)nless|(?<=w)hether)\b")
_RESTRICTIVE = re.compile(
    r"(\w+)\s+(?:that|which)\s+(?:[\w'’.\-]+\s+){1,10}(?:had\s+|has\s+|have\s+)?$"
)


_SUBJECT_RELATIVE = re.compile(r"(\w+)\s+(?:that|which)\s+$")

# the plateau it captured from Syria: a noun phrase, then a subject pronoun and the verb with
# no "that" between, is a relative clause without its pronoun (a contact clause)
_PRONOUNS, _AUXILIARIES = ("it", "they", "he", "she", "we"), ("had", "has", "have")
_CONTACT_RELATIVE = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+((?:[\w\-]+\s+){1,3})"
    rf"(?:{'|'.join(_PRONOUNS)})\s+(?:(?:{'|'.join(_AUXILIARIES)})\s+)?$"
)
# its quick test: the pronoun (and auxiliary) right before, spaced plainly
_SUBJECT_PRONOUNS = tuple(
    f" {p} {aux}" for p in _PRONOUNS for aux in ("", *(f"{x} " for x in _AUXILIARIES))
)
# …unless the noun phrase opens its clause after a preposition (during the visit he signed):
# then the pronoun is the main clause's subject
_CLAUSE_OPENERS = frozenset(("at", "during", "in", "on", "after", "before", "by", "for", "with",
                             "under", "since", "until", "over", "from", "of"))  # fmt: skip


def _contact_relative(text: str, lo: int, a: int) -> bool:
    """Does a contact relative clause end right before ``a`` (the clause starts at ``lo``)?"""
    if not text.endswith(_SUBJECT_PRONOUNS, max(lo, a - 12), a):
        return False  # (a pronoun, perhaps "had", right before: a quick test first)
    m = _CONTACT_RELATIVE.search(text, max(lo, a - 60), a)
    if m is None or any(w in _NOT_NOUNS for w in m.group(1).split()):
        return False
    opener = text[lo : m.start()].split()
    return not (
        opener and opener[-1] in _CLAUSE_OPENERS
        and all(w in _OPENING_ADVERBS for w in opener[:-1])
    )  # fmt: skip


# Adverbs that may stand before the opening preposition (earlier in the week he met…).
_OPENING_ADVERBS = frozenset(("earlier", "later", "early", "late", "also", "then", "just"))


# words that end no noun phrase: "the day after they met" or "a week later he flew" hold a
# subordinate or an adverb before the pronoun, no relative clause
_NOT_NOUNS = frozenset(("after", "before", "when", "while", "since", "until", "as", "because",
                        "later", "earlier", "ago", "that", "which", "and", "but", "said",
                        "says", "if", "than", "where"))  # fmt: skip


@gated((*_SUBJECT_PRONOUNS, "that", "which"))
def restrictive_clause(c: Candidate) -> str | None:
    """The agreements that Victoria had signed with China: an act that only identifies a noun
    is not reported (but "said that China had signed" is: a reporting verb before ``that``)."""
    mt = c.mt
    lo = max(mt.s.start, mt.text.rfind(",", mt.s.start, c.a) + 1)
    if _contact_relative(mt.text, lo, c.a):
        return "restrictive"
    if mt.text.find("that", lo, c.a) < 0 and mt.text.find("which", lo, c.a) < 0:
        return None  # both regexes need one (most clauses hold neither): a quick test first
    # the operation that killed…: a relative right before the trigger is its own clause (unless
    # the act is the saying: said … vessels that illegally entered: an accusation)
    subject = None if _reported(c) else _SUBJECT_RELATIVE.search(mt.text, lo, c.a)
    if subject is not None and _counted_member(c, lo, subject.end(1)):
        return None  # Spain was among 12 states that backed…: what Spain did
    if subject is not None and subject.group(1) not in (*mt.rules.lexicon["reporting"], "and"):
        return "restrictive"  # a noun, "that", the verb: a relative pronoun, never "said that"
    m = _RESTRICTIVE.search(mt.text, lo, c.a)
    # The matcher's text is lower case: whether the word is a name is read from the original.
    named = mt.coding.norm[m.start(1) : m.start(1) + 1].isupper() if m is not None else False
    if m is None or m.group(1) in mt.rules.lexicon["reporting"] or named:
        return None  # said that…, told Zarif that…: what is said is reported
    if m.group(1) in ("and", "or", "but"):
        return None  # said that…, and that Japan's minister met…: a second reported clause
    if _comma_preposition(mt.text, lo, m):
        return None  # the speech, in which he accused China…: set off by commas, it reports
    if mt.has_any(mt.rules.lexicon["reporting"], max(mt.s.start, m.start() - 40), m.start()):
        return None  # said on Friday that…
    return "restrictive"


# A state counted into a group of states, right before the group's relative pronoun: "Spain
# was among 12 member states that", "Pakistan was one of 37 countries that".
_COUNTED_GROUP = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:among|one\s+of|two\s+of|"
    r"three\s+of)\s+(?:the\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)?\s*(?:other\s+)?(?:[A-Z]{2,4}\s+|"
    r"western\s+|european\s+|asian\s+|african\s+|arab\s+)?(?:member\s+)?(?:states|countries|"
    r"nations|governments|members|allies)$",
    re.IGNORECASE,
)


def _counted_member(c: Candidate, lo: int, at: int) -> bool:
    """ "Spain was among 12 member states that backed the duties": the clause after a group a
    state is counted into tells what that state did, as its own verb would (coder-en51); the
    state (the one before "was", the subject's) is the doer; ``at`` ends the group's noun."""
    mt = c.mt
    head = mt.actor_before(at)
    if head is None or head.start < lo:
        return False
    if _COUNTED_GROUP.match(mt.coding.norm, head.end, at) is None:
        return False
    subject = c.slots.get("S")
    if subject is None or subject.end <= head.end:
        c.slots["S"] = head
    return True


# Prepositions that open a relative clause before "which" (the talks, during which…).
_RELATIVE_PREPOSITIONS = frozenset(("in", "during", "at", "on", "under", "by", "with", "through",
                                    "after", "since", "for"))  # fmt: skip


def _comma_preposition(text: str, lo: int, m: re.Match[str]) -> bool:
    """Is ``m`` a preposition and "which" right after the comma that opens the clause (the
    speech on Thursday, in which he accused…)? A clause set off by a comma is no restrictive
    one: it tells what was done."""
    return m.group(1) in _RELATIVE_PREPOSITIONS and not text[lo : m.start(1)].strip()


def purpose(c: Candidate) -> str | None:
    """Called Kishida on Friday to express his condolences: the doer of a purpose infinitive is
    the subject of the clause it serves, and its object that clause's object."""
    mt = c.mt
    infinitive = mt.text.endswith("to ", mt.s.start, c.a) or mt.text.startswith("to ", c.a)
    if not infinitive or mt.has_any(
        mt.rules.lexicon["infinitive_governors"], max(mt.s.start, c.a - 48), c.a
    ):  # fmt: skip
        return None
    lo = max((m.end() for m in _CLAUSE_OPENING.finditer(mt.text, mt.s.start, c.a)),
             default=mt.s.start)  # fmt: skip
    before = [m for m in mt.active if lo <= m.start and m.end <= c.a]
    if len(before) >= 2 and c.slots.get("S") is before[-1]:
        c.slots["S"] = before[0]
        if c.slots.get("T") is None:
            c.slots["T"] = before[-1]
    return None


# Where the clause a purpose infinitive serves may open after the sentence's start (Trump spoke
# with X, and Zelenskiy said he would travel to Washington to meet him: he travels, to meet).
_CLAUSE_OPENING = re.compile(r",\s+(?:and|but)\s+")


_STOPPED = ("stop ", "stopped ", "to end ", "from ", "cease ", "halt ", "ban on ", "end to ")


@gated(_STOPPED)
def not_asserted(c: Candidate) -> str | None:
    """Urged Britain to stop interfering: an act someone is asked to stop or refrain from is
    not said to be done (by the asker's account, it may be; no accusation is coded from it)."""
    before = c.mt.text[max(c.mt.s.start, c.a - 12) : c.a]
    return "not_asserted" if before.endswith(_STOPPED) else None


@gated((" not ", "n't ", "n’t "))
def not_implied(c: Candidate) -> str | None:
    """The statement did not mean it recognised Beijing's claims: an act in the complement of a
    negated verb of meaning (does not mean, did not imply, would not amount to) is said not to
    be done; its subject may be a pronoun after the negation, where ``not_negated`` (which
    reads from the source to the trigger) does not look."""
    before = c.mt.text[max(c.mt.s.start, c.a - 72) : c.a]
    if " not " not in before and "n't " not in before and "n’t " not in before:
        return None  # (a quick test: most sentences have no negation)
    return "not_implied" if _NOT_MEANT.search(before) else None


# The negated verb of meaning (does not necessarily mean, doesn't imply), then its complement's
# subject (up to three words) right before the act: no comma or conjunction between, which
# would open another clause (did not mean much and China signed…).
_NOT_MEANT = re.compile(
    r"\b(?:(?:does|did|do|would|will|should|could)\s+not|(?:does|did|do|wo|would|should|could)n['’]t)"
    r"\s+(?:\w+ly\s+)?(?:mean|imply|signify|signal|suggest|amount\s+to|constitute)\s+"
    r"(?:that\s+)?(?:(?!(?:and|but|or|yet|so|while|as)\s)[\w'’\-]+\s+){0,3}$"
)


def not_denied(c: Candidate) -> str | None:
    """China denied on Monday that it had supplied weapons to Russia: an act told as what its
    doer (or anyone) denies is not said to be done; the denial is coded by its own rule. A
    clause opened after the denial (…, but said it would…) is asserted again."""
    mt, text, lo = c.mt, c.mt.text, c.mt.s.start
    if text.find("that", lo, c.a) < 0 or not (
        text.find("den", lo, c.a) >= 0 or text.find("reject", lo, c.a) >= 0
        or text.find("dismiss", lo, c.a) >= 0
    ):  # fmt: skip
        return None  # (each denial holds "that" and one of these: most sentences neither)
    last = next(reversed(list(_DENIAL.finditer(mt.text, mt.s.start, c.a))), None)
    if last is None:
        return None
    # (through the trigger and the space after it: "denied that its aircraft had violated …
    # and accused the pilots": the verb joined to the denial is the act itself)
    between = mt.text[last.end() : c.b + 1]
    return None if any(b in between for b in _REASSERTED) else "denied"


# What opens a denied content (denied on Monday that…, rejected reports that…); and what
# asserts again after it.
_DENIAL = re.compile(
    r"\b(?:(?:denied|denies|deny|denying)\b[^,;.]{0,40}?|"
    r"(?:rejected|dismissed|rejects|dismisses)\s+(?:\w+\s+){0,2}"
    r"(?:reports|charges|claims|allegations|accusations|suggestions)\s+)that\b"
)
_REASSERTED = (" but ", "; ", " while ", " and said ", " and accused ", " instead ")


def infinitive(c: Candidate) -> str | None:
    """Invited to meet, asked to visit, urged to support: an act in an infinitive is not done,
    unless it is planned (plans to visit: an intent) or decided (agreed to cut off banks)."""
    mt, lex = c.mt, c.lex
    window = max(mt.s.start, c.a - 48)
    if _ENDED.search(mt.text, window, c.a) and not _reported(c):
        return "infinitive"  # urged China to stop all support for Russia: no support given
    a = c.a
    held = _HELD_BEFORE.search(mt.text, max(mt.s.start, a - 40), a)
    if held is not None:
        # urged both sides to hold talks: a trigger that is the object of the infinitive's
        # verb (the talks a pattern's "hold … talks" ends on) is in that infinitive
        a = held.start() + 3
    if not mt.text.endswith("to ", mt.s.start, a) or _reported(c):
        return None
    noun = mt.text[max(mt.s.start, a - 24) : a - 3].rstrip().rsplit(" ", 1)[-1]
    if noun in lex["infinitive_nouns"]:
        return "infinitive"  # the decision to expel…
    if mt.has_any(lex["future"], window, a + 1) or mt.has_any(lex["decided"], window, a + 1):
        return None
    if mt.text.endswith(" and to ", mt.s.start, a):
        # urged China to stop… and to lift its curbs: a second infinitive joined by "and to"
        # has the first one's governor, however long the first one ran
        window = mt.s.start
    obj = next((m for m in mt.active if m.end == a - 4), None)
    if obj is not None:
        # invited North Korean Foreign Minister Ri Yong Ho to meet him: the governor stands
        # before the named object, however long the name
        window = max(mt.s.start, min(window, obj.start - 24))
    return "infinitive" if mt.has_any(lex["infinitive_governors"], window, a) else None


# "to hold talks", "to have a meeting": an infinitive whose verb takes the meeting noun after
# it, up to three words (a determiner, adjectives) between.
_HELD_BEFORE = re.compile(r"\bto\s+(?:hold|have)\s+(?:[\w-]+\s+){0,3}$")


# The act an infinitive asks or means to end (to stop all support for, to end its aid to,
# moved to halt the attacks): what is ended is not done, whoever governs the infinitive and
# whatever its tense; up to three words (a determiner, adjectives) before the act's noun.
_ENDS = "stop|end|halt|cease|suspend"
_ENDED = re.compile(rf"\bto (?:{_ENDS}) (?:[\w'-]+ ){{0,3}}$")


@for_rules(lambda rule: rule.code.startswith("023"))
def ended_not_sought(c: Candidate) -> str | None:
    """Asked Belarus to end all aid to Russia: the aid an infinitive after the appeal ends is
    not what is appealed for (the appeal to Belarus is its own event, not one to Russia)."""
    if not c.code.startswith("023") or c.target is None or c.target.start <= c.b:
        return None
    hit = _ENDING.search(c.mt.text, c.b, c.target.start)
    return "ended_not_sought" if hit is not None else None


# An infinitive of ending and the noun it ends, up to three words between (to end all military
# aid, to cut off its support): the noun names what is to stop.
_ENDING = re.compile(
    rf"\bto (?:{_ENDS}|cut off|cut|withdraw) (?:[\w'-]+ ){{0,3}}?"
    r"(?:aid|assistance|help|support|supplies|arms)\b"
)


_POSSESSIVE_MARKS = ("'s ", "’s ")


@gated(_POSSESSIVE_MARKS)
def possessed_after_preposition(c: Candidate) -> str | None:
    """The deal signed during Kishida's visit to Canberra: an act named by a noun its doer owns,
    in a phrase after a preposition, is only named there, not reported (a possessed noun that
    is a subject, Kishida's visit ended with a deal, still is)."""
    mt = c.mt
    if not mt.text.endswith(_POSSESSIVE_MARKS, max(mt.s.start, c.a - 3), c.a):
        return None  # (the possessive right before the trigger: a quick test first)
    owner = next((m for m in mt.mentions if c.a - 4 <= m.end < c.a and m.end > m.start), None)
    if owner is None:
        return None
    text = mt.coding.text  # (the title's words are told by their capitals)
    opens = _PHRASE_OPENS.search(text, max(mt.s.start, owner.start - 60), owner.start)
    return "named_in_phrase" if opens is not None else None


_PHRASE_OPENS = re.compile(
    r"\b(?i:during|after|before|following|ahead\s+of|since|at|on|for|from|over)\s+(?i:the\s+)?"
    r"(?:[A-Z][\w.'’\-]*\s+){0,4}$"  # (during Foreign Minister Wang Yi's visit: the title's words)
)


_JOINED_RULES = frozenset(("en.057.joined", "en.161.quit_body"))
# After a body joined or left, a word that makes it a meeting or a group of the body's own
# (joined the ASEAN summit, left the EU meeting, joined NATO leaders), after the rest of a name
# the mention did not take (the U.N. General Assembly debate: its capitals).
_BODY_WORDS = (
    "summit|summits|meeting|meetings|talks|forum|session|conference|leaders|ministers|"
    "members|states|countries|allies|partners|troops|forces|officials|delegation|"
    "headquarters|mission|operation|operations|drills|exercises|statement|call|calls|effort|"
    "efforts|debate|debates|vote|votes|chamber|hall|building|chorus|appeal|consensus"
)
_BODY_MEETING = re.compile(r"(?:'s?\s+)?(?:[A-Z][\w.'’\-]*\s+){0,3}(?i:" + _BODY_WORDS + r")\b")
# The same word taken into the body's mention (G7 leaders, the UN mission in Mali), in lower
# case: a capital keeps it the name's own (the Organization of American States).
_BODY_TAIL = re.compile(r"\s(?:" + _BODY_WORDS + r")$")
# A thing of the body's own after its possessive (pulled out of the EU's Erasmus scheme), save
# its ranks, fold or membership, which are the body (became NATO's newest member).
_BODY_OWN = re.compile(
    r"['’]s\s+(?!(?:[\w\-]+\s+){0,3}(?:member|membership|ranks|fold)\b)"
    r"(?:[A-Z][\w.'’\-]*\s+){0,3}[a-z]"
)


def _is_body(name: str, m: Mention) -> bool:
    """An organisation (the EU, NATO: the latter a fixed name with a code of its own), no
    state and no recurring event."""
    if m.kind == "org":
        return True
    org = lookup_organisation(name)
    return org is not None and org.kind != "event"


@for_rules(lambda rule: rule.id in _JOINED_RULES)
def joined_body(c: Candidate) -> str | None:
    """Joined NATO, quit the WTO: a state enters or leaves a body (an organisation, no state);
    a state joined (joined China in condemning…, left Beijing) or a meeting of the body (joined
    the ASEAN summit) is no accession."""
    if c.rule.id not in _JOINED_RULES:
        return None
    body = c.slots.get("T")
    if body is None or not _is_body(c.mt.text[body.start : body.end], body):
        return "joined_state"
    text = c.mt.coding.text  # (the name's capitals)
    if _BODY_TAIL.search(text, body.start, body.end):
        return "joined_meeting"  # (the mention took the group's word: joined G7 leaders)
    after = text[body.end : body.end + 60].lstrip()
    return "joined_meeting" if _BODY_MEETING.match(after) or _BODY_OWN.match(after) else None


@for_rules(lambda rule: rule.id == "en.030.jointly")
@gated(("pledg", "vow", "promis"))
def pledged_to_another(c: Candidate) -> str | None:
    """Japan, Australia and New Zealand pledged to help bring power to Papua New Guinea: a
    pledge of several states to help a third is each one's intent towards it, no intent between
    the pledgers (an agreement, agreed on a plan, stays theirs: they agreed with each other)."""
    if c.rule.id != "en.030.jointly" or not c.mt.text.startswith(("pledg", "vow", "promis"), c.a):
        return None
    mt = c.mt
    before = {m.country for m in mt.mentions if mt.s.start <= m.start < c.a and m.country}
    stop = min((i for i in (mt.text.find(ch, c.b, mt.s.end) for ch in ";:") if i >= 0),
               default=mt.s.end)  # fmt: skip
    # (an actor, not a place: at talks in Singapore names no third party)
    third = any(c.b <= m.start < stop and m.country and m.country not in before for m in mt.active)
    return "pledged_to_another" if third else None


# Rules one of whose patterns takes a subject alone: done together, the act needs a pair there
# (the two sides announced deals, the two leaders watched the signing).
_PAIR_ALONE_RULES = frozenset(("en.057.reach", "en.057.witnessed_signing"))


@for_rules(lambda rule: rule.id in _PAIR_ALONE_RULES)
def pair_alone(c: Candidate) -> str | None:
    """The two sides announced deals: a joint act told of a subject alone is the pair's; one
    party alone (Trump watched the signing of deals with Vietnamese airlines) did not do it
    with anyone the sentence names."""
    if c.rule.id not in _PAIR_ALONE_RULES or not c.pattern.text.startswith("{S!} "):
        return None
    subject = c.slots.get("S")
    return None if subject is not None and subject.kind == "pair" else "not_a_pair"


@for_rules(lambda rule: rule.id == "en.057.reach")
@gated(("announc",))
def deals_announced(c: Candidate) -> str | None:
    """The two sides announced $250 billion in deals: the deals are what was announced; a
    clause in between (announced they had cancelled deals, announced plans to scrap deals)
    tells another act of them."""
    if c.rule.id != "en.057.reach" or "announce~" not in c.pattern.text:
        return None
    return "deals_in_clause" if _CLAUSE_BETWEEN.search(c.mt.text, c.b, c.right) else None


# A that-clause, a subject pronoun, an auxiliary or an infinitive after "announced".
_CLAUSE_BETWEEN = re.compile(r"\b(?:that|they|it|he|she|we|had|have|has|would|will|to)\b")


@for_rules(lambda rule: rule.code == "042")
@gated(("land",))
def landed_object(c: Candidate) -> str | None:
    """A Japanese firm landed contracts in India: "landed" with an object of its own is a
    gain, no arrival (landed in Tokyo, landed on Monday in Tokyo, landed late are arrivals)."""
    if not c.code.startswith("042") or not c.mt.text.startswith("land", c.a):
        return None
    return "landed_object" if _LANDED_OBJECT.match(c.mt.text, c.b) else None


# A lower-case word after "landed" that is no preposition, adverb or time: its object.
_LANDED_OBJECT = re.compile(
    r"\s+(?!(?:in|on|at|to|from|for|with|after|before|late|early|safely|shortly|briefly|"
    r"today|yesterday|here|there|last|this|overnight|aboard|and|but|as|amid)\b)[a-z]"
)


@for_rules(lambda rule: rule.code.startswith("125"))
def setting_not_object(c: Candidate) -> str | None:
    """Rejected remarks Wang had made at a meeting of the OIC: a meeting named after "at"
    (during, on the sidelines of) is where something else happened, not what was rejected."""
    if not c.code.startswith("125") or c.right <= c.b:
        return None
    return "setting" if _SETTING.search(c.mt.text, c.b, c.right) is not None else None


# The preposition of a setting and up to two words before its noun (at a regional meeting),
# that noun ending what the pattern read.
_SETTING = re.compile(
    r"\b(?:at|during|after|before|ahead\s+of|on\s+the\s+sidelines\s+of)\s+"
    r"(?:[\w'’\-]+\s+){0,3}?[\w\-]+$",
    re.IGNORECASE,
)


def _reported(c: Candidate) -> bool:
    """Said the United States was trying to shift the blame: a pattern whose act is the saying
    (a verb of saying before its trigger) is done whatever its reported clause tries to do."""
    said = c.lex["reporting"]
    return any(e.words and e.words[0] in said for e in c.pattern.elements[: c.pattern.anchor])


# A comma, or \b(?:after|before|when|while|since|because|although|though|until)\b with each word
# opening with its letter (``opening_letters``): tried only where one of them stands.
_SUBORDINATE = re.compile(
    ",|"
    + opening_letters(
        ("after", "although", "before", "because", "when", "while", "since", "though", "until")
    )
    + r"\b"
)


def clause_window(c: Candidate) -> str | None:
    """Negation and tense belong to their clause: "would cut tariffs after meeting Xi" is a plan
    to cut, and a meeting done. The window starts after the last comma or subordinator."""
    mt = c.mt
    for m in _SUBORDINATE.finditer(mt.text, c.lo, c.a):
        c.lo = m.end()
    # should feel ashamed and rejected the demand: a verb joined by "and" has its own tense
    verb = mt.text[c.a : c.b].split(" ", 1)[0]
    if verb.endswith("ed") or verb in c.lex["participles"]:
        joined = _JOINED_VERB.search(mt.text, c.lo, c.a)
        if joined is not None:
            c.lo = joined.end()  # (will visit and meet Xi: the plan holds both)
    # will not support the rebels and will lift the curbs: a verb phrase joined with its own
    # auxiliary is a clause of its own; the first one's "not" does not reach it
    if mt.text.find(" and ", c.lo, c.a) >= 0 or mt.text.find(" but ", c.lo, c.a) >= 0:
        for m in _JOINED_AUXILIARY.finditer(mt.text, c.lo, c.a):
            c.lo = m.start(1)
    return None


_JOINED_VERB = re.compile(r"\band\s+(?:\w+ly\s+|also\s+|then\s+)?$")
_JOINED_AUXILIARY = re.compile(
    r"\b(?:and|but)\s+(will|would|shall|should|can|could|must|has|have|had|did|does)\s"
)


@for_rules(lambda rule: rule.source == "first")
def english_subject(c: Candidate) -> str | None:
    """With no actor right before the verb, its subject is the sentence's first actor (not one
    in an opening adverbial): Blinken met Xi in Beijing on Friday and warned…: Blinken."""
    mt = c.mt
    if "S" in c.slots or c.rule.source != "first":
        return None
    start = mt.s.start
    opener = _OPENER.match(mt.text, start)
    if opener is not None:
        comma = mt.text.find(",", opener.end(), c.a)
        start = comma + 1 if comma >= 0 else start
    # a day after G7 leaders criticised Beijing: a subordinate clause has its own subject
    inner = next(reversed(list(_SUBORDINATOR.finditer(mt.text, start, c.a))), None)
    if inner is not None and _in_closed_relative(mt.text, start, inner, c.a):
        inner = None  # Kim, who arrived after a journey through China, is due…: Kim's verb
    if inner is not None and _COMMA_AND_VERB.search(mt.text, inner.end(), c.a):
        # summoned the envoy after a destroyer sailed near the island, and warned…: ", and"
        # with no subject of its own closes the subordinate clause; the verb is the main one's
        inner = None
    if inner is not None and any(inner.end() <= m.start and m.end <= c.a for m in mt.mentions):
        start = inner.end()
    elif inner is not None and _unnamed_subject(mt.coding.text[inner.end() : c.a]):
        return "unnamed_subject"  # after analysts warned…: no actor did it, not the sentence's
    first = next((m for m in mt.active if start <= m.start and m.end <= c.a), None)
    if first is not None and (c.slots.get("T") is None or first is not c.slots["T"]):
        c.slots["S"] = first
    return None


def _in_closed_relative(text: str, start: int, inner: re.Match[str], a: int) -> bool:
    """Does the subordinate clause ``inner`` opens stand inside a relative clause (", who …,")
    closed by a comma before the trigger at ``a``? Its subject is then none of the main verb's."""
    opened = _RELATIVE_OPENS.search(text, start, inner.start())
    return opened is not None and text.find(",", inner.end(), a) >= 0


_RELATIVE_OPENS = re.compile(r",\s+(?:who|which|whose)\b")
# ", and" right before the verb (an adverb may stand between): a predicate joined to the main
# clause, past a subordinate clause that ends at the comma.
_COMMA_AND_VERB = re.compile(r",\s+and\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$")


# "as" of "as well as" and "such as" joins a noun phrase (the United States as well as its
# allies condemned…), no clause.
_SUBORDINATOR = re.compile(
    r"\b(?:after|before|when|while|because|although|though|until|(?<!well )(?<!such )as)\s"
)
# A subordinate clause's own subject that names no actor: one to three lower-case words, a
# determiner or adjective and a noun (analysts, some experts, the wording), no pronoun, auxiliary
# or verb form (the clause's subject is then elsewhere, or the verb a gerund).
_PLAIN_NOUN = re.compile(r"(?:[a-z][a-z\-]*\s+){0,2}[a-z][a-z\-]*(?<!ing)(?<!ed)(?<!ly)\s+")
_SUBJECT_NO_NOUNS = frozenset(("it", "they", "he", "she", "we", "i", "you", "that", "this", "which",
                               "who", "would", "will", "had", "has", "have", "was", "were", "is", "are",
                               "did", "does", "could", "should", "might", "may", "must", "not", "also",
                               "then", "later", "first", "finally", "only", "both", "each", "there",
                               # a number counts parties named before (the two sides, the three)
                               "two", "three", "four", "five"))  # fmt: skip


def _unnamed_subject(words: str) -> bool:
    """Are ``words`` (between a subordinator and the trigger) a subject naming no actor? People
    named as a group (when the ministers meet) and parties named again with "the" (after the
    delegations met, the neighbours signed) stand for those named before, as a pronoun does;
    a bare plural (after analysts warned, some countries) names no one."""
    return (_PLAIN_NOUN.fullmatch(words) is not None
            and _SUBJECT_NO_NOUNS.isdisjoint(words.split())
            and _PERSONAL_PAIR.search(words) is None
            and _PARTIES_AGAIN.match(words) is None)  # fmt: skip


# Parties named again by a definite noun of states or their envoys (the delegations, both sides).
_PARTIES_AGAIN = re.compile(
    r"(?:the|both|all)\s+(?:[a-z\-]+\s+)?(?:delegations|countries|nations|neighbou?rs|governments"
    r"|states|sides|allies|partners|parties)\b"
)


# The matched text is lower-cased: the openers are matched in lower case (in capitals they never
# matched, and the subject of "After X met Y, Z warned…" was X).
_OPENER = re.compile(r"\s*(?:after|before|when|while|as|following|during|despite|in|on|at|since)\b")


@gated(lambda lex: (*lex["hypothetical"], *lex["unrealised"]))
def hypothesis(c: Candidate) -> str | None:
    """Could, might, is expected to, would consider: speculation is no act, nor an intent; nor
    is a plan that did not happen, told right before its verb (had been due to visit, but
    called off the trip: the calling off is an act). A doer who says it could do harm (the
    United States said it could impose sanctions) threatens it."""
    if _speculated(c):
        threat = threat_of(c.mt.rules.conditional, c.code)
        if threat is None or not _OWN_POSSIBILITY.search(c.mt.text, c.mt.s.start, c.a):
            return "hypothetical"
        c.code, c.rule_id = threat, c.rule.id + "+if"
    if c.mt.has_any(c.lex["unrealised"], max(c.lo, c.a - 24), c.a):
        return "unrealised"
    return None


def _speculated(c: Candidate) -> bool:
    """A word of speculation between the source and the trigger; "may" only where it is no
    surname (Theresa May met Xi: a meeting, not a possibility)."""
    lex = c.lex
    words = lex["hypothetical"]
    if not c.mt.has_any(words, c.lo, c.a):
        return False
    others = per_table(lex, "hypothetical_not_may", lambda: tuple(w for w in words if w != "may"))
    return c.mt.has_any(others, c.lo, c.a) or modal_may(c.mt.coding.text, c.lo, c.a)


# Said it could, warned they might: the doer's own word on what it may do (a pronoun after the
# verb of saying stands for the sayer), right before the act.
_OWN_POSSIBILITY = re.compile(
    r"\b(?:said|says|warned|warns|announced|declared|stated|added)\s+(?:on\s+\w+\s+)?"
    r"(?:that\s+)?(?:it|they|he|she|we)\s+(?:could|may|might)\s+(?:\w+\s+)?$"
)


def later_clause(c: Candidate) -> str | None:
    """News puts the main act first: a later clause's act ranks a little lower, and an act told
    in an aside (Turkey, which has long accused Syria of…, threatened…) lower still."""
    s = c.mt.s
    c.confidence *= 1 - 0.1 * (c.a - s.start) / max(s.length, 1)
    if _in_aside(c.mt.text, s.start, s.end, c.a):
        c.confidence *= 0.85
    return None


_ASIDE_OPEN = re.compile(r",\s+(?:which|who|whose|whom)\b[^,;]*$")


def _in_aside(text: str, lo: int, hi: int, a: int) -> bool:
    """Is ``a`` inside a clause set off by commas that opens with which or who?"""
    return text.find(",", a, hi) >= 0 and _ASIDE_OPEN.search(text, lo, a) is not None


#: The rejection (CAMEO 12) of a cooperative act refused, by the act's root: an intent or
#: agreement (120), a meeting (125), material cooperation (121), aid (122), a concession (124).
_REJECTION = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}


def _negations(lex: dict) -> tuple[str, ...]:
    """Every word ``not_negated`` looks for: with none of them, nothing is negated."""
    return (*lex["negation"], *lex["negation_adjacent"], *lex["negation_before_doer"])


@for_rules(lambda rule: rule.negation)
@gated(_negations)
def negated_or_refused(c: Candidate) -> str | None:
    """A negated act is no event, but a cooperative act refused or said not to come (Pakistan
    would not sign the treaty, refused to release the prisoners) is its rejection."""
    reason = not_negated(c)
    rejection = _REJECTION.get(c.code[:2])
    if reason is None or rejection is None or not c.mt.has_any(c.lex["refusals"], c.lo, c.a):
        return reason
    if c.mt.has_any(c.lex["warnings"], c.mt.s.start, c.a):
        return reason  # warned that it would not accept…: the warning is the act
    if c.code.startswith("055"):
        return reason  # would not apologise: no act asked of it by anyone is turned down (the
        # demand for an apology is the other side's act; eval/README.md, twentieth batch)
    if _joint_doers(c):
        return reason  # China and India would never improve relations: neither rejects the other
    c.code, c.rule_id = rejection, c.rule.id + "+refused"
    return None


def _joint_doers(c: Candidate) -> bool:
    """Are the source and the target both the act's subject (China and India would…, the two
    sides will…), the target before the trigger?"""
    s, t = c.source, c.target
    if t is None and _listed_subjects(c):
        return True  # (China and Brazil will not…, read from Brazil: the pairs come later)
    if s is None or t is None or t.end > c.a or t.start < s.end:
        return False
    return t.kind == "pair" or _JOINED.match(c.mt.text[s.end : t.start]) is not None


# Only a rule with a future or a threat can change here: before it a step may turn a code into a
# refusal (skipped here), a guest's welcome (043) or a threat (13x), none with a threat of its own.
@for_rules(lambda rule: rule.future is not None or rule.threat is not None)
def tense(c: Candidate) -> str | None:
    """Will meet, plans to visit, or a trigger that begins one (agreed to undertake drills);
    a condition may follow the act (will withdraw its troops unless…). A conflictual act said
    to come (would impose tariffs, vowed to retaliate) is a threat of it, unless it was agreed
    or decided (agreed to cut off banks: the sanction itself). A refusal stays one."""
    if c.rule_id.endswith("+refused"):
        return None
    future_or_threat(c, future_at_trigger=True, condition_after=not _said_after(c))
    mt, lex = c.mt, c.lex
    if c.rule.future and c.code == c.rule.code and TIMED_JOURNEY.match(mt.text, c.a):
        c.code, c.rule_id = c.rule.future, c.rule.id + "+future"  # flies on Thursday to…
    lo = after_but(mt.text, c.lo, c.a)  # (planned to go but cancelled the trip: done)
    if (c.code == c.rule.code and c.rule.future is None and c.threat and c.threat != c.code
            and (mt.has_any(lex["future"], lo, c.a)
                 or mt.has_any(lex["threat_verbs"], lo, c.a)  # threatened today to impose…
                 or PROMISED_ON.search(mt.text, lo, c.a))  # vowed on Monday to impose…
            and not mt.has_any(lex["decided"], lo, c.a)):  # fmt: skip
        c.code, c.rule_id = c.threat, c.rule.id + "+future"
    return None


@gated(("if", "unless"))
def conditional_consequence(c: Candidate) -> str | None:
    """If the answer is unsatisfactory, China will protest to Japan: the consequence of an
    ``if`` or ``unless`` clause, said with will or would, is not done. A rule with an intent or
    a threat of its own has turned it into that (``tense``); any other act is nothing."""
    mt = c.mt
    if c.code != c.rule.code or c.rule_id != c.rule.id or c.code[:2] in _SAID_ACTS:
        return None
    lo = max(mt.s.start, mt.text.rfind(",", mt.s.start, c.a) + 1)
    if _MODAL.search(mt.text, lo, c.a) is None:
        return None
    opened = lo > mt.s.start and _OPENING_IF.match(mt.text, mt.s.start, lo) is not None
    after = _IF.search(mt.text, c.b, mt.s.end)
    return "condition" if opened or (after is not None and not _said_after(c)) else None


# a threat or an intent is itself what is said (it would retaliate if Tokyo continued)
_SAID_ACTS = ("03", "13")
# will protest, would lodge: the modal of what is to follow; If…, or Unless…, opening the sentence
_MODAL = re.compile(r"\b(?:will|would|shall)\b|['’]ll\b")
_OPENING_IF = re.compile(r"\s*[\"“‘']?(?:If|if|Unless|unless)\b[^,]*,\s*$")


@for_codes("03")
def guessed_intent(c: Candidate) -> str | None:
    """Analysts doubt China is ready to help Russia: an intent guessed by a sayer that is no
    state (analysts, experts, observers, the media) is no state's word; it lends no intent.
    Only a subject that opens the sentence and a verb of guessing or saying right before the
    doer are read (Wang said analysts doubted…: the state's own word is left to the rules)."""
    source = c.source
    if not c.code.startswith("03") or source is None:
        return None
    mt = c.mt
    return "guess" if _GUESSER.match(mt.text, mt.s.start, source.start) else None


# the sayers no state: a gate's parts of words (Analysts and analysts alike)
_GUESSER_NOUNS = ("nalyst", "xpert", "bserver", "ommentator", "cholar", "cademic", "undit",
                  "conomist", "edia", "ress", "ewspaper")  # fmt: skip
# analysts, experts, observers, the media, then a verb of guessing (doubt, expect, believe…)
_GUESSER = re.compile(
    r"\s*(?:(?:some|many|most|several|other|western|foreign|chinese|independent|political|"
    r"military|security|the)\s+)*(?:analysts?|experts?|observers?|commentators?|scholars?|"
    r"academics?|pundits?|economists?|media|press|newspapers?|analysis)\s+"
    r"(?:\w+ly\s+)?(?:doubts?|doubted|expects?|expected|believes?|believed|thinks?|thought|"
    r"predicts?|predicted|suspects?|suspected|says?|said|speculates?|speculated|wonders?|"
    r"wondered|argues?|argued|question(?:s|ed)?\s+whether|are\s+unsure\s+whether|say\s+it\s+is\s+"
    r"(?:unclear|doubtful)\s+whether)\s+(?:that\s+|whether\s+|if\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


@gated(_GUESSER_NOUNS)
def guessed_act(c: Candidate) -> str | None:
    """Observers expect China to mediate: an act a sayer that is no state (``_GUESSER``)
    expects, predicts or doubts, told in an infinitive or with a modal after the doer, is a
    guess of what may come, no act (an intent is ``guessed_intent``'s). A done act the analysts
    tell (analysts said China expelled…) is left to the rules."""
    source = c.source
    if source is None or c.code.startswith("03") or source.end > c.a:
        return None
    mt, doer_end, target = c.mt, source.end, c.target
    if target is not None and source.end < target.start < c.a and (
            mt.text[source.end : target.start].strip() == "and"):  # fmt: skip
        doer_end = target.end  # a pair the subject (China and India would trade…; review-en41)
    if _GUESSED_MODAL.match(mt.text, doer_end, c.a) is None:
        return None
    return "guess" if _GUESSER.match(mt.text, mt.s.start, source.start) else None


# expect China to mediate, predict Beijing will send: the guessed act's infinitive or modal,
# right after the doer (an adverb between); one further on belongs to a done act's own verb
# (Experts say Russia has begun to deploy troops; analysts said China had decided to expel…:
# review-en40).
_GUESSED_MODAL = re.compile(r"\s+(?:\w+ly\s+|not\s+)?(?:to|will|would|could|might|may|can)\b")


@for_rules(lambda rule: rule.id == "en.051.honour")
def honour_to_private(c: Candidate) -> str | None:
    """Awarded the Order of Friendship to a Chinese engineer: an honour given to a foreign
    citizen is no praise of his state; only one given to its leader or an official (a named
    person, or an actor with a sector: CHNGOV) is."""
    target = c.target
    if c.rule.id != "en.051.honour" or target is None:
        return None
    if _HONOUR_OF_DOING.search(c.mt.text, c.a, c.mt.s.end):
        return "privilege"  # awarded Xi the honour of opening the forum (review-en40)
    if c.mt.has_any(c.lex["future"], c.lo, c.a):
        return "future"  # will award Xi the Order: an honour to come is not given (coder-en49)
    # (a sector that is no state's officials, a firm or workers: a medal to a Chinese company is
    # no praise of China; review-en40)
    if target.kind == "person" or (
        len(target.code) > 3 and target.code[3:6] not in _NOT_STATE_SECTORS
    ):
        return None
    return "private recipient"


# The honour of doing a thing (the honour of opening the forum) is a courtesy, no decoration.
_HONOUR_OF_DOING = re.compile(r"\bhonou?r\s+of\s+\w+ing\b", re.IGNORECASE)


@for_rules(lambda rule: rule.id == "en.030.settle_with")
def settled_with_thing(c: Candidate) -> str | None:
    """Ready to resolve the problem with Chinese seafood imports, with Beijing's help: a state
    after "with" that opens a longer noun phrase (an adjective, a possessive) names the thing
    at issue or a helper, not the partner in the dispute (review-en40)."""
    target = c.slots.get("T")
    if c.rule.id != "en.030.settle_with" or target is None:
        return None
    return "thing" if _NOUN_GOES_ON.match(c.mt.text, target.end) else None


# The noun phrase goes on after the state: a possessive, or a word that is no preposition,
# conjunction, adverb or verb of saying (with Japan over the islands, with Washington in a calm
# manner, with Indonesia properly, with India, the ministry said).
_NOUN_GOES_ON = re.compile(
    r"(?:['’]s?\b|\s+(?!(?:over|on|in|through|at|to|and|or|but|by|for|about|after|before|as|"
    r"under|via|within|without|if|so|which|that|soon|again|said|says)\b|\w+ly\b)[a-z][\w\-]*)"
)


@for_rules(lambda rule: rule.id == "en.043.host")
def received_thing(c: Candidate) -> str | None:
    """Kim received a letter from Xi: a letter, a message or a call received, its sender after
    "from", is no guest; only the verb's own object counts, so a letter an envoy delivered in a
    clause after him (received the envoy, who delivered a letter from Yoon) leaves the
    reception (review-en40)."""
    target = c.slots.get("T")
    if c.rule.id != "en.043.host" or target is None or target.start < c.b:
        return None
    return "thing received" if _THING_FROM.fullmatch(c.mt.text, c.b, target.start) else None


# received a letter from, a congratulatory message from, phone calls from the…
_THING_FROM = re.compile(
    r"\s+(?:[\w'’\-]+\s+){0,3}?(?:letters?|messages?|cables?|telegrams?|calls?|invitations?|"
    r"requests?|notes?|reports?)\s+from\s+(?:the\s+)?"
)


# The rules whose force ``harm_to_own`` reads: told by a sayer, or on a site with no target.
_FORCE_ON_SITE = ("en.112.said", "en.190.attack_site")


@for_rules(lambda rule: rule.id in _FORCE_ON_SITE)
def harm_to_own(c: Candidate) -> str | None:
    """China said Philippine vessels had attacked their own supply boats: ``own`` belongs to
    the reported clause's subject, so the harm told is the accused's to itself, no grievance
    of the sayer's (violated their own commitments is still an accusation: only force). Force
    on a site the doer owns (shelled their own positions) is no attack on anyone either."""
    if c.rule.id not in _FORCE_ON_SITE:
        return None
    target = c.slots.get("T")
    mt = c.mt
    start = target.end if target is not None else c.a
    stop = mt.text.find(",", max(start, c.b), mt.s.end)
    end = mt.s.end if stop < 0 else stop
    return "own" if _FORCE_ON_OWN.search(mt.text, start, end) else None


# attacked, rammed, shelled, opened fire on…, then its own or their own
_FORCE_ON_OWN = re.compile(
    r"\b(?:attacked|attacking|rammed|ramming|shelled|shelling|opened\s+fire\s+on|fired\s+(?:on|at)|"
    r"tortured|torturing|massacred|abused|abusing|sabotaged|sabotaging|"
    # captured two of their own soldiers (en.112.said's people counted out; review-en40)
    r"(?:captured|capturing|seized|seizing|abducted|kidnapped|detained|arrested)\s+"
    r"(?:[\w\-]+\s+){0,2}?of)\s+(?:(?:on|at)\s+)?"
    r"(?:its|their)\s+own\b",
    re.IGNORECASE,
)


# A verb of saying that opens a clause of its own after the act (imposed sanctions on Sunday,
# warning that they could use force if…; and said it would retaliate if…): a condition after it
# is what is said, not the act's.
_SAID_AFTER = re.compile(
    r"(?:,\s*|\s+and\s+)(?:warning|warned|saying|said|adding|added|vowing|vowed)\b"
)
_IF = re.compile(r"\b(?:if|unless)\b")


def _said_after(c: Candidate) -> bool:
    """Does a clause of saying open after the trigger, before any condition there?"""
    mt = c.mt
    said = _SAID_AFTER.search(mt.text, c.b, mt.s.end)
    if said is None:
        return False
    first_if = _IF.search(mt.text, c.b, mt.s.end)
    return first_if is None or first_if.start() > said.start()


# Acts of force that civilians do as a riot, and the sectors of civilians (en.yaml roles).
_CIVIL_FORCE = frozenset(("190", "193", "171", "182"))
_CIVILIANS = frozenset(("CVL", "OPP", "EDU", "LAB", "AGR", "REL"))


@for_codes(*_CIVIL_FORCE)
def civilian_force(c: Candidate) -> str | None:
    """Students clashed with riot police, crowds stormed the embassy, rioters set fire to
    shops: force used by civilians, protesters, workers or students is a violent protest
    (CAMEO 145), not an armed attack or a seizure; armed groups and forces keep the act."""
    source = c.source
    if c.code in _CIVIL_FORCE and source is not None and source.code[3:6] in _CIVILIANS:
        c.code, c.rule_id = "145", c.rule_id + "+riot"
    return None


def pair_targets(c: Candidate) -> str | None:
    """Urged both sides, accused them: an object that is a group phrase is each of its parties."""
    ms = c.mt.mentions
    out: list[Mention | None] = []
    for t in c.targets:
        if t is not None and t.kind == "pair" and any(m is t for m in ms):
            out.extend(m for m in _group(c.mt, t) if m not in out)
        elif t not in out:
            out.append(t)
    c.targets = out
    return None


def pairs_of_actors(c: Candidate) -> str | None:
    """Every source with every target; a symmetric act of a list of three or more (Li, Kishida
    and Yoon held a summit) is each pair of the group, and so is one of a listed subject with
    no object (the foreign ministers of Japan, China and South Korea met); China in the group,
    China with each other member (``with_china``)."""
    if _listed_subjects(c) and (
        c.target is None
        or c.target.country in {m.country for m in coordinated(c.mt, c.slots["S"], None, (-1, 1))}
    ):  # the United States and China agreed…, they: a joint act of the two, once
        group = coordinated(c.mt, c.slots["S"], None, (-1, 1))
        pairs = [(a, b) for a, b in combinations(group, 2) if a.country != b.country]
        c.pairs = with_china(pairs, state_of)
        return None if c.pairs else "no_target"
    pair_up(c, allowed=is_domestic)
    if "T" in c.slots and c.rule.code.startswith(JOINT):
        grouped = group_pairs(c.mt.text, c.sources, c.targets)
        if not grouped and c.rule.code in _TALKS and _china_among(c.sources):
            grouped = c.pairs  # China and Russia held talks with Iran: one meeting of the three
        c.pairs = with_china(grouped, state_of) or c.pairs
    return None


#: Meetings and talks: a listed subject's with a partner are one gathering of them all.
_TALKS = ("040", "046")


def _china_among(sources: list[Mention | None]) -> bool:
    """Is China one of two or more listed doers?"""
    return len(sources) > 1 and any(s is not None and s.country == HOME for s in sources)


def _prepare(mt: Matcher, before: list[Match]) -> None:
    return None


def _finish(mt: Matcher, found: list[Match]) -> list[Match]:
    """One act per verb; an act agreed to is that act (or its intent); a verb whose object the
    sentence names is not also a reaction to the story; an act needs a target."""
    if not found:
        return found
    if len(found) > 1:  # (each choice among matches keeps a lone match as it is)
        found = agreed_to(mt.text, one_act_per_trigger(found, mt.text), _intent(mt.rules))
    if _story(mt):  # a news story's events are between two states (or organisations)
        found = [m for m in found if m.target is not None and not (
                 m.source is not None and m.target.country
                 and m.target.country == m.source.country)
                 and not _forum(m.source) and not _forum(m.target)]  # fmt: skip
    named = [m for m in found if "+story" not in m.rule]
    found = [m for m in found if "+story" not in m.rule or not any(
        (n.start < m.end and m.start < n.end)
        or (n.code[:2] == m.code[:2] and country_of(n.source) == country_of(m.source)
            and not _distinct_act(mt.text, m, n))
        for n in named)]  # fmt: skip
    found = menace_once(_at_own_time(mt, found))
    adverbial = mt.rules.lexicon["adverbial_acts"]
    if len(found) > 1:  # …downgraded ties, in protest against…: the protest is no act of its own
        found = [
            m
            for m in found
            if not mt.text.startswith(adverbial, m.start)
            and not _in_adverbial(mt.text, mt.s.start, m.start, adverbial)
            and not _WHAT_CALLED.search(mt.text, max(mt.s.start, m.start - 60), m.start)
        ] or found
    if len(found) < 2:
        return list(found)
    return own_acts(mt.text, mt.s.start, mt.s.end, found, lambda ms: _chosen(mt, ms))


def _charges_of_arrests(found: list[Match]) -> list[Match]:
    """Police arrested two Chinese supervisors and charged them with murder: a state's charge
    against persons it holds is a step of the arrest (173), no accusation (112) of their state
    beside it ("them" has no target yet: the arrest's doer decides); a charge with no arrest
    told in the sentence stays as it is read."""
    held = {(m.source.country, m.target.country) for m in found
            if m.code == "173" and m.source and m.target}  # fmt: skip
    by = {source for source, _ in held}

    def step(m: Match) -> bool:
        if not m.rule.startswith("en.112.charge") or m.source is None:
            return False
        if m.target is None:
            return m.source.country in by
        return (m.source.country, m.target.country) in held

    return [m for m in found if not step(m)]


def _chosen(mt: Matcher, found: list[Match]) -> list[Match]:
    """The sentence's acts after those another explains are dropped (a condemnation explains
    the accusation that says what it was for: condemned Kyiv, accusing it of shelling); an
    accusation told with its own finite verb joined by "and" (called the attack a provocation
    and accused Kyiv of shelling) is an act of its own, which no judgement explains."""
    embedded = unembed(found)
    kept = _charges_of_arrests(
        embedded + [m for m in found if m not in embedded and _dated_aside(mt, m)]
    )
    text, lo = mt.text, max(0, mt.s.start - 1)  # (the space before an "and" opening the sentence)
    joined = [m for m in kept if m.code == "112" and _JOINED_ACCUSATION.search(text, lo, m.start)
              and text.startswith(("accused ", "accuses "), m.start)]  # fmt: skip

    def apart(m: Match, n: Match) -> bool:
        return _two_predicates(text, m, n)

    if not joined:
        return best(subsumed(kept), apart=apart)
    return best([*subsumed([m for m in kept if m not in joined]), *joined], apart=apart)


# A non-restrictive relative clause whose verb follows its head (the United States, which
# imposed sanctions on China on Monday): the head is its doer.
_ASIDE_OPENS = re.compile(r"\s*,\s+(?:which|who)\s+(?:(?:also|then|later|earlier|\w+ly)\s+)?$")


def _dated_aside(mt: Matcher, m: Match) -> bool:
    """China condemned the United States, which imposed sanctions on China on Monday: an act a
    non-restrictive relative clause reports with a time of its own is told as done, an event
    of its day (eval/README.md, en_news: "which expelled 23 Russians on March 14"), not the
    object of the main verb, whose target is only the clause's head (coder-en55)."""
    source, text = m.source, mt.text
    if source is None or source.end >= m.start:
        return False
    if _ASIDE_OPENS.fullmatch(text, source.end, m.start) is None:
        return False
    close = min((i for i in (text.find(ch, m.end, mt.s.end) for ch in ",;:") if i >= 0),
                default=mt.s.end)  # fmt: skip
    return any(m.end <= start < close for start, _ in mt.dates)


# "…and accused": a verb joined to the one before it, no participle describing it.
_JOINED_ACCUSATION = re.compile(r"\sand\s+(?:also\s+|then\s+|later\s+)?$")
# "…and had lodged", "and firmly opposed": the second of two predicates of one subject, with
# its own auxiliary or adverb.
_SECOND_PREDICATE = re.compile(r"\sand\s+(?:(?:also|then|later|had|has|have|\w+ly)\s+){0,2}$")


def _two_predicates(text: str, m: Match, n: Match) -> bool:
    """Are ``m`` and ``n`` read from two verbs joined by "and", each with its object ("firmly
    opposed" the test and had lodged a protest: a disapproval and a protest, two acts of one
    root), not one phrase read twice? The later trigger follows "and" with nothing but an
    auxiliary or adverb between, and the earlier's object stands before that "and" (condemns
    and firmly opposes the move: two verbs of one object, one act). Contacts (root 04) are
    chosen among by ``one_contact``."""
    if m.code[:2] == "04":
        return False
    first, second = sorted((m, n), key=lambda x: x.start)
    joined = _SECOND_PREDICATE.search(text, first.end, second.start)
    return joined is not None and bool(text[first.end : joined.start()].strip(" ,\"'”’"))


def _distinct_act(text: str, story: Match, named: Match) -> bool:
    """ "strongly condemned the decision, said it had lodged representations with Canada":
    a reaction to the story told before the sentence's named act of its root, aimed where
    that act is and with a code of its own, is a distinct act of that root (111 and 114); told
    after it (summoned the diplomat to protest against the letter), it says what that act was,
    unless it is a verb of its own joined by "and" (expelled Chad's ambassador and recalled its
    own envoy: two acts of root 16, the second aimed where the first was). Told first, with a
    verb of its own that "and" joins the named act to, it is distinct wherever that act is aimed
    (condemned the decision on Thursday and accused Beijing of…: Costa Rica's decision, then
    China)."""
    if story.code[:3] == named.code[:3]:
        return False
    if country_of(story.target) == country_of(named.target):
        return story.start < named.start or _two_predicates(text, named, story)
    return story.start < named.start and _two_predicates(text, named, story)


def _at_own_time(mt: Matcher, found: list[Match]) -> list[Match]:
    """A gapped object (…Kim on Sunday and Trump on Monday) is dated where it stands: its act
    is read from the end of its name, so the nearest time is the one told after it."""
    if len(found) < 2:
        return found
    gapped: dict[int, int] = {}  # the gapped object's id: the trigger it shares with the first
    for n in found:
        second = dated_object(mt.text, mt.active, n.target) if n.target is not None else None
        if second is not None:
            gapped[id(second)] = n.start
    if not gapped:
        return found
    return [replace(m, start=m.target.end, end=m.target.end)
            if m.target is not None and gapped.get(id(m.target)) == m.start else m
            for m in found]  # fmt: skip


def _in_adverbial(text: str, lo: int, at: int, adverbial: tuple[str, ...]) -> bool:
    """…, in retaliation for U.S. sanctions over Hong Kong: the act named in the phrase that
    gives the reason is a noun there, not an act the sentence reports."""
    return _adverbial(adverbial).search(text[max(lo, at - 40) : at]) is not None


# …launched drills around Taiwan, in what it called a stern warning to…: the noun names the act
# the sentence told (what "it", its doer, called it), no act of its own.
_WHAT_CALLED = re.compile(
    r"\bin\s+what\s+(?:[\w.'’\-]+\s+){1,4}?(?:called|calls|described\s+as|termed|dubbed|"
    r"branded)\s+(?:[\w\"“”'’\-]+\s+){0,3}$"
)
_ADVERBIALS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _adverbial(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for the phrases of reason ending right before an act, compiled once per word
    list (it was compiled, or looked up in ``re``'s cache, once per word and match)."""
    found = _ADVERBIALS.get(words)
    if found is None:
        alternation = "|".join(map(re.escape, words))
        found = _ADVERBIALS[words] = re.compile(
            rf"\b(?:{alternation})\s+(?:for|to|against)\s+(?:[\w.'’\-]+\s+){{0,2}}$"
        )
    return found


def _forum(m: Mention | None) -> bool:
    """A body with no code of its own (the SCO, BRICS: generic ``IGO``) is where leaders meet in
    a news story, not a party to its acts; PLOVER's records, which are no stories, code it."""
    return m is not None and m.code == "IGO"


def _story(mt: Matcher) -> bool:
    """Is the document a news story (its genre says so, or it opens with a dateline)?"""
    doc = mt.coding.document
    return doc.genre == "news" or dateline(mt.coding.norm) is not None


def _intent(ruleset: RuleSet):
    """A match turned into its rule's intent code, if the rule has one (aid → 033); a contact
    agreed to (agreed to meet again, whichever rule read "meet") is an intent to meet, 036."""

    def intent(m: Match) -> Match:
        future = ruleset.by_id[m.rule.split("+")[0]].future
        if future is None and m.code.startswith("04"):
            future = "036"
        if future is None or "+" in m.rule:
            return m
        return replace(m, code=future, rule=m.rule + "+future")

    return intent


EN = Checks(
    lang="en",
    skip_trigger=_modifier,
    before=(
        verb_as_noun,
        state_noun,
        apposed_noun,
        depicted_act,
        not_excluded,
        no_comment,
        yes_no_question,
        pluperfect_aside,
    ),
    steps=(
        call_with_particle,
        courtesy_call,
        pair_talked,
        pair_together,
        judged_not_called,
        judged_in_time_phrase,
        in_charge,
        kind_of_support,
        abstract_damage,
        force_of_nature,
        closed_no_mission,
        troops_not_visitors,
        signed_directive,
        urged_infinitive,
        craft_route,
        met_standard,
        accepted_offer,
        destinations_pair,
        apology_refused,
        defied_possessor,
        noun_act_to_come,
        helpers_from,
        body_session,
        drill_of_strike,
        rejected_talk,
        contact_put_off,
        across_without,
        naming,
        evaluated_event,
        document_content,
        consequence,
        auxiliary_had,
        passive_voice,
        purpose,
        relative_subject,
        contact_clause_subject,
        ready_subject,
        subject_ends_clause,
        prepositional_subject,
        possessive_subject,
        reported_subject,
        others_finding,
        english_subject,
        quoted_subject,
        pair_subject,
        controlled_subject,
        find_source,
        rival_possessor,
        captured_people,
        harm_told_by_victim,
        wished_for_others,
        object_of_reaction,
        pair_subject,
        target_not_passive,
        find_target,
        cause_ascribed,
        state_protest,
        private_nationals,
        private_pair,
        persons_of,
        denied_beyond_clause,
        apposed_before_phone,
        denial_negated,
        seized_by_state,
        welcomed_guest,
        own_state_bound,
        adjunct_object,
        later_preposition_object,
        target_of_other_passive,
        circumstance_object,
        requester_object,
        origin_not_visited,
        purpose_not_visited,
        object_before_saying,
        patient_object,
        opposed_target,
        unnamed_object,
        counted_states,
        reciprocal_purpose,
        kind_of_states,
        ally_target,
        sale_recipient,
        unnamed_doers,
        response_to_last_act,
        warned_against_practice,
        judged_practice,
        act_noun_object,
        shared_partner,
        joined_predicate_object,
        story_target,
        dateline_place,
        signed_in_place,
        exchange_partner,
        listed_or_target,
        list_not_aimed_at,
        hosted_forces,
        distinct_states,
        foreign_victims,
        read_from_source,
        clause_window,
        habitual,
        habit_in_present,
        stance_over_period,
        measures_taken,
        helping_measures,
        perfect_in_relative,
        since_clause,
        vague_after,
        own_that_clause,
        negated_or_refused,
        withheld_judgement,
        counterfactual,
        envoys_not_troops,
        hypothesis,
        in_condition,
        restrictive_clause,
        not_asserted,
        claimed_of_another,
        suffered_as_told,
        suffered_denied,
        predicate_negated,
        not_denied,
        not_implied,
        infinitive,
        ended_not_sought,
        setting_not_object,
        landed_object,
        joined_body,
        pair_alone,
        pledged_to_another,
        deals_announced,
        possessed_after_preposition,
        not_embedded,
        later_clause,
        tense,
        conditional_consequence,
        guessed_intent,
        guessed_act,
        honour_to_private,
        received_thing,
        settled_with_thing,
        harm_to_own,
        announced_plan,
        past_aside,
        civilian_force,
        coordinate_sources,
        english_sources,
        present_person,
        group_sources,
        coordinate_targets,
        origin_list,
        gapped_objects,
        story_doers,
        new_clause_subjects,
        dated_objects,
        gapped_subjects,
        others_listed,
        pair_targets,
        pairs_of_actors,
        joint_document_of_two,
        self_included,
    ),
    prepare=_prepare,
    finish=_finish,
)
