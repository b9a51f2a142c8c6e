"""Chinese-only helpers of the ``actors`` component: the ``X方`` sides, short forms after a
preposition (对俄), former titles, speakers who are no actor, actors that only give a cause, and
summits named after an organisation (中国—阿拉伯国家峰会).

The word lists live in the ``lexicon`` section of ``patterns/zh.yaml`` (``side_mark``,
``side_words``, ``side_block_after``, ``former``, ``third_parties``, ``short_before``).

>>> from datetime import date
>>> from dipwatch.coder import coding
>>> from dipwatch.models import Document
>>> c = coding(Document("越方愿同中方加强合作。", published=date(2024, 8, 19)))
>>> [(c.norm[m.start:m.end], m.code) for m in c.mentions]
[('越方', 'VNM'), ('中方', 'CHN')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection
from functools import cache
from itertools import islice, pairwise
from typing import Any

from dipwatch.coder.dates import is_headline
from dipwatch.coder.doc import BY_START, Coding, Mention, starting_in
from dipwatch.coder.memo import per_table
from dipwatch.sources.headlines import CREDIT_LINE


def side_spans(
    coding: Coding, lex: Any, taken: bytearray, named: dict[str, list[int]]
) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, candidate states) of each ``X方`` (越方, 乌方, 瑙方), read in the item's own
    context (``named``: where the document names each state):

    - X is the first character of a state the document names (斯方 in an item about Slovakia,
      吉方 in one about Djibouti, 西方 in one about Spain): that state, the one named last
      before (else first after) when several are; a ``never`` word (西方, 南方) or a character
      of ``side_exclude`` (西, 科, 新) counts only where a side stands, before a verb (西方愿同…)
      or after a preposition (同西方…), and not before a noun (西方国家);
    - else X is a one-character short form (越, 乌): its states, unless a region or a league
      of that initial was named before (加勒比国家…加方: ``side_regions``);
    - X方 inside a word (缔约方, 创新方式, 加方便) is no side, nor 比方 in a text naming no
      Belgium."""
    words = lex.words
    marks = words.get("side_mark", ())
    if not marks or not lex.short_chars:
        return []
    norm = coding.norm
    never = set(words.get("never", ()))
    glued = set(words.get("side_words", ()))
    block_after = set(words.get("side_block_after", ()))
    exclude = set(words.get("side_exclude", ()))
    before = tuple(words.get("side_before", ()))
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for mark in marks:
        pos = norm.find(mark, 1)
        while pos > 0:
            start, end = pos - 1, pos + len(mark)
            pos = norm.find(mark, pos + 1)
            char = norm[start]
            if (
                any(taken[start:end])
                or _glued(norm, start, glued, before)
                or norm[end : end + 1] in block_after
            ):
                continue
            here = named_side(lex, char, named, start, norm)
            guarded = ((char in exclude and not _spelt_here(norm, char, here, named, words))
                       or norm[start:end] in never)  # fmt: skip
            if here and (not guarded or _stands_as_side(norm, start, end, words)):
                found.append((start, end, (here,)))
            elif (lex.short_chars.get(char) and norm[start:end] not in never
                    and not _region_side(norm, start, char, words)):  # fmt: skip
                found.append((start, end, lex.short_chars[char]))
    return found


def _spelt_here(
    norm: str, char: str, here: str | None, named: dict[str, list[int]], words: dict[str, Any]
) -> bool:
    """Does the item spell the state ``here`` with ``char`` (亚美尼亚 for 亚方), for a character
    of ``side_spelt_stands``?"""
    if here is None or char not in words.get("side_spelt_stands", ()):
        return False
    return any(norm.startswith(char, p) for p in named[here])


def _region_side(norm: str, start: int, char: str, words: dict[str, tuple[str, ...]]) -> bool:
    """加方 after 加勒比国家 is the Caribbean side, 阿方 after 阿拉伯国家联盟 the Arab one: with
    no state of that initial named, a region or a league named before with it (``side_regions``)
    is what the side stands for, not the state the short form would be (Canada, Argentina)."""
    regions = [w for w in words.get("side_regions", ()) if w[0] == char]
    return any(norm.rfind(w, 0, start) >= 0 for w in regions)


def _glued(norm: str, start: int, glued: set[str], before: tuple[str, ...]) -> bool:
    """Is X of X方 the end of a word (创新方式: 创新), not a side? Not when that word is the tail
    of a verb that takes a party (欢迎新方: 迎新 ends 欢迎)."""
    return norm[start - 1 : start + 1] in glued and not norm.endswith(before, 0, start)


def named_side(lex: Any, char: str, named: dict[str, list[int]], at: int, norm: str) -> str | None:
    """The state whose short form or name starts with ``char`` that the document names: the
    one named last before ``at``, else the first named after. Not a state the document spells
    only with another initial: 亚方 in an item on Armenia (亚美尼亚) and Azerbaijan (阿塞拜疆 here,
    亞塞拜然 in Taiwan) is Armenia's."""
    states = _named_states(lex, char, named)
    # (one state is kept whether it is spelt so or not: only a choice between several asks)
    spelt = (
        {c for c in states if not _spelt_otherwise(lex, norm, char, c, named[c])}
        if len(states) > 1
        else states
    )
    places = [(p, iso3) for iso3 in spelt or states for p in named[iso3]]
    before = [t for t in places if t[0] < at]
    if before:
        return max(before)[1]
    return min(places)[1] if places else None


def _spelt_otherwise(lex: Any, norm: str, char: str, iso3: str, places: list[int]) -> bool:
    """Does the document spell the state's name (a name or short form of it starts where it is
    named, not a person's or a place's) only with initials other than ``char``?"""
    initials = {
        norm[p]
        for p in places
        if p < len(norm)
        and (iso3 in lex.initials.get(norm[p], ()) or iso3 in lex.short_chars.get(norm[p], ()))
    }
    return bool(initials) and char not in initials


def _named_states(lex: Any, char: str, named: dict[str, list[int]]) -> set[str]:
    """The states the document names whose short form is ``char`` or whose name begins with it."""
    return {*lex.short_chars.get(char, ()), *lex.initials.get(char, ())} & named.keys()


def _stands_as_side(norm: str, start: int, end: int, words: dict[str, Any]) -> bool:
    """Does an ``X方`` that is also a word (西方, 科方) stand where a side does: after a
    preposition or verb that takes a party (同西方, 支持西方), or before a verb (西方愿…), and
    not before a noun (西方国家, 西方媒体)?"""
    if norm.startswith(tuple(words.get("side_noun_after", ())), end):
        return False
    before = tuple(words.get("side_before", ()))
    return norm.endswith(before, 0, start) or norm.startswith(
        tuple(words.get("side_verbs", ())), end
    )


_OF = "的"
_LIST = ("和", "、", "及", "与", "以及")


def places_of_actors(coding: Coding, mentions: list[Mention]) -> None:
    """巴林和科威特的美军: states right before 的 and a body of another state's (its forces,
    its embassy) say where that body is; they neither act nor suffer the act."""
    norm = coding.norm
    for i in range(len(mentions) - 1):
        m, body = mentions[i], mentions[i + 1]
        if norm[m.end : body.start] != _OF or len(body.code) <= 3 or body.country == m.country:
            continue
        m.inert = True
        j = i
        while j > 0 and norm[mentions[j - 1].end : mentions[j].start] in _LIST:
            j -= 1
            mentions[j].inert = True


def channels(coding: Coding, mentions: list[Mention]) -> None:
    """伊朗外交部…经由瑞士抗议美国, 伊朗通过巴基斯坦向美国提出抗议: a state after 经由 or 通过,
    between the doer named before it and the act's target or 向, is the channel the act goes
    through, not its doer. 通过 as "adopt" (安理会通过美国起草的决议, 通过中国和俄罗斯提交的…)
    is told apart by what follows the state: 的 or a list joiner, not 向 or the target."""
    norm = coding.norm
    if _THROUGH[0] not in norm and _THROUGH[1] not in norm:
        return  # (a substring test costs less than reading each mention, or a regex)
    for i, m in enumerate(mentions):
        # (startswith: no slice made for each mention; before the text's third character a
        # negative start would count from its end)
        if (
            m.start < 2
            or not norm.startswith(_THROUGH, m.start - 2, m.start)
            or i + 1 >= len(mentions)
        ):
            continue
        target, sentence_start = mentions[i + 1], norm.rfind("。", 0, m.start) + 1
        gap = norm[m.end : target.start]
        if not (norm.startswith("向", m.end) or (gap and _ACT_GAP.fullmatch(gap))
                or (gap in _WITH and _CLAUSE_WITHOUT_DE.match(norm, target.end))):  # fmt: skip
            continue
        if any(d.end <= m.start and d.start >= sentence_start and not d.inert and d.country
               and d.country != m.country for d in mentions[:i]):  # fmt: skip
            m.inert = True


_THROUGH = ("经由", "通过")


def routes(coding: Coding, mentions: list[Mention]) -> None:
    """五人22日经马尼拉前往南韩, 途经迪拜返回: a place after 经 on the way to a verb of going is
    the route the travellers take, neither the doer nor the host."""
    norm = coding.norm
    if "经" not in norm:
        return
    for m in mentions:
        if (
            m.start >= 1
            and norm[m.start - 1] == "经"
            and (m.start < 2 or norm[m.start - 2] not in _NOT_ROUTE)
            and norm.startswith(_GOING, m.end)
        ):
            m.inert = True


#: Verbs of entering a territory (进入了, 开进): what they enter is where the troops are.
_ENTERING = re.compile("(?:进入|开进|进驻|攻入)了?$")


def entered_places(coding: Coding, mentions: list[Mention]) -> None:
    """埃及和约旦军队 5 月 15 日进入巴勒斯坦，向以色列发起进攻: a state entered, closing its
    clause, is the ground the troops stand on, not the doer of the clause after (whose doer is
    the one who entered). Not one an act goes on to (进入乌克兰领空: the airspace entered)."""
    norm = coding.norm
    for m in mentions:
        if (
            m.country
            and _ENTERING.search(norm, max(0, m.start - 3), m.start)
            and (m.end >= len(norm) or norm[m.end] in "，,")
        ):
            m.inert = True


def counted_nationals(coding: Coding, mentions: list[Mention]) -> None:
    """5月8日，五名北韩人闯入日本驻沈阳总领事馆: people counted by their nationality, opening
    a clause, are private persons doing the act, not their state (a state's agents are named by
    their post: 士兵, 警察). After a verb (逮捕两名日本人) they stay the state whose nationals
    are acted on."""
    norm = coding.norm
    for m in mentions:
        if (
            not m.country
            or not norm.startswith(_NATIONALS, m.end)
            or norm.startswith(_AGENTS, m.end)
        ):  # (两名中共驻斐济使馆人员: an embassy's staff act for their state)
            continue
        count = _COUNT.search(norm, max(0, m.start - 6), m.start)
        if count is None:
            continue
        before = norm[count.start() - 1] if count.start() else ","
        if before in _CLAUSE_OPENS:
            m.inert = True


#: A count of people right before the state: 五名, 两个, 3名, 数名, 十余名.
_COUNT = re.compile(r"(?:[0-9一二两三四五六七八九十百几数]+余?)(?:名|个|位)$")
#: What makes the counted people nationals: 北韩人, 日本公民, 美国游客.
_NATIONALS = ("人", "公民", "籍", "游客", "男子", "女子", "难民", "侨民", "居民")
#: Staff, who act for their state: 人员, 人士 of an office.
_AGENTS = ("人员", "人士")
#: What may stand before a clause's opening.
_CLAUSE_OPENS = frozenset(",，。;；:：\n ")


#: 已经, 曾经, 神经…: 经 that ends another word is no route.
_NOT_ROUTE = frozenset("已曾神财政")
#: Verbs of going that follow the place passed through.
_GOING = ("前往", "飞往", "转往", "抵达", "到达", "返回", "回国", "赴", "进入", "转赴")
#: What may stand between the channel and the act's target: a verb, no 的, no list joiner.
_ACT_GAP = re.compile(r"[^的和、及与,。;]{1,6}")
#: 美国通过卡塔尔与哈马斯进行谈判: the channel, then the partner the act is done with; told
#: apart from two states joined in what is adopted (通过美国与英国起草的决议) by the clause after
#: the partner, which holds no 的.
_WITH = ("与", "同", "和")
_CLAUSE_WITHOUT_DE = re.compile(r"[^的,。;]*(?:[,。;]|$)")


def titled_cities(coding: Coding, mentions: list[Mention]) -> None:
    """《巴黎协定》, 《维也纳公约》, 《联合国海洋法公约》: a capital or an organisation inside a
    title names a treaty or a work, not a party to the act (美国退出《巴黎协定》 is no act towards
    France; 愿根据《联合国海洋法公约》推进磋商, no talks with the UN). A state inside one may be
    a party (签署《中华人民共和国和塔吉克斯坦共和国联合声明》)."""
    norm = coding.norm
    for m in mentions:
        if m.kind in ("capital", "org") and _inside_title(norm, m.start):
            m.inert = True


def cities_of_other_states(coding: Coding, mentions: list[Mention]) -> None:
    """黎巴嫩第二大城市的黎波里, 黎巴嫩北部的黎波里: a capital's name told as a city of another
    state named right before it is that state's own city (Lebanon's Tripoli, not Libya's), a
    place, and so is the same name told again in the text (…4艘船已经转往的黎波里)."""
    norm, owned = coding.norm, set()
    for i, m in enumerate(mentions):
        if m.kind != "capital":
            continue
        word = norm[m.start : m.end]
        if word in owned:
            m.inert = True
            continue
        before = mentions[i - 1] if i else None
        if (
            before is not None
            and before.country
            and before.country != m.country
            and _CITY_OF.fullmatch(norm, before.end, m.start)
        ):
            m.inert = True
            owned.add(word)


#: Between a state and a city of its own: 第二大城市, 北部, 北部港口城市, 的港口.
_CITY_OF = re.compile(
    r"的?(?:第[二三四五六七八九十]大)?(?:[东南西北中]部|[东西][南北]部)?(?:港口|沿海)?(?:城市|港口|港市)"
    r"|的?(?:[东南西北中]部|[东西][南北]部)"
)


def _inside_title(norm: str, at: int) -> bool:
    """Is ``at`` between a 《 and its 》 (an unclosed 《 before it, in the same sentence)?"""
    opened = norm.rfind("《", max(0, at - 40), at)
    return opened >= 0 and "》" not in norm[opened:at] and "。" not in norm[opened:at]


def posts(coding: Coding, mentions: list[Mention]) -> None:
    """中国第四批赴马里维和部队: where a unit is sent to serve (赴 X 维和) describes the unit,
    which neither acts nor suffers the act as that state."""
    norm = coding.norm
    for m in mentions:
        if norm[m.start - 1 : m.start] == "赴" and norm.startswith(_POSTED, m.end):
            m.inert = True
    if "驻" not in norm:
        return
    # 我驻卡塔尔、巴林、也门等国使馆也举办了国庆招待会，来宾们盛赞…: the states listed after 驻
    # host the missions, places; the guests who praise are no state's (eval/README.md, "Faults
    # of the fifteenth round's integration check").
    for hosts in _HOSTS.finditer(norm):
        for m in starting_in(mentions, hosts.start(1), hosts.end(1)):
            m.inert = True
    # 中国常驻联合国粮农机构代表团与驻意大利使馆…联合举办; 我驻英国使馆: a mission whose owner
    # is named by none or by 我 stands where its host is; the host is a place, not a party.
    for host in _OWNERLESS_MISSION.finditer(norm):
        for m in starting_in(mentions, host.start(1), host.end(1)):
            m.inert = True
    _envoys_to_bodies(norm, mentions)


def _envoys_to_bodies(norm: str, mentions: list[Mention]) -> None:
    """中国常驻国际原子能机构代表警告日本…: a state's envoy to a body speaks for the state, not
    the body; the body is where the envoy serves (inert, with a host named in its post: 常驻联合国
    日内瓦办事处和瑞士其他国际组织代表) and the state the actor, as its government (as 中国常驻联合国
    代表 is CHNGOV)."""
    if "常驻" not in norm:
        return
    for post in _ENVOY_TO_BODY.finditer(norm):
        posted = list(starting_in(mentions, post.start(1), post.end(1)))
        sender = next((m for m in mentions if m.end == post.start() and m.country
                       and m.code == m.country), None)  # fmt: skip
        if sender is None or not any(m.kind == "org" and not m.country for m in posted):
            continue
        for m in posted:
            m.inert = True
        sender.code = sender.country + "GOV"


_POSTED = ("维和", "执行维和", "执行任务", "医疗队", "援助")
#: 常驻 a body and its envoy or mission (常驻国际原子能机构代表, 常驻世贸组织副代表).
_ENVOY_TO_BODY = re.compile(r"常驻([^,，。;；、\s]{2,20}?)(?:第一)?副?(?:代表团|代表|大使)")
#: 驻 with no sender before it (after 我, a conjunction or a mark) and one host closed by a
#: mission: the home's embassy or consulate there (与驻意大利使馆, 我驻巴西使馆).
_OWNERLESS_MISSION = re.compile(
    r"(?:^|(?<=[我与和及同、，,。；;：:\n]))驻([^,，。;；、驻\s]{1,8}?)(?:的)?(?:大)?"
    r"(?:使馆|总领事馆|总领馆|领事馆|使团)"
)
#: 驻 and a list of host states (two or more, joined by 、) closed by their missions.
_HOSTS = re.compile(
    r"驻((?:[^,，。;、驻]{1,10}、)+[^,，。;、驻]{1,10}?)(?:等(?:多|其他)?国)?(?:大)?使馆"
)


def foreign_offices(coding: Coding, mentions: list[Mention]) -> None:
    """加拿大总理卡尼已要求国防部重新审查…: a bare office (国防部, 外交部) stands for the home
    state only where no other state comes before it in its clause; after a foreign actor there
    it is that state's office (a PRC readout names China's ministries with 中国 when a foreign
    state deals with them), unless an envoy in China deals with it (日本驻华大使向外交部…)."""
    home, norm = coding.home, coding.norm
    offices = coding.reference.actors.words.get("home_roles", ())
    if not home:
        return
    for i, m in enumerate(mentions):
        if m.kind != "role" or m.country != home or norm[m.start : m.end] not in offices:
            continue
        lo = max(m.start - _LONGEST_CLAUSE, 0)
        mark = max((norm.rfind(c, lo, m.start) for c in _CLAUSE_MARKS), default=-1)
        opens = max(mark + 1, lo)
        if "驻华" in norm[opens : m.start]:
            continue
        # (from the first mention at the clause's opening, found by bisection: a scan from the
        # document's first mention for each office made a long text quadratic)
        first = bisect_left(mentions, opens, 0, i, key=BY_START)
        doer = next((d for d in islice(mentions, first, i) if d.country and d.country != home
                     and not d.inert and d.kind != "pair"), None)  # fmt: skip
        if (doer is None and first == i and m.start - opens <= _CLAUSE_LEAD
                and "发言人" not in norm[m.start : m.end + 5]):  # fmt: skip
            doer = _sentence_subject(coding, mentions, i, opens)
        if doer is not None:
            m.country, m.code = doer.country, doer.country + m.code[3:]


#: How far into its clause a bare office may stand and still open it (随后, 当天, 3日).
_CLAUSE_LEAD = 6


def _sentence_subject(
    coding: Coding, mentions: list[Mention], i: int, opens: int
) -> Mention | None:
    """美国国务卿会见俄罗斯外长，国防部随后宣布对俄实施制裁: a bare office opening a later clause
    goes on with the sentence's subject, the actor that opens it, when that is another state's
    and the sentence names the home state nowhere before the office (美方宣布…对中国加征关税，
    商务部表示坚决反对: China's ministry answers). Not a spokesman (美方宣布…，外交部发言人表示):
    in a PRC readout it is China's answering."""
    norm, home = coding.norm, coding.home
    if opens <= 0 or norm[opens - 1] not in ",;":
        return None
    start = max(norm.rfind(c, 0, opens - 1) for c in _SENTENCE_MARKS) + 1
    k = bisect_left(mentions, start, 0, i, key=BY_START)
    before = [d for d in islice(mentions, k, i) if not d.inert]
    if not before or any(d.country == home for d in before):
        return None
    subject = before[0]
    if not _BARE_LEAD.fullmatch(norm, start, subject.start):
        return None
    return subject if subject.country and subject.kind != "pair" else None


_SENTENCE_MARKS = "。!?\n"
#: What may stand before a sentence's subject: a day, a time, nothing else (对于克林顿…的决定，
#: 外交部发言人次日表示欢迎 opens with what China's office answers, not with its doer).
_BARE_LEAD = re.compile(r"[\s\d年月日号时当地间上下午晚早凌晨]*")


#: What ends the clause before a bare office (the folded text's marks), and how far back it
#: may open.
_CLAUSE_MARKS = ",:;!?。\n"
_LONGEST_CLAUSE = 60


def named_things(coding: Coding, mentions: list[Mention], party_states: Collection[str]) -> None:
    """台风“韦帕”“范斯高”袭击菲律宾; 使用“法塔赫”导弹打击: a storm's quoted names and the name a
    weapon bears are no actors, though a person's or a party's name may sit inside them (范斯 in
    范斯高, the party 法塔赫 naming a missile)."""
    norm = coding.norm
    stormy = any(w in norm for w in _STORMS)  # once per text: most name no storm
    for m in mentions:
        named = _no_arms(m, party_states) and _WEAPON_NAMED.match(norm, m.end)
        if named or (stormy and _storm_name(norm, m)):
            m.inert = True


def _no_arms(m: Mention, party_states: Collection[str]) -> bool:
    """Is ``m`` a body that bears no arms (a party: 法塔赫, PSE), so that a weapon after it is named
    after it? A state (美国导弹), an armed group (真主党火箭弹, LBNREB) and the party of a party
    state (中共无人机: China's) own the weapon, and so does a state named by its short form or
    another name (遭俄导弹袭击)."""
    return m.kind in _BODY_KINDS and m.code == m.country not in party_states


#: The kinds of mention that name a body rather than a state (法塔赫 is a fixed word).
_BODY_KINDS = ("fixed", "org")


def _storm_name(norm: str, m: Mention) -> bool:
    """Is ``m`` inside a run of quoted names right after a storm word (台风“甲”“乙”)?"""
    opened = norm.rfind("“", max(0, m.start - 30), m.start + 1)
    if opened < 0 or "”" in norm[opened : m.start]:
        return False
    return any(
        run.end() == opened for run in _STORM_RUN.finditer(norm, max(0, opened - 30), opened)
    )


_STORMS = ("台风", "飓风", "热带风暴", "热带气旋", "风暴")
_STORM_RUN = re.compile(f"(?:{'|'.join(_STORMS)})" r"(?:“[^”“]{1,8}”[、和及]?)*")
_WEAPON_NAMED = re.compile(r"”?[-—]?\d*型?(?:导弹|巡航导弹|弹道导弹|火箭弹?|无人机|防空系统|战机)")


def venues(coding: Coding, mentions: list[Mention]) -> None:
    """在联合国、二十国集团等多边平台加强沟通协调: the bodies named between 在 and a venue word
    are where the act is done, not its parties."""
    for m in _after_zai(coding, mentions, "venue_after"):
        m.inert = True


def mediators(coding: Coding, mentions: list[Mention]) -> None:
    """在卡塔尔、埃及和美国斡旋下: after 在, the states before a mediation word are the
    mediators, not the place: none of them is inert. So is a state before its weapons' reach
    (…目标都在伊朗导弹的射程之内): the one whose reach it is, not where the targets lie."""
    for key in ("mediation_after", "reach_after"):
        for m in _after_zai(coding, mentions, key):
            m.inert = False


def missions_protested_at(coding: Coding, mentions: list[Mention]) -> None:
    """在美国驻华使领馆前示威: after 在, a state right before 驻 owns the mission where the act
    is done; protests there are aimed at it, so it is no mere place."""
    norm = coding.norm
    for m in mentions:
        if norm[m.start - 1 : m.start] == "在" and norm.startswith("驻", m.end):
            m.inert = False


def _after_zai(coding: Coding, mentions: list[Mention], key: str) -> list[Mention]:
    """The actors listed between 在 and one of the ``key`` words (在A、B和C斡旋下)."""
    after, norm = tuple(coding.reference.actors.words.get(key, ())), coding.norm
    found: list[Mention] = []
    for i, m in enumerate(mentions):
        if not after or not norm.startswith(after, m.end):
            continue
        j = i
        while j > 0 and norm[mentions[j - 1].end : mentions[j].start] in _LIST:
            j -= 1
        if norm[mentions[j].start - 1 : mentions[j].start] == "在":
            found.extend(mentions[j : i + 1])
    return found


def short_begins_word(coding: Coding, start: int) -> bool:
    """May the character at ``start`` begin a word? At the text's start, after punctuation, or
    after one of ``short_before`` (要求美政府: 求 ends the word before 美), not after a date."""
    if start < 1:
        return True
    before = coding.norm[start - 1]
    return not before.isalnum() or before in coding.reference.actors.words.get("short_before", ())


def ends_word(norm: str, at: int, words: dict[str, tuple[str, ...]]) -> bool:
    """Does the character at ``at`` end a word of ``short_word_ends`` (合法, 增加), so that it
    is no short form of a state?"""
    by_end = per_table(words, "short_word_ends", lambda: _by_last_char(words))
    return any(len(w) <= at + 1 and norm.startswith(w, at + 1 - len(w))
               for w in by_end.get(norm[at], ()))  # fmt: skip


def _by_last_char(words: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """``short_word_ends`` by their last character: a short form tests only its own."""
    found: dict[str, list[str]] = {}
    for w in words.get("short_word_ends", ()):
        found.setdefault(w[-1], []).append(w)
    return {char: tuple(ws) for char, ws in found.items()}


def is_former(coding: Coding, group_start: int, group_end: int, title_start: int) -> bool:
    """Does a ``former`` word (前, 前任) stand right before the title at ``title_start`` inside the
    phrase (玻利维亚前总统莫拉莱斯)?"""
    for word in coding.reference.actors.words.get("former", ()):
        lo = title_start - len(word)
        if lo >= group_start and coding.norm.startswith(word, lo) and title_start <= group_end:
            return True
    return False


def unnamed_speaker(coding: Coding, start: int, limit: int, mentions: list[Mention]) -> bool:
    """Is the sentence spoken by someone who is no actor (国际人士指出, 专家认为)? True when a
    ``third_parties`` word comes before the first speech verb (or colon) in ``[start, limit)``
    and no actor phrase (a state's, or a body's with a code) does (美国专家认为: America speaks;
    毛宁回答媒体提问时表示: 毛宁)."""
    words = coding.reference.actors.words
    verbs, who = per_table(words, "unnamed_speaker", lambda: _speaker_finders(words))
    start = _after_wire_tag(coding.norm, start, limit)
    verb = verbs.search(coding.norm, start, limit)  # the first verb (or colon) in the span
    if verb is None or who is None or who.search(coding.norm, start, verb.start()) is None:
        return False
    # 德国工商界人士指出: the state only names a circle's voices (美国专家认为: America speaks)
    circles = tuple(w for w in words.get("voice_after", ()) if "界" in w)
    return not any(m for m in mentions if start <= m.start < verb.start()
                   and not (m.inert and coding.lower.startswith(circles, m.end))
                   and (m.country or _body_beside_voices(coding.norm, m, verb.start())))  # fmt: skip


#: After a body's phrase, before the speech verb: a joiner to the unnamed voices beside it.
_BESIDE = re.compile(r"[^,。;]{0,8}?(?:以及|和|及|与)")


def _body_beside_voices(norm: str, m: Mention, verb: int) -> bool:
    """非盟委员会副主席以及多位外国学者也表示: a body with a code of its own, joined to unnamed
    voices, speaks (the AU). Alone before a third-party word it does not (联合国粮农组织发布报告说:
    the report; 特别报告员: read as one, as before)."""
    return (m.kind == "org" and bool(m.code) and not m.inert
            and _BESIDE.match(norm, m.end, verb) is not None)  # fmt: skip


#: A wire tag opening a sentence (央视网消息（新闻联播）：): its colon ends the broadcast's lead
#: words, it introduces no speech, so the voice is looked for after it.
_WIRE_TAG = re.compile(r"(?:<[^>]*>|\s)*" + CREDIT_LINE)


def _after_wire_tag(norm: str, start: int, limit: int) -> int:
    """Where a sentence's own words begin after a wire tag (央视网消息（新闻联播）：多国人士表示，
    习近平主席…: the voices are the 人士, not whoever the tag's colon would make speak)."""
    tag = _WIRE_TAG.match(norm, start, limit)
    return tag.end() if tag else start


def _speaker_finders(
    words: dict[str, tuple[str, ...]],
) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The speech verbs and the colon, and the ``third_parties`` words, each as one regex
    (built once per word table): the first verb of a span is where the leftmost search stops,
    where a search for each word in turn asked the text some thirty times per candidate."""
    verbs = (*words.get("speech", ()), ":")
    parties = words.get("third_parties", ())
    return (re.compile("|".join(map(re.escape, verbs))),
            re.compile("|".join(map(re.escape, parties))) if parties else None)  # fmt: skip


def caused(coding: Coding, mention: Mention, before: list[Mention]) -> bool:
    """法国因澳洲撕毁合约: an actor right after ``X因`` gives X's reason, it does not act."""
    start = mention.start
    if start < 2 or coding.norm[start - 1] != "因":
        return False
    return any(m.end == start - 1 for m in before)


# An organisation's name that ends in one of these names its meeting (中国—阿拉伯国家峰会).
_MEETINGS = ("峰会", "论坛", "领导人会议", "外长会议", "外长会", "会议", "大会")


def meeting_tail(coding: Coding, mention: Mention) -> None:
    """Cut the meeting word off an organisation's name (中国—阿拉伯国家|峰会), so that the
    word is the act (出席…峰会) and the name the party met; a generic ``IGO`` stays whole."""
    if mention.kind != "org" or mention.code == "IGO":
        return
    name = coding.norm[mention.start : mention.end]
    for word in _MEETINGS:
        if name.endswith(word) and len(name) > len(word) + 1:
            mention.end -= len(word)
            return


_LINKS = "—\\-－–─"  # the dashes between the parties of a forum's name


def forum_named(coding: Coding, mention: Mention, words: dict[str, tuple[str, ...]]) -> bool | None:
    """An organisation named with its meeting: True when it only names where or when the act
    happens (东盟—中国—海合会峰会期间会见…, 上合组织峰会), False for a China–X summit attended
    (出席中国—东盟峰会: a meeting with X) or a meeting that acts as its body (北约马德里峰会通过…),
    None when no meeting word follows the name.

    >>> from datetime import date
    >>> from dipwatch.coder import coding
    >>> from dipwatch.models import Document
    >>> c = coding(Document("李强出席东盟—中国—海合会峰会期间会见科威特王储。", published=date(2025, 5, 26)))
    >>> [c.norm[m.start:m.end] for m in c.mentions if m.kind == "org" and not m.inert]
    []
    """
    norm = coding.norm
    found = _forum(words.get("event_after", ()), words.get("event_modifiers", ())).match(
        norm, mention.end
    )
    if found is None:
        return None
    if _body_acts(norm, found.end(), words.get("meeting_acts", ())):
        return False  # 联合国大会以141票通过决议: the meeting is its body, which acts
    if found.group(1):  # a name in a chain of parties: 东盟—中国—海合会峰会
        return True
    if _sent_a_message(norm, mention.start, found.end()):
        return False  # 习近平5日致电第35届非洲联盟峰会: the body that meets is addressed
    occasion = _occasion(words.get("occasion_after", ())).match(norm, found.end())
    china_x = norm.startswith(("中国—", "中国-", "中国─", "中-"), mention.start)
    return occasion is not None or not china_x


def _sent_a_message(norm: str, start: int, end: int) -> bool:
    """Is the meeting of ``[start, end)`` what a message is sent to (致电第35届非洲联盟峰会,
    向第33届阿拉伯国家联盟首脑理事会会议致贺信), its body the addressee, as a state is?"""
    before = _MESSAGE_TO.search(norm, max(0, start - 12), start)
    if before is None:
        return False
    return before.group(1) != "向" or norm.startswith(_MESSAGES, end)


#: Right before a meeting's body: a message sent (致电), or 向 (then a message after it), with
#: the meeting's ordinal between (第35届).
_MESSAGE_TO = re.compile(r"(致电|致信|致函|向)(?:第[^，。,;；]{1,5}?[届次])?$")
_MESSAGES = ("致贺信", "致贺电", "致贺词", "致信", "致电", "发来贺信", "发来贺电")


def _body_acts(norm: str, at: int, acts: tuple[str, ...]) -> bool:
    """Does an act of the meeting's body follow, at once or after a vote (以141票赞成通过)?"""
    return bool(acts) and _acts(acts).match(norm, at) is not None


@cache
def _acts(acts: tuple[str, ...]) -> re.Pattern[str]:
    # 以141票赞成通过…; 在英国康瓦尔落幕，公报点名…: a vote, or the meeting's close, before;
    # 联合国大会16日表决通过, 联合国大会 2 月 1 日通过决议: the day of the act after the body.
    return re.compile(
        r"(?:(?:当地时间)?\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*|当天|当日|同日|次日|今天|昨天)?"
        f"(?:以[^，。,;；]{{0,30}}?票[^，。,;；]{{0,12}}?"
        f"|在[^，。,;；]{{0,12}}?(?:落幕|闭幕|结束)[,，])?(?:{one_of(acts)})"
    )


def one_of(words: tuple[str, ...]) -> str:
    """``words`` as a regex alternation, longest first (so that the longest wins at one
    start); a regex that never matches when there are none."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"


@cache
def _forum(events: tuple[str, ...], modifiers: tuple[str, ...]) -> re.Pattern[str]:
    """Dash-joined parties, modifiers (非正式, 第十八次), then a meeting word (峰会)."""
    # 七国集团广岛峰会, 北约马德里峰会: the host city may stand before 峰会 (not a verb: 举行峰会).
    city = f"(?:(?!{one_of(_HOSTING)})[\\u4e00-\\u9fff]{{2,4}}(?=峰会))?"
    return re.compile(f"((?:[{_LINKS}][\\u4e00-\\u9fff]{{1,12}}?)*){city}"
                      f"(?:{one_of(modifiers)}|第[^，。,;；]{{1,4}}?[次届])*(?:{one_of(events)})")  # fmt: skip


_HOSTING = ("举行", "召开", "出席", "参加", "主办", "举办", "主持", "领导人", "首脑", "特别", "非正式")  # fmt: skip


@cache
def _occasion(occasions: tuple[str, ...]) -> re.Pattern[str]:
    """The meeting as the time of another act: 峰会期间, 论坛2026年年会间隙."""
    return re.compile(f"[^，。,;；:：]{{0,10}}?(?:{one_of(occasions)})")


def governed_shorts(coding: Coding, lex: Any, taken: bytearray) -> list[tuple[int, str]]:
    """(position, short form) of each one-character short form governed by a preposition
    (对俄实施制裁, 对美出口, 向朝提供): one of ``adjacent_shorts`` right after one of
    ``short_governors`` and right before one of ``short_after`` or ``short_after_governed``
    (对美好: 好 is no such word)."""
    words = lex.words
    governors = words.get("short_governors", ())
    regexes = (
        _governed(governors, words.get("adjacent_shorts", ()),
                  words.get("short_after", ()) + words.get("short_after_governed", ())),
        _governed(governors, words.get("governed_any", ()), None),  # 对俄布良斯克
        _posted_host(lex.short_sorted, words.get("posted_heads", ())),  # 驻日代表
        _arms_buyer(lex.short_sorted, words.get("arms_trade", ())),  # 对乌军售
        _visited_frame(lex.short_sorted),  # 访法期间
    )  # fmt: skip
    found = {(m.start(), m.group()) for regex in regexes if regex is not None
             for m in regex.finditer(coding.norm)
             if not taken[m.start()] and not taken[m.start() - 1]
             and not _posted_by_named(coding.norm, m.start(), lex)}  # fmt: skip
    return sorted(found)


@cache
def _posted_host(shorts: str, heads: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any state's short form between 驻 and an envoy (召回驻日代表, 驻立大使): where the envoy
    is posted is a state whatever its short form, since 驻 and the envoy fix the reading."""
    if not shorts or not heads:
        return None
    return re.compile(f"(?<=驻)[{re.escape(shorts)}](?={one_of(heads)})")


@cache
def _arms_buyer(shorts: str, heads: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any state's short form between 对, 向 or 涉 and an arms deal (对乌军售, 向以军售, 涉乌
    军援): the deal is the state's, not its army's (乌军, 以军), whichever the short form."""
    if not shorts or not heads:
        return None
    # Built once (cached); the short form first and 对 looked behind it, as in ``_governed``.
    return re.compile(f"[{re.escape(shorts)}](?<=[对向涉].)(?={one_of(heads)})")


@cache
def _visited_frame(shorts: str) -> re.Pattern[str] | None:
    """Any state's short form between 访 and 期间 or 之际 (访法期间, 访德之际, 访日期间): the visit
    named as the frame of a later act, whose 访 and frame fix the reading as 驻 does."""
    if not shorts:
        return None
    # (Not Taiwan's: 柯拉克訪臺期間 frames the PRC's drills of a Traditional chapter, whose
    # rules read 臺 in its own phrases.)
    return re.compile(
        f"[{re.escape(shorts.replace('台', '').replace('臺', ''))}](?<=访.)(?=期间|之际)"
    )


def _posted_by_named(norm: str, at: int, lex: Any) -> bool:
    """俄驻美大使, 三国驻俄外交人员: after a short form, 国 or 方, 驻 and the host make one
    phrase, the sender's envoy (the host is no actor of its own); after a verb (召回驻俄…,
    关闭驻美…) the host stands alone. (A state named in full before 驻 is one phrase with it
    already: 法国驻俄大使.)"""
    return at >= 2 and norm[at - 1] == "驻" and (norm[at - 2] in lex.short_chars
                                                or norm[at - 2] in _SENDER_ENDS)  # fmt: skip


#: The last character of a sender before 驻 that is no state's name (三国驻俄, 该国驻美, 双方,
#: and 中共驻澳, as Taiwan's analysts name the PRC's missions).
_SENDER_ENDS = "国方共"


@cache
def _governed(governors: tuple[str, ...], shorts: tuple[str, ...], after: tuple[str, ...] | None):
    """A governor, a short form, then one of ``after`` (any Chinese character when None)."""
    if not governors or not shorts or (after is not None and not after):
        return None
    cls = lambda chars: "[" + re.escape("".join(sorted(set(chars)))) + "]"  # noqa: E731
    follows = "[\u4e00-\u9fff]" if after is None else cls(after)
    # The short form first, its governor looked behind it (the two characters before the end
    # of the short form): a regex that opens with a character class is skipped along the
    # text to its characters by the engine, one that opens with a lookbehind tried at each.
    return re.compile(f"{cls(shorts)}(?<={cls(governors)}.)(?={follows})")


def state_spans(
    coding: Coding, lex: Any, taken: bytearray, named: dict[str, list[int]]
) -> list[tuple[int, int, str]]:
    """(start, end, state) of each ``X国`` that stands for a state the document names in full,
    X its short form or the first character of its name (宏國 for 宏都拉斯, 瓜國 for 瓜地馬拉,
    沙國 for 沙烏地阿拉伯, as Taiwanese writing has it); not a word of its own (立国, 各国: the
    ``state_never`` list) nor the head of one (国家, 国际: ``state_block_after``).

    >>> from datetime import date
    >>> from dipwatch.coder import coding
    >>> from dipwatch.models import Document
    >>> c = coding(Document("宏都拉斯總統宣布，宏國外長將訪問北京。", published=date(2023, 3, 20)))
    >>> [(c.text[m.start:m.end], m.code) for m in c.mentions][1]
    ('宏國外長', 'HNDGOV')
    """
    words = lex.words
    marks, never = words.get("state_mark", ()), set(words.get("state_never", ()))
    block = set(words.get("state_block_after", ()))
    norm, found = coding.norm, []
    for mark in marks:
        pos = norm.find(mark, 1)
        while pos > 0:
            start, end = pos - 1, pos + len(mark)
            if any(taken[start:end]):  # 中国, 美国: a name of the dictionary (the most, cheap)
                pos = norm.find(mark, pos + 1)
                continue
            char = norm[start]
            states = _named_states(lex, char, named)
            if (len(states) == 1 and norm[end : end + 1] not in block
                    and (norm[start:end] not in never
                         or _named_here(norm, start, states, named, words))):  # fmt: skip
                found.append((start, end, states.pop()))
            pos = norm.find(mark, pos + 1)
    return found  # type: ignore[return-value]


def _named_here(norm: str, start: int, states: set[str], named: dict[str, list[int]],
                words: dict[str, tuple[str, ...]]) -> bool:  # fmt: skip
    """多国 is many states, except right after 多明尼加 is named in full in the same sentence
    (多明尼加与中共建交，我国同日宣布与多国断交): one of ``state_named_here``."""
    if norm[start : start + 2] not in words.get("state_named_here", ()):
        return False
    (state,) = states
    return any(p < start and not _SENTENCE_END.search(norm, p, start) for p in named[state])


_SENTENCE_END = re.compile(r"[。！？!?\n]")


def short_spans(
    coding: Coding, lex: Any, taken: bytearray, named: dict[str, list[int]]
) -> list[tuple[int, int, str]]:
    """(start, end, state) of each side (越方), each state called X国 (宏国, 沙国) and each
    governed short form (对俄)."""
    found = [(start, end, pick(candidates, named))
             for start, end, candidates in side_spans(coding, lex, taken, named)]  # fmt: skip
    found += state_spans(coding, lex, taken, named)
    for start, char in governed_shorts(coding, lex, taken):  # 对俄实施制裁
        candidates = lex.short_chars.get(char, ())
        if candidates:
            found.append((start, start + 1, pick(candidates, named)))
    found += stance_shorts(coding, lex, taken, named)
    found += china_visited(coding, lex, taken)
    return found


def china_visited(coding: Coding, lex: Any, taken: bytearray) -> list[tuple[int, int, str]]:
    """(start, end, CHN) of each 华 right after a verb of coming (访华, 来华, 赴华, 抵华) or in
    a visitor's 在华期间, or the source of 自华进口 goods: 华 is
    no short form of its own (中华, 华人, 华为), but after such a verb it can only be China, the
    party a later 两国 or 双方 counts (印尼总统访华，两国签署…). 台 after such a verb is Taiwan
    the same way (杜勒斯抵臺訪問…，23 日雙方發表聯合公報: the visit's host, the pair's other half)."""
    verbs = lex.words.get("china_coming", ())
    found = []
    for char, (state, word_after) in _VISITED_SHORTS.items():
        regex = _after_coming(verbs, char, word_after)
        if regex is None or char not in coding.norm:  # most items: no search at all
            continue
        found += [(hit.start(), hit.end(), state) for hit in regex.finditer(coding.norm)
                  if not taken[hit.start()]]  # fmt: skip
    return found


#: A short form that is no short form of its own but for a visit's host after a verb of coming,
#: its state, and what after it makes a word of it instead (华人, 台风, 台阶) or, for 台, names
#: the visit as the frame of another act (柯拉克訪臺期間…舉行軍事演習: the drill's, not a party).
_VISITED_SHORTS = {"华": ("CHN", "[人侨裔商]"), "台": ("TWN", "[风阶湾上下灯前后面柱]|期间|之际")}


@cache
def _after_coming(verbs: tuple[str, ...], char: str, word_after: str) -> re.Pattern[str] | None:
    """``char`` after one of ``verbs``, before nothing ``word_after`` matches, and
    not in a clause that ends in 的: 会见访华的美国国务卿, 同来华出席…的总理 describe a visitor
    whom the sentence's own act takes, and China stands there as no party of it."""
    if not verbs:
        return None
    pattern = (
        f"(?<=[{re.escape(''.join(verbs))}]){char}(?!{word_after})(?![^，。,;；:：]{{0,20}}的)"
    )
    if char == "华":
        pattern += (
            "|(?<=在)华(?=期间)"  # 在华期间: a visitor's stay, not a place (在华企业)
            "|(?<=自)华(?=进口)"  # 对自华进口电动汽车征税: the goods' state, which the duty hits
        )
    return re.compile(pattern)


def stance_shorts(
    coding: Coding, lex: Any, taken: bytearray, named: dict[str, list[int]]
) -> list[tuple[int, int, str]]:
    """(start, end, state) of each one-character short form that opens a clause before a
    stance (阿拉米表示，摩坚定奉行一个中国政策): the one state the text names that begins with
    it or is called so; none when two are named (巴 in an item on Bahrain and Pakistan).

    >>> from datetime import date
    >>> from dipwatch.coder import coding
    >>> from dipwatch.models import Document
    >>> c = coding(Document("尼泊尔外长表示，尼始终坚持一个中国原则。", published=date(2024, 5, 1)))
    >>> [(c.text[m.start:m.end], m.code) for m in c.mentions]
    [('尼泊尔外长', 'NPLGOV'), ('尼', 'NPL'), ('中国', 'CHN')]
    """
    regex = _stance(lex.words.get("stance_after_short", ()), lex.words.get("stance_never", ()))
    found = []
    for hit in regex.finditer(coding.norm) if regex is not None else ():
        at = hit.start(1)
        char = coding.norm[at]
        states = _named_states(lex, char, named)
        if len(states) == 1 and not taken[at]:
            found.append((at, at + 1, states.pop()))
    return found


@cache
def _stance(after: tuple[str, ...], never: tuple[str, ...]) -> re.Pattern[str] | None:
    """A clause mark, one CJK character not in ``never``, then one of ``after`` (the mark
    first, so that the search only stops at marks)."""
    if not after:
        return None
    skip = re.escape("".join(sorted(set(never)))) or "_"
    words = "|".join(map(re.escape, sorted(after, key=len, reverse=True)))
    return re.compile(f"[，。：；,:;\n]((?![{skip}])[\u4e00-\u9fff])(?={words})")


def contact_subject(coding: Coding, candidates: list[Mention], verb: int) -> Mention:
    """The speaker among the actors before a speech verb: the last, except in ``A与B通电话时称``,
    ``A在与B的联合记者会上表示`` and ``A在德黑兰会见B时表示``, where B is A's partner and A
    speaks, and in ``A对B、C表示``, where what is said is of B and C."""
    norm = coding.norm
    while len(candidates) > 1 and norm.startswith("表示", candidates[-1].end):
        run = len(candidates) - 1  # 对美韩表示: the states listed after 对
        while run > 0 and norm[candidates[run - 1].end : candidates[run].start] in ("", "、", "和"):
            run -= 1
        if run == 0 or not norm.endswith(("对", "向"), 0, candidates[run].start):
            break
        candidates = candidates[:run]
    last = candidates[-1]
    cut = _subjectless_clause(norm, candidates[0].start, verb)
    if len(candidates) > 1 and cut is not None:
        # 黄循财祝贺中共…召开，表示; 中方坚决反对美方对台军售，并宣布…: a speech verb with no
        # subject of its own in its clause (a word of going on at most) is said by the subject
        # of the clause before, not by the last actor named in it.
        head = max((m.end() for m in _CLAUSE_GAP.finditer(norm, candidates[0].start, cut)),
                   default=candidates[0].start)  # fmt: skip
        opening = [m for m in candidates if m.start >= head]
        if opening and opening[0] is not last and _opens_clause(norm, opening[0].start):
            return opening[0]
    if len(candidates) > 1:
        before = candidates[-2]
        gap = norm[before.end : last.start]
        if _met_when(norm, gap, last.end, verb) or _at_meeting_with(norm, gap, last.end, verb):
            return before
        if norm.startswith(_HOSTED, last.end):
            return before  # A在参加B主办的…会议时表示: B hosts the occasion, A speaks
        attending = _attendee(norm, candidates, verb)
        if attending is not None:
            return attending  # A在参加B…会议后表示: B's meeting is where A went, A speaks
        if (
            gap.endswith(_PARTNER_MARKS)
            and (len(gap) < 8 or _dated_place_lead(gap))
            and (
                "时" in norm[last.end : verb]  # A与B通电话时称
                or (
                    gap.startswith("在") and norm.startswith("的", last.end)
                )  # A在与B的记者会上表示
            )
        ):
            return before
    return last


#: After a state, these make it the host of the occasion a speaker speaks at, not the speaker.
_HOSTED = ("主办的", "举办的", "承办的", "主持召开的")

#: A在参加（出席）B…会议后（时）表示: between A and B the frame's opening; after B, in the same
#: clause, the occasion and the word that closes the frame right before the speech verb.
_ATTENDED = re.compile(r"在(?:参加|出席)了?[^，,。；;]{0,6}$")
_ATTENDED_CLOSE = re.compile(r"[^，,。；;]{0,40}(?:后|时|期间|之际|上)\s*$")


def _attendee(norm: str, candidates: list[Mention], verb: int) -> Mention | None:
    """The actor before 在参加 (在出席) when every actor after it lies in that frame, which the
    speech verb closes (奥吉在参加石油输出国组织（欧佩克）与非欧佩克产油国…会议后表示)."""
    for one, nxt in pairwise(candidates):
        if _ATTENDED.search(norm, one.end, nxt.start) and _ATTENDED_CLOSE.match(
            norm, nxt.start, verb
        ):
            return one
    return None


#: A在与到访的B举行的联合记者会上表示, A日前同B会谈时说: B is the partner of the occasion
#: A speaks at (a clause of its own between 在与 and the speech verb, a qualifier before B).
_WITH_BEFORE = re.compile(r"在(?:与|同|和)[^，,。；;]{0,6}$")
_OCCASION_AFTER = re.compile(r"[^，,。；;]{0,16}(?:会上|时|期间|之际)\s*$")


def _at_meeting_with(norm: str, gap: str, after: int, verb: int) -> bool:
    """Does ``gap`` (between the first actor and the last) open an occasion shared with the
    last (在与到访的…) that closes right before the speech verb (…举行的联合记者会上表示)?"""
    return bool(_WITH_BEFORE.search(gap)) and bool(_OCCASION_AFTER.match(norm[after:verb]))


def _subjectless_clause(norm: str, lo: int, verb: int) -> int | None:
    """Where the clause before ends when the speech verb at ``verb`` opens its own clause, a
    word of going on (并, 同时…) at most before it; else None."""
    cut = norm.rfind(",", lo, verb)  # folded text: its commas are half-width
    if cut < 0 or not _GOES_ON.fullmatch(norm, cut + 1, verb):
        return None
    return cut


#: What may open a clause before its verb and leave the subject the clause before's.
_GOES_ON = re.compile(r"\s*(?:并且|并|同时|随后|随即)?\s*")


def _opens_clause(norm: str, at: int) -> bool:
    """Does an actor at ``at`` open its clause (after punctuation, a line or the text's start)?"""
    return at == 0 or norm[at - 1] in "，,。；;：:\n　 "


#: Before the partner of an act: read by the speaker's gap and by ``_met_leaders`` alike.
_PARTNER_MARKS = ("与", "同", "和", "跟")
#: Between a speaker and the partner of 与/同: a day and a place (9 日在白宫与), nothing else.
_DATED_PLACE = re.compile(r"\s*(?:\d{1,2}\s*日)?\s*在[^，,。；;]{1,6}[与同跟]$")


def _dated_place_lead(gap: str) -> bool:
    """Is ``gap`` a day and a place before 与 (布希 9 日在白宫与温家宝会谈时表示): the first
    actor meets the second there, and speaks, as in A与B通电话时称."""
    return _DATED_PLACE.fullmatch(gap) is not None


#: A会见B时表示: B is the one met, A speaks.
# (习近平主席访美期间宣布, 在访问法国时表示: the one visited is B, the visitor speaks.)
_MEETING_VERBS = ("会见", "会晤", "接见", "会谈", "访问", "访", "出访", "到访", "访问了")
_MET_FRAMES = ("时", "时表", "时还", "期间", "期间表", "期间还", "之际", "之际表")
_MET_GAP = 12  # 23日在德黑兰会见: a date and a place may stand between A and the verb


def _met_when(norm: str, gap: str, after: int, verb: int) -> bool:
    """Is ``gap`` (between A and B) a meeting or visiting verb's lead-in, and the speech verb
    B's ``时`` (期间, 之际) clause's (A在德黑兰会见B时表示, A访美期间宣布)?"""
    return (gap.endswith(_MEETING_VERBS) and len(gap) <= _MET_GAP
            and norm[after:verb].endswith(_MET_FRAMES)
            and not _CLAUSE_GAP.search(gap))  # fmt: skip


_CLAUSE_GAP = re.compile(r"[,。;]")


def run_kind(
    norm: str, i: int, k: int, words: dict[str, tuple[str, ...]], names: Collection[str] = ()
) -> str | None:
    """What a run of one-character short forms ``norm[i:k]`` is: ``short`` (the states
    themselves: 中立两国, 沙伊双方, and a known pair before a few words, 法德为…, or after
    an appeal or a warning addressed to them, 呼吁美俄…), ``pair`` (a pair that describes a
    thing: 中美关系) or None (no pair: 中美洲, an ordinary word).

    >>> w = {"dyad_context": ("关系", "双方"), "dyad_subject": ("双方",), "dyad_block": ("洲",),
    ...      "pair_words": ("法德", "美俄"), "pair_after": ("为",), "pair_before": ("呼吁",)}
    >>> [run_kind(t, 0, 2, w) for t in ("中美关系", "沙伊双方", "中美洲", "法德为", "法德是")]
    ['pair', 'short', None, 'short', None]
    >>> [run_kind(t, 2, 4, w) for t in ("呼吁美俄恢复对话", "呼吁美俄关系", "支持美俄恢复对话")]
    ['short', 'pair', None]

    One character twice names no pair (南南合作: South-South cooperation, not South Africa's).

    >>> run_kind("南南合作关系", 0, 2, w)
    """
    if k - i < 2 or norm[k : k + 1] in words.get("dyad_block", ()):
        return None
    if len(set(norm[i:k])) == 1:
        return None
    if norm.startswith(words.get("dyad_context", ()), k):
        if norm.startswith("总统", k) and norm[i:k] not in words.get("pair_words", ()):
            return None  # 同洛伊特哈德总统会谈: a name's last characters, not 哈 and 德
        if norm.startswith(words.get("dyad_subject", ()), k) or _met_leaders(norm, i, k, words):
            return "short"
        if norm.startswith(_JOINT, k) and norm.endswith(words.get("pair_before", ()), 0, i):
            return "short"  # 将对等回应美韩联合军演: the pair's joint act, addressed
        return "pair"
    if _doers_run(norm, i, k, words, names):
        return "short"
    known = k - i == 2 and norm[i:k] in words.get("pair_words", ())
    if not known:
        return None
    if norm.endswith(words.get("pair_before", ()), 0, i):
        return "short"  # addressed
    acting = norm.startswith(words.get("pair_after", ()), k) or _PAIR_DAY.match(norm, k)
    if not acting and _opens_clause(norm, i) and _TAKEN_UP.match(norm, k):
        acting = True  # 中韩高度重视建交30周年，两国元首互致贺函: the pair the 两国 takes up
    return "short" if acting else None


#: After a pair, its joint act (美韩联合军演): what is addressed to it is addressed to both.
_JOINT = "联合"


def _met_leaders(norm: str, i: int, k: int, words: dict[str, tuple[str, ...]]) -> bool:
    """A known pair's leaders after 与 (同, 和, 跟): whom another doer met or called, each of
    the two states (马克龙分别与俄美总统通话, as 与俄美两国总统通话), not a thing of the pair."""
    return (k - i == 2 and norm[i:k] in words.get("pair_words", ())
            and norm.endswith(_PARTNER_MARKS, 0, i) and norm.startswith(_PAIR_TITLES, k))  # fmt: skip


#: Who meets for states named together: a group's (四方安全对话领导人, ``groups``) or a pair's.
MEETING_TITLES = ("领导人", "元首", "首脑", "外长", "防长")
#: The titles of a pair's leaders after it (俄美总统, 中俄外长).
_PAIR_TITLES = ("总统", *MEETING_TITLES, "总理")


#: A later clause of the sentence opening with 两国 or 双方 after a known pair that opens its
#: own clause: the words go on about the pair, which names the two states.
_TAKEN_UP = re.compile(r"[^。!?;]{0,40}?,\s*(?:两国|双方)")


# The day right after a known pair (美英19日再次对也门…发动了空袭, 俄乌12日交换…人员, 泰柬今天…交火):
# the pair is the subject of that day's act, as after 当天 (``pair_after``). Not 近期, 近来: a
# span, whose pair may name a region (欧美近期就…谴责…: the gold has the US's act alone).
_PAIR_DAY = re.compile(r"今天|今日|近日|日前|\d{1,2}日")


def _doers_run(
    norm: str, i: int, k: int, words: dict[str, tuple[str, ...]], names: Collection[str] = ()
) -> bool:
    """Three or more short forms that open a clause (美英澳宣布…, 美日印澳举行…) or follow a
    preposition (对于美英澳宣布…, 要求美日印澳…: ``short_before``, ``topic_openers``) are the
    states themselves, with no group word after them, unless the run ends in a word of two of
    them (巴立法机构, Barbados' legislature: ``run_word_ends``), or is a transliterated name
    (``transliterated_run``)."""
    if norm[k - 2 : k] in words.get("run_word_ends", ()):  # 同巴立法机构: 立法 is a word
        return False
    if transliterated_run(norm, i, k, names):
        return False
    before = words.get("short_before", ()) + words.get("topic_openers", ())
    return k - i >= 3 and (_opens_clause(norm, i) or norm.endswith(before, 0, i))


def transliterated_run(norm: str, i: int, k: int, names: Collection[str]) -> bool:
    """Is the run of short forms ``norm[i:k]`` a foreign name spelt in characters that are also
    short forms (卡斯卡德小学, 卡塔尼亚, 俄伊斯坎德尔导弹) rather than states listed? A list names
    no state twice (卡…卡), and a name goes on in a transliteration character (``names``, the
    table's ``name_chars``) where a list ends in its act or its thing (美英澳宣布, 英法德三国).
    A part of a full name the text spells with its middle dot (沙特国防大臣哈立德·本·萨勒曼 …
    哈梅内伊也会见了哈立德) is that person again: no list of states stands beside a name's dot.

    >>> transliterated_run("会见了哈立德·本·萨勒曼。也会见了哈立德。", 17, 20, ())
    True
    >>> transliterated_run("会见了哈立德。", 3, 6, ())
    False
    """
    run = norm[i:k]
    return (len(set(run)) < k - i or norm[k : k + 1] in names
            or run + "·" in norm or "·" + run in norm)  # fmt: skip


def pick(candidates: tuple[str, ...], named: Collection[str | None]) -> str:
    """An ambiguous short form means the country the document names in full, if one does;
    else the one whose usual counterpart it names (巴 beside 以军 is Palestine: 以军打击巴武装)."""
    for iso3 in candidates:
        if iso3 in named:
            return iso3
    for iso3 in candidates:
        if any(other in named for other in _COUNTERPARTS.get(iso3, ())):
            return iso3
    return candidates[0]


#: The state a short form's state is told beside (巴 with Israel named is Palestine, not
#: Pakistan or Brazil).
_COUNTERPARTS = {"PSE": ("ISR",)}


_JOINED = ("与", "和", "及", "、")


def share_country(coding: Coding, mentions: list[Mention]) -> None:
    """A lone office joined to an actor of a state is that state's (美国财政部与国务院: both
    America's), not the document's home state's, which a lone 国务院 would otherwise be."""
    for before, m in pairwise(mentions):
        if (m.kind == "role" and before.country and before.country != m.country
                and coding.norm[before.end : m.start] in _JOINED
                and coding.norm[m.start - 1 : m.start] not in ("", "驻")):  # fmt: skip
            m.country, m.code = before.country, before.country + m.code[3:]


def named_again(
    coding: Coding, names: dict[str, Mention], mentions: list[Mention]
) -> list[Mention]:
    """A name the document first gave with a title (捷克参议院议长韦德齐) is the same actor
    where it stands alone later (韦德齐将付出沉重代价), not an unknown word.

    >>> from datetime import date
    >>> from dipwatch.coder import coding
    >>> from dipwatch.models import Document
    >>> c = coding(Document("捷克参议院议长韦德齐访台。王毅警告，韦德齐将付出代价。",
    ...                     published=date(2020, 8, 31)))
    >>> [(c.norm[m.start:m.end], m.country) for m in c.mentions][-1]
    ('韦德齐', 'CZE')
    """
    taken = bytearray(len(coding.norm) + 1)
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    found = []
    for name, first in {**names, **surnames(names)}.items():
        if len(name) < 2:
            continue
        pos = coding.norm.find(name, first.end)
        while pos >= 0:
            end = pos + len(name)
            if not any(taken[pos:end]):
                found.append(Mention(pos, end, first.code, first.country, "person"))
            pos = coding.norm.find(name, end)
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def surnames(names: dict[str, Mention]) -> dict[str, Mention]:
    """The surname of each Japanese name of four characters (高市早苗: 高市, 岸田文雄: 岸田), or of
    five with a given name of three (小泉纯一郎: 小泉), which Chinese writing uses alone once the
    full name is given (批评高市发言, 小泉访问平壤): Japanese names are written two characters of
    surname, then the given name."""
    return {name[:2]: first for name, first in names.items()
            if first.country == _JAPAN and (len(name) == 4 or _LONG_GIVEN.fullmatch(name))}  # fmt: skip


#: 小泉纯一郎, 桥本龙太郎, 石原慎太郎: a Japanese name of five characters ending on 郎 has a given
#: name of three (纯一郎, 龙太郎), so its surname is still the first two.
_LONG_GIVEN = re.compile(r"..[^郎]{2}郎")


_JAPAN = "JPN"


#: How far back (characters) an anaphor (该武装, 该国) looks for the actor it names again.
_ANAPHOR_REACH = 160


def anaphors(coding: Coding, mentions: list[Mention]) -> list[Mention]:
    """该武装, 该组织, 该国 name again the actor told last before them in the item, a reporter
    or a place too (据黎巴嫩真主党武装发布的消息，3日和4日，该武装发射…: Lebanon's), but
    never a pair (中美关系) nor the document's home state; they replace what was read inside
    them (该国政府: no lone 政府).

    >>> from datetime import date
    >>> from dipwatch.coder import coding
    >>> from dipwatch.models import Document
    >>> c = coding(Document("据黎巴嫩真主党武装消息，该武装向以色列发射火箭弹。",
    ...                     published=date(2024, 7, 4), source="xwlb"))
    >>> [(c.norm[m.start:m.end], m.country) for m in c.mentions if m.kind == "anaphor"]
    [('该武装', 'LBN')]
    """
    words = coding.reference.actors.words
    finder = per_table(words, "anaphors", lambda: _anaphor_finder(words.get("anaphors", ())))
    if finder is None:
        return mentions
    norm, found = coding.norm, []
    conditions = [m.span() for m in _CONDITION.finditer(norm)]
    for match in finder.finditer(norm):
        start, end = match.span()
        told = (
            [m for m in mentions if not _supposed(m, conditions, start)] if conditions else mentions
        )
        last = _antecedent(coding, told, start)
        if last is not None:
            found.append(
                Mention(start, end, _named_again_as(last, match.group()), last.country, "anaphor")
            )
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m.start < a.end and a.start < m.end for a in found)]
    return sorted(kept + found, key=lambda m: m.start)


#: A condition's clause (如果以色列持续袭击加沙地带，): what it names is supposed, not told (not
#: 要是, which 主要是 holds).
_CONDITION = re.compile(r"(?:如果|倘若|假如|一旦|若是|如若)[^,;:!?。]*[,;]")


def _supposed(mention: Mention, conditions: list[tuple[int, int]], at: int) -> bool:
    """Whether ``mention`` stands in a condition's clause closed before ``at``: 胡塞武装称，如果以色列
    持续袭击加沙地带，该组织将…: 该组织 names the group that speaks, not Gaza (seed-189 batch)."""
    return any(lo <= mention.start and hi <= at for lo, hi in conditions if mention.end <= hi)


#: 其 or 之 as the partner of a pair's act (与其建交, 同其会谈, 与之建交): a pronoun only between
#: 与/同/和/跟 and the act, not 其他, 其中, 尤其, 与之相关.
_PARTNER_PRONOUN = re.compile(
    r"(?<=[与同和跟])[其之](?=建交|复交|断交|断绝|终止|中止|恢复|签署|签订|会谈|会晤|举行)"
)
#: Where a clause begins (the doer of 与其… is named after it).
_CLAUSE_MARK = re.compile(r"[,;。:!?]")


def partner_pronouns(coding: Coding, mentions: list[Mention]) -> list[Mention]:
    """南蘇丹宣布獨立，中共同日與其建交 (與之建交): 其 or 之 between 与 and a pair's act is the state named
    last before the clause it stands in (the clause's own doer is the other party), never the
    document's home state nor a pair."""
    norm, found = coding.norm, []
    for match in _PARTNER_PRONOUN.finditer(norm):
        at = match.start()
        clause = max(
            (m.end() for m in _CLAUSE_MARK.finditer(norm, max(0, at - 80), at)), default=-1
        )
        if clause < 0:
            continue
        doer = next((m for m in starting_in(mentions, clause, at) if m.country), None)
        last = _antecedent(coding, mentions, clause, _ties_rivals(doer))
        if last is not None and match.group() == "之" and _before_sentence(coding, last, at):
            continue  # 之 names only a state of its own sentence (坦噶尼喀…独立，…与之建交)
        if last is not None:
            found.append(Mention(at, at + 1, last.country, last.country, "anaphor"))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


#: 其 right after a demand word that opens a clause (谴责以色列…，要求其立即无条件撤军): whom the
#: demand is made of, not 其他, 其中.
_DEMANDED_PRONOUN = re.compile(
    r"(?<=[,;]|并)\s*(?:要求|敦促|强烈要求|严正要求)(其)(?![他中余次实])"
)


def demanded_pronouns(coding: Coding, mentions: list[Mention]) -> list[Mention]:
    """叙利亚…发表声明，谴责以色列入侵叙利亚领土，要求其立即无条件撤军: 其 after a demand word
    opening a clause is the state named last before it in its sentence that is not the
    sentence's doer (its first state), as 与其 names a partner (``partner_pronouns``)."""
    norm, found = coding.norm, []
    for match in _DEMANDED_PRONOUN.finditer(norm):
        at = match.start(1)
        sentence = next(s for s in reversed(coding.sentences) if s.start <= at)
        # (据美国媒体报道，爱尔兰…: a reporter, inert, is no doer)
        doer = next((m for m in starting_in(mentions, sentence.start, at)
                     if m.country and not m.inert), None)  # fmt: skip
        if doer is None:
            continue
        last = _antecedent(coding, mentions, at, frozenset((doer.country,)))
        if last is not None and last.start >= sentence.start:
            found.append(Mention(at, at + 1, last.country, last.country, "anaphor"))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _before_sentence(coding: Coding, mention: Mention, at: int) -> bool:
    """Whether ``mention`` stands before the sentence that holds ``at``."""
    return mention.start < next(s.start for s in reversed(coding.sentences) if s.start <= at)


def _antecedent(
    coding: Coding, mentions: list[Mention], at: int, unlike: frozenset[str] = frozenset()
) -> Mention | None:
    """The actor named again at ``at``: the last of ``mentions`` that ends before it within
    ``_ANAPHOR_REACH``, of a state, neither a pair nor the document's home state nor one of
    ``unlike``."""
    return next((m for m in reversed(mentions) if m.end <= at and at - m.end <= _ANAPHOR_REACH
                 and m.country and m.kind != "pair" and m.country != coding.home
                 and m.country not in unlike), None)  # fmt: skip


#: The two sides whose ties a third state chooses between: a state that makes or cuts ties
#: with 其 does so with neither itself nor its rival (加拿大…同中国建交，台湾当局同日宣布与其断交:
#: Canada, named before China).
_RIVALS = {"CHN": "TWN", "TWN": "CHN"}


def _ties_rivals(doer: Mention | None) -> frozenset[str]:
    """The states 其 cannot name after ``doer``: its own and its rival's."""
    if doer is None or not doer.country:
        return frozenset()
    return frozenset((doer.country, _RIVALS.get(doer.country, doer.country)))


def _anaphor_finder(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The anaphors, longest first, as one regex: built once per word table, not per text."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered))) if ordered else None


def _named_again_as(last: Mention, word: str) -> str:
    """The code an anaphor takes from the actor before it: an armed group or party named again
    as itself (胡塞武装…该武装: the group, YEMREB), anything else as its state (美国总统…该国: USA,
    not the president's office)."""
    if last.kind == "fixed" and not word.endswith("国"):
        return last.code
    return last.code[:3]


#: A count of states standing for a list told before it (…美国、英国和苏联代表草签…，三国 8 月
#: 5 日正式签署): not an ordinal (第三国), a larger number (十三国), nor the era or the novel.
_COUNTED_STATES = re.compile(
    r"(?<![第\d一二三四五六七八九十百几多])([三四五六])国(?!演义|志|时期|时代|鼎立|争霸|故事)"
)
_COUNTS = {"三": 3, "四": 4, "五": 5, "六": 6}
#: Regions and groups a count of their states follows (中亚五国, 北欧五国, 其他三国): named by the
#: region or left unnamed, not by a list told before.
_REGION_BEFORE = re.compile(
    r"(?:中亚|北欧|南欧|西欧|东欧|中东欧|欧洲|非洲|北非|东非|西非|南部非洲|拉美|南美|中美|北美|东南亚"
    r"|南亚|西亚|中东|海湾|阿拉伯|波罗的海|湄公河|澜湄|东盟|加勒比|太平洋|岛|其他|其余|另外|周边|邻近"
    r"|沿岸|西方|发达|欧盟|金砖)$"
)
#: What may join the states of a list (美国、英国和苏联): the list must have a 、 too.
_LIST_JOINS = ("、", "和", "与", "及", "以及")
#: How many sentences before the count its list may stand (the sentence itself first).
_COUNTED_BACK = 2


def counted_anaphors(coding: Coding, mentions: list[Mention]) -> list[Mention]:
    """三国 with no states of its own right before it names again the last list of exactly three
    states (``、`` between them) told in its sentence before it or in the two sentences before
    (in a chapter a paragraph is often one sentence), not across a heading: each of them becomes a party at the count (zero-width, side by side, so the
    count after them makes a group as 美英苏三国 does)."""
    norm = coding.norm
    if "国" not in norm:
        return mentions
    found: list[Mention] = []
    starts = [s.start for s in coding.sentences]
    words = coding.reference.actors.words
    voices = (*words.get("voice_after", ()), *words.get("reporter_after", ()))
    for match in _COUNTED_STATES.finditer(norm):
        at = match.start()
        if any(m.country and not m.inert and at - 2 <= m.end <= at for m in mentions):
            continue  # 美英苏三国, 英国、法国和以色列三国: the list is right there
        if _REGION_BEFORE.search(norm, max(at - 5, 0), at):
            continue  # 中亚五国, 北欧五国: a region's states, named by it, no list's
        after = coding.lower[match.end() : match.end() + 6]
        if after.startswith(voices):
            continue  # 三国人士高度赞扬…: people of the states, no state speaks
        index = bisect_right(starts, at) - 1
        if index < 0:
            continue
        states = _last_list(coding, mentions, index, at, _COUNTS[match.group(1)])
        found.extend(Mention(at, at, m.code[:3], m.country, "short") for m in states)
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _last_list(
    coding: Coding, mentions: list[Mention], index: int, at: int, count: int
) -> list[Mention]:
    """The latest list of ``count`` distinct states (with a 、) ending before ``at``, in the
    sentence ``index`` or the few before it; else none."""
    norm = coding.norm
    for i in range(index, max(index - _COUNTED_BACK, 0) - 1, -1):
        s = coding.sentences[i]
        if i < index and is_headline(norm, s):
            break  # a section of its own
        named = [m for m in starting_in(mentions, s.start, min(s.end, at))
                 if m.country and not m.inert and m.end <= at]  # fmt: skip
        runs: list[list[Mention]] = []
        for m in named:
            if runs and norm[runs[-1][-1].end : m.start] in _LIST_JOINS:
                runs[-1].append(m)
            else:
                runs.append([m])
        for run in reversed(runs):
            countries = list(dict.fromkeys(m.country for m in run))
            joins = norm[run[0].end : run[-1].start]
            if len(countries) == count and "、" in joins:
                return [next(m for m in run if m.country == c) for c in countries]
    return []
