"""The checks an English candidate passes, in order (``EN``), and the English-only ones.

English marks roles by word order and voice: a participle after a determiner is no act (the
besieged town), a verb after one is a noun (her visit), a passive's doer follows ``by``, an
actor that ends the clause before the verb is an object (sanctioned Russia and expelled…),
acts inside one state are coded (EGYCOP → EGYOPP), "will" may follow the trigger's start and
"unless" the act, and a verb's agreement to an act is that act (agreed to cut off banks).

>>> [step.__name__ for step in EN.steps][:2]
['passive_voice', 'subject_ends_clause']
"""

from __future__ import annotations

from dataclasses import replace

from dipwatch.coder.checks import (
    JOINT,
    Candidate,
    Checks,
    coordinate_sources,
    coordinate_targets,
    find_source,
    find_target,
    future_or_threat,
    not_embedded,
    not_excluded,
    not_negated,
    other_than_self,
    pair_up,
    read_from_source,
    target_found,
    target_not_passive,
    words_present,
)
from dipwatch.coder.doc import Match
from dipwatch.coder.english import (
    after_determiner,
    agent,
    agreed_to,
    ends_clause,
    group_pairs,
    is_domestic,
    is_modifier,
    is_passive,
    one_act_per_trigger,
)
from dipwatch.coder.matcher import Matcher
from dipwatch.coder.rules import Pattern, Rule, RuleSet
from dipwatch.coder.selection import best, subsumed, unembed


def _modifier(mt: Matcher, a: int, b: int) -> str | None:
    """The besieged town, a meeting; a diplomat accused of: no act of theirs."""
    text, lex = mt.text, mt.rules.lexicon
    if is_modifier(text, a, b, lex) or text.startswith(lex["reduced_passive"], a):
        return "modifier"
    return None


def verb_as_noun(mt: Matcher, rule: Rule, pattern: Pattern, a: int, b: int) -> str | None:
    """Her visit to Taiwan: a verb form after a determiner is a noun, and a pattern that
    triggers on the verb does not fire."""
    verbs = pattern.elements[pattern.anchor].verbs
    if verbs and mt.text[a:b] in verbs and after_determiner(mt.text, a):
        return "noun"
    return None


def passive_voice(c: Candidate) -> str | None:
    """Palestinians were arrested by Israeli soldiers: the subject suffered the act, the doer
    follows ``by``; a passive without one has no doer to code."""
    mt, lex = c.mt, c.lex
    if not is_passive(mt.text, c.a, c.b, mt.s.start, lex):
        return None
    doer = agent(mt.text, c.b, mt.active, lex)
    sufferer = c.slots.get("S") or next(
        (m for m in reversed(mt.mentions) if m.end <= c.a and not m.inert), None
    )
    if doer is None or sufferer is None:
        return "passive"
    c.slots = {"S": doer, "T": sufferer}
    return None


def subject_ends_clause(c: Candidate) -> str | None:
    """sanctioned Russia and expelled…, cut ties with Taiwan on Thursday and switched…: the
    actor ends the clause before; it is not the doer."""
    subject = c.slots.get("S")
    if subject is not None and ends_clause(c.mt.text[subject.end : c.a]):
        c.drop("S")
    return None


def distinct_states(c: Candidate) -> str | None:
    """A target of the source's own state is another state, unless the act is inside one
    state (Egyptian police arrested opposition protesters)."""
    return other_than_self(c, allowed=is_domestic)


def later_clause(c: Candidate) -> str | None:
    """News puts the main act first: a later clause's act ranks a little lower."""
    s = c.mt.s
    c.confidence *= 1 - 0.1 * (c.a - s.start) / max(s.length, 1)
    return None


def tense(c: Candidate) -> str | None:
    """Will meet, plans to visit, or a trigger that begins one (agreed to undertake drills);
    a condition may follow the act (will withdraw its troops unless…)."""
    future_or_threat(c, future_at_trigger=True, condition_after=True)
    return None


def pairs_of_actors(c: Candidate) -> str | None:
    """Every source with every target; a symmetric act of a list of three or more (Li, Kishida
    and Yoon held a summit) is each pair of the group."""
    pair_up(c, allowed=is_domestic)
    if "T" in c.slots and c.rule.code.startswith(JOINT):
        c.pairs = group_pairs(c.mt.text, c.sources, c.targets) or c.pairs
    return None


def _prepare(mt: Matcher, before: list[Match]) -> None:
    return None


def _finish(mt: Matcher, found: list[Match]) -> list[Match]:
    """One act per verb; an act agreed to is that act (or its intent)."""
    found = agreed_to(mt.text, one_act_per_trigger(found), _intent(mt.rules))
    return best(subsumed(unembed(found)))


def _intent(ruleset: RuleSet):
    """A match turned into its rule's intent code, if the rule has one (aid → 033)."""

    def intent(m: Match) -> Match:
        future = ruleset.by_id[m.rule.split("+")[0]].future
        if future is None or "+" in m.rule:
            return m
        return replace(m, code=future, rule=m.rule + "+future")

    return intent


EN = Checks(
    lang="en",
    skip_trigger=_modifier,
    before=(verb_as_noun, words_present, not_excluded),
    steps=(
        passive_voice,
        subject_ends_clause,
        find_source,
        target_not_passive,
        find_target,
        target_found,
        distinct_states,
        read_from_source,
        not_negated,
        not_embedded,
        later_clause,
        tense,
        coordinate_sources,
        coordinate_targets,
        pairs_of_actors,
    ),
    prepare=_prepare,
    finish=_finish,
)
