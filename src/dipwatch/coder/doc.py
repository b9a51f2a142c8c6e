"""What the coder's components read and write: one ``Coding`` per document.

Every span is a pair of character offsets into ``Document.text``; matching happens on ``norm``
(folded, same length), so a span found there is the same span in the original text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import TYPE_CHECKING, Protocol, TypeVar

from dipwatch.models import Document, Event

if TYPE_CHECKING:
    from dipwatch.coder.en_dates import Timex
    from dipwatch.coder.reference import Reference

#: The sort key of spans (mentions, matches) by where they start: read in C, not by a lambda
#: called for each item (every document sorts its mentions several times).
BY_START = attrgetter("start")


class _Spanned(Protocol):
    start: int


Spanned = TypeVar("Spanned", bound=_Spanned)


def starting_in(items: list[Spanned], lo: int, hi: int) -> Iterator[Spanned]:
    """The items (mentions, English time expressions) that start in ``[lo, hi)``, found by
    bisection: ``items`` are sorted by start, and a scan of a long document's every one for each
    clause or act made coding it quadratic."""
    i = bisect_left(items, lo, key=BY_START)
    while i < len(items) and items[i].start < hi:
        yield items[i]
        i += 1


@dataclass(slots=True)
class Sentence:
    """A sentence: ``[start, end)`` in the document, its index and its paragraph's index.

    >>> Sentence(0, 0, 12, 0).length
    12
    """

    index: int
    start: int
    end: int
    paragraph: int
    cjk: bool = True
    # Whether it is a headline, once ``dates.is_headline`` has worked it out (a dozen
    # components ask it of every sentence).
    headline: bool | None = field(default=None, compare=False, repr=False)

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(slots=True)
class DateMention:
    """A date expression and the day it names; a month or year is kept as its first day.

    ``after`` marks a date after the document's own (its period); ``marked`` a date the text
    marks as to come (将于, 预计, will); ``span`` one that only bounds a span or a deadline
    (2月9日前, 2019年以来); ``relative`` a word such as 昨天 or 上月; ``anterior`` a day told as
    already past at the time of its clause (宣布金正日已于 17 日去世): it dates that clause only;
    ``attributive`` one that says when a thing named came about (暂停实施 10 月 9 日公布的措施):
    it dates only an act named after it in its clause (10 月 7 日出台的出口管制新规).
    """

    start: int
    end: int
    day: date
    precision: str  # day | month | year
    after: bool = False
    marked: bool = False
    span: bool = False
    relative: bool = False
    anterior: bool = False
    attributive: bool = False


@dataclass(slots=True)
class Mention:
    """An actor phrase (``美国总统拜登``): its span, CAMEO actor code and country, if any.

    ``kind`` is the kind of its head (person, country, org, role, home, short); ``inert``
    marks a mention that never fills an actor slot: a capital used as a place (``在北京会见``)
    or a reporter (``据美国媒体报道``), which reports the act without doing it.
    """

    start: int
    end: int
    code: str
    country: str | None
    kind: str
    inert: bool = False


def fixed_actor(code: str | None, at: int) -> Mention | None:
    """A party named by its code alone: a zero-width mention at ``at`` (a rule's fixed actor,
    the home state a slot falls back on, the pair an item opens with)."""
    if not code:
        return None
    return Mention(at, at, code, code[:3], "fixed")


@dataclass(slots=True)
class Match:
    """One rule that fired on one sentence, before it becomes an Event."""

    rule: str
    code: str
    sentence: int
    start: int
    end: int
    source: Mention | None
    target: Mention | None
    confidence: float
    conditional: bool = False


@dataclass(slots=True)
class Coding:
    """The state a document carries through the pipeline; each component fills some fields."""

    document: Document
    reference: Reference
    norm: str = ""
    lower: str = ""
    genre: str = ""  # news | narrative: how the dates component anchors undated days
    home: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    sentence_dates: list[DateMention | None] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)  # English time expressions, with roles
    mentions: list[Mention] = field(default_factory=list)
    speakers: list[Mention | None] = field(default_factory=list)  # who speaks as each opens
    participants: list[Mention] = field(default_factory=list)  # with China at a gathering
    leads: list[tuple[str, str] | None] = field(default_factory=list)  # each sentence's item pair
    matches: list[Match] = field(default_factory=list)
    sourceless: list[Match] = field(default_factory=list)  # acts found with no doer named
    issues: list[tuple[str, ...]] = field(default_factory=list)
    # patterns: the issue ids of the terms its scan of each Chinese sentence read, None for a
    # sentence it did not read (``issues.IssueTerms``); None when it read none
    issue_words: list[list[tuple[str, ...]] | None] | None = field(default=None, repr=False)
    events: list[Event] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    _date_starts: tuple[list[DateMention], int, list[int]] | None = field(default=None, repr=False)
    # matches_of, first_match_from: how many matches are indexed, by sentence, by doer's id
    _match_index: tuple[int, dict[int, list[Match]], dict[int, Match]] = field(
        default_factory=lambda: (0, {}, {}), repr=False
    )
    # en_dates: the story's lead, and each sentence's day when it names none (by its index)
    story_lead: tuple[list[Timex], object, dict[int, object]] | None = field(
        default=None, repr=False
    )

    @property
    def text(self) -> str:
        return self.document.text

    def dates_within(self, start: int, end: int) -> list[DateMention]:
        """The dates that lie in ``[start, end)``, in text order: found by bisection, as every
        sentence and event asks, and a scan of all the dates made long texts quadratic.

        >>> from dipwatch.models import Document
        >>> c = Coding(Document(text="x"), None)  # type: ignore[arg-type]
        >>> c.dates = [DateMention(0, 3, None, "day"), DateMention(5, 9, None, "day")]  # type: ignore[arg-type]
        >>> [d.start for d in c.dates_within(4, 9)], c.dates_within(4, 8)
        ([5], [])
        """
        starts = self._starts()
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return [d for d in self.dates[lo:hi] if d.end <= end]

    def date_position(self, date: DateMention) -> int:
        """Where ``date`` (this very mention) is in :attr:`dates`; -1 when it is not there."""
        starts = self._starts()
        k = bisect_left(starts, date.start)
        while k < len(starts) and starts[k] == date.start:
            if self.dates[k] is date:
                return k
            k += 1
        return -1

    def matches_of(self, sentence: int) -> list[Match]:
        """The matches of sentence ``sentence``, in the order of :attr:`matches` (do not change
        the list): asked for every sentence and candidate, and a scan of all the matches told
        so far made long texts quadratic.

        >>> from dipwatch.models import Document
        >>> c = Coding(Document(text="x"), None)  # type: ignore[arg-type]
        >>> c.matches = [Match("a", "010", 0, 0, 1, None, None, 1.0), Match("b", "010", 2, 5, 6, None, None, 1.0)]
        >>> [m.rule for m in c.matches_of(2)], c.matches_of(1)
        (['b'], [])
        """
        return self._indexed()[0].get(sentence, [])

    def first_match_from(self, source: Mention) -> Match | None:
        """The first match in :attr:`matches` whose doer is ``source`` (this very mention) and
        that has a target."""
        return self._indexed()[1].get(id(source))

    def _indexed(self) -> tuple[dict[int, list[Match]], dict[int, Match]]:
        """The matches by sentence and by doer: :attr:`matches` only ever grows at its end (every
        component extends it), so only the matches added since the last call are read."""
        done, by_sentence, by_source = self._match_index
        if done < len(self.matches):
            for m in self.matches[done:]:
                by_sentence.setdefault(m.sentence, []).append(m)
                if m.source is not None and m.target is not None:
                    by_source.setdefault(id(m.source), m)
            self._match_index = (len(self.matches), by_sentence, by_source)
        return by_sentence, by_source

    def _starts(self) -> list[int]:
        """The dates' starts (the dates are in text order), worked out once per list."""
        known = self._date_starts
        if known is None or known[0] is not self.dates or known[1] != len(self.dates):
            known = self._date_starts = (self.dates, len(self.dates), [d.start for d in self.dates])
        return known[2]
