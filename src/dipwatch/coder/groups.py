"""The ``groups`` component: a small group with no code of its own acts as its members.

So does a run of short forms naming a group of states (中日韩领导人会议在首尔举行), or of names
joined by dashes, with a bloc among them (中国—欧盟领导人会晤在北京举行) and their count after
them (中国—阿富汗—巴基斯坦三方外长对话); a member that hosts the meeting (王毅…主持…) meets
each of the others, who do not host each other.

AUKUS or the Quad have no CAMEO code: as actors they are their members (``members`` in
``reference/data/organisations.csv``, for a group of at most ``lexicon.MAX_GROUP``), and what
the group does together is an act between each pair of them, in the table's order (China with
each other member when it is one: ``summits.with_china``). Two such acts are read, in Chinese:

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
from operator import attrgetter

from dipwatch.coder.doc import Coding, Match, Mention, starting_in
from dipwatch.coder.summits import HOME, with_china
from dipwatch.coder.zh_actors import MEETING_TITLES, one_of
from dipwatch.coder.zh_credentials import code_credentials
from dipwatch.coder.zh_planned import code_planned_contacts

# Between the group's name and its act: a parenthesis (（AUKUS）) or the end of one, quotes,
# or the count of the states named (中国—阿富汗—巴基斯坦三方外长对话).
_BETWEEN = r"(?:[（(][^）)]{1,20}[）)]|[」』”\"）)])*(?:三方|三国|四方|四国)?"


def code_group_acts(coding: Coding) -> None:
    """Add a match for each pair of members of a group named right before its act: a small
    code-less organisation, or a run of short forms (中日韩领导人会议在首尔举行)."""
    if not any(s.cjk for s in coding.sentences):
        return  # (the Chinese groups: an English text's lists are en_groups')
    lex = coding.reference.rules["zh"].lexicon
    founded, summit, held = lex["group_founded"], lex["group_summit"], lex["group_held"]
    code_pair_stances(coding)
    code_planned_contacts(coding)
    code_attended_lists(coding)
    code_joint_statements(coding)
    code_credentials(coding)
    starts = [s.start for s in coding.sentences]
    done: set[tuple[int, str]] = set()  # 澳英美联盟（AUKUS）: one group named twice
    for start, end, states in _named_groups(coding):
        if coding.norm.endswith(lex["topic_openers"], 0, start):
            continue  # 对于美英澳宣布成立…: what a speaker answers, told as a topic, not the act
        act = _act(coding.norm, start, end, founded, summit, held)
        if act is None:
            continue
        code, a, b = act
        i = bisect.bisect_right(starts, start) - 1
        if i < 0 or b > coding.sentences[i].end or (i, code) in done:
            continue
        if code == "040" and (_called_off(coding.norm, start, lex["undone"])
                              or _put_off_after(coding.norm, b, coding.sentences[i].end, lex["undone"])):  # fmt: skip
            continue
        done.add((i, code))
        # (China in the group meets each other member, whoever hosts: with_china below)
        host = None if HOME in states else _host(coding, start, states)
        pairs = [(x, y) for x, y in combinations(states, 2) if host in (None, x, y)]
        if code == "040" and _planned(coding.norm, start, b, lex["scheduled_after"]):
            code, pairs = "036", _intents(_announcer(coding, starts[i], start, states), states)
        pairs = with_china(pairs, str)
        told = {frozenset((m.source.country, m.target.country)) for m in coding.matches_of(i)
                if m.code[:2] == code[:2] and m.source and m.target}  # fmt: skip
        coding.matches.extend(
            Match(f"zh.{code}.group", code, i, a, b, Mention(start, end, x, x, "fixed"),
                  Mention(start, end, y, y, "fixed"), 0.7)
            for x, y in pairs
            if frozenset((x, y)) not in told
        )  # fmt: skip


def _called_off(norm: str, start: int, undone: tuple[str, ...]) -> bool:
    """推迟原定下月在法国举行的中欧领导人会晤: a meeting named as what its clause calls off (an
    ``undone`` word before the group, in its clause) did not take place, as zh_news's
    not_called_off has it for the contact rules."""
    lo = max(norm.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
    return any(w in norm[lo:start] for w in undone)


#: A plan's word after the group's act in its clause (中美会谈原定今天举行).
_PLANNED = ("原定", "原计划", "原本计划", "原订")


def _put_off_after(norm: str, b: int, end: int, undone: tuple[str, ...]) -> bool:
    """中美会谈原定今天举行，后被推迟: a meeting told as planned in its own clause, then called
    off later in its sentence (an ``undone`` word after the plan), did not take place."""
    clause = min((p for p in (norm.find(m, b, end) for m in _CLAUSE_MARKS) if p >= 0), default=end)
    plan = min((p for p in (norm.find(w, b, clause) for w in _PLANNED) if p >= 0), default=-1)
    return plan >= 0 and any(norm.find(w, plan, end) >= 0 for w in undone)


def _intents(announcer: str | None, states: tuple[str, ...]) -> list[tuple[str, str]]:
    """A planned meeting is the intent of the member who announces it, to each other member;
    with no member announcing it, no pair's."""
    return [(announcer, y) for y in states if y != announcer] if announcer else []


def code_attended_lists(coding: Coding) -> None:
    """法国召集会议，部分欧盟国家以及加拿大、挪威等国领导人参加了会议: a state that convenes or
    chairs a meeting meets each state of the list that attends it in the same sentence; China
    among them, China alone (``with_china``). Not at a gathering China takes part in
    (``summits``' participants): China meets each of them, and the guidelines leave the pairs
    among the others out."""
    norm = coding.norm
    if coding.participants or _CONVENED.search(norm) is None:
        return  # (most texts convene nothing: one scan, not one a sentence)
    for i, s in enumerate(coding.sentences):
        convened = _CONVENED.search(norm, s.start, s.end)
        if convened is None:
            continue
        host = _convener(coding, s.start, convened.start())
        attended = _ATTENDED_LIST.search(norm, convened.end(), s.end)
        if (
            host is None
            or attended is None
            or _INVITED.search(norm, convened.end(), attended.start())
        ):
            continue  # (美国召开会议，并邀请日本参加: invited, an intent, not yet met)
        met = [(host, m) for m in _attendees(coding, convened.end(), attended.start())
               if m.country != host.country]  # fmt: skip
        coding.matches.extend(
            Match("zh.040.attended", "040", i, attended.start(), attended.end(), x, y, 0.7)
            for x, y in with_china(met, attrgetter("country"))
        )


# A meeting convened or chaired (召集会议, 主持召开峰会), then, in the same sentence, a list of
# states (and their leaders) that attend it (加拿大、挪威等国领导人参加了会议).
_CONVENED = re.compile(r"(?:召集|主持|召开|主办)(?:了)?[^，。,;；]{0,10}?(?:会议|峰会|会谈|对话会)")
_ATTENDED_LIST = re.compile(r"(?:等\w{0,3}?国(?:家)?)?(?:的)?(?:领导人|元首|首脑|代表|外长|防长|代表团)?"
                            r"(?:也|均|都)?(?:参加|出席|与会)")  # fmt: skip


_INVITED = re.compile(r"邀请|邀|请")


def _convener(coding: Coding, start: int, verb: int) -> Mention | None:
    """The state that convenes: the first actor of the verb's clause, if not China's."""
    clause = max((m.end() for m in _CLAUSE.finditer(coding.norm, start, verb)), default=start)
    first = next((m for m in coding.mentions
                  if clause <= m.start < verb and not m.inert and m.country), None)  # fmt: skip
    return first if first is not None and first.country != HOME else None


def _attendees(coding: Coding, after: int, verb: int) -> list[Mention]:
    """The states listed right before the verb (and its 等国领导人) that they attend, each
    joined to the next by 、, 和, 及, 以及 or 与."""
    listed = [m for m in coding.mentions if after <= m.start and m.end <= verb and m.country]
    run: list[Mention] = []
    for m in reversed(listed):
        gap = coding.norm[m.end : run[0].start if run else verb]
        if gap not in (_ATTENDEES_JOINED if run else ("",)):
            break
        run.insert(0, m)
    return run


def code_joint_statements(coding: Coding) -> None:
    """沙特、埃及和约旦外长发表联合声明; A等19国外长以及B和C秘书长发表联合声明: a joint
    statement of listed parties (states, and bodies with a code) is one between each pair of
    them, the earlier named first, as the guidelines have it."""
    norm = coding.norm
    if not any(word in norm for word in _STATEMENTS + _SIGNING):
        return  # (most texts issue no joint statement: a word test, not a search a sentence)
    for i, s in enumerate(coding.sentences):
        issued = _ISSUED.search(norm, s.start, s.end)
        gap, tail = _ISSUER_GAP, _ISSUER_TAIL
        if issued is None:
            issued, gap, tail = _SIGNED.search(norm, s.start, s.end), _SIGNER_GAP, _SIGNER_TAIL
        if issued is None:
            continue
        issuers = _issuers(coding, s.start, issued.start(), gap, tail)
        told = {frozenset((_key(m.source), _key(m.target))) for m in coding.matches_of(i)
                if m.code[:2] == "05" and m.source and m.target}  # fmt: skip
        coding.matches.extend(
            Match("zh.057.listed", "057", i, issued.start(), issued.end(), x, y, 0.65)
            for x, y in with_china(list(combinations(issuers, 2)), _key)
            if frozenset((_key(x), _key(y))) not in told
        )


# A joint statement issued (23日发表联合声明, 共同签署了联合公报, 三人发表的联合声明), or a statement
# issued together (联合发表声明), its issuers listed before it.
_PAPERS = ("联合声明", "共同声明", "联合公报")
_TOGETHER = ("联合发表", "共同发表", "联合发布", "共同发布")
_STATEMENTS = (*_PAPERS, *_TOGETHER)
_ISSUED = re.compile(
    rf"(?:共同|联合)?(?:发表|发布|签署)(?:了|的)?(?:一份)?(?:{'|'.join(_PAPERS)})"
    rf"|(?:{'|'.join(_TOGETHER)})(?:了)?(?:一份)?声明"
)
# What may follow a listed party: its officials (外长, 秘书长), the rest of the list counted
# (等19国外长, 等14个国家), and the word that joins it to the next (以及, 和, 、).
OFFICIALS = r"(?:外长|外交部长|领导人|元首|首脑|总统|总理|首相|秘书长|代表)?"
_ISSUER_GAP = re.compile(
    rf"(?:等[\d一二三四五六七八九十]+(?:个国家|国))?{OFFICIALS}(?:以及|和|与|及|、)"
)
# Between the last party and the statement: its officials, the rest of the list left unnamed
# (伊斯兰合作组织等), then a date at most (23日, 今天（7月24日）).
_ISSUER_TAIL = re.compile(
    rf"{OFFICIALS}等?(?:(?:当天|当日|今天|\d{{1,2}}日|近日|日前)(?:[（(]\d{{1,2}}月\d{{1,2}}日[）)])?)?"
)

# A founding paper or treaty three or more listed states sign together (印尼、马来西亚、菲律宾、
# 新加坡和泰国五国外长 8 月 8 日在曼谷签署《曼谷宣言》): the signers listed right before the
# verb, with their count (五国), officials, a day and the place of signing between.
_SIGNING = ("签署", "签订")
_SIGNED = re.compile(
    r"(?:共同)?(?:签署|签订)(?:了)?(?:《[^》]{1,30}》|[^，,。;；、]{0,8}?(?:宣言|条约|公约|宪章|协定))"
)
_DAY = r" ?(?:(?:\d{4} ?年 ?)?(?:\d{1,2} ?月 ?)?\d{1,2} ?日 ?|当天|同日)?"
# (江泽民同俄罗斯、哈萨克斯坦…四国元首签署: the one who signs with the list is a signer too)
_SIGNER_GAP = re.compile(
    rf"(?:等[\d一二三四五六七八九十]+(?:个国家|国))?{OFFICIALS}{_DAY}(?:以及|和|与|及|同|、)"
)
_SIGNER_TAIL = re.compile(
    rf"(?:等?[两三四五六七八九十]国)?{OFFICIALS}"
    rf"{_DAY}(?:在[^，,。;；、]{{1,6}})?"
)


def _issuers(
    coding: Coding,
    start: int,
    verb: int,
    gap: re.Pattern[str] = _ISSUER_GAP,
    tail: re.Pattern[str] = _ISSUER_TAIL,
) -> list[Mention]:
    """The parties listed right before the statement's verb (three or more, or two joined with
    an official's title each), different from each other; else []."""
    norm, mentions = coding.norm, coding.mentions
    # (those of the sentence found by bisection, not a scan of all of them)
    parties = [m for m in starting_in(mentions, start, verb + 1)
               if m.end <= verb and not m.inert and _key(m)]  # fmt: skip
    run: list[Mention] = []
    for m in reversed(parties):
        if run:
            ok = gap.fullmatch(norm, m.end, run[0].start) is not None
        else:
            ok = tail.fullmatch(norm, m.end, verb) is not None
        if not ok:
            break
        run.insert(0, m)
    keys = list(dict.fromkeys(_key(m) for m in run))
    return [next(m for m in run if _key(m) == k) for k in keys] if len(keys) >= 3 else []


def _key(m: Mention) -> str | None:
    """The party a mention stands for: its state, or an organisation with a code of its own."""
    return m.country or (m.code if m.code and m.code != "IGO" else None)


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
    for m in coding.matches_of(stance.sentence):
        if (m.code[:2] == "04" and m.end <= stance.start
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


def _planned(norm: str, start: int, end: int, scheduled: tuple[str, ...]) -> bool:
    """Is the group's meeting one to come: scheduled right after its word (三方会谈预计于27日
    举行, ``scheduled_after``) or named as the next round (下一轮乌美俄三方会谈)? Then it is
    planned, an intent to meet (036), as 将 makes a meeting of the contact rules. (A run of short
    forms planned is ``zh_planned``'s too, which runs first, so its pairs are told here already;
    this one reads the groups it does not: states named in full, pairs, blocs, and 下一轮 or
    预定于 with no plan word of its own.)"""
    return norm.startswith(scheduled, end) or norm[max(0, start - 4) : start].endswith(_NEXT)


#: Before a meeting's parties: the next one, not yet held.
_NEXT = ("下一轮", "下一次", "下轮", "下次")


def _announcer(
    coding: Coding, sentence_start: int, start: int, states: tuple[str, ...]
) -> str | None:
    """Who announces a planned meeting: the sentence's first actor when it is a member (乌方称,
    下一轮乌美俄三方会谈预计…举行: Ukraine's intent to meet each of the others), else none (a
    meeting others tell of as planned is not the members' act to each other)."""
    first = next((m for m in coding.mentions
                  if sentence_start <= m.start < start and not m.inert and m.country), None)  # fmt: skip
    return first.country if first is not None and first.country in states else None


# Right before the group's name: its host (王毅在北京主持首次…).
_HOSTED = re.compile(r"主持[^，。,;；]{0,8}$")
_CLAUSE_MARKS = "，。,;；"
_CLAUSE = re.compile(f"[{_CLAUSE_MARKS}]")


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
        if len(states) >= _least(run):
            found.append((run[0].start, run[-1].end, states))
        run = [m] if m is not None and (m.kind in _RUN_KINDS or _bloc(m)) else []
        if m is not None and m.kind == "org":  # only an organisation names members
            members = _members(groups, coding.norm[m.start : m.end])
            if members:
                found.append((m.start, m.end, members))
    return found


def _members(groups: dict[str, tuple[str, ...]], name: str) -> tuple[str, ...] | None:
    """The members of the group ``name`` names, its leaders too (四方安全对话领导人)."""
    for word in ("", *MEETING_TITLES):
        if name.endswith(word) and name[: len(name) - len(word)] in groups:
            return groups[name[: len(name) - len(word)]]
    return None


_RUN_KINDS = ("pair", "name", "short")


def _least(run: list[Mention]) -> int:
    """How many states a run must name to be a group: two, but three for a run of short forms
    that are the states themselves (美俄乌三方会谈在…举行): a pair of them (俄乌双方…) is the
    subject of the contact rules, which code it already."""
    return 3 if run and run[0].kind == "short" else 2


_DASHES = ("—", "-", "－", "–")
# Names of states listed (美国、英国与澳洲宣布成立…): a group too, for what they do together.
_LISTED = ("、", "与", "和", "及")
#: Between two states of a list of those who attend (…以及加拿大、挪威等国领导人参加).
_ATTENDEES_JOINED = (*_LISTED, "以及")


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
    if m.kind == run[-1].kind and m.kind in ("pair", "short"):
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
    found = _MEETING_NAMED.match(norm, at)
    if found and _HELD_BEFORE.search(norm, max(0, start - 4), start):
        return "040", found.start(1), found.end(1)
    return None


# Right before the group's name, that its meeting was held (在阿斯塔纳举行的俄罗斯、土耳其、伊朗…会议),
# and after it, within a few characters naming what the meeting is for, the meeting's word.
_HELD_BEFORE = re.compile(r"(?:举行|召开|举办)的$")
_MEETING_NAMED = re.compile(r"[^，。,;；、]{0,14}?(会议|会谈|会晤|峰会)")


# Right before the group's name: attended (出席第五次…, 参加…).
_ATTENDED = re.compile(r"(?:出席|参加|主持|与会)[^，。,;；]{0,8}$")


@cache
def _summit(summit: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(f"{_BETWEEN}({one_of(summit)})")


@cache
def _founded(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(f"{_BETWEEN}(?:已|正式|宣布)?({one_of(words)})")


@cache
def _held_by(summit: tuple[str, ...], held: tuple[str, ...]) -> re.Pattern[str]:
    """Its leaders (or the name has them), then where they held it (在白宫举行), then within a
    few characters a summit word: 四方安全对话领导人在白宫举行首次实体峰会."""
    return re.compile(f"{_BETWEEN}(?:{one_of(MEETING_TITLES)})?在[^，。,;；]{{0,8}}?(?:{one_of(held)})"
                      f"[^，。,;；]{{0,6}}?({one_of(summit)})")  # fmt: skip


@cache
def _held(summit: tuple[str, ...], held: tuple[str, ...]) -> re.Pattern[str]:
    """A summit word, then within a few characters (在东京) a word that it was held."""
    return re.compile(f"{_BETWEEN}({one_of(summit)})[^，。,;；]{{0,8}}?(?:{one_of(held)})")
