"""Chinese: a planned contact named as a noun by its parties' short forms (issue 10, the
anatomy of the dev misses in eval/README.md: intent, 03x).

A meeting still to come is often told as a noun whose parties are a run of one-character short
forms, with no verb that has them as subject: 下一轮乌美俄三方会谈预计于27日前后举行, 美方提议
举行乌美俄国家安全事务助理会谈, 俄美首脑会晤的筹备工作还在继续. The party that tells of the
plan or makes it (the first actor of the sentence that is one of the run's states: the speaker,
the proposer) means to meet each other party of the run (036, dated on the day it is told,
``event_dates``). Left alone: a run no party of which speaks in the sentence (a third party's
report of others' plans), and a plan negated, cancelled or put on a condition.

>>> from datetime import date
>>> from dipwatch.coder import code_document
>>> from dipwatch.models import Document
>>> doc = Document("俄方23日表示，俄美首脑会晤的筹备工作正在进行。", published=date(2025, 10, 23))
>>> [(e.source_actor[:3], e.code, e.target_actor[:3]) for e in code_document(doc)]
[('RUS', '036', 'USA')]
"""

from __future__ import annotations

import bisect
import re
from operator import attrgetter

from dipwatch.coder.doc import Coding, Match, Mention
from dipwatch.coder.memo import per_table
from dipwatch.coder.zh_actors import pick

#: The contact a run of short forms names (俄美首脑会晤, 乌美俄三方会谈).
_CONTACT_NOUNS = "首脑会晤|元首会晤|首脑会议|峰会|会晤|会谈|谈判|磋商|对话"
#: What may stand between the run and the noun: its count, then a title of those meeting.
_BETWEEN = r"(?:三方|双方|两国|三国|四方)?[\u4e00-\u9fff]{0,10}?"
#: A plan: made or proposed right before the run (提议举行), or told of the noun after it
#: (预计于…举行, 将于…举行, 的筹备工作).
_PLAN_BEFORE = re.compile(
    r"(?:提议|建议|计划|准备|筹备|商定|同意|决定|拟|将|即将)(?:在[^，,]{1,8})?(?:举行|召开|进行)?"
    r"(?:下一轮|新一轮|新的一轮|第[一二三四五六七八九十\d]+轮|首次|首轮)?$"
)
_PLAN_AFTER = re.compile(r"^(?:的)?(?:筹备|预计|预定|将于|将在|将|拟于|拟|定于|有望|计划)")
#: A plan negated, cancelled or in doubt anywhere in its clause.
#: (不 of a longer word negates nothing: 不久, 不断, 不仅, 不但, 不同.)
_NOT_PLANNED = re.compile("不(?![久断仅但同])|未|没有|拒绝|取消|推迟|暂停|中止|是否|能否|可能")
#: Beside the lexicon's ``if_words``: a plan held only unless something happens (除非…).
_UNLESS = "除非"
_CLAUSE_END = "，,。；;：:！？!?\n"
#: The party that may tell of or make the plan stands before it within this many characters.
_REACH = 60


def code_planned_contacts(coding: Coding) -> None:
    """Add an intent to meet (036) from the party that tells of a planned contact named by a
    run of short forms to each other party of the run."""
    for start, end, states in _planned_runs(coding):
        i = _sentence_of(coding, start)
        if i is None:
            continue
        doer = _teller(coding, i, start, end, states)
        if doer is None:
            continue
        done = _coded_pairs(coding, i)
        coding.matches.extend(
            Match("zh.036.planned_contact+future", "036", i, start, end, doer,
                  Mention(start, end, other, other, "fixed"), 0.6)
            for other in states
            if other != doer.country and frozenset((doer.country, other)) not in done
        )  # fmt: skip


def _planned_runs(coding: Coding) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, states) of each run of short forms that names a contact planned in its
    clause (the run's span: start of the run to the end of the noun)."""
    lex = coding.reference.actors
    chars = getattr(lex, "short_chars", None)
    if not chars:
        return []
    norm, found = coding.norm, []
    runs = per_table(chars, "planned_runs", lambda: _run_pattern("".join(sorted(chars))))
    for m in runs.finditer(norm):
        lo, hi = _clause(norm, m.start()), _clause_end(norm, m.end())
        before, after = norm[lo : m.start()], norm[m.end() : hi]
        if not (_PLAN_BEFORE.search(before) or _PLAN_AFTER.search(after)):
            continue  # (most runs: 中美会谈 held, no plan; read before the mentions are)
        states = _states(coding, chars, m.start(1), m.group(1))
        if states is None or _inside_name(coding, m.start(), m.end(1)):
            continue
        if _NOT_PLANNED.search(norm, lo, hi) or _conditional(coding, lo, hi):
            continue
        found.append((m.start(), m.end(), states))
    return found


def _conditional(coding: Coding, lo: int, hi: int) -> bool:
    """Is the clause ``[lo, hi)`` or one before it in its sentence a condition (如果…，…会晤将
    举行)? An if-word that begins a longer word (若干, 若昂: the lexicon's
    ``conditional_exceptions``) is none."""
    i = _sentence_of(coding, lo)
    first = coding.sentences[i].start if i is not None else lo
    lex, norm = coding.reference.rules["zh"].lexicon, coding.norm
    longer = tuple(lex["conditional_exceptions"])
    for word in (*lex["if_words"], _UNLESS):
        at = norm.find(word, first, hi)
        while at >= 0:
            if not norm.startswith(longer, at):
                return True
            at = norm.find(word, at + 1, hi)
    return False


def _run_pattern(chars: str) -> re.Pattern[str]:
    return re.compile(f"([{re.escape(chars)}]{{2,4}}){_BETWEEN}(?:{_CONTACT_NOUNS})")


def _states(coding: Coding, chars: dict[str, tuple[str, ...]], at: int,
            run: str) -> tuple[str, ...] | None:  # fmt: skip
    """The states of a run (俄美: RUS, USA): as the actors component read each short form
    there, else as it reads an ambiguous one (the state the document names in full, 乌 beside
    乌克兰); None when two forms name one state."""
    read = {m.start: m.country for m in coding.mentions if m.end - m.start == 1}
    named = {m.country for m in coding.mentions}
    states: list[str] = []
    for k, ch in enumerate(run):
        state = read.get(at + k) or pick(chars.get(ch, ()), named)
        if state in states:
            return None
        states.append(state)
    return tuple(states)


def _inside_name(coding: Coding, a: int, b: int) -> bool:
    """Is a character of the run part of a longer actor name (美国, 中美洲)? Not one of 国家
    (乌美俄国家安全事务助理: the states' national security advisers, no 俄国)."""
    norm = coding.norm
    return any(m.start < b and a < m.end and m.end - m.start > 1
               and not (norm[m.end - 1] == "国" and norm[m.end : m.end + 1] == "家")
               for m in coding.mentions)  # fmt: skip


def _clause(norm: str, at: int) -> int:
    # Looked for in a window that doubles: a mark the text does not have again before ``at``,
    # looked for back to the text's start each time, made long texts quadratic.
    lo, width = at, 64
    while True:
        lo = max(0, lo - width)
        found = max(norm.rfind(ch, lo, at) for ch in _CLAUSE_END)
        if found >= 0 or lo == 0:
            return found + 1
        width *= 2


def _clause_end(norm: str, at: int) -> int:
    found = _CLAUSE_MARK.search(norm, at)
    return found.start() if found else len(norm)


_CLAUSE_MARK = re.compile(f"[{re.escape(_CLAUSE_END)}]")


def _sentence_of(coding: Coding, at: int) -> int | None:
    i = bisect.bisect_right(coding.sentences, at, key=attrgetter("start")) - 1
    return i if i >= 0 and at < coding.sentences[i].end else None


def _teller(coding: Coding, i: int, start: int, end: int,
            states: tuple[str, ...]) -> Mention | None:  # fmt: skip
    """The party that makes the plan or tells of it, one of the run's states (not its media, who
    only report it): the last one of the run's own clause before it (美方提议举行…), else the
    first one of the sentence before it (within ``_REACH``: the speaker), else after it."""
    s = coding.sentences[i]
    near = [m for m in coding.mentions if s.start <= m.start and m.end <= s.end
            and not m.inert and m.country in states and not (start <= m.start < end)
            and m.code[3:6] != "MED"]  # fmt: skip
    before = [m for m in near if m.end <= start and start - m.end <= _REACH]
    lo = _clause(coding.norm, start)
    own = [m for m in before if m.start >= lo]  # 乌方表示，…，美方在会谈中提议举行…: the proposer
    return (own[-1:] or before or [m for m in near if m.start >= end] or [None])[0]


def _coded_pairs(coding: Coding, i: int) -> set[frozenset[str | None]]:
    """The pairs an intent or a contact of the sentence already joins."""
    return {frozenset((m.source.country, m.target.country)) for m in coding.matches_of(i)
            if m.code[:2] in ("03", "04") and m.source and m.target}  # fmt: skip
