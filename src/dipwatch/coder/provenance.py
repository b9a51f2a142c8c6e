"""The ``provenance`` component: matches become Events tied to where they came from.

Every event carries the document id, the sentence's index and text, and ``span_start`` /
``span_end``: the offsets in the document of the **trigger** (the words that fired the rule).
The sentence's own span, the trigger's text and the actors' texts are in ``extra``.
Codes, roots, quad classes and Goldstein values come from the CAMEO codebook. A match with no
date at all (no expression in its paragraph, no document date) is not emitted but counted.

One act is one event in a document: an act told again (a round-up's headline and its body,
the lead of a readout and its details, what one side said to the other in several sentences)
gives the events of the same actor pair and CAMEO root (a symmetric act either way round; in
root 05 the same code, since praise and a joint statement are two acts) the
first time each is told with a date of its own; a retelling without one is dropped
(``retold`` in the counts). In a narrative, the ``narrative`` component does this.
"""

from __future__ import annotations

from dipwatch.coder.dates import is_headline
from dipwatch.coder.doc import Coding, Match
from dipwatch.coder.en_origins import travel_within_host
from dipwatch.coder.english import one_event_per_act
from dipwatch.coder.event_dates import SPOKEN_ROOTS, event_date
from dipwatch.coder.genre import NEWS
from dipwatch.coder.selection import MESSAGES, SENDER_LISTS, SYMMETRIC
from dipwatch.coder.zh_respective import respective_day
from dipwatch.coder.zh_side_reports import side_reports_own_force
from dipwatch.models import Event

#: Roots of acts made by saying the words (reproach, accusation, rejection): a day inside the
#: words said after their sayer dates what the words tell, not the act.
_SAID_ACTS = frozenset(("11", "12"))


def attach_provenance(coding: Coding) -> None:
    """Fill ``coding.events`` from ``coding.matches``."""
    doc_id = coding.document.doc_id if coding.matches else None  # a hash: only if asked
    own: list[bool] = []
    for match in coding.matches:
        made = event_of(coding, match, doc_id)
        if made is None:
            coding.counts["undated"] += 1
            continue
        event, told = made
        own.append(told)
        coding.events.append(event)
    chinese = {s.index for s in coding.sentences if s.cjk}
    # A narrative's retellings are read by the ``narrative`` component, which weighs their dates.
    kept = coding.events
    if coding.genre == NEWS:
        kept = once_per_act(kept, own, chinese, days_lent(coding, own))
        kept = shows_in_force(told_in_body(coding, kept), chinese)
    coding.counts["retold"] += len(coding.events) - len(kept)
    if coding.genre == NEWS:  # (a journey inside the state visited: that visit going on)
        on_the_way = travel_within_host(kept, chinese)
        coding.counts["visit_going_on"] += len(kept) - len(on_the_way)
        kept = on_the_way
    before = len(kept)
    coding.events = one_event_per_act(kept, chinese)
    coding.counts["same_act"] += before - len(coding.events)
    coding.counts["events"] += len(coding.events)


def event_of(coding: Coding, match: Match, doc_id: str | None) -> tuple[Event, bool] | None:
    """The Event a match gives, dated as every act is, and whether its day is told in its own
    sentence; None when nothing dates it. (Also the learned fallback's way to make events.)"""
    doc = coding.document
    intent = match.rule.endswith("+future")
    # A reproach the speaker makes in words that name a day: the day is theirs (said_by).
    said_by = match.source.end if match.source and match.code[:2] in _SAID_ACTS else -1
    spoken = match.code[:2] in SPOKEN_ROOTS
    aimed = match.target.code if match.target else None
    dated = event_date(
        coding, match.sentence, match.start, match.end, intent, said_by, spoken, aimed
    )
    if dated is None:
        return None
    day, precision, told = dated
    # (分别于 8 月 7 日、10 月 10 日和 23 日…与格林纳达、利比里亚和伯利兹: one day each)
    respective = respective_day(coding, match)
    if respective is not None:
        day, precision = respective
    sentence = coding.sentences[match.sentence]
    info = coding.reference.codebook.get(match.code)
    event = Event(
        date=day,
        code=match.code,
        source_actor=match.source.code if match.source else None,
        target_actor=match.target.code if match.target else None,
        origin="text",
        date_precision=precision,
        root=info.root if info else match.code[:2],
        quad_class=info.quad_class if info else None,
        goldstein=info.goldstein if info else None,
        issues=coding.issues[match.sentence] if coding.issues else (),
        doc_id=doc_id,
        sentence=match.sentence,
        text=doc.text[sentence.start : sentence.end],
        span_start=match.start,
        span_end=match.end,
        pattern=match.rule,
        confidence=round(match.confidence, 3),
        url=doc.url,
        extra=_extra(coding, match),
    )
    return event, told


def told_in_body(coding: Coding, events: list[Event]) -> list[Event]:
    """A round-up's headline repeats its story (以色列空袭叙境内…目标 over 以军袭击了…杰哈德的
    军事院落): its event goes when the story's body tells an act of the same root by the same
    state, whoever the body's first paragraph names as its object; later in the story only
    an act on the same state stands for it (也门胡塞武装称袭击以色列船只… is not told again by the
    last paragraph's drones from Yemen downed by French warships)."""
    heads = [s.index for s in coding.sentences if is_headline(coding.norm, s)]
    if not heads:
        return events
    ends = dict(zip(heads, [*heads[1:], len(coding.sentences)], strict=True))
    told: dict[tuple[object, ...], list[Event]] = {}
    for e in events:
        told.setdefault((e.sentence, e.root, (e.source_actor or "")[:3]), []).append(e)
    paragraph = [s.paragraph for s in coding.sentences]

    def retold(e: Event) -> bool:
        i = e.sentence
        first = paragraph[i + 1] if i + 1 < ends[i] else None
        for j in range(i + 1, ends[i]):
            # A body act of another code (114 after a headline's 111) is another act, no
            # retelling: the headline stands for the body's same act, folded into it.
            objects = {(o.target_actor or "")[:3]
                       for o in told.get((j, e.root, (e.source_actor or "")[:3]), ())
                       if _one_act(o, e) and not _armed_and_state(o, e)}  # fmt: skip
            if objects and (paragraph[j] == first or (e.target_actor or "")[:3] in objects):
                return True
        return False

    return [e for e in events if e.sentence not in ends or not retold(e)]


def shows_in_force(events: list[Event], chinese: set[int]) -> list[Event]:
    """以军闯入巴拉塔难民营。…以军在当地打死了两名巴勒斯坦人: a show of force (root 15: a raid,
    an incursion) whose doer uses force on the same side that day is part of that force, one
    act per direction and day; only Chinese sentences are read so.

    >>> from datetime import date
    >>> raid = Event(date(2024, 6, 3), "150", "ISRMIL", "PSE", sentence=1)
    >>> kill = Event(date(2024, 6, 3), "190", "ISRMIL", "PSE", sentence=2)
    >>> [e.code for e in shows_in_force([raid, kill], {1, 2})]
    ['190']
    """
    forced = {_force_key(e) for e in events if e.root == "19" and e.sentence in chinese}
    return [e for e in events
            if not (e.root == "15" and e.sentence in chinese and _force_key(e) in forced)]  # fmt: skip


def _force_key(e: Event) -> tuple[str, str, object]:
    return (e.source_actor or "")[:3], (e.target_actor or "")[:3], e.date


def days_lent(coding: Coding, own: list[bool]) -> list[bool]:
    """For each event, was it force whose sentence names no date at all and whose day is that
    of force the sentence right before, in its paragraph, told with a date of its own, another
    day than the item's (27日晚开始，俄军…袭击乌克兰多地。乌军击落71架无人机: the 27th)? Such force
    is that day's, not a retelling of the same pair's force told with the item's day."""
    told_on = {(e.sentence, e.date) for e, mine in zip(coding.events, own, strict=True)
               if mine and e.root in _ONE_FIGHT}  # fmt: skip
    return [
        _day_lent(coding, e, told_on) or side_reports_own_force(coding, e) for e in coding.events
    ]


def _day_lent(coding: Coding, event: Event, told_on: set[tuple[object, object]]) -> bool:
    """``days_lent`` for one event; ``told_on``: (sentence, day) of force told with its own
    date."""
    i = event.sentence
    if (
        i is None
        or i == 0
        or event.root not in _ONE_FIGHT
        or event.date == coding.document.published
        or (i - 1, event.date) not in told_on
    ):
        return False
    s, before = coding.sentences[i], coding.sentences[i - 1]
    return before.paragraph == s.paragraph and not coding.dates_within(s.start, s.end)


def once_per_act(
    events: list[Event],
    own: list[bool],
    chinese: set[int] | None = None,
    lent: list[bool] | None = None,
) -> list[Event]:
    """The events of a document, an act told several times kept once (see the module
    docstring); ``own[i]`` says whether ``events[i]`` was dated by its own sentence. Acts of
    one root told together in one sentence are distinct (制裁…并驱逐: 163 and 166). Only the
    events of the ``chinese`` sentences (all when None) are read so; the others are kept.

    >>> from datetime import date
    >>> a = Event(date(2022, 2, 8), "195", "ISR", "PSE", sentence=0)
    >>> b = Event(date(2022, 2, 9), "190", "ISR", "PSE", sentence=1)
    >>> c = Event(date(2022, 2, 8), "041", "CHN", "RUS", sentence=2)
    >>> d = Event(date(2022, 2, 8), "041", "RUS", "CHN", sentence=3)
    >>> [e.code for e in once_per_act([a, b, c, d], [True, False, True, True])]
    ['195', '041']
    """
    told: dict[tuple[object, ...], list[Event]] = {}
    kept = [e for e in events if chinese is not None and e.sentence not in chinese]
    lent = lent if lent is not None else [False] * len(events)
    if kept:
        rows = [r for r in zip(events, own, lent, strict=True) if r[0].sentence in chinese]
        events, own, lent = [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]
    occasion = occasions(events)
    keys = [(*_act_key(e), k) for e, k in zip(events, occasion, strict=True)]
    retold = _plans_retold(events, own, keys)
    for event, dated, key in zip(events, own, keys, strict=True):
        if (
            dated
            and id(event) not in retold
            and _new(told.setdefault((key, event.date), []), event)
        ):
            kept.append(event)
    named = {key for (key, _), same in told.items() if not _recalled(same)}
    for event, dated, key, day in zip(events, own, keys, lent, strict=True):
        if dated or id(event) in retold:
            continue
        if key not in named:
            if _new(told.setdefault((key,), []), event):
                kept.append(event)
        elif day and _new(told.setdefault((key, event.date), []), event):
            kept.append(event)  # another day's force (``days_lent``): one event per day and side
        elif not day and _another_act(told, key, event):
            kept.append(event)  # 中方坚决反对…。中方已在世贸组织起诉美方…: 111, then 115
    return sorted(kept, key=lambda e: (e.sentence or 0, e.span_start or 0))


def _another_act(told: dict[tuple[object, ...], list[Event]], key: object, event: Event) -> bool:
    """Is ``event``, told without a date of its own, of a pair and root already told, another
    act than every telling of them (``_retelling``), whatever day each names (added if so)?"""
    same = [o for k, tellings in told.items() if k[0] == key for o in tellings]
    # A message told again without a day is its sender's told before, whoever is named.
    if any(_retelling(o, event) for o in same):
        return False
    told.setdefault((key, event.date), []).append(event)
    return True


#: A contact planned (036): one plan of a pair in an item, whichever day each telling names.
_PLANNED_CONTACT = "036"


def _plans_retold(events: list[Event], own: list[bool], keys: list[tuple[object, ...]]) -> set[int]:
    """The planned contacts (036) of a pair told again after the first in the item dated by its
    own sentence (俄国防部11日表示，俄舰将访问古巴。美国媒体10日报道称，俄罗斯军舰将访问古巴), on
    another day or none: one plan, told by a second teller, is no second intent."""
    seen: set[tuple[object, ...]] = set()
    retold: set[int] = set()
    rows = sorted(zip(events, own, keys, strict=True), key=lambda r: not r[1])  # own days first
    for event, _, key in rows:
        if event.code == _PLANNED_CONTACT:
            if key in seen:
                retold.add(id(event))
            seen.add(key)
    return retold


def _recalled(same: list[Event]) -> bool:
    """Are the tellings ``same`` of an act dated by a month or a year only (2024年9月，两国元首
    共同见证签署…)? Such an act is recalled, not the item's: an undated act of the same pair
    and root told later (中坦赞三国政府共同发表…联合声明) is another, the day's own."""
    return all(e.date_precision != "day" for e in same)


#: Leads of an occasion of their own: a message or a condolence sent (致贺电, 互致贺电, 致慰问电).
_LEADS = MESSAGES | {"zh.018.condolence", "zh.018.message"}


def occasions(events: list[Event]) -> list[int]:
    """The occasion each event is told of, counted from 0: a message that another official of
    the state sends in a later sentence (习近平同塞西互致贺电。…同日，李强同马德布利互致贺电) opens
    a new one, so that what each says in it (中方愿同埃方…) is an act of its own, as the two
    messages are; the same sender named again (国家主席习近平, 习近平, 他) opens none.

    >>> from datetime import date
    >>> def msg(i, who):
    ...     return Event(date(2026, 5, 30), "051", "CHNGOV", "EGY", sentence=i,
    ...                  pattern="zh.051.mutual", extra={"source_text": who})
    >>> say = Event(date(2026, 5, 30), "030", "CHN", "EGY", sentence=3)
    >>> occasions([msg(0, "国家主席习近平"), msg(1, "习近平"), msg(2, "国务院总理李强"), say])
    [0, 0, 1, 1]
    """
    senders: list[str] = []
    found, number, last = [], 0, -1
    for event in events:
        who = event.extra.get("source_text") or "" if event.pattern in _LEADS else ""
        if (
            who
            and who not in _PRONOUNS  # 他…表示深切哀悼: the sender named again
            and len(event.source_actor or "") > 3  # 代表中国政府: a state, not another official
            and event.sentence != last
            and senders
            and not any(who in s or s in who for s in senders)
        ):
            number += 1
        if who:
            senders.append(who)
            last = event.sentence if event.sentence is not None else -1
        found.append(number)
    return found


#: Senders told by a pronoun are the sender before them (习近平…致唁电。他代表…表示哀悼).
_PRONOUNS = frozenset(("他", "她", "他们", "她们", "我们", "我", "其"))


#: Roots whose codes in one sentence are one statement (愿同中方…推进…经贸合作: 030 and 0311).
_ONE_STATEMENT = frozenset(("03",))
#: Roots of force: each side's attacks of one day are one event per direction, however many
#: ways one sentence tells them (控制了…居民点，打击了…: 192 and 190 are one), as the gold has it.
_ONE_FIGHT = frozenset(("18", "19", "20"))
#: Roots whose codes in one sentence are one act told in other words.
_ONE_TELLING = _ONE_STATEMENT | _ONE_FIGHT


def _new(same: list[Event], event: Event) -> bool:
    """Is ``event`` not a retelling of one of ``same`` (added to them if so)?"""
    if any(_retelling(o, event) and not _other_sender(o, event) and not _armed_and_state(o, event)
           for o in same):  # fmt: skip
        return False
    same.append(event)
    return True


#: Roots whose codes told in two sentences of an item are still one act: what one side says
#: it will do in a readout (``_ONE_STATEMENT``: 愿同中方加强…合作。…期待…加强沟通: one intent, as
#: the dev gold codes a readout), each side's force of a day (``_ONE_FIGHT``) and a contact (a
#: visit, the hosting of it, the talks during it).
_ONE_ACROSS = _ONE_TELLING | {"04"}


def _retelling(told: Event, event: Event) -> bool:
    """Is ``event`` the act ``told`` (same key) told again? In one sentence only the same code
    is (制裁…并驱逐: 163 and 166 two acts). Across an item (the guideline "One act, one event")
    two codes of a root stand as two acts when neither is the root's bare code (xx0): a
    criticism (111) and a suit at the WTO (115) told later; the same code told twice, or a bare
    code beside a specific one, is one act told again."""
    if told.sentence == event.sentence:
        return told.code == event.code or told.root in _ONE_TELLING
    return _one_act(told, event)


def _one_act(a: Event, b: Event) -> bool:
    """Are ``a`` and ``b``, of one root, told in two sentences, one act by their codes (the
    same three digits, or a bare ``xx0`` beside another, or a root told as one act, or a
    reproach told in other words)?"""
    x, y = a.code[:3], b.code[:3]
    return (x == y or x.endswith("0") or y.endswith("0") or a.root in _ONE_ACROSS
            or {x, y} <= _ONE_REPROACH)  # fmt: skip


#: A criticism (111) and an accusation (112) told in two sentences are one reproach in other
#: words (俄罗斯谴责美国… over the statement's 美国试图…施压: one statement), as free text
#: read; an official complaint (114) or a suit (115) is an act of its own.
_ONE_REPROACH = frozenset(("111", "112"))


def _other_sender(a: Event, b: Event) -> bool:
    """Messages from two senders of one state (孟加拉国总统…，孟加拉国总理…发来贺电; 习近平同…互致
    贺电。同日，李克强同…互致贺电) are two acts; one sender named again (习近平, 国家主席习近平)
    is one."""
    if a.pattern not in MESSAGES or b.pattern not in MESSAGES:
        return False
    if a.sentence == b.sentence and not {a.pattern, b.pattern} <= SENDER_LISTS:
        return False  # 习近平同科斯塔、冯德莱恩互致贺电: one exchange
    x, y = a.extra.get("source_text") or "", b.extra.get("source_text") or ""
    return bool(x and y) and x not in y and y not in x


#: Roots whose codes are different acts told in one readout, not one act told in other words:
#: praise (051) and a joint statement (057) of the same talks are two.
_DISTINCT_CODES = frozenset(("05",))


def _armed_and_state(a: Event, b: Event) -> bool:
    """巴勒斯坦总统府…谴责以方战争罪行 and 哈马斯指责以色列…: an armed group (``_ARMED_GROUPS``)
    and another named body of the same country (its presidency) are two doers, two acts, though
    the country and root are one (coder-zh141)."""
    x, y = a.source_actor or "", b.source_actor or ""
    if x[:3] != y[:3] or not x[3:6] or not y[3:6]:
        return False  # (a bare 巴方 may retell Hamas's act)
    return (x[3:6] in _ARMED_GROUPS) != (y[3:6] in _ARMED_GROUPS)


#: Sectors of a country's non-state armed groups, whose acts are not its government's (the
#: Taliban is AFGTAL or AFGREB as its words name it: one doer).
_ARMED_GROUPS = frozenset(("REB", "INS", "SEP", "TAL", "UAF"))


def _act_key(event: Event) -> tuple[str, str, str]:
    """Actor pair (country parts; either way round for a symmetric act or a contact) and CAMEO
    root (the three-digit code where the root's codes are distinct acts)."""
    pair = ((event.source_actor or "")[:3], (event.target_actor or "")[:3])
    kind = event.code[:3] if event.root in _DISTINCT_CODES else event.root
    # A visit, the hosting of it and a meeting during it are one contact, either way round.
    if event.code.startswith(SYMMETRIC) or event.root == "04":
        return (*sorted(pair), kind)  # type: ignore[return-value]
    return (*pair, kind)


def _extra(coding: Coding, match: Match) -> dict[str, object]:
    text = coding.document.text
    sentence = coding.sentences[match.sentence]
    extra: dict[str, object] = {
        "sentence_span": [sentence.start, sentence.end],
        "trigger": text[match.start : match.end],
    }
    lent = []
    for name, actor in (("source_text", match.source), ("target_text", match.target)):
        if actor is not None and actor.end > actor.start:
            extra[name] = text[actor.start : actor.end]
            if not sentence.start <= actor.start < sentence.end:
                lent.append(name)  # named in another sentence: 双方 stood for it here
    if lent:
        extra["lent"] = lent
    if match.conditional:
        extra["conditional"] = True
    return extra
