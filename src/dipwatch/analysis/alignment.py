"""Alignment: how often each state votes with the PRC and with the US in the UN General Assembly.

Agreement on one roll call is ``1 − |a − b|`` with yes = 1, abstain = ½, no = 0 (the usual
agreement index, which counts an abstention against a yes as half a disagreement); a state's
agreement in a year is its mean over the roll calls both states voted on. Absences and
non-membership are not votes. Computed by year, overall (``issue = "all"``) and for each issue
of ``un_roll_call_issues`` (me, nu, di, hr, co, ec).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import ibis
import ibis.expr.types as ir

from dipwatch.analysis.frames import Backend, Context, rows
from dipwatch.periods import Period

#: The codes the PRC and the US have in the votes files (ISO2 in unvotes, ISO3 in Voeten's).
CODES = {"CHN": ("CN", "CHN"), "USA": ("US", "USA")}


@dataclass(frozen=True, slots=True)
class Alignment:
    """One state's UN voting agreement in one year, overall or on one issue."""

    country: str
    year: int
    issue: str
    votes: int
    with_prc: float | None
    with_usa: float | None


def _votes(backend: Backend) -> ir.Table:
    v = backend.table("unvotes_votes")
    rc = backend.table("unvotes_roll_calls")
    score = ibis.cases((v.vote == "yes", 1.0), (v.vote == "abstain", 0.5), else_=0.0)
    v = v.mutate(score=score)
    return v.join(rc.select("rcid", year=rc.date.year()), "rcid")


def _agreement(votes: ir.Table, codes: tuple[str, ...], issues: ir.Table | None) -> ir.Table:
    ref = votes.filter(votes.country_code.isin(codes)).select("rcid", ref=votes.score)
    j = votes.join(ref, "rcid")
    keys = ["country_code", "year"]
    if issues is not None:
        j = j.join(issues.select("rcid", "short_name"), "rcid")
        keys.append("short_name")
    agree = 1.0 - (j.score - j.ref).abs()
    return j.group_by(keys).aggregate(votes=j.count(), agreement=agree.mean())


def alignment(
    backend: Backend,
    ctx: Context,
    *,
    period: Period | None = None,
    countries: list[str] | None = None,
    by_issue: bool = True,
) -> list[Alignment]:
    """Agreement with the PRC and the US per state and year (years of ``period`` if given).

    >>> from dipwatch.analysis.frames import reference_context
    >>> from dipwatch.store import Store
    >>> with Store(":memory:") as s:  # no UN votes loaded
    ...     alignment(s.ibis(), reference_context(), countries=["LTU"])
    []
    """
    votes = _votes(backend)
    if period is not None:
        votes = votes.filter(votes.year.between(period.start.year, period.end.year))
    issues = backend.table("unvotes_issues") if by_issue else None
    merged: dict[tuple[str, int, str], dict[str, Any]] = {}
    for ref in ("CHN", "USA"):
        for issue_table in (None, issues) if by_issue else (None,):
            for r in rows(_agreement(votes, CODES[ref], issue_table)):
                key = (ctx.iso3_of(r["country_code"]), int(r["year"]), r.get("short_name") or "all")
                slot = merged.setdefault(key, {"votes": 0})
                slot[ref] = round(float(r["agreement"]), 4)
                slot["votes"] = max(slot["votes"], int(r["votes"]))
    out = [
        Alignment(c, y, i, v["votes"], v.get("CHN"), v.get("USA"))
        for (c, y, i), v in merged.items()
        if not countries or c in countries
    ]
    return sorted(out, key=lambda a: (a.country, a.year, a.issue != "all", a.issue))


def agreement_with_prc(
    backend: Backend, ctx: Context, year: int, min_votes: int = 10
) -> dict[str, float]:
    """ISO3 -> overall agreement with the PRC in the latest year up to ``year`` with votes
    (what typology reads as evidence of political differences). Empty when none are loaded."""
    if "unvotes_votes" not in backend.list_tables():
        return {}
    votes = _votes(backend)
    years = votes.filter(votes.year <= year).year.max().to_pyarrow().as_py()
    if years is None:
        return {}
    found = rows(_agreement(votes.filter(votes.year == years), CODES["CHN"], None))
    return {
        ctx.iso3_of(r["country_code"]): round(float(r["agreement"]), 4)
        for r in found
        if r["votes"] >= min_votes
    }
