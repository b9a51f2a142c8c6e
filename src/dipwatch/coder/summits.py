"""Meetings of several parties that China takes part in, for the ``discourse`` component.

A broadcast tells such a meeting in a few moves: China's leader attends or meets them
(``李克强出席澜湄合作领导人会议``; ``李克强同世界银行行长…、国际货币基金组织总裁…举行圆桌对话会``;
``分别会见巴基斯坦总理…、蒙古国总理…``), the others are listed (``老挝总理通伦、柬埔寨首相洪森…
出席``), and then spoken of as a group (``与会领导人高度评价…``, ``各方祝贺中方…``, ``会议发表了
《万象宣言》``). The guidelines make that China with each participant: a meeting, what the group
does towards China, a declaration.

``coding.participants`` lists the other parties (states, and organisations with a code) in
the order named; it is empty unless a Chinese actor attends, hosts or meets several of them.
``members`` keeps those a members' word (成员国) names; ``with_china`` keeps, of a group's pairs,
China's with each other member.

>>> from datetime import date
>>> from dipwatch.coder import coding
>>> from dipwatch.models import Document
>>> c = coding(Document("李克强出席澜湄合作领导人会议。老挝总理通伦、柬埔寨首相洪森出席。",
...                     published=date(2020, 8, 24)))
>>> [m.country for m in c.participants]
['LAO', 'KHM']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from dipwatch.coder.doc import Coding, Mention, Sentence
from dipwatch.coder.genre import NEWS
from dipwatch.reference.countries import countries

HOME = "CHN"
#: A list of those who attend ends the sentence: …、越南总理阮春福出席。
_ATTENDED = re.compile(
    r"(?:出席|与会|参会|参加|列席)(?:了)?(?:会议|峰会|论坛|对话会|开幕式|活动|仪式)?\s*[。!！]?\s*$"
)
#: China's actor attends, hosts or meets: 出席…会议, 主持…峰会, 同A、B…举行…对话会, 分别会见A、B.
_GATHERING = re.compile(r"会议|峰会|论坛|对话会|圆桌|会晤|大会|博览会")
_TAKES_PART = re.compile(r"出席|主持|参加|举行|分别会见|分别同|集体会见")
_NEAR_VERB = 12
#: What sums a list of those attending up after 等, right before the verb (等国际和地区组织负责人,
#: 等国领导人): who they are, not a crowd (no count: 等各界代表约1000人 is one).
_SUMMED = re.compile(r"等[^、,;。\d]{0,12}?(?:负责人|领导人|代表|官员|首脑|政要)$")
_CROWD = re.compile(r"[,，;；\d]|人$")


_P = TypeVar("_P")


def with_china(
    pairs: list[tuple[_P, _P]], state: Callable[[_P], str | None]
) -> list[tuple[_P, _P]]:
    """The pairs of a group's joint act that the gold annotates: China in the group acts with
    each other member, the pairs among the others are not told (eval/README.md, issue 10
    decision: dipwatch measures China's dyads); a group without China, each pair.

    >>> with_china([("CHN", "JPN"), ("CHN", "KOR"), ("JPN", "KOR")], str)
    [('CHN', 'JPN'), ('CHN', 'KOR')]
    >>> with_china([("GBR", "FRA"), ("GBR", "DEU"), ("FRA", "DEU")], str)
    [('GBR', 'FRA'), ('GBR', 'DEU'), ('FRA', 'DEU')]
    """
    home = [(a, b) for a, b in pairs if HOME in (state(a), state(b))]
    return home or pairs


def state_of(m: Mention) -> str | None:
    """A mention's state, the key ``with_china`` pairs mentions by."""
    return m.country


def find_participants(coding: Coding, by_sentence: list[list[Mention]]) -> list[Mention]:
    """The other parties of a gathering a Chinese actor takes part in (module docstring). News
    only: a broadcast item tells one gathering, while a chapter's gatherings are many and far
    apart (中方出席會議的有… names China's delegation, not the others)."""
    if coding.genre != NEWS:
        return []
    if not any(_chinese_takes_part(coding, s, ms) or _hosts_guests(coding, s, ms)
               or listed_attendee(coding, s, ms) is not None
               for s, ms in zip(coding.sentences, by_sentence, strict=True)):  # fmt: skip
        return []
    found: list[Mention] = []
    for s, mentions in zip(coding.sentences, by_sentence, strict=True):
        if (_attend_list(coding, s, mentions) or _meets_several(coding, s, mentions)
                or _chairs(coding, s, mentions) or _guest_list(coding, s, mentions)):  # fmt: skip
            for m in _others(mentions):
                if all(m.code[:3] != f.code[:3] for f in found):
                    found.append(m)
    return found


def _attend_list(coding: Coding, s: Sentence, mentions: list[Mention]) -> bool:
    """Does the sentence list those who attend, its last party right before the verb that ends
    it (…、越南总理阮春福出席。), not a crowd (…等各界代表约1000人出席)?"""
    text = coding.norm[s.start : s.end]
    verb = _ATTENDED.search(text)
    others = _others(mentions)
    if verb is None or not others:
        return False
    between = coding.norm[others[-1].end : s.start + verb.start()]
    joined = between.find("以及")
    if joined >= 0 and not between.startswith("国家"):
        # …、姆维尼、…秘书长梅内，以及来自68个国家和地区的…代表出席: the list goes on to a crowd
        # after 以及, each name before it short (东盟国家以及美、日…: the states of a body, no list)
        return _each_short(between[:joined].rstrip(","))
    summed = _SUMMED.search(between)
    if summed:
        # …、联合国秘书长古特雷斯、新开发银行行长罗塞夫等国际和地区组织负责人出席: the list ends in
        # what sums it up after 等, each name before it short, as above
        return _each_short(between[: summed.start()])
    return len(between) <= _NEAR_VERB and not _CROWD.search(between)


def listed_attendee(coding: Coding, s: Sentence, mentions: list[Mention]) -> Mention | None:
    """China's actor named inside a list of those who attend (中国国家主席习近平、巴西总统卢拉…
    出席。): China takes part as the others do, though no sentence of its own says so."""
    if not _attend_list(coding, s, mentions):
        return None
    return next((m for m in mentions if m.country == HOME and not m.inert
                 and _IN_LIST.match(coding.norm, m.end)), None)  # fmt: skip


#: What follows a name that a list goes on from: 、 or 和, after a bracketed word (卢拉（线上）、).
_IN_LIST = re.compile(r"\s*(?:[(（][^()（）]{0,6}[)）])?\s*(?:、|和|及)")


def _each_short(listed: str) -> bool:
    """Is each name of a list (joined by 、) short, and none a crowd?"""
    return all(len(item) <= _NEAR_VERB and not _CROWD.search(item) for item in listed.split("、"))


def _chairs(coding: Coding, s: Sentence, mentions: list[Mention]) -> bool:
    """Does a sentence of its own tell another party chairing the gathering (哈萨克斯坦总统托卡耶夫
    主持会议。)? The host is a participant as those who attend are."""
    others = _others(mentions)
    return len(others) == 1 and _CHAIRED.match(coding.norm, others[0].end, s.end) is not None


#: Chairing the gathering, right after the chair and ending the sentence.
_CHAIRED = re.compile(r"\s*主持(?:了)?(?:会议|峰会|论坛|会晤|对话会|开幕式)?\s*[。!！]?\s*$")


def _others(mentions: list[Mention]) -> list[Mention]:
    """Parties other than China: actors that may fill a slot, with a state or a coded body."""
    return [m for m in mentions if not m.inert and m.code[:3] not in (HOME, "IGO", "")
            and m.kind not in ("home", "addressee", "capital")]  # fmt: skip


def _chinese_takes_part(coding: Coding, s: Sentence, mentions: list[Mention]) -> bool:
    """A Chinese actor of the sentence attends, hosts or meets at a gathering."""
    china = next((m for m in mentions if m.country == HOME and not m.inert), None)
    if china is None:
        return False
    verb = _TAKES_PART.search(coding.norm, china.end, s.end)
    return verb is not None and (_GATHERING.search(coding.norm, verb.start(), s.end) is not None
                                 or verb.group() in ("分别会见", "分别同", "集体会见"))  # fmt: skip


def _meets_several(coding: Coding, s: Sentence, mentions: list[Mention]) -> bool:
    """A sentence in which a Chinese actor meets or holds a gathering with two or more others."""
    return _chinese_takes_part(coding, s, mentions) and len(_others(mentions)) >= 2


def opens_with_group(coding: Coding, s: Sentence, left: int, words: tuple[str, ...]) -> bool:
    """Does the clause that ends at ``left``, or the sentence, open with a group word
    (与会领导人, 各方, 会议)?"""
    text = coding.norm
    starts = [s.start] + [m.end() for m in _CLAUSE.finditer(text, s.start, left)]
    for start in starts:
        head = _LEAD.sub("", text[start : min(start + 16, left)])
        if head.startswith(words):
            return True
    return False


_CLAUSE = re.compile(r"[,;，；。]")
_LEAD = re.compile(r"<[^>]*>|\s|^央视网消息[（(]新闻联播[)）][:：]")


#: A list of a gathering's foreign guests announced (来华出席开幕式并访问的外国领导人有：A、B…).
_GUESTS = re.compile(r"(?:领导人|外宾|嘉宾|贵宾|国家元首|政要)(?:有|包括)[:：]")
#: China's actor hosting its guests (为…外国领导人举行欢迎宴会).
_HOSTS = re.compile(r"为[^。，,]{0,30}?举行(?:欢迎)?(?:宴会|午宴|晚宴|仪式)")


def _guest_list(coding: Coding, s: Sentence, mentions: list[Mention]) -> bool:
    """Does the sentence list a gathering's guests after 领导人有：…? They are its parties, as
    those listed as attending are (``_attend_list``)."""
    said = _GUESTS.search(coding.norm, s.start, s.end)
    return said is not None and any(m.start >= said.end() and not m.inert for m in mentions)


def _hosts_guests(coding: Coding, s: Sentence, mentions: list[Mention]) -> bool:
    """Does a Chinese actor of the sentence host guests (习近平将…为…外国领导人举行欢迎宴会)?
    (``find_participants`` asks it of every sentence of every news text: 举行 looked for first.)"""
    if coding.norm.find("举行", s.start, s.end) < 0:
        return False
    china = next((m for m in mentions if m.country == "CHN" and not m.inert), None)
    return china is not None and _HOSTS.search(coding.norm, china.end, s.end) is not None


#: A group word naming only a gathering's members (成员国领导人签署…宣言): not its observers,
#: its guests, nor the organisations invited.
MEMBERS_WORDS = ("成员国",)
#: What a list names its non-members as: …、伊朗总统莱希等观察员国领导人和主席国客人土库曼斯坦总统….
_NOT_MEMBER = re.compile(r"观察员|对话伙伴|客人|嘉宾")
#: The word that closes a run of a list (…、伊朗总统莱希等观察员国领导人) and what may lie between
#: the run's last party and it; a clause mark ends the search.
_RUN_CLOSE = re.compile(r"[^。,;]*?等([^。,;、]{0,12}?(?:领导人|代表|负责人|元首))")
_RUN_OPEN = re.compile(r"(?:^|[、,;。]|和|及|以及)([^、,;。]{0,8})$")


def members(coding: Coding, parties: list[Mention]) -> list[Mention]:
    """The gathering's parties a members' group word (``MEMBERS_WORDS``) names: its member
    states, without those the attendance list calls observers or guests (its run of names
    closed by 等观察员国领导人, or a name after 主席国客人) and without organisations, which are
    no member states (联合国秘书长古特雷斯以视频方式出席)."""
    table, norm = countries(), coding.norm
    kept = []
    for m in parties:
        if m.country is None or table.by_iso3(m.country) is None:
            continue
        closed = _RUN_CLOSE.match(norm, m.end)
        opened = _RUN_OPEN.search(norm, max(0, m.start - 12), m.start)
        if (closed and _NOT_MEMBER.search(closed.group(1))) or (
            (opened and _NOT_MEMBER.search(opened.group(1))) or _run_head_not_member(norm, m)
        ):
            continue
        kept.append(m)
    return kept


#: What ends one run of an attendance list and starts the next (…夏巴兹，观察员国白俄罗斯总统…).
_RUN_BREAK = re.compile(r"[,;。]")


def _run_head_not_member(norm: str, m: Mention) -> bool:
    """Does the run of names ``m`` stands in open with a word for non-members (观察员国白俄罗斯
    总统卢卡申科、伊朗总统莱希、…: 伊朗 too, not only the name right after the word)?"""
    start = max(0, m.start - 200)
    breaks = [b.end() for b in _RUN_BREAK.finditer(norm, start, m.start)]
    head = breaks[-1] if breaks else start
    return _NOT_MEMBER.search(norm, head, min(m.start, head + 8)) is not None
