"""Shared Ibis expressions and reference context for every analysis.

The analyses are written once as relational expressions over an Ibis backend's ``events``
table, so that the same code runs on DuckDB and on Spark. Every analysis takes that backend as
its first argument; only ``dipwatch.store.connect`` (or ``Store.ibis()``, in a process that holds
the store open) hands one out, and nothing here opens a connection.

Actors are CAMEO actor codes whose first three letters are the ISO3 country (``CHNGOV`` -> CHN);
a *dyadic* event has a country on both sides, and an *anchor frame* keeps the events between one
anchor state (the PRC by default) and any other state, with the other state as ``partner``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import ibis
import ibis.expr.types as ir
from ibis.backends import BaseBackend as Backend

from dipwatch.errors import InputError
from dipwatch.periods import Period

PRC = "CHN"
USA = "USA"
TWN = "TWN"
CORE_ISSUES = ("taiwan", "hong_kong", "xinjiang", "tibet", "human_rights", "democracy")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One event behind a finding: its id, date, actors, code, the sentence it came from and,
    for footnotes, where that was: the ``source`` (a document's source, else its title, else
    the host of the event's URL, else its origin), the ``url``, the ``doc_id`` and the ``origin``."""

    event_id: str
    date: date
    source_actor: str | None
    target_actor: str | None
    code: str
    text: str | None
    source: str | None = None
    url: str | None = None
    doc_id: str | None = None
    origin: str | None = None
    date_precision: str | None = None  # day, month or year: how finely ``date`` is known


@dataclass(slots=True)
class Context:
    """What the analyses need from the reference tables, gathered once.

    ``size`` is the state's population in millions (typology.yaml); ``regions`` maps ISO3 to
    one of ``countries.REGIONS``; ``organisations`` are ``reference.Organisation`` objects and
    ``recognition`` a ``reference.RecognitionHistory`` (or anything with ``allies(on)`` and
    ``changes``). Build it by hand in tests, or with :func:`reference_context`.

    >>> Context(g20=frozenset({"DEU"})).is_g20("DEU")
    True
    """

    g20: frozenset[str] = frozenset()
    regions: Mapping[str, str] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)
    names_zh: Mapping[str, str] = field(default_factory=dict)
    iso2: Mapping[str, str] = field(default_factory=dict)
    states: frozenset[str] = frozenset()
    population: Mapping[str, float] = field(default_factory=dict)
    organisations: tuple[Any, ...] = ()
    recognition: Any = None

    def is_state(self, code: str) -> bool:
        """True for a state's ISO3 code (anything when no countries table is loaded)."""
        return not self.states or code in self.states

    def is_g20(self, iso3: str) -> bool:
        return iso3 in self.g20

    def name(self, iso3: str) -> str:
        return self.names.get(iso3, iso3)

    def name_zh(self, iso3: str) -> str:
        return self.names_zh.get(iso3, self.name(iso3))

    def iso3_of(self, code: str) -> str:
        """ISO3 for an ISO2 or ISO3 code (UN votes files use either)."""
        return self.iso2.get(code, code)


def reference_context() -> Context:
    """A Context from the bundled reference tables (each part empty if its table is missing)."""
    ctx = Context()
    try:
        from dipwatch.reference import countries

        table = list(countries())
        ctx.g20 = frozenset(c.iso3 for c in table if c.g20)
        ctx.regions = {c.iso3: c.region for c in table}
        ctx.names = {c.iso3: c.name_en for c in table}
        ctx.names_zh = {c.iso3: c.name_zh_hant for c in table}
        ctx.iso2 = {c.iso2: c.iso3 for c in table if c.iso2}
        ctx.states = frozenset(c.iso3 for c in table if c.kind == "state")
        ctx.population = {c.iso3: c.population_m for c in table if c.population_m}
    except (ImportError, AttributeError):  # the table has not landed in this build
        pass
    ctx.organisations = tuple(_optional("organisations") or ())
    ctx.recognition = _optional("recognition")
    return ctx


def _optional(loader: str) -> Any:
    """The bundled table ``loader`` returns, or None while that table is not in this build."""
    import dipwatch.reference as ref

    try:
        return getattr(ref, loader)()
    except (ImportError, AttributeError):
        return None


# -- expressions -----------------------------------------------------------------------------
def events(backend: Backend) -> ir.Table:
    """The backend's events table as an Ibis expression."""
    return backend.table("events")


def in_period(t: ir.Table, period: Period) -> ir.Table:
    return t.filter(t.date.between(period.start, period.end))


def is_code(s: ir.StringValue) -> ir.BooleanValue:
    """Whether ``s`` has the shape of a country's code: three capital letters (an ISO3 code,
    or an organisation's CAMEO code, which the analyses tell apart with ``Context.is_state``).
    Written without a regular expression, which costs ten times as much on a large store
    (CAMEO codes have no digits).
    """
    return (s.length() == 3) & (s.upper() == s) & (s.lower() != s)


def with_countries(t: ir.Table) -> ir.Table:
    """Add ``src`` and ``tgt``: the country part of each actor (NULL when not a state)."""
    src = t.source_actor.substr(0, 3)
    tgt = t.target_actor.substr(0, 3)
    return t.mutate(
        src=is_code(src).ifelse(src, ibis.null("string")),
        tgt=is_code(tgt).ifelse(tgt, ibis.null("string")),
    )


def anchor_frame(t: ir.Table, anchor: str = PRC) -> ir.Table:
    """Events between ``anchor`` and another state, with ``partner``, ``outgoing`` (true when
    the anchor is the source), ``core`` (the event touches a core issue) and ``story`` (its
    story, or the event itself when it has none)."""
    f = mark_anchor(t, anchor)
    return f.filter(f.partner.notnull())


def mark_anchor(t: ir.Table, anchor: str = PRC) -> ir.Table:
    """All events with ``anchor`` on either side (:func:`anchor_volume`), with the columns of
    :func:`anchor_frame`; ``partner`` is NULL unless the other side is another country.

    The anchor's side is found by comparing the actors' first three letters, and only the
    other side is checked to be a country code: the rows of :func:`with_countries` at a third
    of its cost on a large store.
    """
    v = anchor_volume(t, anchor)
    s3, t3 = v.source_actor.substr(0, 3), v.target_actor.substr(0, 3)
    outgoing = s3 == anchor
    other = outgoing.ifelse(t3, s3)
    partner = ((s3 == anchor) != (t3 == anchor)).ifelse(other, ibis.null("string"))
    v = v.mutate(outgoing=outgoing, partner=is_code(partner).ifelse(partner, ibis.null("string")))
    return v.mutate(core=core_flag(v), story=v.story_id.fill_null(v.event_id))


def prc_frame(t: ir.Table) -> ir.Table:
    """:func:`anchor_frame` of the PRC: what most analyses read (see analysis/session.py)."""
    return anchor_frame(t, PRC)


def core_flag(t: ir.Table, core: Iterable[str] = CORE_ISSUES) -> ir.BooleanValue:
    lit = ibis.literal(list(core), type="array<string>")
    return t.issues.intersect(lit).length().fill_null(0) > 0


def anchor_volume(t: ir.Table, anchor: str = PRC) -> ir.Table:
    """All events with ``anchor`` on either side (the denominator for normalised volume)."""
    return t.filter(
        (t.source_actor.substr(0, 3) == anchor) | (t.target_actor.substr(0, 3) == anchor)
    )


def months_back(day: date, n: int) -> date:
    """The first day of the month ``n`` months before ``day``'s.

    >>> months_back(date(2021, 10, 15), 12)
    datetime.date(2020, 10, 1)
    """
    y, m = day.year, day.month - n
    while m < 1:
        y, m = y - 1, m + 12
    return date(y, m, 1)


def rows(expr: ir.Table) -> list[dict[str, Any]]:
    """Execute an expression and return plain rows (via Arrow; no pandas needed)."""
    return expr.to_pyarrow().to_pylist()


EVIDENCE_COLUMNS = (
    "event_id", "date", "source_actor", "target_actor", "code", "text", "url", "doc_id", "origin",
    "date_precision",
)  # fmt: skip
#: The host of a URL, without ``www.`` (empty when it is not one).
URL_HOST = r"^[A-Za-z][A-Za-z0-9+.-]*://(?:www\.)?([^/:?#]+)"


def evidence_rows(expr: ir.Table, limit: int, backend: Backend | None = None) -> list[Evidence]:
    """The top ``limit`` rows of an events expression as Evidence (caller orders them); with
    ``backend``, each with its source (see :func:`with_source`)."""
    named = ["doc_name"] if "doc_name" in expr.columns else []
    found = rows(expr.select(*EVIDENCE_COLUMNS, *named).limit(limit))
    return as_evidence(found, backend)


def as_evidence(found: list[dict[str, Any]], backend: Backend | None = None) -> list[Evidence]:
    """Rows with the EVIDENCE_COLUMNS as Evidence, each with its source: the ``source`` the
    rows carry (:func:`with_source`), or their ``doc_name`` (a session's frames join the
    documents once), else looked up in one query."""
    if found and all(r.get("source") for r in found):
        return [Evidence(**{k: r.get(k) for k in (*EVIDENCE_COLUMNS, "source")}) for r in found]
    if all("doc_name" in r for r in found):
        docs = {r["doc_id"]: r["doc_name"] for r in found if r.get("doc_id") and r["doc_name"]}
    else:
        docs = document_sources(backend, {r["doc_id"] for r in found if r.get("doc_id")})
    out = []
    for r in found:
        r = {k: r.get(k) for k in EVIDENCE_COLUMNS}
        r["source"] = docs.get(r["doc_id"] or "") or url_host(r["url"]) or r["origin"]
        out.append(Evidence(**r))
    return out


def with_documents(backend: Backend, t: ir.Table) -> ir.Table:
    """Add ``doc_name``: the name of each event's document (its source, else its title; NULL
    for events without one), the first part of :func:`with_source`."""
    d = backend.table("documents")
    docs = d.select(_doc_key="doc_id", doc_name=d.source.nullif("").fill_null(d.title.nullif("")))
    return t.left_join(docs, t.doc_id == docs._doc_key).drop("_doc_key")


def document_sources(backend: Backend | None, doc_ids: set[str]) -> dict[str, str]:
    """doc_id -> its document's name: its source, else its title (for the few documents a
    finding cites)."""
    if backend is None or not doc_ids:
        return {}
    d = backend.table("documents")
    d = d.filter(d.doc_id.isin(sorted(doc_ids)))
    found = d.select("doc_id", name=d.source.nullif("").fill_null(d.title.nullif("")))
    return {r["doc_id"]: r["name"] for r in rows(found) if r["name"]}


def url_host(url: str | None) -> str | None:
    """The host of a URL without ``www.``.

    >>> url_host("https://www.fmprc.gov.cn/eng/zxxx/202112/t20211215.html")
    'fmprc.gov.cn'
    """
    import re

    found = re.match(URL_HOST, url or "")
    return found.group(1).lower() if found else None


def with_source(backend: Backend, t: ir.Table) -> ir.Table:
    """Add ``source`` to events: the document's source, else its title, else the URL's host,
    else the origin (the same rule as :func:`as_evidence`, in the database)."""
    d = backend.table("documents")
    docs = d.select(_doc_id="doc_id", _doc_source=d.source.nullif("").fill_null(d.title.nullif("")))
    j = t.left_join(docs, t.doc_id == docs._doc_id)
    host = j.url.re_extract(URL_HOST, 1).lower().nullif("")
    return j.mutate(source=j._doc_source.fill_null(host).fill_null(j.origin)).drop(
        "_doc_id", "_doc_source"
    )


def check_state(code: str, ctx: Context | None = None) -> str:
    """Normalise an ISO3 code or a country name; InputError naming valid forms otherwise.

    >>> check_state("deu"), check_state("立陶宛"), check_state("Lithuania")
    ('DEU', 'LTU', 'LTU')
    """
    t = (code or "").strip()
    if len(t) == 3 and t.isascii() and t.isalpha():  # 立陶宛 is three letters too
        return t.upper()
    try:
        from dipwatch.reference import countries

        found = countries().lookup(t)
    except (ImportError, AttributeError):
        found = None
    if found is None:
        raise InputError(
            f"unknown country {code!r}; give an ISO3 code (CHN, USA, DEU, LTU…) or a country name"
        )
    return found.iso3
