"""Scoring coded events against gold: one-to-one matching within a sentence (or a whole
document), P/R/F1 overall, by CAMEO root and by country, date accuracy, and PLOVER type and
actor accuracy.

A predicted event matches a gold event when the actor pair (country part: the first three
letters of source and target, in order), the CAMEO root and the date all agree; the date agrees
on the same day, or in the same month (year) when the gold event has month (year) precision.
In a whole document a symmetric act (talks, a call, an agreement: ``SYMMETRIC``) also matches
with its actors reversed, since which party a text names first is no fact about the act.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from dipwatch.coder.selection import SYMMETRIC
from dipwatch.evaluation.documents import GoldDocument, quote_in
from dipwatch.evaluation.gold import GoldEvent, GoldItem
from dipwatch.evaluation.plover import PloverRecord, PloverRules
from dipwatch.models import Event


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives, with the ratios they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int | None]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Mistake:
    """A gold event the coder missed, or a coded event no gold event backs (a false alarm)."""

    kind: str  # "miss" | "false_alarm"
    item_id: str
    text: str
    event: str  # ``2021-12-15 CHN→RUS 041``
    coded: tuple[str, ...]  # everything the coder produced for the sentence


@dataclass(slots=True)
class SetScore:
    """The figures of one gold set (or one split of it)."""

    name: str
    items: int = 0
    gold_events: int = 0
    events: Counts = field(default_factory=Counts)
    by_root: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_actor: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    date_pairs: int = 0  # gold-coded pairs that agree on actors and root
    date_right: int = 0  # … and on the date
    mistakes: list[Mistake] = field(default_factory=list)

    @property
    def date_accuracy(self) -> float | None:
        return self.date_right / self.date_pairs if self.date_pairs else None


def date_agrees(gold: GoldEvent, day: date) -> bool:
    """``day`` falls on the gold day, or within its month or year for coarser precision."""
    if gold.precision == "year":
        return day.year == gold.date.year
    if gold.precision == "month":
        return (day.year, day.month) == (gold.date.year, gold.date.month)
    return day == gold.date


def country(code: str | None) -> str | None:
    return code[:3] if code else None


def same_event(gold: GoldEvent, pred: Event, with_date: bool = True) -> bool:
    """Actor pair (country parts, in order), CAMEO root and, if asked, date agree."""
    return (
        country(gold.source) == country(pred.source_actor)
        and country(gold.target) == country(pred.target_actor)
        and gold.root == (pred.root or pred.code[:2])
        and (not with_date or date_agrees(gold, pred.date))
    )


def same_act(gold: GoldEvent, pred: Event, with_date: bool = True) -> bool:
    """``same_event``, or the same symmetric act with its actors named the other way round.

    >>> g = GoldEvent(date(2021, 11, 16), "day", "CHN", "USA", "040")
    >>> same_act(g, Event(date(2021, 11, 16), "041", "USAGOV", "CHNGOV"))
    True
    >>> same_act(g, Event(date(2021, 11, 16), "042", "USAGOV", "CHNGOV"))
    False
    """
    if same_event(gold, pred, with_date):
        return True
    if not (gold.code.startswith(SYMMETRIC) and pred.code.startswith(SYMMETRIC)):
        return False
    return (
        country(gold.source) == country(pred.target_actor)
        and country(gold.target) == country(pred.source_actor)
        and gold.root == (pred.root or pred.code[:2])
        and (not with_date or date_agrees(gold, pred.date))
    )


def match(
    gold: Sequence[GoldEvent], pred: Sequence[Event], agree: Callable[[GoldEvent, Event], bool]
) -> dict[int, int]:
    """A maximum one-to-one matching ``{gold index: predicted index}`` (augmenting paths).

    >>> match([g], [p1, p2], same_event)  # doctest: +SKIP
    {0: 1}
    """
    owner: dict[int, int] = {}  # predicted index -> gold index

    def assign(g: int, seen: set[int]) -> bool:
        for p in range(len(pred)):
            if p in seen or not agree(gold[g], pred[p]):
                continue
            seen.add(p)
            if p not in owner or assign(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(len(gold)):
        assign(g, set())
    return {g: p for p, g in owner.items()}


def describe(day: date, source: str | None, target: str | None, code: str) -> str:
    return f"{day.isoformat()} {source or '-'}→{target or '-'} {code}"


def score_item(score: SetScore, item: GoldItem, pred: Sequence[Event]) -> None:
    """Add one sentence's matches, misses and false alarms to ``score``."""
    score.items += 1
    score.gold_events += len(item.events)
    pairs = match(item.events, pred, same_event)
    matched_pred = set(pairs.values())
    coded = tuple(_describe_event(p) for p in pred)
    for i, g in enumerate(item.events):
        hit = i in pairs
        _tally(score, g.root, (g.source, g.target), "tp" if hit else "fn")
        if not hit:
            event = describe(g.date, g.source, g.target, g.code)
            score.mistakes.append(Mistake("miss", item.item_id, item.text, event, coded))
    for j, p in enumerate(pred):
        if j not in matched_pred:
            _tally(score, p.root or p.code[:2], (p.source_actor, p.target_actor), "fp")
            score.mistakes.append(
                Mistake("false_alarm", item.item_id, item.text, _describe_event(p), coded)
            )
    _add_dates(score, item.events, pred, pairs, same_event)


def _add_dates(
    score: SetScore, gold: Sequence[GoldEvent], pred: Sequence[Event], pairs: dict[int, int],
    agree: Callable[..., bool],
) -> None:  # fmt: skip
    """Date accuracy: of the events that agree on actors and root, the share whose date agrees
    too. The pairs that agree on everything count first; only the gold and coded events they
    leave are paired again without the date (else a visit on Monday and talks on Tuesday, both
    ``04``, could be paired crosswise and count as two wrong dates).

    >>> s = SetScore("x"); g = [GoldEvent(date(2021, 1, 4), "day", "CHN", "USA", "042")]
    >>> _add_dates(s, g, [Event(date(2021, 1, 5), "040", "CHN", "USA")], {}, same_event)
    >>> (s.date_pairs, s.date_right)
    (1, 0)
    """
    rest_gold = [i for i in range(len(gold)) if i not in pairs]
    used = set(pairs.values())
    rest_pred = [j for j in range(len(pred)) if j not in used]
    loose = match([gold[i] for i in rest_gold], [pred[j] for j in rest_pred],
                  lambda g, p: agree(g, p, with_date=False))  # fmt: skip
    score.date_pairs += len(pairs) + len(loose)
    score.date_right += len(pairs)


def score_document(
    score: SetScore, doc: GoldDocument, pred: Sequence[Event], mistakes: bool = True
) -> None:
    """Add one whole document's matches, misses and false alarms to ``score`` (one-to-one
    within the document); ``mistakes=False`` keeps only the figures (held-out documents)."""
    gold = doc.gold_events
    score.items += 1
    score.gold_events += len(gold)
    pairs = match(gold, pred, same_act)
    matched = set(pairs.values())
    for i, g in enumerate(gold):
        _tally(score, g.root, (g.source, g.target), "tp" if i in pairs else "fn")
    for j, p in enumerate(pred):
        if j not in matched:
            _tally(score, p.root or p.code[:2], (p.source_actor, p.target_actor), "fp")
    _add_dates(score, gold, pred, pairs, same_act)
    if mistakes:
        score.mistakes.extend(_document_mistakes(doc, pred, pairs))


def _document_mistakes(doc: GoldDocument, pred: Sequence[Event], pairs: dict[int, int]):
    """Misses with their quote and what was coded from sentences holding it; false alarms
    with their sentence and the gold events quoted from it."""
    found = []
    for i, e in enumerate(doc.events):
        if i not in pairs:
            near = tuple(_describe_event(p) for p in pred if p.text and quote_in(e.quote, p.text))
            g = e.event
            found.append(Mistake("miss", doc.doc_id, e.quote,
                                 describe(g.date, g.source, g.target, g.code), near))  # fmt: skip
    matched = set(pairs.values())
    for j, p in enumerate(pred):
        if j not in matched:
            near = tuple(describe(e.event.date, e.event.source, e.event.target, e.event.code)
                         for e in doc.events if p.text and quote_in(e.quote, p.text))  # fmt: skip
            found.append(Mistake("false_alarm", doc.doc_id, p.text or "", _describe_event(p),
                                 near))  # fmt: skip
    return found


def _describe_event(p: Event) -> str:
    return describe(p.date, p.source_actor, p.target_actor, p.code)


def _tally(score: SetScore, root: str, actors: tuple[str | None, str | None], what: str) -> None:
    for counts in (score.events, score.by_root[root]):
        setattr(counts, what, getattr(counts, what) + 1)
    for code in {country(a) for a in actors if a}:
        counts = score.by_actor[code]  # type: ignore[index]
        setattr(counts, what, getattr(counts, what) + 1)


def score_set(name: str, items: Sequence[GoldItem], coded: Sequence[Sequence[Event]]) -> SetScore:
    """Score a whole gold set; ``coded[i]`` holds the coder's events for ``items[i]``."""
    score = SetScore(name)
    for item, pred in zip(items, coded, strict=True):
        score_item(score, item, pred)
    return score


@dataclass(slots=True)
class PloverScore:
    """PLOVER type and actor accuracy of the coder's best event per gold record."""

    name: str = "plover"
    records: int = 0
    with_event: int = 0
    type_right: int = 0
    actors_right: int = 0
    by_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    mistakes: list[Mistake] = field(default_factory=list)

    @property
    def type_accuracy(self) -> float | None:
        return self.type_right / self.records if self.records else None

    @property
    def actor_accuracy(self) -> float | None:
        return self.actors_right / self.records if self.records else None


def merge_plover(scores: Sequence[PloverScore], name: str) -> PloverScore:
    """The sum of several PLOVER scores (the folds of a cross-validation).

    >>> a, b = PloverScore(records=2, type_right=1), PloverScore(records=3, type_right=3)
    >>> merge_plover([a, b], "all").type_accuracy
    0.8
    """
    total = PloverScore(name=name)
    for s in scores:
        total.records += s.records
        total.with_event += s.with_event
        total.type_right += s.type_right
        total.actors_right += s.actors_right
        total.mistakes.extend(s.mistakes)
        for t, (right, n) in s.by_type.items():
            total.by_type[t][0] += right
            total.by_type[t][1] += n
    return total


def best_event(pred: Sequence[Event], to_plover: Callable[[str], str | None]) -> Event | None:
    """The most confident event that has a PLOVER type (PLOVER drops statements and appeals)."""
    typed = [p for p in pred if to_plover(p.code)]
    return max(typed, key=lambda p: p.confidence or 0.0) if typed else None


def actors_agree(record: PloverRecord, event: Event, rules: PloverRules, groups: set[str]) -> bool:
    """Source and target (country parts) are among the gold's; a generic gold group code
    (``IGO``) accepts any organisation code; an absent gold target accepts anything."""

    def ok(gold: tuple[str, ...], code: str | None) -> bool:
        if not gold:
            return True
        got = rules.actor(code) if code else None
        return got in gold or (got in groups and bool(rules.group_codes & set(gold)))

    return ok(record.sources, event.source_actor) and ok(record.targets, event.target_actor)


def score_plover(
    records: Sequence[PloverRecord],
    coded: Sequence[Sequence[Event]],
    to_plover: Callable[[str], str | None],
    rules: PloverRules,
    organisation_codes: set[str],
) -> PloverScore:
    """Type accuracy and actor accuracy over all records (a record with no event counts wrong)."""
    score = PloverScore()
    groups = organisation_codes | set(rules.group_codes)
    for record, pred in zip(records, coded, strict=True):
        score.records += 1
        best = best_event(pred, to_plover)
        tally = score.by_type[record.event_type]
        tally[1] += 1
        got = to_plover(best.code) if best else None
        if best is not None:
            score.with_event += 1
            score.actors_right += actors_agree(record, best, rules, groups)
        if got == record.event_type:
            score.type_right += 1
            tally[0] += 1
            continue
        wanted = f"{record.event_type} {'/'.join(record.sources) or '-'}→{'/'.join(record.targets) or '-'}"
        found = f" (coded {got} {_describe_event(best)})" if best else " (no typed event)"
        coded_all = tuple(_describe_event(p) for p in pred)
        score.mistakes.append(
            Mistake("miss", record.record_id, record.text, wanted + found, coded_all)
        )
    return score
