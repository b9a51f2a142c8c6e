"""The ``narrative`` component: the events a chapter tells once, and at a time it gives.

An analyst's chapter (``genre == "narrative"``) tells most acts twice, once in its key
judgments or a summary without a date and once in its sections with one, and describes
relations and habits that are no dated act (大力支持塔利班政權). Of its events, then:

- an event is kept only when the text ties it to a time: a date in its sentence or carried
  from its paragraph or from a chronology's date line above it (``【3 月 22 日】``), or an
  anchor to a time told before (會中, 峰會期間, 同日, 次日, 對此);
  a date inside an earlier ``…後`` clause dates that clause, not the act after it (9 月 15 日
  AUKUS 成立…後，中共…便採取贊同的態度: no date for the stance);
- an act told with a vaguer date than another telling of it (the same actors and root, a
  month or year that holds the other's day) is that act: the vaguer one goes, as does a second
  telling on the same day;
- an act with no counterpart (美國外交斡旋) is no event of a dyad.

>>> from datetime import date
>>> from dipwatch.coder import code_document
>>> from dipwatch.models import Document
>>> text = ("習近平與拜登 11 月中舉行視訊峰會。\\n"
...         "11 月 16 日，習近平與美國總統拜登舉行視訊峰會。")
>>> doc = Document(text, published=date(2022, 1, 15), genre="narrative")
>>> [(e.date.isoformat(), e.code) for e in code_document(doc)]
[('2021-11-16', '040')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from dipwatch.coder.dates import SENTENCE_END, is_headline
from dipwatch.coder.doc import Coding, DateMention, Sentence
from dipwatch.coder.event_dates import FRAME_THEN
from dipwatch.models import Event
from dipwatch.reference.fold import fold

# Codes whose actors may be named either way round: the same act whichever comes first.
_SYMMETRIC = ("03", "04", "050", "054", "057", "06", "19")


def keep_told_events(coding: Coding) -> None:
    """In a narrative, drop undated, restated and partnerless events; in any text, date a
    tour's stop told within its sentence by its own day (``_stop_within``) and a visit begun
    the day before its talks by that day (``_begun_before``)."""
    if coding.events:
        coding.events = [_begun_before(coding, _stop_within(coding, e, coding.events))
                         for e in coding.events]  # fmt: skip
    if coding.genre != "narrative":
        return
    events = [e for e in coding.events
              if e.target_actor and not _in_heading(coding, e) and _anchored(coding, e)
              and not _told_as_a_reason(coding.norm, e)]  # fmt: skip
    events = _summaries_told_again(coding, events)
    told = len(events)
    events = [_stop_day(coding, x, events) for e in events for x in _on_each_date(coding, e)]
    events = _told_once(events, coding.norm)
    coding.counts["not_told"] += len(coding.events) - min(told, len(events))
    coding.events = events


#: Headings of a chapter's summary (重要判斷, 要点): its acts are told again, dated, below.
_SUMMARY_HEADINGS = ("重要判断", "主要判断", "要点", "摘要", "提要", "内容提要")


def _summaries_told_again(coding: Coding, events: list[Event]) -> list[Event]:
    """Without the acts a chapter's summary tells that its sections tell again in the same
    year (一、美國總統尼克森年初訪問中國大陸… above 尼克森總統 2 月 21 日至 28 日訪問…): the
    summary's vaguer date (年初, or its paragraph's) may name another month than the
    telling's, so ``_told_once`` would keep both. An act the summary alone tells stays."""
    summary = {i for i in {e.sentence for e in events} if i is not None and _in_summary(coding, i)}
    if not summary:
        return events
    told = [e for e in events if e.sentence not in summary]
    body = {(_key(e), e.date.year) for e in told}
    # (a summary sentence naming no date of its own takes its heading's, 2016 年底至 2017 年初:
    # its act told below in either year is the same act, 要点：…尼日利亚要求台湾机构迁离首都)
    sentences = coding.sentences
    undated = {i for i in summary if not coding.dates_within(sentences[i].start, sentences[i].end)}
    keys = {_key(e) for e in told}
    # (its own month kept a summary's act apart from a telling in another month; one in the
    # same month, 田中角榮 9 月訪問 above 田中首相 9 月 25 日至 30 日訪問, is the same act)
    months = {(_key(e), e.date.year, e.date.month) for e in told}
    return [e for e in events if e.sentence not in summary
            or ((_key(e), e.date.year) not in body and not (e.sentence in undated and _key(e) in keys))
            or (_month_in_clause(coding.norm, e)
                and (_key(e), e.date.year, e.date.month) not in months)]  # fmt: skip


def _month_in_clause(norm: str, e: Event) -> bool:
    """Does the act's own clause name its month (习近平 6 月访问朝鲜)? Then the summary dates
    it as exactly as a section would, and a contact of the pair told below in another month
    (1 月…金正恩…访华) is another act, which ``_told_once`` weighs."""
    span = (e.extra or {}).get("sentence_span")
    if e.span_start is None or not span:
        return False
    marks = [norm.rfind(m, span[0], e.span_start) for m in ",;"]
    clause = norm[max([span[0], *[m + 1 for m in marks]]) : e.span_start]
    return _MONTH_NAMED[e.date.month].search(clause) is not None


#: A month named by its number (6 月, not 16 月), compiled once for each month.
_MONTH_NAMED = {n: re.compile(rf"(?<!\d){n}\s*月") for n in range(1, 13)}


#: A summary told on one line after its heading (要点：圣多美和普林西比同中国复交，…).
_SUMMARY_LINE = re.compile(r"\s*(?:" + "|".join(_SUMMARY_HEADINGS) + r")\s*[:：]")


def _in_summary(coding: Coding, i: int) -> bool:
    """Does sentence ``i`` stand under a summary's heading, the nearest heading above it, or open
    on one (要点：…)?"""
    norm = coding.norm
    if _SUMMARY_LINE.match(norm, coding.sentences[i].start):
        return True
    for k in range(i - 1, -1, -1):
        s = coding.sentences[k]
        if is_headline(norm, s):
            return norm[s.start : s.end].strip() in _SUMMARY_HEADINGS
    return False


def _in_heading(coding: Coding, event: Event) -> bool:
    """Is the act told in a heading (第五章　2024 年中共對我國的外交施壓…)? A chapter's or
    section's title names its subject, which its body tells as dated acts."""
    i = event.sentence
    return i is not None and is_headline(coding.norm, coding.sentences[i])


# Between the dates of a list (8 月 5 日和 9 月 11 日, 5 月 7 日至 8 日在大连、6 月 19 日…).
_LIST_GAP = re.compile(r"[^，,。;；:：]{0,12}")
_LIST_JOINERS = ("和", "、", "及", "与")


def _on_each_date(coding: Coding, event: Event) -> list[Event]:
    """An act told once for a list of dates and marked as repeated (8 月 5 日和 9 月 11 日，安理会
    先后通过…决议; …，两人再度会晤): one event on each date of the list."""
    i, at = event.sentence, event.span_start
    if i is None or at is None:
        return [event]
    s = coding.sentences[i]
    dates = [d for d in coding.dates_within(s.start, at) if not d.span]
    own = _day_after_party(coding, event, dates)
    if own is not None:  # 阿富汗 12 日、芬兰 13 日、瑞典 14 日也宣布承认…: each its own day
        return [replace(event, date=own.day, date_precision=own.precision)]
    if len(dates) < 2 or not any(w in coding.norm[dates[-1].end : s.end]
                                 for w in _words(coding, event, "date_list_marks")):  # fmt: skip
        return [event]
    run = [dates[-1]]
    for d in reversed(dates[:-1]):
        gap = coding.norm[d.end : run[0].start]
        if not _LIST_GAP.fullmatch(gap) or not any(j in gap for j in _LIST_JOINERS):
            break
        run.insert(0, d)
    if len(run) < 2 or not any(d.day == event.date for d in run):
        return [event]
    turn = _turn_in_list(coding, event, len(run))
    if turn is not None:  # 1 月 30 日和 31 日，王毅先后会见法国外长和德国外长: one day each
        d = run[turn]
        return [replace(event, date=d.day, date_precision=d.precision)]
    return [event if d.day == event.date else replace(event, date=d.day, date_precision=d.precision)
            for d in run]  # fmt: skip


def _day_after_party(coding: Coding, event: Event, dates: list[DateMention]) -> DateMention | None:
    """The day a party of a list takes when the list gives its parties days of their own, each
    party or run of parties followed by its day (保加利亞、羅馬尼亞 10 月 3 日、匈牙利 4 日先後
    跟進; 阿富汗 12 日、芬兰 13 日、瑞典 14 日也宣布承认): the first date after the party's name,
    when a date of the list stands between the first party named and the last."""
    i = event.sentence
    if len(dates) < 2 or i is None:
        return None
    s = coding.sentences[i]
    same = [e for e in coding.events if e.sentence == i and e.code == event.code
            and e.span_start == event.span_start]  # fmt: skip
    starts = {d.start for d in dates}
    norm = coding.norm
    for side, other in (("source", "target"), ("target", "source")):
        group = [
            e for e in same if getattr(e, f"{other}_actor") == getattr(event, f"{other}_actor")
        ]
        named = [(e, _named_at(coding, s, e, side)) for e in group]
        places = {getattr(e, f"{side}_actor"): at for e, at in named}
        if len(places) < 2 or None in places.values():
            continue
        ends = [_after_name(norm, at, e, side) for e, at in named]
        # (a list: each name followed right by its day or by a joiner to the next name)
        if not all(norm.startswith(_NAME_JOINERS, x) or x in starts for x in ends):
            continue
        first, last = min(places.values()), max(places.values())  # type: ignore[type-var]
        if not any(first < d.start < last for d in dates):
            continue
        at = places.get(getattr(event, f"{side}_actor"))
        return next((d for d in dates if at is not None and d.start > at), None)
    return None


#: What joins one name of a list to the next (保加利亞、羅馬尼亞).
_NAME_JOINERS = ("、", "和", "及")


def _after_name(norm: str, at: int | None, event: Event, side: str) -> int:
    """Where the text goes on after the party's name at ``at``, spaces skipped."""
    name = (event.extra or {}).get(f"{side}_text") or ""
    x = (at or 0) + len(fold(name))
    while x < len(norm) and norm[x] == " ":
        x += 1
    return x


def _stop_day(coding: Coding, visit: Event, told: list[Event]) -> Event:
    """A tour's visit dated by its span of days (5 月 4 日至 11 日，李克强先后访问埃塞俄比亚、尼日
    利亚…) and one stop told after it with a day of its own (在尼日利亚，李克强 7 日同…会谈; 15 日转
    抵…，17 日在堪培拉…) are one contact, dated by the stop's day, as the gold dates it; the first
    stop (首站新西兰，…抵达惠灵顿当天) and an arrival told with the span (6 月 27 日至 30 日訪陸，
    抵達當天…) begin on the span's first day; a later paragraph tells a stop only when it opens on
    one (在尼日利亚，…). A stop whose day no later sentence tells keeps the
    span's month, and one told as a visit of its own (随后，习近平抵达贝尔格莱德) with a day is left to
    ``_told_once``, which keeps the more precise telling."""
    span = (visit.extra or {}).get("sentence_span")
    if (
        visit.code != _VISIT
        or visit.date_precision != "month"
        or not span
        or not visit.target_actor
    ):
        return visit
    norm, state = coding.norm, visit.target_actor[:3]
    days = list(_DAY_SPAN.finditer(norm, span[0], span[1]))
    if len(days) != 1:
        return visit
    first, last = int(days[0].group(1)), int(days[0].group(2))
    if not first < last <= 31:
        return visit
    if _ARRIVAL_DAY.match(norm, days[0].end(), span[1]):
        return _on_day(visit, first)
    i = visit.sentence
    stops = {
        (e.target_actor or "")[:3]
        for e in told
        if e.sentence == i and e.code == _VISIT and e.span_start == visit.span_start
    }
    if i is None or len(stops) < 2:  # one state's span holds its own talks (普丁 17 日至 19 日
        return visit  # 訪華。18 日，習近平與普丁會談: the visit's month, as the gold has it)
    for s in coding.sentences[i + 1 : i + 1 + _STOP_REACH]:
        named = {
            m.country
            for m in coding.mentions
            if s.start <= m.start < s.end and m.country and m.country != visit.source_actor[:3]
        }
        dates = coding.dates_within(s.start, s.end)
        if any(d.precision != "day" or (d.day.year, d.day.month) != (visit.date.year, visit.date.month)
               for d in dates) or is_headline(norm, s):  # fmt: skip
            return visit  # another time or section: the tour's tale has ended
        if s.paragraph != coding.sentences[i].paragraph and not _STOP_OPENING.match(norm, s.start):
            return visit  # a new paragraph opens a new story, unless it opens on a stop
        if state not in named or (len(named) > 1 and not _OPENS_STOP.search(norm, s.start, s.end)):
            continue
        if any(e.sentence == s.index and e.code == _VISIT and e.date_precision == "day"
               and (e.target_actor or "")[:3] == state for e in told):  # fmt: skip
            return visit  # the stop's own dated visit (随后…抵达贝尔格莱德) is that telling
        own = [d.day.day for d in dates if first <= d.day.day <= last]
        if own:
            return _on_day(visit, own[0])
        if _FIRST_STOP.search(norm, s.start, s.end):
            return _on_day(visit, first)
    return visit


def _stop_within(coding: Coding, visit: Event, events: list[Event]) -> Event:
    """A tour's visit to a list of states dated by its span (3 月 21 日至 26 日出訪義大利、摩納哥
    與法國) whose sentence goes on to one stop's arrival with a day of its own in the span (，其中
    24 日晚抵達尼斯; 其间 5 日到访肯尼亚): that stop's visit is on that day, as the gold dates
    it; the other stops keep the span's date. (An arrival at a known state or capital is
    already an event of its own, on its day, which ``_told_once`` and the scorer keep.) An act
    done at a stop (其間 23 日在羅馬見證…簽署) dates that act, not the visit (z501's gold keeps the
    visit to Italy at the span)."""
    span = (visit.extra or {}).get("sentence_span")
    if visit.code != _VISIT or not span or not visit.target_actor or visit.span_start is None:
        return visit
    norm, state = coding.norm, visit.target_actor[:3]
    days = list(_DAY_SPAN.finditer(norm, span[0], span[1]))
    if len(days) != 1 or days[0].end() > visit.span_start:
        return visit
    first, last = int(days[0].group(1)), int(days[0].group(2))
    stops = {(e.target_actor or "")[:3] for e in events
             if e.sentence == visit.sentence and e.code == _VISIT
             and e.span_start == visit.span_start}  # fmt: skip
    if not first < last <= 31 or len(stops) < 2:
        return visit
    for m in _STOP_ARRIVAL.finditer(norm, visit.span_start, span[1]):
        day = int(m.group(1))
        named = {x.country for x in coding.mentions
                 if m.end() <= x.start < m.end() + _STOP_NAME_REACH and x.country}  # fmt: skip
        if first <= day <= last and named == {state}:
            return replace(visit, date=visit.date.replace(day=day), date_precision="day")
    return visit


#: A stop's arrival told within the tour's sentence with its day (其中 24 日晚抵達…).
_STOP_ARRIVAL = re.compile(
    r"[，,]\s*(?:其中|其间|其間|期间|期間)\s*(\d{1,2})\s*日\s*"
    r"(?:晚间|晚間|晚上|晚|上午|下午|中午|早上|凌晨)?\s*"
    r"(?:抵达|抵達|到访|到訪|访问|訪問|转抵|轉抵|飞抵|飛抵|转赴|轉赴|前往)"
)
#: How far after the arrival's verb the stop (its state, capital or city) is named.
_STOP_NAME_REACH = 6


#: A day counted back from the talks told (会谈前一天, 会晤前两天), then what the visitor did first
#: there (，梅克尔先在成都参访): the visit began that day.
_BEFORE_THE_TALKS = re.compile(r"(?:会谈|会晤)前\s*(?:一|两|二|三|\d)\s*[天日]$")
_FIRST_DONE = re.compile(r"\s*[，,]\s*([^，,。；;]{0,10}?)先(?:在|赴|抵|到|前往)")
#: Who did it first, when not named again: the visitor by a pronoun, or no one (，先在成都…).
_THE_VISITOR = re.compile(r"\s*(?:他|她|其|该人|該人)?\s*")


def _begun_before(coding: Coding, event: Event) -> Event:
    """A contact told on a day, its sentence going on (past a ；) to a day counted back from the
    talks on which the visitor did something first (7 日在北京与李克强会谈；会谈前一天，梅克尔先
    在成都参访): one visit, begun that day, which dates it (the guidelines' visit begun the day
    before the talks: the first day a visit is told on)."""
    if not event.code.startswith("04") or event.date_precision != "day":
        return event
    i, at = event.sentence, event.span_end or 0
    hi = coding.sentences[i].end
    if coding.norm[hi - 1 : hi] in ("；", ";") and i + 1 < len(coding.sentences):
        hi = coding.sentences[i + 1].end
    for d in coding.dates_within(at, hi):
        if (
            d.precision == "day"
            and d.day < event.date
            and _BEFORE_THE_TALKS.search(coding.norm, max(at, d.start - 3), d.end)
            and (first := _FIRST_DONE.match(coding.norm, d.end))
            and _done_by_the_visitor(coding, event, first.start(1), first.end(1))
        ):
            return replace(event, date=d.day)
    return event


def _done_by_the_visitor(coding: Coding, event: Event, lo: int, hi: int) -> bool:
    """Is who did something first before the talks (``[lo, hi)``) the visitor, the event's
    source (梅克尔先在成都, 她先在成都), not the host or others (李克强先在天津, 两国副外长先在
    上海: the talks stay on their own day, review-zh36)?"""
    if _THE_VISITOR.fullmatch(coding.norm, lo, hi):
        return True
    named = [m for m in coding.mentions if lo <= m.start < hi and m.country]
    source = (event.source_actor or "")[:3]
    return (
        bool(named) and all(m.country == source for m in named) and "两国" not in coding.norm[lo:hi]
    )


def _on_day(visit: Event, day: int) -> Event:
    return replace(visit, date=visit.date.replace(day=day), date_precision="day")


#: How many sentences after a tour's list its stops may be told, each with a day of its own.
_STOP_REACH = 4
#: An arrival told right after the span: the span's first day (抵達當天即與習近平會談).
_ARRIVAL_DAY = re.compile("[^。;；]*?抵[达達](?:[当當]天|[当當]日)")
#: The first stop of a tour named (首站新西兰): its day is the span's first.
_FIRST_STOP = re.compile("首站")
#: A stop named as a stop, which may name other states after it (行程最后一站马来西亚，…).
_OPENS_STOP = re.compile("首站|一站|[在于於][^，,。]{1,8}期间|期間")
#: A paragraph opening on a stop of the tour told above (在尼日利亚，…; 访问首站期间，…).
_STOP_OPENING = re.compile("[^，,。]{0,8}(?:首站|一站|期间|期間)|在[^，,。]{1,8}[，,]")


#: Before the act, these pair a list of dates with a list of parties in turn (先后会见 A 和 B).
_IN_TURN = ("先后", "相继", "分别")


def _turn_in_list(coding: Coding, event: Event, days: int) -> int | None:
    """Where the event's party stands among the parties of its act, when the act is done in
    turn (先后, 相继, 分别) by or to as many parties as the list has dates: the n-th party's act
    is on the n-th date (1 月 30 日和 31 日，王毅先后会见法国外长和德国外长; 中非 9 月 29 日、尚比亞
    10 月 29 日先後與中共建交: the doers in turn), not on each."""
    i, s = event.sentence, coding.sentences[event.sentence or 0]
    if not any(w in coding.norm[s.start : s.end] for w in _IN_TURN):
        return None
    # (the act's own trigger: 達荷美亦於 11 月 12 日跟進 after the list is an act of its own)
    same = [e for e in coding.events if e.sentence == i and e.code == event.code
            and e.span_start == event.span_start]  # fmt: skip
    for side, other in (("target", "source"), ("source", "target")):
        turn = [e for e in same if getattr(e, f"{other}_actor") == getattr(event, f"{other}_actor")]
        places = {getattr(e, f"{side}_actor"): _named_at(coding, s, e, side) for e in turn}
        if len(places) == days and None not in places.values():
            order = sorted(places, key=lambda t: places[t])  # type: ignore[arg-type, return-value]
            return order.index(getattr(event, f"{side}_actor"))
    return None


def _named_at(coding: Coding, s: Sentence, event: Event, side: str) -> int | None:
    """Where the event's party on ``side`` is named in sentence ``s``, if it can be found."""
    name = (event.extra or {}).get(f"{side}_text")
    at = coding.norm.find(fold(name), s.start, s.end) if name else -1
    return at if at >= 0 else None


def _words(coding: Coding, event: Event, key: str) -> tuple[str, ...]:
    """A lexicon list of the event's sentence's language."""
    cjk = event.sentence is None or coding.sentences[event.sentence].cjk
    return coding.reference.rules["zh" if cjk else "en"].lexicon[key]


def _anchored(coding: Coding, event: Event) -> bool:
    """Does the text tie the act to a time: a date of its sentence (not one that only dates an
    earlier ``…后`` clause), the paragraph's, or an anchor word in the paragraph up to it? Not
    when the sentence gives it a time of its own that is no date (``undated_frames``)."""
    i = event.sentence
    if i is None or event.span_start is None:
        return True
    s, norm, at = coding.sentences[i], coding.norm, event.span_start
    own = [d for d in coding.dates_within(s.start, s.end) if not _in_later_clause(norm, d, at)]
    # (a date in the …后 clause itself dates its act: 美中兩國元首 9 月 3 日在杭州會晤後，…)
    if _in_after_clause(norm, s.start, at) and not any(d.end <= _clause_end(norm, at) for d in own):
        return False  # 俄乌冲突爆发后不久，…于 3 月 14 日…: the background act has no date
    if any(not _dates_earlier_clause(norm, d, at) for d in own):
        return True
    if any(w in norm[s.start : at] for w in _words(coding, event, "undated_frames")):
        return False  # 川普在竞选期间扬言…: a time of its own that is no date
    first = _paragraph_start(coding, i)
    if not own and any(d.precision != "year" for d in coding.dates_within(first.start, s.start)):
        return True  # a date earlier in the paragraph goes on to this sentence
    if not own and _under_a_date_heading(coding, first.index):
        return True  # a chronology's entry: its day stands alone on the line above (3 月 22 日)
    # An anchor in the sentence, or earlier in its paragraph (习近平在会中表示…。拜登重申…);
    # not one that opens a span (自阿拉斯加会谈后维持高层沟通: ever since, no time).
    text = norm[first.start : s.end]
    for w in _words(coding, event, "time_anchors"):
        for found in re.finditer(re.escape(w), text):
            if not re.search(r"[自从][^，,。;；]*$", text[: found.start()]):
                return True
    return False


def _under_a_date_heading(coding: Coding, i: int) -> bool:
    """Does the run of undated lines that sentence ``i`` opens stand under a heading that names
    a day or a month (a chronology's entries: ``◎ 3 月 22 日（週一）``, ``【3 月 22 日】``,
    ``3/22`` on a line of their own, then what was done that day)? A section's year (``二、2021
    年``) dates none of its acts."""
    sentences = coding.sentences
    for k in range(i - 1, -1, -1):
        s = sentences[k]
        dates = coding.dates_within(s.start, s.end)
        if is_headline(coding.norm, s):
            return any(d.precision != "year" and not d.span for d in dates)
        if dates:
            return False
    return False


def _in_later_clause(norm: str, d: DateMention, at: int) -> bool:
    """Does ``d`` stand in a clause after the act's (…两度会晤，但年底美国…): it dates what
    that clause tells, not the act."""
    return d.start > at and re.search(r"[，,;；]", norm[at : d.start]) is not None


def _paragraph_start(coding: Coding, i: int) -> Sentence:
    """The first sentence of sentence ``i``'s paragraph (a paragraph's sentences follow each
    other)."""
    sentences, k = coding.sentences, i
    while k > 0 and sentences[k - 1].paragraph == sentences[i].paragraph:
        k -= 1
    return sentences[k]


_CLAUSE_MARK = re.compile(r"[，,。;；]")


def _clause_end(norm: str, at: int) -> int:
    """Where the clause holding ``at`` ends (its punctuation, else the text's end)."""
    end = _CLAUSE_MARK.search(norm, at)
    return end.start() if end else len(norm)


#: 因 or 由于 opening what a clause's act is the reason of (not 因此, 因而: so; 原因: a cause).
_REASON_OPENS = re.compile(r"(?:由于|(?<!原)因为?(?![此而]))[^,。;]*$")


def _told_as_a_reason(norm: str, e: Event) -> bool:
    """Is the act told as the reason of another in its clause (会谈 5 月因美军入侵柬埔寨而中断;
    由于…而推迟)? It is that act's cause, dated and told, if at all, where it is told itself."""
    at, end = e.span_start, e.span_end
    if at is None or end is None:
        return False
    opens = max((m.end() for m in _CLAUSE_MARK.finditer(norm, max(0, at - 60), at)), default=0)
    return (
        _REASON_OPENS.search(norm, opens, at) is not None
        and "而" in norm[end : _clause_end(norm, end)]
    )


def _in_after_clause(norm: str, start: int, at: int) -> bool:
    """Is the act at ``at`` in a clause that ends ``…后，`` (told as what came before)?"""
    clause_end = _clause_end(norm, at)
    return norm[max(start, clause_end - 3) : clause_end].endswith(("后", "後", "后不久", "之后"))


def _dates_earlier_clause(norm: str, d: DateMention, at: int) -> bool:
    """Does ``d`` date a ``…后`` (after…) clause that ends before the act at ``at``: one it
    stands in (9 月 15 日 AUKUS 成立…后，), not one after it (7 月 8 日，奥班在…后，突访北京),
    nor 前后 or 稍后 (3 月 5 日前后，: about then; 同月稍后，: later that month)?"""
    if d.end > at:
        return False
    found = re.search(r"(?<![前稍])[后後][,，]", norm[d.end : at])
    return found is not None and re.search(r"[,，;；]", norm[d.end : d.end + found.start()]) is None


def _key(e: Event) -> tuple[str, frozenset[str] | tuple[str, str]]:
    pair = ((e.source_actor or "")[:3], (e.target_actor or "")[:3])
    # A rule's reverse intent (雙方同意…互訪: a visit each way) is the other party's own plan, no
    # retelling (a clash or a meeting told as mutual stays one act).
    mutual = e.code.startswith("03") and (e.pattern or "").endswith("+mutual")
    return e.code[:2], frozenset(pair) if e.code.startswith(_SYMMETRIC) and not mutual else pair


def _holds(vague: Event, exact: Event) -> bool:
    """Does ``vague``'s month or year hold ``exact``'s day (or is it the same day)?"""
    if vague.date_precision == "year":
        return vague.date.year == exact.date.year
    if vague.date_precision == "month":
        return (vague.date.year, vague.date.month) == (exact.date.year, exact.date.month)
    return vague.date == exact.date


_RANK = {"day": 0, "month": 1, "year": 2}


def _told_once(events: list[Event], norm: str) -> list[Event]:
    """Each act once: of the tellings of one act (same actors and root, nested dates; two codes
    only in one sentence or naming one actor alike), the most precise and first, except that a visit told with its span and the talks on a day of it in
    one sentence are that visit (4 月 5 日至 7 日…国事访问；6 日…会谈: the span's month);
    equally vague tellings of a month or year may be several acts, and so may acts of one root
    with different codes in one sentence (表示反对，并提出严正交涉)."""
    order = {id(e): n for n, e in enumerate(events)}
    kept: list[Event] = []
    alike: dict[object, list[Event]] = {}  # the kept events by _key, in kept order: a long
    # text's events are compared with those of their own actors and root, not with all
    for e in sorted(events, key=lambda e: _RANK[e.date_precision]):  # stable: first stays first
        group = alike.setdefault(_key(e), [])
        same = [k for k in group if (_holds(e, k) or _talks_of_a_visit(norm, k, e))
                and not _visits_both_ways(k, e) and not _told_as_another(norm, k, e)
                and not _span_apart(norm, e, k)
                and not (k.code != e.code and _two_acts_told_together(norm, k, e))
                and (k.code == e.code or _one_sentence(norm, k, e) or _shared_actor(k, e)
                     or _framed_visit(norm, e))]  # fmt: skip
        if not same:
            kept.append(e)
            group.append(e)
        elif e.date_precision != "day" and _RANK[same[0].date_precision] == _RANK[
                e.date_precision] and not _shared_actor(same[0], e) and not _framed_visit(
                norm, e):  # fmt: skip
            kept.append(e)  # two visits in one month are two acts, unless one names the
            group.append(e)  # other's doer alike (a summary's 5 月赴莫斯科 and the body's visit)
        elif e.date_precision != "day" == same[0].date_precision and _one_sentence(
                norm, same[0], e):  # fmt: skip
            if _month_of_a_visit(norm, e):  # (12 月中旬出訪，首站哈薩克；14 日…會晤: the 14th)
                dated = replace(e, date=same[0].date, date_precision="day")
                order[id(dated)], e = order[id(e)], dated
            kept[kept.index(same[0])] = e  # the span's visit holds the day's talks
            group[group.index(same[0])] = e
    return sorted(kept, key=lambda e: order[id(e)])


def _framed_visit(norm: str, e: Event) -> bool:
    """Is ``e`` a visit named as the frame of a later act (…访问日本，同大平正芳…会谈。访日期间，
    两国政府 28 日签署…), the contact of that pair told before in the month, not a second one?"""
    return (
        e.code == _VISIT
        and e.span_end is not None
        and FRAME_THEN.match(norm, e.span_end) is not None
    )


def _month_of_a_visit(norm: str, visit: Event) -> bool:
    """Is ``visit`` a visit dated by a month or a part of one its sentence tells, not by a span
    of days (4 月 5 日至 7 日, whose month the gold keeps)? The first day told of it dates it."""
    span = (visit.extra or {}).get("sentence_span")
    return (visit.code == _VISIT and visit.date_precision == "month" and bool(span)
            and _DAY_SPAN.search(norm, span[0], span[1]) is None)  # fmt: skip


#: Roots whose codes told in one sentence are one act: a visit told with its span and the talks
#: on a day of it (4 月 5 日至 7 日…国事访问；6 日…会谈).
_ONE_CONTACT = ("04",)


def _two_acts_told_together(norm: str, a: Event, b: Event) -> bool:
    """Are ``a`` and ``b``, of one root and different codes, two acts told in one sentence?
    An objection and a summons (表示強烈不滿；…同日召見…，提出嚴正交涉: 111 and 114) are two,
    in one clause or across a ；; a visit and its talks are one contact."""
    if a.sentence == b.sentence:
        return True
    return not a.code.startswith(_ONE_CONTACT) and _one_sentence(norm, a, b)


#: Marks of a further act of the kind told before (海关总署又暂停了另一家加拿大企业…的进口).
_ANOTHER = re.compile("又|另一|另外|再度|再次")


def _told_as_another(norm: str, a: Event, b: Event) -> bool:
    """Is the later-told of ``a`` and ``b``, in a sentence of its own, marked before its trigger
    as a further act (又, 另一, 再度), not a retelling? (3 月初…撤销理查森公司的…资质。同月 26 日，
    …又暂停了另一家加拿大企业…的进口: two halts.)"""
    first, later = sorted((a, b), key=lambda e: e.span_start or 0)
    if first.sentence == later.sentence or later.span_start is None:
        return False
    span = (later.extra or {}).get("sentence_span")
    if not span:
        return False
    return _ANOTHER.search(norm, span[0], later.span_start) is not None


def _span_apart(norm: str, vague: Event, exact: Event) -> bool:
    """Is ``vague`` dated by a span of days of its own sentence that leaves out ``exact``'s day
    (雙方經貿團隊 25 日至 26 日在吉隆坡磋商 beside talks of the 30th: two rounds of talks)? The
    gold dates such a span by its month, but its days say which acts it can be."""
    if vague.date_precision != "month" or exact.date_precision != "day":
        return False
    span = (vague.extra or {}).get("sentence_span")
    if not span:
        return False
    spans = list(_DAY_SPAN.finditer(norm, span[0], span[1]))
    if len(spans) != 1:  # none, or several: which dates the act is not told here
        return False
    first, last = int(spans[0].group(1)), int(spans[0].group(2))
    return first < last and not first <= exact.date.day <= last


#: A span of days within one month (25 日至 26 日, 3—5 日).
_DAY_SPAN = re.compile(r"(\d{1,2})\s*日?\s*(?:至|到|—|–|-)\s*(\d{1,2})\s*日")


def _visits_both_ways(a: Event, b: Event) -> bool:
    """Are ``a`` and ``b`` visits each way between one pair (王毅 3 月 5 日访问俄罗斯。当月下旬，
    普京访华): two acts, however their dates nest, as no visit is its own return."""
    return (a.code == b.code == _VISIT
            and (a.source_actor or "")[:3] == (b.target_actor or "")[:3]
            and (a.target_actor or "")[:3] == (b.source_actor or "")[:3])  # fmt: skip


def _talks_of_a_visit(norm: str, visit: Event, talks: Event) -> bool:
    """Is ``talks`` a contact of the visit ``visit`` began on a day told in the same sentence
    (兩天後，江澤民抵達東京，展開國事訪問；26 日與小渕惠三會談: the visit's day), a few days on?"""
    days = (talks.date - visit.date).days
    return (
        visit.code == _VISIT
        and talks.code != _VISIT
        and visit.date_precision == talks.date_precision == "day"
        and 0 < days <= _VISIT_DAYS
        and _one_sentence(norm, visit, talks)
    )


#: A visit's code, and how many days on from its first day its talks may be told.
_VISIT = "042"
_VISIT_DAYS = 7


def _shared_actor(a: Event, b: Event) -> bool:
    """Do two acts of different codes name one actor alike (習近平出訪法國…。習近平…與馬克宏
    會談: one contact), not two of one state (李輝走訪俄羅斯…。習近平會見米舒斯京: two)?"""

    def named(e: Event) -> set[object]:
        # (an actor lent by the sentence before, 雙方 in 雙方在馬德里會談, is named there, not by
        # this telling: a later contact of the pair is no retelling of the one that named them)
        extra = e.extra or {}
        lent = extra.get("lent") or ()
        return {extra.get(k) for k in ("source_text", "target_text") if k not in lent} - {None}

    # (印度总理拉奥…访华。7 日，李鹏同拉奥会谈后…: a person named with a title, then by name)
    return any(x == y or _named_again(x, y) or _named_again(y, x)
               for x in named(a) for y in named(b))  # fmt: skip


def _named_again(full: str, short: str) -> bool:
    """Is ``short`` the name ``full`` ends with, after a state and title (印度总理拉奥, 拉奥),
    or opens with, before a title (尼克森總統, 尼克森: Taiwan's order)?"""
    if len(short) < 2 or len(full) <= len(short):
        return False
    return full.endswith(short) or (full.startswith(short) and fold(full[len(short) :]) in _TITLES)


#: Titles that follow a name (尼克森總統, 福特總統, 田中首相).
_TITLES = frozenset(("总统", "副总统", "首相", "总理", "主席", "国务卿", "外长", "国王", "女王"))


def _one_sentence(norm: str, a: Event, b: Event) -> bool:
    """Are the triggers of ``a`` and ``b`` in one sentence ending with 。 (a ； does not end it)?"""
    if a.span_start is None or b.span_start is None:
        return False
    lo, hi = sorted((a.span_start, b.span_start))
    return SENTENCE_END.search(norm, lo, hi) is None
