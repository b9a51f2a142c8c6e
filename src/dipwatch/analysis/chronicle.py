"""Chronicle: the period's notable happenings, each with the reports that cite it.

A *happening* is one real-world event as the sources tell it: every event of one pair of states
on one day in one CAMEO root (a summit reported by the state broadcaster, an analytic note and a
wire is one happening with three reports). It is ranked by how many reports carry it, then by
those of the same pair's happenings of that root on the days either side as well (one event
told on two days, as across time zones, goes before others as often reported), then by the
weight of its strongest report (|Goldstein|), then by date and partner, so the choice is the
same on every engine. Its representative report is the strongest, ties broken by event id.

Each happening keeps up to ``cite`` *citations*: the reports behind it with their source (the
document's ``source``, else its title, else the host of the event's link, else its origin),
sentence, link and language,
which is what a footnote shows. The report, the chronology (大事記) and the dashboard read these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import ibis
import ibis.expr.types as ir

from dipwatch.analysis.frames import (
    PRC,
    URL_HOST,
    Backend,
    anchor_frame,
    events,
    in_period,
    rows,
    with_source,
)
from dipwatch.analysis.session import Session
from dipwatch.periods import Period

_KEY = ("date", "partner", "root")


@dataclass(frozen=True, slots=True)
class Citation:
    """One report of a happening, as a footnote cites it."""

    event_id: str
    date: date
    source: str
    text: str | None
    url: str | None
    lang: str | None
    origin: str
    precision: str = "day"  # how finely ``date`` is known: day, month or year


@dataclass(frozen=True, slots=True)
class Happening:
    """One real-world event: a pair, a day, a CAMEO root, and the reports behind it.

    ``source_actor``/``target_actor``/``code`` are those of the representative report;
    ``partner`` is the state on the other side from the anchor.
    """

    date: date
    anchor: str
    partner: str
    source_actor: str | None
    target_actor: str | None
    code: str
    root: str
    quad_class: int | None
    goldstein: float | None
    issues: tuple[str, ...]
    reports: int
    citations: tuple[Citation, ...]
    group: str | None = None

    @property
    def event_ids(self) -> tuple[str, ...]:
        return tuple(c.event_id for c in self.citations)


@dataclass(frozen=True, slots=True)
class Selection:
    """Which happenings a list holds: of ``partners``, in ``roots``, or tagged with one of
    ``issues`` (when given), the ``limit`` most reported; with ``groups`` (partner -> group,
    e.g. ISO3 -> region), the ``limit`` most reported of each group."""

    partners: tuple[str, ...] = ()
    roots: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()
    limit: int = 12
    groups: Mapping[str, str] | None = None


def happenings(
    backend: Backend,
    period: Period,
    *,
    anchor: str = PRC,
    partners: list[str] | None = None,
    roots: list[str] | None = None,
    issues: list[str] | None = None,
    limit: int = 12,
    cite: int = 3,
    groups: Mapping[str, str] | None = None,
    session: Session | None = None,
) -> list[Happening]:
    """The ``limit`` most reported happenings of ``anchor`` with another state in ``period``
    (only ``partners``, ``roots`` or events tagged with one of ``issues`` when given), by date.
    With ``groups`` (partner -> group, e.g. ISO3 -> region), the ``limit`` most reported of each
    group, in one query.

    >>> from dipwatch.config import Settings
    >>> from dipwatch.store import open_backend
    >>> from dipwatch.periods import parse_period
    >>> with open_backend(Settings(db=":memory:")) as backend:
    ...     happenings(backend, parse_period("2021Q4"), partners=["USA"])
    []
    """
    wanted = Selection(
        tuple(partners or ()), tuple(roots or ()), tuple(issues or ()), limit, groups
    )
    found = happenings_of(backend, period, {"": wanted}, anchor=anchor, cite=cite, session=session)
    return found[""]


def happenings_of(
    backend: Backend,
    period: Period,
    selections: Mapping[str, Selection],
    *,
    anchor: str = PRC,
    cite: int = 3,
    session: Session | None = None,
) -> dict[str, list[Happening]]:
    """Several lists of happenings (name -> :class:`Selection`) in one query: the reports of
    each happening are ranked once per distinct filter (lists that filter alike, such as the
    chronology and the regions, share them), the happenings of each list ranked, and the
    citations of those chosen read with them.

    >>> from dipwatch.config import Settings
    >>> from dipwatch.store import open_backend
    >>> from dipwatch.periods import parse_period
    >>> with open_backend(Settings(db=":memory:")) as backend:
    ...     happenings_of(backend, parse_period("2021Q4"), {"us": Selection(("USA",)), "all": Selection()})
    {'us': [], 'all': []}
    """
    base = _anchored(backend, period, anchor, session)
    filters = list(dict.fromkeys((s.partners, s.roots, s.issues) for s in selections.values()))
    reports = _union([_reports(base, i, *flt) for i, flt in enumerate(filters)])
    heads = _with_neighbours(reports.filter(reports.rn == 0))
    lists = _union([
        _listed(heads, name, sel, filters.index((sel.partners, sel.roots, sel.issues)))
        for name, sel in selections.items()
    ])  # fmt: skip
    place = ibis.row_number().over(
        group_by=["sel", "grp"],
        order_by=[lists.reports.desc(), lists.near.desc(), lists.goldstein.abs().desc(),
                  lists.date, lists.partner, lists.root],
    )  # fmt: skip
    lists = lists.mutate(place=place)
    chosen = lists.filter(lists.place < lists.lim).select("sel", "grp", "flt", *_KEY)
    cited = reports.filter(reports.rn < cite).join(chosen, ["flt", *_KEY])
    named = ["doc_name"] if "doc_name" in base.columns else []
    payload = base.select("event_id", "source_actor", "target_actor", "code", "quad_class",
                          "issues", "origin", "text", "url", "doc_id", "date_precision",
                          *named)  # fmt: skip
    cited = cited.join(payload, "event_id")  # the sentences, for the few reports cited
    out: dict[str, dict[tuple[Any, ...], list[dict[str, Any]]]] = {n: {} for n in selections}
    for r in rows(_with_links(backend, cited)):
        out[r["sel"]].setdefault((r["date"], r["partner"], r["root"], r["grp"]), []).append(r)
    return {name: sorted((_happening(sorted(found, key=lambda r: r["rn"]), anchor)
                          for found in keys.values()),
                         key=lambda h: (h.group or "", h.date, h.partner, h.root))
            for name, keys in out.items()}  # fmt: skip


def _with_neighbours(heads: ir.Table) -> ir.Table:
    """Each happening with ``near``: its reports and those of the same pair and root on the day
    before and after. Of happenings as often reported, one told on two days (a summit held on
    the evening of the 15th in Washington, the morning of the 16th in Beijing) goes first, so
    neither half drops out of a list that as many single-day ones would fill."""
    other = heads.select(
        _flt=heads.flt, _partner=heads.partner, _root=heads.root, _date=heads.date,
        _reports=heads.reports,
    )  # fmt: skip
    one = ibis.interval(days=1)
    pairs = heads.join(other, [
        heads.flt == other._flt, heads.partner == other._partner, heads.root == other._root,
        other._date >= heads.date - one, other._date <= heads.date + one,
    ])  # fmt: skip
    near = pairs.group_by(["flt", *_KEY]).aggregate(near=pairs._reports.sum())
    return heads.join(near, ["flt", *_KEY])


def _union(parts: list[ir.Table]) -> ir.Table:
    return parts[0] if len(parts) == 1 else ibis.union(*parts, distinct=False)


def _reports(
    base: ir.Table, i: int, partners: tuple[str, ...], roots: tuple[str, ...],
    issues: tuple[str, ...],
) -> ir.Table:  # fmt: skip
    """The events of one filter (number ``i``), each with ``reports`` (how many its happening
    has) and ``rn`` (its rank among them: the strongest, |Goldstein|, first)."""
    f = base
    if partners:
        f = f.filter(f.partner.isin(list(partners)))
    if roots:
        f = f.filter(f.root.isin(list(roots)))
    if issues:
        wanted = ibis.literal(list(issues), type="array<string>")
        f = f.filter(f.issues.intersect(wanted).length().fill_null(0) > 0)
    strongest = ibis.row_number().over(
        group_by=list(_KEY), order_by=[f.goldstein.abs().desc(), f.event_id]
    )
    return f.select(  # ranked on the few columns the order needs
        *_KEY, "event_id", "goldstein", flt=ibis.literal(i), rn=strongest,
        reports=f.event_id.count().over(group_by=list(_KEY)),
    )  # fmt: skip


def _listed(heads: ir.Table, name: str, sel: Selection, flt: int) -> ir.Table:
    """The happenings of one list (by their strongest report), with its name, group and limit."""
    f = heads.filter(heads.flt == flt)
    if sel.groups:
        import pyarrow as pa  # an Arrow table: a dict would go through pandas

        table = ibis.memtable(
            pa.table({"_partner": list(sel.groups), "grp": list(sel.groups.values())})
        )
        f = f.join(table, f.partner == table._partner).drop("_partner")
    else:
        f = f.mutate(grp=ibis.literal(""))
    f = f.mutate(sel=ibis.literal(name), lim=ibis.literal(sel.limit))
    return f.select("sel", "grp", "lim", "flt", *_KEY, "reports", "near", "goldstein")


def _anchored(backend: Backend, period: Period, anchor: str, session: Session | None) -> ir.Table:
    """The anchor's events with other states in ``period``: the session's, for the PRC."""
    if session is not None and anchor == PRC:
        return session.period_frame(period)
    return anchor_frame(in_period(events(backend), period), anchor)


def _with_links(backend: Backend, f: ir.Table) -> ir.Table:
    """Reports with their ``source`` (see ``frames.with_source``), ``lang`` and link (the
    event's, else its document's)."""
    if "doc_name" in f.columns:  # a session's frame: the documents' names are joined already
        host = f.url.re_extract(URL_HOST, 1).lower().nullif("")
        f = f.mutate(source=f.doc_name.fill_null(host).fill_null(f.origin))
    else:
        f = with_source(backend, f)
    docs = backend.table("documents").select(_doc="doc_id", lang="lang", doc_url="url")
    j = f.left_join(docs, f.doc_id == docs._doc)
    return j.mutate(url=j.url.fill_null(j.doc_url)).drop("_doc", "doc_url")


def cite(evidence: Any) -> Citation:
    """An analysis's evidence (``frames.Evidence``, or a contradiction's ``Claim``) as a
    citation: what it already knows of its source, sentence and link; no query."""
    return Citation(evidence.event_id, evidence.date, evidence.source or evidence.origin or "",
                    evidence.text, evidence.url, None, evidence.origin or "",
                    getattr(evidence, "date_precision", None) or "day")  # fmt: skip


def _happening(found: list[dict[str, Any]], anchor: str) -> Happening:
    """A happening from its reports (the strongest first, which represents it)."""
    r = found[0]
    cited = tuple(Citation(c["event_id"], c["date"], c["source"], c["text"], c["url"], c["lang"],
                           c["origin"], c.get("date_precision") or "day")
                  for c in found)  # fmt: skip
    return Happening(
        r["date"], anchor, r["partner"], r["source_actor"], r["target_actor"], r["code"],
        r["root"], r["quad_class"], r["goldstein"], tuple(r["issues"] or ()), int(r["reports"]),
        cited, r["grp"] or None,
    )  # fmt: skip


def issue_conflicts(
    backend: Backend, period: Period, a: str, b: str, session: Session | None = None
) -> dict[str, int]:
    """Issue -> conflict events (quad classes 3-4) between states ``a`` and ``b`` in
    ``period`` tagged with it, most first, counted in stories (the reports of one real-world
    event count once, as the analyses count): the pair's divergences as the events name them."""
    f = _anchored(backend, period, a, session)
    f = f.filter(f.partner == b, f.quad_class >= 3)
    u = f.select("story", issue=f.issues.unnest())
    found = rows(u.group_by("issue").aggregate(n=u.story.nunique()))
    return dict(sorted(((r["issue"], int(r["n"])) for r in found), key=lambda t: (-t[1], t[0])))


def monthly(
    backend: Backend, period: Period, anchor: str = PRC, session: Session | None = None
) -> list[dict[str, Any]]:
    """Per partner and month of ``period``: events and their counts by quad class (q1..q4),
    from which a chart draws net cooperation over time and activity by region (from the
    session's months, when it has them)."""
    if session is not None and anchor == PRC and session.start <= period.start:
        merged: dict[tuple[Any, str], dict[str, Any]] = {}
        for r in session.months(period.start, period.end):  # all origins together
            m = merged.setdefault((r["month"], r["partner"]), {
                "partner": r["partner"], "month": r["month"], "n": 0, "q1": 0, "q2": 0,
                "q3": 0, "q4": 0})  # fmt: skip
            for k in ("n", "q1", "q2", "q3", "q4"):
                m[k] += int(r[k] or 0)
        return [merged[k] for k in sorted(merged)]
    f = _anchored(backend, period, anchor, session)
    f = f.mutate(month=f.date.truncate("M"))
    quads = {f"q{q}": (f.quad_class == q).ifelse(1, 0).sum() for q in (1, 2, 3, 4)}
    agg = f.group_by(["partner", "month"]).aggregate(n=f.count(), **quads)
    return sorted(rows(agg), key=lambda r: (r["month"], r["partner"]))
