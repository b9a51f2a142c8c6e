"""Choosing among the matches of one sentence, for the ``patterns`` component.

An act that is only the object of another is dropped (谴责美军空袭: the criticism, not also the
air strike); an act explained by a more telling one goes (签署联合公报恢复外交关系: recognition);
then one event per code and pair of states, the most specific code and most confident rule; a
contact told after its doer's arrival, on a later day, is the visit begun on the arrival's day.

>>> best([])
[]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from operator import attrgetter

from dipwatch.coder.doc import BY_START, Coding, Match, Mention, starting_in
from dipwatch.coder.event_dates import Dated, event_date

#: Acts whose direction is only the order of naming: accord, talks, calls, meetings at a third
#: place, negotiations, joint statements, (re)establishing relations, agreements, material
#: cooperation. Told either way round they are one act.
SYMMETRIC = ("019", "040", "041", "044", "046", "050", "054", "057", "06")

# Acts about another act (criticism, demands, rejection, concern; thanks for aid): the act
# they are about is their object, not an event of its own (谴责美军空袭: 111, not also 195).
# Thanks and praise govern praise too (哈方感谢中方坚定支持哈萨克斯坦: KAZ→CHN only); a
# demonstration governs what it denounces (民众游行，谴责以色列对伊朗使馆的袭击: 141, no 190).
_GOVERNING = {"01": None, "10": None, "11": None, "12": None, "13": None, "14": None,
              "05": ("04", "05", "07")}  # fmt: skip


def unembed(found: list[Match]) -> list[Match]:
    """Drop matches whose source is the target of a governing act in the same sentence."""
    drop: set[int] = set()
    by_source: dict[int, list[Match]] = {}
    for n in found:
        if n.source is not None:
            by_source.setdefault(n.source.start, []).append(n)
    for m in sorted(found, key=BY_START):
        if (
            m.target is None or m.code[:2] not in _GOVERNING or id(m) in drop or "+mutual" in m.rule
        ):  # 互致贺电并通电话: the call is no object of the reply
            continue
        allowed = _GOVERNING[m.code[:2]]
        if m.source is not None and m.target.start < m.source.start:
            continue  # 裴洛西抵达台北，遭中共谴责: a passive's target, told before, is no object
        # A target carried from another sentence (zero-width, at this one's start) is no word
        # of it: the actor written where it stands (亚美尼亚和阿塞拜疆…冲突) is not its object.
        carried = m.target.start == m.target.end
        for n in by_source.get(m.target.start, ()):
            if (n is not m and n.source is not None
                    and (n.code[:2] != m.code[:2] or n.conditional or m.code[:2] == "05")
                    and n.start != m.start and "+mutual" not in n.rule
                    and (allowed is None or n.code[:2] in allowed)
                    and n.source.start == m.target.start and n.start > m.target.start
                    and (n.source.start == n.source.end) == carried):  # fmt: skip
                drop.add(id(n))
    return [m for m in found if id(m) not in drop]


# A code that tells what another one was for: 签署联合公报恢复外交关系 is one act, recognition.
# A lawsuit's charge is the lawsuit; the concern a summons conveys is the summons; aid told as
# pledged (宣布将向以色列提供新一轮军事援助: 033) is not also given.
_SUBSUMES = {"054": ("057", "050"), "115": ("112",), "114": ("012",),
             "033": ("070", "071", "072", "073"), "111": ("112",)}  # fmt: skip


def subsumed(found: list[Match]) -> list[Match]:
    """Drop an act (057) that a more telling one (054) of the same pair of states explains."""
    pairs = {(m.code, m.source.country if m.source else None, m.target.country if m.target else None)
             for m in found}  # fmt: skip
    kept = [m for m in found if not any(
        (big, m.source.country if m.source else None, m.target.country if m.target else None)
        in pairs for big, small in _SUBSUMES.items() if m.code in small)]  # fmt: skip
    # A pair rule (中美…在伦敦举行会谈, 双方同意由布林肯…访问中国) only fills in when no rule of its
    # root named the act with its parties.
    told = {(m.code[:2], _countries(m)) for m in kept if not _fills_in(m)}
    return [m for m in kept if not _fills_in(m) or (m.code[:2], _countries(m)) not in told]


def _fills_in(m: Match) -> bool:
    return ".pair" in m.rule or ".agree_" in m.rule


def one_contact(found: list[Match], coding: Coding | None = None) -> list[Match]:
    """One contact (root 04: talks, a call, a visit, hosting) per pair of states in a sentence,
    told by its first-named party (欢迎波兰总统对我国进行国事访问: CHN→POL 043, not also
    POL→CHN 042; 访问希腊，分别会见总统、议长: one visit); but a contact recalled with a year of
    its own between its doer and its act (欢迎习近平再次访问沙特，您2016年对沙特的成功访问…) is
    another contact than the day's."""
    kept: dict[tuple[frozenset[str], int | None, bool], Match] = {}
    keys: dict[int, tuple[frozenset[str], int | None, bool]] = {}
    for m in found:
        if m.code[:2] != "04" or m.source is None or m.target is None:
            continue
        key = keys[id(m)] = (_parties(m), _recalled_year(coding, m), _returned(coding, m, found))
        old = kept.get(key)
        if old is None or (m.source.start, -len(m.code), -m.confidence, m.start) < (
            old.source.start,
            -len(old.code),
            -old.confidence,
            old.start,  # type: ignore[union-attr]
        ):
            kept[key] = m
    return [m if m.code[:2] != "04" or m.source is None or m.target is None
            else _visit_from_stop_day(coding, _visit_from_arrival(coding, m)) for m in found
            if keys.get(id(m)) is None or kept[keys[id(m)]] is m]  # fmt: skip


#: A doer's arrival (抵达北京, 转抵吉隆坡, 飞抵, 抵台): the day a visit, and the contacts it holds,
#: began; so does a visit told from its first day (16 日起访问英国, 5 日起对越南进行国事访问).
_ARRIVAL = re.compile(
    r"转抵|飞抵|抵达|到达|转赴|转往|抵(?=[台京华美日俄韩法德英])|(?<=[日号])\s*起(?=\s*(?:访问|出访|对[^,;。]{1,16}?访问))"
    # (其中 19 日在巴西利亚同…会谈: a day of a list visit's span spent in one of its states)
    r"|(?<=[日号])在|(?<=[日号]\s)在"
)

#: Moving on to the next stop of a tour (两天后转赴澳大利亚, 19 日转往新西兰): an arrival there only
#: with a day of its own clause, which a bare 随后 is not.
_MOVING_ON = ("转赴", "转往")


def _own_clause_day(coding: Coding, lo: int, at: int) -> bool:
    """Is a date told in the clause that ends at ``at`` (from its sentence's start ``lo`` or
    its last comma)?"""
    marks = list(_CLAUSE_MARK.finditer(coding.norm, lo, at))
    return bool(coding.dates_within(marks[-1].end() if marks else lo, at))


#: 其中 and a day before 在: one stop of a list visit (其中 19 日在巴西利亚…), which 在 alone is not.
_ONE_STOP = re.compile(r"其中\s*\d{1,2}\s*[日号]\s*$")
_STOP_WITHIN = 10

#: A visit's code, and how many days after the arrival the talks it holds may be told.
_VISIT, _VISIT_DAYS = "042", 7


def _visit_from_arrival(coding: Coding | None, chosen: Match) -> Match:
    """A contact told after its doer's arrival in the sentence, on a later day of its own
    (川普 11 月 8 日抵達北京展開國事訪問，翌日與習近平會談): one contact that began on arrival,
    so it is the visit (042) dated by the arrival's day, not by the talks'. A host's talks with
    the visitor (普丁…抵達北京…，習近平當天與其會談) name their doer after the arrival: not so.
    And a visit of a list of states whose arrival in one of them is told after it on a later day
    of the span (4 月 14 日至 18 日出訪越南、馬來西亞與柬埔寨，其中 15 日抵達吉隆坡) began there on
    the arrival's day."""
    if coding is None or chosen.source is None:
        return chosen
    if chosen.code == _VISIT:
        lo, hi = chosen.end, coding.sentences[chosen.sentence].end
    else:
        lo, hi = chosen.source.end, chosen.start
    told = None
    for arrived in _ARRIVAL.finditer(coding.norm, lo, hi):
        if arrived.group() == "在" and not _ONE_STOP.search(
            coding.norm, max(0, arrived.start() - _STOP_WITHIN), arrived.start()
        ):
            continue  # 26 日抵达巴黎…，27 日在国民议会演说: a later day of the visit, no stop of a list
        between = (arrived.end(), chosen.start) if chosen.code != _VISIT else (lo, arrived.start())
        if not coding.dates_within(*between):  # no other day told between
            continue
        start = coding.sentences[chosen.sentence].start
        if arrived.group() in _MOVING_ON and not _own_clause_day(coding, start, arrived.start()):
            continue  # (会见布什，随后转赴莫斯科，13 日与普京会谈: the day before is the last stop's)
        if not _arrives_in(coding, arrived.end(), chosen, chosen.code == _VISIT):
            continue
        began = event_date(coding, chosen.sentence, arrived.start(), arrived.end())
        told = told or event_date(coding, chosen.sentence, chosen.start, chosen.end)
        if began is None or told is None or began.precision != "day":
            continue
        first, then = (told, began) if chosen.code == _VISIT else (began, told)
        if _later_in_visit(first, then):
            return replace(chosen, code=_VISIT, start=arrived.start(), end=arrived.end())
    return chosen


#: A date that names a month or a part of one (12 月中旬, 6 月初, 今年 5 月), not a day.
_MONTH_TOLD = re.compile(r"月(?:上旬|中旬|下旬|初|底|末|中)?$")
#: Right after a day, the place the doer is at (14 日在阿斯塔纳同…会谈).
_AT_PLACE = re.compile(r"\s*(?:\([^)]{1,6}\))?\s*(?:[上下中]午|晚间|晚上|凌晨)?\s*在")


def _visit_from_stop_day(coding: Coding | None, chosen: Match) -> Match:
    """A visit told by its month or a part of one, whose sentence goes on to a day of that
    month with no other party (李克强 12 月中旬访问哈萨克斯坦，14 日在阿斯塔纳同…会谈): the
    first day the visit is told on, which dates it (a day lies in the month told; the month
    dated none of the days the visit held)."""
    if coding is None or chosen.code != _VISIT or chosen.source is None or chosen.target is None:
        return chosen
    s = coding.sentences[chosen.sentence]
    before = [d for d in coding.dates_within(s.start, chosen.start)
              if not _CLAUSE_MARK.search(coding.norm, d.end, chosen.start)]  # fmt: skip
    if not before or not _MONTH_TOLD.search(coding.norm, before[-1].start, before[-1].end):
        return chosen
    told = before[-1]
    after = coding.dates_within(chosen.end, s.end)
    if not after or after[0].precision != "day" or told.precision != "month" or told.span:
        # (9 月下旬至 10 月中旬访华，两国 10 月 5 日签订…: a span's end, the visit told whole by
        # its span, which dates it as a span of days does; the day is a later act's)
        return chosen
    day = after[0]
    if (day.day.year, day.day.month) != (told.day.year, told.day.month) or day.span:
        return chosen
    sides = {party(chosen.source), party(chosen.target)}
    if any(party(m) not in sides for m in starting_in(coding.mentions, chosen.end, day.start)):
        return chosen  # another party between: the day is theirs
    place = _AT_PLACE.match(coding.norm, day.end)
    if place is not None:
        for m in starting_in(coding.mentions, place.end(), place.end() + _PLACE_WITHIN):
            if party(m) != party(chosen.target):
                return chosen  # the day is spent in another state
            break
    return replace(chosen, start=day.start, end=day.end)


def _later_in_visit(first: Dated, then: Dated) -> bool:
    """Is ``then`` a day of a visit told as begun on ``first`` (a day, or its span's month)?"""
    if then.precision != "day":
        return False
    if first.precision == "month":
        return (first.day.year, first.day.month) == (then.day.year, then.day.month)
    return first.precision == "day" and 0 < (then.day - first.day).days <= _VISIT_DAYS


#: How far after the arrival word the place it names starts (抵达 美国首都华盛顿), in its clause.
_PLACE_WITHIN = 8
_CLAUSE_MARK = re.compile("[,;。]")


def _arrives_in(coding: Coding, at: int, talks: Match, known: bool = False) -> bool:
    """Does the place right after an arrival word lie in the state of the talks' other party
    (抵达北京 for talks with China's leader; not 抵达巴黎 for a meeting with the EU's there)? A
    place the coder does not know (抵達上海, 抵達重慶) does when a visit is told before the talks
    and no other party between (抵達上海展開訪問，兩天後在北京與王毅會談; not 抵達里約熱內盧出席
    峰會，翌日…會見英國首相)."""
    host = talks.target
    if host is None:
        return False
    stop = _CLAUSE_MARK.search(coding.norm, at, at + _PLACE_WITHIN)  # (抵达旧金山，次日同习近平)
    for place in starting_in(coding.mentions, at, stop.start() if stop else at + _PLACE_WITHIN):
        return party(place) == party(host)
    if known:  # (a stop of a list is named: 抵達吉隆坡)
        return False
    between = list(starting_in(coding.mentions, at, talks.start))
    return coding.norm.find(_VISITED, at, talks.start) >= 0 and all(
        party(m) == party(host) for m in between
    )


#: A visit told after the arrival (展開訪問, 國事訪問, 訪陸行程).
_VISITED = "访"


#: A return visit (周恩来 6 月 4 日回访坦桑尼亚): the visit a host pays back, another journey.
_RETURN_VISIT = ("回访", "回訪")


def _returned(coding: Coding | None, m: Match, found: list[Match]) -> bool:
    """Is ``m`` a return visit of the visit the sentence tells the other way (尼雷尔 2 月 17 日
    访华，周恩来 6 月 4 日回访坦桑尼亚)? It is another journey than the one it answers, though
    pair and sentence are one; the talks of the return visit itself (回访台湾，首日…会谈) stay one
    contact with it."""
    if coding is None or m.code != _VISIT or m.source is None or m.target is None:
        return False
    norm = coding.norm
    if not (norm.startswith(_RETURN_VISIT, m.start) or norm.endswith(_RETURN_VISIT, 0, m.end)):
        return False
    return any(
        o.code == _VISIT
        and o.source is not None
        and o.target is not None
        and party(o.source) == party(m.target)
        and party(o.target) == party(m.source)
        for o in found
    )


def _recalled_year(coding: Coding | None, m: Match) -> int | None:
    """The year of a date between a match's doer and its act, when it is not the news item's
    (an analyst's chapter, written after the year it tells, dates most acts so: none there)."""
    if coding is None or m.source is None or coding.document.published is None:
        return None
    if coding.genre != "news":
        return None
    own = coding.document.published.year
    for d in coding.dates_within(min(m.source.end, m.start), m.start):
        if d.day is not None and d.day.year != own:
            return d.day.year
    return None


def _parties(m: Match) -> frozenset[str]:
    """The pair of a match: countries, or organisations by their code (WBK, IMF)."""
    return frozenset(party(x) for x in (m.source, m.target) if x is not None)


def party(m: Mention) -> str:
    """A state by its country, an organisation (EU, no country) by its code."""
    return m.country or m.code[:3]


def _countries(m: Match) -> frozenset[str | None]:
    return frozenset((m.source.country if m.source else None,
                      m.target.country if m.target else None))  # fmt: skip


#: Rules of messages sent (贺电, 贺信): each sender named sends one, in a list of senders
#: (SENDER_LISTS: 发来贺电的还有…) or in sentences of its own (MESSAGES).
SENDER_LISTS = frozenset(("zh.051.congratulate",))
MESSAGES = frozenset(
    ("zh.051.congratulate", "zh.051.mutual", "zh.051.mutual+mutual", "zh.051.message")
)


def best(
    found: list[Match],
    by_state: bool = False,
    apart: Callable[[Match, Match], bool] | None = None,
) -> list[Match]:
    """One match per (code, source, target), the most specific and confident; and a generic
    code of a root (100, 040) gives way to a specific one (1042, 041) for the same actors, or
    with ``by_state`` for the same pair of states whatever their roles (反对美方对台军售: 110 on
    USA and 111 on USAGOV are one act; Chinese rules read the two from one phrase, while an
    English text's generic and specific codes of one pair are as often two acts; contacts,
    root 04, are chosen among by ``one_contact``). ``apart`` tells a generic and a specific
    match that are two acts whatever their codes (two predicates of one subject)."""

    def pair(m: Match) -> tuple[str, str | None]:
        return _states(m) if by_state and m.code[:2] != "04" else _actors(m)

    specific: dict[tuple[str, str, str | None], list[Match]] = {}
    for m in found:
        if not _generic(m.code):
            specific.setdefault((m.code[:2], *pair(m)), []).append(m)
    best: dict[tuple[str, str, str | None, int], Match] = {}
    for m in found:
        actors = _actors(m)
        rivals = specific.get((m.code[:2], *pair(m)), ()) if _generic(m.code) else ()
        if any(apart is None or not apart(m, n) for n in rivals):
            continue
        # One event per code and pair of states: USA→IRN and USA→IRNGOV are one act; but each
        # sender of a message is one (孟加拉国总统…，孟加拉国总理…发来贺电: two).
        sender = m.source.start if m.rule in SENDER_LISTS and m.source is not None else -1
        key = (m.code[:3], actors[0][:3], (actors[1] or "")[:3], sender)
        old = best.get(key)
        if old is None or _rank(m) > _rank(old):
            best[key] = m
    return sorted(best.values(), key=_START_CODE)


_START_CODE = attrgetter("start", "code")


def _actors(m: Match) -> tuple[str, str | None]:
    """A match's source and target codes."""
    return (m.source.code if m.source else ""), (m.target.code if m.target else None)


def _states(m: Match) -> tuple[str, str | None]:
    """The country parts of a match's source and target (USAGOV and USA are one state)."""
    source, target = _actors(m)
    return source[:3], None if target is None else target[:3]


def one_phrase(found: list[Match]) -> list[Match]:
    """Touching triggers of one code between the same two parties are one verb phrase, so
    one act (以色列对叙利亚实施导弹袭击: 实施…导弹袭击 read forwards; 导弹袭击 alone, read with
    the nearest state as its doer, would turn it round): the more confident reading stays."""
    if len(found) < 2:
        return found
    drop: set[int] = set()
    ordered = sorted(found, key=lambda m: m.start)
    for m, n in pairwise(ordered):
        if (m.code == n.code and m.start < n.start <= m.end
                and m.sentence == n.sentence and _parties(m) == _parties(n)
                and "+mutual" not in m.rule + n.rule):  # fmt: skip
            drop.add(id(n) if _rank(m) >= _rank(n) else id(m))
    return [m for m in found if id(m) not in drop]


def named_doers(found: list[Match]) -> list[Match]:
    """An act whose doer was only assumed (the home state, when no one is named: a zero-width
    mention) gives way to the same act on the same target with a doer the sentence names
    (如果美国继续挑衅，伊朗将打击美军基地: Iran's threat, not also China's)."""
    named = {(m.code[:2], m.target.country) for m in found
             if m.source is not None and m.target is not None and m.source.end > m.source.start}  # fmt: skip
    return [m for m in found if m.source is None or m.target is None
            or m.source.end > m.source.start or (m.code[:2], m.target.country) not in named]  # fmt: skip


def _rank(m: Match) -> tuple[int, float, int]:
    """The more specific code, then the more confident rule, then the earlier trigger."""
    return len(m.code), m.confidence, -m.start


def _generic(code: str) -> bool:
    """A root's catch-all code: 040, 100, 110 (three digits ending in 0)."""
    return len(code) == 3 and code.endswith("0")
