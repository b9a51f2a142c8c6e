"""Judgments: the few findings that matter most in a period, in the shape of the chapter's
opening bullets, each a sentence in zh-Hant and English with its evidence.

Four findings are drawn, each with a **salience** (higher is more important):

- ``us_china``: the state of US-China relations — salience = ln(1 + events) × (1 + |ΔNCI|),
  doubled when the change against the previous period is significant (see dyads);
- ``ideology``: the contest over the PRC's core issues — salience = ln(1 + core-issue conflict
  events) × (1 + states involved / 10);
- ``closer``: states that grew closer to Beijing as US-China relations cooled (NCI up against
  the previous period while the US-China NCI is negative or falling) — salience = ln(1 + such
  states) × (1 + |US-China NCI|);
- ``taiwan``: Taiwan's isolation — salience = 3 × switches in the period + ln(1 + watch-list
  signals of the top ally).

The top ``judgments.top_n`` are returned, highest salience first.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from dipwatch.analysis.allies import allies
from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.dyads import DyadStats, dyads
from dipwatch.analysis.frames import (
    PRC,
    USA,
    Backend,
    Context,
    Evidence,
    anchor_frame,
    events,
    evidence_rows,
    in_period,
)
from dipwatch.periods import Period


@dataclass(frozen=True, slots=True)
class Judgment:
    key: str
    salience: float
    text_en: str
    text_zh_hant: str
    evidence: tuple[Evidence, ...]


def _us_china(backend: Backend, period: Period, us: DyadStats | None) -> Judgment | None:
    if us is None or not us.events:
        return None
    delta = (us.nci or 0.0) - (us.previous_nci or 0.0)
    sal = math.log1p(us.events) * (1 + abs(delta)) * (2 if us.significant else 1)
    mood = (
        "cooperative"
        if (us.nci or 0) > 0.2
        else "confrontational"
        if (us.nci or 0) < -0.2
        else "mixed"
    )
    mood_zh = {
        "cooperative": "以合作為主",
        "confrontational": "以對抗為主",
        "mixed": "合作與對抗並存",
    }[mood]
    f = anchor_frame(in_period(events(backend), period))
    proof = evidence_rows(
        f.filter(f.partner == USA).order_by([f.goldstein.abs().desc(), f.date, f.event_id]), 3
    )
    return Judgment(
        "us_china", round(sal, 3),
        f"US-China relations in {period.label} were {mood}: {us.events} events, net cooperation "
        f"{us.nci:+.2f} (previous period {us.previous_nci if us.previous_nci is not None else 'n/a'}).",
        f"{period.label}美中關係{mood_zh}：共{us.events}件事件，淨合作指數{us.nci:+.2f}。",
        tuple(proof),
    )  # fmt: skip


def _ideology(backend: Backend, period: Period) -> Judgment | None:
    f = anchor_frame(in_period(events(backend), period))
    f = f.filter(f.core, f.quad_class >= 3)
    n = int(f.count().to_pyarrow().as_py())
    if not n:
        return None
    states = int(f.partner.nunique().to_pyarrow().as_py())
    proof = evidence_rows(f.order_by([f.goldstein, f.date, f.event_id]), 3)
    return Judgment(
        "ideology", round(math.log1p(n) * (1 + states / 10), 3),
        f"The contest over the PRC's core issues (Taiwan, Hong Kong, Xinjiang, Tibet, human rights, "
        f"democracy) involved {states} states in {n} conflict events.",
        f"圍繞中國核心議題（臺灣、香港、新疆、西藏、人權、民主）的意識形態競爭涉及{states}國、{n}件衝突事件。",
        tuple(proof),
    )  # fmt: skip


def _closer(stats: list[DyadStats], us: DyadStats | None, ctx: Context) -> Judgment | None:
    if us is None or us.nci is None:
        return None
    cooling = us.nci < 0 or (us.previous_nci is not None and us.nci < us.previous_nci)
    up = [s for s in stats if s.partner != USA and s.events >= 2 and s.nci is not None
          and s.previous_nci is not None and s.nci > s.previous_nci]  # fmt: skip
    if not cooling or not up:
        return None
    names = ", ".join(ctx.name(s.partner) for s in up[:5])
    names_zh = "、".join(ctx.name_zh(s.partner) for s in up[:5])
    return Judgment(
        "closer", round(math.log1p(len(up)) * (1 + abs(us.nci)), 3),
        f"As US-China relations cooled, {len(up)} states grew closer to Beijing: {names}.",
        f"美中關係降溫之際，{len(up)}國與北京關係升溫：{names_zh}。", (),
    )  # fmt: skip


def _taiwan(backend: Backend, period: Period, ctx: Context) -> Judgment | None:
    if ctx.recognition is None:
        return None
    res = allies(backend, period, ctx)
    # a switch both in the reference and coded from the backend is one switch
    moved = list({s.country: s for s in reversed(res.switches) if period.contains(s.date)}.values())
    moved.reverse()
    top = res.watch[0] if res.watch and res.watch[0].score else None
    sal = 3 * len(moved) + (math.log1p(top.score) if top else 0.0)
    if not sal:
        return None
    lost = ", ".join(f"{ctx.name(s.country)} ({s.date})" for s in moved) or "none"
    lost_zh = "、".join(f"{ctx.name_zh(s.country)}（{s.date}）" for s in moved) or "無"
    watch = f"; most signals with Beijing: {ctx.name(top.country)}" if top else ""
    watch_zh = f"；與北京互動訊號最多者：{ctx.name_zh(top.country)}" if top else ""
    proof = tuple(e for s in moved for e in s.evidence) + (top.evidence if top else ())
    return Judgment(
        "taiwan", round(sal, 3),
        f"Taiwan has {len(res.allies)} diplomatic allies on {res.on}; switches this period: {lost}{watch}.",
        f"截至{res.on}，臺灣有{len(res.allies)}個邦交國；本期斷交：{lost_zh}{watch_zh}。", proof,
    )  # fmt: skip


def judgments(
    backend: Backend, period: Period, ctx: Context, config: dict[str, Any] | None = None
) -> list[Judgment]:
    """The period's key judgments, most salient first.

    >>> # judgments(backend, parse_period("2021Q4"), reference_context())[0].text_en
    """
    top_n = int((config or analysis_config()).get("judgments", {}).get("top_n", 4))
    stats = dyads(backend, period, anchor=PRC)
    us = next((s for s in stats if s.partner == USA), None)
    found = [_us_china(backend, period, us), _ideology(backend, period), _closer(stats, us, ctx),
             _taiwan(backend, period, ctx)]  # fmt: skip
    return sorted((j for j in found if j), key=lambda j: (-j.salience, j.key))[:top_n]
