"""The ``patterns`` component: rules fire on sentences and fill ``coding.matches``.

For each sentence the trigger automaton of its language (Chinese if it has CJK characters,
else English) finds candidate triggers; each candidate's pattern is then checked outward from
the trigger, element by element (``Matcher``), and the language's checks (``zh_checks.ZH``,
``en_checks.EN``: small named functions that each return a reason to reject, counted in
``coding.counts``) fill what the pattern left open and decide, in order:

- actor slots not found use the rule's fallback (first actor of the sentence, the speaker…);
- a source is required; a target of the source's own country is replaced by another state in
  the sentence (中立两国: the other one) or the match is dropped;
- a negation before the trigger (不会, 并未, not) suppresses the match;
- a conditional (如果…将…) turns an act into the threat of it (``conditional`` in the file);
- a future marker (将, will) turns a rule with ``future`` into its intent code (visit → 036);
- one event per sentence, CAMEO root and actor pair: the most specific code wins.
"""

from __future__ import annotations

import bisect
from typing import Any

from dipwatch.coder.checks import Checks, candidate, run_checks
from dipwatch.coder.doc import Coding, Match, Mention, Sentence
from dipwatch.coder.en_acceptance import accepted_invitations
from dipwatch.coder.en_checks import EN
from dipwatch.coder.en_ellipsis import followed_acts
from dipwatch.coder.matcher import Matcher, matched_text, needs_mask, whole_in_chinese
from dipwatch.coder.rules import Pattern, Rule, RuleSet, short_needs
from dipwatch.coder.zh_checks import ZH

LANGUAGES: dict[str, Checks] = {"zh": ZH, "en": EN}


def match_patterns(coding: Coding) -> None:
    """Fill ``coding.matches`` from every sentence (see the module docstring)."""
    by_sentence = _mentions_by_sentence(coding)
    rulesets = coding.reference.rules
    before: list[Match] = []  # the previous sentence's matches: actors a next one may carry
    # (the issue terms the Chinese scan reads, ``issues.IssueTerms``: kept for ``tag_issues``)
    told: list[list[tuple[str, ...]] | None] | None = None
    if coding.reference.issues.in_scan and len(rulesets["zh"].words):
        told = coding.issue_words = [None] * len(coding.sentences)
    for s in coding.sentences:
        ruleset = rulesets["zh" if s.cjk else "en"]
        issues: list[tuple[str, ...]] = []
        triggers, present = _scan(ruleset, coding, s, issues)
        if told is not None and s.cjk:
            told[s.index] = issues
        if not triggers:  # most sentences: nothing to check, and nothing the next one carries
            before = [] if s.cjk else followed_acts(coding, s, by_sentence[s.index], [])
            coding.matches.extend(before)
            continue
        if s.cjk and _none_ready(coding, ruleset, by_sentence[s.index], triggers, present):
            before = []  # (as for a sentence none of whose triggers holds a pattern)
            continue
        checks = LANGUAGES[ruleset.lang]
        matcher = Matcher(coding, s, ruleset, by_sentence[s.index], present)
        checks.prepare(matcher, before)
        found = _sentence_matches(checks, matcher, triggers)
        before = checks.finish(matcher, found) if found else []
        if not s.cjk:  # Germany followed suit: the act told last, with new doers
            before = before + followed_acts(coding, s, by_sentence[s.index], before)
            before = accepted_invitations(coding, s, by_sentence[s.index], before)
        coding.matches.extend(before)


def _triggers(ruleset: RuleSet, coding: Coding, s: Sentence) -> list[tuple[int, Any]]:
    """The trigger automaton's hits in sentence ``s``: (end, (length, rules' patterns))."""
    return _scan(ruleset, coding, s)[0]


def _scan(
    ruleset: RuleSet, coding: Coding, s: Sentence, issues: list[tuple[str, ...]] | None = None
) -> tuple[list[tuple[int, Any]], int]:
    """The triggers in sentence ``s`` (as ``_triggers``) and, when there is one, the bits of
    the needed word lists found in it (``Matcher.present_bits``): one reading for both. The
    ids of the issue terms read with them (``rules.sentence_words``) go to ``issues``."""
    if issues is None:
        issues = []
    if not len(ruleset.words):
        return [], 0
    # One pass over the automaton's own hits (``Automaton.raw``: word numbers, ends past the
    # word in the window) keeps the triggers (a few) and gathers the needed lists' bits.
    text = matched_text(coding, ruleset.lang)
    offset, values, hits = ruleset.words.raw(text, s.start, s.end)
    triggers: list[tuple[int, Any]] = []
    bits = 0
    for i, _, end in hits:
        length, found, needed, ids = values[i]
        bits |= needed
        if found:
            triggers.append((end + offset, (length, found)))
        if ids:
            issues.append(ids)
    if not triggers:
        return triggers, 0
    return triggers, bits | short_needs(ruleset, text, s.start, s.end)


def _mentions_by_sentence(coding: Coding) -> list[list[Mention]]:
    by_sentence: list[list[Mention]] = [[] for _ in coding.sentences]
    starts = [s.start for s in coding.sentences]
    for m in coding.mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0 and m.end <= coding.sentences[i].end:
            by_sentence[i].append(m)
    return by_sentence


def _none_ready(coding: Coding, ruleset: RuleSet, mentions: list[Mention],
                triggers: list[tuple[int, Any]], present: int) -> bool:  # fmt: skip
    """Does no trigger of a Chinese sentence have a pattern whose needed word lists are all in
    it (``present``)? Then ``_sentence_matches`` would read none of them, only count them
    (``needs``): they are counted here, and the sentence's Matcher is not built nor prepared
    (two sentences in three with a trigger, on the CCTV transcripts)."""
    if any(present & x[3] == x[3] for _, (_, hits) in triggers for x in _resolved(ruleset, hits)):
        return False
    text, starts, counts = coding.norm, [m.start for m in mentions], coding.counts
    for end, (length, hits) in triggers:
        a, b = end + 1 - length, end + 1
        if whole_in_chinese(text, a, b) and not _inside_actor(mentions, starts, a, b):
            counts["needs"] += len(_resolved(ruleset, hits))
    return True


def _sentence_matches(checks: Checks, mt: Matcher, triggers: list[tuple[int, Any]]) -> list[Match]:
    """Every match of every trigger in the sentence, before one sentence's are chosen among."""
    found: list[Match] = []
    mt.found = found  # the acts told so far in the sentence (a ``followed`` target reads them)
    counts, ruleset = mt.coding.counts, mt.rules
    starts = [m.start for m in mt.mentions]
    for end, (length, hits) in triggers:
        a, b = end + 1 - length, end + 1
        if not mt._whole(a, b) or _inside_actor(mt.mentions, starts, a, b):
            continue  # part of a longer word, or of an actor's name
        # The quickest test first: a pattern needs a word of each of its lists in the sentence
        # (most fail it). A trigger none of whose patterns can hold is not read any further.
        resolved, present = _resolved(ruleset, hits), mt.present_bits()
        ready = [x for x in resolved if present & x[3] == x[3]]
        if not ready:
            counts["needs"] += len(resolved)
            continue
        counts["needs"] += len(resolved) - len(ready)
        # Of one rule's patterns on one trigger, the one that fills the most slots wins (then
        # the first in the file).
        chosen: dict[int, tuple[int, list[Match]]] = {}
        unread = True  # the trigger's own check: read once a pattern holds around it
        for r, rule, pattern, _ in ready:
            if r in chosen and chosen[r][0] == _MOST_SLOTS:
                continue  # no later pattern of the rule can fill more: none is walked
            # The pattern first: most fail, and at a trigger none of whose patterns holds, the
            # trigger's and the pattern's own checks (a modifier, a noun) are never asked.
            held = mt.verify(rule, pattern, a, b)
            if held is None:
                counts["pattern"] += 1
                continue
            if unread:
                unread, reason = False, checks.skip_trigger(mt, a, b)
                if reason is not None:
                    counts[reason] += 1
                    break
            result = candidate(checks, mt, rule, pattern, a, b, held)
            if not isinstance(result, str):
                result = run_checks(checks, result)
            if isinstance(result, str):
                counts[result] += 1
            elif r not in chosen or result[0] > chosen[r][0]:
                chosen[r] = result
        for _, matches in chosen.values():
            found.extend(matches)
    return found


#: The most slots a candidate can fill (S and T): a rule's pattern that filled both on a
#: trigger wins there, whatever the rule's later patterns would fill (a tie keeps the first).
_MOST_SLOTS = 2


def _resolved(ruleset: RuleSet, hits: tuple[tuple[int, int], ...]) -> Resolved:
    """A trigger's (rule, pattern) numbers as (number, rule, pattern, bits of the lists it
    needs), worked out once per trigger word: the loop over them runs for every trigger hit."""
    found = _RESOLVED.get(id(hits))
    if found is None:  # the hits are held with their answer: their id is no other's later
        found = _RESOLVED[id(hits)] = (hits, tuple(
            (r, ruleset.rules[r], ruleset.rules[r].patterns[p],
             needs_mask(ruleset.rules[r].patterns[p].needs)) for r, p in hits))  # fmt: skip
    return found[1]


Resolved = tuple[tuple[int, Rule, Pattern, int], ...]
_RESOLVED: dict[int, tuple[tuple[tuple[int, int], ...], Resolved]] = {}


def _inside_actor(mentions: list[Mention], starts: list[int], a: int, b: int) -> bool:
    """Is ``[a, b)`` inside an actor's name? Mentions are sorted and do not overlap: only the
    last one starting at or before ``a`` can hold it."""
    i = bisect.bisect_right(starts, a) - 1
    return i >= 0 and b <= mentions[i].end
