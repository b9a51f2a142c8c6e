"""``Matcher``: checks a pattern's elements outward from its trigger, on one sentence.

Words are found in a window beside the cursor (one automaton per word list), actors among the
sentence's mentions, nearest first and at most a few, and a gap must be short (dates do not
count) and, unless the pattern says ``…``, within one clause.

>>> _alternation(("called", "calls", "cancel")).pattern
'ca(?:ll(?:ed|s)|ncel)'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property, reduce
from operator import or_
from typing import Any

import ahocorasick

from dipwatch.coder.doc import Coding, Match, Mention, Sentence
from dipwatch.coder.rules import Pattern, Rule, RuleSet, needed_bits
from dipwatch.trie import trie_pattern

_CLAUSE = frozenset(",:;!?。;")
# (a comma between digits groups a number's thousands: 2,000 prisoners is no clause break)
# Written to open with the marks' class, the digits read behind and after the mark found: a
# regex that opens with an assertion is tried at every character of the gap (every gap of
# every slot of every pattern asks), one that opens with a class skips to the marks.
_CLAUSE_MARK = re.compile(f"[{re.escape(''.join(sorted(_CLAUSE)))}](?<!\\d,(?=\\d))")
_CANDIDATES = 4  # nearest candidates tried per element: enough, and bounded
# Where an English clause of another subject begins: a semicolon, or a comma before a verb of
# saying (…tariffs on dozens of countries, said on Friday that China…).
_NEW_CLAUSE = re.compile(r";|,\s+(?:said|says|told|added)\b")
#: A Chinese clause that opens with a month: another act's time.
# (次月 1 日, 同月 24 日: a month told relatively opens a clause of its own as well)
_MONTH_CLAUSE = re.compile(r"[,;]\s*(?:\d{1,2}\s*月|(?:次|同|当|翌|隔)月\s*\d)")
_THE = ("", "the")
#: A pattern's Chinese word that opens a longer word is not that word: the 同 of 同意, 同时,
#: 同样, 同期 is no 'with' (俄方同意乌方提出的会谈建议: no talks of Russia with Ukraine held),
#: while that of 同意大利 is (习近平同意大利总统…通电话), as 同日本 is.
#: So is the 就 of 就职, 就任 (李在明总统就职后…致贺电: no message sent 'on' anything).
_OPENS_LONGER = {"同": re.compile("意(?!大利)|时|样|期"), "就": re.compile("职|任")}
#: A pattern's Chinese word whose first character closes a longer noun or verb is not that word:
#: the 愿 of 宏愿, 心愿, 祝愿 is no will (文莱正朝着“2035宏愿”奋进，…推动中文合作: no pledge of
#: Brunei's; 良好祝愿和访华邀请: no 愿和).
_CLOSES_LONGER = {"愿": re.compile("[宏心夙宿祝请许还誓遗但]$")}
#: What joins the items of a Chinese list of actors (英国、法国和德国).
_LIST_JOINS = frozenset(("、", "和", "及", "与", "以及"))
# Words after which a pattern's actor is the one right behind them, however far the act is.
#: Words whose slot after them is the actor right after them, not the one nearest the next
#: element: a topic (对 X … 表示谴责) and a condition's subject (如果 X 攻击伊朗，伊朗将…打击:
#: X, not the state the condition's own verb names).
_TOPIC_MARKS = frozenset(("对", "就", "如果", "若", "一旦", "倘若", "假如"))


#: Ends the reason an act is given for (以…为由): an actor inside it does not do the act.
REASON = "为由"
#: The reason as a whole, told between the doers and the act (美国和欧盟再度以…所谓中毒事件为由，
#: 对俄罗斯采取制裁措施): an adverbial of the act, not a clause of its own, so it neither lengthens
#: the gap between them nor ends the clause with its comma; its words tell why, they neither
#: ask nor threaten. Its 以 is no 以色列, 以及, 以来…, nor the end of 可以, 予以, 难以…
#: (One span a sentence, ``Matcher.reasons``, for the gap, the doer and the checks.)
_PRETEXT = re.compile(
    r"(?:再度|再次|又|也|还|竟)?(?<![可予加难所足得])以(?!色列|及|来|上|下|后|前|外|内)"
    r"[^,。;:]{1,40}?为由"
)
#: Names the coder does not know, closed by 等 and a count, before the state they belong to
#: (对卢比奥、克鲁兹等 11 名美国人员实施制裁): the state heads the list, a slot's filler.
_LISTED_BEFORE = re.compile(
    r"[^，,。；;:：\d]{2,30}?等\s*(?:\d{1,4}|[一二两三四五六七八九十百几数多]{1,4})\s*[名家个位人]"
)


def whole_in_chinese(text: str, start: int, end: int) -> bool:
    """Is the Chinese word ``text[start:end]`` itself, not the opening or the close of a longer
    one (``_OPENS_LONGER``, ``_CLOSES_LONGER``)? A text's own test: read before a sentence's Matcher is built."""
    word = text[start:end]
    longer = _OPENS_LONGER.get(word)
    if longer is not None and longer.match(text, end):
        return False
    closing = _CLOSES_LONGER.get(word[:1])
    return closing is None or closing.search(text, max(start - 1, 0), start) is None


def window(automaton: Any, text: str, lo: int, hi: int) -> list[tuple[int, Any]]:
    """``automaton.iter`` over ``text[lo:hi]``, with end positions in ``text``. The automaton
    reads its whole string at each call, bounds or not, so a window of a long text is cut out
    first: else each sentence of a long document costs the whole document. A list, built at
    once, costs less than a generator resumed for each hit."""
    return [(end + lo, value) for end, value in automaton.iter(text[lo:hi])]


def matched_text(coding: Coding, lang: str) -> str:
    """What a language's rules are matched on: folded Chinese, lower-case English."""
    return coding.norm if lang == "zh" else coding.lower


class Matcher:
    """Checks patterns on one sentence: its text, its actors and its dates."""

    def __init__(
        self,
        coding: Coding,
        sentence: Sentence,
        ruleset: RuleSet,
        mentions: list[Mention],
        present: int | None = None,
    ):
        self.coding = coding
        self.s = sentence
        self.rules = ruleset
        self.text = matched_text(coding, ruleset.lang)
        self.mentions = mentions
        self.active = [m for m in mentions if not m.inert]  # those that may fill a slot
        self.dates = [_with_its_weekday(self.text, d.start, d.end)
                      for d in coding.dates_within(sentence.start, sentence.end)]  # fmt: skip
        self.english = ruleset.lang == "en"
        # The bits of the needed word lists found: given when the sentence was read for its
        # triggers (``patterns._scan``), else gathered on the first question.
        self._present: int | None = present
        self.cache: dict[object, object] = {}  # what a language's checks work out once per spot
        # actors_near by (cursor, limit, long, right): a trigger's patterns ask the same spots
        self._near: dict[tuple[int, int, bool, bool], list[Mention]] = {}
        # The acts told so far in the sentence (``patterns._sentence_matches`` fills it): a
        # ``followed`` target or a coordinated object reads them.
        self.found: list[Match] = []
        # How to work out ``carry``: set by a language's ``prepare``.
        self.lend: Callable[[], tuple[Mention, Mention | None] | None] = _nothing

    @cached_property
    def carry(self) -> tuple[Mention, Mention | None] | None:
        """(source, target) lent by the sentence before (双方表示…: see ``carry.carried``),
        worked out on first use: most sentences have no candidate that asks."""
        return self.lend()

    def gap_ok(self, lo: int, hi: int, limit: int, long: bool) -> bool:
        """Is ``[lo, hi)`` short enough (dates do not count) and, if short, one clause?"""
        if not self.english and self.text.find(REASON, lo, hi) >= 0:  # (no slice a call)
            return self._gap_ok_past_reason(lo, hi, limit, long)
        return self._gap_ok_plain(lo, hi, limit, long)

    def _gap_ok_plain(self, lo: int, hi: int, limit: int, long: bool) -> bool:
        size = hi - lo
        if size > limit and self.dates:
            size -= sum(min(e, hi) - max(s, lo) for s, e in self.dates if s < hi and e > lo)
        if size > limit:
            return False
        if long:  # a long gap may run over commas, but not into another speaker's clause,
            # nor into a Chinese clause that opens with a month of its own (4 月出访…，5 月赴…)
            if self.english:
                return _NEW_CLAUSE.search(self.text, lo, hi) is None
            return _MONTH_CLAUSE.search(self.text, lo, hi) is None
        return _CLAUSE_MARK.search(self.text, lo, hi) is None

    def _gap_ok_past_reason(self, lo: int, hi: int, limit: int, long: bool) -> bool:
        """``gap_ok`` with the reason the act is given for (以…为由，) left out of the gap."""
        start, end = next(((a, b) for a, b in self.reasons() if lo <= a and b <= hi), (-1, -1))
        if end < hi - 2:  # (no reason, or one that does not end the gap: 为由 and its comma)
            return self._gap_ok_plain(lo, hi, limit, long)
        if end < hi and self.text[end] == ",":
            end += 1
        size = hi - lo - (end - start)
        if size > limit:
            return False
        rest = self.text[lo:start] + self.text[end:hi]
        return (_MONTH_CLAUSE if long else _CLAUSE_MARK).search(rest) is None

    def reasons(self) -> list[tuple[int, int]]:
        """Each reason an act of the sentence is given for (以…为由), from its 以 (or the adverb
        before it) to the end of 为由; found once a sentence, none in English."""
        found = self.cache.get(REASON)
        if found is None:
            found = self.cache[REASON] = (
                [] if self.english or self.text.find(REASON, self.s.start, self.s.end) < 0
                else [m.span() for m in _PRETEXT.finditer(self.text, self.s.start, self.s.end)]
            )  # fmt: skip
        return found  # type: ignore[return-value]

    def _after_list(self, lo: int, hi: int, limit: int, long: bool) -> bool:
        """Is ``[lo, hi)``, between a word and the slot after it, short enough once the
        earlier items of the slot's list are left out (同 巴基斯坦…达尔、 印度…多瓦尔 通电话: the
        slot is the list's last item, as a list's doers and partners are found from it)?"""
        if long or self.english or not self.text.endswith("、", 0, hi):
            return False  # (a long gap may hold a list already)
        covered = self._listed_before(lo, hi)
        return covered > 0 and self.gap_ok(lo, hi, limit + covered, long)

    def _listed_before(self, lo: int, hi: int) -> int:
        """How much of ``[lo, hi)`` the actors listed before a slot's take (王毅分别同巴基斯坦外长
        达尔、印度国家安全顾问多瓦尔通电话): a list is one slot, whose items (known actors, with
        titles and names) are not the gap; 0 when the gap holds anything but such a list."""
        covered, pos = 0, lo
        for m in self.active:
            if m.end <= lo:
                continue
            if m.start >= hi or m.end > hi:
                break
            joiner = self.text[pos : m.start].strip()
            if joiner not in _LIST_JOINS and (joiner or pos != lo):  # the first item may open it
                return 0
            covered, pos = covered + m.end - m.start, m.end
        return covered

    def _listed(self, lo: int, hi: int) -> bool:
        """Is ``[lo, hi)``, between a word and the actor after it, a list of names the coder
        does not know closed by 等 and a count (对卢比奥、克鲁兹等 11 名美国人员): the actor
        heads the list, as if right after the word?"""
        return not self.english and _LISTED_BEFORE.fullmatch(self.text, lo, hi) is not None

    def _whole(self, start: int, end: int) -> bool:
        if not self.english:
            return whole_in_chinese(self.text, start, end)
        t = self.text
        # free-trade is not free: a hyphen binds English words too.
        return (start == 0 or not (t[start - 1].isalnum() or t[start - 1] == "-")) and (
            end >= len(t) or not (t[end].isalnum() or t[end] == "-")
        )

    def actors_near(self, cursor: int, limit: int, long: bool, right: bool) -> list[Mention]:
        """Actor phrases that could fill a slot next to ``cursor``, nearest first."""
        found: list[Mention] = []
        # Mentions do not overlap, so a gap only grows with distance: the first one too far
        # ends the search.
        if right:
            placed = None  # read at the first inert mention: most sentences have none
            for m in self.mentions:
                if m.start < cursor:
                    continue
                if m.inert:
                    if placed is None:
                        placed = self._placed(cursor)
                    if not (placed and self.text[cursor : m.start].strip() in _THE):
                        continue
                if not self.gap_ok(cursor, m.start, limit, long):
                    break
                found.append(m)
                if len(found) == _CANDIDATES:
                    break
        else:
            for m in reversed(self.mentions):
                if m.end > cursor or m.inert:
                    continue
                if not self.english and self._in_reason(m, cursor):
                    continue  # 以协助北韩洗钱为由制裁…: named in the reason, not the doer
                if not self.gap_ok(m.end, cursor, limit, long):
                    break
                found.append(m)
                if len(found) == _CANDIDATES:
                    break
        short = self._short(cursor if right else cursor - 1, right)
        return [*found, short] if short else found

    def _in_reason(self, m: Mention, cursor: int) -> bool:
        """Is ``m`` named inside a reason (以…为由) that ends before ``cursor``? Not when the
        reason opens after it: then ``m`` is who gives the reason (美国以…为由，对俄罗斯…)."""
        return any(a <= m.start and m.end <= b <= cursor for a, b in self.reasons())

    def _placed(self, cursor: int) -> bool:
        """Does the pattern itself end in a locative (arrived in Amman)? Then the place after
        it, otherwise inert, may fill the slot."""
        if not self.english:
            return False
        locative = self.rules.lexicon["locative"]
        if self.text[max(cursor - 3, 0) : cursor].endswith(locative):
            return True
        # …or a longer one (three characters held "in " and "at ", never "near "; coder-en51)
        return self.text[max(cursor - 8, 0) : cursor].rstrip().rsplit(" ", 1)[-1] in locative

    def _short(self, at: int, right: bool) -> Mention | None:
        """A one-character short form right beside a trigger word (俄谴责美煽动) is an actor when
        it is one of ``adjacent_shorts`` and its other side is a clause edge (or, after the
        trigger, one of ``short_after``)."""
        if self.english or not (self.s.start <= at < self.s.end):
            return None
        if right and self.text[at] == "了" and at + 1 < self.s.end:
            at += 1  # 打击了俄5个: the aspect mark stands between the trigger and its target
        lex = self.rules.lexicon
        char = self.text[at]
        if char not in lex["adjacent_shorts"] or any(m.start <= at < m.end for m in self.mentions):
            return None
        if right:
            nxt = self.text[at + 1 : at + 2]
            if nxt and _is_word(nxt) and nxt not in lex["short_after"]:
                return None
        elif at > self.s.start and _is_word(self.text[at - 1]):
            return None
        candidates = self.coding.reference.actors.short_chars.get(char, ())
        if not candidates:
            return None
        named = {m.country for m in self.coding.mentions}
        country = next((c for c in candidates if c in named), candidates[0])
        return Mention(at, at + 1, country, country, "short")

    def words_near(self, words: tuple[str, ...], cursor: int, limit: int, long: bool, right: bool):
        """Spans of any of ``words`` that could follow (or precede) ``cursor``, nearest first."""
        found: list[tuple[int, int]] = []
        finder, longest = _finder_and_longest(words)
        if right:  # a word may start anywhere up to hi
            lo, hi = cursor, min(self.s.end, cursor + limit + 24)
            stop = min(hi + longest, self.s.end)
        else:  # and must end by the cursor
            lo, stop = max(self.s.start, cursor - limit - 24), cursor
        for last, length in window(finder, self.text, lo, stop):
            pos, end = last + 1 - length, last + 1
            if right and pos > hi:
                continue
            if self._whole(pos, end) and (
                self.gap_ok(cursor, pos, limit, long) if right
                else self.gap_ok(end, cursor, limit, long) or self._listed(end, cursor)
                or self._after_list(end, cursor, limit, long)
            ):  # fmt: skip
                found.append((pos, end))
        found.sort(key=lambda span: (span[0], -span[1]) if right else (-span[1], span[0]))
        return found[:_CANDIDATES]

    def verify(self, rule: Rule, pattern: Pattern, a: int, b: int):
        """(slots, left edge, right edge) when the whole pattern holds around ``[a, b)``."""
        slots: dict[str, Mention] = {}
        right = self._walk(rule, pattern, pattern.anchor + 1, b, True, slots)
        if right is None:
            return None
        left = self._walk(rule, pattern, pattern.anchor - 1, a, False, slots)
        if left is None:
            return None
        return slots, left, right

    def _walk(self, rule: Rule, pattern: Pattern, i: int, cursor: int, right: bool,
              slots: dict[str, Mention]) -> int | None:  # fmt: skip
        """Match elements from ``i`` outward, trying nearer candidates first (backtracking);
        the far edge reached, or None."""
        els = pattern.elements
        if i < 0 or i >= len(els):
            return cursor
        el = els[i]
        long = el.long if right else els[i + 1].long
        limit = rule.long_gap if long else rule.gap
        step = 1 if right else -1
        if el.slot:
            key = (cursor, limit, long, right)
            near = self._near.get(key)
            if near is None:  # (the list is only read)
                near = self._near[key] = self.actors_near(cursor, limit, long, right)
            if long and not right and i > 0 and _TOPIC_MARKS.intersection(els[i - 1].words):
                near = near[::-1]  # 对 X … 表示谴责, 如果 X … 将: X is right after 对, 如果
            for m in near:
                edge = self._walk(
                    rule, pattern, i + step, m.end if right else m.start, right, slots
                )
                if edge is not None:
                    slots[el.slot] = m
                    return edge
            if el.required:
                return None
        else:
            for start, end in self.words_near(el.words, cursor, limit, long, right):
                edge = self._walk(rule, pattern, i + step, end if right else start, right, slots)
                if edge is not None:
                    return edge
            if not el.optional:
                return None
        return self._walk(rule, pattern, i + step, cursor, right, slots)

    def present(self, needs: tuple[int, ...]) -> bool:
        """Does one word of each list a pattern needs occur in the sentence? All lists are
        looked for in one pass, on the first question: the lists found are bits of one number
        (a word's lists are one mask in the automaton), cheaper to gather than a set of ids."""
        if not needs:
            return True
        wanted = needs_mask(needs)
        return self.present_bits() & wanted == wanted

    def present_bits(self) -> int:
        """The bits of the needed word lists (``present``) of which a word is in the sentence,
        gathered on the first question."""
        found = self._present
        if found is None:
            found = self._present = needed_bits(self.rules, self.text, self.s.start, self.s.end)
        return found

    def actor_before(self, at: int) -> Mention | None:
        """The last of ``active`` to end at or before ``at`` (a clause's head, a subject)."""
        return next((m for m in reversed(self.active) if m.end <= at), None)

    def last_of(self, words: tuple[str, ...], lo: int, hi: int) -> int:
        """Where the last of ``words`` to start inside ``[lo, hi)`` starts, or -1; one regex
        tells first whether any is there at all (most often none is)."""
        if not words or _alternation(words).search(self.text, lo, hi) is None:
            return -1
        return max(self.text.rfind(w, lo, hi) for w in words)

    def in_sentence(self, regex: re.Pattern[str]) -> bool:
        """Does ``regex`` match anywhere in the sentence? Searched once a sentence (``cache``):
        a step that needs a word most sentences lack asks it for every candidate."""
        found = self.cache.get(regex)
        if found is None:
            found = self.cache[regex] = (
                regex.search(self.text, self.s.start, self.s.end) is not None
            )
        return found  # type: ignore[return-value]

    def has_any(self, words: tuple[str, ...], lo: int, hi: int, exceptions=()) -> bool:
        """Does one of ``words`` occur in ``[lo, hi)``, not as part of an exception word?"""
        text = self.text
        if not words or _alternation(words).search(text, lo, hi) is None:
            return False
        for w in words:
            pos = text.find(w, lo, hi)
            while pos >= 0:
                if self._whole(pos, pos + len(w)) and not any(
                    text.startswith(x, pos - x.find(w)) for x in exceptions if w in x
                ):
                    return True
                pos = text.find(w, pos + 1, hi)
        return False


_MASKS: dict[tuple[int, ...], int] = {}


def needs_mask(ids: tuple[int, ...]) -> int:
    """The bits of the word lists ``ids`` (as ``rules.need_words`` numbers them)."""
    found = _MASKS.get(ids)
    if found is None:
        found = _MASKS[ids] = reduce(or_, (1 << i for i in ids), 0)
    return found


_ALTERNATIONS: dict[tuple[str, ...], re.Pattern[str]] = {}
_FINDERS: dict[tuple[str, ...], tuple[Any, int]] = {}


def _finder(words: tuple[str, ...]) -> Any:
    """An automaton that finds every occurrence of ``words`` (overlapping ones too) in one pass,
    built once per word list: an element lists up to fifty verb forms."""
    return _finder_and_longest(words)[0]


def _finder_and_longest(words: tuple[str, ...]) -> tuple[Any, int]:
    """``_finder(words)`` and the length of the longest of ``words``, worked out with it: a
    pattern's element is looked for at each trigger, and its fifty verb forms were measured
    again for each look."""
    found = _FINDERS.get(words)
    if found is None:
        automaton = ahocorasick.Automaton()
        for w in words:
            automaton.add_word(w, len(w))
        automaton.make_automaton()
        found = _FINDERS[words] = (automaton, max(map(len, words), default=0))
    return found


def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for "any of ``words``", compiled once per word list: a quick test whether a
    window holds any of them at all before each is looked for on its own. Written as a trie
    (words that share a beginning share its branch): where a word may start, ``re`` follows
    one branch a character instead of trying every word in turn (the 31 words of what undoes
    an act, asked at every trigger, cost about half as much)."""
    found = _ALTERNATIONS.get(words)
    if found is None:
        found = _ALTERNATIONS[words] = re.compile(trie_pattern(words))
    return found


def _nothing() -> None:
    return None


def _is_word(char: str) -> bool:
    """A letter, digit or CJK character (not punctuation or space)."""
    return char.isalnum()


#: A weekday before a day in brackets (上周六（14 日）): the words of one date.
_WEEKDAY_OPEN = re.compile(r"(?:本|上|下|上个)?(?:周|星期)[一二三四五六日天]\s*\(\s*$")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _with_its_weekday(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a day with the weekday it is told by (上周六（14 日）): a gap that holds
    the date holds all of it, as it holds a date told without a weekday."""
    if not text[max(0, start - 8) : start].rstrip().endswith("("):
        return start, end  # (most dates: one string test, not two regexes, per sentence read)
    opened = _WEEKDAY_OPEN.search(text, max(0, start - 8), start)
    closed = _BRACKET_CLOSE.match(text, end)
    if opened is None or closed is None:
        return start, end
    return opened.start(), closed.end()
