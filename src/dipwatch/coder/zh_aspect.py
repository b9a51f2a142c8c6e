"""Whether an act a Chinese sentence names is done on its day (issue 10, eval/README.md
``xwlb_docs``): an act a state only tries (试图, 企图); one named as the time before another
(在对中国进行正式访问前); a meeting named as the purpose of a journey (抵达金边，出席…), held on a
later day; talks agreed or decided to be opened (同意…开启实质性谈判), still to come; an act a
state is said to have no right to (无权); sympathy, support or aid a speaker recalls in the
frame of a past disaster (在中国发生疫情初期，你向中方表达了慰问); and force a doer says it will
keep up or step up (将继续对…发动打击), the force itself rather than a threat. Each is a
``zh_checks.ZH`` step.

Provenance: the dev batches of seeds 121, 122, 123 and 140, and the free CCTV days judged with
seeds 125 and 131 ("Judging output no gold holds").
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import FORCE, Candidate, for_rules
from dipwatch.coder.zh_news import CLAUSE_END, FOILED, clause_start, only_prepared


def not_only_attempted(c: Candidate) -> str | None:
    """美国将病毒溯源问题政治化，源于美国试图利用所有议题来打压中国: a reduction of relations or a
    coercion (roots 16, 17) that its clause says a state tries or schemes to do (试图, 企图, 妄图,
    图谋) is what a speaker ascribes to it, not an act done (an accusation when a speaker says
    so, zh.112.said_scheme). Force is left alone: the gold counts attacks tried and foiled
    (乌方试图用无人艇袭击…, 挫败…袭击企图) as force."""
    if c.rule.code[:2] not in _ATTEMPTED_ROOTS:
        return None
    lo = clause_start(c.mt, c.a)
    return "attempted" if _ATTEMPT.search(c.mt.text, lo, c.a) else None


@for_rules(lambda rule: rule.code == "112")
def not_a_scheme_foiled(c: Candidate) -> str | None:
    """俄罗斯国防部称，乌克兰当天企图用4架无人机对俄罗斯境内发动袭击，遭俄方挫败: an attack
    tried and foiled is force (the attacker's, ``zh_news.only_prepared``), told by the side
    that foiled it; the attempt is no scheme the teller accuses its doer of."""
    if c.rule.code != "112":
        return None
    mt = c.mt
    tried = _ATTACK_TRIED.search(mt.text, clause_start(mt, c.a), mt.s.end)
    if tried is None or tried.start() > c.b:
        return None
    return "foiled" if FOILED.match(mt.text, tried.end(), mt.s.end) else None


#: An attempt (of the clause's trigger, or right at it) whose object is an attack.
_ATTACK_TRIED = re.compile(
    r"(?:企图|试图|妄图|图谋)[^,。;]{0,24}?(?:袭击|攻击|打击|轰炸|空袭|炮击)"
)


@for_rules(lambda rule: rule.code[:2] == "08")
def not_a_term_listed(c: Candidate) -> str | None:
    """协议第一阶段包括加沙地带实现完全停火、以军撤出加沙地带人口稠密地区…: a yielding act (a
    withdrawal, a ceasefire, a release) listed after 包括 as what an agreement, a plan or a
    stage of it holds is one of its terms, not an act of the day (eval/README.md, "Faults found
    at the thirteenth round's start")."""
    if c.rule.code[:2] != "08":
        return None
    mt = c.mt
    listed = mt.text.rfind("包括", mt.s.start, c.a)
    if listed < 0 or _TERMS_END.search(mt.text, listed, c.a):
        return None
    return "term" if _TERMS_OF.search(mt.text, mt.s.start, listed) else None


#: What holds terms (its 包括 lists them): an agreement, a draft, a plan, a stage, red lines.
_TERMS_OF = re.compile("协议|协定|草案|方案|提案|计划|条款|阶段|框架|红线|条件")
#: A list of terms ends at a semicolon (what follows may be done: …；目前以军已撤出).
_TERMS_END = re.compile(";")


def not_an_agreement_acted_on(c: Candidate) -> str | None:
    """俄方根据此前与美国达成的相关协议，已暂停打击乌克兰能源设施: an agreement named as what an
    act follows (根据|按照|依据 … 达成的 … 协议|共识) was reached before and is no act of the day,
    and a partner named only in it (与美国) is no party of the day's act (it gave RUS→USA 057 and
    160); the act done under it (the pause) is coded as told."""
    mt = c.mt
    if not mt.in_sentence(_ACTED_ON):
        return None  # (most sentences: no agreement reached named at all; asked once a sentence)
    for frame in _ACTED_ON.finditer(mt.text, mt.s.start, mt.s.end):
        if frame.start() <= c.a < frame.end():
            return "acted_on"
        target = c.target
        if target is not None and frame.start() <= target.start < frame.end():
            return "acted_on"
    return None


#: An agreement reached before that an act follows: 根据此前与美国达成的相关协议, 按照此前达成的协议.
_ACTED_ON = re.compile(
    r"(?:根据|按照|依据|遵照)[^,。;]{0,30}?达成的[^,。;]{0,12}?(?:协议|协定|共识|一致)"
)


#: The roots whose acts a state may be said only to try (reduce relations, coerce); not force.
_ATTEMPTED_ROOTS = frozenset(("16", "17"))
_ATTEMPT = re.compile("试图|企图|妄图|图谋")


#: Right after an act (and what ends its phrase), 前 or 之前 that dates another act before it;
#: not 前往, 前来 (going), 前进, 前线, 前提, 前夕 (``occasion_frames``), 前后 (around it), nor
#: the 前 of 提前 (early), 目前, 当前, 眼前 (now), 空前, 面前, 日前, 此前.
_BEFORE = re.compile(r"[^,。;:]{0,6}?(?<![提目当眼空面日此])(?:之)?前(?![往来进线提夕后])")
#: A building or spot before 前 makes it a place (在美国驻华使领馆前示威: in front of it).
_SPOT = tuple("馆门楼厦宫府场口站院墙")


def not_before_the_act(c: Candidate) -> str | None:
    """巴基斯坦总理在对中国进行正式访问前接受记者采访时说…: an act inside a 在…前 frame in its
    clause is the time before which another act happens, so it had not happened yet when told;
    the act of the sentence is the other one (the interview, what is said in it). 前 before a
    title (前总统: former; or inside an actor's phrase, 美国前运输部长, when the title list lacks
    the title) or after a building (使领馆前: in front of it) frames no time."""
    mt = c.mt
    opened = mt.text.rfind("在", clause_start(mt, c.a), c.a)
    if opened < 0:
        return None
    found = _BEFORE.match(mt.text, c.b)
    if found is None or CLAUSE_END.search(mt.text, c.b, found.end()):
        return None
    if mt.text.startswith(c.lex["titles"], found.end()):
        return None  # 会见菲律宾前总统杜特尔特: 前 of a former title
    if any(m.start < found.end() - 1 < m.end for m in mt.mentions):
        return None  # 会见美国前运输部长赵小兰: 前 inside an actor's phrase, a title the list lacks
    return None if mt.text.endswith(_SPOT, 0, found.end() - 1) else "before_it"


#: Right after force, in its clause: the force judged a crime or a meddling (…实施的军事行动
#: 属于“战争罪”, 发动的袭击是侵略行为), which the speaker's accusation tells (zh.112.said_deed_wrong).
_JUDGED = re.compile(
    r"[^,。;:]{0,6}?(?:属于|构成了?|纯属|是)[^,。;:]{0,3}?(?:战争罪|反人类罪|罪行|侵略|干涉|干预)"
)


@for_rules(lambda rule: rule.code[:2] in FORCE)
def not_judged_a_crime(c: Candidate) -> str | None:
    """委内瑞拉部长表示，美国本月初对委内瑞拉实施的军事行动属于“战争罪”: force that is the subject
    of a speaker's judgement is the object of the accusation, not also force of the day (an act
    that is only the object of another, "What to annotate")."""
    if c.rule.code[:2] not in FORCE:
        return None
    return "judged" if _JUDGED.match(c.mt.text, c.b) else None


#: Right after a contact's trigger, in its clause: the contact judged (元首会晤具有重要意义, 这次访问
#: 具有里程碑意义), a remark on it.
_CONTACT_JUDGED = re.compile(r"\s*(?:具有|有着)[^,，。;；:：]{0,10}?(?:意义|影响)")


@for_rules(lambda rule: rule.code[:2] == "04")
def not_a_judged_contact(c: Candidate) -> str | None:
    """赵小兰表示，美中元首会晤具有重要意义: a meeting or visit that is the subject of a speaker's
    judgement is what the remark is about, no contact of the day (it is told, and dated, where it
    is reported; coder-audit42)."""
    if c.rule.code[:2] != "04":
        return None
    # (the pattern's last element: 元首 … 会晤 triggers on 元首)
    return "judged" if _CONTACT_JUDGED.match(c.mt.text, max(c.b, c.right)) else None


#: Right after force, in its clause: a state said to have no link with it (美军空袭目标与伊朗没有
#: 任何关联, 此次袭击与伊朗无关), the denial a speaker makes of the force told before.
_DENIED_LINK = re.compile(
    r"[^,。;:]{0,8}?[与同和][^,。;:]{1,10}?"
    r"(?:(?:没有|毫无|并无|并没有|无)(?:任何)?(?:关联|关系|联系|瓜葛)|无关)"
)


@for_rules(lambda rule: rule.code[:2] in FORCE)
def not_denied_a_link(c: Candidate) -> str | None:
    """伊朗外交部发言人…发表声明说，美军空袭目标与伊朗没有任何关联: force a speaker says a state
    has no link with is what the denial is about, told again; the state named is not its target
    and the force is no act of the day (seed-157 batch)."""
    if c.rule.code[:2] not in FORCE:
        return None
    return "link_denied" if _DENIED_LINK.match(c.mt.text, c.b) else None


#: The rule that reads a deed a speaker calls a crime or a meddling (zh.yaml).
_DEED_JUDGED = "zh.112.said_deed_wrong"


@for_rules(lambda rule: rule.id == _DEED_JUDGED)
def not_the_deeds_sufferer(c: Candidate) -> str | None:
    """俄方表示，美国对叙利亚实施的军事行动构成侵略: the state right after 对 or 针对 is the one
    the deed falls on, not the one accused of it (the doer before it is)."""
    target = c.target
    if c.rule.id != _DEED_JUDGED or target is None:
        return None
    return "sufferer" if c.mt.text.endswith(("对", "针对"), 0, target.start) else None


#: Before the attendance, in its sentence: arriving at or leaving for the place of the meeting
#: (抵达金边，出席…; 启程前往…出席…; 飞抵…出席…), which makes the attendance the journey's purpose.
_JOURNEY = re.compile("抵达|飞抵|到达|启程|动身|前往|赴")
#: A verb of attending that a journey names as its purpose.
_ATTEND = ("出席", "参加")


@for_rules(lambda rule: rule.code[:2] == "04")
def not_the_journeys_purpose(c: Candidate) -> str | None:
    """李克强8日晚抵达金边，出席第25次中国－东盟领导人会议并对柬埔寨进行正式访问: a meeting
    one attends (出席, 参加) named after arriving at or leaving for its place, with no
    attending said since, is the purpose of the journey; the meeting is held on a later day,
    so no attendance is done on the day the arrival is dated. The arrival and the visit stay."""
    mt = c.mt
    if c.rule.code[:2] != "04" or not mt.text.startswith(_ATTEND, c.a):
        return None
    start = max(mt.s.start, mt.text.rfind("。", mt.s.start, c.a) + 1)
    journeys = list(_JOURNEY.finditer(mt.text, start, c.a))
    if not journeys or _SINCE_ARRIVAL.search(mt.text, journeys[-1].end(), c.a):
        return None
    if _VENUE.search(mt.text, journeys[-1].end(), c.a):
        return None  # 抵达国际会议中心，出席…: arriving at the venue is attending
    return "journeys_purpose"


#: Between the journey and the attendance, words that say the attending is under way or done
#: (抵达后即出席, 随后出席, 当天出席), so that the meeting is the day's.
_SINCE_ARRIVAL = re.compile("后|随后|即|当天|当晚|今天|并于|[。;]")
#: The place arrived at is where the meeting sits (a hall, a centre, the venue), not a city.
_VENUE = re.compile("会场|现场|会议中心|中心|大厅|大会堂|宫|馆|厅|酒店|宾馆")


#: Agreeing or deciding to open talks (同意…开启实质性谈判, 决定启动…谈判): the talks are to come.
_AGREED = re.compile("同意|商定|决定|约定")
#: Right before the act, in its clause: opening it (开启, 启动…; not 恢复: 同意恢复外交关系 is
#: the restoring agreed, which the gold codes as done), with at most a
#: few characters of its own noun phrase (实质性, 新一轮) between.
_OPENED = re.compile(r"(?:开启|启动|重启|开始)[^,。;:]{0,6}$")


@for_rules(lambda rule: rule.code[:2] == "04")
def not_yet_opened(c: Candidate) -> str | None:
    """阿塞拜疆和亚美尼亚同意在…协调下就纳卡问题开启实质性谈判: an act its doers agree or decide
    to open (同意, 决定 … 开启, 启动 right before talks or a meeting, all in one clause) has not begun on
    the day they agree: it is their intent, the rule's future code (036 for talks), as 将 makes
    it."""
    rule, mt = c.rule, c.mt
    if rule.code[:2] != "04" or not rule.future or c.code != rule.code:
        return None
    start = clause_start(mt, c.a)
    opened = _OPENED.search(mt.text, start, c.a)
    if opened is None or not _AGREED.search(mt.text, start, opened.start()):
        return None
    c.code, c.rule_id = rule.future, rule.id + "+agreed"
    return None


def not_without_right(c: Candidate) -> str | None:
    """美国根本无权要求安理会启动这一机制; 美国无权启动快速恢复联合国对伊朗制裁的机制: an act after
    无权 (没有权利) in its clause is one its doer is said to have no right to, or a part of it,
    not one done, however far on the clause goes; the speaker's reproach is zh.111.no_right."""
    return "no_right" if _NO_RIGHT.search(c.mt.text, clause_start(c.mt, c.a), c.a) else None


_NO_RIGHT = re.compile("无权|没有权利")  # (无权利 holds 无权)


#: The words of a disaster that a frame (``_FRAME``) must hold.
_DISASTER_WORDS = re.compile(r"发生|遭受|暴发|爆发|肆虐")
#: A speaker's clause opening with the time of a past disaster (在…发生…初期, …遭受…后,
#: 自…暴发以来, …肆虐之际), no date in it: what the next clause tells is recalled.
_FRAME = re.compile(
    r"(?:表示|指出|强调|说|回顾|回忆)[,:]\s*(?:自|在)?[^,。;\d]{2,30}?"
    rf"(?:{_DISASTER_WORDS.pattern})[^,。;\d]{{0,12}}?(?:后|以后|初期|之初|以来|之际|期间|时),"
)

#: The roots a crisis's solidarity is told in: sympathy, support and praise, aid.
_SOLIDARITY_ROOTS = ("01", "05", "07")


@for_rules(lambda rule: rule.code[:2] in _SOLIDARITY_ROOTS)
def not_recalled_in_a_speakers_frame(c: Candidate) -> str | None:
    """中国发生新冠肺炎疫情后，南非政府…对中方表达慰问和支持 (习近平指出): the act in the clause
    right after a speaker's frame of a past disaster, with no date of its own, was done then,
    not on the day told (the guidelines' recalled act without a date: no event). Not an act
    reported as done (美国已向乌克兰提供…): a running total told that day."""
    if c.rule.code[:2] not in _SOLIDARITY_ROOTS:
        return None
    text, start = c.mt.text, c.mt.s.start
    if not _told_disaster(c):
        return None
    for frame in _FRAME.finditer(text, start, c.a):
        if not _NOT_RECALLED.search(text, frame.end(), c.a):
            return "recalled_frame"
    return None


#: Between the frame and the act: a clause's end, a date of the act's own, or 已 (done now).
_NOT_RECALLED = re.compile(r"[,。;]|\d|已")


def _told_disaster(c: Candidate) -> bool:
    """Does the sentence hold a word a frame needs? Asked once a sentence: most hold none, and
    the frame's regex was tried at each of its characters for each candidate."""
    return c.mt.in_sentence(_DISASTER_WORDS)


#: Before force to come, these make it force kept up or stepped up, not threatened.
_GOES_ON = ("继续", "持续", "加大", "加强", "扩大", "进一步", "不断")


def force_kept_up(c: Candidate) -> str | None:
    """土方称，将在合适的时间对叙利亚北部的库尔德武装发动地面军事行动: force a doer says it will
    use is its threat of force (the rule's future code, 138), while force it will keep up or
    step up (以军将加大对…的打击力度, 俄军将继续对…发动打击) goes on and is the force itself,
    and force only prepared (正准备对…发动袭击) is none, as ``fixed_tense`` reads it."""
    mt, lex = c.mt, c.lex
    if c.rule.future != "138":
        return None
    prepared = only_prepared(c)
    if c.code == c.rule.code:  # (``fixed_tense`` reads it so only for rules with no future code)
        return "planned" if prepared else None  # 他倾向于在未来数日对伊朗进行打击
    if c.code != "138" or not c.rule_id.endswith("+future"):
        return None
    if mt.has_any(lex["conditional"], mt.s.start, c.a, lex["conditional_exceptions"]):
        return None  # 如果…，该武装将扩大对…的打击: a condition makes it a threat all the same
    if prepared:
        return "planned"  # 美军正准备对也门发动大规模空袭: prepared, as ``fixed_tense`` has it
    if mt.has_any(_GOES_ON, c.lo, c.a):
        c.code, c.rule_id = c.rule.code, c.rule.id
    return None


@for_rules(lambda rule: rule.id == "zh.019.accord")
def not_a_consensus_recalled(c: Candidate) -> str | None:
    """栗战书同新西兰议长举行会谈…。习近平主席同阿德恩总理就…达成重要共识 (韩正会见安瓦尔时表示，
    习近平主席同总理先生就…达成重要共识): in a news item, a consensus of a named person whom the
    item's first sentence does not name, told with no date of its own and no word of this
    occasion (此次, 刚才, 期间), is one an official recalls of leaders who met before: background,
    not an act of the day (the guidelines' recalled act without a date; seed-200 batch). An item
    on the leader's own visit names him first (王毅介绍习近平主席对缅甸进行国事访问情况)."""
    mt = c.mt
    source = c.source or c.slots.get("S")
    if (c.rule.id != "zh.019.accord" or mt.coding.genre != "news" or mt.s.index == 0
            or source is None or source.kind != "person"):  # fmt: skip
        return None
    if mt.in_sentence(_THIS_OCCASION) or mt.coding.dates_within(mt.s.start, mt.s.end):
        return None
    name = _TITLE_AFTER.sub("", mt.text[source.start : source.end])
    lead = mt.coding.sentences[0]
    if len(name) < 2 or mt.text.find(name, lead.start, lead.end) >= 0:
        return None
    if _HELD_LEAD.search(mt.text, lead.start, lead.end) and not mt.has_any(
        c.lex["speech"], mt.s.start, source.start
    ):
        return None  # 中美经贸高层会谈在日内瓦举行。何立峰与贝森特…达成共识: its participants
    return "recalled_consensus"


#: Words that tie a consensus to the occasion the item tells (this visit, just now, during it).
_THIS_OCCASION = re.compile(
    r"此次|这次|本次|此访|刚才|刚刚|今天|当天|昨天|期间|会谈中|会见中|通话中|会谈时|会见时"
)
#: A lead that tells a gathering held (中美经贸高层会谈在日内瓦举行。, 峰会在…召开。) with no one
#: holding it: the persons the next sentences name, with no speaker before them, are its
#: participants, their consensus the day's (review-zh40).
_HELD_LEAD = re.compile(r"(?:举行|召开|开幕|举办)[。.!！\s]*$")
#: A title after a person's name (习近平主席, 阿德恩总理): the name alone is looked for in the lead.
_TITLE_AFTER = re.compile(r"(?:主席|总书记|总统|总理|首相|国王|委员长|议长|先生|阁下|同志)+$")
