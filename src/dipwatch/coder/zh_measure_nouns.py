"""A sanction or embargo named as a noun (eval/README.md, "A measure named, not imposed"):
``X对Y的…禁运`` or ``X对Y制裁`` inside another predicate (违反…, 执行…, …到期, 延长…的决议草案,
…使古巴…) is a measure already in force or only proposed, talked about, not imposed that day.
Only a verb of imposing that governs the phrase (宣布对俄制裁措施, 加强了对…的制裁) makes it an
act. A ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.zh_news import CLAUSE_END, agreed_on, clause_start

#: The nouns of a measure a 16 pattern ends on (对俄制裁, 对利比亚武器禁运, 对…的进口禁令).
_MEASURES = ("制裁", "禁运", "禁令", "进口禁令")


@for_rules(lambda rule: rule.code.startswith("16"))
def measure_named_not_imposed(c: Candidate) -> str | None:
    """欧盟对俄制裁适得其反, 违反联合国对利比亚的武器禁运, 执行对利比亚武器禁运, 联合国针对伊朗的
    武器禁运令到期之后: a measure after 对 and its target that is a noun phrase, not the
    predicate of its clause, names a measure talked about, not imposed that day. The phrase
    is a noun when the measure goes on into another word (…制裁适得其反), when 的 joins it to
    its target (对Y的…禁运), or when a verb of a measure in force governs it (``_HELD``).
    A verb of imposing in its clause (``imposing``: 宣布对俄制裁措施), an accord reached on it
    (``zh_news.agreed_on``), a day of its own or 视为 before it makes it the day's act, unless
    the phrase describes a draft not adopted (``_DRAFTED``), its term, end or effect
    (``_TOLD_AFTER``: …禁运期限, …禁运令到期, …禁运使古巴), a time undated (``_FRAME``) or a
    cause (因美国对古巴实施…禁运，古巴…)."""
    mt, target = c.mt, c.target
    text = mt.text
    if not c.rule.code.startswith("16") or target is None:
        return None  # (the step tests its own rule: see ``for_rules``)
    if _paused(c):
        return "paused"  # 继续暂停实施对美国商品加征的关税: the pause of a measure, not it
    if _told_as_cause(c):
        return "named"  # …对俄罗斯施加多重制裁，导致全球能源价格上涨: background, undated
    if _answered_measure(c):
        return "named"  # 中方将对美国加征关税采取反制措施: the tariffs are the USA's
    if _promised_answer(c):
        return "promised"  # …将对美国加征关税采取反制措施: zh.130.countermeasure's threat
    if text[c.a : c.b] not in _MEASURES:
        return None
    if target.start > c.a and _object_of_verb(c.b, target.start):
        return None  # 制裁三家中国企业: a verb and its object
    opener = _opener(c)
    if _governed_by_held(c, opener):
        return "named"  # 违反联合国对利比亚的武器禁运: a measure in force, obeyed or broken
    start = clause_start(mt, opener if opener >= 0 else c.a)
    if _DRAFTED.match(text, c.b):  # 延长对伊朗武器禁运的决议草案: proposed, unless adopted
        return None if _imposed(c, start, _ADOPTING) else "named"
    if _TOLD_AFTER.match(text, c.b):
        return "named"  # 禁运令到期, 禁运期限, 禁运使古巴…: the phrase is another's
    if _FRAME.match(text, c.b):  # 美国退出伊核协议并重启对伊朗制裁后，…: a time named
        return None if _dated(c, opener) else "named"
    if _CAUSE.match(text, start) and CLAUSE_END.match(text, c.b):
        return "named"  # 因美国对古巴实施…禁运，古巴…: the cause of what the sentence tells
    after = text[c.b : c.b + 1]
    goes_on = "\u4e00" <= after <= "\u9fff" and after not in "了过"
    if not goes_on and not (target.end <= c.a and "的" in text[target.end : c.a]):
        return None  # 欧盟对俄石油实施禁运，: the measure ends its clause as its predicate
    if _imposed(c, start, c.lex["imposing"]) or agreed_on(c) or _dated(c, opener):
        return None
    return None if opener > 0 and text.endswith(_CALLED, 0, opener) else "named"


def _paused(c: Candidate) -> bool:
    """中方决定继续暂停实施对美国商品加征的关税, 暂缓对欧盟加征关税: a pause or a delay of a
    tariff or sanction (the verb before it in its clause, not negated) suspends the measure; it
    imposes nothing (an easing, ``zh.085.ease_sanctions``). A pause that is itself the measure
    (暂停对美出口, 暂停进口…) names no tariff or sanction and is not read here."""
    text = c.mt.text
    hit = _PAUSE.search(text, clause_start(c.mt, c.a), c.a)
    if hit is None or text[hit.start() - 1 : hit.start()] in _NOT:
        return False
    if _PAUSE_UNDONE.search(text, clause_start(c.mt, c.a), hit.start()):
        return False  # 撤销…暂停制裁伊朗石油销售的临时措施: the pause undone, the measure back
    end = CLAUSE_END.search(text, c.a, c.mt.s.end)
    paused = text[hit.end() : end.start() if end else c.mt.s.end]
    if _RELIEF.search(paused):
        return False  # 宣布暂停放宽对华…出口管制: the relief paused, the measure kept
    return any(w in paused for w in _PAUSABLE)


#: Verbs that suspend or put off a measure, and the measures they may suspend.
_PAUSE = re.compile(r"暂停|中止|暂缓|推迟")
#: Verbs that undo a pause (撤销…暂停): the measure it paused comes back (zh_news._UNDONE is
#: another list, of acts undone).
_PAUSE_UNDONE = re.compile(r"撤销|取消|结束|终止|废除")
_RELIEF = re.compile(r"放宽|解除|豁免|减免|取消|撤销")
_PAUSABLE = ("关税", "制裁", "反制", "加征", "征收", "管制", "禁运", "禁令")


def _told_as_cause(c: Candidate) -> bool:
    """Does the measure (制裁, 实施制裁…) end its clause, the next tells its effect (导致, 致使…),
    and no day of its own date it? Then the sentence tells a state of affairs and its cause."""
    text, target = c.mt.text, c.target
    if target is None or target.end > c.a or not text[c.a : c.b].endswith(_MEASURES):
        return False
    end = CLAUSE_END.match(text, c.b)
    return end is not None and bool(_EFFECT.match(text, end.end())) and not _dated(c, _opener(c))


def _answered_measure(c: Candidate) -> bool:
    """欧盟称将对美加征关税作出坚决回应, 白俄罗斯宣布对美国制裁采取反制措施: a measure after
    对 and its target that a countermeasure, reprisal or response answers in the same clause is
    the measure of the state after 对, the object of the answer, not one its doer imposes; the
    answer is coded by its own rule (130, 13x). The answer must follow the measure closely
    (``_ANSWER``), so that 中方宣布对美国商品加征关税，作为反制 stays an act."""
    text, target = c.mt.text, c.target
    if not _owned_by_target(c) or _OWNER_GAP.fullmatch(text, target.end, c.a) is None:
        return False
    return bool(_ANSWER.match(text, c.b))


def _owned_by_target(c: Candidate) -> bool:
    """Does the target stand right after its 对 (对美国加征关税, not 对美国商品加征关税, whose
    goods take the doer's own tariffs: 中方决定对原产于美国的商品加征关税予以反制)?"""
    target, opener = c.target, _opener(c)
    return (
        target is not None
        and target.end <= c.a
        and opener >= 0
        and opener + 1 == (target.start - (c.mt.text[opener] == "针"))
    )


def _promised_answer(c: Candidate) -> bool:
    """中方将对美国加征关税采取反制措施: countermeasures against the measure of the state after
    对 that its doer only says it will take (将 or 会 between doer and 对, no 宣布 or 决定, which
    tell them decided: 宣布将…反制 stays the act, as the prose gold codes it) are the threat
    ``zh.130.countermeasure`` codes, not a sanction of that day; so are countermeasures
    promised against the state itself with no measure named (中方将对美国采取反制措施)."""
    mt, target, source = c.mt, c.target, c.source
    opener = _opener(c)
    if not _owned_by_target(c) or source is None or not source.end <= opener:
        return False
    if not _COUNTER.match(mt.text, c.a):
        return False
    theirs = _THEIR_MEASURE.fullmatch(mt.text, target.end, c.a) is not None
    # 中方将对美国采取反制措施: no measure of its own named, then or after, is a threat only
    bare = target.end == c.a and not _MEASURE_AFTER.search(mt.text, c.b, mt.s.end)
    if not (theirs or bare):
        return False
    between = mt.text[source.end : opener]
    return any(w in between for w in ("将", "会")) and not any(
        w in between for w in ("宣布", "决定")
    )


def _imposed(c: Candidate, start: int, verbs: tuple[str, ...]) -> bool:
    """Does one of ``verbs`` in ``[start, c.a)`` govern the measure: not negated before it
    (未通过) and not closing a modifier of the measure (对伊朗实施的制裁: 的 after it)?"""
    text = c.mt.text
    for verb in verbs:
        at = text.find(verb, start, c.a)
        while at >= 0:
            end = at + len(verb)
            if not text.startswith(("的", "了的"), end) and text[at - 1 : at] not in _NOT:
                return True
            at = text.find(verb, end, c.a)
    return False


def _governed_by_held(c: Candidate, opener: int) -> bool:
    """Does a verb of a measure in force (``_HELD``) stand right before the 对 or 针对 at
    ``opener`` that opens the phrase of the measure and its target (执行对利比亚武器禁运)?"""
    return opener > 0 and c.mt.text.endswith(_HELD, 0, opener)


def _opener(c: Candidate) -> int:
    """Where the 对 or 针对 before the target, in the target's clause, stands (else -1)."""
    text, target = c.mt.text, c.target
    if target is None or target.start > c.a:
        return -1
    opener = text.rfind("对", clause_start(c.mt, target.start), target.start)
    return opener - 1 if opener > 0 and text[opener - 1] == "针" else opener


def _dated(c: Candidate, opener: int) -> bool:
    """美国财政部12月10日对两名新疆官员的制裁: a day of its own between the doer and the
    measure (its 对 at ``opener``) tells the measure as imposed on it, a noun or not."""
    source = c.source
    if source is None or not source.end <= opener:
        return False
    start = max(source.end, clause_start(c.mt, opener))  # (its clause: not a statement's day)
    return any(not d.span for d in c.mt.coding.dates_within(start, opener))


def _object_of_verb(end: int, target: int) -> bool:
    """制裁三家中国企业, 制裁了俄罗斯: a target close after 制裁 is its object. One further
    on (对俄制裁并没有让俄罗斯经济崩溃) is named by another verb, and 制裁 is a noun."""
    return target - end <= 2


#: What answers a measure named right before it within its clause (…加征关税采取反制措施,
#: …制裁作出有力回应, …的做法予以对等回应); 作为 (作为反制) makes the measure the answer instead.
_ANSWER = re.compile(
    r"[^,:;。!?作]{0,8}?(?:采取|进行|实施|作出|做出|予以)[^,:;。!?]{0,4}?"
    r"(?:反制|报复|回应|对等)(?!性)"
)
#: A countermeasure's words, and the measure of the state after 对 it answers (对美国加征关税…).
_COUNTER = re.compile(r"(?:采取|实施|进行)?(?:反制|报复)(?!性)")
_OWNER_GAP = re.compile(r"(?:方|方面|政府)?的?(?:新一轮|最新|新)?的?")
#: The measures a state takes that another answers (对美方的制裁采取报复行动, 对美国加征关税
#:采取反制措施): one list for every reader of a measure named after its target.
MEASURE_NOUNS = "(?:加征关税|关税|制裁|禁令|禁运|出口管制|驱逐|封锁措施|限制措施)"
_THEIR_MEASURE = re.compile(_OWNER_GAP.pattern + MEASURE_NOUNS + r"(?:措施|行为|的做法|做法)?")
#: A measure of its own named after a countermeasure (…采取反制措施，冻结其在华资产): the
#: countermeasure is that measure, taken, not only promised.
_MEASURE_AFTER = re.compile(r"冻结|禁止|不得|列入|限制|制裁|关税|管制|禁运|驱逐|暂停|取消")
#: What makes the measure the modifier of another noun (its term, content or effect) or the
#: subject of its own end or of an effect, whoever imposed it: no verb of imposing before it
#: then governs the measure (禁运令到期 ends; 加码对俄制裁的影响 is the effect).
_TOLD_AFTER = re.compile(
    r"(?:令|措施)?(?:的?(?:期限|内容|问题)|的影响"
    r"|[^,:;!?。]{0,14}?(?:到期|终止|失效|届满)"
    r"|(?:使|令|导致|造成))"
)
#: A draft or proposal the measure describes (延长对伊朗武器禁运的决议草案, 对俄制裁措施提案):
#: proposed only, unless adopted (欧盟通过对俄新制裁提案).
_DRAFTED = re.compile(r"(?:令|措施)?的?(?:决议草案|草案|决议|提案|议案)")
_ADOPTING = ("通过", "批准")
#: The measure as the time of what the sentence tells (…重启对伊朗制裁后，伊朗逐步中止…):
#: background, unless a day of its own dates it (美国2018年…重启对伊制裁前).
_FRAME = re.compile(r"(?:令|措施)?(?:之?后|以来|之?前)")
#: Verbs whose object is a measure in force, obeyed, broken, enforced, lifted or opposed
#: (违反联合国对利比亚的武器禁运, 执行对利比亚武器禁运), right before the 对 of the phrase.
_HELD = (
    "违反", "违背", "执行", "遵守", "遵从", "落实", "解除", "取消", "终止", "结束", "放弃", "放松",
    "绕过", "规避", "打破", "突破", "对抗", "反对", "抵制", "应对", "受到", "遭受", "不参与",
)  # fmt: skip
#: A clause opened by these gives its act as the cause of what the sentence goes on to tell.
_CAUSE = re.compile(r"(?:因为|由于|因(?!此|而))")  # (因此, 因而: what follows is the act)
#: A clause opened by these tells the effect of the act before it, which is then the cause,
#: a state of affairs told as background (…对俄罗斯施加多重制裁，导致全球能源价格上涨).
_EFFECT = re.compile(r"(?:从而|进而|这|此举)?(?:导致|致使|造成|使得|引发|推高|加剧)")
_NOT = ("未", "不", "没", "无")
#: Right before the phrase, these name an act told before as the measure (中国海关拒绝立陶宛
#:货品清关，外界视为对立陶宛的非正式经济制裁): the act is the measure's, and stays.
_CALLED = ("视为", "视作", "看作", "称为", "定性为")
