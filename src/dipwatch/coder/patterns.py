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

import re
from dataclasses import replace
from typing import Any

import ahocorasick

from dipwatch.coder.doc import Coding, Match, Mention, Sentence
from dipwatch.coder.english import (
    after_determiner,
    agent,
    agreed_to,
    is_domestic,
    is_modifier,
    is_passive,
    one_act_per_trigger,
)
from dipwatch.coder.rules import Pattern, Rule, RuleSet
from dipwatch.coder.slots import (
    coordinated,
    fallback_source,
    fallback_target,
    other_state,
    passive_subject,
    passive_target,
)

_CLAUSE = frozenset(",:;!?。;")
_CLAUSE_MARK = re.compile(f"[{re.escape(''.join(sorted(_CLAUSE)))}]")
_CANDIDATES = 4  # nearest candidates tried per element: enough, and bounded
_THE = ("", "the")


class Matcher:
    """Checks patterns on one sentence: its text, its actors and its dates."""

    def __init__(
        self, coding: Coding, sentence: Sentence, ruleset: RuleSet, mentions: list[Mention]
    ):
        self.coding = coding
        self.s = sentence
        self.rules = ruleset
        self.text = coding.norm if ruleset.lang == "zh" else coding.lower
        self.mentions = mentions
        self.active = [m for m in mentions if not m.inert]  # those that may fill a slot
        self.dates = [(d.start, d.end) for d in coding.dates
                      if sentence.start <= d.start and d.end <= sentence.end]  # fmt: skip
        self.english = ruleset.lang == "en"
        self._present: dict[tuple[str, ...], bool] = {}

    def gap_ok(self, lo: int, hi: int, limit: int, long: bool) -> bool:
        """Is ``[lo, hi)`` short enough (dates do not count) and, if short, one clause?"""
        size = hi - lo
        if size > limit:
            size -= sum(min(e, hi) - max(s, lo) for s, e in self.dates if s < hi and e > lo)
        if size > limit:
            return False
        return long or _CLAUSE_MARK.search(self.text, lo, hi) is None

    def _whole(self, start: int, end: int) -> bool:
        if not self.english:
            return True
        t = self.text
        # free-trade is not free: a hyphen binds English words too.
        return (start == 0 or not (t[start - 1].isalnum() or t[start - 1] == "-")) and (
            end >= len(t) or not (t[end].isalnum() or t[end] == "-")
        )

    def actors_near(self, cursor: int, limit: int, long: bool, right: bool) -> list[Mention]:
        """Actor phrases that could fill a slot next to ``cursor``, nearest first."""
        found: list[Mention] = []
        # Mentions do not overlap, so a gap only grows with distance: the first one too far
        # ends the search.
        if right:
            placed = self._placed(cursor)
            for m in self.mentions:
                if m.start < cursor or (
                    m.inert and not (placed and self.text[cursor : m.start].strip() in _THE)
                ):
                    continue
                if not self.gap_ok(cursor, m.start, limit, long):
                    break
                found.append(m)
                if len(found) == _CANDIDATES:
                    break
        else:
            for m in reversed(self.mentions):
                if m.end > cursor or m.inert:
                    continue
                if not self.gap_ok(m.end, cursor, limit, long):
                    break
                found.append(m)
                if len(found) == _CANDIDATES:
                    break
        short = self._short(cursor if right else cursor - 1, right)
        return [*found, short] if short else found

    def _placed(self, cursor: int) -> bool:
        """Does the pattern itself end in a locative (arrived in Amman)? Then the place after
        it, otherwise inert, may fill the slot."""
        before = self.text[max(cursor - 3, 0) : cursor]
        return self.english and before.endswith(self.rules.lexicon["locative"])

    def _short(self, at: int, right: bool) -> Mention | None:
        """A one-character short form right beside a trigger word (俄谴责美煽动) is an actor when
        it is one of ``adjacent_shorts`` and its other side is a clause edge (or, after the
        trigger, one of ``short_after``)."""
        if self.english or not (self.s.start <= at < self.s.end):
            return None
        lex = self.rules.lexicon
        char = self.text[at]
        if char not in lex["adjacent_shorts"] or any(m.start <= at < m.end for m in self.mentions):
            return None
        if right:
            nxt = self.text[at + 1 : at + 2]
            if nxt and _is_word(nxt) and nxt not in lex["short_after"]:
                return None
        elif at > self.s.start and _is_word(self.text[at - 1]):
            return None
        candidates = self.coding.reference.actors.short_chars.get(char, ())
        if not candidates:
            return None
        named = {m.country for m in self.coding.mentions}
        country = next((c for c in candidates if c in named), candidates[0])
        return Mention(at, at + 1, country, country, "short")

    def words_near(self, words: tuple[str, ...], cursor: int, limit: int, long: bool, right: bool):
        """Spans of any of ``words`` that could follow (or precede) ``cursor``, nearest first."""
        found: list[tuple[int, int]] = []
        if right:  # a word may start anywhere up to hi
            lo, hi = cursor, min(self.s.end, cursor + limit + 24)
            stop = min(hi + max(map(len, words)), self.s.end)
        else:  # and must end by the cursor
            lo, stop = max(self.s.start, cursor - limit - 24), cursor
        for last, length in _finder(words).iter(self.text, lo, stop):
            pos, end = last + 1 - length, last + 1
            if right and pos > hi:
                continue
            if self._whole(pos, end) and (
                self.gap_ok(cursor, pos, limit, long) if right
                else self.gap_ok(end, cursor, limit, long)
            ):  # fmt: skip
                found.append((pos, end))
        found.sort(key=lambda span: (span[0], -span[1]) if right else (-span[1], span[0]))
        return found[:_CANDIDATES]

    def verify(self, rule: Rule, pattern: Pattern, a: int, b: int):
        """(slots, left edge, right edge) when the whole pattern holds around ``[a, b)``."""
        slots: dict[str, Mention] = {}
        right = self._walk(rule, pattern, pattern.anchor + 1, b, True, slots)
        if right is None:
            return None
        left = self._walk(rule, pattern, pattern.anchor - 1, a, False, slots)
        if left is None:
            return None
        return slots, left, right

    def _walk(self, rule: Rule, pattern: Pattern, i: int, cursor: int, right: bool,
              slots: dict[str, Mention]) -> int | None:  # fmt: skip
        """Match elements from ``i`` outward, trying nearer candidates first (backtracking);
        the far edge reached, or None."""
        els = pattern.elements
        if i < 0 or i >= len(els):
            return cursor
        el = els[i]
        long = el.long if right else els[i + 1].long
        limit = rule.long_gap if long else rule.gap
        step = 1 if right else -1
        if el.slot:
            near = self.actors_near(cursor, limit, long, right)
            if long and not right and i > 0 and "对" in els[i - 1].words:
                near = near[::-1]  # 对 X … 表示谴责: X is the actor right after 对, not the last
            for m in near:
                edge = self._walk(
                    rule, pattern, i + step, m.end if right else m.start, right, slots
                )
                if edge is not None:
                    slots[el.slot] = m
                    return edge
            if el.required:
                return None
        else:
            for start, end in self.words_near(el.words, cursor, limit, long, right):
                edge = self._walk(rule, pattern, i + step, end if right else start, right, slots)
                if edge is not None:
                    return edge
            if not el.optional:
                return None
        return self._walk(rule, pattern, i + step, cursor, right, slots)

    def present(self, needs: tuple[tuple[str, ...], ...]) -> bool:
        """Does one word of each list occur somewhere in the sentence (remembered per list)?"""
        for words in needs:
            found = self._present.get(words)
            if found is None:
                found = self._present[words] = (
                    _alternation(words).search(self.text, self.s.start, self.s.end) is not None
                )
            if not found:
                return False
        return True

    def has_any(self, words: tuple[str, ...], lo: int, hi: int, exceptions=()) -> bool:
        """Does one of ``words`` occur in ``[lo, hi)``, not as part of an exception word?"""
        text = self.text
        if not words or _alternation(words).search(text, lo, hi) is None:
            return False
        for w in words:
            pos = text.find(w, lo, hi)
            while pos >= 0:
                if self._whole(pos, pos + len(w)) and not any(
                    text.startswith(x, pos - x.find(w)) for x in exceptions if w in x
                ):
                    return True
                pos = text.find(w, pos + 1, hi)
        return False


_ALTERNATIONS: dict[tuple[str, ...], re.Pattern[str]] = {}
_FINDERS: dict[tuple[str, ...], Any] = {}


def _finder(words: tuple[str, ...]) -> Any:
    """An automaton that finds every occurrence of ``words`` (overlapping ones too) in one pass,
    built once per word list: an element lists up to fifty verb forms."""
    found = _FINDERS.get(words)
    if found is None:
        found = _FINDERS[words] = ahocorasick.Automaton()
        for w in words:
            found.add_word(w, len(w))
        found.make_automaton()
    return found


def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for "any of ``words``", compiled once per word list: a quick test whether a
    window holds any of them at all before each is looked for on its own."""
    found = _ALTERNATIONS.get(words)
    if found is None:
        found = _ALTERNATIONS[words] = re.compile("|".join(map(re.escape, words)))
    return found


def _is_word(char: str) -> bool:
    """A letter, digit or CJK character (not punctuation or space)."""
    return char.isalnum()


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
    for s in coding.sentences:
        ruleset = rulesets["zh" if s.cjk else "en"]
        if not len(ruleset.triggers):
            continue
        matcher = Matcher(coding, s, ruleset, by_sentence[s.index])
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
        coding.matches.extend(_best(_subsumed(_unembed(found))))


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
    if mt.english and "S" in slots and mt.text[slots["S"].end : a] in (" and ", ", and "):
        # sanctioned Russia and expelled…: Russia ends the clause before; it is not the doer
        slots = {k: v for k, v in slots.items() if k != "S"}
    source = slots.get("S") or fallback_source(mt, rule.source, left, a, slots.get("T"))
    if source is None:
        coding.counts["no_source"] += 1
        return None
    if "T" in slots and passive_target(mt, lex, slots["T"]):
        coding.counts["passive"] += 1
        return None
    target = slots.get("T") or passive_subject(mt, lex, source)
    target = target or fallback_target(mt, rule.target.rstrip("!?"), right, source)
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
    targets = [target]
    if "T" in slots and target is not None:
        targets = coordinated(mt, target, source)
    pairs = [(s, t) for s in sources for t in targets
             if t is None or s.country != t.country
             or (mt.english and is_domestic(s, t))]  # fmt: skip
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


def _required(pattern: Pattern, slot: str) -> bool:
    return any(e.slot == slot and e.required for e in pattern.elements)


# Acts about another act (criticism, demands, rejection, concern; thanks for aid): the act
# they are about is their object, not an event of its own (谴责美军空袭: 111, not also 195).
_GOVERNING = {"01": None, "10": None, "11": None, "12": None, "13": None, "05": ("04", "07")}


def _unembed(found: list[Match]) -> list[Match]:
    """Drop matches whose source is the target of a governing act in the same sentence."""
    drop: set[int] = set()
    for m in sorted(found, key=lambda m: m.start):
        if m.target is None or m.code[:2] not in _GOVERNING or id(m) in drop:
            continue
        allowed = _GOVERNING[m.code[:2]]
        for n in found:
            if (n is not m and n.source is not None
                    and (n.code[:2] != m.code[:2] or n.conditional)
                    and (allowed is None or n.code[:2] in allowed)
                    and n.source.start == m.target.start and n.start > m.target.start):  # fmt: skip
                drop.add(id(n))
    return [m for m in found if id(m) not in drop]


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


# A code that tells what another one was for: 签署联合公报恢复外交关系 is one act, recognition.
_SUBSUMES = {"054": ("057", "050")}


def _subsumed(found: list[Match]) -> list[Match]:
    """Drop an act (057) that a more telling one (054) of the same pair of states explains."""
    pairs = {(m.code, m.source.country if m.source else None, m.target.country if m.target else None)
             for m in found}  # fmt: skip
    kept = [m for m in found if not any(
        (big, m.source.country if m.source else None, m.target.country if m.target else None)
        in pairs for big, small in _SUBSUMES.items() if m.code in small)]  # fmt: skip
    # A pair rule (中美…在伦敦举行会谈) only fills in when no rule of its root named the act.
    told = {(m.code[:2], _countries(m)) for m in kept if ".pair" not in m.rule}
    return [m for m in kept if ".pair" not in m.rule or (m.code[:2], _countries(m)) not in told]


def _countries(m: Match) -> frozenset[str | None]:
    return frozenset((m.source.country if m.source else None,
                      m.target.country if m.target else None))  # fmt: skip


def _best(found: list[Match]) -> list[Match]:
    """One match per (code, source, target), the most specific and confident; and a generic
    code of a root (100, 040) gives way to a specific one (1042, 041) for the same actors."""
    specific = {(m.code[:2], m.source.code if m.source else "", m.target.code if m.target else None)
                for m in found if not _generic(m.code)}  # fmt: skip
    best: dict[tuple[str, str, str | None], Match] = {}
    for m in found:
        actors = (m.source.code if m.source else "", m.target.code if m.target else None)
        if _generic(m.code) and (m.code[:2], *actors) in specific:
            continue
        # One event per code and pair of states: USA→IRN and USA→IRNGOV are one act.
        key = (m.code[:3], actors[0][:3], (actors[1] or "")[:3])
        old = best.get(key)
        if old is None or (len(m.code), m.confidence, -m.start) > (
            len(old.code),
            old.confidence,
            -old.start,
        ):
            best[key] = m
    return sorted(best.values(), key=lambda m: (m.start, m.code))


def _generic(code: str) -> bool:
    """A root's catch-all code: 040, 100, 110 (three digits ending in 0)."""
    return len(code) == 3 and code.endswith("0")
