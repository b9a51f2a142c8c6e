"""What counts as the day's news in a Chinese sentence: the checks that keep an act only when
it is told as done on the day.

A CCTV item recounts more than it reports: background (此前…一直指责), anniversaries (建交50
周年), the start of a span (…以来), acts that only describe a noun (支持乌克兰的段落), acts
inside an if-clause or given as the reason of another, what unnamed voices say, and a word
named in quotes (「制裁」一词). These checks tell those apart from the act of the day; who does
the act is ``zh_checks``'s job.

>>> clause_start.__name__
'clause_start'
"""

from __future__ import annotations

import re
from bisect import bisect_right

from dipwatch.coder.actors import speaker_before
from dipwatch.coder.carry import PAIR_WORDS
from dipwatch.coder.checks import FORCE, MATERIAL, Candidate, future_or_threat
from dipwatch.coder.dates import RESTATED
from dipwatch.coder.doc import Mention, starting_in
from dipwatch.coder.matcher import Matcher
from dipwatch.coder.memo import per_table
from dipwatch.coder.zh_actors import unnamed_speaker

#: Where a clause ends, in the normalised text (one definition: three near copies stood here,
#: of which the last was the one every check used).
CLAUSE_END = re.compile(r"[,:;!?。;]")


_RELATIVE = re.compile(
    r"[^，,。;；]{0,8}?的"
)  # the rest of a relative clause, up to its 的  # 对 X 进行…: X is the object, never the doer


#: After a contact's place, the people it describes (曾赴中国大陆的外籍人士): a relative clause.
_DESCRIBED_PEOPLE = re.compile(
    r"\s*的\s*(?:外籍|外国|美籍|中国)?(?:人士|人员|旅客|游客|民众|公民|人)"
)
#: A team named by where it was sent (赴巴基斯坦抗疫医疗专家组, 赴汤加救援队): the team, not a
#: visit of the day.
_SENT_TEAM = re.compile(
    r"[^，,。；;的]{0,4}?(?:专家组|医疗队|救援队|维和部队)"
    # 赴汤加执行运送救灾物资任务的五指山舰: ships or people described by the mission they went on
    r"|[^，,。；;的]{0,16}?任务的"
)
#: Right after a trip word, these make it name the people who make such trips or what they come
#: for (法国来华留学生突破1万人, 来华游客, 欢迎法国企业来华投资): no visit of a state.
_TRIP_NAMES_PEOPLE = re.compile(
    r"\s*(?:留学生|留学|学生|游客|旅客|旅游|人员|人数|人次|外国人|外籍人士|航班|投资|经商|务工|就业)"
)
#: A team sent right before the trip word (派遣了多批医疗专家组赴意大利, 派出救援队前往土耳其):
#: the team goes on its mission (aid, rescue), no visit of its state.
_TEAM_SENT = re.compile(
    r"(?:派遣|派出|派)了?[^，,。；;]{0,8}?(?:专家组|医疗队|救援队|医疗专家组|维和部队|工作组)\s*$"
)
#: Right before a trip in its clause, these make it a mission completed (完成赴汤加运送救灾物资
#: 任务, told on the day the ships return): the trip is over, no visit of the day. (Read with
#: endswith: 圆满完成, 顺利完成 end in 完成.)
_COMPLETED = ("完成", "完成了")
#: What a completed trip is named as (赴汤加运送救灾物资任务).
_MISSION = re.compile(r"[^，,。；;]{0,16}?任务")


def _accord_undone(c: Candidate) -> bool:
    """Is the signing a 的 clause describing an accord the clause undoes (撤销…与中共签署的
    「一带一路」合作协议, 退出…同美国签订的协定)? The signing is told as background, undated."""
    mt = c.mt
    return (
        mt.text.startswith("的", c.b)
        and _UNDONE.search(mt.text, clause_start(mt, c.a), c.a) is not None
    )


#: Verbs that undo an accord named after them.
_UNDONE = re.compile(r"撤销|废除|废止|终止|退出|暂停|中止|冻结|撕毁|违反|违背")
#: An accord described by its making and called a fraud or void (三国草签的条约是…大骗局): the
#: signing is what the judgement names, no act of the day.
_JUDGED_ACCORD = re.compile(
    r"的[^，,。；;]{0,20}?(?:条约|协定|协议|公约)(?:是|为|乃)[^，,。；;]{0,20}?(?:骗局|阴谋|废纸|非法|无效)"
)


def _accord_judged(c: Candidate) -> bool:
    """Is the signing a 的 clause describing an accord then called a fraud or void?"""
    return _JUDGED_ACCORD.match(c.mt.text, c.b) is not None


#: After a state's joining a body (加入欧盟的时机, 加入北约申请, 加入欧盟时机未到), these make the
#: accession a noun: what is said of it (its time, application, talks, protocol), or the subject
#: of a judgement (加入欧盟不符合…利益, 加入北约受阻, 加入北约将对…构成威胁), not the act.
_ACCESSION_NAMED = ("的", "时机", "问题", "进程", "申请", "谈判", "议定书", "程序", "前景", "一事",
                    "不符合", "符合", "受阻", "构成", "将对", "将使")  # fmt: skip


def not_attributive(c: Candidate) -> str | None:
    """打击了支持乌克兰军工企业的能源设施, 有关支持乌克兰的段落: support that only describes a
    noun (after ``attributive_before``, its object followed by 的; or 支持的 right before the
    one backed: 美国支持的反对派) is no act; nor is a visit that describes the people who
    made it (禁止过去 14 天曾赴中国大陆的外籍人士入境), nor a detention that describes the held
    (释放了13名其扣押的以色列人员: coder-zh143)."""
    target, mt = c.slots.get("T"), c.mt
    if _first_described(c):
        return "attributive"  # 古巴是第一个同新中国建立外交关系的国家: a record, described
    if c.rule.code.startswith("04"):
        at = _past_place(c)
        if _DESCRIBED_PEOPLE.match(mt.text, at) or _SENT_TEAM.match(mt.text, at):
            return "attributive"  # 禁止曾赴中国大陆的外籍人士入境: who went there, described
        if _TRIP_NAMES_PEOPLE.match(mt.text, c.b):
            return "attributive"  # 法国来华留学生突破1万人: students, not a visit
        if _TEAM_SENT.search(mt.text, clause_start(mt, c.a), c.a):
            return "attributive"  # 派遣了多批医疗专家组赴意大利: a team's mission, no visit
        if _named_as_a_means(c):
            return "means"  # 我同X通过会晤、通话、信函等方式建立起良好工作关系
        if _MISSION.match(mt.text, at) and mt.text.endswith(_COMPLETED, clause_start(mt, c.a), c.a):
            return "attributive"  # 舰艇编队完成赴汤加运送救灾物资任务: a mission over
    if c.rule.code.startswith("07") and _struck_supply(c):
        return "attributive"  # 炸毁了西方国家向乌克兰提供的武器: aid described as what is hit
    if c.rule.code.startswith("07") and _AID_DESCRIBES.match(mt.text, c.b):
        return "attributive"  # 达到了能向乌克兰输送武器的“可接受的上限”: aid a noun's modifier
    if c.rule.id in _ARMS_RULES and _arms_given_described(c):
        return "attributive"  # 美国向乌克兰提供的弹药已经用完: the arms given, described
    if c.rule.code.startswith("05") and _accord_undone(c):
        return "attributive"  # 撤销维多利亚州与中共签署的…协议: the accord undone, described
    if c.rule.code.startswith("05") and _accord_judged(c):
        return "attributive"  # 三国草签的条约是愚弄全世界人民的大骗局: the accord judged
    if _topic_of_noun(c):
        return "attributive"  # 协议中有关释放塔利班囚犯的内容: the act is what a text is about
    backed = target is not None and target.start > c.b and mt.text.startswith("的", c.b)
    if backed and c.rule.code.startswith("051"):
        return "attributive"  # 美国支持的委内瑞拉反对派遭遇失败: who is backed, described
    if backed and c.rule.code == "173":
        return "attributive"  # 哈马斯释放了13名其扣押的以色列人员: who is held, described
    joined = c.rule.id == "zh.057.join" and target is not None
    if joined and mt.text.startswith(_ACCESSION_NAMED, target.end):
        return "attributive"  # 乌克兰加入欧盟的时机尚未到来: the accession named, not made
    if target is None or not c.rule.code.startswith("05") or c.rule.id in _PROPOSER_JUDGED:
        return None
    governed = _object_of_dui(mt, c.a)  # 对一批…支持伊朗…的个人和实体: a long noun phrase
    if not governed and not any(
        mt.text.endswith(c.lex[words], mt.s.start, c.a) for words in _DESCRIBED_BEFORE
    ):
        return None
    rest = mt.text[target.end : min(target.end + (_PHRASE if governed else MODIFIER), mt.s.end)]
    head = rest.find("的")
    return "attributive" if head >= 0 and not CLAUSE_END.search(rest, 0, head) else None


#: Rules whose proposer (``X提出的倡议``) is the target by construction, and whose trigger is
#: the judgement after it (对…具有重要意义: 对 there is the judgement's scope, no noun phrase).
_PROPOSER_JUDGED = ("zh.051.said_proposal_weighty", "zh.051.proposal_weighty_in_force")


#: The lexicon's lists of words before an act that only describes a noun (打击了支持…的设施,
#: 有关支持乌克兰的段落), each read as it stands: no list joined anew for each candidate.
_DESCRIBED_BEFORE = ("attributive_before", "about_before")


def _topic_of_noun(c: Candidate) -> bool:
    """Is the act what a noun is about (不同意协议中有关释放塔利班囚犯的内容, 关于制裁俄罗斯的
    提案): an ``about_before`` word right before the trigger and 的 after it in its clause? Then
    it names a text's subject, and no one does it that day."""
    mt = c.mt
    if not mt.text.endswith(c.lex["about_before"], mt.s.start, c.a):
        return False
    return mt.text.find("的", c.b, clause_end(mt, c.b)) >= 0


def _struck_supply(c: Candidate) -> bool:
    """Is the aid a noun phrase (提供的 + what was supplied) that a verb of destruction or
    seizure before it in its clause governs (俄军炸毁了西方国家向乌克兰提供的武器装备)? Then
    the aid only describes what was hit: no aid given that day, and its supplier is no doer
    (the sentence's subject is the one who struck)."""
    mt = c.mt
    return mt.text.startswith("的", c.b) and mt.has_any(_STRUCK, clause_start(mt, c.a), c.a)


#: After the aid's object, a noun it modifies (…输送武器的上限, 提供武器装备的做法, …的国家):
#: the aid describes the limit, the practice or the suppliers, and is not told as given (coder-lex1).
_AID_DESCRIBES = re.compile(
    r"[^，,。；;的]{0,4}的[“”\"「」]?[^，,。；;“”「」]{0,6}?(?:上限|做法|行为|举动|能力|国家|一方)"
)
#: The rules of arms given or handed over, whose object 的 may turn into a noun phrase.
_ARMS_RULES = ("zh.072.military_aid", "zh.072.deliver")
#: Right after the recipient, the verb of giving closed by 的 (向乌克兰提供的武器, 输送的).
_GIVEN_BY = re.compile(r"(?:提供|输送|交付|出售)的")
#: Arrival words that tell, after the arms so described, their delivery on the day
#: (加拿大向乌克兰提供的首辆坦克已经抵达波兰): the aid then is the day's.
_ARRIVED = ("运抵", "抵达", "到达", "送达")


def _arms_given_described(c: Candidate) -> bool:
    """Is the arms' giving only a relative clause (美国向乌克兰提供的弹药已经用完, 西方向乌克兰输送
    的武器流入黑市, 向乌克兰提供的武器都不再限制射程): arms described, not told as given that day,
    unless the sentence goes on to their arrival (…提供的首批坦克运抵乌克兰)? (review-zh41)"""
    mt, target = c.mt, c.slots.get("T")
    if target is None or not _GIVEN_BY.match(mt.text, target.end):
        return False
    return not mt.has_any(_ARRIVED, target.end, clause_end(mt, max(c.b, c.right)))


#: Verbs of destroying or seizing a supply (炸毁了…提供的武器).
_STRUCK = ("炸毁", "摧毁", "击毁", "毁坏", "销毁", "缴获", "截获", "打击了", "袭击了")


def _first_described(c: Candidate) -> bool:
    """Is the act the record a subject is called by (古巴是西半球第一个同新中国建立外交关系的
    国家, 是首个…的西方国家): a ranking after 是 before it and 的 after it in its clause?"""
    mt = c.mt
    if not _ranks(mt):
        return False  # no ranking word in the sentence: most have none
    start = clause_start(mt, c.a)
    if not _FIRST_OF.search(mt.text, start, c.a):
        return False
    return mt.text.find("的", c.b, clause_end(mt, c.b)) >= 0


def _ranks(mt: Matcher) -> bool:
    """Does the sentence hold a ranking word (``_RANKINGS``) at all? Asked once per sentence
    (``mt.cache``), not a regex search for every candidate."""
    found = mt.cache.get("ranks")
    if found is None:
        sentence = mt.text[mt.s.start : mt.s.end]
        found = mt.cache["ranks"] = any(w in sentence for w in _RANKINGS)
    return found  # type: ignore[return-value]


#: The words that rank a subject (第一个, 首个, 唯一).
_RANKINGS = ("第一个", "首个", "第一位", "首位", "唯一", "最早", "最后一个")
#: A ranking after 是: what follows up to 的 describes the subject by a record.
_FIRST_OF = re.compile(rf"是[^，,。；;]{{0,10}}?(?:{'|'.join(_RANKINGS)})")


def _named_as_a_means(c: Candidate) -> bool:
    """我同武契奇总统通过会晤、通话、信函等方式建立起良好工作关系: contact words listed after
    通过 and closed by 方式 (渠道, 形式) in their clause name the means by which ties were built,
    no meeting or call of the day (通过视频方式举行会谈, the means before the trigger, stays);
    so does 通过这次访问 (以此次访问为契机): the visit is the means of what follows."""
    mt = c.mt
    if mt.text.endswith(_THIS_TRIP_AS_MEANS, 0, c.a):
        return True  # 我希望通过这次访问，同…一道: the visit to come, named as the means
    start = clause_start(mt, c.a)
    if mt.text.rfind("通过", start, c.a) < 0:
        return False
    return _MEANS.search(mt.text, c.b, clause_end(mt, c.b)) is not None


#: Right before a contact word, these name the contact as the means or occasion of what the
#: clause goes on to say (通过这次访问, 以此次访问为契机), not a contact made.
_THIS_TRIP_AS_MEANS = tuple(f"{by}{this}" for by in ("通过", "以", "借", "借助")
                            for this in ("这次", "此次", "本次"))  # fmt: skip
#: What closes a list of means (通过会晤、通话等方式, 通过多种渠道).
_MEANS = re.compile(r"方式|渠道|形式|途径")


def _past_place(c: Candidate) -> int:
    """Where a contact's words end: after the trigger, or after its target when that follows
    (赴中国大陆|的外籍人士, 赴俄罗斯|的行程)."""
    target = c.slots.get("T")
    return c.b if target is None else max(c.b, target.end)


def not_a_subject_noun(c: Candidate) -> str | None:
    """新制裁表明美国…, 美国发起的单边制裁影响了伊朗的供应: a sanction or coercion word that a
    predicate about it follows is the subject of a statement (what the sanction shows or
    does), told as background, not a sanction imposed on the day; a contact word before the
    people it describes (召回谈判人员) is no contact either."""
    text, at = c.mt.text, c.b
    if c.rule.code.startswith("04") and text.startswith(_TEAM_HEADS, at):
        return "subject_noun"  # 以色列和美国召回谈判人员: the talks name who is recalled
    if (c.rule.code[:2] in MATERIAL or c.rule.code.startswith("057")) and _JUDGED.match(
        text, max(at, c.right)
    ):  # 北约国家向乌克兰派遣军队是一条红线, 与伊朗达成协议将是美方首选: the act weighed, not done
        return "subject_noun"
    if c.rule.code[:2] not in _NOUN_ROOTS:
        return None
    if (c.right > at and text.startswith(c.lex["noun_predicates"], c.right)
            and not text.startswith(_WHY, c.right)):  # fmt: skip
        return (
            "subject_noun"  # 伊朗对以色列发动军事打击证明了…: the act's whole phrase is the subject
        )
    if text.startswith(_NOUN_HEADS, at):
        at += 2
    modal = _NOUN_MODAL.match(text, at)
    if modal is not None:  # 禁运将对本国经济造成重大影响: what it would do
        at = modal.end()
        if _NOUN_EFFECT.match(text, at):
            return "subject_noun"
    named = text.startswith(c.lex["noun_predicates"], at) and not text.startswith(_WHY, at)
    return "subject_noun" if named else None


#: A copula that gives the act's purpose or cause (他们向以色列发射火箭弹是为了报复…) tells the
#: act as done: its phrase is no subject named in a statement (是…的根源).
_WHY = ("是为了", "是为", "是因为", "是出于", "是由于")
#: After a contact word, these make it the modifier of the people named (谈判人员, 谈判代表团).
_TEAM_HEADS = ("人员", "团队", "代表团", "小组")
_NOUN_MODAL = re.compile(r"(?:或将|将会|将|会|可能|已经|已)")
_NOUN_EFFECT = re.compile(r"对[^，,。；;]{1,12}?(?:造成|产生|带来)")


#: Force and its show, weighed right after the act as what it would be (…派遣军队是一条红线,
#: …无异于宣战); not 是为了报复… or 是对…的回应, which explain an act done.
_JUDGED = re.compile(r"无异于|等于|等同于|将是|将会是|会是|是[^，,。；;]{0,8}?红线")
_NOUN_ROOTS = ("16", "17", "18", "19", "20")  # reduce relations, coerce, force: nouns of effect
_NOUN_HEADS = ("措施", "行动", "政策")  # two characters each


def not_obliged(c: Candidate) -> str | None:
    """普京表示，乌克兰政府需尽快与…展开谈判: a contact or a deed its doer ought to do (需, 应,
    必须 between them in the act's clause, or 应由 right before the doer: 安排应由伊朗和阿曼协商)
    is asked for, not done; 应…邀请 is an invitation."""
    if c.rule.code[:2] not in _OBLIGED_ROOTS or c.source is None:
        return None
    mt, lex = c.mt, c.lex
    if mt.text.endswith(lex["obliged_before"], clause_start(mt, c.source.start), c.source.start):
        return "obliged"
    lo = max(c.source.end, clause_start(mt, c.a))
    if lo >= c.a or not mt.has_any(lex["obliged"], lo, c.a, lex["obliged_exceptions"]):
        return None
    return None if _INVITED.search(mt.text, lo, c.a) else "obliged"


def not_invited(c: Candidate) -> str | None:
    """习近平邀请普京访华: a visit or a meeting that is what someone is invited to (邀请 between
    the doer and it, in its clause) is not made; 应…邀请 is the visit made at an invitation."""
    if c.rule.code[:2] != "04" or c.source is None:
        return None
    mt = c.mt
    lo = clause_start(mt, c.a)
    invite = mt.text.rfind("邀请", lo, c.a)
    if (
        invite < 0
        or _INVITED.search(mt.text, lo, invite + 2)
        or mt.text.startswith("的邀请", invite - 1)
    ):
        return None
    return "invited"


_OBLIGED_ROOTS = ("04", "05", "06", "07", "08", "16", "17", "18", "19", "20")
#: What closes 应…: an invitation, or a request (应美方要求拘押…: an act done at another's
#: request is done, as one at an invitation; ``zh_requests`` reads the same words).
AT_REQUEST = "邀请|之邀|要求|请求|之请"
_INVITED = re.compile(rf"应[^，,。；;]{{0,20}}?(?:{AT_REQUEST})")


def not_alleged(c: Candidate) -> str | None:
    """反对美方提出的…要严厉制裁俄罗斯的说法, 所谓中国向俄罗斯提供武器的说法纯属捏造: an act in
    a noun phrase of words said about it (说法, 指控, 传言) is alleged or proposed, not done."""
    if c.rule.code[:2] not in (*_OBLIGED_ROOTS, "13"):  # 13: 所谓的“俄罗斯威胁”
        return None
    mt, lex = c.mt, c.lex
    if mt.has_any(lex["alleged_heads"], c.b, clause_end(mt, c.b)):
        return "alleged"
    # 所谓 before the doer: the whole act is what is alleged (将中国从所谓“…名单”中移除: a name)
    doer = c.source.start if c.source is not None and c.source.start < c.a else c.a
    return "alleged" if mt.has_any(lex["alleged_before"], clause_start(mt, doer), doer) else None


def _object_of_dui(mt: Matcher, at: int) -> bool:
    """Does the act at ``at`` open a noun phrase that 对 governs (对一批参与或支持伊朗…的个人
    实施制裁): 对 a few characters before it in its clause, with no actor between?"""
    start = clause_start(mt, at)
    dui = mt.text.rfind("对", start, at)
    return dui >= 0 and at - dui <= _DUI_REACH and not any(dui < m.start < at for m in mt.active)


#: How far before a support word the 对 that governs its noun phrase may stand (对一批参与或),
#: and how long that phrase may run to its 的.
_DUI_REACH, _PHRASE = 8, 40


def not_recounted_by_voices(c: Candidate) -> str | None:
    """国际人士指出，美国、北约持续向乌克兰提供武器…: what unnamed voices say is no event, and
    neither is any act they recount (eval/README.md)."""
    mt = c.mt
    return "unnamed" if unnamed_speaker(mt.coding, mt.s.start, c.a, mt.mentions) else None


MODIFIER = 14  # how far after the object a modifier's 的 may stand
#: Right before force, these make it a noun that 对 governs (对袭击予以谴责, 对此次空袭表示愤慨).
_OBJECT_OF_DUI = ("对", "对此次", "对这次", "对该", "对这一", "对上述")


def held(c: Candidate) -> str | None:
    """首脑会晤还没有列入日程: a meeting said right after to be unscheduled or not held is no act;
    nor are talks only possible: the subject of a possibility (如果…，伊朗与美国的谈判可能取得
    成果: a forecast) or not ruled out (伊朗不排除与美国举行谈判)."""
    mt = c.mt
    if mt.text.startswith(c.lex["not_held_after"], c.b):
        return "not_held"
    if c.rule.code[:2] != _CONTACTS or c.source is None:
        return None
    if mt.text.startswith(_MAY_AFTER, c.b):
        return "possible"
    return "possible" if mt.has_any(_NOT_RULED_OUT, clause_start(mt, c.a), c.a) else None


_CONTACTS = "04"
#: Right after talks, a possibility of which they are the subject (谈判可能取得成果).
_MAY_AFTER = ("可能", "或将", "能否", "是否", "会否", "有可能")
_NOT_RULED_OUT = ("不排除",)


def fixed_tense(c: Candidate) -> str | None:
    """将会见 is an intent (036); 如果…将… a threat: both read before the trigger; force only
    prepared or planned (准备对阿塞拜疆发动袭击), with no intent code of its rule, and an
    agreement only wished (希望与伊朗…达成协议) are no act; a sanction made ready (准备对…实施
    反制) is a threat."""
    future_or_threat(c, future_at_trigger=False, condition_after=False)
    if c.code == c.rule.code and c.code[:2] != _INTENT and _pair_plan(c):
        if not c.rule.future:
            return "planned"  # 两国领导人表示将签署新的协议: a plan, with no intent code here
        c.code, c.rule_id = c.rule.future, c.rule.id + "+future"
    if not c.rule.future and c.code == c.rule.code and c.code[:2] in FORCE and only_prepared(c):
        return "planned"  # (将继续实施封锁, a decided measure announced, is the act)
    if (c.threat and c.code == c.rule.code and c.code[:2] in _PREPARED_THREATS
            and c.mt.has_any(c.lex["readied"], c.lo, c.a)):  # fmt: skip
        c.code, c.rule_id = c.threat, c.rule.id + "+prepared"  # 欧盟称准备对美国…实施反制
    if c.code[:2] in FORCE and c.mt.text.endswith(_OBJECT_OF_DUI, c.mt.s.start, c.a):
        return "object"  # 叙利亚政府对袭击予以谴责: the attack is what is condemned
    if (c.rule.code.startswith(_REACHED) and c.code == c.rule.code
            and c.mt.has_any(c.lex["wished"], c.lo, c.a)):  # fmt: skip
        return "wished"  # 希望与伊朗在一个月左右达成协议: an agreement sought, not reached
    if c.rule_id.endswith("+future") and _as_always(c):
        c.code, c.rule_id = c.rule.code, c.rule.id
    if c.rule.future and c.code == c.rule.code and _scheduled(c):
        c.code, c.rule_id = c.rule.future, c.rule.id + "+scheduled"
    if c.rule.future and c.code == c.rule.code and _day_to_come(c):
        c.code, c.rule_id = c.rule.future, c.rule.id + "+future"  # 特朗普称18日…会晤 (on the 17th)
    if c.rule.id == _INVITE and _INVITED.search(c.mt.text, clause_start(c.mt, c.a), c.b):
        return "accepted"  # 应匈牙利总统…邀请开始…访问: the visit made at an invitation
    if c.rule.future and c.code == c.rule.code and _pursued(c):
        c.code, c.rule_id = c.rule.future, c.rule.id + "+pursued"
    if _words_right_before(c, _NOT_SOUGHT):
        return "not_sought"  # 美方表示不尋求執行長期對臺軍售政策: neither done nor meant
    return None


#: After a pair that is its rule's trigger, before the act's verb (两国领导人表示将签署新的条约,
#: 沙伊双方同意在两个月内恢复外交关系): a will word, or a frame of time agreed ahead, makes the
#: act a plan. Those words only right before a verb or a place or day (两国元首宣布将中巴关系提升
#: 为…: 将 is 把; 就20点“和平计划”已达成: a noun; 两国海军计划今天…举行: the day's act).
_PAIR_PLAN = re.compile(
    r"(?:将(?:会|要)?|计划|准备|拟|打算)"
    r"(?=签署|签订|建立|恢复|举行|发表|发布|建交|复交|互派|共同|正式|在|于|进一步|尽快|适时)"
    r"|(?:同意|决定|宣布|商定)在[^,;。]{1,10}?(?:内|之内|以内)"
)
#: The root of intents: a plan told by one is already what it codes (双方将在…框架下…合作).
_INTENT = "03"


def _pair_plan(c: Candidate) -> bool:
    """Is the act a plan of the pair its trigger names (:data:`_PAIR_PLAN`)? The tense words
    are read between the doer and the trigger, which here is the pair itself."""
    text = c.mt.text
    return text.startswith(PAIR_WORDS, c.a) and _PAIR_PLAN.search(text, c.b, c.right) is not None


#: What a doer says it does not seek, right before the act in its clause, is neither done nor
#: its intent (an act in a later clause is: 美方不寻求脱钩，愿同中方加强合作).
_NOT_SOUGHT = ("不寻求", "不谋求", "并不寻求", "无意寻求")


#: Agreements, accords and material cooperation (达成协议, 达成共识, 加强经贸合作): only wished
#: (俄方有意与乌方尽快达成共识, 东盟国家和中国希望加强经贸合作) they are no act; the wish is the
#: doer's intent, which the intent rules read.
_REACHED = ("057", "019", "06")

#: Sanctions and coercion a doer says it is ready to use (准备对美国…实施反制): the threat of them,
#: as countermeasures weighed are (zh.130.considered); 将 or 拟 tell a decided measure, the act.
_PREPARED_THREATS = ("16", "17")


def only_prepared(c: Candidate) -> bool:
    """准备对阿塞拜疆发动袭击, 企图对…实施袭击: is force only prepared or schemed, a ``prepared``
    word before it in its clause? Not when what follows says it was foiled (乌克兰无人机企图对
    莫斯科…的设施实施袭击，被俄方挫败; 企图袭击莫斯科，遭俄方挫败; 企图…袭击克里米亚大桥，俄方…将其
    摧毁): the attack was made, and the gold counts attacks tried and foiled as force
    (eval/README.md, "Faults found at the thirteenth round's start")."""
    mt = c.mt
    if not mt.has_any(c.lex["prepared"], c.lo, c.a):
        return False
    return not FOILED.match(mt.text, c.b, mt.s.end)


#: After an attempted attack, within its clause and the next: it was stopped by another (被|遭
#: …挫败, 将其摧毁, 实施拦截), so it was launched.
FOILED = re.compile(
    r"[^。;!?]{0,30}?(?:被|遭到|遭|将其|均被|并实施|实施)[^,。;]{0,12}?"
    r"(?:挫败|拦截|击落|摧毁|击毁|击退|粉碎)"
)


def _scheduled(c: Candidate) -> bool:
    """Is the meeting the subject of a word that schedules it (会晤定于15日举行, 会谈将于下周在
    日内瓦举行), right after the meeting word or, when the trigger names the doers, between
    them? Then it is planned: its intent code, as 将 before the act makes it."""
    words, text = c.lex["scheduled_after"], c.mt.text
    if text.startswith(words, c.right):
        return True
    # 俄土双方领导人将于3月初…举行会谈: when the trigger names the doers (双方, 四国外长), the
    # scheduling word stands between it and the meeting word, inside the match and its clause.
    end = CLAUSE_END.search(text, c.b, c.right)
    return c.mt.has_any(words, c.b, end.start() if end else c.right)


def _as_always(c: Candidate) -> bool:
    """中方将一如既往支持越方: 将 with 一如既往 (as always) tells a stance held now, not one to
    come: the support is given, not intended. So does support 将 goes on with (中方将继续支持
    联合国, 伊朗会继续坚定支持叙利亚), as the news gold codes it (051); other acts that will go
    on (将继续提供援助) stay intents, as do 愿继续支持 and 将持续支持 (瓜國將持續支持…: the prose
    gold's 032)."""
    if c.rule.code == _SUPPORT and _words_right_before(c, _GOES_ON):
        return True
    return _words_right_before(c, _ALWAYS)


_ALWAYS = ("一如既往",)
#: Right before support said to go on: a stance held now (not 继续 in an earlier clause:
#: 将继续劝和促谈，支持并期待…, where only the talks go on; nor a will to go on, 愿继续支持蒙方…,
#: an intent as 愿 makes any act).
_GOES_ON = ("将继续", "会继续")
_SUPPORT = "051"
_INVITE = "zh.036.invite"


def _day_to_come(c: Candidate) -> bool:
    """Does a day after the document's own, told after a speech verb, stand in the act's
    clause before it (特朗普称18日在白宫与泽连斯基会晤, told on the 17th)? What someone says
    will happen is planned: its intent code."""
    mt = c.mt
    return any(d.after and d.precision == "day" and not d.span
               and _SAYS.search(mt.text, mt.s.start, d.start)
               for d in mt.coding.dates_within(clause_start(mt, c.a), c.a))  # fmt: skip


_SAYS = re.compile(r"称|表示|宣布|透露|说")


def _pursued(c: Candidate) -> bool:
    """Is the act only pursued (已指示外长推动与中共建立外交关系, 寻求与…会晤): a ``pursuit``
    word right before it (a few characters, its own clause)? Then it is intent, as 将 makes
    it; a word further off governs something else (推动…合作，支持中国…)."""
    return _right_before(c, "pursuit")


def _right_before(c: Candidate, key: str) -> bool:
    """Is a word of the lexicon's ``key`` list within :data:`_REACH` characters before the
    trigger, in its clause?"""
    return _words_right_before(c, c.lex.get(key, ()))


def _words_right_before(c: Candidate, words: tuple[str, ...]) -> bool:
    """Is one of ``words`` within :data:`_REACH` characters before the trigger, in its clause?"""
    start = max(c.a - _REACH, clause_start(c.mt, c.a))
    return c.mt.has_any(words, start, c.a)


_REACH = 10
#: A strike's noun stands after its object and the object's place (推迟对乌克兰能源设施的打击):
#: further from a word that calls it off than a meeting's does.
_FORCE_REACH = 16
#: The rule id's mark of force its own side says it may use, a threat (``zh_possible_force``).
OWN_POSSIBLE = "+own_possible"


#: A speech verb closing the speaker's clause (伊方称，…; 安东诺夫指出，…).
_SAID_COMMA = re.compile(r"(?:表示|指出|强调|说|称|认为|声称)[，,]")
_RECALLED_SAYING = re.compile(r"此前|曾|早前|先前|以前|当时|一再|多次|一直")


def said_of_a_habit(c: Candidate) -> bool:
    """伊朗石油部长表示，美国和一些欧洲国家多年来阻碍伊朗出口石油; 安东诺夫指出，美国自始至终都在
    阻碍…: what a speaker says another state has long done (多年来, 一直, 自始至终) is the
    content of an accusation made on the day; the span is the accused's habit, not the act's.
    Only the accusation rules led by the speaker (root 11 or 12, ``source: speaker_first``)
    whose act stands after the speaker's speech verb and comma."""
    if c.rule.source != "speaker_first" or c.rule.code[:2] not in ("11", "12"):
        return False
    mt = c.mt
    said = _SAID_COMMA.search(mt.text, mt.s.start, c.a)
    # (俄罗斯方面此前曾表示，…: the accusation itself recalled, background still)
    return said is not None and _RECALLED_SAYING.search(mt.text, mt.s.start, said.start()) is None


def told_as_done(c: Candidate) -> str | None:
    """An act only possible or asked about (北京可能向莫斯科提供军事援助, 是否援俄), inside an
    if-clause (若中共日后向俄方提供武器，…) or given as the reason of another (作为对…的回应)
    is not told as done; a conditional menace the tense check made a threat of stays."""
    mt, a, source = c.mt, c.a, c.source
    assert source is not None
    if c.threat is not None and c.code == c.threat:
        # 若民进党胜选，中共恐将对我国加大施压: the writer's guess, no actor's menace; 若美对华
        # 加征关税，中方必将反制: the act supposed in the if-clause is no menace of its doer
        # (以军可能对…发动进攻, told by Israel's own official: a menace, ``zh_possible_force``)
        possible = _possible(c) and not c.rule_id.endswith(OWN_POSSIBLE)
        return "hypothetical" if possible or _supposed(c) else None
    # (from the doer's own clause when the pattern reached back to an earlier one: 为阻止乌克兰
    # 对俄罗斯的信息攻击，…进行打击)
    opened = clause_start(mt, min(a, source.start))  # the earlier of the two clauses
    if mt.has_any(c.lex["background_openers"], opened, source.start):
        return "background"  # 作为对美方以涉藏问题制裁中共官员的回应: told to explain another act
    if _reacted_to(mt, c.lex, a, source.start) or _answered_frame(c):
        return "background"  # 针对美国政府称将…加征关税，…表示: what the reaction is aimed at
    if _in_frame(mt, c.lex["occasion_frames"], c.a, c.b) and not _own_visit_frame(c):
        return "background"  # 并在柯拉克访台期间举行演习: the visit only dates the drills
    if mt.text[source.start - 1 : source.start] == "被" and _RELATIVE.match(mt.text, c.b):
        return "background"  # 被加拿大拘押近三年的华为财务长: describes whom it fell on
    if mt.coding.genre == "narrative" and mt.has_any(
        c.lex["habitual"], c.lo, c.right, c.lex["habitual_exceptions"]
    ):
        return "habitual"  # 美中两国虽多次发生冲突: what happens often is a relation, not an act
    if _possible(c):
        return "hypothetical"  # the possibility is the source's own, not a named other's
    if _SPAN.search(mt.text, _span_reach(c), a) and not said_of_a_habit(c):
        return "span"  # 总统先生就任以来，坚持一个中国原则: a stance held over years, no act
    if c.rule.code[:2] in _LASTING_ROOTS and _LASTED.match(mt.text, c.b):
        return "span"  # 俄罗斯在乌克兰进行特别军事行动已经三年: how long it has gone on, no act
    if c.rule.code[:2] in _LASTING_ROOTS and _tallied_since(c):
        return "span"  # …发动军事行动以来，已有344人遇害…，美以袭击还导致…遭到破坏: a tally
    return "hypothetical" if _in_if_clause(c) else None


#: Right after the act, how long it has gone on (…特别军事行动已经三年, …已持续两年多): force or
#: coercion measured so is a state of affairs the sentence tells of, not the day's act.
_LASTED = re.compile(
    r"[^，,。；;]{0,4}?已(?:经)?(?:持续|进行|延续)?了?(?:近|约|超过|长达)?"
    r"[0-9一二两三四五六七八九十百千几数多]+多?(?:年|个月|周|天)"
)
_LASTING_ROOTS = ("17", "18", "19", "20")


def _tallied_since(c: Candidate) -> bool:
    """Is the act force whose toll is told (…袭击还导致, 造成) in a sentence that a span opened
    earlier (…以来，已有…遇害)? The toll is the sum since then, no act of the day
    (coder-audit39's seed 198). So is a war's round (本轮冲突中，以军持续袭击加沙地带各地已造成
    超4万名巴勒斯坦人死亡: the toll after the act's object; the integrator's seed-201 check)."""
    mt = c.mt
    if not (_TOLL.match(mt.text, c.b) or _TOLL_AFTER_OBJECT.match(mt.text, c.b)):
        return False
    start = clause_start(mt, c.a)
    if _DAY_WORD.search(mt.text, start, c.a) or any(
        not d.span for d in mt.coding.dates_within(start, c.b)
    ):
        return False  # 本轮冲突中，以军17日空袭…已造成20人死亡: one dated strike and its toll
    if _ROUND_IN_CLAUSE.search(mt.text, start, c.a):
        return True  # 本轮冲突中以方对加沙地带的袭击已造成…: the round with no comma after it
    return _SINCE_OPENED.search(mt.text, mt.s.start, clause_start(mt, c.a)) is not None


#: A day named by a word in the act's clause (以军当天空袭…): the strike of that day (review-zh40).
_DAY_WORD = re.compile(r"当天|当日|今天|昨天|前一天")
#: Right after force named as a noun, the toll it took (袭击还导致, 空袭已造成).
_TOLL = re.compile(r"(?:还|也|已|共|累计)*(?:导致|造成)")
#: After force told by a verb and its object, a toll said to stand so far (袭击加沙地带各地已造成).
_TOLL_AFTER_OBJECT = re.compile(r"[^,。;]{1,12}?(?:已|共|累计)+(?:导致|造成)")
#: A span closed by its comma earlier in the sentence (…以来，), not 以来首次; a war's round
#: (本轮冲突中，, 本轮巴以冲突期间，).
_SINCE_OPENED = re.compile(
    r"(?:以来|年来)[，,]|(?:本轮|此轮|这轮|新一轮)[^,。;]{0,8}?冲突(?:中|期间)[，,]"
)

#: A war's round opening the act's own clause, no comma after it (本轮冲突中以方…).
_ROUND_IN_CLAUSE = re.compile(r"(?:本轮|此轮|这轮|新一轮)[^,，。;；]{0,8}?冲突(?:中|期间)")


#: A span that closes before the act, in its clause or the doer's (就任以来，…; 自建交以来…;
#: 多年来…): what is told over it is a stance or a tally, not an act of the day; not so
#: 以来首次 (the first since), which tells the day's act.
_SPAN = re.compile(r"(?:以来|年来)(?!首次|首度|第一次|的首次|的首度|最)")


def _span_reach(c: Candidate) -> int:
    """Where a span before the act may stand: the act's clause, and the clause before it when
    the act's opens with no actor of its own (…就任以来，坚持…: the same subject goes on); not
    past a clause whose own subject acts (…以来，以军…已造成…，他指责…), nor into one where the
    doer praises another state's record (``_praised_record``)."""
    mt = c.mt
    start = clause_start(mt, c.a)
    if start <= mt.s.start or any(start <= m.start < c.a for m in mt.active):
        return start
    return start if _praised_record(mt, c, start) < start else clause_start(mt, start - 1)


def _possible(c: Candidate) -> bool:
    """Is a possibility word (可能, 恐将) between the act's doer and its trigger, with no other
    actor between them than the doer's partner (希望希腊与土耳其能够通过谈判解决)?"""
    mt, source = c.mt, c.source
    assert source is not None
    start = clause_start(mt, c.a)
    for w in c.lex["hypothetical"]:
        pos = mt.text.rfind(w, max(source.end, mt.s.start), c.a)
        if pos >= 0 and not any(source.end <= m.start and m.end <= pos
                                and not _partner(mt.text, source, m) for m in mt.active):  # fmt: skip
            return True
        # …研究针对伊朗的选项，其中包括可能采取的军事行动: the word opens the act's own clause
        if pos >= start and not any(pos < m.start < c.a for m in mt.active):
            return True
    return False


def _partner(text: str, source: Mention, m: Mention) -> bool:
    """Is ``m`` joined to the doer as its partner (希腊与土耳其)?"""
    return text[source.end : m.start] in WITH


#: Right before an actor, these make it a partner of the act (希腊与土耳其, 未能与俄罗斯…).
WITH = ("与", "和", "同", "跟")


def not_called_off(c: Candidate) -> str | None:
    """取消中日外长会晤, 推迟访华: a contact called off right before it (``undone``, in its
    clause), or right after it (会晤的计划已搁置), did not take place. Nor did force paused or
    called off right before it (已暂停打击乌克兰能源设施, 同意暂停对伊朗的轰炸和袭击两周): the
    pause is the de-escalation ``zh.087.pause_strikes`` codes, not the strike (eval/README.md,
    "Misses of xwlb_docs by construction, third pass"). Nor did a yielding act put off or
    called off so (美军推迟撤军, 暂停撤出叙利亚): no de-escalation."""
    if c.rule.code[:2] in FORCE or c.rule.code[:2] == _YIELD:
        return "undone" if _force_called_off(c) else None
    if not c.rule.code.startswith("04"):
        return None
    undone = (_right_before(c, "undone") or _planned_then_undone(c) or _undone_plan(c)
              or _CALLED_OFF_AFTER.match(c.mt.text, max(c.b, c.right), c.mt.s.end) is not None)  # fmt: skip
    return "undone" if undone else None


#: The root of yielding acts (withdrawals, releases, sanctions eased), undone as force is.
_YIELD = "08"

#: What may stand between the word that pauses or calls off force and the strike it governs:
#: the strike's object (暂停对伊朗的轰炸和袭击) or a withdrawal's (推迟从阿富汗撤军), a plan's word (取消了原定…), its kind (军事).
#: Anything else (暂停期结束后再次空袭, 取消访问计划后空袭) is another act the word governs.
_CALLED_OFF_STRIKE = re.compile(
    r"(?:了|已|后续|原定|原计划)?(?:(?:对|从|自)[^,。;后]*)?(?:军事|报复性|新一轮|大规模)?"
)


def _force_called_off(c: Candidate) -> bool:
    """Does a word that calls off (``undone``) govern the strike (:data:`_CALLED_OFF_STRIKE`),
    within :data:`_FORCE_REACH` characters before it in its clause?"""
    mt = c.mt
    start = max(c.a - _FORCE_REACH, clause_start(mt, c.a))
    for w in c.lex.get("undone", ()):
        at = mt.text.rfind(w, start, c.a)
        if at >= 0 and _CALLED_OFF_STRIKE.fullmatch(mt.text, at + len(w), c.a):
            return True
    return False


#: Right after the contact's noun, its plan and its being shelved or called off (美俄总统在布达
#: 佩斯会晤的计划已搁置, 新一轮伊美谈判取消, 会谈暂停): it is not held on the day either.
_CALLED_OFF_AFTER = re.compile(
    r"\s*(?:的)?(?:计划|安排)?\s*(?:已经|已被|已|被|再次|一度|目前)?\s*"
    r"(?:搁置|取消|推迟|暂停|延期|中止|叫停)"
)


#: Before a contact in its clause: what was planned for it (原定 5 日至 6 日的访华行程).
_PLANNED = ("原定", "原计划", "原本计划", "原订")


def _planned_then_undone(c: Candidate) -> bool:
    """原定 5 日至 6 日的访华行程延期, 王毅赴俄罗斯的行程取消: a contact told as planned or
    as a trip, then called off later in its sentence (``undone`` after it), did not take place
    either."""
    mt = c.mt
    if not mt.has_any(c.lex["undone"], c.b, mt.s.end):
        return False  # (most contacts: nothing called off after them)
    return mt.has_any(_PLANNED, clause_start(mt, c.a), c.a) or bool(
        _TRIP.match(mt.text, _past_place(c))
    )


def _undone_plan(c: Candidate) -> bool:
    """推迟原定 12 月 1 日在法国里昂举行的中欧领导人会晤: a contact told as planned (原定 before
    it in its clause) after a word calling it off did not take place, however long the plan's
    date and place between them."""
    mt = c.mt
    start = clause_start(mt, c.a)
    planned = max((mt.text.rfind(w, start, c.a) for w in _PLANNED), default=-1)
    return planned >= 0 and mt.has_any(c.lex["undone"], start, planned)


#: After a contact and its place, the trip it names (王毅赴俄罗斯的行程取消).
_TRIP = re.compile(r"\s*的\s*(?:行程|访问|出访|访问行程)")


def not_topic_of_talks(c: Candidate) -> str | None:
    """双方就打击网络商业窃密达成共识: the act's last words follow a topic mark (就, 关于) in
    their clause, which goes on to talks or an agreement (``topic_acts``): the topic of
    those, not an act (but a sanction an accord is reached on is decided, ``agreed_on``); nor
    is an act after ``contents_openers`` (内容涉及, 议题包括) in its clause, what talks or a
    text cover."""
    mt, lex = c.mt, c.lex
    text, end = mt.text, c.right
    if mt.has_any(lex["contents_openers"], clause_start(mt, c.a), c.a):
        return "topic"  # …谈判，内容将涉及…交换被扣押人员的行动: what talks will cover
    clause = clause_start(mt, end)
    marks = [text.rfind(w, max(clause, c.a - 2), end) for w in lex.get("topic_marks", ())]
    if max(marks, default=-1) < 0:
        return None
    acts = lex.get("topic_acts", ())
    if not mt.has_any(acts, end, clause_end(mt, end)):
        return None
    return None if c.rule.code.startswith("16") and agreed_on(c) else "topic"


#: An accord reached on what 就 opens: the measure named inside is decided.
_AGREED = re.compile(r"达成(?:了)?(?:一致|协议)|统一(?:了)?立场")


def agreed_on(c: Candidate) -> bool:
    """欧盟各成员国就第11轮对俄制裁方案达成一致: is the act at ``c.a`` inside a 就 topic of its
    clause, after the parties that reach the accord, which goes on to an accord reached? The
    measure is then decided, as by a verb of imposing, not only talked over."""
    mt = c.mt
    start = clause_start(mt, c.a)
    topic = mt.text.rfind("就", start, c.a)
    if topic < 0 or not named_before(mt, start, topic):
        return False
    ends = [p for p in (mt.text.find(m, c.b, mt.s.end) for m in "，,；;") if p >= 0]
    return _AGREED.search(mt.text, c.b, min(ends, default=mt.s.end)) is not None


def named_before(mt: Matcher, start: int, at: int) -> set[str | None]:
    """The states named in ``[start, at)``: in a clause before its 就, those reaching an accord."""
    return {m.country for m in mt.active if start <= m.start < at}


def _reacted_to(mt: Matcher, lex: dict, a: int, doer: int) -> bool:
    """Is the act at ``a`` inside the clause a reaction is aimed at (针对 before its doer, in
    its clause), with no date of its own there (针对拉脱维亚议会11日宣布…: told with its day)?"""
    start = clause_start(mt, a)
    opener = mt.text.find("针对", start, doer) if "针对" in lex.get("reacted_openers", ()) else -1
    if opener < 0:
        return False
    return not any(not d.span for d in mt.coding.dates_within(opener, a))


def _answered_frame(c: Candidate) -> bool:
    """香港特区政府发言人8日介绍，针对美国所谓制裁，特区行政长官…表示: a clause that 针对 opens,
    its target right after 针对, and a later clause answers, names the act answered, whose doer
    is the target (the integrator's seed-201 check); a doer found in an earlier clause did not
    do it. Not a speaker's own claim about the target (``source: speaker…``: 俄国防部称，针对乌方
    企图…), nor an act with an object of its own in the clause (奥巴马宣布，针对…事件对俄进行制裁，
    驱逐…: 对俄)."""
    mt, target = c.mt, c.target
    if target is None or c.source is None or (c.rule.source or "").startswith("speaker"):
        return False
    start = clause_start(mt, c.a)
    frame = _FRAME_OPENS.match(mt.text, start)
    if frame is None or frame.end() != target.start or c.source.start >= start:
        return False
    if _DONE_TO.search(mt.text, target.end, c.b):
        return False  # 中方决定，针对美国军工企业实施制裁，…: the act done, its object after 针对
    answered = mt.text.find(",", c.b, mt.s.end)
    return answered > 0 and bool(mt.text[answered + 1 : mt.s.end].strip("。 "))


#: A clause that opens with what a later clause answers, its target right after (，针对美国…).
_FRAME_OPENS = re.compile(r"\s*针对")
#: A verb of doing between 针对's object and the trigger (针对美国军工企业实施制裁, 采取反制措施):
#: the clause tells an act done to what 针对 names, not one answered (review-zh40).
_DONE_TO = re.compile(r"实施|采取|进行|予以|作出|发起")


def _own_visit_frame(c: Candidate) -> bool:
    """马克龙23日在访问德国期间说…, 格罗西日前在访问华盛顿期间警告…: a visit right after 在, its
    visitor the doer of the clause's act, is that doer's own visit, told only here in foreign
    news (no sentence of the day says 马克龙访问德国): it is done, not the time of another's
    act (柯拉克 in 在柯拉克访台期间 visits; the drills are another's). Only 期间: 在…访问之际,
    …前夕 tell of a visit about to begin (an article published on its eve)."""
    text = c.mt.text
    if c.code != "042" or text[c.a - 1 : c.a] != "在":
        return False
    end = text.find("期间", c.b, c.b + _VISIT_FRAME)
    if end < 0:
        return False
    # (土耳其总统在访问俄罗斯期间，俄军袭击了乌克兰: a clause after the frame that opens with
    # another doer tells that doer's act, the visit only its time; review-zh33)
    after = end + 2 + (text[end + 2 : end + 3] in ",，")
    doer = c.source.country if c.source is not None else None
    return not any(
        m.country and m.country != doer for m in starting_in(c.mt.mentions, after, after + 1)
    )


#: 在访问卡塔尔期间, 在访问哈萨克斯坦期间: the frame's end, the state visited before it (the
#: frame test reads six characters; a longer name was never a frame there).
_VISIT_FRAME = 8


def _in_frame(mt: Matcher, ends: tuple[str, ...], a: int, b: int) -> bool:
    """Is the trigger ``[a, b)`` inside 在…期间 (a 在 before it and one of ``ends`` just after
    it, both in its clause)?"""
    text = mt.text
    if "在" not in text[clause_start(mt, a) : a]:
        return False
    after = re.match(r"[^，,。;；]{0,6}", text[b:])
    return after is not None and any(e in after.group() for e in ends)


def clause_start(mt: Matcher, at: int) -> int:
    """Where the clause holding ``at`` begins: after the last comma of its sentence before it.
    The sentence's clause marks are found once (``mt.cache``): the checks ask for dozens of
    spots per candidate."""
    if at > mt.s.end:
        ends = [m.end() for m in CLAUSE_END.finditer(mt.text, mt.s.start, at)]
        return ends[-1] if ends else mt.s.start
    marks = mt.cache.get("clause_marks")
    if marks is None:
        marks = mt.cache["clause_marks"] = [
            m.end() for m in CLAUSE_END.finditer(mt.text, mt.s.start, mt.s.end)
        ]
    i = bisect_right(marks, at)  # type: ignore[arg-type]
    return marks[i - 1] if i else mt.s.start  # type: ignore[index]


def said_by(mt: Matcher, end: int) -> Mention | None:
    """Who speaks before ``end`` in the sentence of ``mt``: the actor before its speech verb,
    else the one who spoke before (他强调，…); None with no speech verb before ``end`` (the
    narrator's own telling) or no one found."""
    coding, start = mt.coding, mt.s.start
    verbs = coding.reference.actors.speech_verbs
    if verbs is None or verbs.search(coding.lower, start, end) is None:
        return None
    speaker = speaker_before(coding, start, end, mt.mentions)
    if speaker is None and coding.speakers:
        speaker = coding.speakers[mt.s.index]
    return speaker


def clause_end(mt: Matcher, at: int) -> int:
    """Where the clause holding ``at`` ends: at its sentence's next clause mark, else its end."""
    clause = CLAUSE_END.search(mt.text, at, mt.s.end)
    return clause.start() if clause else mt.s.end


def _supposed(c: Candidate) -> bool:
    """Is the trigger in an if-clause that another clause of its sentence answers (若美对华加征
    关税，中方必将反制), so that the act is the condition, not a menace?"""
    return _in_if_clause(c) and clause_end(c.mt, c.b) < c.mt.s.end - 1


def _in_if_clause(c: Candidate) -> bool:
    """Does an if-word open the clause that holds the trigger (如果…提供武器，)? Not when what
    the condition's subject is promised to suffer ends it with no comma (以色列如果再次犯错将会
    遭到伊朗的严厉惩罚: the trigger stands in the consequent)."""
    mt, lex = c.mt, c.lex
    head = mt.text[mt.s.start : c.a]
    for word in lex["if_words"]:
        pos = head.rfind(word)
        if pos < 0 or any(head.startswith(x, pos - x.find(word))
                          for x in lex["conditional_exceptions"] if word in x):  # fmt: skip
            continue
        if _SUFFERED_AFTER_IF.search(mt.text, mt.s.start + pos, c.b):
            return False
        return CLAUSE_END.search(head, pos) is None
    return False


#: The consequent of an if-clause told without a comma by what its subject will suffer (…将会
#: 遭到…, 必将受到…, 就会招致…): what follows is the consequent, not the condition.
_SUFFERED_AFTER_IF = re.compile(r"(?:将会|必将|就会|都将|将|会)(?:遭到|受到|招致|遭受)")


#: An act right before an anniversary (建交50周年) is the anniversary's, not the day's; one
#: whose object is the celebration of it (共同出席中俄建交75周年纪念活动) is the day's.
_CELEBRATION = re.compile(
    r"周年(?:纪念活动|庆祝活动|纪念大会|庆祝大会|招待会|庆典|纪念仪式|庆祝仪式|系列活动|主题活动)"
)


def told_as_news(c: Candidate) -> str | None:
    """What a news item tells happened: not background (此前…一直指责, 近年多次空袭: no date
    of its own), not the start of a span (2015年我对新加坡进行国事访问以来, 自5月20日起，…; but
    就任以来首次面对面会晤 is the first since), not a report on how an act went (…访问…情况的
    书面报告), not an anniversary (建交50周年)."""
    mt, lex = c.mt, c.lex
    text, b = mt.text, c.b
    end = clause_end(mt, b)
    if said_of_a_habit(c):
        return None
    if (
        mt.has_any(lex["since_after"], b, end, lex["since_first"] + lex["since_adverbs"])
        or _since_opener(mt, c.a)
        or _since_in_clause(mt, lex, c.a)
        or _habitual_after_event(mt, lex, c.a)
    ):
        return "span_start"
    if _TERMS_OPENER.match(text, mt.s.start):
        return "terms"  # 根据协议，美国将…撤出: what an agreement provides, not an act of the day
    if _REPORT_ON.search(text, b, min(end, b + _REPORT_REACH)):
        return "report_on"
    if RESTATED.match(text, mt.s.start) and _told_before(mt, c.rule.code[:2]):
        return "restated"  # 这是…停火后，以军首次空袭加沙: what the act told before was
    if mt.has_any(lex["anniversary"], b, min(end, b + 8)) and not _CELEBRATION.search(
        text, b, min(end, b + 20)
    ):
        return "anniversary"
    background = _background_before(mt, lex, c) or (
        mt.has_any(lex["now"], mt.s.start, c.a) and mt.has_any(lex["still"], mt.s.start, c.a)
    )  # 目前美国仍冻结…: a state of things, no act of the day
    if (background and not _dated_outside_telling(mt, lex, c.a) and not _dated_within(mt, c)
            and not _willed_span(mt, lex, c.a) and not _willed_after_recent(mt, lex, c.a)):  # fmt: skip
        return "background"
    if _AGAIN_TODAY.search(text, b, mt.s.end) and not _dated_before(mt, clause_start(mt, c.a), end):
        return "background"  # 国王向我们表达支持，首相今天又特意来华: the support came before
    return None


#: A later clause of the sentence telling the day's act as one more (…，今天又特意来华访问,
#: 此次再度访华): what the sentence tells before it was done before the day, recalled.
_AGAIN_TODAY = re.compile(r"[,;][^,;。]{0,8}?(?:今天|今日|这次|此次|如今)(?:又|再次|再度)")


def _dated_outside_telling(mt: Matcher, lex: dict, at: int) -> bool:
    """Does the sentence name a date of an act before ``at``, leaving out the telling's
    (拉夫罗夫19日在接受采访时表示，俄罗斯曾准备好与北约进行谈判)? With a word of the past or of
    a habit (曾, 早在, 一直: ``_RECALLED``) in the act's own clause, the day inside the clause a speech verb closes
    before it dates the telling, not the act, which has no day of its own; a day in a clause of
    its own still dates it (2020年1月，作为对…的回应，伊朗曾向…发射导弹: 回应 a noun, no
    telling). Other background words count a span up to the telling (俄军过去一周…发动了30多次
    打击, 过去48小时…实施了数百次袭击) or tell a recent act the telling is news of (胡塞武装今天
    称，该组织此前向以色列…发射了一枚导弹): its day dates them, as the gold has it."""
    text, lo = mt.text, mt.s.start
    start = clause_start(mt, at)
    if not _RECALLED.search(text, start, at):
        return _dated_before(mt, lo, at)
    for end in CLAUSE_END.finditer(text, lo, start):
        if not _telling(text, lex, lo, end.start()) and _dated_before(mt, lo, end.start()):
            return True
        lo = end.end()
    return _dated_before(mt, lo, at)


#: Words that put an act before the telling of it (曾, 早在; not 未曾, 不曾: never done, nor
#: 最早在: at the earliest, a day to come), or make it a habit the telling describes (卡布洛夫
#: 4日表示，…美方却一直污蔑俄罗斯…: the accusation has gone on, no act of the 4th).
_RECALLED = re.compile(r"(?<![未不何])曾|(?<!最)早在|一直")


def _telling(text: str, lex: dict, lo: int, end: int) -> bool:
    """Does a speech verb close the clause ``[lo, end)`` (表示，), not a noun (作为…的回应，)?"""
    return any(text.endswith(w, lo, end) and not text.endswith("的" + w, lo, end)
               for w in lex["speech"])  # fmt: skip


#: Background words that recall an act of the last weeks (前不久，我同你通电话): what the
#: sentence goes on to will after them is said on the day.
_RECENT_PAST = ("前不久", "不久前")
#: A clause opening on a will, after the recalled act (…，中方…，愿继续提供帮助，支持…).
_WILL_CLAUSE = re.compile(r"[,，;；][^,，;；。]{0,8}?(?:愿意|愿|希望|期待|决心)")


def _willed_after_recent(mt: Matcher, lex: dict, at: int) -> bool:
    """前不久，缅甸…地震造成…损失，中方…援助…，愿继续提供帮助，支持缅方重建家园: a will told in a
    clause after the one 前不久 recalls is the day's, when no other background word bears on it."""
    text, lo = mt.text, mt.s.start
    others = tuple(w for w in lex["background"] if w not in _RECENT_PAST)
    if mt.has_any(others, lo, at, lex.get("background_exceptions", ())):
        return False
    last = max(text.rfind(w, lo, at) for w in _RECENT_PAST)
    return last >= 0 and _WILL_CLAUSE.search(text, last, at) is not None


#: A will word (愿, 将) before a word of a span (不断, 一直): how the act meant is to go on.
_WILLED_SPAN = re.compile(r"(?:愿意|愿|将会|将|希望|期待|决心)(?:继续|进一步)?(?:不断|一直|持续)")


def _willed_span(mt: Matcher, lex: dict, at: int) -> bool:
    """Are the background words of the sentence before ``at`` all willed spans
    (``only_willed_spans``)?"""
    return only_willed_spans(mt.text[mt.s.start : at], lex["background"])


def only_willed_spans(head: str, background: tuple[str, ...]) -> bool:
    """我愿不断深化两国传统友谊: are the background words of ``head`` all span words right after
    a will word? They then say how the act meant is to go on, not that one went on before
    (此前一直指责, 愿…，此前多次 are still background).

    >>> only_willed_spans("我愿不断深化", ("不断", "此前"))
    True
    >>> only_willed_spans("此前我愿不断深化", ("不断", "此前"))
    False
    """
    if not _WILLED_SPAN.search(head):
        return False
    rest = _WILLED_SPAN.sub(lambda m: "＿" * len(m.group()), head)
    return not any(w in rest for w in background)


#: 自5月20日起，…; 从本月初以来，…: an opener that starts a span at a past date.
_SINCE_OPENER = re.compile(
    r"(?:(?:自|从)[^,，;；。]{1,10}?起|(?:自|从)?[^,，;；。]{1,10}?以来)\s*[,，]"
)
#: After a span's opener, these make the act the first since, told as done.
_FIRST = ("首次", "第一次", "首度")
#: How long ago a span's start may be for the opener to be read as past, not as a day to come.
SINCE_DAYS = 183


def _told_before(mt: Matcher, root: str) -> bool:
    """Was an act of ``root`` coded in the sentence right before (the act 这是… comments on)?"""
    before = mt.s.index - 1
    return any(m.sentence == before and m.code[:2] == root for m in mt.coding.matches[-_BACK:])


_BACK = 8  # matches looked back at: those of the sentence before are the last few


#: 会议审议了…访问…情况的书面报告: a report on how an act went is no act of the day.
_REPORT_ON = re.compile(r"情况的?(?:书面)?(?:报告|汇报|通报)")
#: How far after the trigger the report's head may stand, within the act's clause
#: (访问葡萄牙、西班牙和希腊情况的…; a tour of four states and a forum attended:
#: 访问俄罗斯、蒙古国、尼泊尔、韩国并在俄出席第七届东方经济论坛情况的…, 31 characters).
_REPORT_REACH = 48


def _since_in_clause(mt: Matcher, lex: dict, at: int) -> bool:
    """以色列23日以来对黎巴嫩多地的袭击已造成…: a date that 以来 follows, in the act's clause
    before it, makes the act a span told as a whole (a toll), no act of the day; but
    2019年以来首次访问 is the first act since, told as done."""
    text, since = mt.text, lex["since_after"]
    if not any(text.find(w, mt.s.start, at + len(w)) >= 0 for w in since):
        return False  # no 以来 right after anything before the act: no date to look at
    for d in mt.coding.dates_within(clause_start(mt, at), at):
        if text.startswith(since, d.end) and not text.startswith(lex["since_first"], d.end):
            return True
    return False


def _since_opener(mt: Matcher, at: int) -> bool:
    """Does the sentence open with a span that began at a past date (自5月20日起，乌军…袭击;
    4月以来，越南、老挝…领导人相继访华), scoping over the act at ``at``? A measure from a day to come (自6月1日起，…加征关税) is news."""
    if mt.coding.genre == "narrative":  # 自2023年3月起，…: an analyst dates the act itself so
        return False
    opener = _SINCE_OPENER.match(mt.text, mt.s.start)
    if opener is None or opener.end() > at:
        return False
    published = mt.coding.document.published
    dates = mt.coding.dates_within(opener.start(), opener.end())
    if not dates:  # 疫情暴发以来，中国…提供多批援助: a span since an event, no date needed
        said = mt.text[opener.start() : opener.end()]
        first = mt.has_any(_FIRST, opener.end(), at)  # 冲突爆发以来，…首次访问: the first since
        return not first and any(f"{w}以来" in said for w in mt.rules.lexicon["since_events"])
    if published is None or any(d.after or d.marked for d in dates):
        return False
    # a bare day read into last year (自6月1日起 told on 28 May) may be a day to come; a date
    # that writes its year (2019年5月以来) and lies before the document's is past
    return all(
        d.precision == "year"
        or 0 <= (published - d.day).days <= SINCE_DAYS
        or (d.day < published and "年" in mt.text[d.start : d.end])
        for d in dates
    )


def _habitual_after_event(mt: Matcher, lex: dict, at: int) -> bool:
    """2011年叙利亚内战爆发后，以军多次…空袭: acts told as repeated (``habitual``, in the act's
    clause) since an event that opens the sentence (``since_events`` and 后) span the years
    after it: background, not the act of a day."""
    opener = _AFTER_EVENT.match(mt.text, mt.s.start)
    if opener is None or opener.end() > at:
        return False
    said = opener.group(0)
    if not any(f"{w}后" in said for w in lex["since_events"]):
        return False
    return mt.has_any(lex["habitual"], clause_start(mt, at), at, lex["habitual_exceptions"])


#: A sentence that opens by citing an agreement or a resolution (根据协议，…; 根据决议，…): what
#: follows are its terms.
_TERMS_OPENER = re.compile(
    r"\s*(?:根据|按照|依据|依照)(?:该|这一|这项|上述|此项)?(?:协议|协定|决议)\s*[,，]"
)
#: A sentence's opening clause that ends in 后 (…内战爆发后，).
_AFTER_EVENT = re.compile(r"[^,，;；。]{2,20}?后\s*[,，]")


#: Between a background word and the speech verb it bears on (以总理此前反复强调，以军将…):
#: how often it was said, so what follows is still recalled, no threat of the day.
_REPEATEDLY = re.compile(r"(?:反复|反覆|一再|多次|屡次|曾多次|曾经|曾)?")

#: The longest clause that is only an opener (此前，近年来，过去一周，), scoping over the sentence.
_OPENER = 8


def _background_before(mt: Matcher, lex: dict, c: Candidate) -> bool:
    """Does a background word (此前, 过去, 多次) bear on the act at ``c.a``: in its own clause,
    in an opener before it (此前，西方国家一直指责…), on a speaker's verb (俄方此前表示，…), or
    anywhere before it when the act's doer is not named in its clause? One inside an earlier
    clause of its own describes that clause (过去70年越中关系总体保持积极发展势头，越方希望
    同中方…: the hope is of the day)."""
    words, at = lex["background"], c.a
    but = lex.get("background_exceptions", ())  # 此前一天 is a day, not background
    start = clause_start(mt, at)
    if mt.has_any(words, start, at, but):
        return True
    if c.source is None or not start <= c.source.start < at:
        ends = _praised_record(mt, c, _saying_ends(mt, lex, c, at))
        return mt.has_any(words, mt.s.start, ends, but)
    lo, text, speaker = mt.s.start, mt.text, None
    for end in CLAUSE_END.finditer(text, mt.s.start, start):
        if mt.has_any(words, lo, end.end(), but) and (
            end.end() - lo <= _OPENER
            or any(text.startswith(lex["speech"], _REPEATEDLY.match(text, p + len(w)).end(),
                                   end.end())
                   for w in words for p in _finds(text, w, lo, end.end()))
        ):  # fmt: skip
            return True
        if speaker is not None and _record_of(mt, c.source, speaker, lo, end.start()):
            return True
        if speaker is None and _telling(text, lex, lo, end.start()):
            speaker = (lo, end.start())
        lo = end.end()
    return speaker is not None and _record_of(mt, c.source, speaker, start, at)


def _praised_record(mt: Matcher, c: Candidate, end: int) -> int:
    """Where background words before an act whose doer an earlier clause names stop bearing on
    it: at a state its doer praises or greets there (呼日勒苏赫祝贺中国40多年来坚持改革开放…，愿同中方
    …: the years are the praised state's record, the wish is of the day; coder-audit41)."""
    source = c.source
    if source is None or source.start >= end:
        return end
    praised = next((m for m in mt.active if source.end <= m.start < end and m.country
                    and m.country != source.country), None)  # fmt: skip
    if praised is None or not _PRAISES.search(mt.text, source.end, praised.start):
        return end
    return praised.start


#: What a doer says of another state's record by (祝贺中国…, 赞赏中方多年来…).
_PRAISES = re.compile("祝贺|赞赏|赞扬|称赞|高度评价|积极评价|感谢|钦佩")


#: Rule fallbacks that make the speaker the doer, and the roots whose act is the saying itself
#: (praise, criticism, a charge told): a deed the speaker's state did (aid, a meeting) is not.
_SAID_BY_SPEAKER = ("speaker", "speaker_first")
_SAYING_ROOTS = ("05", "11", "12")


def _saying_ends(mt: Matcher, lex: dict, c: Candidate, at: int) -> int:
    """Where background words stop bearing on an act the speaker does by saying (阿祖莱表示，
    中国政府一直…，…发挥了重要作用: the credit is given on the day, whatever record it is
    of): at the speech verb after the speaker, so 此前 or 曾 before it still make the saying
    recalled (阿祖莱此前表示). Any other act (X表示，此前已向…提供援助: a deed recalled): ``at``."""
    if (c.source is None or "S" in c.slots or c.rule.source not in _SAID_BY_SPEAKER
            or not c.code.startswith(_SAYING_ROOTS)):  # fmt: skip
        return at
    said = [p + len(w) for w in lex["speech"] if (p := mt.text.find(w, c.source.end, at)) >= 0]
    return min(said, default=at)


#: A word of a standing course (一直, 始终, 长期; not 长期以来, a span's start): its clause tells
#: what its doer has long done.
_STANDING = re.compile(r"一直|始终|长期(?!以来)")


def _record_of(mt: Matcher, doer: Mention, speaker: tuple[int, int], lo: int, end: int) -> bool:
    """Is ``[lo, end)``, the act's clause or one before it in another's statement, the act's
    doer's standing course (阿祖莱表示，中国政府一直…积极支持…工作，中方支持设立…奖，…发挥了
    重要作用; 谭德塞说，中方始终支持…)? The act is the record the speaker describes, or goes on
    with it, no act of the day. Not when the speaker is of
    the doer's own state (汪文斌表示，中方一直支持…，中方支持…: a stance it states)."""
    standing = _STANDING.search(mt.text, lo, end)
    if standing is None or doer.country is None:
        return False
    near = [m for m in mt.mentions if not m.inert and speaker[0] <= m.start < standing.start()]
    told_by = [m for m in near if m.end <= speaker[1]]
    return any(m.start >= lo and m.country == doer.country for m in near) and not any(
        m.country == doer.country for m in told_by
    )


def _finds(text: str, word: str, lo: int, hi: int) -> list[int]:
    """Where ``word`` starts in ``text[lo:hi]``."""
    found, pos = [], text.find(word, lo, hi)
    while pos >= 0:
        found.append(pos)
        pos = text.find(word, pos + 1, hi)
    return found


def _dated_within(mt: Matcher, c: Candidate) -> bool:
    """Does a day stand inside the act's own words, in the clause they open (此前，中印双方已于
    21 日就…达成解决方案)? A recalled act with a day of its own is told, not background; a
    plan's time is not (此前，克里姆林宫宣布，普京将于 16 日至 17 日访华: the day of the visit
    to come, the announcement recalled without one)."""
    end = CLAUSE_END.search(mt.text, c.a, c.right)
    return any(d.precision == "day" and not d.span and not d.after and not d.marked
               for d in mt.coding.dates_within(c.a, end.start() if end else c.right))  # fmt: skip


def _dated_before(mt: Matcher, lo: int, at: int) -> bool:
    """Does the sentence name a date of an act in ``[lo, at)``? (A plan's time, 将于 16 日, is
    the day of an act to come, none told.)"""
    return any(not d.span and not d.after and not d.marked
               for d in mt.coding.dates_within(lo, at))  # fmt: skip


_OPEN_QUOTES, CLOSE_QUOTES = '「『“"‘', '」』”"’'


def _in_longer_word(text: str, a: int, b: int, words: tuple[str, ...]) -> bool:
    """Is the trigger at ``[a, b)`` part of one of ``words`` (轰炸机, 纠纷调解) in the text?"""
    return any(text.startswith(word, a - at) for word, at in _holding(words, text[a:b]))


def _holding(words: tuple[str, ...], trigger: str) -> tuple[tuple[str, int], ...]:
    """The words of ``words`` that hold ``trigger``, with where: worked out once per trigger
    word (every trigger of every sentence asks), not by a search of each word each time."""
    known = per_table(words, "holding", dict)
    found = known.get(trigger)
    if found is None:
        found = known[trigger] = tuple((w, at) for w in words if (at := w.find(trigger)) >= 0)
    return found


def keep_trigger(mt: Matcher, a: int, b: int) -> str | None:
    """A trigger that is a whole quotation named as a word (拒绝以「入侵」形容俄方的行动,
    「制裁」一词) is no act done, nor one inside a longer word (轰炸机: a bomber)."""
    text = mt.text
    if _in_longer_word(text, a, b, mt.rules.lexicon["trigger_words"]):
        return "longer word"
    if not (a > 0 and b < len(text) and text[a - 1] in _OPEN_QUOTES and text[b] in CLOSE_QUOTES):
        return None
    lex = mt.rules.lexicon
    named = text.endswith(lex["naming_before"], 0, a - 1) or text.startswith(
        lex["naming_after"], b + 1
    )
    return "quoted" if named else None
