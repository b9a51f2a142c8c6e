"""Contradictions: the same real-world event reported by different sources with different dates,
actors or numbers.

**Claims.** A claim is one source's report of a contact between two states: the pair, the kind
of contact (``contradictions.kinds``: call, meeting, signing), the date, the source (a
document's source; for event files the host of the event's URL) and whether it is official
(``contradictions.official``: names and web domains of foreign ministries, governments and
state media). From its sentence (see :mod:`dipwatch.analysis.claims`): the ordinal of a
numbered meeting ("26th", 第二十六次), the level (heads of state or of government of the pair
named in it), the mode (video) and the place (a third country's capital; a GDELT row's action
country).

**The same event.** Claims of the same pair and kind, from different sources, up to
``max_days_apart`` days apart (wide enough for a ten-day error), are taken for one event unless
something tells them apart: a different ordinal, level, mode or place (where both say); a source
that reports both dates (it knows of two events); or both dates *backed* — each given by an
official source or by ``min_sources`` sources — as real meetings a few days apart are. Event
datasets date events by their reports, so one claim of each pair must carry its sentence (a
coded text, a CSV row with its text), and a date given only by event-data rows (no sentence)
must differ by ``min_days_apart_datasets`` days at least. A claim is only said to misdate an
event when one other day fits, and only of a pair and kind with contacts on at most
``max_other_days`` other days within the window: a pair that meets often has several candidate
days, and which of them a lone claim misdates is not known (so nothing is said; such busy pairs
are left in the database, see :func:`open_days`).

Kinds: ``date`` (the same event dated differently), ``number`` (the same numbered meeting given
a different date or level) and ``denial`` (an act reported by one source, denied by one of the
states in another: the pair's act nearest in time to the denial, within the window, when the
pair has acts on at most ``max_other_days`` days around it). Each lists both claims with their sentences and which is
the official source, and says so in three languages.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import ibis
import ibis.expr.types as ir

from dipwatch.analysis.claims import Claim, claim_of, distinct, official_source, read
from dipwatch.analysis.frames import Backend, events, with_countries, with_source
from dipwatch.analysis.prose import Count, Day, Label, Name, Ordinal, Text, join, render
from dipwatch.analysis.session import Session, using
from dipwatch.periods import Period

_COLUMNS = ("a", "b", "kind", "event_id", "date", "code", "text", "url", "doc_id", "origin",
            "source", "action_country")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two claims about one event that disagree; ``official`` is ``first``, ``second``,
    ``both`` or None (which claim comes from an official source)."""

    kind: str  # date | number | denial
    pair: tuple[str, str]
    contact: str
    days_apart: int
    first: Claim
    second: Claim
    official: str | None = None
    text: Text = field(default_factory=dict)


def claims_frame(backend: Backend, period: Period, cfg: dict[str, Any]) -> ir.Table:
    """Contacts between two states around ``period``, one row per pair, kind, date and source
    (an example event of each), of the pairs that more than one source speaks of: the claims
    with a sentence, and the event-data claims of the pairs and kinds they speak of."""
    pad = timedelta(days=int(cfg["max_days_apart"]))
    t = events(backend)
    codes = [c for found in cfg["kinds"].values() for c in found] + ["016"]
    t = t.filter(t.date.between(period.start - pad, period.end + pad), t.code.isin(codes))
    # only a day can be contradicted: an act dated to its month ("12 月") claims no day
    t = t.filter(t.date_precision.isnull() | (t.date_precision == "day"))
    t = with_countries(t)
    t = t.filter(t.src.notnull(), t.tgt.notnull(), t.src != t.tgt)
    kind = ibis.cases(*((t.code.isin(codes), name) for name, codes in cfg["kinds"].items()),
                      (t.code == "016", "denial"), else_=ibis.null("string"))  # fmt: skip
    t = t.mutate(a=ibis.least(t.src, t.tgt), b=ibis.greatest(t.src, t.tgt), kind=kind)
    t = with_source(backend, t.filter(t.kind.notnull()))
    t = t.mutate(stated=t.text.notnull() & (t.text != ""))
    keys = t.filter(t.stated).select("a", "b").distinct()
    t = t.filter(t.stated).union(t.filter(~t.stated).semi_join(keys, ["a", "b"]))
    several = t.group_by(["a", "b"]).aggregate(n=t.source.nunique())
    t = t.semi_join(several.filter(several.n >= 2), ["a", "b"])
    pick = {c: t[c].argmin(t.event_id) for c in _COLUMNS if c not in ("a", "b", "kind", "date",
                                                                      "source", "event_id")}  # fmt: skip
    g = (
        t.group_by(["a", "b", "kind", "date", "source", "stated"])
        .aggregate(event_id=t.event_id.min(), **pick)
        .select(*_COLUMNS, "stated")
    )
    days = open_days(g, period, cfg)
    g = g.left_join(days, ["a", "b", "kind", "date"])
    numbered = g.text.re_search("|".join(f"(?:{p})" for p in cfg["ordinals"])).fill_null(False)
    g = g.filter(g.keep.fill_null(False) | numbered)
    return g.select(*_COLUMNS, x_ok=g.x_ok.fill_null(False), deny_ok=g.deny_ok.fill_null(False))


def open_days(claims: ir.Table, period: Period, cfg: dict[str, Any]) -> ir.Table:
    """The days of claims worth comparing, per pair, kind and date, in the database.

    ``x_ok``: a day of the period with a sentence whose pair and kind have contacts on at least
    one and at most ``max_other_days`` other days within ``max_days_apart`` (more, and which
    of them a claim misdates is not known); ``deny_ok``: a denial whose pair has acts on at
    most that many days around it. ``keep``: those, and the days near them that they may be
    compared with. A busy pair (many contacts) is so never read at all.
    """
    most, pad = int(cfg["max_other_days"]), int(cfg["max_days_apart"])
    d = claims.group_by(["a", "b", "kind", "date"]).aggregate(
        stated=claims.stated.ifelse(1, 0).max()
    )
    d = d.mutate(n=d.date.epoch_days(), act=d.kind != "denial",
                 now=d.date.between(period.start, period.end))  # fmt: skip
    same_kind = ibis.range_window(preceding=pad, following=pad, group_by=["a", "b", "kind"],
                                  order_by="n")  # fmt: skip
    same_pair = ibis.range_window(preceding=pad, following=pad, group_by=["a", "b"], order_by="n")
    d = d.mutate(
        others=d.count().over(same_kind) - 1, acts=d.act.ifelse(1, 0).sum().over(same_pair)
    )
    d = d.mutate(
        x_ok=d.act & d.now & (d.stated == 1) & d.others.between(1, most),
        deny_ok=~d.act & d.acts.between(1, most),
    )
    d = d.mutate(
        near_x=d.x_ok.ifelse(1, 0).sum().over(same_kind) > 0,
        near_deny=d.act & d.now & (d.deny_ok.ifelse(1, 0).sum().over(same_pair) > 0),
    )
    return d.select("a", "b", "kind", "date", "x_ok", "deny_ok",
                    keep=d.x_ok | d.near_x | d.deny_ok | d.near_deny)  # fmt: skip


def contradictions(
    backend: Backend, period: Period, config: dict[str, Any] | None = None,
    *, session: Session | None = None,
) -> list[Contradiction]:  # fmt: skip
    """Disagreements between sources about events in ``period``, closest in time first.

    >>> from dipwatch.periods import parse_period
    >>> from dipwatch.store import Store
    >>> with Store(":memory:") as s:
    ...     contradictions(s.ibis(), parse_period("2021Q4"))
    []
    """
    with using(session, backend, period, config=config) as s:
        return list(s.once(("contradictions", period), lambda: _contradictions(s, period)))


def _contradictions(s: Session, period: Period) -> list[Contradiction]:
    cfg = s.config["contradictions"]
    official: dict[Any, bool] = {}
    found = _rows(claims_frame(s.backend, period, cfg))
    claims = [claim_of(r, cfg, official) for r in found]
    xs = {c.event_id for c, r in zip(claims, found, strict=True) if r["x_ok"]}
    denials = {c.event_id for c, r in zip(claims, found, strict=True) if r["deny_ok"]}
    reader = _Reader(cfg)
    out: dict[tuple[Any, ...], Contradiction] = {}
    for c in (
        _dates(claims, xs, period, cfg, reader)
        + _numbers(claims, period, cfg, reader)
        + _denials(claims, denials, period, cfg)
    ):
        c = replace(c, first=reader(c.first), second=reader(c.second))
        key = (c.kind, c.pair, c.contact, frozenset((c.first.date, c.second.date)))
        if key not in out or _rank(c) < _rank(out[key]):
            out[key] = c
    kept = sorted(out.values(), key=lambda c: (c.days_apart, c.first.date, c.pair, c.kind))
    return [replace(c, text=describe(c)) for c in kept]  # the words, for the kept ones only


def _rows(expr: ir.Table) -> list[dict[str, Any]]:
    """Rows of an expression, built column by column (many claims: twice as fast as rows)."""
    table = expr.to_pyarrow()
    names = table.column_names
    return [dict(zip(names, values, strict=True))
            for values in zip(*(table.column(n).to_pylist() for n in names), strict=True)]  # fmt: skip


class _Reader:
    """Reads a claim's sentence (level, mode, place) the first time it is compared, once."""

    def __init__(self, cfg: dict[str, Any]) -> None:
        self.cfg = cfg
        self.done: dict[str, Claim] = {}

    def __call__(self, claim: Claim) -> Claim:
        if claim.event_id not in self.done:
            self.done[claim.event_id] = read(claim, self.cfg)
        return self.done[claim.event_id]


def _rank(c: Contradiction) -> tuple[Any, ...]:
    """Prefer a counterpart whose level is known and the same, official, then with a sentence."""
    same = bool(c.first.levels & c.second.levels)
    return (not same, not c.second.official, c.second.text is None, c.second.event_id)


def _by_date(claims: Iterable[Claim]) -> dict[tuple[str, str, str], dict[date, list[Claim]]]:
    out: dict[tuple[str, str, str], dict[date, list[Claim]]] = {}
    for c in sorted(claims, key=lambda c: c.date):
        out.setdefault((c.pair[0], c.pair[1], c.contact), {}).setdefault(c.date, []).append(c)
    return out


def _backed(claims: list[Claim], cfg: dict[str, Any]) -> bool:
    return any(c.official for c in claims) or len({c.source for c in claims}) >= cfg["min_sources"]


def _near(days: list[date], day: date, cfg: dict[str, Any]) -> list[date]:
    """The days of ``days`` (sorted) within ``max_days_apart`` of ``day``, but ``day``, the
    nearest first."""
    pad = timedelta(days=int(cfg["max_days_apart"]))
    lo, hi = bisect_left(days, day - pad), bisect_right(days, day + pad)
    return sorted((d for d in days[lo:hi] if d != day), key=lambda d: (abs(d - day), d))


def _dates(
    claims: list[Claim], xs: set[str], period: Period, cfg: dict[str, Any], reader: _Reader
) -> list[Contradiction]:
    """A claim whose event another day's claims report too: the only such day within the
    window (where a pair has several candidate days, which one a claim misdates is not
    known, and nothing is said). Sentences are read only for the days compared, and a claim
    stops being compared once two days fit."""
    out = []
    for days in _by_date(c for c in claims if c.contact != "denial").values():
        order = list(days)
        backed = {d: _backed(v, cfg) for d, v in days.items()}
        for day, here in days.items():
            if not period.contains(day):
                continue
            sources = {c.source for c in here}
            for x in here:
                if not x.text or x.event_id not in xs:  # see open_days
                    continue
                same: list[date] = []
                for d in _near(order, day, cfg):
                    if _may_be_same(x, days[d], sources, backed[day] and backed[d], cfg) and (
                        not distinct([reader(x)], [reader(y) for y in days[d]])
                    ):
                        same.append(d)
                        if len(same) > 1:
                            break
                if len(same) == 1:
                    out += [
                        _contradiction("date", x, y) for y in days[same[0]] if y.source != x.source
                    ]
    return out


def _may_be_same(
    x: Claim, there: list[Claim], sources_here: set[str], both_backed: bool, cfg: dict[str, Any]
) -> bool:
    """What tells the claims ``there`` (of another day) from x's event without reading their
    sentences: too close for event data, a source that knows both days, both days backed, or
    another number."""
    apart = abs((there[0].date - x.date).days)
    minimum = 1 if all(y.text for y in there) else cfg["min_days_apart_datasets"]
    if not minimum <= apart <= cfg["max_days_apart"] or both_backed:
        return False
    if any(y.source in sources_here for y in there):  # one source knows of both days
        return False
    return not any(x.ordinal and x.ordinal == y.ordinal for y in there)


def _numbers(
    claims: list[Claim], period: Period, cfg: dict[str, Any], reader: _Reader
) -> list[Contradiction]:
    """The same numbered meeting of a pair, dated differently or held at another level."""
    numbered: dict[tuple[Any, ...], list[Claim]] = {}
    for c in claims:
        if c.ordinal and c.text:
            numbered.setdefault((c.pair, c.ordinal, c.contact), []).append(reader(c))
    out = []
    for group in numbered.values():
        for x in group:
            for y in group:
                if x.source == y.source or not period.contains(x.date) or x.date < y.date:
                    continue
                apart = abs((y.date - x.date).days)
                differ = apart > 0 or bool(x.levels and y.levels and not x.levels & y.levels)
                if differ and apart <= cfg["max_days_apart"]:
                    out.append(_contradiction("number", x, y))
    return out


def _denials(
    claims: list[Claim], denials: set[str], period: Period, cfg: dict[str, Any]
) -> list[Contradiction]:
    """A state's denial of an act another source reports: the pair's act nearest in time to
    the denial (the earlier on a tie) within the window, in the period, from another source."""
    acts: dict[tuple[str, str], list[Claim]] = {}
    for c in sorted(claims, key=lambda c: c.date):
        if c.contact != "denial" and period.contains(c.date):
            acts.setdefault(c.pair, []).append(c)
    days = {pair: [c.date for c in found] for pair, found in acts.items()}
    pad = timedelta(days=int(cfg["max_days_apart"]))
    out = []
    for y in (c for c in claims if c.contact == "denial" and c.event_id in denials):
        mine = acts.get(y.pair, [])
        lo = bisect_left(days.get(y.pair, []), y.date - pad)
        hi = bisect_right(days.get(y.pair, []), y.date + pad)
        near = [x for x in mine[lo:hi] if x.source != y.source]
        if near:
            x = min(near, key=lambda x: (abs((y.date - x.date).days), x.date, x.event_id))
            out.append(_contradiction("denial", x, y))
    return out


def _contradiction(kind: str, x: Claim, y: Claim) -> Contradiction:
    """Two claims as a contradiction, its words left to be written (see :func:`describe`)."""
    official = {(True, True): "both", (True, False): "first", (False, True): "second"}.get(
        (x.official, y.official)
    )
    return Contradiction(kind, x.pair, x.contact, abs((y.date - x.date).days), x, y, official)


def describe(c: Contradiction) -> Text:
    """What the two sources say, in three languages, and which is official."""
    a, b = Name(c.pair[0]), Name(c.pair[1])
    contact = Label("contacts", c.contact)
    first, second = c.first, c.second
    slots = dict(a=a, b=b, contact=contact, s1=first.source, d1=Day(first.date),
                 s2=second.source, d2=Day(second.date), days=Count(c.days_apart, "day"))  # fmt: skip
    if c.kind == "number":
        parts = [render("contradictions.number", **slots, ordinal=Ordinal(first.ordinal or 0),
                        l1=Label("levels", first.level_key), l2=Label("levels", second.level_key))]  # fmt: skip
    else:
        parts = [render(f"contradictions.{c.kind}", **slots)]
    for claim in (first, second):
        if claim.official and (c.official != "both" or claim is first):
            parts.append(render("contradictions.official", source=claim.source))
    return join(parts)


__all__ = ["Claim", "Contradiction", "contradictions", "official_source"]
