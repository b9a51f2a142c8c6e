"""Findings: every analysis result a report needs, gathered once from an Ibis backend.

This is the one place that knows the shape of the analyses' results. The report model reads
:class:`Findings` only, so when an analysis changes its output the adaptation happens here:

- :func:`text_of` gives an analysis's prose as ``{lang: text}`` for the three languages. Results
  that carry ``text`` (the shape the analyses are moving to) are used as they are; results that
  still carry ``text_en``/``text_zh_hant`` (or ``summary_*``, ``explanation_*``) are adapted:
  each language from its own field, zh-Hans converted from zh-Hant with OpenCC, and state codes
  and period labels left in those texts put in the reader's words. English never fills a
  Chinese slot or the reverse.
- :func:`real_switches` keeps the switches of recognition that happened in the period, one
  per state (the reference table and the coded events can both report one switch).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from dipwatch import i18n
from dipwatch.analysis import chronicle, inventory
from dipwatch.analysis.allies import AlliesResult, allies, allies_on
from dipwatch.analysis.dyads import DyadStats, dyads
from dipwatch.analysis.frames import PRC, USA, Backend, Context, reference_context
from dipwatch.models import LANGS
from dipwatch.periods import Period

#: CAMEO roots of each part of the US-China section.
CONTACT_ROOTS = ["04"]
CHANNEL_ROOTS = ["03", "05", "06"]
IDEOLOGY_ISSUES = ["democracy", "human_rights"]


@dataclass(slots=True)
class USChina:
    stats: DyadStats | None
    contacts: list[chronicle.Happening]
    channels: list[chronicle.Happening]
    divergences: dict[str, int]
    conflicts: list[chronicle.Happening]
    taiwan: list[chronicle.Happening]
    ideology: list[chronicle.Happening]


@dataclass(slots=True)
class Findings:
    """What one period's report says, before any language is chosen."""

    period: Period
    ctx: Context
    dyads: list[DyadStats]
    typology: list[Any]
    regions: list[Any]
    allies: AlliesResult
    alerts: list[Any]
    contradictions: list[Any]
    judgments: list[Any]
    us_china: USChina
    chronology: list[chronicle.Happening]
    by_region: dict[str, list[chronicle.Happening]]
    sources: list[inventory.SourceCount]
    spans: list[inventory.Span]
    allies_series: list[tuple[date, int]] = field(default_factory=list)
    monthly: list[dict[str, Any]] = field(default_factory=list)
    citations: dict[str, chronicle.Citation] = field(default_factory=dict)

    @property
    def newest(self) -> date | None:
        return max((s.last for s in self.spans), default=None)

    @property
    def oldest(self) -> date | None:
        return min((s.first for s in self.spans), default=None)


def gather(backend: Backend, period: Period, ctx: Context | None = None) -> Findings:
    """Run every analysis the report needs on ``period``.

    >>> from dipwatch.config import Settings
    >>> from dipwatch.store import open_backend
    >>> from dipwatch.periods import parse_period
    >>> with open_backend(Settings(db=":memory:")) as backend:
    ...     f = gather(backend, parse_period("2021Q4"))
    >>> (f.dyads, f.typology, len(f.allies.allies) > 0)
    ([], [], True)
    """
    from dipwatch.analysis.alerts import alerts
    from dipwatch.analysis.alignment import agreement_with_prc
    from dipwatch.analysis.contradictions import contradictions
    from dipwatch.analysis.judgments import judgments
    from dipwatch.analysis.regions import regions
    from dipwatch.analysis.typology import typology

    ctx = ctx or reference_context()
    votes = agreement_with_prc(backend, ctx, period.end.year)
    stats = dyads(backend, period)
    found = Findings(
        period, ctx, stats, typology(backend, period, ctx, un_agreement=votes),
        regions(backend, period, ctx), allies(backend, period, ctx), alerts(backend, period, ctx),
        contradictions(backend, period), judgments(backend, period, ctx),
        us_china(backend, period, stats), chronicle.happenings(backend, period, limit=20),
        _by_region(backend, period, ctx), inventory.sources(backend, period),
        inventory.span(backend), [],
        chronicle.monthly(backend, year_to(period)),
    )  # fmt: skip
    found.citations = chronicle.cite_events(backend, evidence_ids(found))
    found.allies_series = allies_series(found.allies, period, ctx)
    return found


def year_to(period: Period) -> Period:
    """The twelve months that end with ``period`` (or the period, if longer): the charts' span."""
    y, m = period.end.year, period.end.month - 11
    start = min(date(y - (m < 1), m + 12 * (m < 1), 1), period.start)
    return Period(start, period.end, "custom", f"{start.isoformat()}..{period.end.isoformat()}")


def evidence_ids(found: Findings) -> list[str]:
    """Every event id that a finding gives as its evidence (judgments, placements, switches,
    the watch list, alerts and both claims of each contradiction)."""
    holders = [*found.judgments, *found.typology, *found.allies.switches, *found.allies.watch,
               *found.alerts]  # fmt: skip
    ids = [e.event_id for h in holders for e in getattr(h, "evidence", ())]
    ids += [c.event_id for x in found.contradictions for c in (x.first, x.second)]
    return sorted(set(ids))


def us_china(backend: Backend, period: Period, stats: list[DyadStats]) -> USChina:
    """The US-China pair's contacts, channels, divergences, Taiwan and ideology events."""

    def pick(**kw: Any) -> list[chronicle.Happening]:
        return chronicle.happenings(backend, period, partners=[USA], **kw)

    return USChina(
        next((s for s in stats if s.partner == USA), None),
        pick(roots=CONTACT_ROOTS, limit=10),
        pick(roots=CHANNEL_ROOTS, limit=6),
        chronicle.issue_conflicts(backend, period, PRC, USA),
        pick(roots=[f"{r}" for r in range(10, 21)], limit=8),
        pick(issues=["taiwan"], limit=6),
        pick(issues=IDEOLOGY_ISSUES, limit=6),
    )  # fmt: skip


def _by_region(backend: Backend, period: Period, ctx: Context) -> dict[str, list[Any]]:
    out: dict[str, list[chronicle.Happening]] = {}
    for h in chronicle.happenings(backend, period, groups=dict(ctx.regions), limit=4):
        out.setdefault(h.group or "", []).append(h)
    return out


def allies_series(res: AlliesResult, period: Period, ctx: Context, years: int = 10) -> list[Any]:
    """Taiwan's number of allies at the end of each year of the ``years`` before the period's
    end, and on that end: the reference history minus the switches coded in the events."""
    switches = [s for s in res.switches if s.origin == "events"]
    days = [date(y, 12, 31) for y in range(period.end.year - years, period.end.year)]
    return [(d, len(allies_on(d, ctx, switches))) for d in [*days, period.end]]


def real_switches(found: Findings) -> list[Any]:
    """The switches of recognition in the period, one per state (earliest; evidence kept)."""
    by_state: dict[str, Any] = {}
    for s in found.allies.switches:
        if not found.period.contains(s.date):
            continue
        kept = by_state.get(s.country)
        if kept is None or (not kept.evidence and s.evidence):
            by_state[s.country] = s
    return sorted(by_state.values(), key=lambda s: (s.date, s.country))


# -- prose the analyses wrote ------------------------------------------------------------------
_LEGACY = (("text_en", "text_zh_hant"), ("summary_en", "summary_zh_hant"),
           ("explanation_en", "explanation_zh_hant"))  # fmt: skip
_GROUPS = frozenset({"ASN", "EEC", "UNO", "AFR", "NAT"})  # organisations the coder names
_CODE = re.compile(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])")
_LABEL = re.compile(r"(?<![\dA-Za-z])(\d{4}Q[1-4]|\d{4}-\d{2}(?:-\d{2})?)(?!\d)")


def text_of(result: Any) -> dict[str, str]:
    """An analysis result's prose in every language (see the module docstring).

    >>> from types import SimpleNamespace as R
    >>> text_of(R(text={"en": "a", "zh-Hant": "乙", "zh-Hans": "乙"}))["en"]
    'a'
    >>> text_of(R(summary_en="USA in 2021Q4.", summary_zh_hant="美國於2021Q4。"))["zh-Hans"]
    '美国于2021年第四季度。'
    """
    text = getattr(result, "text", None)
    if isinstance(text, dict) and all(lang in text for lang in LANGS):
        return {lang: text[lang] for lang in LANGS}
    for en_field, zh_field in _LEGACY:
        if hasattr(result, en_field):
            en, hant = getattr(result, en_field), getattr(result, zh_field)
            return {"en": _words(en, "en"), "zh-Hant": _words(hant, "zh-Hant"),
                    "zh-Hans": _words(_hans(hant), "zh-Hans")}  # fmt: skip
    raise TypeError(f"{type(result).__name__} carries no prose")


def _words(text: str, lang: str) -> str:
    """State codes and period labels in a legacy analysis text, put in the reader's words."""
    from dipwatch.periods import parse_period
    from dipwatch.reference import countries

    def state(m: re.Match[str]) -> str:
        code = "CHN" if m[1] == "PRC" else m[1]
        return i18n.name(code, lang) if countries().by_iso3(code) or code in _GROUPS else m[1]

    def when(m: re.Match[str]) -> str:
        return i18n.period_name(parse_period(m[1]), lang)

    return _LABEL.sub(when, _CODE.sub(state, text))


def _hans(text: str) -> str:
    return _converter().convert(text)


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")
