"""The ``patterns`` component: rules fire on sentences and fill ``coding.matches``.

For each sentence the trigger automaton of its language (Chinese if it has CJK characters,
else English) finds candidate triggers; each candidate's pattern is then checked outward from
the trigger, element by element (``_Matcher``). Then, in order:

- actor slots not found use the rule's fallback (first actor of the sentence, the speaker…);
- a source is required; a target of the source's own country is replaced by another state in
  the sentence (中立两国: the other one) or the match is dropped;
- a negation before the trigger (不会, 并未, not) suppresses the match (counted);
- a conditional (如果…将…) turns an act into the threat of it (``conditional`` in the file);
- a future marker (将, will) turns a rule with ``future`` into its intent code (visit → 036);
- one event per sentence, CAMEO root and actor pair: the most specific code wins.
"""

from __future__ import annotations

from dipwatch.coder.actors import speaker_before
from dipwatch.coder.doc import Coding, Match, Mention, Sentence
from dipwatch.coder.english import agent, is_domestic, is_modifier, is_passive
from dipwatch.coder.rules import Pattern, Rule, RuleSet

_CLAUSE = frozenset(",:;!?。;")
_CANDIDATES = 4  # nearest candidates tried per element: enough, and bounded
_THE = ("", "the")


class _Matcher:
    """Checks patterns on one sentence: its text, its actors and its dates."""

    def __init__(
        self, coding: Coding, sentence: Sentence, ruleset: RuleSet, mentions: list[Mention]
    ):
        self.coding = coding
        self.s = sentence
        self.rules = ruleset
        self.text = coding.norm if ruleset.lang == "zh" else coding.lower
        self.mentions = mentions
        self.dates = [(d.start, d.end) for d in coding.dates
                      if sentence.start <= d.start and d.end <= sentence.end]  # fmt: skip
        self.english = ruleset.lang == "en"

    def gap_ok(self, lo: int, hi: int, limit: int, long: bool) -> bool:
        """Is ``[lo, hi)`` short enough (dates do not count) and, if short, one clause?"""
        size = hi - lo
        if size > limit:
            size -= sum(min(e, hi) - max(s, lo) for s, e in self.dates if s < hi and e > lo)
        if size > limit:
            return False
        return long or not any(c in _CLAUSE for c in self.text[lo:hi])

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
        if right:
            placed = self._placed(cursor)
            found = [m for m in self.mentions if m.start >= cursor
                     and (not m.inert or (placed and self.text[cursor:m.start].strip() in _THE))
                     and self.gap_ok(cursor, m.start, limit, long)]  # fmt: skip
        else:
            found = [m for m in reversed(self.mentions) if m.end <= cursor and not m.inert
                     and self.gap_ok(m.end, cursor, limit, long)]  # fmt: skip
        short = self._short(cursor if right else cursor - 1, right)
        return [*found[:_CANDIDATES], *([short] if short else [])]

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
        text, found = self.text, []
        if right:
            lo, hi = cursor, min(self.s.end, cursor + limit + 24)
        else:
            lo, hi = max(self.s.start, cursor - limit - 24), cursor
        for w in words:
            stop = min(hi + len(w), self.s.end) if right else hi
            pos = text.find(w, lo, stop)
            while pos >= 0:
                end = pos + len(w)
                if self._whole(pos, end) and (
                    self.gap_ok(cursor, pos, limit, long) if right
                    else self.gap_ok(end, cursor, limit, long)
                ):  # fmt: skip
                    found.append((pos, end))
                pos = text.find(w, pos + 1, stop)
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

    def has_any(self, words: tuple[str, ...], lo: int, hi: int, exceptions=()) -> bool:
        """Does one of ``words`` occur in ``[lo, hi)``, not as part of an exception word?"""
        text = self.text
        for w in words:
            pos = text.find(w, lo, hi)
            while pos >= 0:
                if self._whole(pos, pos + len(w)) and not any(
                    text.startswith(x, pos - x.find(w)) for x in exceptions if w in x
                ):
                    return True
                pos = text.find(w, pos + 1, hi)
        return False


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
        matcher = _Matcher(coding, s, ruleset, by_sentence[s.index])
        found: list[Match] = []
        for end, (length, hits) in ruleset.triggers.iter(matcher.text, s.start, s.end):
            a, b = end + 1 - length, end + 1
            if not matcher._whole(a, b) or any(
                m.start <= a and b <= m.end for m in matcher.mentions
            ):
                continue
            if matcher.english and is_modifier(matcher.text, a, b, ruleset.lexicon):
                continue  # the besieged town, a meeting: an adjective or a noun, not a verb
            # Of one rule's patterns on one trigger, the one that fills the most slots wins
            # (then the first in the file).
            chosen: dict[int, tuple[int, list[Match]]] = {}
            for r, p in hits:
                result = _try(matcher, ruleset.rules[r], ruleset.rules[r].patterns[p], a, b)
                if result is not None and (r not in chosen or result[0] > chosen[r][0]):
                    chosen[r] = result
            for _, matches in chosen.values():
                found.extend(matches)
        coding.matches.extend(_best(_unembed(found)))


def _try(
    mt: _Matcher, rule: Rule, pattern: Pattern, a: int, b: int
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
    source = slots.get("S") or _source(mt, rule.source, left, a, slots.get("T"))
    if source is None:
        coding.counts["no_source"] += 1
        return None
    if "T" in slots and _passive(mt, lex, slots["T"]):
        coding.counts["passive"] += 1
        return None
    target = slots.get("T") or _passive_subject(mt, lex, source)
    target = target or _target(mt, rule.target.rstrip("!?"), right, source)
    if target is None and rule.target not in ("none", "after?"):  # an act needs a target
        coding.counts["no_target"] += 1
        return None
    if (target is not None and source.country and target.country == source.country
            and not (mt.english and is_domestic(source, target))):  # fmt: skip
        other = _other(mt, source, after=target)
        if other is None and "S" in slots and not _required(pattern, "S"):
            # 就菲律宾遭受地震向菲律宾总统致慰问电: the nearer actor was the topic, not the doer.
            fallback = _source(mt, rule.source, left, a, target)
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
    if rule.future and mt.has_any(lex["future"], pre_lo, a):
        code, rule_id = rule.future, rule.id + "+future"
    threat = _threat(mt.rules.conditional, code)
    # An English condition may follow the act: "will withdraw its troops unless…".
    if_end = mt.s.end if mt.english else a
    if threat and mt.has_any(lex["conditional"], mt.s.start, if_end, lex["conditional_exceptions"]):
        code, rule_id, confidence = threat, rule.id + "+if", confidence * 0.8
    # Sources are coordinated leftwards only: in 习近平与马克宏、默克尔会晤, 与 joins the slots.
    sources = _coordinated(mt, source, target, (-1,)) if "S" in slots else [source]
    targets = [target]
    if "T" in slots and target is not None:
        targets = _coordinated(mt, target, source)
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
            if (n is not m and n.source is not None and n.code[:2] != m.code[:2]
                    and (allowed is None or n.code[:2] in allowed)
                    and n.source.start == m.target.start and n.start > m.target.start):  # fmt: skip
                drop.add(id(n))
    return [m for m in found if id(m) not in drop]


def _coordinated(
    mt: _Matcher, m: Mention, other: Mention | None, steps: tuple[int, ...] = (-1, 1)
) -> list[Mention]:
    """An actor and those joined to it by 和/与/、/and on either side (美国和欧盟, 土耳其和叙利亚),
    never reaching the other slot's actor (习近平与普京会晤: 与 joins the two slots)."""
    conj = mt.rules.lexicon["conjunctions"]
    ordered = [x for x in mt.mentions if not x.inert]
    if m not in ordered:
        return [m]
    group, i = [m], ordered.index(m)
    for step in steps:
        j, last = i + step, m
        while 0 <= j < len(ordered) and len(group) < 8:
            x = ordered[j]
            if x is other:
                break
            gap = mt.text[x.end : last.start] if step < 0 else mt.text[last.end : x.start]
            if gap not in conj and gap.strip() not in conj:
                break
            group.append(x)
            last, j = x, j + step
    return sorted(group, key=lambda x: x.start)


def _passive_subject(mt: _Matcher, lex: dict, source: Mention) -> Mention | None:
    """德黑兰遭美国空袭: after a passive marker the source is the doer, and the actor before
    the marker is the one the act is done to."""
    # 遭美国、以色列空袭: the marker stands before the first of coordinated doers.
    source = _coordinated(mt, source, None)[0]
    lo = max(mt.s.start, source.start - 2)
    text = mt.text
    for w in lex["passive"]:
        pos = text.rfind(w, lo, source.start)
        if pos >= 0 and pos + len(w) >= source.start - 1:
            before = [m for m in mt.mentions if m.end <= pos and not m.inert]
            if before and before[-1].country != source.country:
                return before[-1]
    return None


def _passive(mt: _Matcher, lex: dict, target: Mention) -> bool:
    """受到美国制裁: a passive marker right before the target means the roles are reversed."""
    return mt.has_any(lex["passive"], max(mt.s.start, target.start - 3), target.start)


def _negated(mt: _Matcher, lex: dict, lo: int, a: int) -> bool:
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


def _source(mt: _Matcher, how: str, left: int, a: int, target: Mention | None) -> Mention | None:
    avoid = target.country if target is not None else None
    usable = [m for m in mt.mentions if not m.inert and (avoid is None or m.country != avoid)]
    if how == "first":  # the speaker when one speaks before the pattern, else the first actor
        speaker = speaker_before(mt.coding, mt.s.start, left, usable)
        found = speaker or next((m for m in usable if m.end <= left), None)
        if found is None and not mt.english:  # 在会见梅洛尼时，赵乐际表示: the speaker after
            found = _speaker_after(mt, a, usable)
        return found
    if how == "before":
        return next((m for m in reversed(usable) if m.end <= left), None)
    if how == "speaker":
        found = speaker_before(mt.coding, mt.s.start, a, mt.mentions)
        return found or _fixed(mt.coding.home, a)
    if how == "home":
        return _fixed(mt.coding.home, a)
    return _fixed(how, a) if how != "none" else None


def _speaker_after(mt: _Matcher, a: int, usable: list[Mention]) -> Mention | None:
    """An actor after the trigger right before a speech verb (…时，赵乐际表示)."""
    speech = mt.coding.reference.actors.words.get("speech", ())
    for m in usable:
        if m.start > a and mt.text.startswith(speech, m.end):
            return m
    return None


def _target(mt: _Matcher, how: str, right: int, source: Mention) -> Mention | None:
    if how == "after":  # the next actor of another country in the same clause
        for m in mt.mentions:
            if m.start >= right and not m.inert and m.country != source.country:
                return m if mt.gap_ok(right, m.start, len(mt.text), long=False) else None
        return None
    if how == "first_other":
        return _other(mt, source)
    return _fixed(how, right) if how != "none" else None


def _other(mt: _Matcher, source: Mention, after: Mention | None = None) -> Mention | None:
    """Another state's actor: the dyad partner right after ``after``, else the first one."""
    if after is not None:
        nxt = next((m for m in mt.mentions if m.start == after.end and not m.inert), None)
        if nxt is not None and nxt.country != source.country:
            return nxt
        return None
    return next((m for m in mt.mentions if not m.inert and m is not source
                 and m.country != source.country), None)  # fmt: skip


def _fixed(code: str | None, at: int) -> Mention | None:
    if not code:
        return None
    return Mention(at, at, code, code[:3], "fixed")


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
