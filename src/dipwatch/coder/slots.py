"""Filling actor slots that a pattern left open, for the ``patterns`` component.

A rule names its fallbacks (``source: first|before|speaker|home``, ``target: after|first_other``
or a fixed code); coordinated actors (美国和欧盟, the United States and Britain) share one slot;
a passive marker (遭, 受到) swaps the roles.

>>> fixed_actor("CHNGOV", 3).country
'CHN'
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dipwatch.coder.actors import names_publication, speaker_before
from dipwatch.coder.carry import told_of, visit_frame
from dipwatch.coder.doc import BY_START, Match, Mention, fixed_actor, starting_in
from dipwatch.coder.zh_actors import unnamed_speaker

if TYPE_CHECKING:
    from dipwatch.coder.matcher import Matcher


# A noun of saying or knowing and "that": the clause after it is the noun's content, and an
# actor named there is no object of the verb before it (the finding that Moscow had meddled).
_NOUN_CONTENT = re.compile(
    r"\b(?:finding|findings|conclusion|conclusions|assessment|claim|claims|allegation|"
    r"allegations|report|reports|belief|view|suggestion|evidence|accusation|accusations)\s+that\b"
)


def coordinated(
    mt: Matcher, m: Mention, other: Mention | None, steps: tuple[int, ...] = (-1, 1)
) -> list[Mention]:
    """An actor and those joined to it by 和/与/、/and on either side (美国和欧盟, 土耳其和叙利亚),
    never reaching the other slot's actor (习近平与普京会晤: 与 joins the two slots). Worked
    out once per sentence for each actor: several checks of every candidate ask."""
    key = ("coordinated", id(m), id(other), steps)
    found = mt.cache.get(key)
    if found is None:  # m and other are kept with their group: no other object takes their ids
        found = mt.cache[key] = (m, other, _coordinated(mt, m, other, steps))
    return list(found[2])  # type: ignore[index]


#: The seat of an organisation named after it (访问欧盟总部、德国和法国): the organisation is
#: the item of the list.
_SEATS = ("总部", "总部所在地", "本部")


def _seat_then(gap: str, conj: tuple[str, ...]) -> bool:
    """Is ``gap`` a seat word and a conjunction (欧盟 总部、 德国)?"""
    seat = next((w for w in _SEATS if gap.startswith(w)), None)
    return seat is not None and gap[len(seat) :].strip() in conj


#: A list closed by 等 and a count of states, their title, then more joined (沙特阿拉伯等19国外长
#: 以及阿拉伯国家联盟和伊斯兰合作组织秘书长): the actors after it go on the list.
_LIST_CLOSED_THEN = re.compile(
    r"^等[0-9一二三四五六七八九十几多]*(?:个)?国(?:家)?(?:外长|领导人|代表|元首|政府)?(?:以及|及|和)$"
)


#: A state's delegation, then the next joined (分别与伊朗代表团和美国代表团举行会谈): both listed
#: (coder-audit39's seed 198).
_DELEGATION_THEN = re.compile(r"^(?:政府|谈判)?代表团(?:以及|及|和|与|、)$")


def _coordinated(
    mt: Matcher, m: Mention, other: Mention | None, steps: tuple[int, ...]
) -> list[Mention]:
    conj = mt.rules.lexicon["conjunctions"]
    ordered = mt.active
    i = next((k for k, x in enumerate(ordered) if x is m), -1)
    if i < 0:
        return [m]
    group = [m]
    for step in steps:
        j, last = i + step, m
        while 0 <= j < len(ordered) and len(group) < 8:
            x = ordered[j]
            if x is other:
                break
            gap = mt.text[x.end : last.start] if step < 0 else mt.text[last.end : x.start]
            earlier = x if step < 0 else last
            side_by_side = not gap and x.kind == last.kind == "short"  # 赞赏法德为…: both
            if gap == " " and x.code == last.code:  # Finnish President Sauli + Niinisto: one
                last, j = x, j + step
                continue
            if step > 0 and _partner_of_act(mt, gap, x):
                break  # 对巴拿马与中共建交深表遗憾: the partner of the act, not a co-object
            if (
                gap not in conj
                and gap.strip() not in conj
                and not side_by_side
                and not _named(mt, earlier, gap, conj)
                and not _seat_then(gap, conj)
                and not _LIST_CLOSED_THEN.match(gap)
                and not _DELEGATION_THEN.match(gap)
                and not _unknown_item(mt, x, last, gap)
            ):
                break
            group.append(x)
            last, j = x, j + step
    group.sort(key=BY_START)
    return _serial_join_cut(mt, group, m) if mt.english else group


def _serial_join_cut(mt: Matcher, group: list[Mention], m: Mention) -> list[Mention]:
    """A comma before "and" ends a list only after a comma between its earlier members
    (France, Germany, and Spain); with none before it, ", and" joins a new clause (held drills
    with France, and Spain lodged a protest): the group keeps ``m``'s side of that join."""
    gaps = [mt.text[a.end : b.start] for a, b in itertools.pairwise(group)]
    if any(g.strip() in (",", ", the") for g in gaps):
        return group
    cut = next((k for k, g in enumerate(gaps) if g.startswith(", and")), None)
    if cut is None:
        return group
    return group[: cut + 1] if m.start <= group[cut].start else group[cut + 1 :]


#: 与 (同, 和, 跟) before a partner: of a contact (与纳吉会谈, 同穆加贝会谈), and of an act of the
#: one before it that names no third (巴拿马与中共建交: Panama establishes relations with the
#: PRC), and those acts; collusion too (污蔑俄罗斯与阿富汗塔利班勾结: Russia is the accused,
#: the Taliban its alleged partner; 施压沙特与以色列关系正常化: Saudi Arabia is pressed, Israel
#: the partner).
_WITH = ("与", "同", "和", "跟")
_ACTS_WITH_A_PARTNER = ("建交", "断交", "复交", "建立外交关系", "恢复外交关系", "断绝外交关系",
                   "关系正常化", "勾结", "串通", "合谋", "勾连")  # fmt: skip


def _partner_of_act(mt: Matcher, gap: str, m: Mention) -> bool:
    """Is ``m``, after ``gap``, the partner of the act of the actor before it (与中共建交)?"""
    return gap in _WITH and mt.text.startswith(_ACTS_WITH_A_PARTNER, m.end)


_NAME_RUN = re.compile(r"^[\u4e00-\u9fff·\-]{2,12}$")
#: One item of a list of states between two the lexicon knows (访问法国、西德、英国; 扎伊尔、刚果、
#: 赞比亚): a name of its time or a short one no table holds.
_STATE_NAMES = ("name", "alias")
_LIST_ITEM = re.compile(r"^、([\u4e00-\u9fff]{2,6})(?:、|和|及|与)$")


def _unknown_item(mt: Matcher, x: Mention, last: Mention, gap: str) -> bool:
    """Does a list of states go on past a name no table holds (华国锋先后访问法国、西德、英国及
    义大利: Britain and Italy)? Only between two states, and a name with no word that ends an
    item (a title, a role: 法国总统、德国 is read by ``_named``)."""
    found = _LIST_ITEM.match(gap)
    if mt.english or found is None or x.kind not in _STATE_NAMES or last.kind not in _STATE_NAMES:
        return False
    return not any(w in found.group(1) for w in mt.rules.lexicon["name_stops"])


def _named(mt: Matcher, earlier: Mention, gap: str, conj: tuple[str, ...]) -> bool:
    """秘鲁外长冈萨雷斯-奥莱切亚、阿根廷外长…: a title's unknown name, then a conjunction."""
    if mt.english or not mt.text.endswith(mt.rules.lexicon["titles"], earlier.start, earlier.end):
        return False
    joined = next((c for c in conj if c.strip() and gap.endswith(c)), None)
    name = gap[: len(gap) - len(joined)] if joined else ""
    stops = mt.rules.lexicon["name_stops"]
    return bool(_NAME_RUN.match(name)) and not any(w in name for w in stops)


def passive_subject(mt: Matcher, lex: dict, source: Mention, force: bool = False) -> Mention | None:
    """德黑兰遭美国空袭: after a passive marker the source is the doer, and the actor before
    the marker is the one the act is done to; for ``force``, a place too (荷台达省遭美军空袭:
    force is used on the place's state, as ``struck_place`` has it)."""
    if not lex["passive"]:
        return None
    # 遭美国、以色列空袭: the marker stands before the first of coordinated doers.
    source = coordinated(mt, source, None)[0]
    lo = max(mt.s.start, source.start - 8)
    text = mt.text
    for w in lex["passive"]:
        pos = text.rfind(w, lo, source.start)
        gap = text[pos + len(w) : source.start] if pos >= 0 else ""
        if pos >= 0 and (len(gap) <= 1 or _COUNT.fullmatch(gap)):
            before = [m for m in mt.mentions if m.end <= pos
                      and (not m.inert or (force and m.kind == "place"))]  # fmt: skip
            if before and text[pos - 1 : pos] in ("，", ","):
                # 裴洛西抵达台北访问，遭中共谴责: a clause of its own is about the sentence's subject
                before = before[:1]
            struck = _subject_at_the_place(text, before) if force else None
            if struck is not None and struck.country != source.country:
                return struck
            if before and before[-1].country != source.country:
                return before[-1]
    return None


#: A count of what the doer used, between the passive marker and the doer (遭到两艘乌克兰水面
#: 无人艇袭击, 遭数十架以军战机空袭).
_COUNT = re.compile(r"[\d一二两三四五六七八九十百千数多几]+[艘架枚名辆发颗批个]")


def passive_target(mt: Matcher, lex: dict, target: Mention) -> bool:
    """受到美国制裁: a passive marker right before the target means the roles are reversed."""
    return mt.has_any(lex["passive"], max(mt.s.start, target.start - 3), target.start)


def fallback_source(
    mt: Matcher, how: str, left: int, a: int, target: Mention | None
) -> Mention | None:
    avoid = target.country if target is not None else None
    usable = [m for m in mt.mentions if not m.inert and (avoid is None or m.country != avoid)]
    if how == "first" and not mt.english:
        usable = [m for m in usable if not _inviter(mt, m) and not _destination(mt, m)]
    if how == "first":  # the speaker when one speaks before the pattern, else the first actor
        speaker = speaker_before(mt.coding, mt.s.start, left, usable)
        found = _told_doer(mt, speaker, left, usable) or _clause_opener(mt, left, usable)
        # (坚决反对一切针对古巴人民的威胁，反对美国…: a state after 对, 向 or 就 is what an act is
        # aimed at, never the doer a later clause falls back on.)
        found = found or next((m for m in usable if m.end <= left and not _in_occasion(mt, m)
                               and not _aimed_at(mt, m)
                               and not holds_the_scene(mt, m, usable, left)
                               and not _partner_of_a_lent_doer(mt, m)), None)  # fmt: skip
        if found is not None and _voice_between(mt, found.end, left):
            return None  # …招待会，与会的加拿大人士…表示愿…: unnamed voices speak, no actor
        if found is None and not mt.english:  # 在会见梅洛尼时，赵乐际表示: the speaker after
            found = speaker_after(mt, a, usable)
        if found is None and not mt.english:  # 中美元首通电话，双方同意…: the pair named before
            found = next((m for m in mt.mentions if m.kind == "pair" and m.end <= left), None)
        return found
    if how == "before":  # the nearest actor before, not one that 对/向 governs (对日方的…表示)
        if _after_condition(mt, left):  # 警告称，如果法国继续…，将采取反制措施: the speaker's
            speaker = speaker_before(mt.coding, mt.s.start, left, usable)
            if speaker is not None:
                return speaker
        return next((m for m in reversed(usable) if m.end <= left and not _governed(mt, m)),
                    None)  # fmt: skip
    if how == "speaker_first":  # 会见X时，赵乐际表示 / 洛佩斯与迪亚斯-卡内尔会谈时表示
        found = speaker_before(mt.coding, mt.s.start, a, usable) or speaker_after(mt, a, usable)
        return found or next((m for m in usable if m.end <= left), None)
    if how == "pair":  # 俄乌外长在安塔利亚会谈: the first of the nearest pair in the clause
        pairs = [m for m in mt.mentions if m.kind == "pair" and m.end <= left
                 and m.country != avoid and mt.gap_ok(m.end, left, len(mt.text), long=False)]  # fmt: skip
        last = pairs[-1] if pairs else None
        return next((m for m in pairs if last is not None and m.end == last.start), last)
    if (
        how in ("speaker", "home")
        and not mt.english
        and unnamed_speaker(mt.coding, mt.s.start, a, mt.mentions)
    ):
        return None  # 国际人士指出: whoever speaks is no actor, and not the home state
    if how == "speaker":
        found = speaker_before(mt.coding, mt.s.start, a, mt.mentions) or _in_force(mt)
        found = found or _headline_speaker(mt, a)
        found = found or _consequents_subject(mt, a, usable)
        if found is None and _TEXT_SPEAKS.match(mt.text, mt.s.start):
            # 声明强调，以色列必须…: the statement's authors, told before, not China
            return _convener_before(mt)
        return found or fixed_actor(mt.coding.home, a)
    if how == "home":
        return fixed_actor(mt.coding.home, a)
    if how == "place":
        return where_it_happened(mt)
    if how == "striker":
        struck = struck_before(mt, a)
        return striker(mt, struck.country) if struck is not None else None
    return fixed_actor(how, a) if how not in ("none", "group") else None


def _headline_speaker(mt: Matcher, a: int) -> Mention | None:
    """伊朗：美国对伊朗的制裁是经济恐怖主义: the headline's actor before its colon (a body word
    or two after it at most: 俄外交部：) speaks the words after it (coder-zh141)."""
    first = next((m for m in mt.active if mt.s.start <= m.start), None)
    if first is None or first.start - mt.s.start > 2 or first.end >= a:
        return None
    return first if _COLON_AFTER.match(mt.text, first.end) else None


#: After a headline's speaker: a body word at most, then its colon.
_COLON_AFTER = re.compile(r"[^,，。:：;；]{0,6}?\s*[:：]")


#: A sentence whose subject is a text (声明强调，…; 联合公报指出，…), also one a gathering issued
#: (会议发表的公报指出，…; 峰会通过的宣言强调): its authors speak, not the home state a bare 强调
#: would fall back on (the Arab League's communique had been read as China's demand).
_TEXT_SPEAKS = re.compile(
    r"\s*(?:(?:会议|会上|峰会|大会|外长会|部长会)(?:发表|通过|发布)的?)?"
    r"(?:该|这份|此份|这一|上述)?(?:联合)?(?:声明|公报|宣言|决议|报告)"
)


#: A gathering's text as the subject (会议发表的公报指出): its authors are those who held it.
_GATHERING_TEXT = re.compile(r"\s*(?:会议|会上|峰会|大会|外长会|部长会)(?:发表|通过|发布)")
#: The sentence before that tells a body holding the gathering (阿拉伯国家联盟11日在埃及开罗召开
#: 外长级特别会议): the verb of holding and the gathering, either way round.
_GATHERING_HELD = re.compile(
    r"(?:召开|举行|主办|召集)[^,;。]{0,16}?(?:会议|峰会|大会|外长会|部长会)"
    r"|(?:会议|峰会|大会|外长会|部长会)[^,;。]{0,12}?(?:举行|召开)"  # (阿盟外长会议在开罗举行)
)


def _convener_before(mt: Matcher) -> Mention | None:
    """The body that held the gathering whose text the sentence opens with (阿拉伯国家联盟…召开
    外长级特别会议。会议发表的公报指出，…: the Arab League): the first actor of the sentence
    before, in the paragraph, when that sentence tells it held a gathering; else no one."""
    i = mt.s.index
    if i == 0 or not _GATHERING_TEXT.match(mt.text, mt.s.start):
        return None
    before = mt.coding.sentences[i - 1]
    held = _GATHERING_HELD.search(mt.text, before.start, before.end)
    if before.paragraph != mt.s.paragraph or held is None:
        return None
    return next((m for m in starting_in(mt.coding.mentions, before.start, held.start())
                 if not m.inert and m.kind != "place"), None)  # fmt: skip


def _destination(mt: Matcher, m: Mention) -> bool:
    """随后赴法国埃维昂出席…会议，次月 1 日同布什会晤: a state gone to (赴, 前往…) is where the
    doer went, never the doer a later act of the clause falls back on."""
    words = mt.rules.lexicon.get("destination_before", ())
    if visit_frame(mt.text, m):
        return True  # 访日期间，两国政府…签署: the visit's frame
    return bool(words) and mt.text.endswith(tuple(words), 0, m.start)


def struck_before(mt: Matcher, at: int) -> Mention | None:
    """What a strike told in the passive with no doer falls on (…难民营一辆汽车遭空袭): the
    last actor or place before the passive marker nearest ``at``, in its clause."""
    pos = max(mt.text.rfind(w, mt.s.start, at) for w in mt.rules.lexicon["passive"])
    if pos < 0:
        return None
    opened = max((m.end() for m in _ZH_CLAUSE_END.finditer(mt.text, mt.s.start, pos)),
                 default=mt.s.start)  # fmt: skip
    before = [m for m in mt.mentions if opened <= m.start and m.end <= pos
              and m.country and (not m.inert or m.kind == "place")]  # fmt: skip
    return _subject_at_the_place(mt.text, before)


def _subject_at_the_place(text: str, before: list[Mention]) -> Mention | None:
    """The last of ``before`` (the actors and places before a passive marker), unless it is a
    place after 在 that an actor before it was at: 土耳其军队27日在叙利亚伊德利卜省遭到(叙政府军)
    空袭 tells where the army was struck, and the army is what was (the seed-144 batch had
    Turkey striking Syria)."""
    for i in range(len(before) - 1, 0, -1):
        if _WHERE.fullmatch(text, before[i - 1].end, before[i].start):
            if not before[i - 1].inert and all(m.kind == "place" for m in before[i:]):
                return before[i - 1]
            break
    return before[-1] if before else None


#: Between a subject and the place it was at: 在, maybe after a day (27日在), and the place's
#: own state when the place is named under it (在叙利亚伊德利卜省: 叙利亚 is no actor there).
#: Nothing else before 在: a state that owns or flags the thing struck (悬挂利比里亚国旗的商船
#: 6日在…遭…袭击) is not the thing.
_WHERE = re.compile(
    r"(?:(?:当地时间)?\d{1,2}\s*日(?:晚|晚间|早|凌晨|上午|下午)?|当天|当日|同日|今天|昨天|近日|日前)?"
    r"在[^,。;]{0,8}"
)


def striker(mt: Matcher, struck: str | None) -> Mention | None:
    """Who struck, when the report leaves it out (…一辆汽车遭空袭，造成一人死亡。以色列国防部长
    卡茨称，已指示以军…): the forces (an actor code ending in MIL) of another state than the one
    struck that the sentence names, else the sentence after it, else the one before, in its
    paragraph (``_FORCES``); none when no forces are named, so that an attack of unknown origin
    is no event."""
    coding, s = mt.coding, mt.s
    order = [s.index, s.index + 1, s.index - 1]
    for i in order:
        if not 0 <= i < len(coding.sentences) or coding.sentences[i].paragraph != s.paragraph:
            continue
        other = coding.sentences[i]
        for m in starting_in(coding.mentions, other.start, other.end):
            if (not m.inert and m.code.endswith("MIL") and m.country not in (None, struck)
                    and coding.norm.endswith(_FORCES, m.start, m.end)):  # fmt: skip
                return m
    return None


#: How the forces themselves end (以军, 美军, 以色列国防军, 俄罗斯空天部队), not a defence
#: ministry or its spokesman (俄罗斯国防部), who report strikes as often as they make them.
_FORCES = ("军", "军队", "部队", "战机", "武装")


def _consequents_subject(mt: Matcher, a: int, usable: list[Mention]) -> Mention | None:
    """一旦以色列对伊朗发动袭击，伊朗将予以回击: with no speaker, the actor that opens the clause
    after an if-clause is who promises what follows (the condition's own actor is the target),
    not the home state, in Chinese."""
    clauses = None if mt.english else clauses_before(mt, a)
    if clauses is None or not mt.text.startswith(mt.rules.lexicon["if_words"], clauses[0]):
        return None
    return next((m for m in usable if m.start == clauses[1] and m.end <= a), None)


def _after_condition(mt: Matcher, left: int) -> bool:
    """Does an if-clause (如果…，) end right before the clause of the act at ``left``? Its
    subject is the one the condition is about; the menace after it is the speaker's."""
    clauses = None if mt.english else clauses_before(mt, left)
    return clauses is not None and mt.text.startswith(mt.rules.lexicon["if_words"], clauses[0])


def clauses_before(mt: Matcher, left: int) -> tuple[int, int] | None:
    """Where the clause before the act's own (at ``left``) opens, and where the act's own
    opens, in Chinese; None when the act's clause opens the sentence."""
    cuts = [m.end() for m in _ZH_CLAUSE_END.finditer(mt.text, mt.s.start, left)]
    if not cuts:
        return None
    return (cuts[-2] if len(cuts) > 1 else mt.s.start), cuts[-1]


def _partner_of_a_lent_doer(mt: Matcher, m: Mention) -> bool:
    """13 日在河内与越南总理阮晋勇会谈后，双方同意…, going on from a sentence whose doer it lends
    (李克强…先后访问…越南): the state after 与 is the partner, not the first of the pair."""
    return mt.text.endswith(_WITH, 0, m.start) and mt.carry is not None


def _told_doer(
    mt: Matcher, speaker: Mention | None, left: int, usable: list[Mention]
) -> Mention | None:
    """The doer of an act told after a speaker (美国国防部称，俄军继续推进，对乌克兰城市实施打击):
    when the act's clause has no subject and goes on from a clause of the telling that forces
    open, they act, not the teller; otherwise the speaker."""
    if speaker is None:
        return None
    opener = _clause_opener(mt, left, usable)
    if opener is None or opener.start < speaker.end or opener.kind == "anaphor":
        return speaker  # 伊拉克民兵武装称，该武装…: the anaphor is the teller, named in full before
    forces = opener.code.endswith("MIL") or mt.text.endswith(_FORCES, opener.start, opener.end)
    return opener if forces else speaker


def _clause_opener(mt: Matcher, left: int, usable: list[Mention]) -> Mention | None:
    """The actor that opens the act's own clause, in Chinese (…迁至耶路撒冷，土耳其召回…并驱逐…:
    Turkey expels, not the state that opened the sentence): the subject of every verb the
    clause joins. When the clause opens with its verb (…，美國與英國…政府同日發表聲明，指責中共…),
    it goes on from the nearest earlier clause an actor opens, whose subject is the doer, not
    the sentence's first actor (美國司法部起訴…, the subject of another clause)."""
    if mt.english:
        return None
    cuts = [m.end() for m in _ZH_CLAUSE_END.finditer(mt.text, mt.s.start, left)]
    for cut in reversed(cuts):  # the act's own clause first, then the ones before it
        found = next((m for m in usable if m.start == cut and m.end <= left), None)
        if found is not None:
            return found
    return None


_ZH_CLAUSE_END = re.compile(r"[,;]")  # (folded text: its ，； are ,;)
#: After an actor, a meeting it names as an occasion (东盟系列外长会期间，…; 二十国集团峰会期间，…).
_OCCASION = re.compile(
    r"[^，,；;出参访过赴在与同和]{0,6}?(?:会|会议|峰会|论坛|大会)(?:期间|之际|前夕)[，,]"
)
#: After an actor, a meeting it is told to hold, the clause ending there (联合国裁军审议委员会
#: 会议28日在纽约举行，…; 安理会12日就…举行公开会，…).
_HELD = re.compile(
    r"[^，,；;与同和]{0,16}?(?:会议|大会)[^，,；;与同和]{0,12}?举行[，,]"
    r"|[^，,；;与同和]{0,16}?举行了?(?:紧急|公开|闭门)?(?:会议|会)[，,]"
)


def _in_occasion(mt: Matcher, m: Mention) -> bool:
    """Is ``m`` the body whose meeting is named as an occasion (东盟系列外长会期间，王毅…会见
    拉夫罗夫，两天后会见布林肯)? It does nothing there: never the doer an act without a
    subject of its own falls back on (not so 蔡英文過境美國期間，…, the doer's own occasion)."""
    return not mt.english and _OCCASION.match(mt.text, m.end, mt.s.end) is not None


def holds_the_scene(mt: Matcher, m: Mention, others: list[Mention], end: int) -> bool:
    """Is ``m`` a body told to hold a meeting (…会议28日在纽约举行，) with another actor named
    after it and before ``end``? The meeting is the scene of what that actor does there
    (…，俄罗斯代表当天向美方提出抗议), not the body's act; with no one else named, the body
    acts itself (安理会举行紧急会议，要求以色列停火), and so do the others a list names with it
    before the meeting (埃及、约旦、沙特等国外长…举行会议，呼吁…: they hold it together)."""
    held = None if mt.english else _HELD.match(mt.text, m.end, mt.s.end)
    if held is None:
        return False
    return any(held.end() <= o.start < end and o.country != m.country for o in others)


#: What an opener follows: a clause mark or the colon after a dateline (央视网消息…：应…邀请).
_OPENER_END = re.compile(r"[，,；;：:]")


def _inviter(mt: Matcher, m: Mention) -> bool:
    """应沙特王储邀请，…将访问沙特，30日赴卡塔尔: the inviter named in an 应…邀请 opener is no
    subject of the clauses after it (the guest is)."""
    text = mt.text
    start = max((c.end() for c in _OPENER_END.finditer(text, mt.s.start, m.start)),
                default=mt.s.start)  # fmt: skip
    if not text[start : m.start].lstrip().startswith("应"):
        return False
    end = _ZH_CLAUSE_END.search(text, m.end, mt.s.end)
    return "邀请" in text[m.end : end.start() if end else mt.s.end]


def where_it_happened(mt: Matcher) -> Mention | None:
    """The first state named as a place in the sentence (in Beirut, in Hong Kong).

    Why: an act told without a doer (a bomb killed a journalist in Beirut; crowds marched in
    Seoul) is, in event data, an act of the place's own people: PLOVER codes it so. A city
    named without a locative (a sector of eastern Beirut) is a place too; a reporter is not."""
    places = [m for m in mt.mentions if m.country and m.kind in _PLACES]
    return next((m for m in places if m.inert), None) or next(
        (m for m in places if m.kind == "capital"), None
    )


#: Kinds of mention that can name where an act happened (a state's name or a city).
_PLACES = ("capital", "name", "alias", "fixed")


def _voice_between(mt: Matcher, lo: int, hi: int) -> bool:
    """Do unnamed voices of a state (加拿大人士) or its paper (德国《青年世界报》发表评论文章批评北约)
    stand in ``[lo, hi)``, in Chinese: the subject of what follows, and no actor (eval/README.md)?"""
    after = mt.rules.lexicon["voice_after"]
    return not mt.english and any(
        m.inert
        and lo <= m.start < hi
        and (mt.text.startswith(after, m.end) or names_publication(mt.text, m.end))
        for m in mt.mentions
    )


def _governed(mt: Matcher, m: Mention) -> bool:
    """Is ``m`` the object of 对 or 向 (中方对日方的错误言行表示强烈不满: 日方), or the topic
    after 就 (韩国外交部就日本…表示强烈抗议: 日本), in Chinese?"""
    return not mt.english and mt.text[m.start - 1 : m.start] in ("对", "向", "就")


#: What joins the actors of a list (塞舌尔、坦桑尼亚、南非; 巴勒斯坦和黎巴嫩).
LISTED = ("、", "和", "及", "与")


def first_listed(mt: Matcher, m: Mention, joins: Sequence[str] = LISTED) -> Mention:
    """The first of the actors listed with ``m``, each joined to the one before by one of
    ``joins`` (塞舌尔、坦桑尼亚、南非: 塞舌尔)."""
    mentions = mt.mentions
    i = next((k for k, x in enumerate(mentions) if x is m), -1)
    while i > 0 and mt.text[mentions[i - 1].end : mentions[i].start] in joins:
        i -= 1
    return mentions[i] if i >= 0 else m


def _aimed_at(mt: Matcher, m: Mention) -> bool:
    """Is ``m``, or the first of a list it ends (对巴勒斯坦和黎巴嫩的支持: 黎巴嫩), governed by 对,
    向 or 就 (``_governed``)?"""
    return _governed(mt, first_listed(mt, m))


def _in_force(mt: Matcher) -> Mention | None:
    """The speaker of the sentences before (李强表示，…。美方应停止…), in Chinese."""
    speakers = mt.coding.speakers
    return speakers[mt.s.index] if speakers and not mt.english else None


def speaker_after(mt: Matcher, a: int, usable: list[Mention]) -> Mention | None:
    """An actor after the trigger right before a speech verb (…时，赵乐际表示), when the trigger's
    clause is a frame of the speaker's (时, 后, 期间): 达赖喇嘛来台访问，国台办表示坚决反对
    tells a visit by one the reference does not know, and the office reacts to it."""
    speech = mt.coding.reference.actors.words.get("speech", ())
    for m in usable:
        if m.start > a and mt.text.startswith(speech, m.end):
            return m if _framed(mt.text, a, m.start) else None
    return None


#: The end of a clause that frames the next one (会见梅洛尼时，; 会谈后，; 访问期间，).
_FRAME_END = re.compile(r"(?:时|后|期间|之际|中|前)\s*[,，]")


def _framed(text: str, a: int, speaker: int) -> bool:
    """Does the clause of the trigger at ``a`` end, before ``speaker``, as a frame (…时，)?
    With no comma between, the speaker is in the trigger's own clause (…时表示)."""
    between = text[a:speaker]
    return not re.search("[,，]", between) or _FRAME_END.search(between) is not None


def content_between(mt: Matcher, lo: int, hi: int) -> bool:
    """Does a noun's content clause (the finding that…) open in ``[lo, hi)``?"""
    return mt.text.find(" that", lo, hi) >= 0 and _NOUN_CONTENT.search(mt.text, lo, hi) is not None


def fallback_target(
    mt: Matcher, how: str, right: int, source: Mention, code: str = ""
) -> Mention | None:
    if how == "carried":  # only what a recent sentence lends (``carry``), never a word here
        return None
    if how == "home":  # 范明政发来贺信: sent hither, unless the sentence names another addressee
        named = other_state(mt, source)
        if named is not None and named.country != mt.coding.home:
            return None
        clauses = clauses_before(mt, source.start)
        opened = clauses[1] if clauses else mt.s.start
        if any(w in mt.text[opened : source.start] for w in ("向", "给")):
            return None  # 习近平向纳伊布·布克尔致贺电: the doer found is the addressee
        return fixed_actor(mt.coding.home, right)
    if how == "hither":  # 发来贺电贺函的还有…: the senders listed are the states it names
        return fixed_actor(mt.coding.home, right)
    if how == "pair":  # 巴以冲突爆发: the other state of the source's pair
        return next((m for m in mt.mentions if m.kind == "pair" and m.start == source.end), None)
    if how == "followed":  # 英国、加拿大同日跟进制裁: aimed where the act told last was
        return followed_target(mt, source, code if code in FOLLOWED_AS_SUCH else code[:2])
    if how == "told":  # …更新出口管制规定；中共外交部当天表示坚决反对: the doer told before
        return told_target(mt, source)
    if how == "this":  # …参拜靖国神社。…；美国使馆…对此表示"失望": the last sentence's doer
        return this_target(mt, source) or told_target(mt, source)
    if how == "answered":  # …对俄罗斯实施新一轮制裁。俄方表示，将采取反制措施: the other state
        # named, else the topic the clause opens on (对于北约的种种行为，俄罗斯将…采取应对措施),
        # else the doer told
        return other_state(mt, source) or topic_actor(mt, source) or told_target(mt, source)
    if how == "agreed":  # …已簽署協議…。蓋亞那外交部隨即宣布終止該協議: the accord's other party
        return accord_partner(mt, source)
    if how == "signers":  # …批准日韩两国签订的…协定。…指出该协定…非法: who made the accord
        return next(iter(accord_signers(mt, source)), None)
    if how == "parties":  # …呼吁双方保持克制: the parties of the story, else of the act before
        return next(iter(conflict_parties(mt, source)), None)
    if how == "attacker":  # 以军…发射了多枚导弹。叙利亚防空系统启动拦截: who fired
        return attacker_target(mt, source)
    if how == "place":  # 以军在黎巴嫩南部发动空袭: a place is what force is used on
        return struck_place(mt, right, source, sited=code.startswith(_SEIZED))
    if how == "struck":  # …一辆汽车遭空袭: what the passive's subject names
        return struck_before(mt, right)
    if how == "participants" and mt.coding.participants and source.country == "CHN":
        return mt.coding.participants[0]  # 中方出席…会议: each other party (coder/summits.py)
    if how in ("after", "participants"):  # the next actor of another country in the same clause
        for m in mt.mentions:
            if m.start >= right and not m.inert and m.country != source.country:
                if mt.english and content_between(mt, right, m.start):
                    return None  # declined to back the finding that Moscow had…: its content
                return m if mt.gap_ok(right, m.start, len(mt.text), long=False) else None
        return None
    if how == "first_other":
        # 中美…，双方同意; 中俄外长在会谈中批评美国: a pair that is the source meets its own
        # other half, not the state the two go on to speak of
        return (
            _pair_other(mt, source) or _joined_clause_other(mt, source) or other_state(mt, source)
        )
    if how == "topic":  # 对于美方…，中方表示坚决反对: the topic clause names the target
        return topic_actor(mt, source)
    if how in ("partner", "occasion"):  # 习近平在贺电中指出，中尼建交…: the pair names the partner
        named = (
            _pair_other(mt, source)
            or _pair_naming_act(mt, source, right)
            or other_state(mt, source)
        )
        if named is not None or _REGION_FORUM.search(mt.text, source.end, right):
            return named  # 向中非合作论坛…致贺信: a region's forum, no partner of the item's
        return (
            next(
                (m for m in mt.mentions if m.kind == "pair" and m.country != source.country),
                None,
            )
            or partner_before(mt, source)
            or (occasion_pair(mt, source) if how == "occasion" else None)
        )
    return fixed_actor(how, right) if how not in ("none", "story") else None


#: A forum of China and a region of many states (中非合作论坛, 中阿合作论坛, 中拉论坛): a message to
#: it congratulates no one state, so not the partner of the item it is recalled in (coder-zh120).
_REGION_FORUM = re.compile(r"中(?:非|阿|拉)(?:合作)?论坛|中国[－—–\-]?(?:非洲|阿拉伯|拉美|拉共体)")


#: Two short forms side by side name a pair as one (中美两国大使…恢复会谈), as a pair word does.
_PAIR_KINDS = frozenset(("pair", "short"))


def occasion_pair(mt: Matcher, source: Mention) -> Mention | None:
    """The other state of a pair the text named before the sentence, one of whose states is the
    source's (第四届中俄能源商务论坛…。谢钦宣读俄罗斯总统普京贺信: 中): a message read out at an
    occasion of two states is to the other one, however many sentences stand between."""
    mentions = mt.coding.mentions
    at = bisect.bisect_left(mentions, mt.s.start, key=BY_START)
    for a, b in itertools.pairwise(mentions[:at]):
        if (
            {a.kind, b.kind} <= _PAIR_KINDS
            and a.end == b.start
            and source.country in (a.country, b.country)
        ):
            other = b if a.country == source.country else a
            return other if other.country != source.country else None
    return None


def struck_place(mt: Matcher, right: int, source: Mention, sited: bool = False) -> Mention | None:
    """The first actor or place of another state than ``source`` after ``right`` in its
    clause, else between ``source`` and the act (with ``sited``, one after 位于 too: ground
    taken, 控制了位于顿涅茨克的…居民点, is the state's where it lies)."""
    text = mt.text
    end = min((p for p in (text.find(c, right, mt.s.end) for c in "，,;；。") if p >= 0),
              default=mt.s.end)  # fmt: skip
    after = [m for m in mt.mentions if right <= m.start < end]
    between = [m for m in mt.mentions if source.end <= m.start < right]
    supplied = mt.rules.lexicon["supplier_after"]  # 美国提供的导弹: the supplier
    clock = mt.coding.reference.actors.words.get("clock_after", ())  # 北京时间15时起
    found = [m for m in after + between if m.country and m.country != source.country
             and not (clock and text.startswith(clock, m.end))
             and not text.endswith(_ORIGIN, 0, m.start)
             and not (supplied and text.startswith(supplied, m.end))]  # fmt: skip
    owned = [m for m in found if sited or not text.endswith(_SITED, 0, m.start)]
    # 打击了位于以色列北部的拉马特戴维空军基地: with no owner of the site named, the state
    # 位于 names after the act is the one whose ground is struck (before the act, 在位于…的,
    # it is where the doer stands; 打击了位于约旦的美军基地 names the site's owner after it).
    found = owned or [m for m in found if m in after and text.endswith("位于", 0, m.start)
                      and not any(o.country and o.start >= m.end for o in after)]  # fmt: skip
    found = [m for m in found if not _in_modifier(text, m, found)]
    # 位于叙利亚代尔祖尔的隶属于伊朗…的民兵组织: a place of the state 位于 names only says where
    # the unit the sentence names stands; it is struck only when no one else is named
    unsited = [m for m in found if sited or not _after_sited(text, m, after + between)]
    found = unsited or found
    # 巴林和科威特的美军: a state's forces, not the places they stand in.
    return next((m for m in found if m.code.endswith(("MIL", "GOV"))), None) or next(
        iter(found), None
    )


def _after_sited(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Is ``m`` a place right after a state that 位于 opens (位于叙利亚代尔祖尔: 代尔祖尔)?"""
    return any(h.end == m.start and text.endswith(_SITED, 0, h.start) for h in mentions)


def _in_modifier(text: str, m: Mention, found: list[Mention]) -> bool:
    """存放有美国武器的乌克兰弹药库: a state inside a modifier (its noun, then 的) of another
    state's place names what is kept or done there; the place's state is the one struck."""
    return any(m.end < h.start <= m.end + _MODIFIER_REACH and h.country != m.country
               and text.endswith("的", m.end, h.start)
               and not any(ch in text[m.end : h.start] for ch in "，,;；、")
               for h in found)  # fmt: skip


#: How long the noun between a state and the 的 of its modifier may be (美国武器的).
_MODIFIER_REACH = 6


#: Before a state where the fire a place suffered came from (戈兰高地遭到从黎巴嫩发射的火箭弹
#: 袭击): the attackers' side, never the place struck (what is intercepted 从黎巴嫩 is struck).
_ORIGIN = ("遭到从", "遭从", "受到从", "遭受从")
#: Before a place that only says where something is (位于叙利亚首都…的杰哈德军事院落).
_SITED = ("位于", "驻", "部署在")
#: Codes of ground taken: a place after 位于 is the state whose ground it is.
_SEIZED = "192"


def topic_actor(mt: Matcher, source: Mention) -> Mention | None:
    """The first actor of a topic clause (对于/针对 … ，) before ``source``, of another state.

    In 对于美军击落气球，中共外交部表示强烈不满 the topic clause names whom the reaction is
    about (美军); its doer is told after the comma."""
    text, lo = mt.text, mt.s.start
    starts = [text.find(w, lo, source.start) for w in mt.rules.lexicon["topic_openers"]]
    opener = min((p for p in starts if p >= 0), default=-1)
    if opener < 0:
        return None
    comma = min((p for p in (text.find(c, opener, source.start) for c in "，,") if p >= 0),
                default=-1)  # fmt: skip
    if comma < 0:
        return None
    return next(iter(topic_actors(mt, source, opener, comma)), None)


def topic_actors(
    mt: Matcher, source: Mention, lo: int | None = None, hi: int | None = None
) -> list[Mention]:
    """The actors of the topic clause ``[lo, hi)`` that open it side by side or joined (美日领导人,
    美国和日本); a place in it (北约马德里峰会: 马德里) or a generic organisation is none."""
    if lo is None or hi is None:
        first = topic_actor(mt, source)
        if first is None:
            return []
        lo, hi = first.start - 1, mt.text.find(",", first.start)
    found: list[Mention] = []
    conj = ("", *mt.rules.lexicon["conjunctions"])
    for m in mt.mentions:
        if not (lo < m.start and m.end <= hi) or m.kind == "capital" or m.code == "IGO":
            continue
        if found and mt.text[found[-1].end : m.start] not in conj:
            break
        if m.country != source.country and all(f.country != m.country for f in found):
            found.append(m)
    return found


def other_state(mt: Matcher, source: Mention, after: Mention | None = None) -> Mention | None:
    """Another state's actor: the dyad partner right after ``after``, else the first one."""
    if after is not None:
        nxt = next((m for m in mt.mentions if m.start == after.end and not m.inert), None)
        if nxt is not None and nxt.country != source.country:
            return nxt
        return None
    return next((m for m in mt.mentions if not m.inert and m is not source
                 and m.country != source.country), None)  # fmt: skip


def _joined_clause_other(mt: Matcher, source: Mention) -> Mention | None:
    """In English, a source opening a clause joined by ", and" (Chile held talks with Peru,
    and Bolivia expelled Argentina's envoy) acts within its own clause: the first other state
    after it, not one of the clause before."""
    if not mt.english or _CLAUSE_JOIN.search(mt.text, max(mt.s.start, source.start - 12),
                                             source.start) is None:  # fmt: skip
        return None
    return next((m for m in mt.mentions if m.start >= source.end and not m.inert
                 and m.country != source.country), None)  # fmt: skip


# ", and " (", and the ") right before a clause's subject
_CLAUSE_JOIN = re.compile(r",\s+and\s+(?:the\s+)?$")


def _pair_other(mt: Matcher, source: Mention) -> Mention | None:
    """The other half of a pair that is the source (中俄外长在会谈中批评美国: 俄, not the state
    the two go on to speak of)."""
    if source.kind != "pair":
        return None
    return next((m for m in mt.mentions if m.kind == "pair" and m.start == source.end
                 and m.country != source.country), None)  # fmt: skip


def _pair_naming_act(mt: Matcher, source: Mention, right: int) -> Mention | None:
    """The other state of a pair that names the act's parties right before its last words
    (推迟…第十一次中欧领导人会晤，理由是法国总统…: 欧, not the state a later clause names)."""
    return next((m for m in mt.mentions if m.kind == "pair" and m.country != source.country
                 and right - _PAIR_REACH <= m.start < right
                 and not _ZH_CLAUSE_END.search(mt.text, m.end, right)), None)  # fmt: skip


#: How far before an act's last words a pair naming its parties may stand (中欧领导人会晤).
_PAIR_REACH = 12


def partner_before(mt: Matcher, source: Mention) -> Mention | None:
    """The other state of the speech a sentence goes on (…德中经贸合作符合双方利益。祝愿两国间
    合作继续蓬勃发展。): a sentence that names none of the pair has it from the sentence before,
    in its paragraph."""
    if mt.s.index == 0:
        return None
    before = mt.coding.sentences[mt.s.index - 1]
    if before.paragraph != mt.s.paragraph:
        return None
    # (a place, 几天前…在巴厘岛会见吕特首相, says where a meeting was: no party of the speech)
    return next((m for m in mt.coding.mentions if before.start <= m.start < before.end
                 and m.country and m.country != source.country and m.kind != "place"), None)  # fmt: skip


def separately(mt: Matcher, subject: Mention) -> int | None:
    """Where ``分别与`` stands before the actors of the subject slot (侯赛因分别与约旦外长和埃及
    外长通电话), or 同 right before a list of them: those actors are then all partners of
    whoever comes before it."""
    words = mt.rules.lexicon["separately"]
    if not words:
        return None
    first = coordinated(mt, subject, None, (-1,))[0]
    # 愿同法方、德方和欧方保持沟通, 并同马克龙和冯德莱恩举行三方会晤: the actors right after a
    # preposition, and those joined to them, are all partners.
    if mt.text.endswith(mt.rules.lexicon["list_openers"], 0, first.start):
        return first.start - 1
    lo = max(mt.s.start, first.start - 20)
    cut = max(mt.text.rfind(w, lo, first.start) for w in words)
    # 分别同欧盟外交与安全政策高级代表博雷利和…: the subject's own title may stand between.
    if cut < 0 or not mt.gap_ok(cut, first.start, 20, long=False):
        return None
    return cut


def joint_parties(mt: Matcher, member: Mention) -> list[Mention]:
    """The parties of a group subject that ``member`` belongs to (俄罗斯、美国、乌克兰三方代表,
    沙伊双方): actors joined by conjunctions or side by side, right before a group word."""
    ordered, text = mt.active, mt.text
    links = ("", *mt.rules.lexicon["conjunctions"])
    i = next((k for k, x in enumerate(ordered) if x is member), -1)
    if i < 0:
        return []
    j = i
    while j + 1 < len(ordered) and text[ordered[j].end : ordered[j + 1].start] in links:
        j += 1
    if not text.startswith(mt.rules.lexicon["dyad_subject"], ordered[j].end):
        return []
    k = i
    while k > 0 and text[ordered[k - 1].end : ordered[k].start] in links:
        k -= 1
    parties: list[Mention] = []
    for m in ordered[k : j + 1]:
        if m.country and all(p.country != m.country for p in parties):
            parties.append(m)
    return parties if len(parties) >= 2 else []


#: How many sentences (clauses ending in ；count) back an act followed may stand.
_FOLLOWED_BACK = 3
#: Acts two parties do together (talks, statements, agreements): a reaction answers both.
_JOINT_ROOTS = ("04", "05")


#: Codes a bare 跟进 follows only as such: ties made or cut (墨西哥…與中共建交，阿根廷亦於 19
#: 日跟進) are followed by ties of the same kind, not by any act of their root, while a bare 跟进
#: after sanctions takes their root (160).
FOLLOWED_AS_SUCH = frozenset(("054", "161"))


def followed_target(mt: Matcher, source: Mention, root: str) -> Mention | None:
    """The target of the act of ``root`` told last before ``source`` (earlier in its sentence
    or in the last few of its paragraph), when of another state: states that follow suit
    (跟进制裁, 相继宣布外交抵制) aim where the act they follow was aimed."""
    for m in reversed(_told_before(mt, source)):
        # (ties made and ties cut told before: 跟进 follows the one told last, not each in turn,
        # 希臘與中共建交，我國隨即宣布與希臘斷交，塞浦路斯亦跟進: one act, the cut)
        if root in FOLLOWED_AS_SUCH and m.code in FOLLOWED_AS_SUCH and m.code != root:
            return None
        if (m.code.startswith(root) and m.target is not None and m.target.country
                and m.target.country != source.country):  # fmt: skip
            return m.target
    return None


def _told_before(mt: Matcher, source: Mention) -> list[Match]:
    """The acts told before ``source``: in the last few sentences of its paragraph, then
    earlier in its own sentence, in text order."""
    coding = mt.coding
    first = max(mt.s.index - _FOLLOWED_BACK, 0)
    # (the matches are in sentence order while the patterns component fills them)
    told = [m for i in range(first, mt.s.index) if coding.sentences[i].paragraph == mt.s.paragraph
            for m in coding.matches_of(i)]  # fmt: skip
    return told + [m for m in mt.found if m.start < source.start]


def told_jointly(mt: Matcher, source: Mention) -> list[Mention]:
    """The parties of a joint act told earlier in the sentence by a pair with no name of its
    own (美日领袖发表联合声明…后，中共外交部次日表示强烈不满: America and Japan): what a reaction
    answers was done by both."""
    for m in reversed([m for m in mt.found if m.start < source.start]):
        if m.code.startswith(_JOINT_ROOTS) and m.source is not None and m.target is not None:
            sides = [m.source, m.target]
            if source.country not in {p.country for p in sides}:
                return sides
    return []


def answered_jointly(mt: Matcher, source: Mention, target: Mention) -> list[Mention]:
    """Both parties of a joint statement or accord (05) told last before a reaction whose
    target is one of them (拜登与日本首相菅义伟发表联合声明…；中国外交部次日表示强烈不满): what
    the reaction answers was said by both. Not a contact (04): China's reaction to a call with
    Taiwan's leader (捷克当选总统同蔡英文通电话，中国外交部次日…) is aimed at the caller."""
    told = _told_before(mt, source)
    last = told[-1] if told else None
    if last is None or not last.code.startswith("05"):
        return []
    sides = [last.source, last.target]
    countries = {p.country for p in sides if p is not None}
    if len(countries) < 2 or source.country in countries or target.country not in countries:
        return []
    return [p for p in sides if p is not None]


#: What a story calls the fighting of the two states named right before it, within its clause
#: (亚美尼亚与阿塞拜疆两国在纳卡地区的军事冲突, 巴以冲突, 泰柬边境冲突, 巴以局势升级).
_CONFLICT_AFTER = re.compile(r"[^,。;!?\n]{0,12}?(?:冲突|战争|战事|交火|局势|对峙)")
#: What joins the two states of a conflict (亚美尼亚与阿塞拜疆, 巴以: nothing).
_CONFLICT_JOINS = ("", "与", "和", "同", "、", "及")
#: The sides of one state's conflict, addressed by the appeal (呼吁阿富汗冲突双方…).
_ONE_STATES_SIDES = re.compile(r"(?:地区|国内|境内|东部|北部|南部|西部)?(?:冲突|交战)(?:双方|各方)")

#: A conflict within the state named right before it (乌克兰东部冲突, 叙利亚境内的武装冲突).
_INTERNAL_CONFLICT = re.compile(
    r"(?:东部|东南部|北部|南部|西部|国内|境内)(?:地区)?的?(?:武装)?(?:冲突|内战|战事)"
)


def story_parties(mt: Matcher, source: Mention) -> list[Mention]:
    """The sides an appeal to 双方 or 冲突各方 addresses: the state whose conflict its own words
    name (呼吁阿富汗冲突双方…: Afghanistan), else the two states of the conflict named last up
    to the end of its sentence, in it or back through the text, when neither is the source's
    (or the one state of a conflict within it, 乌克兰东部冲突, if that is named last).
    They are those of the story the appeal is told in (7日，亚美尼亚与阿塞拜疆两国在纳卡地区的
    军事冲突仍在继续。…普京…呼吁冲突各方尽快停火: Armenia and Azerbaijan), not those of the
    act told last (the speaker's own call to one of them, another state's warning)."""
    text, lexicon = mt.text, mt.rules.lexicon
    upto = bisect.bisect_left(mt.coding.mentions, mt.s.end, key=BY_START)
    named = [m for m in mt.coding.mentions[:upto] if m.country and m.country != source.country]
    for m in reversed(named):
        if m.start >= mt.s.start and m.kind != "pair" and _ONE_STATES_SIDES.match(text, m.end):
            return [m]
    found: tuple[int, list[Mention]] = (-1, [])
    for i in range(len(named) - 1, 0, -1):
        a, b = named[i - 1], named[i]
        if (
            a.country != b.country
            and text[a.end : b.start].strip() in _CONFLICT_JOINS
            and _CONFLICT_AFTER.match(text, b.end)
            # 纳卡冲突: two short forms make a pair only when the pair is a known one
            and (a.kind != "pair" or _known_pair(lexicon, text[a.start : b.end]))
        ):
            found = (a.start, [a, b])
            break
    # 乌克兰东部冲突严重升级。…他呼吁冲突各方立即停火: a conflict within one state, its sides
    # that state's (government and rebels), named last
    inside = next((m for m in reversed(named) if m.start > found[0] and m.kind != "pair"
                   and _INTERNAL_CONFLICT.match(text, m.end)), None)  # fmt: skip
    if inside is not None:
        found = (inside.start, [inside])
    # 巴以局势: a known pair before a word that names no relation is no actor, yet names the sides
    for pair, codes in lexicon.get("pair_states", {}).items():
        at = text.rfind(pair, 0, mt.s.end)
        while at > found[0] and not _CONFLICT_AFTER.match(text, at + len(pair)):
            at = text.rfind(pair, 0, at)
        if at > found[0] and source.country not in codes:
            found = (at, [fixed_actor(code, at + i) for i, code in enumerate(codes)])
    return [m for m in found[1] if m is not None]


def _known_pair(lexicon: Any, run: str) -> bool:
    """Whether ``run`` is a pair of short forms the lexicon knows (法德, 巴以)."""
    return run in lexicon.get("pair_words", ()) or run in lexicon.get("pair_states", {})


def conflict_parties(mt: Matcher, source: Mention) -> list[Mention]:
    """The sides an appeal to 双方 addresses: those of its story (:func:`story_parties`), else
    the parties of the act told before it (:func:`told_parties`), else the two states its
    speaker was in touch with in its sentence (:func:`contacted_parties`)."""
    return story_parties(mt, source) or told_parties(mt, source) or contacted_parties(mt, source)


def contacted_parties(mt: Matcher, source: Mention) -> list[Mention]:
    """The two states of another state the speaker's own contacts (04) earlier in its sentence
    reached (普京分别与亚美尼亚和阿塞拜疆领导人通电话，呼吁两国停止军事行动): the appeal after
    the calls is made to both sides called, not to the speaker's own side."""
    reached: dict[str, Mention] = {}
    for m in mt.found:
        if m.start < mt.s.start or not m.code.startswith("04"):
            continue
        if m.source is None or m.target is None or m.source.country != source.country:
            continue
        if m.target.country != source.country:
            reached.setdefault(m.target.country, m.target)
    return list(reached.values()) if len(reached) == 2 else []


def told_parties(mt: Matcher, source: Mention) -> list[Mention]:
    """Both parties of the act told last before ``source`` (earlier in its sentence or in the
    last few of its paragraph), when neither is of the source's state: 双方 after an appeal
    (印度对巴基斯坦…发动导弹袭击。中方当日…呼吁双方保持克制) are the two sides of that act."""
    for m in reversed(_told_before(mt, source)):
        sides = [m.source, m.target]
        countries = {p.country for p in sides if p is not None}
        if len(countries) == 2 and source.country not in countries:
            return [p for p in sides if p is not None]
    return []


def attacker_target(mt: Matcher, source: Mention) -> Mention | None:
    """Whose fire a defence downs: the first actor of another state in the clauses before it,
    else in the sentence before, in its paragraph.

    Why: a report tells the strike first and the defence after it (以色列当天空袭…，叙利亚军队的
    防空系统…进行拦截; 俄军…袭击乌克兰多地。乌军击落71架无人机): what is intercepted is the
    other side's, whose name the defence's own sentence often leaves out; the sentence before
    may open with the reporter (叙利亚国家通讯社…援引…报道说，以色列军方…), so its first
    actor of another state is the one, not its first actor."""
    before = _other_before(mt, source)
    if before is not None or mt.s.index == 0:
        return before
    prior = mt.coding.sentences[mt.s.index - 1]
    if prior.paragraph != mt.s.paragraph:
        return None
    return next((m for m in starting_in(mt.coding.mentions, prior.start, prior.end)
                 if not m.inert and m.country and m.country != source.country), None)  # fmt: skip


def _other_before(mt: Matcher, source: Mention, beside: Sequence[Mention] = ()) -> Mention | None:
    """The first actor of another state than ``source``'s before it in its sentence, not one
    of ``beside``."""
    return next((m for m in mt.active if m.end <= source.start and m.country
                 and m.country != source.country and m not in beside), None)  # fmt: skip


def told_target(mt: Matcher, source: Mention) -> Mention | None:
    """The doer of what a reaction answers: the first actor of another state in the clauses
    before it (美国国务院宣布…，中国外交部次日表示坚决反对), else the first of the sentence
    before in its paragraph (…；中共外交部当天表示坚决反对). Not an actor joined to the reactor as
    a subject of the same verb (伊朗外长和俄罗斯外交部发言人当天分别对此予以谴责: Iran reacts
    beside Russia, to what someone else did)."""
    before = _other_before(mt, source, coordinated(mt, source, None, (-1,)))
    if before is not None:
        return before
    joint = told_jointly(mt, source)  # 美日领袖发表联合声明…后，中共外交部次日表示强烈不满
    if joint:
        return joint[0]
    found = told_of(mt.coding, mt.s)
    target = found[1] if found is not None else None
    target = _doer_of_sentence_before(mt, source, target) or target
    if target is None:
        target = _visited_before(mt, source)
    if target is not None and target.country == source.country:
        target = _doer_told_before(mt, source)
    return target if target is not None and target.country != source.country else None


#: Roots of a reaction a later reactor may join (谴责, 反对, 拒绝).
_REACTION_ROOTS = ("11", "12")
#: After a reactor, 也 in its clause: it joins a reaction told before (伊朗、叙利亚也对此予以谴责).
_JOINING = re.compile(r"[^,。;:]{0,12}?(?:也|亦)")


def _doer_of_sentence_before(mt: Matcher, source: Mention, first: Mention | None) -> Mention | None:
    """叙利亚军方称，…以色列空袭叙利亚首都…。伊朗外长和俄罗斯外交部发言人当天分别对此予以谴责:
    when the sentence before coded acts and the actor it opens with (``first``) did none of
    them, but only told them, the reaction answers the first act's doer (Israel), not the
    teller (the Syrian army). A reactor that joins (哈马斯谴责以军行动…。伊朗也对此予以谴责)
    answers what the last act answered: its target."""
    i = mt.s.index - 1
    if i < 0 or mt.coding.sentences[i].paragraph != mt.s.paragraph:
        return None
    acts = mt.coding.matches_of(i)
    if acts and _JOINING.match(mt.text, source.end):
        # (…表示，以色列对伊朗领事馆的袭击违反国际法。俄罗斯也对此予以谴责: the reaction joined,
        # not the strike it judges, told last)
        joined = [m for m in acts if m.code[:2] in _REACTION_ROOTS] or acts
        aimed = joined[-1].target
        return aimed if aimed is not None and aimed.country != source.country else None
    doers = [m.source for m in acts if m.source is not None]
    if first is not None and first.country in {d.country for d in doers}:
        if not _TELLS.match(mt.coding.norm, first.end):
            return None
        # 伊朗外长表示，以色列对伊朗领事馆的袭击违反国际法。俄罗斯也对此予以谴责: the teller's own
        # judgement of what it tells is no act the reaction answers; the act told is.
        # (its judged act named as a noun, no act of its own: 以色列对…的袭击违反国际法, the one
        # the teller judges answers)
        doers = [d for d in doers if d.country != first.country] or [
            m.target for m in acts if m.target is not None
        ]
    return next((d for d in doers if d.country and d.country != source.country), None)


#: After the actor that opens a sentence: it tells what follows (表示，…; 称…).
_TELLS = re.compile(r"[^,。;]{0,8}?(?:表示|称|说|指出|强调|透露)")


def accord_partner(mt: Matcher, source: Mention) -> Mention | None:
    """The other party of the last accord (root 05) told before ``source`` (in its sentence or
    the last few of its paragraph) that the source's state was a party to."""
    for m in reversed(_told_before(mt, source)):
        if not m.code.startswith("05") or m.source is None or m.target is None:
            continue
        if m.source.country == source.country:
            return m.target
        if m.target.country == source.country:
            return m.source
    return None


def _doer_told_before(mt: Matcher, source: Mention) -> Mention | None:
    """我國駐斐濟代表處…時，兩名中共使館人員…毆打我國外交人員。外交部 19 日證實此事，並予以嚴厲
    譴責: when the sentence before opens with the reactor's own side, the reaction answers the
    doer of the last act coded there, of another state."""
    for m in reversed(_told_before(mt, source)):
        if m.source is not None and m.source.country and m.source.country != source.country:
            return m.source
    return None


def _after_semicolon(norm: str, at: int) -> bool:
    """Is the last character before ``at`` other than white space a ； or ;?"""
    j = at - 1
    while j >= 0 and norm[j].isspace():
        j -= 1
    return j >= 0 and norm[j] in "；;"


#: An accord told by who made it, the parties right before the verb (日韩两国签订的…协定).
_MADE_BY = re.compile(r"(?:签订|签署|缔结|达成)的")
#: How far before that verb its parties may be named (日韩两国签订的, 英國與西班牙 4 月 2 日簽署的).
_MAKERS_REACH = 16


def accord_signers(mt: Matcher, source: Mention) -> list[Mention]:
    """The parties of the accord told last before ``source`` as what they made (日本国会…批准日韩
    两国签订的…协定。中国外交部…指出该协定…是非法的: Japan and Korea), earlier in its sentence
    or in the sentence before in its paragraph; none of the source's state, one per state."""
    norm, s = mt.coding.norm, mt.s
    spans = [(s.start, source.start)]
    if s.index > 0 and mt.coding.sentences[s.index - 1].paragraph == s.paragraph:
        prior = mt.coding.sentences[s.index - 1]
        spans.append((prior.start, prior.end))
    for lo, hi in spans:
        made = list(_MADE_BY.finditer(norm, lo, hi))
        if not made:
            continue
        at = made[-1].start()
        found: dict[str, Mention] = {}
        for m in starting_in(mt.coding.mentions, max(lo, at - _MAKERS_REACH), at):
            if m.country and m.country != source.country and not m.inert:
                found.setdefault(m.country, m)
        if len(found) >= 2:
            return list(found.values())
    return []


#: Mentions that place an act rather than name who did it (在纽约表示: no one 对此 answers).
_NOT_ANSWERED = frozenset(("place", "capital"))


def this_target(mt: Matcher, source: Mention) -> Mention | None:
    """What 对此 answers: the first actor of the last sentence ended by 。 before the reaction's
    (安倍参拜靖国神社。王毅当天召见日本大使…；美国使馆同日对此表示"失望": Abe's state, not that of
    the reaction told in a clause before it), when of another state than the source's. When
    the reaction's own sentence names, before its doer, another state's actor (俄罗斯代表表示，
    德国等国…拒绝分享调查结果，俄方对此表示强烈不满), that is what 对此 answers, not the body
    the last sentence opens on (coder-zh120)."""
    coding = mt.coding
    here = next((m for m in starting_in(coding.mentions, mt.s.start, source.start)
                 if not m.inert and m.kind not in _NOT_ANSWERED
                 and m.country and m.country != source.country), None)  # fmt: skip
    if here is not None:
        return here
    end = coding.norm.rfind("。", 0, mt.s.start)
    if end < 0:
        return None
    i = bisect.bisect_right(coding.sentences, end, key=lambda s: s.start) - 1
    while i > 0 and _after_semicolon(coding.norm, coding.sentences[i].start):
        i -= 1  # (a clause after ； goes on the sentence before it)
    start = coding.sentences[i].start
    found = next((m for m in starting_in(coding.mentions, start, end)
                  if not m.inert and (m.country or m.kind == "org")), None)  # fmt: skip
    return found if found is not None and found.country != source.country else None


#: Words of a visit to Taiwan that name it in one character no actor phrase holds (来台, 访台).
_TO_TAIWAN = re.compile(r"(?:来|访|抵|赴)台")


def _visited_before(mt: Matcher, source: Mention) -> Mention | None:
    """达赖喇嘛来台访问，中共国台办表示坚决反对: with no state named before the reaction, a visit
    to Taiwan told there by one the reference does not know is what it answers; Taiwan, the
    host, is its target."""
    where = _TO_TAIWAN.search(mt.text, mt.s.start, source.start)
    if where is None:
        return None
    return Mention(where.end() - 1, where.end(), "TWN", "TWN", "country")
