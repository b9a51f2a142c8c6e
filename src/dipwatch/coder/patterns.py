"""The ``patterns`` component: rules fire on sentences and fill ``coding.matches``.

For each sentence the trigger automaton of its language (Chinese if it has CJK characters,
else English) finds candidate triggers; each candidate's pattern is then checked outward from
the trigger, element by element (``Matcher``). Then, in order:

- actor slots not found use the rule's fallback (first actor of the sentence, the speaker…);
- a source is required; a target of the source's own country is replaced by another state in
  the sentence (中立两国: the other one) or the match is dropped;
- a negation before the trigger (不会, 并未, not) suppresses the match (counted);
- a conditional (如果…将…) turns an act into the threat of it (``conditional`` in the file);
- a future marker (将, will) turns a rule with ``future`` into its intent code (visit → 036);
- one event per sentence, CAMEO root and actor pair: the most specific code wins.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from dipwatch.coder.carry import carried, lend_source, lend_target
from dipwatch.coder.doc import Coding, Match, Mention
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
from dipwatch.coder.selection import best, one_contact, subsumed, unembed
from dipwatch.coder.slots import (
    coordinated,
    fallback_source,
    fallback_target,
    joint_parties,
    other_state,
    passive_subject,
    passive_target,
    separately,
    topic_actors,
)


def match_patterns(coding: Coding) -> None:
    """Fill ``coding.matches`` from every sentence (see the module docstring)."""
    by_sentence: list[list[Mention]] = [[] for _ in coding.sentences]
    starts = [s.start for s in coding.sentences]
    import bisect

    for m in coding.mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0 and m.end <= coding.sentences[i].end:
            by_sentence[i].append(m)
    rulesets = coding.reference.rules
    before: list[Match] = []  # the previous sentence's matches: actors a next one may carry
    for s in coding.sentences:
        ruleset = rulesets["zh" if s.cjk else "en"]
        if not len(ruleset.triggers):
            continue
        matcher = Matcher(coding, s, ruleset, by_sentence[s.index])
        if s.cjk and s.index > 0:
            matcher.carry = carried(coding, s, coding.sentences[s.index - 1], before)
        found: list[Match] = []
        for end, (length, hits) in ruleset.triggers.iter(matcher.text, s.start, s.end):
            a, b = end + 1 - length, end + 1
            if not matcher._whole(a, b) or any(
                m.start <= a and b <= m.end for m in matcher.mentions
            ):
                continue
            if matcher.english and (
                is_modifier(matcher.text, a, b, ruleset.lexicon)
                or matcher.text.startswith(ruleset.lexicon["reduced_passive"], a)
            ):
                continue  # the besieged town, a meeting; a diplomat accused of: no act of theirs
            noun = matcher.english and after_determiner(matcher.text, a)  # her visit to Taiwan
            # Of one rule's patterns on one trigger, the one that fills the most slots wins
            # (then the first in the file).
            chosen: dict[int, tuple[int, list[Match]]] = {}
            for r, p in hits:
                pattern = ruleset.rules[r].patterns[p]
                if noun and matcher.text[a:b] in pattern.elements[pattern.anchor].verbs:
                    continue
                if not matcher.present(pattern.needs):
                    continue  # a word the pattern requires is nowhere in the sentence
                result = _try(matcher, ruleset.rules[r], pattern, a, b)
                if result is not None and (r not in chosen or result[0] > chosen[r][0]):
                    chosen[r] = result
            for _, matches in chosen.values():
                found.extend(matches)
        if matcher.english:
            found = agreed_to(matcher.text, one_act_per_trigger(found), _intent(ruleset))
        before = best(subsumed(unembed(found)))
        if s.cjk:
            before = one_contact(before)
        coding.matches.extend(before)


def _intent(ruleset: RuleSet):
    """A match turned into its rule's intent code, if the rule has one (aid → 033)."""

    def intent(m: Match) -> Match:
        future = ruleset.by_id[m.rule.split("+")[0]].future
        if future is None or "+" in m.rule:
            return m
        return replace(m, code=future, rule=m.rule + "+future")

    return intent


def _try(
    mt: Matcher, rule: Rule, pattern: Pattern, a: int, b: int
) -> tuple[int, list[Match]] | None:
    """(slots filled, matches) of one pattern around the trigger ``[a, b)``; one match per
    coordinated actor (美国和欧盟对俄罗斯实施制裁: two sources)."""
    coding, lex = mt.coding, mt.rules.lexicon
    if rule.unless and mt.has_any(rule.unless, mt.s.start, mt.s.end):
        return None
    verified = mt.verify(rule, pattern, a, b)
    if verified is None:
        return None
    slots, left, right = verified
    if mt.english and is_passive(mt.text, a, b, mt.s.start, lex):
        # Palestinians were arrested by Israeli soldiers: the subject suffered the act.
        doer = agent(mt.text, b, [m for m in mt.mentions if not m.inert], lex)
        sufferer = slots.get("S") or next(
            (m for m in reversed(mt.mentions) if m.end <= a and not m.inert), None
        )
        if doer is None or sufferer is None:
            coding.counts["passive"] += 1
            return None
        slots = {"S": doer, "T": sufferer}
    if mt.english and "S" in slots and ends_clause(mt.text[slots["S"].end : a]):
        # sanctioned Russia and expelled…, cut ties with Taiwan on Thursday and switched…:
        # the actor ends the clause before; it is not the doer
        slots = {k: v for k, v in slots.items() if k != "S"}
    if not mt.english and "S" in slots:
        slots = _zh_subject(mt, rule, slots, a)
    source = slots.get("S") or fallback_source(mt, rule.source, left, a, slots.get("T"))
    source = lend_source(source, "S" in slots, mt.carry)  # 对此，他表示: the last speaker
    if source is None:
        coding.counts["no_source"] += 1
        return None
    if "T" in slots and passive_target(mt, lex, slots["T"]):
        coding.counts["passive"] += 1
        return None
    target = slots.get("T") or passive_subject(mt, lex, source)
    target = target or fallback_target(mt, rule.target.rstrip("!?"), right, source)
    joint = (joint_parties(mt, source) if not mt.english and "T" not in slots
             and rule.joint and rule.code.startswith(_JOINT) else [])  # fmt: skip
    if joint:
        target = next(p for p in joint if p.country != source.country)
    if rule.target != "none":
        target = lend_target(source, target, mt.carry)
    if target is None and rule.target not in ("none", "after?"):  # an act needs a target
        coding.counts["no_target"] += 1
        return None
    if (target is not None and source.country and target.country == source.country
            and not (mt.english and is_domestic(source, target))):  # fmt: skip
        other = other_state(mt, source, after=target)
        if other is None and "S" in slots and not _required(pattern, "S"):
            # 就菲律宾遭受地震向菲律宾总统致慰问电: the nearer actor was the topic, not the doer.
            fallback = fallback_source(mt, rule.source, left, a, target)
            if fallback is not None and fallback.country != target.country:
                source, other = fallback, target
                slots = {k: v for k, v in slots.items() if k != "S"}
        target = other
        if target is None:
            coding.counts["self_directed"] += 1
            return None
    # Negation and tense are read between the source and the trigger (at least 8 characters).
    pre_lo = max(mt.s.start, min(source.end if source.end <= a else left, a - 8))
    if mt.has_any(lex["passive"], max(pre_lo, a - 3), a):  # 遭空袭: the doer is unnamed
        coding.counts["passive"] += 1
        return None
    if rule.negation and _negated(mt, lex, pre_lo, a):
        coding.counts["negated"] += 1
        return None
    if rule.code[:2] in _MATERIAL and mt.has_any(lex["embedding"], pre_lo, a):
        coding.counts["embedded"] += 1  # 要求对俄实施制裁: the act is what is asked for
        return None
    code, rule_id, confidence = rule.code, rule.id, rule.confidence
    if mt.english:  # news puts the main act first: a later clause's act ranks a little lower
        confidence *= 1 - 0.1 * (a - mt.s.start) / max(mt.s.length, 1)
    # will meet, plans to visit; or the trigger itself begins one: agreed to undertake drills.
    if rule.future and (mt.has_any(lex["future"], pre_lo, a) or (
            mt.english and mt.text.startswith(lex["future"], a))):  # fmt: skip
        code, rule_id = rule.future, rule.id + "+future"
    threat = _threat(mt.rules.conditional, code)
    # An English condition may follow the act: "will withdraw its troops unless…".
    if_end = mt.s.end if mt.english else a
    if threat and mt.has_any(lex["conditional"], mt.s.start, if_end, lex["conditional_exceptions"]):
        code, rule_id, confidence = threat, rule.id + "+if", confidence * 0.8
    # Sources are coordinated leftwards only: in 习近平与马克宏、默克尔会晤, 与 joins the slots.
    sources = coordinated(mt, source, target, (-1,)) if "S" in slots else [source]
    if "S" not in slots and not mt.english and not joint and mt.text.startswith("、", source.end):
        sources = coordinated(mt, source, None, (1,))  # 沙特、约旦、阿联酋等八国外长…谴责
        if target in sources:  # 沙特、约旦和卡塔尔外长发表联合声明: co-authors, no target
            coding.counts["co_speakers"] += 1
            return None
    targets = [target]
    if "T" in slots and target is not None:
        targets = coordinated(mt, target, source)
    elif rule.target.startswith("topic") and target is not None:
        targets = topic_actors(mt, source) or targets  # 对于美日领导人…: both
    pairs = [(s, t) for s in sources for t in targets
             if t is None or s.country != t.country
             or (mt.english and is_domestic(s, t))]  # fmt: skip
    if joint:  # 俄罗斯、美国、乌克兰三方代表…谈判, 沙伊双方签署…: each pair of the group, in order
        pairs = list(combinations(joint, 2))
    elif mt.english and "T" in slots and rule.code.startswith(_JOINT):
        pairs = group_pairs(mt.text, sources, targets) or pairs  # A, B and C held a summit
    elif not mt.english and "T" in slots and _together(mt, rule, targets):
        pairs = list(combinations([*sources, *targets], 2))  # 与日本首相、南韩总统举行三边峰会
    matches = [
        Match(rule_id, code, mt.s.index, a, b, s, t, confidence, code == threat) for s, t in pairs
    ]
    if rule.mutual:  # 互致贺电: the act goes both ways
        matches += [
            Match(rule_id + "+mutual", code, mt.s.index, a, b, t, s, confidence)
            for s, t in pairs
            if t is not None
        ]
    return len(slots), matches


def _zh_subject(mt: Matcher, rule: Rule, slots: dict[str, Mention], a: int) -> dict[str, Mention]:
    """Slots corrected for two Chinese subjects that are none: a China–X summit does nothing
    (中国—海合会峰会并对沙特进行国事访问: the visitor is the one before), and the actors after
    分别与 are the partners of the one before it (侯赛因分别与约旦外长和埃及外长通电话)."""
    subject = slots["S"]
    if subject.kind == "org" and mt.text.startswith(mt.rules.lexicon["event_after"], subject.end):
        return {k: v for k, v in slots.items() if k != "S"}
    cut = separately(mt, subject) if "T" in slots else None
    if cut is None:
        return slots
    doer = fallback_source(mt, rule.source, cut, a, subject)
    return {"S": doer, "T": subject} if doer is not None else slots


# Acts a group does together (talks, agreements, cooperation): one event for each pair of it.
_JOINT = ("03", "04", "050", "054", "057", "06", "019", "0871")
# Material conflict (sanctions, force…): told as done, or only as the object of a demand or plan.
_MATERIAL = frozenset(("15", "16", "17", "18", "19", "20"))


def _together(mt: Matcher, rule: Rule, targets: list[Mention]) -> bool:
    """A joint act with a list of partners that a group word after them (三边, 四方) makes one
    act of all together; not 分别与 (each apart), nor a group word in a later clause."""
    if len(targets) < 2 or not rule.code.startswith(_JOINT):
        return False
    lo, text = targets[-1].end, mt.text
    hi = min([p for p in (text.find(c, lo, mt.s.end) for c in ",;") if p >= 0] or [mt.s.end])
    return mt.has_any(mt.rules.lexicon["group_words"], lo, min(hi, lo + 16)) and not mt.has_any(
        mt.rules.lexicon["separately"], mt.s.start, targets[0].start
    )


def _required(pattern: Pattern, slot: str) -> bool:
    return any(e.slot == slot and e.required for e in pattern.elements)


def _negated(mt: Matcher, lex: dict, lo: int, a: int) -> bool:
    exceptions = lex["negation_exceptions"]
    if mt.has_any(lex["negation"], lo, a, exceptions):
        return True
    adjacent = lex["negation_adjacent"]
    return bool(adjacent) and mt.has_any(adjacent, max(lo, a - 1), a, exceptions)


def _threat(conditional: dict[str, str], code: str) -> str | None:
    for key in (code, code[:3], code[:2]):
        if key in conditional:
            return conditional[key]
    return None
