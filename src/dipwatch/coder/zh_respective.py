"""Days told respectively (分别于): the n-th day of a list goes with the n-th actor of a list.

``中方分别于 8 月 7 日、10 月 10 日和 23 日宣布中止与格林纳达、利比里亚和伯利兹的外交关系``
tells three acts on three days, one per state, in the order both lists are written. A rule
that fires once per listed state gives each of them the date nearest the trigger, the last of
the list; this gives each its own. Only when the dates follow 分别 with nothing but list
separators between them, and the act was coded once for each of exactly as many different
states of one side, the other side shared (two ceasefires agreed on three days by one pair,
两国分别于 10 月 10 日、17 日、25 日达成…, are left as they are: no list of actors to pair
the days with).
"""

from __future__ import annotations

import re
from datetime import date

from dipwatch.coder.doc import Coding, DateMention, Match

_RESPECTIVELY = re.compile(r"分别(?:于|在)?\s*")
#: What may stand between two days of one list (8 月 7 日、10 月 10 日及 23 日).
_BETWEEN = re.compile(r"\s*(?:、|，|,|和|及|以及|与)\s*")


def respective_day(coding: Coding, match: Match) -> tuple[date, str] | None:
    """The day the list after 分别 pairs with ``match``'s listed actor, if the sentence has
    such a list as long as the acts its trigger coded for different states."""
    s = coding.sentences[match.sentence]
    if not s.cjk:
        return None
    norm = coding.norm
    at = norm.find("分别", s.start, match.start)
    if at < 0:
        return None
    days = _listed_days(coding, _RESPECTIVELY.match(norm, at).end(), match.start)
    if len(days) < 2:
        return None
    side = _listed_side(coding, match, len(days))
    if side is None:
        return None
    d = days[side.index(match)]
    return d.day, d.precision


def _listed_days(coding: Coding, at: int, trigger: int) -> list[DateMention]:
    """The dates that follow one another from ``at`` with only list separators between."""
    days: list[DateMention] = []
    for d in coding.dates_within(at, trigger):
        gap_start = days[-1].end if days else at
        if d.start != gap_start and not (
            days and _BETWEEN.fullmatch(coding.norm, gap_start, d.start)
        ):
            break
        days.append(d)
    return days


def _listed_side(coding: Coding, match: Match, n: int) -> list[Match] | None:
    """The matches of ``match``'s trigger, in the text order of the actors they differ in,
    when there are ``n`` of them naming ``n`` states on one side and one on the other."""
    same = [
        m
        for m in coding.matches
        if m.sentence == match.sentence
        and (m.start, m.end, m.rule) == (match.start, match.end, match.rule)
    ]
    if len(same) != n:
        return None
    for side, other in (("target", "source"), ("source", "target")):
        listed = [getattr(m, side) for m in same]
        shared = {getattr(m, other).country if getattr(m, other) else None for m in same}
        if None in listed or len(shared) != 1:
            continue
        if len({x.country for x in listed}) == n:
            return sorted(same, key=lambda m: getattr(m, side).start)
    return None
