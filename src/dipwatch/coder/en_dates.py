"""English dates in news copy: the dateline, time expressions with their role, the act's day.

News tells time against the publication date and the tense (as temporal taggers such as
HeidelTime do for news): ``on Monday`` in a Tuesday story is the day before, but ``will travel
to Cambodia on Thursday`` is a plan, whose day is not the day of any act reported. So each
expression (``Timex``) gets a *role*:

- ``act``: a day, month or year an act may carry (``on Monday``, ``late on Tuesday``, ``in
  September``, ``on Dec 21, 1972``, ``last week``);
- ``future``: a time to come (``next week``, ``from June 1``, a weekday in a clause marked
  ``will``/``would``/``is due to``), never an act's date;
- ``span``: the start or end of a span (``since 2016``, ``by 2027``), never an act's date;
- ``after``: ``a day after``, ``hours after``, ``two days after`` — the clause that follows
  happened that long before the date of the clause it hangs on;
- anaphoric ``act`` expressions (``two days later``, ``the same day``, ``the next day``) count
  from the expression before them.

A dateline (``BEIJING, Dec 10 (Dipwatch) -``) is the story's own date and place, no act's.
An act with no expression of its own takes the day of the story's lead (its first sentence's
first day), else the document's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice
from typing import Any

import ahocorasick

from dipwatch.coder.doc import starting_in
from dipwatch.coder.en_participle_times import (
    _EVENT_COURSE,
    _IRREGULAR,
    TIME_LEAD,
    participle_phrase_time,
)
from dipwatch.coder.en_words import opening_letters

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = (
    "Jan|January", "Feb|February", "Mar|March", "Apr|April", "May", "Jun|June", "Jul|July",
    "Aug|August", "Sep|Sept|September", "Oct|October", "Nov|November", "Dec|December",
)  # fmt: skip
MONTHS = {name: i + 1 for i, names in enumerate(_MONTH_NAMES) for name in names.split("|")}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD = "|".join(WEEKDAYS)
_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
# Small numbers, also capitalised: "Two days later, India…" opens a sentence.
_N = r"(?:\d{1,2}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)"

# A dateline: the story's place (in capitals, or a name in title case: Manila (AFP)), perhaps
# two of them (WASHINGTON/BEIJING) or a region after it, its date (Dec 10, Feb. 4, 19 November)
# if given, the agency, a dash (-, --, —). A headline may stand before it, a paragraph of its own.
_PLACE = r"(?:[A-Z][A-Z.'\-]+(?:[ /][A-Z][A-Z.'\-]+)*|[A-Z][a-z.'\-]+(?:[ /][A-Z][a-z.'\-]+)*)"
_DATELINE = re.compile(
    rf"^(?:[^\n]{{3,200}}\n[ \t]*\n\s*)?(?P<place>{_PLACE}(?:,\s+[A-Z][A-Za-z.'\- ]+)*)"
    rf"(?:,\s+(?:(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+"
    rf"(?P<month2>{_MONTH})))?\s*\([^)\n]{{1,40}}\)\s*[-–—]+\s*"
)

_TIMEX = re.compile(
    r"(?=[A-Za-z\d])(?:"
    # Dec 21, 1972; 21 December 1972
    rf"(?P<mdy>\b(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})\b)"
    rf"|(?P<dmy>\b(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}})\b)"
    # (since|from|by) March 14; Nov. 16; 16 November
    rf"|(?P<md>(?:\b(?P<mdp>since|from|by|until|before)\s+)?\b(?P<m3>{_MONTH})\.?\s+"
    rf"(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]?\d))"
    rf"|(?P<dm>(?:\b(?P<dmp>since|from|by|until|before)\s+)?\b(?P<d4>\d{{1,2}})\s+(?P<m4>{_MONTH})\b)"
    # in (early|mid-|late) March 2021; since March 2018; last November; in September
    # (capitalised too: "In March, Honduras cut ties…" opens a sentence)
    rf"|(?P<my>(?:\b(?P<myp>(?i:in|since|from|by|until|before|during|through|last|next|this|"
    rf"earlier\s+this|later\s+this))\s+(?:(?:early|late)\s+|mid-)?\b(?P<m5>{_MONTH})\b"
    rf"(?:\s+(?P<y5>\d{{4}})|\s+(?P<yrel>last|this|next)\s+year\b)?(?!\s+\d)"
    rf"|\b(?P<m7>{_MONTH})\s+(?P<y7>\d{{4}})\b))"
    # in 2016; since 1979; by 2027
    r"|(?P<yr>\b(?P<yp>[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Tt]hrough)"
    r"\s+(?:(?:early|late)\s+|mid-)?(?P<y6>(?:19|20)\d\d)\b(?!s))"
    # (late) on Tuesday (night); from Thursday to Sunday; next Monday; Monday's
    rf"|(?P<wd>(?:\b(?P<wp>late\s+on|early\s+on|on|since|from|by|until|before|last|next|"
    rf"this|to|through|effective)\s+)?\b(?P<w>{_WD})\b(?:\s+(?:morning|afternoon|evening|night))?)"
    # two days later, a day after, three days after, hours after, a week earlier, ten days ago
    rf"|(?P<rel>\b(?P<n>{_N})\s+(?P<unit>day|days|week|weeks|month|months|year|years)\s+"
    r"(?P<dir>later|earlier|after|before|ago)\b)"
    r"|(?P<vague>\b(?:[Hh]ours|[Mm]inutes|[Mm]oments|[Ss]hortly|[Ss]oon|[Jj]ust|[Oo]nly\s+hours|"
    r"[Ww]ithin\s+hours)\s+(?:after|later)\b|\b[Ww]ithin\s+hours\b)"
    r"|(?P<word>\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Tt]he\s+same\s+day|"
    r"[Tt]hat\s+day|[Tt]he\s+next\s+day|[Tt]he\s+following\s+day|[Tt]he\s+day\s+before|"
    r"(?:[Tt]he\s+same|[Tt]hat)\s+(?:night|evening|morning|afternoon)|"
    r"[Tt]he\s+(?:next|following)\s+morning|"
    r"[Tt]he\s+previous\s+day|(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier\s+(?:this|in\s+the)|[Ll]ater\s+this)\s+"
    r"(?:week|month|year)|(?:early|later|late)\s+next\s+(?:week|month|year))\b)"
    r")"
)
# Words that make the rest of their clause a plan or a hypothesis (the time in it is to come).
_FUTURE = re.compile(
    # (is due in Thailand on Thursday: a journey's schedule, as is due to travel)
    r"\b(?:will|would|'ll|shall|is\s+to|are\s+to|is\s+due\s+(?:to|in)|are\s+due\s+(?:to|in)|"
    r"is\s+set\s+to|are\s+set\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to|"
    r"is\s+expected\s+to|are\s+expected\s+to|plans?\s+to|planned\s+to|intends?\s+to|intended\s+to|"
    r"could|might|may|effective|take\s+effect|takes\s+effect|"
    # a journey in the present tense is a schedule (leaves for Vietnam on Friday: the next one)
    r"travels\s+(?:on\s+)?to|leaves\s+for|flies\s+(?:on\s+)?to|heads\s+to|goes\s+(?:on\s+)?to)\b"
)
# A journey in the present tense whose time stands between the verb and its destination (Xi
# flies on Thursday to Samarkand, leaves later on Monday for Seoul): a schedule, as "flies to
# Samarkand on Thursday" is (``_FUTURE``); the time is the journey's, to come.
_JOURNEY_VERB = r"(?:travels|leaves|flies|heads|goes)\s+(?:(?:later|early)\s+)?"
_JOURNEY_BEFORE = re.compile(rf"\b{_JOURNEY_VERB}(?:on\s+)?$", re.IGNORECASE)
_DESTINATION_AFTER = re.compile(r"\s+(?:on\s+)?(?:to|for)\b", re.IGNORECASE)
# The same seen from the trigger (the matcher's lower-case text): the verb, its day, its "to".
TIMED_JOURNEY = re.compile(
    rf"{_JOURNEY_VERB}on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:on\s+)?(?:to|for)\b"
)
# Where a clause begins for the purpose of tense: punctuation or a reporting verb.
_CLAUSE_START = re.compile(
    r"[.!?,;:()\"“”]|\b(?:said|says|told|announced|added|stated|warned|vowed|pledged|promised|"
    r"agreed|that|after|before|when|while|as|and)\b"
)
_SPAN_WORDS = frozenset(("since", "by", "until", "before", "through"))
_FUTURE_WORDS = frozenset(("next", "from", "effective", "later this"))


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression ``[start, end)`` and the day it names (first of its month or year).

    >>> Timex(0, 9, date(2021, 11, 15), "day", "act").role
    'act'
    """

    start: int
    end: int
    day: date | None
    precision: str  # day | month | year
    role: str  # act | future | span | after


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline ``[start, end)``: its place ``[start, place_end)`` and month/day if given."""

    start: int
    end: int
    place_end: int
    month: int | None
    day: int | None


@lru_cache(maxsize=8)  # asked of one document's text by several steps
def dateline(text: str) -> Dateline | None:
    """The dateline opening a news story, if there is one.

    >>> d = dateline("BEIJING, Dec 10 (Dipwatch) - China said")
    >>> (d.end, d.place_end, d.month, d.day)
    (29, 7, 12, 10)
    >>> dateline("WOODSIDE, California, Nov 16 (Dipwatch) - x").place_end
    20
    >>> dateline("China said on Monday (local time) - that") is None
    True
    >>> [dateline(t).place_end for t in ("TOKYO (AP) — A plane", "Manila (AFP) - Vessels",
    ...  "WASHINGTON/BEIJING, July 11 (X) - Y", "RIO DE JANEIRO, 19 November (X) - Y")]
    [5, 6, 18, 14]
    >>> d = dateline("Honduras switches ties" + chr(10) * 2 + "BEIJING, March 26 (X) - Honduras")
    >>> (d.start, d.month, d.day)
    (24, 3, 26)
    """
    m = _DATELINE.match(text, 0, min(len(text), 400))
    if m is None:
        return None
    name, number = m.group("month") or m.group("month2"), m.group("day") or m.group("day2")
    month = MONTHS[name] if name else None
    day = int(number) if number else None
    return Dateline(m.start("place"), m.end(), m.end("place"), month, day)


def last_weekday(anchor: date, weekday: int) -> date:
    """The last ``weekday`` (0 = Monday) on or before ``anchor``.

    >>> last_weekday(date(2021, 11, 16), 0)  # a Tuesday's "on Monday"
    datetime.date(2021, 11, 15)
    >>> last_weekday(date(2021, 11, 16), 1)
    datetime.date(2021, 11, 16)
    """
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def next_weekday(anchor: date, weekday: int) -> date:
    """The first ``weekday`` on or after ``anchor``."""
    return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)


def _month_start(day: date, months: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _past_month(anchor: date, month: int, day: int = 1) -> date | None:
    """This ``month`` (and ``day``) in the anchor's year, or the year before if still to come."""
    found = _safe(anchor.year, month, day)
    if found is not None and found > anchor:
        found = _safe(anchor.year - 1, month, day)
    return found


def _after_since(text: str, lo: int, start: int) -> bool:
    """since Trump's inauguration in January: a time inside a ``since`` phrase starts a span."""
    since = text.rfind("since ", lo, start)
    return since >= 0 and not any(c in text[since:start] for c in ",;.") and start - since < 50


def _future_clause(text: str, lo: int, start: int) -> bool:
    """Is the expression at ``start`` in a clause marked as a plan (will, would, is due to)?
    The clause runs back to the nearest punctuation or reporting verb before it."""
    if _FUTURE.search(text, lo, start) is None:
        return False  # no marker in the whole span, so none in its last clause (most times)
    begin = lo
    for m in _CLAUSE_START.finditer(text, lo, start):
        if _INITIAL_STOP.match(text, m.start()):
            continue  # the stops of U.S. or U.N. end no clause
        if not _JOINED_TIMES.search(text, max(lo, m.start() - 12), m.end()) and not (
            _BARE_ACT.match(text, m.end()) and _FUTURE.search(text, begin, m.start())
        ):
            begin = m.end()
    return _FUTURE.search(text, begin, start) is not None


# "and" before a bare verb of an act goes on with the modal of the clause before it (Modi will
# attend the celebrations and meet Sirisena on Friday: Friday is the meeting's, to come); a
# past form (and met) would start a clause of its own.
_BARE_ACT = re.compile(
    r"(?<=and)\s+(?:also\s+)?(?:meet|hold|visit|sign|attend|address|tour|open|discuss|call|"
    r"travel|fly|go|return|leave|host|launch|inaugurate)\b",
    re.IGNORECASE,
)


# The stop closing initials (U.S., U.N., U.K.): "Xi is due to meet U.S. President Joe Biden on
# Saturday" is one clause, and its Saturday is to come.
_INITIAL_STOP = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\.[A-Z])\.")

# "and" between two times (on Sunday and Monday) joins them, not two clauses.
_JOINED_TIMES = re.compile(rf"\b(?:{_WD}|{_MONTH}|\d{{1,2}})\s+and$", re.IGNORECASE)


class _Reader:
    """Reads the expressions of one document in order, remembering the last act's date."""

    def __init__(self, text: str, doc_date: date | None) -> None:
        self.text = text
        self.doc_date = doc_date
        self.last: Timex | None = None  # the last act expression, for "two days later"
        self.lead: Timex | None = None  # the lead sentence's first act day
        self.in_lead = False  # is the sentence read the lead?
        self.untimed_before = False  # did the sentence before tell its act with no day?

    def timex(self, m: re.Match[str], lo: int) -> Timex | None:
        kind = m.lastgroup
        handler = getattr(self, f"_{kind}")
        found = handler(m, lo)
        if found is None:
            return None
        day, precision, role = found
        timex = Timex(m.start(), m.end(), day, precision, role)
        if role == "act" and day is not None:
            self.last = timex
            if self.in_lead and self.lead is None and precision == "day":
                self.lead = timex
        return timex

    def _role(self, prep: str | None, m: re.Match[str], lo: int) -> str:
        prep = " ".join((prep or "").lower().split())
        if prep in _SPAN_WORDS or _after_since(self.text, lo, m.start()):
            return "span"
        if prep in _FUTURE_WORDS or _future_clause(self.text, lo, m.start()):
            return "future"
        if _JOURNEY_BEFORE.search(self.text, max(lo, m.start() - 30), m.start()) and (
            _DESTINATION_AFTER.match(self.text, m.end())
        ):
            return "future"  # (flies on Thursday to Samarkand)
        return "act"

    def _mdy(self, m, lo):
        day = _safe(int(m["y1"]), MONTHS[m["m1"]], int(m["d1"]))
        return day, "day", self._role(None, m, lo) if day and self._past(day) else "future"

    def _dmy(self, m, lo):
        day = _safe(int(m["y2"]), MONTHS[m["m2"]], int(m["d2"]))
        return day, "day", self._role(None, m, lo) if day and self._past(day) else "future"

    def _md(self, m, lo):
        return self._month_day(MONTHS[m["m3"]], int(m["d3"]), m["mdp"], m, lo)

    def _dm(self, m, lo):
        return self._month_day(MONTHS[m["m4"]], int(m["d4"]), m["dmp"], m, lo)

    def _month_day(self, month: int, day: int, prep, m, lo):
        if self.doc_date is None:
            return None
        role = self._role(prep, m, lo)
        if role == "future":
            found = _safe(self.doc_date.year, month, day)
            if found is not None and found < self.doc_date:
                found = _safe(self.doc_date.year + 1, month, day)
            return found, "day", role
        return _past_month(self.doc_date, month, day), "day", role

    def _my(self, m, lo):
        if m["m7"]:  # March 2018 with no preposition
            day = _safe(int(m["y7"]), MONTHS[m["m7"]], 1)
            return day, "month", self._role(None, m, lo) if day and self._past(day) else "future"
        month, prep = MONTHS[m["m5"]], " ".join((m["myp"] or "").lower().split())
        if m["yrel"] and self.doc_date is not None:  # in February last year
            shift = {"last": -1, "this": 0, "next": 1}[m["yrel"]]
            day = _safe(self.doc_date.year + shift, month, 1)
            return day, "month", self._role(prep, m, lo) if day and self._past(day) else "future"
        if m["y5"]:
            day = _safe(int(m["y5"]), month, 1)
            return day, "month", self._role(prep, m, lo) if day and self._past(day) else "future"
        if self.doc_date is None or (not prep and m["m5"] == "May"):
            return None  # "may" the modal, not the month
        if prep == "next" or self._role(prep, m, lo) == "future":
            return None, "month", "future"
        if prep == "last":
            return _past_month(self.doc_date - timedelta(days=27), month), "month", "act"
        return _past_month(self.doc_date, month), "month", self._role(prep, m, lo)

    def _yr(self, m, lo):
        day = date(int(m["y6"]), 1, 1)
        role = self._role(m["yp"], m, lo)
        if self.doc_date is not None and day.year > self.doc_date.year:
            role = "future"
        return day, "year", role

    def _wd(self, m, lo):
        if self.doc_date is None:
            return None
        weekday = WEEKDAYS.index(m["w"])
        prep = " ".join((m["wp"] or "").lower().split())
        role = "future" if prep in ("to", "through") else self._role(prep, m, lo)
        if prep == "last":
            return last_weekday(self.doc_date - timedelta(days=1), weekday), "day", "act"
        if role == "future":
            return next_weekday(self.doc_date, weekday), "day", role
        return last_weekday(self.doc_date, weekday), "day", role

    def _rel(self, m, lo):
        n, unit, direction = _count(m["n"]), m["unit"].rstrip("s"), m["dir"]
        if direction in ("after", "before"):
            return None, "day", "after"  # resolved against the clause it hangs on
        base = self.doc_date if direction == "ago" else (self.last.day if self.last else None)
        if base is None:
            return None
        sign = 1 if direction == "later" else -1
        return _shift(base, sign * n, unit)

    def _vague(self, m, lo):
        return None, "day", "after"

    def _word(self, m, lo):
        word = " ".join(m.group().lower().split())
        anchor = self.doc_date
        if word.startswith(
            ("the same ", "that ", "the next ", "the following ", "the day ", "the previous ")
        ):  # the same night, the next morning
            if self.last is None or self.last.precision != "day":
                return None
            if (word.startswith("the same ") and self.untimed_before and self.lead is not None
                    and self.last.start < lo):  # fmt: skip
                return self.lead.day, "day", "act"  # the undated act told right before
            shift = {"the next": 1, "the following": 1, "the day": -1,
                     "the previous": -1}.get(word.rsplit(" ", 1)[0], 0)  # fmt: skip
            return self.last.day + timedelta(days=shift), "day", "act"
        if anchor is None:
            return None
        if word.startswith(("next ", "later this", "early next", "late next", "later next")):
            return None, "day", "future"
        if word in ("tomorrow",):
            return anchor + timedelta(days=1), "day", "future"
        if word in ("today", "tonight"):
            return anchor, "day", self._role(None, m, lo)
        if word == "yesterday":
            return anchor - timedelta(days=1), "day", "act"
        unit = word.rsplit(" ", 1)[1]
        back = word.startswith("last")
        if word.startswith("this") and self._role(None, m, lo) == "future":
            return None, "day", "future"  # will visit this week: a plan's time
        if unit == "week":
            return _month_start(anchor - timedelta(days=7 if back else 0)), "month", "act"
        if unit == "month":
            return _month_start(anchor, -1 if back else 0), "month", "act"
        return date(anchor.year - (1 if back else 0), 1, 1), "year", "act"

    def _past(self, day: date) -> bool:
        return self.doc_date is None or day <= self.doc_date


def _count(word: str) -> int:
    """A small number in words or digits: ``_count("two") == _count("2") == 2``."""
    return int(word) if word.isdigit() else _NUM[word.lower()]


def _shift(base: date, n: int, unit: str) -> tuple[date, str, str]:
    if unit == "day":
        return base + timedelta(days=n), "day", "act"
    if unit == "week":
        return base + timedelta(days=7 * n), "day", "act"
    if unit == "month":
        return _month_start(base, n), "month", "act"
    return date(base.year + n, 1, 1), "year", "act"


def find_timexes(text: str, spans: list[tuple[int, int]], doc_date: date | None) -> list[Timex]:
    """The expressions of the English sentences ``spans`` (in document order) of ``text``.

    >>> t = "Xi met Biden on Monday, a day after she landed. Beijing matched it two days later."
    >>> [(x.day, x.role) for x in find_timexes(t, [(0, 47), (48, 82)], date(2021, 11, 16))]
    [(datetime.date(2021, 11, 15), 'act'), (None, 'after'), (datetime.date(2021, 11, 17), 'act')]
    """
    reader = _Reader(text, doc_date)
    found: list[Timex] = []
    lower = text.lower()
    timed = True  # did the sentence before tell an act on a day of its own?
    previous = 0  # where the sentence before starts
    for lo, hi in spans:
        # "the same day" counts from the act told right before: when the sentence before told
        # its act with no day of its own and opened a paragraph after the last day named, its
        # act is on the lead's day (a paragraph with no day returns to the lead's news), not on
        # the day the paragraph before named (within one paragraph the last day still holds)
        reader.untimed_before = (
            not timed and reader.last is not None and ("\n" in text[reader.last.end : previous])
        )
        previous = lo
        reader.in_lead = lo == spans[0][0]
        before = len(found)
        end = lo  # expressions are read in order, each once
        for a, b in _anchors(lower, lo, hi):
            if a < end:
                continue
            m = _match_at(text, max(lo, end), a, b)
            if m is None:
                continue
            end = m.end()
            timex = reader.timex(m, lo)
            if timex is not None:
                found.append(timex)
        timed = any(t.role == "act" and t.precision == "day" for t in found[before:])
    return found


# Words every expression has (a month, a weekday, a year, "days", "yesterday"…): the pattern
# is tried only where one is, starting at most three words before it.
_ANCHOR_WORDS = (
    *(name.lower() for name in MONTHS), *(d.lower() for d in WEEKDAYS), "day", "days", "week",
    "weeks", "month", "months", "year", "years", "today", "tonight", "yesterday", "tomorrow",
    "hours", "minutes", "moments", "shortly", "soon", "within", "night", "evening", "morning",
    "afternoon",
)  # fmt: skip
_ANCHORS = ahocorasick.Automaton()
for _word in _ANCHOR_WORDS:
    _ANCHORS.add_word(_word, len(_word))
_ANCHORS.make_automaton()
# A year as a word: \b(?:19|20)\d\d\b, with the boundary read behind the first digit (a regex
# that starts with \b is tried at every character; one that starts with a class skips to it).
_YEAR = re.compile(r"[12](?<!\w[12])(?:(?<=1)9|(?<=2)0)\d\d\b")


def _anchors(lower: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``[start, end)`` of each anchor word in ``[lo, hi)`` (whole words), in order."""
    found = [(end + 1 - n, end + 1) for end, n in _ANCHORS.iter(lower, lo, hi)
             if (end + 1 - n == 0 or not lower[end - n].isalnum())
             and (end + 1 >= len(lower) or not lower[end + 1].isalnum())]  # fmt: skip
    found += [m.span() for m in _YEAR.finditer(lower, lo, hi)]
    return sorted(set(found))


def _match_at(text: str, lo: int, a: int, b: int) -> re.Match[str] | None:
    """The expression holding the anchor ``[a, b)``: tried from three words before it on."""
    starts = [a]
    pos = a
    for _ in range(3):
        space = text.rfind(" ", lo, pos - 1)
        if space < lo:
            if lo < pos:
                starts.append(lo)
            break
        pos = space + 1
        starts.append(pos)
    for start in reversed(starts):
        m = _TIMEX.match(text, start)
        if m is not None and m.end() >= b:
            return m
    return None


def lead_day(timexes: list[Timex], lead: tuple[int, int]) -> Timex | None:
    """The story's main day: the first day-precision act expression of its lead sentence."""
    return next((t for t in starting_in(timexes, *lead) if t.role == "act"
                 and t.precision == "day" and t.day is not None), None)  # fmt: skip


def act_date(
    text: str, timexes: list[Timex], sentence: tuple[int, int], a: int,
    lead: Timex | None, doc_date: date | None, later: bool = False,
) -> tuple[date, str] | None:  # fmt: skip
    """The date of an act whose trigger is ``[a, …)`` in ``sentence``.

    The act expression nearest the trigger in its sentence (a clause after ``a day after``
    takes the date of the clause it hangs on, less the day); else the lead's day; else the
    document's date. ``later``: the lead is a day the next sentence gives this one's contact.

    >>> t = "Pelosi met Tsai on Wednesday, a day after she landed."
    >>> xs = find_timexes(t, [(0, len(t))], date(2022, 8, 3))
    >>> act_date(t, xs, (0, len(t)), 45, None, date(2022, 8, 3))
    (datetime.date(2022, 8, 2), 'day')
    >>> act_date(t, xs, (0, len(t)), 7, None, date(2022, 8, 3))
    (datetime.date(2022, 8, 3), 'day')
    """
    lo, hi = sentence
    inside = [t for t in starting_in(timexes, lo, hi) if t.end <= hi
              and not _in_other_relative(text, lo, t, a)
              and not (_elsewhere(text, t, a) and not _month_before(t, doc_date))
              and not _reduced_relative(text, t, a) and not _in_joined_clause(text, t, a)
              and not _planned_for(text, t, a)
              and not _described_by_participle(text, t, a)
              and not _in_gerund_complement(text, t, a) and not _noun_time(text, t, a)
              and not _possessive_time(text, t, a)
              and not _in_since_clause(text, t, a)
              and not participle_phrase_time(text, t.start, a, t.precision)]  # fmt: skip
    own = _own_relative(text, lo, hi, a)
    if own is not None and any(own[0] <= t.start < own[1] for t in inside if t.role == "act"):
        inside = [
            t for t in inside if own[0] <= t.start < own[1]
        ]  # …, where he held talks on Monday
    governing = _governing_after(text, inside, a)
    # since Russia invaded Ukraine in February last year: the span's start is the act's day
    since = _after_since(text, lo, a)
    acts = [t for t in inside if t.day is not None
            and (t.role == "act" or (since and t.role == "span" and t.start > a))]  # fmt: skip
    own_day = None if governing is None else _own_after_day(text, acts, governing, a)
    if own_day is not None:
        return own_day.day, own_day.precision
    if governing is not None:
        base = _main_day(acts, governing, lead, doc_date)
        if base is None:
            return None
        return base[0] - timedelta(days=_after_days(text, governing)), base[1]
    best = min(_own_clause_first(text, acts, a), key=lambda t: _distance(text, t, a), default=None)
    if best is not None:
        return best.day, best.precision
    if lead is not None and (lead.start < lo or later):
        return lead.day, lead.precision
    return (doc_date, "day") if doc_date else None


def _in_since_clause(text: str, t: Timex, a: int) -> bool:
    """Held talks on Friday on his first trip since taking office last week: a time inside a
    ``since`` clause or phrase (up to its punctuation) is the start of what it measures, not a
    day of the act, unless the act is told inside it (tense since China imposed tariffs in May).
    """
    since = text.rfind("since ", max(0, t.start - 50), t.start)
    if since < 0 or any(c in text[since : t.start] for c in ",;.:"):
        return False  # (no since right before it: most times)
    if since <= a < t.end:
        return False
    return since == 0 or not text[since - 1].isalnum()


def _possessive_time(text: str, t: Timex, a: int) -> bool:
    """Those responsible for last week's attacks, relief for Monday's earthquake: a time that
    is itself a possessor determines its noun, whose time it is, not the clause's act (unless
    that noun is the trigger: Tuesday's talks between the two ended without a deal)."""
    if text[t.end : t.end + 2] not in ("'s", "’s"):
        return False  # (most times possess nothing)
    return not (t.end < a <= t.end + _POSSESSED_REACH)


# How far after a possessive time its noun's trigger may stand (two or three words).
_POSSESSED_REACH = 24


def _noun_time(text: str, t: Timex, a: int) -> bool:
    """Told Xi that China must abide by the tribunal's ruling in July: a time right after an
    act's noun held by a possessive dates that act, not the trigger's (wherever the trigger
    stands, unless the noun is the trigger)."""
    lo = max(0, t.start - 60)
    if text.find("'s ", lo, t.start) < 0 and text.find("’s ", lo, t.start) < 0:
        return False  # (no possessive there: most times)
    if text.startswith(_TOLD_BEFORE_DAYS, t.start):
        # voiced support for Morocco's decision the same day: a day counted from the act told
        # before dates the clause, never a noun (no one names a ruling's day "the same day")
        return False
    hit = _POSSESSED_ACT.search(text, lo, t.start)
    if hit is None or hit.start() <= a < t.start:
        return False
    if _OBJECT_THEN_WEEKDAY.match(text, a, t.end):
        # welcomed Britain's decision on Friday: a weekday closing the verb's object phrase is
        # the verb's adverbial, as wire copy puts it after the object (a date or month stays
        # the noun's: the tribunal's ruling in July, a visa ban on May 3)
        return False
    # Pence's speech on Thursday, in which he accused China: the act is told inside the noun's
    return not (a > t.end and _INSIDE_NOUN.match(text, t.end, a))


# Days counted from the act told before (the lowercase forms: a sentence's first word opens
# no object's time).
_TOLD_BEFORE_DAYS = ("the same day", "that day", "the next day", "the following day",
                     "later that day", "the day before", "the previous day")  # fmt: skip
# A verb, its possessed object (one to four capitalised words before 's) and "on <weekday>".
_OBJECT_THEN_WEEKDAY = re.compile(
    r"[a-z]+ed\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*['’]s\s+(?:[a-z\-]+\s+){0,2}"
    r"[a-z]+\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)
_INSIDE_NOUN = re.compile(r"\s*,\s+(?:in|during|at)\s+which\b|\s*,\s+where\b")


# A possessive, at most two words, an act's noun, then the time (its "in" or "on" included or
# not): the tribunal's ruling in July, Washington's decision last week, Beijing's visa ban on May 3.
_POSSESSED_ACT = re.compile(
    r"['’]s\s+(?:[a-z\-]+\s+){0,2}(?:ruling|decision|verdict|vote|election|visit|trip|summit|"
    r"invasion|attack|announcement|statement|speech|move|ban|test|launch)\s+(?:(?:in|on|at)\s+)?$"
)


def _in_gerund_complement(text: str, t: Timex, a: int) -> bool:
    """Accused the United States of acting in bad faith at the summit in February: a month or a
    year after a gerund the trigger's "of" or "for" governs, in the same clause, is the
    gerund's act's (a day there, accused China of dumping steel on Monday, stays the verb's)."""
    if t.start <= a or t.precision == "day" or text.find("ing ", a, t.start) < 0:
        return False  # (a gerund between: a quick test first)
    return _GERUND_COMPLEMENT.match(text, a, t.start) is not None


_GERUND_COMPLEMENT = re.compile(r"\S+\s+(?:[^,;:]*?\s)?(?:of|for)\s+[a-z]+ing\b[^,;:]*$")


# (whose: "The two leaders, whose troops clashed last year, held talks on Friday")
_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where)\b")


def _in_other_relative(text: str, lo: int, t: Timex, a: int) -> bool:
    """condemned the law, which took effect on Tuesday night: the time of a relative clause the
    trigger is not in is that clause's."""
    for m in _RELATIVE.finditer(text, lo, t.start):
        close = text.find(",", m.end(), len(text))
        close = len(text) if close < 0 else close
        if t.start < close and not (m.start() <= a < close):
            return True
    return False


# A clause joined after a comma with a subject of its own and its verb (", and Zelenskiy said",
# ", but the ministry had", ", and he flew"): its time is its own.
_DETERMINED = r"(?:the|its|his|her|their)\s+[\w\-]+(?:\s+[\w\-]+){0,2}"
_NAMED = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}"
_JOINED_CLAUSE = re.compile(
    rf",\s+(?:and|but|while|whereas)\s+(?:he|she|it|they|{_DETERMINED}|{_NAMED})\s+"
    r"(?:\w+ly\s+)?(?:said|says|told|[a-z]+ed|will|would|has|had|was|were|is|are|flew|met)\b"
)


def _in_joined_clause(text: str, t: Timex, a: int) -> bool:
    """Trump spoke with Zelenskiy on the flight home, and Zelenskiy said on Saturday…: a time
    after the trigger, in a clause joined after a comma with its own subject and verb, is
    that clause's act's, not the trigger's."""
    if t.start <= a or text.find(",", a, t.start) < 0:
        return False  # (the clause needs a comma before it: a quick test first)
    return _JOINED_CLAUSE.search(text, a, t.start) is not None


# A noun and the past participle that describes it, right before a time (the election held the
# day before, the law passed in June): the time is the participle's.
_TO_TIME = r"\s+" + TIME_LEAD  # from the participle to the time
_PARTICIPLE_BEFORE = re.compile(
    rf"\b(?:the|a|an|its|their)\s+[^,;:.]*?(?P<word>[^\s,;:.]*\b(?:[a-z]+ed|{_IRREGULAR})){_TO_TIME}"
)  # (``word``: the whole word the participle ends, as the text splits it)
# What _PARTICIPLE_BEFORE needs at the end of its window (a participle's ending, then the
# time), read first: the lazy run from each determiner is tried only where it may hold.
_PARTICIPLE_END = re.compile(rf"(?:ed|{_IRREGULAR}){_TO_TIME}")


# A document and its issue right before the time (a joint statement issued on Saturday): the
# day it was issued is the day what it says was said, the act's (coder-en58).
_DOCUMENT_ISSUED = re.compile(
    r"\b(?:statement|declaration|communique|communiqué)\s+(?:issued|released|published)" + _TO_TIME
)


def _reduced_relative(text: str, t: Timex, a: int) -> bool:
    """criticised China over the election held the day before: a time after the trigger that
    follows a noun's past participle (no comma between) dates that participle, not the act. A
    verb of how an event went (talks between X and Y ended on Thursday) is the predicate of
    the event named before it, never a participle describing a noun: its time is the act's."""
    if t.start <= a:
        return False
    window = text[a : t.start]
    if _PARTICIPLE_END.search(window) is None:
        return False
    if _DOCUMENT_ISSUED.search(window) is not None:
        return False  # said …, in a joint statement issued on Saturday: what it says, that day
    found = _PARTICIPLE_BEFORE.search(window)
    if found is not None and _ATTRIBUTION_AFTER.search(window) is not None:
        return False  # …, the commerce ministry announced on Saturday: the attribution's time
    if found is not None and _NAMING_VERB.search(window, 0, found.start()) is not None:
        return False  # called the expulsion unjustified the same day: a complement, no relative
    return found is not None and found.group("word") not in _EVENT_COURSE


# A verb whose object takes a complement (called the move unjustified, deemed the sanctions
# misguided): an -ed word after that object says what the object is, no clause with its time.
_NAMING_VERB = re.compile(
    r"\b(?:call|calls|called|calling|deem|deems|deemed|term|terms|termed|brand|brands|branded|"
    r"label|labels|labelled|labeled|declare|declares|declared|consider|considers|considered)\s+$"
)


def _planned_for(text: str, t: Timex, a: int) -> bool:
    """cancelled a visit to Turkey planned for Wednesday: a time after the trigger that a noun's
    ``planned for`` (scheduled, slated, set) leads is the day the plan was for, not the act's."""
    if t.start <= a:
        return False
    return _PLANNED_FOR.search(text, a, t.start) is not None


# A determined noun phrase, then planned/scheduled/slated/set for, up to the time; the plan's
# place may come first (a summit planned for Moscow in September: coder-dates29).
_PLANNED_FOR = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+[^,;:.]*?\b(?:planned|scheduled|slated|set)\s+for\s+"
    r"(?:[A-Z][\w.'’\-]*\s+){0,3}(?:(?<=\s)(?:in|on)\s+)?$"
)


# A trailing attribution set off by a comma (China suspended imports of coal, the commerce
# ministry announced on Saturday): a verb of saying after a noun phrase the comma opens is that
# phrase's predicate, not a participle describing it (the sanctions announced on Saturday has
# no comma), and its time is the telling's, which dates an act the clause before left undated.
_ATTRIBUTION_AFTER = re.compile(
    r",\s+(?:the|its|their)\s+[^,;:.]*?\b(?:announced|stated|reported|confirmed|declared|"
    rf"disclosed|added|noted){_TO_TIME}"
)


def _described_by_participle(text: str, t: Timex, a: int) -> bool:
    """said two Canadians detained in December were suspected of…: a time before the trigger
    right after a counted or determined plural and its past participle dates that participle
    (a reduced relative clause describing the people), not the act told about them.

    >>> _PARTICIPLE_TIME.search("said two Canadians detained ") is not None
    True
    >>> _PARTICIPLE_TIME.search("Chinese authorities detained ") is None
    True
    """
    if t.end > a or text.find("ed ", max(0, t.start - 16), t.start) < 0:
        return False  # (a cheap test first: the participle ends right before the time)
    return _PARTICIPLE_TIME.search(text, max(0, t.start - 80), t.start) is not None


# A number or determiner, up to two words and a plural, then its past participle, at the end.
_PARTICIPLE_TIME = re.compile(
    r"\b(?:the|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
    r"(?:[\w\-]+\s+){0,2}[A-Za-z]+(?:s|men)\s+[a-z]+ed\s+$"
)


# An infinitive: "to" and a verb (not a determiner, a plural or another noun), with no
# punctuation after it up to the expression.
_INFINITIVE = re.compile(  # "to" as a word, its boundary read behind it (as ``_YEAR``)
    r"to(?<!\wto)\s+(?!the\b|a\b|an\b|its\b|his\b|her\b|their\b)[a-z]+(?<![^s]s)(?<!tion)"
    r"(?<!ment)\b[^,;:\"“”]*$"
)


def _elsewhere(text: str, t: Timex, a: int) -> bool:
    """Is the expression (after the trigger) another verb's, inside an infinitive that follows
    the trigger (invited Putin to visit China this year)? Not when the infinitive already
    has its time (ordered them to leave within 72 hours on Thursday: the order's day), nor
    when it is a past day (urged Japan to withdraw the plan on Monday: the infinitive's act
    is still to come when it is asked for, so a day already past is the asking's)."""
    if t.start <= a or (t.precision == "day" and t.role == "act"):
        return False  # ordered them to leave the country on Friday: a past day is the order's
    m = _INFINITIVE.search(text, a, t.start)
    return m is not None and _OWN_DEADLINE.search(text, m.start(), t.start) is None


def _month_before(t: Timex, doc_date: date | None) -> bool:
    """Is ``t`` a month (or year) wholly before the document's (signed an agreement to replace
    NAFTA in November, in a May article)? An infinitive's act is still to come when its verb
    acts, so such a time is the verb's, as a past day is.

    >>> _month_before(Timex(0, 11, date(2018, 11, 1), "month", "act"), date(2019, 5, 31))
    True
    >>> _month_before(Timex(0, 9, date(2019, 5, 1), "month", "act"), date(2019, 5, 31))
    False
    """
    if doc_date is None or t.day is None or t.role != "act" or t.precision == "day":
        return False
    if t.precision == "year":
        return t.day.year < doc_date.year
    return (t.day.year, t.day.month) < (doc_date.year, doc_date.month)


# a span the infinitive's act must happen in: its time, so a day after it is the main verb's
_OWN_DEADLINE = re.compile(r"\bwithin\s+(?:\d+|an?|one|two|three|\w+ty)\s+(?:hours|days|weeks)\b")


def _own_relative(text: str, lo: int, hi: int, a: int) -> tuple[int, int] | None:
    """The relative clause (, where / which / who … to the next comma) holding ``a``, if any."""
    for m in _RELATIVE.finditer(text, lo, a):
        close = text.find(",", m.end(), hi)
        close = hi if close < 0 else close
        if a < close:
            return m.start(), close
    return None


def _governing_after(text: str, inside: list[Timex], a: int) -> Timex | None:
    """An ``after`` expression whose clause (up to the next comma, colon or semicolon) holds
    ``a``. A full stop inside a sentence ends no clause: it is an abbreviation's (a day after
    the U.N. Security Council approved…)."""
    for t in inside:
        if t.role == "after" and t.end <= a:
            stop = re.search(r"[,;:]", text[t.end : a])
            if stop is None:
                return t
    return None


def _own_after_day(text: str, acts: list[Timex], after: Timex, a: int) -> Timex | None:
    """The move came hours after Trump signed a memorandum on Thursday directing tariffs: an
    ``after`` clause with a day of its own (nothing ends the clause or opens another between the
    ``after`` and the day or the trigger) is dated by that day, not by the clause it hangs on
    less the gap."""
    return next((t for t in acts if t.start >= after.end and t.precision == "day"
                 and not _CLAUSE_BREAK.search(text, after.end, max(a, t.start))), None)  # fmt: skip


def _main_day(acts, after: Timex, lead: Timex | None, doc_date: date | None):
    """The day of the clause an ``after`` clause hangs on: the nearest act expression before
    it in the sentence, else the lead's day, else the document's date."""
    before = [t for t in acts if t.end <= after.start]
    if before:
        return before[-1].day, before[-1].precision
    if lead is not None:
        return lead.day, lead.precision
    return (doc_date, "day") if doc_date else None


def _after_days(text: str, t: Timex) -> int:
    m = re.match(rf"(?P<n>{_N})\s+(?P<unit>day|days|week|weeks)", text[t.start : t.end])
    if m is None:
        return 0  # hours after, minutes after: the same day
    return _count(m["n"]) * (7 if m["unit"].startswith("week") else 1)


def _distance(text: str, t: Timex, a: int) -> int:
    """Characters from the trigger; an expression across a reporting clause counts double."""
    if t.end <= a:
        gap, between = a - t.end, text[t.end : a]
    else:
        gap, between = t.start - a, text[a : t.start]
    if _SUBORDINATE.search(between):
        return gap * 5  # the clause of "after…" has a time of its own
    return gap * (2 if "," in between or ";" in between else 1)


_SUBORDINATE = re.compile(r"\b(?:after|before|when|while|since)\b")


def _own_clause_first(text: str, acts: list[Timex], a: int) -> list[Timex]:
    """Norway expelled them on Friday, and Iran summoned its envoy on Saturday: when the
    trigger's clause, joined after a comma with a subject of its own, has a time right after
    the trigger (no comma or subordinate between), the times of the clause before it are not
    the trigger's."""
    own = [t for t in acts if t.start > a and not _CLAUSE_BREAK.search(text, a, t.start)]
    if not own:
        return acts
    if _PAST_PERFECT.search(text, max(0, a - 16), a) and any(
        not _OTHER_CLAUSE.search(text, a, t.start) for t in own
    ):  # said on Thursday he had called Wang on Wednesday: the earlier day is the telling's
        return [t for t in acts
                if t.start > a or not _TOLD.search(text, max(0, t.start - 30), a)]  # fmt: skip
    return [
        t
        for t in acts
        if not (
            t.end <= a
            and (_NEW_SUBJECT.search(text, t.end, a) or _JOINED_VERB.match(text, t.end, a))
        )
    ]


# A verb phrase joined by "and" to the one a time before it dates (met Lavrov on Thursday and
# held talks with Wong on Friday): with a time of its own after its trigger, the earlier one is
# the first verb's.
_JOINED_VERB = re.compile(r"\s+and\s")


# A trigger in the past perfect (had called, had already met): an act before the telling,
# whose own day follows it.
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+|already\s+)?$")
# The verbs that tell it, near a time before the act (said on Thursday, on Friday told…), and
# what opens another clause between the act and a time after it (…that damaged the bridge on
# Saturday: the damage's day).
_TOLD = re.compile(r"\b(?:said|says|told|tells|announced|added|stated|confirmed|disclosed)\b")
_OTHER_CLAUSE = re.compile(r"\b(?:that|which|who|whom|what|where|when)\b")
# What ends a trigger's clause before a time after it.
_CLAUSE_BREAK = re.compile(rf"[,;:]|{_SUBORDINATE.pattern}")
# A clause joined after a comma with a subject of its own, opening between a time and the
# trigger after it.
_NEW_SUBJECT = re.compile(
    r",\s+(?:and|but|whereas)\s+(?:he|she|it|they|the|its|his|her|their|[A-Z])"
)


def story_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The English sentences' spans without the dateline (its date is the story's, no act's).

    >>> story_spans("BEIJING, Dec 10 (X) - China met Japan.", [(0, 21), (22, 38)])
    [(22, 38)]
    """
    line = dateline(text)
    cut = line.end if line else 0
    return [(max(lo, cut), hi) for lo, hi in sentences if hi > cut]


def event_date(coding: Any, sentence: int, start: int) -> tuple[date, str] | None:
    """The date of an act whose trigger starts at ``start`` in English sentence ``sentence`` of
    a ``Coding``: ``act_date`` with the lead being the first sentence after the dateline."""
    s = coding.sentences[sentence]
    published = coding.document.published
    lead = _sentence_lead(coding, s, sentence)
    # a day told after the sentence is its own only when the next sentence names its contact
    # again (a lead's day after it is otherwise the next sentence's act's, not this one's)
    later = lead is not None and lead.start >= s.end and _told_after_day(coding, sentence) is lead
    return act_date(coding.norm, coding.timexes, (s.start, s.end), start, lead, published, later)


def _sentence_lead(coding: Any, s: Any, sentence: int) -> Timex | None:
    """The day sentence ``s`` takes when it names none of its own: a dated contact's or
    occasion's of the sentence before, the lead speaker's, else the story's lead. It is the
    sentence's, whatever the trigger: worked out once per sentence of a story (each event
    asked, and a sentence tells one to three), kept with the story's lead."""
    known = coding.story_lead
    if known is not None and known[0] is coding.timexes and sentence in known[2]:
        return known[2][sentence]  # type: ignore[no-any-return]
    lead = _story_lead(coding, s)
    lead = (_contact_day(coding, sentence) or _told_after_day(coding, sentence)
            or _occasion_day(coding, sentence) or _speech_day(coding, sentence, lead)
            or _named_speaker_day(coding, sentence) or _also_reacted_day(coding, sentence)
            or _quoted_statement_day(coding, sentence) or _response_day(coding, sentence)
            or lead)  # fmt: skip
    known = coding.story_lead
    if known is not None and known[0] is coding.timexes:
        known[2][sentence] = lead
    return lead


def _story_lead(coding: Any, s: Any) -> Timex | None:
    """The lead's day; a lead with none (Lithuania has been told…) takes the next sentence's.
    A story has an English sentence after its dateline whatever ``s`` is, and its lead is then
    worked out once per document (each event asked: a long story was quadratic)."""
    known = coding.story_lead
    if known is not None and known[0] is coding.timexes:
        return known[1]  # type: ignore[return-value]
    line = dateline(coding.norm)
    cut = line.end if line else 0
    story = list(islice((x for x in coding.sentences if x.end > cut and not x.cjk), 2))
    lead = next(filter(None, (lead_day(coding.timexes, (max(x.start, cut), x.end))
                              for x in story or [s])), None)  # fmt: skip
    if story:  # else the lead is the sentence's own: not one for the whole document
        coding.story_lead = (coding.timexes, lead, {})  # (and each sentence's: _sentence_lead)
    return lead


# The lead's attribution: "…, Defence Minister Richard Marles said on Sunday." (a day).
_SAID_ON = re.compile(r"\bsaid\s+$")
# A later sentence that the lead's speaker says: "He called the manoeuvre…", "Marles said…"
# (the subject: "he", "she" or the word the lead's "said" follows, its speaker's surname).
_HE_SAYS = re.compile(
    r"\s*(?P<who>[A-Z][\w'’\-]+)\s+(?:\w+ly\s+)?"
    r"(?:said|says|called|described|added|warned|told|accused)\b"
)
_SPEAKER = re.compile(r"(?P<who>[A-Z][\w'’\-]+)\s+said\s+$")


def _speech_day(coding: Any, sentence: int, lead: Timex | None) -> Timex | None:
    """A Chinese jet intercepted an Australian plane on May 26, Marles said on Sunday. … He
    called the manoeuvre "very dangerous": what the lead's speaker goes on to say, in a
    sentence of its own that "he" opens, was said on the attribution's day, not the act's."""
    if lead is None or sentence == 0:
        return None
    s = coding.sentences[sentence]
    says = _HE_SAYS.match(coding.norm, s.start)
    if says is None:
        return None
    first = next((x for x in coding.sentences if x.start <= lead.start < x.end), None)
    if first is None or first is s:
        return None
    # the attribution's own day, later in the lead than its act's
    for t in starting_in(coding.timexes, first.start, first.end):
        if (t.start > lead.start and t.role == "act"
                and t.precision == "day" and t.day is not None
                and _SAID_ON.search(coding.norm, max(first.start, t.start - 8), t.start)):  # fmt: skip
            speaker = _SPEAKER.search(coding.norm, max(first.start, t.start - 40), t.start)
            who = says.group("who")
            if who in ("He", "She") or (speaker is not None and speaker.group("who") == who):
                return t
    return None


# A sentence its speaker opens by surname, going on (Pence also announced…, Marles added…).
# A quotation may open it ("These are very serious incidents," White told reporters, adding…).
_NAMED_GOES_ON = re.compile(
    r"\s*(?:[\"“][^\"”]{1,300}[\"”]\s*,?\s*)?"
    r"(?P<who>[A-Z][\w'’\-]+)\s+(?:also\s+)?(?:said|announced|added|told|warned|urged)\b"
)


def _named_speaker_day(coding: Any, sentence: int) -> Timex | None:
    """Pence said on Saturday that… (another sentence or two) Pence also announced…: a sentence
    with no time that a speaker opens by surname goes on with what the speaker said on the day of
    the nearest of the three sentences before that has them say it, not the story's lead."""
    s = coding.sentences[sentence]
    says = _NAMED_GOES_ON.match(coding.norm, s.start)
    if says is None or says.group("who") in ("He", "She"):
        return None  # (he, she: the lead's speaker, _speech_day)
    for x in reversed(coding.sentences[max(0, sentence - 3) : sentence]):
        for t in starting_in(coding.timexes, x.start, x.end):
            if t.role == "act" and t.precision == "day" and t.day is not None:
                speaker = _SPEAKER.search(coding.norm, max(x.start, t.start - 40), t.start)
                if speaker is not None and speaker.group("who") == says.group("who"):
                    return t
    return None


# A sentence whose subject "also" reacts (The U.S. State Department also condemned it and…):
# its subject, a few words, no comma, then the reaction's verb.
_ALSO_REACTED = re.compile(
    r"\s*(?:the\s+)?[A-Z][^,;:\"“]{0,60}?\s+also\s+(?:condemned|criticized|criticised|denounced|"
    r"deplored|protested|said|voiced|expressed|urged|called)\b"
)


def _also_reacted_day(coding: Any, sentence: int) -> Timex | None:
    """UNHCR said on Thursday that it was shocked by the deportation. The U.S. State Department
    also condemned it: a reaction with no time that "also" joins to the statement told just
    before was made on that statement's day, not the lead's (coder-en48)."""
    if sentence == 0:
        return None
    s, prev = coding.sentences[sentence], coding.sentences[sentence - 1]
    if prev.cjk or _ALSO_REACTED.match(coding.norm, s.start) is None:
        return None
    return _said_on_day(coding, prev)


# A sentence opened by a quotation its speaker is then named for ("We will take measures,"
# spokesman Geng Shuang told a briefing, and he urged…): words said, attributed after them.
_QUOTE_ATTRIBUTED = re.compile(
    r"\s*[\"“][^\"”]{1,400}[\"”]\s*,?\s*(?:[^,;:\"“.]{0,80}?\s)?(?:said|says|told|added)\b"
)


def _quoted_statement_day(coding: Any, sentence: int) -> Timex | None:
    """China said on Tuesday it opposed the deployment. "We will take measures," spokesman Geng
    Shuang told a briefing: a quotation opening the next sentence of the paragraph, attributed
    with no time, goes on with the statement the sentence before dated by its "said on", not
    the story's lead (coder-dates29)."""
    if sentence == 0:
        return None
    s, prev = coding.sentences[sentence], coding.sentences[sentence - 1]
    if prev.cjk or prev.paragraph != s.paragraph:
        return None
    if _QUOTE_ATTRIBUTED.match(coding.norm, s.start, s.end) is None:
        return None
    return _said_on_day(coding, prev)


def _said_on_day(coding: Any, prev: Any) -> Timex | None:
    """The day of the statement sentence ``prev`` tells: an act's day right after "said"."""
    for t in starting_in(coding.timexes, prev.start, prev.end):
        if (t.role == "act" and t.precision == "day" and t.day is not None
                and _SAID_ON.search(coding.norm, max(prev.start, t.start - 8), t.start)):  # fmt: skip
            return t
    return None


# A sentence whose subject answers what the sentence before told (Yang responded with a
# speech…, Beijing hit back…): its subject, a few words, no comma, then the answer's verb.
_RESPONDS = re.compile(
    r"\s*(?:the\s+)?[A-Z][^,;:\"“]{0,60}?\s+(?:responded|replied|retorted|(?:hit|shot)\s+back)\b"
)


def _response_day(coding: Any, sentence: int) -> Timex | None:
    """Blinken told Yang on Thursday that… Yang responded with a speech accusing…: an answer
    with no time of its own, opening the sentence right after a dated act, was given on that
    act's day (the last day the sentence before names), not the story's lead (coder-dates29)."""
    if sentence == 0:
        return None
    s, prev = coding.sentences[sentence], coding.sentences[sentence - 1]
    if prev.cjk or _RESPONDS.match(coding.norm, s.start, s.end) is None:
        return None
    days = _days_in(coding, prev)
    return days[-1] if days else None


_CONTACT = re.compile(r"\b(?:spoke|talked|met|phone|call|talks|meeting|video\s+link)\b")
# How far the contact's day may follow it (spoke by phone on Monday); past that, only its
# partner's mentions may stand between, and only when no contact of the sentence has a day
# right after it (…talks with Qin Gang on Sunday and met Wang Yi on Monday: Monday, for what
# Wang told).
_CONTACT_REACH = 24
_TELLING = re.compile(  # \b(?:told|tells|…)\b, each word opening with its letter
    opening_letters(("told", "tells", "urged", "urges", "asked", "assured", "warned", "raised"))
    + r"\b"
)


# A sentence whose subject is the pair the contact before it joined (The two leaders agreed…,
# Both sides said…, The two foreign ministers signed…: an office's word may stand
# before the noun): what they did together then, on the contact's day.
_PAIR_OPENS = re.compile(
    r"\s*(?:the\s+two|both)\s+(?:(?:prime|foreign|defen[cs]e|trade|finance|vice)\s+)?"
    r"(?:leaders|sides|presidents|ministers|premiers|governments|counterparts|heads\s+of\s+state)\b"
)


def _contact_day(coding: Any, sentence: int) -> Timex | None:
    """Jaishankar and Wang spoke by phone on Wednesday. Jaishankar told Wang that…: what one
    party tells the other in the sentence after a dated contact was said during it, and has
    its day rather than the lead's; so has what "the two leaders" of it did together."""
    if sentence == 0:
        return None
    s, prev = coding.sentences[sentence], coding.sentences[sentence - 1]
    if prev.cjk or not (
        _TELLING.search(coding.lower, s.start, s.end) or _PAIR_OPENS.match(coding.lower, s.start)
    ):
        return None
    contacts = list(_CONTACT.finditer(coding.lower, prev.start, prev.end))
    # a contact in the main clause is the pair's, not one a relative clause tells as
    # background (Xi, who … where he had met Putin on Wednesday, held talks with Rahmon)
    main = [
        x for x in contacts if _own_relative(coding.norm, prev.start, prev.end, x.start()) is None
    ]
    contacts = main or contacts
    days = _days_in(coding, prev)
    for contact in contacts:  # the contact's own day: right after it (spoke by phone on…)
        for t in days:
            if 0 <= t.start - contact.end() <= _CONTACT_REACH:
                return t
    for contact in reversed(contacts):  # …else after its partner (talks with Premier Li
        for t in days:  # Keqiang on…), the last contact told first: the next sentence's
            if t.start - contact.end() >= 0 and _only_partner(
                coding, contact.end(), t.start, place=len(days) == 1
            ):
                return t
    return None


# The contact of the sentence before named again with its day (during the call on Friday, at
# their talks on Monday): "the" points back to it.
_CONTACT_AGAIN = re.compile(
    r"\b(?:the|their|that)\s+(?:(?:phone|telephone|video)\s+)?"
    r"(?:call|talks|meeting|conversation|summit)\b"
)


def _told_after_day(coding: Any, sentence: int) -> Timex | None:
    """Obama spoke by telephone with Tsai. … during the call on Friday, Tsai congratulated him:
    a contact told with no day of its own has the day the next sentence gives it when it names
    it again (``_CONTACT_AGAIN``) with a day right after."""
    if sentence + 1 >= len(coding.sentences):
        return None
    s, nxt = coding.sentences[sentence], coding.sentences[sentence + 1]
    if nxt.cjk or not _CONTACT.search(coding.lower, s.start, s.end):
        return None
    days = _days_in(coding, nxt)
    if not days:
        return None
    for again in _CONTACT_AGAIN.finditer(coding.lower, nxt.start, nxt.end):
        for t in days:
            if 0 <= t.start - again.end() <= 4:  # (" on ": the day right after the noun)
                return t
    return None


def _days_in(coding: Any, s: Any) -> list[Timex]:
    """The days of acts the sentence ``s`` tells, in text order."""
    return [t for t in starting_in(coding.timexes, s.start, s.end) if t.role == "act"
            and t.precision == "day" and t.day is not None]  # fmt: skip


def _only_partner(coding: Any, lo: int, hi: int, place: bool = False) -> bool:
    """Is ``[lo, hi)`` a preposition and the actors it names, nothing else (a partner's title
    and name, however long: with Mexican President Enrique Pena Nieto)? With ``place``, the
    contact's place may follow (met Xi in Beijing on Monday): only when the sentence names one
    day, since contacts on several days (met Li in Beijing on Sunday and He on Friday) leave
    the pair's day unclear (coder-en48)."""
    rest = coding.lower[lo:hi]
    for m in coding.mentions:
        if lo <= m.start and m.end <= hi:
            rest = rest.replace(coding.lower[m.start : m.end], " ")
    return (_PARTNER_PLACE if place else _PARTNER_LEFT).fullmatch(rest) is not None


# What is left between a contact and its day once the partner's mentions are taken out.
# (held talks with Abe later that day: "later" or "earlier" leads into the contact's day)
_PARTNER_LEFT = re.compile(r"\s*(?:(?:with|to|and)\s+)?(?:the\s+)?\s*(?:(?:later|earlier)\s+)?")
# …and the contact's place, a mention taken out (met President Xi Jinping in Beijing on Monday).
_PARTNER_PLACE = re.compile(
    r"\s*(?:(?:with|to|and)\s+)?(?:the\s+)?\s*(?:(?:in|at)\s+)?\s*(?:(?:later|earlier)\s+)?"
)


# An occasion the sentence before told, named again with the definite article (At the banquet,
# Kim thanked…; Leuthard told reporters after the talks that…): the sentence is set in it.
_OCCASION = (
    r"talks|meeting|meetings|banquet|dinner|lunch|luncheon|summit|ceremony|call|"
    r"news\s+conference|press\s+conference|visit|signing"
)
_AT_THE_OCCASION = re.compile(
    rf"\b(?:at|after|during|following)\s+(?:the|their|those|these)\s+(?P<noun>{_OCCASION})\b"
)
# How far the occasion's day may stand from its noun in the sentence before.
_OCCASION_REACH = 80


def _occasion_day(coding: Any, sentence: int) -> Timex | None:
    """The two leaders held talks on Monday and hosted a banquet in the evening. At the
    banquet, Kim thanked China…: a sentence with no time of its own that puts itself at (after,
    during) an occasion the sentence before dated has that occasion's day, not the lead's."""
    if sentence == 0:
        return None
    s, prev = coding.sentences[sentence], coding.sentences[sentence - 1]
    if prev.cjk:
        return None
    lower = coding.lower
    ref = _AT_THE_OCCASION.search(lower, s.start, s.end)
    if ref is None:
        return None
    noun = re.compile(rf"\b{ref.group('noun')}\b")
    days = _days_in(coding, prev)
    for told in noun.finditer(lower, prev.start, prev.end):
        near = [t for t in days if abs(t.start - told.start()) <= _OCCASION_REACH]
        if near:
            return min(near, key=lambda t: abs(t.start - told.start()))
    return None
