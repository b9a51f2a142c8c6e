"""A pattern matched around a trigger (``Candidate``) and the checks that make it an event.

The ``patterns`` component builds a Candidate once a pattern's elements hold around a trigger
(``Matcher.verify``), then runs its language's checks in order (``zh_checks.ZH``,
``en_checks.EN``). A check is a small function ``Candidate -> reason | None``: it fills or
corrects a slot, the code or the pairs, or rejects the candidate with a short reason
(``"negated"``, ``"no_source"``…) that the coder counts in ``Coding.counts``. The checks both
languages share live here; each language module lists its own and their order.

>>> [check.__name__ for check in (not_excluded, find_source, not_negated)]
['not_excluded', 'find_source', 'not_negated']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from dipwatch.coder.carry import lend_source, lend_target, lends_to, lent_for, own_subject
from dipwatch.coder.doc import Match, Mention
from dipwatch.coder.matcher import Matcher
from dipwatch.coder.memo import per_table
from dipwatch.coder.rules import Pattern, Rule, threat_of
from dipwatch.coder.selection import party
from dipwatch.coder.slots import (
    FOLLOWED_AS_SUCH,
    accord_signers,
    answered_jointly,
    conflict_parties,
    coordinated,
    fallback_source,
    fallback_target,
    other_state,
    passive_subject,
    passive_target,
    told_jointly,
    topic_actors,
)

# Acts a group does together (talks, agreements, cooperation): one event for each pair of it.
JOINT = ("03", "04", "050", "054", "057", "06", "019", "0871")
# Material conflict (sanctions, force…): told as done, or only as the object of a demand or plan.
MATERIAL = frozenset(("15", "16", "17", "18", "19", "20"))
#: Roots of force (assault, fight, mass violence): what a place may suffer (reference/places.py).
FORCE = ("18", "19", "20")

Pair = tuple[Mention, Mention | None]


@dataclass(slots=True)
class Candidate:
    """One pattern that holds around the trigger ``[a, b)``, on its way to matches.

    ``slots`` are the actors the pattern's own elements found (``S``, ``T``); ``left`` and
    ``right`` the edges it reached. The checks fill the rest in order: ``source`` and
    ``target``, ``lo`` (where negation and tense are read: from the source to the trigger),
    the code and its confidence, then ``sources``, ``targets`` and finally ``pairs``.
    """

    mt: Matcher
    rule: Rule
    pattern: Pattern
    a: int
    b: int
    slots: dict[str, Mention]
    left: int
    right: int
    source: Mention | None = None
    target: Mention | None = None
    joint: list[Mention] = field(default_factory=list)
    group: list[Mention] = field(default_factory=list)  # a group subject's members (与会领导人)
    lo: int = 0
    code: str = ""
    rule_id: str = ""
    confidence: float = 0.0
    threat: str | None = None
    sources: list[Mention] = field(default_factory=list)
    targets: list[Mention | None] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    lex: dict = field(init=False, repr=False)  # the rule set's lexicon: most steps read it

    def __post_init__(self) -> None:
        self.lex = self.mt.rules.lexicon

    def drop(self, slot: str) -> None:
        """Forget what the pattern put in ``slot``: a fallback will look again."""
        self.slots = {k: v for k, v in self.slots.items() if k != slot}

    def drop_target(self) -> None:
        """Forget the target, and the pattern's object slot when it holds it: the act is coded
        only if a later step finds its partner."""
        if self.slots.get("T") is self.target:
            self.drop("T")
        self.target = None

    def matches(self) -> list[Match]:
        """One Match per pair, and the reverse act too when the rule is ``mutual`` (互致贺电)."""
        i, a, b, code = self.mt.s.index, self.a, self.b, self.code
        threat = code == self.threat
        found = [Match(self.rule_id, code, i, a, b, s, t, self.confidence, threat)
                 for s, t in self.pairs]  # fmt: skip
        if self.rule.mutual:
            found += [Match(self.rule_id + "+mutual", code, i, a, b, t, s, self.confidence)
                      for s, t in self.pairs if t is not None]  # fmt: skip
        return found


Check = Callable[[Candidate], str | None]
# What ``Matcher.verify`` gives for a pattern that holds: its slots and the edges it reached.
Verified = tuple[dict[str, Mention], int, int]
# A check before a pattern is walked at all: (matcher, rule, pattern, a, b) -> reason | None.
Precheck = Callable[[Matcher, Rule, Pattern, int, int], str | None]


def for_rules(applies: Callable[[Rule], bool]) -> Callable[[Check], Check]:
    """Mark a step that can change only the candidates of rules ``applies`` holds for (a test
    of the rule alone: its code as written, its fallbacks, its negation), so that the steps a
    rule's candidates pass are chosen once per rule (``Checks.steps_for``): most steps act on
    a few roots or one fallback, and each of the dozens asked every candidate. A test of the
    code holds only for a step that runs before any step that changes the code could make it
    pass (a refusal, a threat, an intent)."""

    def mark(step: Check) -> Check:
        step.applies = applies  # type: ignore[attr-defined]
        return step

    return mark


#: The roots an English step turns a candidate's code into, besides its rule's ``future``: a
#: guest's welcome (043), an accusation (112: harm told by its victim), a refusal (12x), a threat
#: (13x: the rule set's ``conditional``) and a riot (145). ``for_codes`` relies on it: a step that
#: writes another root must be listed here.
CHANGED_INTO = frozenset(("04", "11", "12", "13", "14"))


def for_codes(*prefixes: str) -> Callable[[Check], Check]:
    """Mark (as ``for_rules``) an English step that acts only on a candidate whose code, at its
    turn in the chain, starts with one of ``prefixes``: a rule's candidates carry its own code,
    its ``future``, or a root of ``CHANGED_INTO``, so a rule none of these can start with never
    reaches the step with such a code, wherever the step stands in the chain."""
    changed = any(p[:2] in CHANGED_INTO for p in prefixes)
    return for_rules(lambda rule: changed or rule.code.startswith(prefixes)
                     or (rule.future or "").startswith(prefixes))  # fmt: skip


#: What a gate (``gated``) asks for: words, or the words a rule set's lexicon gives it.
Words = tuple[str, ...] | Callable[[dict[str, Any]], Iterable[str]]


def gated(*lists: Words) -> Callable[[Check], Check]:
    """Mark a step that changes no candidate of a sentence that lacks every word of one of
    ``lists`` (each a tuple of words, or a function of the rule set's lexicon that gives them;
    a word is looked for as a part of the sentence's matched text, so it holds where a longer
    word holds it). Each sentence with a candidate is read once for the words of every gate
    (``Checks.gated_steps``): most steps look for a word before all else and most sentences
    have none of it, yet each step was called, and read the sentence, for each candidate. A
    gate must hold wherever the step reads, so a step that reads past its sentence's ends has
    none; the step still tests its own condition (a gate only saves its call)."""

    def mark(step: Check) -> Check:
        step.gate = lists  # type: ignore[attr-defined]
        return step

    return mark


#: The most choices of steps (a rule's steps, the gates a sentence opens) kept at once.
_CHOSEN_KEPT = 4096


@dataclass(frozen=True, slots=True)
class Gates:
    """The gates of one language's steps for one lexicon: each word list a bit, every word
    in one automaton whose values are the bits of the lists holding it, each gated step's
    bits (all of them needed), and the steps a rule keeps for each set of bits found
    (``chosen``, by the id of the rule's steps and the bits)."""

    words: Any  # ahocorasick.Automaton: word -> bits of its lists, or None with no gate
    needs: dict[Check, int]
    chosen: dict[tuple[int, int], tuple[Check, ...]] = field(default_factory=dict)

    def present(self, text: str, start: int, end: int) -> int:
        """The bits of the word lists of which a word is in ``text[start:end]``."""
        found = 0
        for _, bits in self.words.iter(text, start, end):
            found |= bits
        return found


def _gates(steps: tuple[Check, ...], lex: dict[str, Any]) -> Gates:
    numbers: dict[tuple[str, ...], int] = {}
    needs: dict[Check, int] = {}
    for step in steps:
        for words in getattr(step, "gate", ()):
            found = tuple(sorted(set(words(lex) if callable(words) else words)))
            needs[step] = needs.get(step, 0) | 1 << numbers.setdefault(found, len(numbers))
    table: dict[str, int] = {}
    for words, i in numbers.items():
        for w in words:
            table[w] = table.get(w, 0) | 1 << i
    if not table:
        return Gates(None, needs)
    automaton = ahocorasick.Automaton()
    for w, bits in table.items():
        automaton.add_word(w, bits)
    automaton.make_automaton()
    return Gates(automaton, needs)


@dataclass(frozen=True, slots=True)
class Checks:
    """What one language does around its rules: which triggers to skip (``skip_trigger``),
    which patterns not to walk at a trigger (``before``), the ordered ``steps`` a candidate
    passes, what a sentence takes from the one before (``prepare``) and how one sentence's
    matches are chosen among (``finish``). Each check returns a reason to reject, or None."""

    lang: str
    skip_trigger: Callable[[Matcher, int, int], str | None]
    before: tuple[Precheck, ...]
    steps: tuple[Check, ...]
    prepare: Callable[[Matcher, list[Match]], None]
    finish: Callable[[Matcher, list[Match]], list[Match]]
    # The steps of each rule (``steps_for``), by the rule's id(); the rule is kept with them.
    by_rule: dict[int, tuple[Rule, tuple[Check, ...]]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    # Whether a step has a gate (``gated``): a language with none reads no sentence for them.
    has_gates: bool = field(init=False, default=False, compare=False, hash=False, repr=False)
    # The steps marked (``for_rules``) with their tests, the others with None: read once here,
    # not for each rule (the Chinese chain's 250 steps, half of them unmarked, for 200 rules).
    marked: tuple[tuple[Check, Callable[[Rule], bool] | None], ...] = field(
        init=False, default=(), compare=False, hash=False, repr=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "has_gates", any(getattr(s, "gate", ()) for s in self.steps))
        object.__setattr__(
            self, "marked", tuple((s, getattr(s, "applies", None)) for s in self.steps)
        )

    def steps_for(self, rule: Rule) -> tuple[Check, ...]:
        """``steps`` less those marked (``for_rules``) as unable to act on ``rule``."""
        found = self.by_rule.get(id(rule))
        if found is None or found[0] is not rule:
            steps = tuple(s for s, applies in self.marked if applies is None or applies(rule))
            found = self.by_rule[id(rule)] = (rule, steps)
        return found[1]

    def gated_steps(self, rule: Rule, mt: Matcher) -> tuple[Check, ...]:
        """``steps_for(rule)`` less the steps whose gate (``gated``) the sentence of ``mt``
        shuts: the sentence is read for every gate's words once, on its first candidate."""
        steps = self.steps_for(rule)
        read = mt.cache.get("gates")
        if read is None:
            lex = mt.rules.lexicon
            gates = per_table(lex, "gates:" + self.lang, lambda: _gates(self.steps, lex))
            present = gates.present(mt.text, mt.s.start, mt.s.end) if gates.words is not None else 0
            read = mt.cache["gates"] = (gates, present)
        gates, present = read
        if gates.words is None:
            return steps
        key = (id(steps), present)  # (the steps are held by ``by_rule``: their id is theirs)
        found = gates.chosen.get(key)
        if found is None:
            if len(gates.chosen) >= _CHOSEN_KEPT:  # (memory stays flat however many are read)
                gates.chosen.clear()
            needs = gates.needs
            found = gates.chosen[key] = tuple(
                s for s in steps if needs.get(s, 0) & present == needs.get(s, 0)
            )
        return found


def candidate(checks: Checks, mt: Matcher, rule: Rule, pattern: Pattern, a: int,
              b: int, held: Verified | None = None) -> Candidate | str:  # fmt: skip
    """The candidate of ``pattern`` around ``[a, b)``, or the reason there is none; ``held``
    is what ``Matcher.verify`` gave when the caller read the pattern first."""
    for check in checks.before:
        reason = check(mt, rule, pattern, a, b)
        if reason is not None:
            return reason
    verified = held if held is not None else mt.verify(rule, pattern, a, b)
    if verified is None:
        return "pattern"
    slots, left, right = verified
    return Candidate(mt, rule, pattern, a, b, slots, left, right, code=rule.code,
                     rule_id=rule.id, confidence=rule.confidence)  # fmt: skip


def run_checks(checks: Checks, c: Candidate) -> tuple[int, list[Match]] | str:
    """(slots filled, matches) when every step passes, else the first step's reason."""
    steps = checks.gated_steps(c.rule, c.mt) if checks.has_gates else checks.steps_for(c.rule)
    for step in steps:
        reason = step(c)
        if reason is not None:
            return reason
    return len(c.slots), c.matches()


def not_excluded(mt: Matcher, rule: Rule, pattern: Pattern, a: int, b: int) -> str | None:
    """A rule's ``unless`` words anywhere in the sentence turn it off, except inside a longer
    word that means otherwise (不可避免 is no 避免, 不可否认 no 否认: the lexicon's
    ``unless_exceptions``)."""
    if not rule.unless:
        return None
    exceptions = mt.rules.lexicon.get("unless_exceptions", ())
    return "unless" if mt.has_any(rule.unless, mt.s.start, mt.s.end, exceptions) else None


def find_source(c: Candidate) -> str | None:
    """The subject slot, else the rule's fallback, else the actor the sentence before lends
    (对此，他表示: the last speaker); none where a Chinese clause opens with a body no actor
    list knows (``carry.own_subject``)."""
    mt, rule = c.mt, c.rule
    source = c.slots.get("S") or fallback_source(mt, rule.source, c.left, c.a, c.slots.get("T"))
    named = "S" in c.slots
    if not named and not mt.english:
        # 宫城县渔业协会…与日本经济产业大臣会谈: the clause's own doer, unknown, and none found
        # after it, lent or by default in its place
        body = own_subject(mt.coding, mt.s, c.a)
        if body is not None and (
            source is None or source.start >= body or not source.end - source.start
        ):
            return "own_subject"
    carry = lent_for(mt.carry, rule.code) if lends_to(source, named) else None
    c.source = lend_source(source, named, carry)
    return "no_source" if c.source is None else None


def target_not_passive(c: Candidate) -> str | None:
    """受到美国制裁: a passive marker right before the target slot reverses the roles, unless
    the pattern spells the marker there itself (否认 … 被|遭 {T}: the striker is what it reads)."""
    target = c.slots.get("T")
    if target is None or _marks_passive(c.pattern, c.lex["passive"]):
        return None
    return "passive" if passive_target(c.mt, c.lex, target) else None


def _marks_passive(pattern: Pattern, markers: Iterable[str]) -> bool:
    """The target slot of ``pattern`` comes right after words all of which are passive markers."""
    if "{T" not in pattern.text or not any(m in pattern.text for m in ("被", "遭")):
        return False  # (a quick test: most patterns spell no marker)
    els = pattern.elements
    return any(e.slot == "T" and i and els[i - 1].words and set(els[i - 1].words) <= set(markers)
               for i, e in enumerate(els))  # fmt: skip


def _spells_passive(pattern: Pattern, markers: Iterable[str]) -> bool:
    """``pattern`` has, before its trigger, an element of passive markers only."""
    return any(e.words and set(e.words) <= set(markers)
               for e in pattern.elements[: pattern.anchor])  # fmt: skip


def find_target(c: Candidate) -> str | None:
    """The object slot, else the one who suffered a passive (德黑兰遭美国空袭), else the rule's
    fallback; never fails (``target_found`` decides, once a language had its say)."""
    assert c.source is not None
    force = c.rule.code[:2] in FORCE
    target = c.slots.get("T") or passive_subject(c.mt, c.lex, c.source, force)
    c.target = target or _lent_partner(c) or fallback_target(
        c.mt, c.rule.target.rstrip("!?"), c.right, c.source, c.rule.code)  # fmt: skip
    return None


def _lent_partner(c: Candidate) -> Mention | None:
    """土耳其与俄罗斯…举行会谈。双方在会谈后发表联合声明: a gathering's declaration whose doer
    the sentence before lent is the lent pair's, between them, not one with the state a
    gathering's rule takes by default (China, ``zh.057.declaration``)."""
    fixed = c.rule.target.rstrip("!?")
    if c.rule.source != "group" or not fixed.isupper() or c.mt.english:
        return None
    lent = c.mt.carry
    if lent is None or lent[0] is not c.source or lent[1] is None:
        return None
    return lent[1] if fixed not in (c.source.country, lent[1].country) else None


def target_found(c: Candidate) -> str | None:
    """An act needs a target (a rule may say ``none`` or ``after?``); the sentence before may
    lend one."""
    assert c.source is not None
    # (ties that follow suit, 阿根廷亦於 19 日跟進, aim only where ties told last were: after
    # anything else, 跟進反制, the sentence before lends them no partner)
    ties = c.rule.target == "followed!" and c.rule.code in FOLLOWED_AS_SUCH
    if c.rule.target != "none" and not ties:
        # the carry is worked out only when no target was found (it lends to none other)
        carry = lent_for(c.mt.carry, c.rule.code) if c.target is None else None
        c.target = lend_target(c.source, c.target, carry)
    if c.target is None and c.rule.target not in ("none", "after?"):
        return "no_target"
    return None


def other_than_self(c: Candidate, allowed: Callable[[Mention, Mention], bool]) -> str | None:
    """A target of the source's own country is replaced by the next state named, or the source
    was only the topic (就菲律宾遭受地震向菲律宾总统致慰问电: the doer is found again), or the
    match goes; unless ``allowed`` (a language's acts inside one state)."""
    source, target = c.source, c.target
    assert source is not None
    # a state by its country, an organisation by its own code (欧盟 and 欧盟外交与安全政策高级
    # 代表 are one side, EEC)
    if target is None or not party(source) or party(target) != party(source):
        return None
    if allowed(source, target):
        return None
    other = other_state(c.mt, source, after=target)
    if other is None and "S" in c.slots and not _required(c.pattern, "S"):
        fallback = fallback_source(c.mt, c.rule.source, c.left, c.a, target)
        if fallback is not None and fallback.country != target.country:
            c.source, other = fallback, target
            c.drop("S")
    c.target = other
    return "self_directed" if other is None else None


def _required(pattern: Pattern, slot: str) -> bool:
    return any(e.slot == slot and e.required for e in pattern.elements)


_STANDS_FOR = ("作为", "代表")


def read_from_source(c: Candidate) -> str | None:
    """Negation and tense are read between the source and the trigger (at least 8
    characters); a passive marker right before the trigger (遭空袭) leaves the doer unnamed."""
    mt, a, source = c.mt, c.a, c.source
    assert source is not None
    lo = source.end if source.end <= a else c.left
    if not mt.english and mt.text.endswith(_STANDS_FOR, mt.s.start, source.start):
        # 韩正将作为习近平特别代表赴法国, 她曾代表普密蓬国王访华: the source is whom the doer
        # stands for; the doer's 将 and 曾 stand before it, in the clause.
        lo = _clause_start(mt.text, mt.s.start, source.start)
    elif not mt.english and source.kind == "pair":
        # 习近平将于14日同…举行中德欧领导人会晤: a pair that names the act names no doer; the
        # doers' 将 (or 未) stands before it in the clause.
        lo = _clause_start(mt.text, mt.s.start, source.start)
    c.lo = max(mt.s.start, min(lo, a - 8))
    if c.rule.source == "striker":
        c.lo = max(mt.s.start, a - 8)  # read near the act, not from forces named elsewhere
        return None  # …一辆汽车遭空袭: the doer is the forces the item names around it
    # 遭美国空袭 names the doer between the marker and the act: not a doerless passive.
    after_source = source.end if source.end <= a else c.lo
    if mt.has_any(c.lex["passive"], max(c.lo, a - 3, after_source), a):
        # (遭到 … 来自 {S!} 的 … 火箭弹 … 袭击: a pattern that spells the marker before its
        # trigger names the doer itself, after it)
        return None if _spells_passive(c.pattern, c.lex["passive"]) else "passive"
    weapon = not mt.english and c.rule.code[:2] in FORCE
    return "passive" if weapon and _weapon_passive(c, max(c.lo, after_source)) else None


def _weapon_passive(c: Candidate, lo: int) -> bool:
    """联合国维和部队在苏丹遭无人机袭击: a passive marker a few characters before force with
    only a weapon between, no doer named, makes the source the one struck."""
    mt, a = c.mt, c.a
    at = max((mt.text.rfind(w, max(lo, a - 6), a) for w in c.lex["passive"]), default=-1)
    return at >= 0 and not any(at < m.start < a for m in mt.active)


#: Verbs of happening an act's noun may follow (发生交火, 爆发冲突).
_HAPPEN = ("发生", "爆发")


#: A plan named as what a verb puts off (推迟国防部长原定 6 月对美国的访问): its 原定 says the
#: plan was not kept, which that verb tells; it denies no act told after it.
_PUT_OFF = re.compile(r"(?:推迟|取消|推延|延后|延期)[^,。;]{0,12}(原定)")


#: A clause that turns against the one before (…未发表联合声明，但达成多项共识): a negation
#: before it denies what that clause told, not the act after it.
_CONTRAST = re.compile(r"[,;]\s*(?:但是|但|却|不过|而是)")


def after_contrast(mt: Matcher, lo: int, hi: int) -> int:
    """Where ``[lo, hi)``'s last clause of contrast (:data:`_CONTRAST`) opens its act, or ``lo``."""
    if mt.english:
        return lo
    return max((m.end() for m in _CONTRAST.finditer(mt.text, lo, hi)), default=lo)


#: A denial that ends its clause (对此予以否认，…; 阿塞拜疆予以否认，并称…): what it denies was told
#: before it, so it negates nothing the clauses after it tell.
_CLOSED_DENIAL = re.compile(r"否认(?:了)?\s*[,;]")


def _past_closed_denial(mt: Matcher, lo: int, hi: int) -> int:
    """Past the last denial in ``[lo, hi)`` that ends its clause (:data:`_CLOSED_DENIAL`), or
    ``lo``."""
    if mt.english:
        return lo
    return max((m.end() for m in _CLOSED_DENIAL.finditer(mt.text, lo, hi)), default=lo)


def _past_put_off(mt: Matcher, lo: int, a: int) -> list[tuple[int, int]]:
    """``[lo, a)`` in pieces that leave out each 原定 a verb of putting off governs."""
    pieces: list[tuple[int, int]] = []
    if mt.english or mt.text.find("原定", lo, a) < 0:  # (the regex's own word: most have none)
        return [(lo, a)]
    for m in _PUT_OFF.finditer(mt.text, lo, a):
        pieces.append((lo, m.start(1)))
        lo = m.end(1)
    return [*pieces, (lo, a)]


#: Between a paper's negated verb and the paper it governs (未发表任何联合声明): its modifiers,
#: no clause and no 的 (在未发表声明的情况下会见了: the verb's object is another noun).
_PAPER_GOVERNED = re.compile(r"[^,。;的]{0,10}")


def _paper_not_issued(mt: Matcher, words: tuple[str, ...], lo: int, a: int) -> bool:
    """Does one of ``words`` (未发表, the lexicon's ``negation_of_paper``) in ``[lo, a)`` govern
    the trigger at ``a``, the paper named right after it?"""
    text = mt.text
    for w in words:
        at = text.find(w, lo, a)
        while at >= 0:
            if _PAPER_GOVERNED.fullmatch(text, at + len(w), a):
                return True
            at = text.find(w, at + 1, a)
    return False


def not_negated(c: Candidate) -> str | None:
    """不会, 并未, not: a negated act is no event."""
    if not c.rule.negation:
        return None
    mt, lex = c.mt, c.lex
    exceptions = lex["negation_exceptions"]
    start = after_contrast(mt, c.lo, c.a)  # (a negation before it denies the clause it turns on)
    start = _past_closed_denial(mt, start, c.a)
    if any(
        mt.has_any(lex["negation"], lo, hi, exceptions) for lo, hi in _past_put_off(mt, start, c.a)
    ):
        return "negated"
    if _paper_not_issued(mt, lex.get("negation_of_paper", ()), start, c.a):
        return "negated"
    adjacent = lex["negation_adjacent"]
    # (泰柬今天未发生交火: the negation stands before the verb of happening the act's noun
    # follows, not right before the noun)
    at = c.a - 2 if mt.text.endswith(_HAPPEN, mt.s.start, c.a) else c.a
    if adjacent and mt.has_any(adjacent, max(c.lo, at - 1), at, exceptions):
        return "negated"
    # 并非伊朗与阿曼所谈判的内容: a negation right before the doer denies the act as well
    source = c.source
    before_doer = lex["negation_before_doer"]
    if (source is not None and source.start < c.a
            and mt.text.endswith(before_doer, mt.s.start, source.start)):  # fmt: skip
        return "negated"
    return "ratified" if c.rule.code == _SIGN and _ratified(mt, c) else None


#: An accord told as what is ratified (日本国会…批准日韩两国签订的…协定): the signing is a
#: modifier of the ratification's object, done before; ratifying is domestic procedure.
_RATIFIED = re.compile(r"(?:批准|核准)[^,。;]{0,16}?(?:签订|签署|缔结|草签|达成)的")


#: A day of its own in the modifier (埃及与希腊本月6日签署的…协议): a recalled signing, dated.
_OWN_DAY = re.compile(r"[\d〇一二三四五六七八九十]\s*[日号]")


def _ratified(mt: Matcher, c: Candidate) -> bool:
    """Does a signing told as what is ratified, with no day of its own, lie in the candidate's
    reach?"""
    return any(c.left < m.end() and m.start() < c.right and not _OWN_DAY.search(m.group())
               for m in _RATIFIED.finditer(mt.text, mt.s.start, mt.s.end))  # fmt: skip


#: Roots whose act is only asked for after an ``embedding`` word: material conflict and yielding.
_ASKED_ROOTS = MATERIAL | {"08"}
#: A signing is one as well (提议签署条约, 推动签署协定: no treaty is signed that day).
_SIGN = "057"


def _asked_from(c: Candidate) -> int:
    """Where a word that asks for the act may stand: from the doer on, but in Chinese not
    before a clause that a word of sequence opens (要求民众撤离，随后对…发动袭击: the demand is
    over, and what follows is done)."""
    if c.mt.english:
        return c.lo
    text = c.mt.text
    start = _clause_start(text, c.lo, c.a)
    told = text.startswith(c.lex["sequence_openers"], start) or (
        _FURTHER_DATED.match(text, start) is not None
    )
    if not told and start > c.lo and _JOINED.match(text, start):
        told = _last_embedding(c, _clause_start(text, c.lo, start - 1), start) in _REPROACHES
    return start if start > c.lo and told else c.lo


#: A clause joined to the one before (…谴责西班牙的决定，并召回驻西班牙大使).
_JOINED = re.compile(r"\s*(?:并且|并|同时)")
#: Words of reproach whose object ends with their clause: what a clause joined right after them
#: tells is the doer's own further act, not more of what is reproached (a demand's content,
#: 呼吁…，并…, may go on).
_REPROACHES = frozenset(("谴责", "批评", "指责", "抗议", "反对"))


def _last_embedding(c: Candidate, lo: int, end: int) -> str | None:
    """The ``embedding`` word nearest before ``end`` in ``[lo, end)``, if any."""
    found = [(c.mt.text.rfind(w, lo, end), w) for w in c.lex["embedding"]]
    at, word = max(found)
    return word if at >= 0 else None


#: A clause that tells a further act announced or decided, on a day of its own or not (…予以
#: 强烈谴责，并于 12 月 23 日宣布关闭…; 中方谴责美方此举，并宣布对…实施制裁): done, whatever the
#: clause before said of the act it answered; 宣布 and 决定 are the doer's own verbs, no object
#: of the reaction or demand before, with 并 or without (墨西哥对此予以谴责，宣布与厄瓜多尔断交:
#: the clause's subject elided, the doer's own).
_FURTHER_DATED = re.compile(
    r"\s*(?:并|又|同时)?(?:(?:于|在)?\s*(?:\d+\s*[年月]\s*)*\d+\s*[日号]|当天|同日)?\s*(?:宣布|决定)"
)


def _reason_before(c: Candidate, lo: int) -> tuple[int, int] | None:
    """The last reason the act is given for (以纳瓦利内所谓中毒事件为由, 以伊朗威胁地区安全为由)
    that ends in ``[lo, c.a]``, in Chinese (``Matcher.reasons``): its words tell why the act is
    done, they neither ask for it nor threaten."""
    return next((r for r in reversed(c.mt.reasons()) if lo <= r[1] <= c.a), None)


def _past_reason(c: Candidate, lo: int) -> int:
    """Past the reason the act is given for, if one ends in ``[lo, c.a]``, else ``lo``."""
    reason = _reason_before(c, lo)
    return lo if reason is None else reason[1]


def _outside_reason(c: Candidate, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """``[lo, hi)`` less the reason given for the act before it (美国以伊朗威胁地区安全为由，
    对伊朗实施制裁: the reason's 威胁 tells why, no threat)."""
    reason = _reason_before(c, lo)
    if reason is None or reason[0] < lo:
        return ((lo, hi),)
    return ((lo, reason[0]), (reason[1], hi))


#: An easing (放宽, an ``embedding`` word) halted or put off: the measure it would have eased
#: stays, and its tightening is the act (宣布暂停放宽对华高技术出口管制).
_EASE = "放宽"
_EASE_HALTED = ("暂停", "中止", "推迟", "冻结")


def _easing_halted(c: Candidate, lo: int) -> bool:
    """Is the nearest ``embedding`` word before the trigger an easing halted (暂停放宽)?"""
    if _last_embedding(c, lo, c.a) != _EASE:
        return False
    return c.mt.text.endswith(_EASE_HALTED, lo, c.mt.text.rfind(_EASE, lo, c.a))


@for_rules(
    lambda rule: rule.code[:2] in _ASKED_ROOTS or rule.code == _SIGN or rule.code[:2] == "07"
)
def not_embedded(c: Candidate) -> str | None:
    """要求对俄实施制裁: a material act only asked for is not done; nor is a yielding one
    (要求立即释放孔戴: a release demanded)."""
    asked = c.rule.code[:2] in _ASKED_ROOTS or c.rule.code == _SIGN
    lo = _past_reason(c, _asked_from(c)) if asked else c.a
    if asked and c.mt.has_any(c.lex["embedding"], lo, c.a) and not _easing_halted(c, lo):
        return "embedded"
    # 安理会通过决议，要求…向加沙地带提供人道主义援助: aid asked for (or opposed: 反对加拿大
    # 向乌克兰提供武器) is not given that day
    if c.rule.code[:2] == "07":
        start = _clause_start(c.mt.text, c.mt.s.start, c.lo)  # (反对 before the doer too)
        if c.mt.has_any(c.lex["aid_embedding"], start, c.a):
            return "embedded"
    return None


def future_or_threat(c: Candidate, future_at_trigger: bool, condition_after: bool) -> None:
    """A future marker (将, will meet) turns a rule with ``future`` into its intent code, as
    does a trigger that begins one when ``future_at_trigger`` (agreed to undertake drills); a
    condition (如果…将…; with ``condition_after`` also one after the act: unless…) turns an
    act into the threat of it."""
    mt, lex, rule = c.mt, c.lex, c.rule
    if rule.future and (_future_before(c) or _wished(c) or _declared_plan(c) or _named_plan(c)
                        or _ahead_frame(c) or _agreed_for_a_day(c) or _ceremony_ahead(c) or _by_a_deadline(c) or (
            future_at_trigger and mt.text.startswith(lex["future"], c.a))):  # fmt: skip
        c.code, c.rule_id = rule.future, rule.id + "+future"
    c.threat = threat_of(mt.rules.conditional, c.code)
    end = mt.s.end if condition_after else c.a
    if c.threat and any(mt.has_any(lex["conditional"], lo, hi, lex["conditional_exceptions"])
                        for lo, hi in _outside_reason(c, mt.s.start, end)):  # fmt: skip
        c.code, c.rule_id, c.confidence = c.threat, rule.id + "+if", c.confidence * 0.8


_ZH_CLAUSE = re.compile(r"[,;，；。]")
#: A verb of declaring that opens a trigger (宣布, 决定): a future word right after it makes
#: what is declared a plan (中国和巴西宣布将于明年建立…伙伴关系: not built that day).
_DECLARING = re.compile(r"(?:宣布|决定|一致同意|同意)\s*")


def _declared_plan(c: Candidate) -> bool:
    """Does the trigger open with a verb of declaring and a future word after it (宣布将于)?
    Not a bare 将, as often 把 there (两国元首宣布将中巴关系提升为…: done that day)."""
    mt = c.mt
    if mt.english:
        return False
    declared = _DECLARING.match(mt.text, c.a, c.b)
    at = declared.end() if declared is not None else -1
    return (
        at >= 0
        and mt.text.startswith(_not_bare(c.lex["future"]), at)
        and not (mt.text.startswith(c.lex["future_exceptions"], at))
    )


#: A plan noun the act names (对台军售计划, 軍售計畫, 援助计划): what is planned, not done.
_PLAN_NOUNS = ("计划", "计画")


def _named_plan(c: Candidate) -> bool:
    """Is the act the head of a plan noun right after the pattern (美方提出对台军售计划)? The
    plan is proposed or announced that day, the act itself still ahead; one approved (批准一项
    对阿联酋…的军售计划) is the sale authorised, given as "Aid announced" reads it. (Chinese
    only.) Not force: a strike plan drawn up is no threat unless held up as one (review-zh31,
    "options weighed"), which the strike rules read themselves."""
    mt = c.mt
    if mt.english or c.rule.future[:2] == "13" or not mt.text.startswith(_PLAN_NOUNS, c.right):
        return False
    return not mt.has_any(_APPROVED, _clause_start(mt.text, c.lo, c.a), c.a)


_APPROVED = ("批准", "核准", "授权", "通过")


#: From the trigger, in its clause: the act's ceremony still to be held (美国与伊朗谅解备忘录签署仪式
#: 将于19日举行, 协议电子签署仪式定于次日举行).
_CEREMONY_AHEAD = re.compile(r"[^,，。；;:：]{0,8}?(?:仪式|典礼)\s*(?:将|拟|定于|计划)")


def _ceremony_ahead(c: Candidate) -> bool:
    """Is the act named by its ceremony, which is still to be held (签署仪式将于19日举行)? The
    ceremony is announced that day, the signing itself ahead: the intent (coder-audit42; Chinese
    only)."""
    return not c.mt.english and _CEREMONY_AHEAD.match(c.mt.text, c.a) is not None


#: A day named as a deadline right before the act, in its clause (美国9月15日前从尼日尔撤出全部驻军):
#: not 前往, 前来 (going on that day), nor one already met (已, 已经).
_DEADLINE = re.compile(r"[0-9]+月[0-9]+日(?:之)?前(?![往来进线提夕后])(?:[^,，。；;:：已]{0,12})$")


def _by_a_deadline(c: Candidate) -> bool:
    """Is the act set for a deadline (9月15日前撤出)? What is to be done by a day is ahead on the
    day it is told: the intent (coder-audit42; Chinese only)."""
    if c.mt.english:
        return False
    lo = max(_clause_start(c.mt.text, c.lo, c.a), c.a - 24)
    return _DEADLINE.search(c.mt.text[lo : c.a]) is not None


#: 之前 closing the act's clause (前往俄罗斯之前，将…): a frame of time before it.
_BEFORE_FRAME = re.compile(r"\s*之前\s*[,、]")


def _ahead_frame(c: Candidate) -> bool:
    """Is the act a frame of what comes before it (在结束对阿曼的访问之后、前往俄罗斯之前，将再次
    访问巴基斯坦)? The journey is still ahead on the day told, no visit made. (Chinese only.)"""
    return not c.mt.english and _BEFORE_FRAME.match(c.mt.text, c.right) is not None


#: A meeting agreed for a day named between the verb and the meeting (黎巴嫩和以色列同意14日举行
#: 首次会议, 商定于下周在日内瓦举行会谈): the day is the meeting's, still ahead (coder-audit39).
#: So is one proposed for a day (普京提出15日在伊斯坦布尔与乌方直接谈判, 伊朗提议下周在阿曼与美国
#: 举行会谈: the integrator's end check of the nineteenth round), its partner named on the way,
#: and with a comma after the proposal (普京11日提出，15日在伊斯坦布尔…谈判).
_AGREED_DAY = re.compile(
    r"(?:同意|商定|约定|提出|提议|建议|(?:提出|提议|建议)\s*[，,])(?:于|在)?(?:[0-9]+月)?"
    r"(?:[0-9]+日|下周[一二三四五六日]?|明天|明日|后天)(?:[上下]午|晚)?"
    r"(?:在[^，,。；;与同]{1,12})?(?:[与同][^，,。；;]{1,8}?)?(?:直接|首次|新一轮)?"
    r"(?:举行|召开|进行|会晤|会面|会谈|谈判|磋商)"
)


def _agreed_for_a_day(c: Candidate) -> bool:
    """Is the act a meeting the doers agree, in its clause, to hold on a day they name
    (同意14日举行首次会议)? The agreement is told; the meeting is the intent (Chinese only)."""
    mt = c.mt
    if mt.english:
        return False
    start = _clause_start(mt.text, c.lo, c.a)
    if _PROPOSED_BEFORE.search(mt.text, c.lo, start):
        start = _clause_start(mt.text, c.lo, start - 1)  # 普京11日提出，15日在…谈判: the comma form
    return _AGREED_DAY.search(mt.text, start, c.b) is not None


#: A proposal verb closing the clause before the act's (普京11日提出，15日…): coder-zh141.
_PROPOSED_BEFORE = re.compile(r"(?:提出|提议|建议)\s*[，,]\s*$")


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the Chinese clause holding ``at`` begins, not before ``lo``."""
    return max([lo, *(m.end() for m in _ZH_CLAUSE.finditer(text, lo, at))])


def _wished(c: Candidate) -> bool:
    """表达了与中国加强经贸合作的意愿: an act named inside a wish expressed (表达, 表示 before it
    in its clause, 的意愿 or 的愿望 closing it), or the topic of a wish said after it (并就向
    阿富汗提供…援助表示了共同的意愿), is intended, not done. (Chinese only.)"""
    mt = c.mt
    if mt.english:
        return False
    text = mt.text
    end = _ZH_CLAUSE.search(text, c.b, mt.s.end)
    close = end.start() if end else mt.s.end
    start = _clause_start(text, c.lo, c.a)
    said = min((p for p in (text.find(v, c.b, close) for v in _EXPRESSED) if p >= 0), default=-1)
    if said >= 0 and _WISH_AFTER.match(text, said):  # the act is the topic 就, 关于, 对 open
        return _before_topic(text, start, c.a, _WISH_TOPICS) < c.a
    wish = max(text.find(w, c.b, close) for w in _WISHES)
    if wish < 0:
        return False
    return any(text.find(v, start, c.a) >= 0 for v in _EXPRESSED)


_WISHES = ("的意愿", "的愿望")
_EXPRESSED = ("表达", "表示")
#: The wish said after the act it is about (并就向阿富汗提供…援助表示了共同的意愿, 对加强合作表达
#: 强烈愿望): the act is the topic the wish is expressed on. Only when the first words said after
#: the act are the wish: 对中国提供援助表示感谢并表达了合作的意愿 thanks for aid given.
_WISH_AFTER = re.compile(r"(?:表示|表达)(?:了|出)?[^,;，；。]{0,6}?(?:意愿|愿望)")
_WISH_TOPICS = ("就", "关于", "对")


# A promise with its day between the verb and its infinitive (vowed on Wednesday to adopt new
# sanctions): the same promise as "vowed to"; "agreed on Monday to" is left to the agreement.
PROMISED_ON = re.compile(
    r"\b(?:vow|pledg|promis|plann?|intend|offer)(?:ed|es|s)?\s+(?:late\s+|early\s+)?on\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\s+to\s",
    re.IGNORECASE,
)


#: "but" right before a verb in the past joined to a plan: the plan's words do not carry to that
#: verb (had planned to visit but called off the trip); a bare verb shares the plan's auxiliary
#: (will skip the summit but send his minister), "but also" carries it (will not only visit …
#: but also sign), and an act named further on stays in the plan (would retaliate but gave no
#: details on sanctions).
_BUT = re.compile(r"\bbut\s+(?:(?:\w+ly|then|later|instead)\s+)?$")
_PAST = re.compile(
    r"[a-z]+ed\b|(?:gave|sent|took|made|kept|left|held|met|went|told|sold|struck|broke|cut|"
    r"chose|began|won|lost|fought|led|paid|put|withdrew|shot|spoke|flew|drew)\b"
)


def after_but(text: str, lo: int, a: int) -> int:
    """``a`` when the trigger there is a verb in the past right after "but" (:data:`_BUT`),
    else ``lo``: from where a plan's words before the trigger still govern it."""
    but = _BUT.search(text, max(lo, a - 24), a)
    return a if but is not None and _PAST.match(text, a) else lo


def _future_before(c: Candidate) -> bool:
    """A future marker between the act's doer and its trigger. In Chinese a bare 将 counts
    only in the act's own clause: in an earlier one it is as often 把 (反对将体育运动政治化，
    支持…), while 愿, 将于 and the like carry on (愿同中方…合作，加强…)."""
    mt, words = c.mt, c.lex["future"]
    if mt.english:
        lo = after_but(mt.text, c.lo, c.a)
        return mt.has_any(words, lo, c.a) or bool(PROMISED_ON.search(mt.text, lo, c.a))
    start = _clause_start(mt.text, c.lo, c.a)
    topic = _before_topic(mt.text, start, c.a, c.lex["topic_marks"])
    if _unquoted_has(mt, words, start, topic):
        return True
    if (  # 同意就…进行谈判: talks agreed on their topic, the word ending on the mark itself
        topic < c.a
        and mt.text.startswith("就", topic)
        and mt.has_any(tuple(w for w in words if w.endswith("就")), start, topic + 1)
    ):
        return True
    held = max(start, mt.text.rfind("、", start, c.a) + 1)  # (坚持一个中国原则、同中国复交: done)
    if _unquoted_has(mt, c.lex["future_in_clause"], held, topic):
        return True
    ending = c.lex["future_exceptions"]  # (与即将就任的总统通电话，…交换意见: no plan either)
    if start > c.lo and _BASED_FUTURE.search(mt.text, c.lo, start):
        return True
    return start > c.lo and mt.has_any(_not_bare(words), c.lo, start, ending)


#: 捷克将根据中方需要，向中方提供…援助, 捷克将与中国人民并肩抗击疫情，向中方提供…援助: a bare 将
#: before a preposition of basis or company is the future (将 as 把 takes a noun: not 将与会者,
#: 将同类产品), and it carries over the clause that phrase closes.
_BASED_FUTURE = re.compile(r"将(?:根据|按照|依照|依据|视|与(?!会)|同(?![类期一样时]))")


#: 就将, 就要, 就此: 就 as an adverb or 'on this', not the mark of a topic noun phrase.
NOT_TOPIC = ("就将", "就要", "就会", "就此", "就是", "就在")


def _before_topic(text: str, lo: int, hi: int, marks: tuple[str, ...]) -> int:
    """Where the topic of the act opens (双方就俄乌“和平计划”草案进行磋商: 就): the words after it
    name what is discussed, so a 计划 there is a noun, not a plan to act."""
    for mark in marks:
        pos = text.rfind(mark, lo, hi)
        if pos >= 0 and not text.startswith(NOT_TOPIC, pos):
            hi = pos
    return hi


_QUOTED = re.compile(r"[“「《][^”」》]*[”」》]")


def _unquoted_has(mt: Matcher, words: tuple[str, ...], lo: int, hi: int) -> bool:
    """Does one of ``words`` occur in ``[lo, hi)`` outside quotes? A quoted 计划 is a name
    (“和平计划”, 《行动计划》), not a plan of the doer; a word quoted alone is the doer's own,
    stressed (他“坚持”与伊朗继续谈判)."""
    ending = mt.rules.lexicon["future_exceptions"]  # 即将结束…访问: the act goes on
    for quote in _QUOTED.finditer(mt.text, lo, hi):
        if mt.has_any(words, lo, quote.start(), ending):
            return True
        if mt.text[quote.start() + 1 : quote.end() - 1] in words:
            return True
        lo = quote.end()
    return mt.has_any(words, lo, hi, ending)


_BARE: dict[tuple[str, ...], tuple[str, ...]] = {}


def _not_bare(words: tuple[str, ...]) -> tuple[str, ...]:
    found = _BARE.get(words)
    if found is None:
        found = _BARE[words] = tuple(w for w in words if w != "将")
    return found


def coordinate_sources(c: Candidate) -> str | None:
    """Sources are coordinated leftwards only: in 习近平与马克宏、默克尔会晤, 与 joins the slots."""
    assert c.source is not None
    # (美国和英国方面22日分别宣布了新的对俄制裁措施: a source found apart from the pattern's
    # slot is still one of joint doers when 分别 between it and the act says each did it)
    joint = "S" in c.slots or c.mt.text.find("分别", c.source.end, c.a) >= 0
    c.sources = coordinated(c.mt, c.source, c.target, (-1,)) if joint else [c.source]
    if not joint:
        c.sources = _listed_speakers(c) or c.sources
    return None


#: What may stand between the last of a list of speakers and their speech verb (韩国、马来西亚、
#: 泰国等国今天表示，…): a closing 等国, a side word, an adverb, a day.
_TO_THE_SPEECH = re.compile(
    r"(?:等国|等)?(?:方面|政府|代表)?(?:也|均|都|分别)?(?:今天|今日|当天|近日|日前|\d{1,2}日)?"
    r"(?:也|均|都|分别)?"
)
#: The joins of a list of speakers (never 与, 同: 习近平与普京会谈时表示 joins a contact's sides).
_SPEAKERS_JOINED = ("、", "和", "及", "以及")


def _listed_speakers(c: Candidate) -> list[Mention] | None:
    """The speakers listed before the speech verb that frames the act (韩国、马来西亚和泰国今天
    表示，将与美国磋商): each says it, as a list that is the act's own subject does (coder-zh128:
    the fallback speaker was only the list's last)."""
    mt, source = c.mt, c.source
    assert source is not None
    verbs = mt.coding.reference.actors.speech_verbs
    if mt.english or verbs is None:
        return None
    spoken = verbs.match(mt.text, _TO_THE_SPEECH.match(mt.text, source.end).end())  # type: ignore[union-attr]
    if spoken is None or spoken.end() > c.a:
        return None
    listed = [source]
    for x in reversed(coordinated(mt, source, None, (-1,))):
        if x.end <= listed[0].start and mt.text[x.end : listed[0].start] in _SPEAKERS_JOINED:
            listed.insert(0, x)
    if c.target is not None and any(x is c.target for x in listed):
        return None  # 英国、法国和德国外长…表示，欢迎双方…: the target was taken from the list
    return listed if len(listed) > 1 else None


def coordinate_targets(c: Candidate) -> str | None:
    """Coordinated objects (制裁美国和欧盟) are targets each; a topic rule takes every actor of
    the topic clause (对于美日领导人…: both)."""
    mt, target = c.mt, c.target
    assert c.source is not None
    c.targets = [target]
    if "T" in c.slots and target is not None:
        c.targets = list(coordinated(mt, target, c.source))
    elif c.rule.target.startswith("topic") and target is not None:
        c.targets = list(topic_actors(mt, c.source)) or c.targets
    elif c.rule.target == "parties!" and target is not None:
        c.targets = conflict_parties(mt, c.source) or c.targets
    elif c.rule.target == "signers!" and target is not None:
        c.targets = accord_signers(mt, c.source) or c.targets
    elif c.rule.target == "answered!" and target is not None:
        c.targets = answered_jointly(mt, c.source, target) or c.targets
    elif c.rule.target == "told!" and target is not None and target.kind == "pair":
        joint = told_jointly(mt, c.source)  # (a pair named by its short forms, 美日领袖: both)
        c.targets = joint if target in joint else c.targets
    return None


def pair_up(c: Candidate, allowed: Callable[[Mention, Mention], bool]) -> str | None:
    """Every source with every target of another state (or ``allowed`` within one)."""
    c.pairs = [(s, t) for s in c.sources for t in c.targets
               if t is None or s.country != t.country or allowed(s, t)]  # fmt: skip
    return None


def never(source: Mention, target: Mention) -> bool:
    """No act between two actors of one state is coded (Chinese readouts)."""
    return False
