"""The ``dates`` component: date expressions in Chinese and English, resolved to days.

Rules (the why of each is in the docstring of the function that applies it):

- A full date (``2021年11月16日``, ``16 November 2021``) is what it says.
- A month and day without a year (``11月16日``, ``Nov. 16``) takes the year that puts it nearest
  the document's date, a date to come counting twice as far (news reports the past), so a
  paper of 2022-01-02 saying ``12月31日`` means 2021-12-31; ``今年5月`` is this year's May.
- A day alone (``16日``, ``22日上午``) takes the month of the last month named before it in the
  document, else the document's month (or the previous month when the day is still to come).
- ``本月``, ``上月``, ``11月中``, ``12月底`` have month precision; ``去年``, ``2021年`` year precision,
  and are kept as the first day of the month or year.
- ``今天``, ``昨天``, ``on Tuesday`` (the last such weekday on or before the document's date) need
  the document's date; without one they are skipped and counted.

Which date an event gets is decided in ``event_date``: the nearest expression in its sentence,
else the last one earlier in its paragraph, else the document's date (precision day).
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from dipwatch.coder import en_dates
from dipwatch.coder.doc import Coding, DateMention

_SUFFIX = r"(?:上午|下午|晚间|晚上|凌晨|早上|中午|夜间|傍晚|晚|早|夜)?"
_PART = r"(初|上旬|中旬|下旬|中|底|末)"
_ZH = re.compile(
    # The lookahead lets the engine skip, in one test, every position no expression starts at.
    r"(?=[\d今昨前明本上下去次隔翌])(?:"
    r"(?P<ymd>(?P<y1>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*[日号])"
    rf"|(?P<ym>(?P<y2>\d{{4}})\s*年\s*(?P<m2>\d{{1,2}})\s*月(?:份)?\s*{_PART}?)"
    r"|(?P<yend>(?P<y3>\d{4})\s*年\s*(?P<yp>底|末|初))"
    r"|(?P<yr>(?P<y4>\d{4})\s*年(?!\s*\d|度|代))"
    r"|(?P<rym>(?P<ry>今年|去年|明年|前年)\s*(?P<m8>\d{1,2})\s*月(?:\s*(?P<d8>\d{1,2})\s*[日号])?)"
    r"|(?P<md>(?<![\d.])(?P<m5>\d{1,2})\s*月\s*(?P<d5>\d{1,2})\s*[日号])"
    rf"|(?P<mp>(?<![\d.个第])(?P<m6>\d{{1,2}})\s*月(?:份)?\s*{_PART}?(?![\d个]))"
    # 27号与…会谈 is a day; 3号线, 1号楼, 5号文件 are not.
    rf"|(?P<d>(?<![\d.第])(?P<d7>\d{{1,2}})\s*(?:日|号(?![线楼机令文院门站台车馆位码球店口街路房室卫舰])){_SUFFIX}(?![\d]))"
    # 明年是建交75周年: a year that only names an anniversary is no date of an act.
    r"|(?P<rel>今天|今日|昨天|昨日|前天|明天|明日|本月|上月|上个月|下月|下个月|(?:今年|去年|明年|前年)(?!是|为|恰逢|正值))"
    # 次日, 隔日: the day after the last day named (3 月 24 日…；次日转往新德里); not 峰会隔日,
    # the day after an act named (whose own date was given).
    r"|(?P<next>(?<!峰会)(?<!会谈)(?<!会晤)(?<!会议)(?:次日|隔日|翌日)))"
)
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        ("Jan|January", "Feb|February", "Mar|March", "Apr|April", "May", "Jun|June",
         "Jul|July", "Aug|August", "Sep|Sept|September", "Oct|October", "Nov|November",
         "Dec|December")
    )
    for m in names.split("|")
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN = re.compile(
    r"(?=[A-Za-z\d])(?:"
    rf"(?P<mdy>\b(?P<em1>{_MONTH})\.?\s+(?P<ed1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<ey1>\d{{4}}))?)"
    rf"|(?P<dmy>\b(?P<ed2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<em2>{_MONTH})\b\.?(?:,?\s+(?P<ey2>\d{{4}}))?)"
    rf"|(?P<emon>\b[Ii]n\s+(?:early\s+|mid-|late\s+)?(?P<em3>{_MONTH})\b(?:\s+(?P<ey3>\d{{4}}))?)"
    rf"|(?P<ewd>\b[Oo]n\s+(?P<wd>{'|'.join(_WEEKDAYS)})\b)"
    r"|(?P<eyr>\b(?:[Ii]n|[Ss]ince|[Dd]uring)\s+(?P<ey4>(?:19|20)\d\d)\b)"
    r"|(?P<erel>\b(?:[Tt]oday|[Yy]esterday|[Ll]ast\s+year|[Tt]his\s+year|[Ll]ast\s+month)\b))"
)
_REL_DAYS = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1,
             "today": 0, "yesterday": -1}  # fmt: skip
_REL_MONTHS = {"本月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1, "last month": -1}
_REL_YEARS = {"今年": 0, "去年": -1, "明年": 1, "前年": -2, "last year": -1, "this year": 0}


class _Resolver:
    """Turns regex matches into DateMentions, remembering the last month named (the context),
    the last day named and, in a narrative, the last date named with its year (the frame)."""

    def __init__(
        self, doc_date: date | None, anchor: date | None = None, narrative: bool = False
    ) -> None:
        self.doc_date = doc_date
        self.anchor = anchor  # for an undated document: the end of the latest year it names
        self.context: date | None = None  # last explicit day- or month-precision date
        self.last_day: date | None = None  # last day-precision date (次日 counts from it)
        self.narrative = narrative
        self.frame: DateMention | None = None  # narrative: the last date named, with its year
        self.to_come = False  # the expression being resolved is marked as one to come
        self.unresolved = 0

    def near_year(self, month: int, day: int) -> date | None:
        """The date with this month and day nearest the document's (or context's) date; in a
        narrative, nearest the frame (see ``framed``)."""
        if self.narrative and self.frame is not None:
            return self.framed(month, day)
        anchor = self.doc_date or self.anchor or self.context
        if anchor is None:
            return None
        best, best_distance = None, 0
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            candidate = _safe(year, month, day)
            if candidate is None:
                continue
            # Texts report the past: a date to come counts three times as far (a chapter dated
            # 2022-12-31 that says 4 月 17 日 means April 2022, not 2023).
            distance = (
                (anchor - candidate).days if candidate <= anchor else 3 * (candidate - anchor).days
            )
            if best is None or distance < best_distance:
                best, best_distance = candidate, distance
        return best

    def framed(self, month: int, day: int) -> date | None:
        """A narrative's month and day: in the year of a heading or a year named last
        (二、2023 年…: its 3 月 25 日), else nearest the last date named, one before it counting
        twice as far (a narrative moves on); never after the document was written unless the
        text marks it as to come (将于 7 月)."""
        assert self.frame is not None
        ceiling = None if self.to_come else self.doc_date
        frame = self.frame.day
        found: list[tuple[int, date]] = []
        for year in (frame.year - 1, frame.year, frame.year + 1):
            candidate = _safe(year, month, day)
            if candidate is None or (ceiling is not None and candidate > ceiling):
                continue
            if self.frame.precision == "year":
                distance = 0 if year == frame.year else abs(year - frame.year) * 1000
            else:
                ahead = (candidate - frame).days
                distance = ahead if ahead >= 0 else -2 * ahead
            found.append((distance, candidate))
        return min(found)[1] if found else None

    def day_only(self, day: int) -> date | None:
        """A day of the month named last, else of the document's month (or the one before)."""
        if self.context is not None:
            return _safe(self.context.year, self.context.month, day)
        if self.doc_date is None:
            return None
        this = self.doc_date
        if day > this.day + 1:  # news reports what happened: a later day is last month's
            this = (this.replace(day=1) - timedelta(days=1)).replace(day=1)
        return _safe(this.year, this.month, day)

    def relative(self, word: str) -> tuple[date, str] | None:
        if self.doc_date is None:
            return None
        key = " ".join(word.lower().split()) if word.isascii() else word
        if key in _REL_DAYS:
            return self.doc_date + timedelta(days=_REL_DAYS[key]), "day"
        if key in _REL_MONTHS:
            return _add_months(self.doc_date.replace(day=1), _REL_MONTHS[key]), "month"
        return date(self.doc_date.year + _REL_YEARS[key], 1, 1), "year"


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _add_months(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _zh(m: re.Match[str], r: _Resolver) -> tuple[date | None, str]:
    g = m.groupdict()
    if g["ymd"]:
        return _safe(int(g["y1"]), int(g["m1"]), int(g["d1"])), "day"
    if g["ym"]:
        return _safe(int(g["y2"]), int(g["m2"]), 1), "month"
    if g["yend"]:
        return _safe(int(g["y3"]), 12 if g["yp"] in "底末" else 1, 1), "month"
    if g["yr"]:
        return _safe(int(g["y4"]), 1, 1), "year"
    if g["rym"]:
        year = r.relative(g["ry"])
        if year is None:
            return None, "day"
        day = _safe(year[0].year, int(g["m8"]), int(g["d8"] or 1))
        return day, "day" if g["d8"] else "month"
    if g["md"]:
        return r.near_year(int(g["m5"]), int(g["d5"])), "day"
    if g["mp"]:
        day = r.near_year(int(g["m6"]), 1) if 1 <= int(g["m6"]) <= 12 else None
        return day, "month"
    if g["d"]:
        return r.day_only(int(g["d7"])), "day"
    if g["next"]:
        return (r.last_day + timedelta(days=1) if r.last_day else None), "day"
    found = r.relative(g["rel"])
    return (found[0], found[1]) if found else (None, "day")


def _en(m: re.Match[str], r: _Resolver) -> tuple[date | None, str]:
    g = m.groupdict()
    if g["mdy"] or g["dmy"]:
        month = _MONTHS[g["em1"] or g["em2"]]
        day, year = int(g["ed1"] or g["ed2"]), g["ey1"] or g["ey2"]
        return (_safe(int(year), month, day) if year else r.near_year(month, day)), "day"
    if g["emon"]:
        month = _MONTHS[g["em3"]]
        return (_safe(int(g["ey3"]), month, 1) if g["ey3"] else r.near_year(month, 1)), "month"
    if g["ewd"]:
        if r.doc_date is None:
            return None, "day"
        back = (r.doc_date.weekday() - _WEEKDAYS.index(g["wd"])) % 7
        return r.doc_date - timedelta(days=back), "day"
    if g["eyr"]:
        return date(int(g["ey4"]), 1, 1), "year"
    found = r.relative(g["erel"])
    return (found[0], found[1]) if found else (None, "day")


def find_dates(text: str, doc_date: date | None, english: bool = False) -> list[DateMention]:
    """Every date expression in ``text`` (folded), resolved against ``doc_date``.

    >>> [(m.day.isoformat(), m.precision) for m in find_dates("12月31日", date(2022, 1, 2))]
    [('2021-12-31', 'day')]
    """
    resolver = _Resolver(doc_date)
    regex, resolve = (_EN, _en) if english else (_ZH, _zh)
    return [d for m in regex.finditer(text) if (d := _mention(m, resolve, resolver))]


# Right before a date, these mark it as one to come (将于 7 月访问中国).
_TO_COME = re.compile(r"(?:将于|将在|拟于|定于|预计于|预计|计划于|将)\s*$")
# After a day, these open a span to a later one (5 月 5 日至 10 日, 3 月 27 日至 4 月 7 日).
_SPAN_START = re.compile(
    r"\s*(?:至|到|—|－|~)\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]"
)
# After a date these make it the start or end of a span (1996 年以来, 2020 年前): no frame.
_SPAN_FROM = ("以来", "起", "至今", "迄今", "以前", "之前", "开始", "前")
# Explicit dates that frame a narrative's later month and day (a bare day or 次日 does not).
_FRAMES = frozenset(("ymd", "ym", "yend", "yr", "rym", "md", "mp", "mdy", "dmy", "emon", "eyr"))


def _mention(m: re.Match[str], resolve, r: _Resolver) -> DateMention | None:
    r.to_come = _TO_COME.search(m.string, max(m.start() - 4, 0), m.start()) is not None
    day, precision = resolve(m, r)
    if day is None:
        r.unresolved += 1
        return None
    if m.lastgroup in ("ymd", "ym", "rym", "md", "mp", "mdy", "dmy", "emon"):
        r.context = day  # a month named explicitly: the month of later bare days (16日)
    span_end = re.search(r"(?:至|到|—|－|-|~)\s*$", m.string[max(m.start() - 3, 0) : m.start()])
    if precision == "day" and _SPAN_START.match(m.string, m.end()):
        day, precision = (
            day.replace(day=1),
            "month",
        )  # 5 月 5 日至 10 日: the month, not its first day
    mention = DateMention(m.start(), m.end(), day, precision, r.to_come, span_end is not None)
    if precision == "day":
        r.last_day = day
    if m.lastgroup in _FRAMES and not m.string.startswith(_SPAN_FROM, m.end()):
        r.frame = mention  # not 1996 年以来: a span's start frames nothing after it
    return mention


def resolve_dates(coding: Coding) -> None:
    """Fill ``coding.dates`` and ``coding.sentence_dates`` (the date each sentence carries).

    One pass of its language's expression over each sentence, in document order (the month
    named last is the context of a later bare day): an expression never spans two sentences
    (a heading "2023 年" does not swallow the "2 月 16 日" that opens the next line).
    """
    sentences = coding.sentences
    starts = [s.start for s in sentences]
    published = coding.document.published
    narrative = coding.document.genre == "narrative"
    resolver = _Resolver(published, None if published else infer_anchor(coding.norm), narrative)
    per_sentence: list[list[DateMention]] = [[] for _ in sentences]
    for s in sentences:
        if not s.cjk:
            continue  # English dates: ``_english_dates``
        for m in _ZH.finditer(coding.norm, s.start, s.end):
            found = _mention(m, _zh, resolver)
            if found is not None:
                per_sentence[s.index].append(found)
    _english_dates(coding, per_sentence, starts)
    coding.dates = [d for found in per_sentence for d in found]
    carried: list[DateMention | None] = []
    last: DateMention | None = None
    paragraph = -1
    for s, found in zip(sentences, per_sentence, strict=True):
        if s.paragraph != paragraph and not narrative:  # a narrative goes on across paragraphs
            paragraph, last = s.paragraph, None
        # Only a day or a month is carried on: "2020年以来" says nothing of later sentences.
        last = next((d for d in found if d.precision != "year"), last)
        carried.append(last)
    coding.sentence_dates = carried
    if resolver.unresolved:
        coding.counts["dates_unresolved"] += resolver.unresolved


def _english_dates(
    coding: Coding, per_sentence: list[list[DateMention]], starts: list[int]
) -> None:
    """English sentences: their expressions with roles (``en_dates``) in ``coding.timexes``;
    those with a day (an act's or a plan's) also among the sentence's dates."""
    spans = [(s.start, s.end) for s in coding.sentences if not s.cjk]
    if not spans:
        return
    spans = en_dates.story_spans(coding.norm, spans)
    coding.timexes = en_dates.find_timexes(coding.norm, spans, coding.document.published)
    for t in coding.timexes:
        if t.day is not None:
            i = bisect.bisect_right(starts, t.start) - 1
            per_sentence[i].append(DateMention(t.start, t.end, t.day, t.precision))


_YEAR_NAMED = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*年|\b(?:[Ii]n|[Ss]ince|[Bb]y)\s+((?:19|20)\d\d)\b"
)


def infer_anchor(text: str, today: date | None = None) -> date | None:
    """For a document with no date of its own (a report chapter, say): the last day of the
    latest year it names, so that its bare "11 月 16 日" falls in the year it writes about.

    >>> infer_anchor("2021 年 5 月 4 日……2021 年底美中關係")
    datetime.date(2021, 12, 31)
    """
    limit = (today or date.today()).year
    years = [int(m.group(1) or m.group(2)) for m in _YEAR_NAMED.finditer(text)]
    named = [y for y in years if y <= limit]
    return date(max(named), 12, 31) if named else None


# After a year these tell a span or a past origin (1961年以来, 自2019年起), not the act's date.
_SINCE = (
    "以来",
    "来",
    "起",
    "至今",
    "迄今",
    "开始",
    "建交",
    "成立",
    "签署的",
    "以前",
    "之前",
    "前",
)
_HISTORY = 3  # a bare year this many years before the document's date is background


_CLAUSE = re.compile(r"[,，;；:：。]")


def _background_year(coding: Coding, d: DateMention, published: date, start: int,
                     end: int) -> bool:  # fmt: skip
    """Is the bare year ``d`` no date of the act at ``[start, end)``: the document's own year
    (its day says more), a span's start (2019年以来), or a year long before the document in
    another clause than the act (习近平在贺电中指出，1961年…: history a message recalls;
    but 沙特与伊朗2016年断交 is dated 2016)?"""
    if d.day.year == published.year or coding.norm.startswith(_SINCE, d.end):
        return True
    lo, hi = (d.end, start) if d.end <= start else (end, d.start)
    return (
        published.year - d.day.year >= _HISTORY and _CLAUSE.search(coding.norm, lo, hi) is not None
    )


def _actor_ends(coding: Coding, lo: int, hi: int) -> frozenset[int]:
    """Where the actors in ``[lo, hi)`` end (mentions are sorted by start)."""
    mentions = coding.mentions
    i = bisect.bisect_left(mentions, lo, key=lambda m: m.start)
    ends = []
    while i < len(mentions) and mentions[i].end <= hi:
        ends.append(mentions[i].end)
        i += 1
    return frozenset(ends)


def event_date(
    coding: Coding, sentence: int, start: int, end: int, intent: bool = False
) -> tuple[date, str] | None:
    """The date of an event whose trigger is ``[start, end)`` in sentence number ``sentence``.

    The nearest expression in the sentence (one after the trigger counts double the distance,
    since Chinese and English readouts name the date first; a bare year of the document's own
    year is skipped; the end of a span gives way to its start); else the day or month carried
    from an earlier sentence of the paragraph; else the document's date; else None. An
    ``intent`` is dated when it is told, not when it is for (表示将于 7 月访问中国).
    """
    s = coding.sentences[sentence]
    published = coding.document.published
    if not s.cjk:
        return en_dates.event_date(coding, sentence, start)
    best: DateMention | None = None
    best_distance = 0
    # 赞赏西班牙去年下半年担任…: a time right after an actor named after the trigger is when
    # that actor did something in a clause of its own, not the date of the act.
    owned = _actor_ends(coding, end, s.end) if s.cjk else frozenset()
    for d in coding.dates:
        if d.start < s.start or d.end > s.end or (d.start >= end and d.start in owned):
            continue
        if d.ends_span or (intent and d.to_come):
            continue
        if s.cjk and d.start >= end and _CLAUSE.search(coding.norm, end, d.start):
            continue  # 宣布断交，并于 21 日…建交: a later clause's date is its own act's
        if (
            d.precision == "year"
            and published
            and _background_year(coding, d, published, start, end)
        ):
            continue  # the document's own day says more than its year, or a year of history
        distance = start - d.end if d.end <= start else 2 * max(d.start - end, 0)
        if best is None or distance < best_distance:
            best, best_distance = d, distance
    if best is None:
        best = coding.sentence_dates[sentence]
    if best is not None:
        return best.day, best.precision
    return (published, "day") if published else None
