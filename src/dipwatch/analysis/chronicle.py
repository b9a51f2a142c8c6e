"""Chronicle: the period's notable happenings, each with the reports that cite it.

A *happening* is one real-world event as the sources tell it: every event of one pair of states
on one day in one CAMEO root (a summit reported by the state broadcaster, an analytic note and a
wire is one happening with three reports). It is ranked by how many reports carry it, then by
the weight of its strongest report (|Goldstein|), then by date and partner, so the choice is the
same on every engine. Its representative report is the strongest, ties broken by event id.

Each happening keeps up to ``cite`` *citations*: the reports behind it with their source (the
document's ``source``, else its title, else the event's origin), sentence, link and language,
which is what a footnote shows. The report, the chronology (大事記) and the dashboard read these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import ibis
import ibis.expr.types as ir

from dipwatch.analysis.frames import PRC, Backend, anchor_frame, events, in_period, rows
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
    frame = _frame(backend, period, anchor, partners, roots, issues)
    if groups:
        table = ibis.memtable({"partner": list(groups), "grp": list(groups.values())})
        frame = frame.join(table, "partner")
    else:
        frame = frame.mutate(grp=ibis.literal(""))
    strongest = ibis.row_number().over(
        group_by=list(_KEY), order_by=[frame.goldstein.abs().desc(), frame.event_id]
    )
    ranked = frame.mutate(rn=strongest, reports=frame.event_id.count().over(group_by=list(_KEY)))
    top = ranked.filter(ranked.rn == 0)
    place = ibis.row_number().over(
        group_by="grp",
        order_by=[top.reports.desc(), top.goldstein.abs().desc(), top.date, top.partner, top.root],
    )
    top = top.mutate(place=place)
    top = top.filter(top.place < limit)
    chosen = rows(top.select(*_KEY, "grp", "source_actor", "target_actor", "code", "quad_class",
                             "goldstein", "issues", "reports"))  # fmt: skip
    cited = citations(backend, frame, [_key(r) for r in chosen], cite)
    out = [_happening(r, anchor, cited.get(_key(r), ())) for r in chosen]
    return sorted(out, key=lambda h: (h.group or "", h.date, h.partner, h.root))


def _frame(
    backend: Backend,
    period: Period,
    anchor: str,
    partners: list[str] | None,
    roots: list[str] | None,
    issues: list[str] | None,
) -> ir.Table:
    f = anchor_frame(in_period(events(backend), period), anchor)
    if partners:
        f = f.filter(f.partner.isin(partners))
    if roots:
        f = f.filter(f.root.isin(roots))
    if issues:
        wanted = ibis.literal(list(issues), type="array<string>")
        f = f.filter(f.issues.intersect(wanted).length().fill_null(0) > 0)
    return f


def _key(r: dict[str, Any]) -> str:
    return f"{r['date'].isoformat()}|{r['partner']}|{r['root']}"


def citations(
    backend: Backend, frame: ir.Table, keys: list[str], cite: int
) -> dict[str, tuple[Citation, ...]]:
    """key -> up to ``cite`` reports of each chosen happening, with their document's source."""
    if not keys:
        return {}
    f = frame.mutate(key=frame.date.cast("string") + "|" + frame.partner + "|" + frame.root)
    f = f.filter(f.key.isin(keys))
    docs = backend.table("documents").select("doc_id", "source", "title", "lang", doc_url="url")
    joined = f.left_join(docs, f.doc_id == docs.doc_id)
    order = ibis.row_number().over(
        group_by="key", order_by=[joined.goldstein.abs().desc(), joined.event_id]
    )
    joined = joined.mutate(rn=order)
    picked = joined.filter(joined.rn < cite).select(
        "key", "rn", "event_id", "date", "origin", "text", "source", "title", "lang",
        url=joined.url.fill_null(joined.doc_url),
    )  # fmt: skip
    out: dict[str, list[tuple[int, Citation]]] = {}
    for r in rows(picked):
        name = r["source"] or r["title"] or r["origin"]
        c = Citation(r["event_id"], r["date"], name, r["text"], r["url"], r["lang"], r["origin"])
        out.setdefault(r["key"], []).append((r["rn"], c))
    return {k: tuple(c for _, c in sorted(v, key=lambda t: t[0])) for k, v in out.items()}


def _happening(r: dict[str, Any], anchor: str, cited: tuple[Citation, ...]) -> Happening:
    return Happening(
        r["date"], anchor, r["partner"], r["source_actor"], r["target_actor"], r["code"],
        r["root"], r["quad_class"], r["goldstein"], tuple(r["issues"] or ()), int(r["reports"]),
        cited, r["grp"] or None,
    )  # fmt: skip


def cite_events(backend: Backend, event_ids: list[str]) -> dict[str, Citation]:
    """event id -> its citation (source, sentence, link), for evidence another analysis chose.

    >>> from dipwatch.config import Settings
    >>> from dipwatch.store import open_backend
    >>> with open_backend(Settings(db=":memory:")) as backend:
    ...     cite_events(backend, ["e1"])
    {}
    """
    if not event_ids:
        return {}
    t = events(backend)
    t = t.filter(t.event_id.isin(sorted(set(event_ids))))
    docs = backend.table("documents").select("doc_id", "source", "title", "lang", doc_url="url")
    j = t.left_join(docs, t.doc_id == docs.doc_id)
    j = j.select("event_id", "date", "origin", "text", "source", "title", "lang",
                 url=j.url.fill_null(j.doc_url))  # fmt: skip
    return {
        r["event_id"]: Citation(r["event_id"], r["date"], r["source"] or r["title"] or r["origin"],
                                r["text"], r["url"], r["lang"], r["origin"])
        for r in rows(j)
    }  # fmt: skip


def issue_conflicts(backend: Backend, period: Period, a: str, b: str) -> dict[str, int]:
    """Issue -> conflict events (quad classes 3-4) between states ``a`` and ``b`` in ``period``
    tagged with it, most first: the pair's divergences as the events name them."""
    f = anchor_frame(in_period(events(backend), period), a)
    f = f.filter(f.partner == b, f.quad_class >= 3)
    u = f.select(issue=f.issues.unnest())
    found = rows(u.group_by("issue").aggregate(n=u.count()))
    return dict(sorted(((r["issue"], int(r["n"])) for r in found), key=lambda t: (-t[1], t[0])))


def monthly(backend: Backend, period: Period, anchor: str = PRC) -> list[dict[str, Any]]:
    """Per partner and month of ``period``: events and their counts by quad class (q1..q4),
    from which a chart draws net cooperation over time and activity by region."""
    f = anchor_frame(in_period(events(backend), period), anchor)
    f = f.mutate(month=f.date.truncate("M"))
    quads = {f"q{q}": (f.quad_class == q).ifelse(1, 0).sum() for q in (1, 2, 3, 4)}
    agg = f.group_by(["partner", "month"]).aggregate(n=f.count(), **quads)
    return sorted(rows(agg), key=lambda r: (r["month"], r["partner"]))
