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
must differ by ``min_days_apart_datasets`` days at least.

Kinds: ``date`` (the same event dated differently), ``number`` (the same numbered meeting given
a different date or level) and ``denial`` (an act reported by one source, denied by one of the
states in another, within the window). Each lists both claims with their sentences and which is
the official source, and says so in three languages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import ibis
import ibis.expr.types as ir

from dipwatch.analysis.claims import Claim, claim_features, distinct, official_source
from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.frames import Backend, events, rows, with_countries, with_source
from dipwatch.analysis.prose import Count, Day, Label, Name, Ordinal, Text, join, render
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
    t = with_countries(events(backend))
    t = t.filter(t.date.between(period.start - pad, period.end + pad), t.src.notnull(),
                 t.tgt.notnull(), t.src != t.tgt)  # fmt: skip
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
    return (
        t.group_by(["a", "b", "kind", "date", "source", "stated"])
        .aggregate(event_id=t.event_id.min(), **pick)
        .select(*_COLUMNS)
    )


def contradictions(
    backend: Backend, period: Period, config: dict[str, Any] | None = None
) -> list[Contradiction]:
    """Disagreements between sources about events in ``period``, closest in time first.

    >>> from dipwatch.periods import parse_period
    >>> from dipwatch.store import Store
    >>> with Store(":memory:") as s:
    ...     contradictions(s.ibis(), parse_period("2021Q4"))
    []
    """
    cfg = (config or analysis_config())["contradictions"]
    found = [claim_features(r, cfg) for r in rows(claims_frame(backend, period, cfg))]
    out: dict[tuple[Any, ...], Contradiction] = {}
    for c in (
        _dates(found, period, cfg) + _numbers(found, period, cfg) + _denials(found, period, cfg)
    ):
        key = (c.kind, c.pair, c.contact, frozenset((c.first.date, c.second.date)))
        if key not in out or _rank(c) < _rank(out[key]):
            out[key] = c
    return sorted(out.values(), key=lambda c: (c.days_apart, c.first.date, c.pair, c.kind))


def _rank(c: Contradiction) -> tuple[Any, ...]:
    """Prefer a counterpart whose level is known and the same, official, then with a sentence."""
    same = bool(c.first.levels & c.second.levels)
    return (not same, not c.second.official, c.second.text is None, c.second.event_id)


def _by_date(claims: Iterable[Claim]) -> dict[tuple[str, str, str], dict[date, list[Claim]]]:
    out: dict[tuple[str, str, str], dict[date, list[Claim]]] = {}
    for c in claims:
        out.setdefault((c.pair[0], c.pair[1], c.contact), {}).setdefault(c.date, []).append(c)
    return out


def _backed(claims: list[Claim], cfg: dict[str, Any]) -> bool:
    return any(c.official for c in claims) or len({c.source for c in claims}) >= cfg["min_sources"]


def _dates(claims: list[Claim], period: Period, cfg: dict[str, Any]) -> list[Contradiction]:
    out = []
    for days in _by_date(c for c in claims if c.contact != "denial").values():
        for day, here in days.items():
            for x in here:
                if not x.text or not period.contains(day):
                    continue
                for other, there in days.items():
                    if _same_event(x, here, other, there, days, cfg):
                        out += [_contradiction("date", x, y) for y in there if y.source != x.source]
    return out


def _same_event(x: Claim, here: list[Claim], other: date, there: list[Claim],
                days: dict[date, list[Claim]], cfg: dict[str, Any]) -> bool:  # fmt: skip
    """Whether the claims of ``other`` are of x's event, dated differently."""
    apart = abs((other - x.date).days)
    minimum = 1 if all(y.text for y in there) else cfg["min_days_apart_datasets"]
    if not minimum <= apart <= cfg["max_days_apart"]:
        return False
    sources_here = {c.source for c in here}
    if any(y.source in sources_here for y in there):  # one source knows of both days
        return False
    if _backed(here, cfg) and _backed(there, cfg):
        return False
    return not distinct([x], there) and not any(x.ordinal and x.ordinal == y.ordinal for y in there)


def _numbers(claims: list[Claim], period: Period, cfg: dict[str, Any]) -> list[Contradiction]:
    """The same numbered meeting of a pair, dated differently or held at another level."""
    numbered = [c for c in claims if c.ordinal and c.text]
    out = []
    for x in numbered:
        for y in numbered:
            if (x.pair, x.ordinal, x.contact) != (
                y.pair,
                y.ordinal,
                y.contact,
            ) or x.source == y.source:
                continue
            apart = abs((y.date - x.date).days)
            differ = apart > 0 or bool(x.levels and y.levels and not x.levels & y.levels)
            if (
                differ
                and apart <= cfg["max_days_apart"]
                and period.contains(x.date)
                and x.date >= y.date
            ):
                out.append(_contradiction("number", x, y))
    return out


def _denials(claims: list[Claim], period: Period, cfg: dict[str, Any]) -> list[Contradiction]:
    denied = [c for c in claims if c.contact == "denial"]
    out = []
    for x in claims:
        if x.contact == "denial" or not period.contains(x.date):
            continue
        for y in denied:
            near = abs((y.date - x.date).days) <= cfg["max_days_apart"]
            if y.pair == x.pair and y.source != x.source and near:
                out.append(_contradiction("denial", x, y))
    return out


def _contradiction(kind: str, x: Claim, y: Claim) -> Contradiction:
    official = {(True, True): "both", (True, False): "first", (False, True): "second"}.get(
        (x.official, y.official)
    )
    c = Contradiction(kind, x.pair, x.contact, abs((y.date - x.date).days), x, y, official)
    return Contradiction(c.kind, c.pair, c.contact, c.days_apart, x, y, official, describe(c))


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
