"""The ``groups`` component: a small group with no code of its own acts as its members.

So does a run of short forms naming a group of states (中日韩领导人会议在首尔举行), or of names
joined by dashes, with a bloc among them (中国—欧盟领导人会晤在北京举行) and their count after
them (中国—阿富汗—巴基斯坦三方外长对话); a member that hosts the meeting (王毅…主持…) meets
each of the others, who do not host each other.

AUKUS or the Quad have no CAMEO code: as actors they are their members (``members`` in
``reference/data/organisations.csv``, for a group of at most ``lexicon.MAX_GROUP``), and what
the group does together is an act between each pair of them, in the table's order. Two such acts are read, in Chinese:

- its founding (澳英美聯盟（AUKUS）成立, 宣布成立…): an agreement (057) of each pair;
- its summit held (四方安全对话领导人峰会在东京举行): a meeting (040) of each pair.

The words are the lexicon's ``group_founded``, ``group_summit`` and ``group_held``.

>>> from datetime import date
>>> from dipwatch.coder import code_document
>>> from dipwatch.models import Document
>>> doc = Document("9 月 15 日，澳英美联盟（AUKUS）成立。", published=date(2021, 9, 30))
>>> [(e.source_actor, e.code, e.target_actor) for e in code_document(doc)]
[('AUS', '057', 'GBR'), ('AUS', '057', 'USA'), ('GBR', '057', 'USA')]
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from itertools import combinations

from dipwatch.coder.doc import Coding, Match, Mention
from dipwatch.coder.zh_actors import one_of
from dipwatch.coder.zh_planned import code_planned_contacts

# Between the group's name and its act: a parenthesis (（AUKUS）) or the end of one, quotes,
# or the count of the states named (中国—阿富汗—巴基斯坦三方外长对话).
_BETWEEN = r"(?:[（(][^）)]{1,20}[）)]|[」』”\"）)])*(?:三方|三国|四方|四国)?"


def code_group_acts(coding: Coding) -> None:
    """Add a match for each pair of members of a group named right before its act: a small
    code-less organisation, or a run of short forms (中日韩领导人会议在首尔举行)."""
    lex = coding.reference.rules["zh"].lexicon
    founded, summit, held = lex["group_founded"], lex["group_summit"], lex["group_held"]
    code_pair_stances(coding)
    code_planned_contacts(coding)
    starts = [s.start for s in coding.sentences]
    done: set[tuple[int, str]] = set()  # 澳英美联盟（AUKUS）: one group named twice
    for start, end, states in _named_groups(coding):
        act = _act(coding.norm, start, end, founded, summit, held)
        if act is None:
            continue
        code, a, b = act
        i = bisect.bisect_right(starts, start) - 1
        if i < 0 or b > coding.sentences[i].end or (i, code) in done:
            continue
        done.add((i, code))
        told = {frozenset((m.source.country, m.target.country)) for m in coding.matches
                if m.sentence == i and m.code[:2] == code[:2] and m.source and m.target}  # fmt: skip
        host = _host(coding, start, states)
        coding.matches.extend(
            Match(f"zh.{code}.group", code, i, a, b, Mention(start, end, x, x, "fixed"),
                  Mention(start, end, y, y, "fixed"), 0.7)
            for x, y in combinations(states, 2)
            if frozenset((x, y)) not in told and host in (None, x, y)
        )  # fmt: skip


def code_pair_stances(coding: Coding) -> None:
    """安倍在首尔同卢武铉会谈，两人共同谴责朝鲜的核试验: a stance the pair just met takes together
    (两人, 二人, 双方 opening the clause) is each one's toward the third party, not only that of
    the first named, whom the rule took as the doer."""
    added = []
    for m in coding.matches:
        if m.code[:2] not in _STANCE_ROOTS or m.source is None or m.target is None:
            continue
        if not _opens_with_pair(coding.norm, coding.sentences[m.sentence].start, m.start):
            continue
        partner = _met_partner(coding, m)
        if partner is not None:
            added.append(Match(f"{m.rule}.pair", m.code, m.sentence, m.start, m.end, partner,
                               m.target, m.confidence))  # fmt: skip
    coding.matches.extend(added)


#: Stances a pair can take together toward another: appeals, demands, reproaches, threats.
_STANCE_ROOTS = ("02", "10", "11", "12", "13")
# A clause that opens with the pair as its subject, then at most an adverb, then the act, or a
# joint statement that says it (双方并发表联合声明反对美国部署…).
_PAIR_CLAUSE = re.compile(
    r"[，,；;]\s*(?:两人|二人|双方)(?:共同|一致|均|都|同时|并|也)*"
    r"(?:(?:发表|发布)(?:联合声明|联合公报|共同声明)[，,]?)?\s*$"
)


def _opens_with_pair(norm: str, sentence_start: int, at: int) -> bool:
    return _PAIR_CLAUSE.search(norm, sentence_start, at) is not None


def _met_partner(coding: Coding, stance: Match) -> Mention | None:
    """The partner the stance's doer met earlier in the same sentence (a contact, root 04), if
    it is neither the doer's state nor the target's."""
    doer, aimed = stance.source.country, stance.target.country  # type: ignore[union-attr]
    for m in coding.matches:
        if (m.sentence == stance.sentence and m.code[:2] == "04" and m.end <= stance.start
                and m.source is not None and m.target is not None
                and m.source.country == doer
                and m.target.country not in (None, doer, aimed)):  # fmt: skip
            return m.target
    return None


def _host(coding: Coding, start: int, states: tuple[str, ...]) -> str | None:
    """The member that hosts the group's meeting (王毅在北京主持…中国—阿富汗—巴基斯坦三方外长对话):
    it meets each of the others, who are its guests, not each other's hosts."""
    hosted = _HOSTED.search(coding.norm, max(0, start - 16), start)
    if hosted is None:
        return None
    i = bisect.bisect_left(coding.mentions, hosted.start(), key=lambda m: m.end) - 1
    while i >= 0 and coding.mentions[i].inert:  # (在北京: a place)
        i -= 1
    host = coding.mentions[i].country if i >= 0 else None
    near = i >= 0 and not _CLAUSE.search(coding.norm, coding.mentions[i].end, hosted.start())
    return host if near and host in states else None


# Right before the group's name: its host (王毅在北京主持首次…).
_HOSTED = re.compile(r"主持[^，。,;；]{0,8}$")
_CLAUSE = re.compile(r"[，。,;；]")


def _named_groups(coding: Coding) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, members) of each group named: a small code-less organisation (AUKUS), or a
    run of two or more short forms of different states side by side (中日韩)."""
    groups = coding.reference.actors.groups
    found = []
    run: list[Mention] = []
    for m in [*coding.mentions, None]:
        if m is not None and _joins(coding.norm, run, m):
            run.append(m)
            continue
        # (a run of one names one state at most: most runs, not read further)
        states = tuple(dict.fromkeys(_party(p) for p in run if _party(p))) if len(run) > 1 else ()
        if len(states) >= 2:
            found.append((run[0].start, run[-1].end, states))
        run = [m] if m is not None and (m.kind in _RUN_KINDS or _bloc(m)) else []
        if m is not None and m.kind == "org":  # only an organisation names members
            members = _members(groups, coding.norm[m.start : m.end])
            if members:
                found.append((m.start, m.end, members))
    return found


def _members(groups: dict[str, tuple[str, ...]], name: str) -> tuple[str, ...] | None:
    """The members of the group ``name`` names, its leaders too (四方安全对话领导人)."""
    for word in ("", *_ATTENDEES):
        if name.endswith(word) and name[: len(name) - len(word)] in groups:
            return groups[name[: len(name) - len(word)]]
    return None


_RUN_KINDS = ("pair", "name")
_DASHES = ("—", "-", "－", "–")
# Names of states listed (美国、英国与澳洲宣布成立…): a group too, for what they do together.
_LISTED = ("、", "与", "和", "及")


def _joins(norm: str, run: list[Mention], m: Mention) -> bool:
    """Does ``m`` go on a run: short forms side by side (中日韩), or names of states joined by
    dashes (中国—阿富汗—巴基斯坦)?"""
    if not run:
        return False
    gap = norm[run[-1].end : m.start]
    if run[-1].kind == "name" and m.kind == "org":  # 中国—欧盟领导人会晤: a state and a bloc
        return gap in _DASHES and m.code in _BLOCS
    if run[-1].kind == "org":  # 东盟—中国领导人会晤: the bloc first
        return gap in _DASHES and m.kind == "name"
    if m.kind not in _RUN_KINDS:
        return False
    if m.kind == "pair" and run[-1].kind == "pair":
        return run[-1].end == m.start
    return m.kind == run[-1].kind == "name" and (gap in _DASHES or gap in _LISTED)


#: Organisations that meet a state as a party of its own at a summit named by both (中国—欧盟).
_BLOCS = ("EEC", "ASN", "OAU", "ARL", "GCC")


def _bloc(m: Mention) -> bool:
    """Can ``m`` open a run as a bloc named before the state it meets (东盟—中国)?"""
    return m.kind == "org" and m.code in _BLOCS


def _party(m: Mention) -> str | None:
    """The party a member of a run stands for: its state, or the bloc an organisation is."""
    return m.country or (m.code if m.code in _BLOCS else None)


def _act(norm: str, start: int, at: int, founded: tuple[str, ...], summit: tuple[str, ...],
         held: tuple[str, ...]) -> tuple[str, int, int] | None:  # fmt: skip
    """(code, start, end) of the act of the group named in ``[start, at)``, right after its
    name, if any: founded, held, or a summit attended (出席第五次中国—阿富汗—巴基斯坦外长对话)."""
    found = _founded(founded).match(norm, at)
    if found:
        return "057", found.start(1), found.end(1)
    found = _held(summit, held).match(norm, at) or _held_by(summit, held).match(norm, at)
    if found:
        return "040", found.start(1), found.end(1)
    found = _summit(summit).match(norm, at)
    if found and _ATTENDED.search(norm, max(0, start - 16), start):
        return "040", found.start(1), found.end(1)
    return None


# Right before the group's name: attended (出席第五次…, 参加…).
_ATTENDED = re.compile(r"(?:出席|参加|主持|与会)[^，。,;；]{0,8}$")


@cache
def _summit(summit: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(f"{_BETWEEN}({one_of(summit)})")


@cache
def _founded(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(f"{_BETWEEN}(?:已|正式|宣布)?({one_of(words)})")


# After a group's name, who met for it (四方安全对话领导人在白宫举行首次实体峰会).
_ATTENDEES = ("领导人", "元首", "首脑", "外长", "防长")


@cache
def _held_by(summit: tuple[str, ...], held: tuple[str, ...]) -> re.Pattern[str]:
    """Its leaders (or the name has them), then where they held it (在白宫举行), then within a
    few characters a summit word: 四方安全对话领导人在白宫举行首次实体峰会."""
    return re.compile(f"{_BETWEEN}(?:{one_of(_ATTENDEES)})?在[^，。,;；]{{0,8}}?(?:{one_of(held)})"
                      f"[^，。,;；]{{0,6}}?({one_of(summit)})")  # fmt: skip


@cache
def _held(summit: tuple[str, ...], held: tuple[str, ...]) -> re.Pattern[str]:
    """A summit word, then within a few characters (在东京) a word that it was held."""
    return re.compile(f"{_BETWEEN}({one_of(summit)})[^，。,;；]{{0,8}}?(?:{one_of(held)})")
