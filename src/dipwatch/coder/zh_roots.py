"""Chinese checks for the weakest CAMEO roots of the CCTV coder (issue 10; eval/README.md
"The weakest roots"): words that look like the act but are its noun (应美方要求, 军事威胁),
sanctions reviewed or only drafted rather than imposed, aid recalled in thanks,
measures to build one's own strength, evacuation orders to civilians and the conditioned
state taken for the threatener. Each is a ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.doc import Mention
from dipwatch.coder.genre import NEWS
from dipwatch.coder.zh_measure_nouns import MEASURE_NOUNS
from dipwatch.coder.zh_news import CLAUSE_END, agreed_on, clause_end, clause_start


@for_rules(lambda rule: rule.code[:2] == "16")
def agreed_by_those_before(c: Candidate) -> str | None:
    """欧盟27个成员国驻欧盟大使19日就欧盟新一轮对俄制裁措施达成一致: a measure inside the 就 topic
    of an accord reached (``zh_news.agreed_on``) is decided by the parties before 就, even when
    the topic names its doer again right after 就 (欧盟…制裁措施), which is no topic actor then."""
    mt, subject = c.mt, c.slots.get("S")
    if subject is None or not mt.text.endswith("就", mt.s.start, subject.start) or not agreed_on(c):
        return None
    start = clause_start(mt, c.a)
    doers = [m for m in mt.active if start <= m.start < subject.start - 1]
    if doers and doers[-1].code[:3] == subject.code[:3]:
        c.slots = {**c.slots, "S": doers[-1]}
    return None


@for_rules(lambda rule: rule.code[:2] == "10")
def not_a_request_noun(c: Candidate) -> str | None:
    """将应美方要求暂停…空袭, 根据联合国的要求, 在美方要求下: 要求 (请求) after 应, 根据, 按照 and
    their actor, after 的, or before 下 is the noun "request": what follows is done at its
    asking by the sentence's subject, no demand made that day of the actor after it. (When the
    asker after 应 is the source, ``zh_requests.at_anothers_request`` also gives the act after
    the phrase its doer; this step drops the demand whoever the source is.)"""
    mt = c.mt
    text = mt.text
    if not text.startswith(_REQUEST, c.a):
        return None
    start = clause_start(mt, c.a)
    if text[c.a - 1] == "的" or (text.startswith("下", c.b) and _IN.search(text, start, c.a)):
        return "request_noun"  # (美方要求下周…: 下 opens a time, no 在 before the asker)
    at = _AT_REQUEST.search(text, start, c.a)
    if at is None:
        return None
    asker = at.end(1)  # (应要求以色列停止: 应 the modal, no asker between)
    return "request_noun" if any(m.start == asker for m in mt.mentions) else None


_REQUEST = ("要求", "请求")
#: Prepositions that make the asker's 要求 a noun (at, according to its request), the asker
#: and its title (美国政府, 联合国秘书长) between.
_AT_REQUEST = re.compile(r"(应|根据|按照|依照|遵照|依据)[^,;。]{1,10}$")
#: 在 and the asker before 要求下 (在美方要求下).
_IN = re.compile(r"在[^,;。在]{1,10}$")


@for_rules(lambda rule: rule.code[:2] == "13")
def not_a_threat_noun(c: Candidate) -> str | None:
    """为“军事威胁和干预”委内瑞拉寻找借口, 面临核威胁: 威胁 right after a noun of its kind (军事,
    武力, 核, 安全…) is the noun "threat", named or feared, no threat made by the one before it."""
    text = c.mt.text
    if not text.startswith("威胁", c.a):
        return None
    return "threat_noun" if _THREAT_KIND.search(text, c.mt.s.start, c.a) else None


#: (Not 直接 or 严重: 美国直接威胁伊朗 is the verb with its adverb.)
_THREAT_KIND = re.compile(r"(?:军事|武力|核|安全|战争|恐怖|外部|潜在|现实|重大|主要)$")


@for_rules(lambda rule: rule.id == "zh.163.sanction")
def not_a_sanction_reviewed(c: Candidate) -> str | None:
    """希望欧盟重新审查对俄制裁: a sanction that is the object of a verb that reviews or weighs it
    (in the act's clause, after its doer, no 并 between) is talked about, not imposed that day.
    (A sanction cut or withdrawn is ``zh_checks.not_a_measure_withdrawn``'s.)"""
    mt, source = c.mt, c.source
    start = clause_start(mt, c.a)
    if source is not None and start <= source.end <= c.a:
        start = source.end
    found = list(_REVIEW.finditer(mt.text, start, c.a))
    weighed = found[-1] if found else None
    if weighed is None or not _WEIGHED_OBJECT.match(mt.text, weighed.end()):
        return None
    return None if _AND.search(mt.text, weighed.end(), c.a) else "reviewed"


_REVIEW = re.compile("审查|审议|复审|评估|讨论|研究")
_AND = re.compile("并|同时|还|又")
#: The sanction as the verb's object: 对 and its target right after it (讨论后决定对俄…: no).
_WEIGHED_OBJECT = re.compile("(?:了)?(?:现行|现有|有关|相关|这些|上述|新一轮)?(?:的)?对")


@for_rules(lambda rule: rule.code == "085")
def not_a_lifting_discussed(c: Candidate) -> str | None:
    """只有当美国切实取消对伊朗制裁…，伊朗才能…; 讨论…美国解除对伊朗制裁等相关事宜; 欧盟则承诺
    取消…关税: a lifting that is the content of a condition, a talk, a hope, a promise or a
    position (a word of these before it in its clause), or the topic of a noun or a predicate
    after its object (…制裁问题上, …制裁事宜, …制裁是必要步骤, …制裁符合各方利益), is talked
    about, not done that day. (呼吁 and 要求 anywhere stop the rule already.)"""
    if c.rule.code != "085":
        return None
    mt = c.mt
    text = mt.text
    if _LIFT_TALKED.search(text, clause_start(mt, c.a), c.a):
        return "lifting_talked"
    end = clause_end(mt, c.b)
    measure = _LIFTED_MEASURE.search(text, c.b, end)
    if measure is not None and _LIFT_TOPIC.match(text, measure.end(), end):
        return "lifting_talked"
    return None


_LIFT_TALKED = re.compile(
    "讨论|商讨|探讨|磋商|谈判|会谈|谈及|谈到|议题|希望|期望|期待|盼望|(?<![展威愿失声名])望|承诺|"
    "立场|主张|只有|除非|如果|倘若|假如|一旦|条件|前提|(?<![于但还总凡就])是"
)
_LIFTED_MEASURE = re.compile("制裁|禁令|禁运|关税")
#: After the measure lifted: a noun it names (问题, 事宜, 步骤) or a predicate of it (是, 符合).
_LIFT_TOPIC = re.compile(
    "(?:措施)?(?:等)?(?:相关)?(?:上)?(?:的|方面的)?(?:问题|事宜|步骤|承诺|议题|条件|前提|是|符合)"
)


@for_rules(lambda rule: rule.code[:2] == "16")
def not_a_draft_measure(c: Candidate) -> str | None:
    """美国提出的“延长对伊朗武器禁运”的决议草案在安理会遭到否决: a measure named inside the quoted
    title of a draft or proposal is proposed, not taken."""
    text, s = c.mt.text, c.mt.s
    opened = text.rfind("“", s.start, c.a)
    if opened < 0 or "”" in text[opened : c.a]:
        return None
    closed = text.find("”", c.b, s.end)
    if closed < 0:
        return None
    return "draft" if _DRAFT.match(text, closed + 1) else None


_DRAFT = re.compile(r"的?(?:决议草案|草案|提案|议案|倡议)")


@for_rules(lambda rule: rule.code[:2] in ("05", "06", "07"))
def not_recalled_in_thanks(c: Candidate) -> str | None:
    """厄方永远不会忘记，中国政府…在最困难时刻向厄瓜多尔人民伸出援助之手: help a speaker says it will
    never forget (铭记, 难忘), or thanks or praises its giver for (感谢中国向…提供援助, 感谢中国支持
    尼日利亚发展, 赞赏中方帮助…), is recalled in thanks, given on an earlier day, not the day's
    act. (The thanks themselves, 衷心感谢中方…给予的帮助, are the day's praise, root 05, and
    stay: their thanker stands before the thanks word, not after it.)"""
    mt, source = c.mt, c.source
    if c.code[:2] != "05" and _REMEMBER.search(mt.text, mt.s.start, c.a):
        return "recalled"
    if source is None or source.start > c.a:
        return None
    return (
        "thanked" if _THANK.search(mt.text, clause_start(mt, source.start), source.start) else None
    )


_REMEMBER = re.compile("不会忘记|不会忘怀|不能忘记|不曾忘记|铭记|难以忘怀|难忘")
#: 她衷心感谢中国向…拉美国家提供援助, 赞赏中方支持…: the help a speaker thanks or praises its
#: giver for, before the giver in its clause.
_THANK = re.compile("感谢|感激|致谢|赞赏|高度评价|积极评价")


@for_rules(lambda rule: rule.id == "zh.130.countermeasure")
def not_own_strength(c: Candidate) -> str | None:
    """加拿大…将采取一切必要措施增强自身实力: measures whose aim, right after them, is to build up
    one's own strength are aimed at no one: no threat."""
    return "own_strength" if _OWN_STRENGTH.match(c.mt.text, c.b) else None


_OWN_STRENGTH = re.compile(r"(?:以|来)?(?:增强|加强|提升|提高|壮大|发展)(?:自身|本国|自己)")


@for_rules(lambda rule: rule.code[:2] == "10")
def not_an_evacuation_order(c: Candidate) -> str | None:
    """以色列国防军发布警告，要求…地区的巴勒斯坦人立即前往…避难: people told to leave a place
    (居民, 平民, …人 before 撤离, 避难, 疏散) are warned for their safety; no demand is made of
    their state."""
    mt = c.mt
    hi = clause_end(mt, c.b)
    people = _PEOPLE.search(mt.text, c.b, hi)
    return "evacuation" if people and _LEAVE.search(mt.text, people.end(), hi) else None


#: (军人, 人员: soldiers and staff withdrawn are forces or a mission, 087 or 166, not civilians.)
_PEOPLE = re.compile("居民|平民|民众|难民|百姓|(?<!军)人(?!员)")
_LEAVE = re.compile("撤离|疏散|避难|离开|南撤|北撤|撤往")


@for_rules(lambda rule: rule.code[:2] in ("13", "15", "16", "17", "18", "19", "20"))
def not_the_conditioned(c: Candidate) -> str | None:
    """如果美国进一步扩大对伊朗的侵略，该组织将…打击美国在伊拉克…的目标: a threat read from a
    condition is made by the one who answers it; the state an earlier if-clause (如果, 若,
    一旦…) opens with is the one threatened, never the doer, wherever it is named again."""
    source = c.source
    if not c.rule_id.endswith("+if") or source is None or not source.country:
        return None
    if _SUBJECTLESS.match(c.mt.text, clause_start(c.mt, c.a)):
        return None  # 如果以色列认为谈判无果，将恢复军事行动: the condition's subject acts
    clauses = if_clauses(c)
    if any(lo <= source.start < hi for lo, hi in clauses):
        return "conditioned"  # (如果美国扩大对伊朗的侵略: Iran, named inside, threatens no one)
    first = next((m for m in c.mt.active if m.country and any(lo <= m.start < hi
                  for lo, hi in clauses)), None)  # fmt: skip
    return "conditioned" if first is not None and first.country == source.country else None


@for_rules(lambda rule: rule.code[:2] in ("15", "16", "17", "18", "19", "20"))
def not_the_condition_itself(c: Candidate) -> str | None:
    """以色列如果再次发动袭击将遭到伊朗的回击; 美国若对伊朗发动袭击，将遭到…: an act an if-word
    opens in its own clause, with no consequent word (将, 就, 则…) between, is what the
    condition supposes, no act and no threat of it (the threat is the consequent's)."""
    if not c.rule_id.endswith("+if"):
        return None
    text, lex = c.mt.text, c.lex
    start = clause_start(c.mt, c.a)
    words = tuple(lex.get("if_words", ()))
    if not c.mt.has_any(words, start, c.a, lex["conditional_exceptions"]):
        return None
    at = max(text.rfind(w, start, c.a) for w in words)
    return None if _CONSEQUENT.search(text, at, c.a) else "the_condition"


#: Words that open a condition's consequent (如果…，就将…; 一旦…则…).
_CONSEQUENT = re.compile("将|就|则|便|必然|势必|会")


#: An act's clause that opens with its tense or modal has no subject of its own.
_SUBJECTLESS = re.compile(r"\s*(?:就|则|便|也|还)?(?:将|会|可能|必将|势必)")


def if_clauses(c: Candidate) -> list[tuple[int, int]]:
    """The spans of the clauses of the sentence, before the act's, that an if-word opens."""
    mt = c.mt
    words = tuple(c.lex.get("if_words", ()))
    spans, lo = [], mt.s.start
    for end in CLAUSE_END.finditer(mt.text, mt.s.start, clause_start(mt, c.a)):
        if mt.text.startswith(words, lo + (mt.text[lo] == " ")):
            spans.append((lo, end.start()))
        lo = end.end()
    return spans


#: The rule that needs its year (zh.yaml): an undated withdrawal recalled in a speech (美国单方面
#: 退出伊核协议的行为…) is background, no act of the day it is told.
QUIT_DATED = "zh.160.quit_dated"
#: The rule that needs its year in news: a sole lawful government recognised with no year is,
#: on the news, a state's position recited (柬埔寨…始终…承认中华人民共和国政府是代表全中国的唯一
#: 合法政府); a narrative tells the act itself (美国承认中华人民共和国政府是中国唯一合法政府).
SOLE_GOVERNMENT = "zh.054.recognise_sole_government"
#: The rule of a war launched that its target names (2001年，美国发动阿富汗战争, zh.yaml): told
#: with no year (批评美国发动阿富汗战争, 美国发动阿富汗战争后), it is a background recited.
WAR_NAMED = "zh.190.war_named"
_NEEDS_YEAR = (QUIT_DATED, SOLE_GOVERNMENT, WAR_NAMED)


@for_rules(lambda rule: rule.id in _NEEDS_YEAR)
def told_with_its_year(c: Candidate) -> str | None:
    """2018年5月，美国单方面退出伊核协议: a withdrawal ``zh.160.quit_dated`` finds (a recognition
    ``zh.054.recognise_sole_government`` finds, in news) is an act only when the sentence gives it
    a year before it; 美国单方面退出伊核协议是…最大威胁, undated, is the speaker's background (the
    gold's rule for recalled acts with no date of their own). So is a war launched that its
    target names (``zh.190.war_named``: 2001年，美国发动阿富汗战争)."""
    if c.rule.id not in _NEEDS_YEAR:
        return None
    if c.rule.id == SOLE_GOVERNMENT and c.mt.coding.genre != NEWS:
        return None
    # a year the date tagger found before the act (2018年, 2018年5月, 3年前, 去年, 前年)
    mt = c.mt
    dated = any("年" in mt.text[d.start : d.end] for d in mt.coding.dates_within(mt.s.start, c.a))
    return None if dated else "undated_recital"


#: Fire opened on what a state's object names (zh.yaml): its checks below.
FIRE_AT = "zh.193.fire_at"


@for_rules(lambda rule: rule.id == FIRE_AT)
def not_the_firers_object(c: Candidate) -> str | None:
    """中方对以军向联黎部队开火深表关切, 美国对伊朗军舰向商船开火表示谴责: a state after 对 that
    itself fires (向|对 between it and 开火) is the doer of the act a stance is taken on, not
    the one fired on. 以军对一艘驶往加沙的土耳其船只开火: the state of what is fired on is the
    last one named before 开火, not a place in the clause that describes it (review-zh36)."""
    mt, target = c.mt, c.target
    if c.rule.id != FIRE_AT or target is None:
        return None
    between = mt.text[target.end : c.a]
    if "向" in between or "对" in between:
        return "fires_itself"
    if "的" in between:
        last = next((m for m in reversed(mt.active)
                     if target.end <= m.start and m.end <= c.a and m.country
                     and c.source is not None and m.country != c.source.country), None)  # fmt: skip
        if last is not None:
            c.target = last
    return None


#: The rule whose target must be named as a state or government (zh.yaml).
RECOGNISED_NAMED = "zh.054.recognise_named_dated"
#: What may follow the name: its clause's end, or 为 of 承认…政府为中国唯一合法政府.
_AFTER_NAME = frozenset("，,。；;为")
#: A state's or government's full name (中华人民共和国, 北京政府), which a capital may open.
_STATES_NAME = ("共和国", "政府")
#: A government named by the state's name and this word (承認中共政權, 承认塔利班政权).
_REGIME = "政权"


@for_rules(lambda rule: rule.id == RECOGNISED_NAMED)
def recognised_by_a_states_name(c: Candidate) -> str | None:
    """英國 1 月 6 日承認中華人民共和國, 比利時承認中共政府, 蘇聯 10 月 2 日承認中共政權, 緬甸
    12 月 16 日承認中共，…: 承认 after a day recognises a state or government (its name, or
    its name and 政权) that closes its clause; else it is mostly an admission (以军2日承认以色列
    空军基地遭…袭击, 美国3日承认乌克兰政府未能控制局势)."""
    mt, target = c.mt, c.target
    if c.rule.id != RECOGNISED_NAMED or target is None:
        return None
    end = target.end + len(_REGIME) if mt.text.startswith(_REGIME, target.end) else target.end
    closed = end >= mt.s.end or mt.text[end] in _AFTER_NAME
    named = mt.text.endswith(_STATES_NAME, target.start, target.end)
    if not named and (target.kind == "capital" or (end < mt.s.end and mt.text[end] == "为")):
        # (美国总统 6 日承认耶路撒冷为以色列首都: a city, and a bare name 为 a status, recognise
        # no state; 承认…政府为中国唯一合法政府 does, review-zh36)
        return "no_states_name"
    return None if closed else "no_states_name"


#: Force whose target no state names (zh.yaml): an attack launched at a place, ground retaken.
PLACE_ATTACKED = "zh.190.launched_at_place"
STRUCK_SIDE_RULES = frozenset((PLACE_ATTACKED, "zh.190.retaken"))
#: What an attack is launched at follows 对 or 向 after its doer.
_AT = re.compile("[对向]")


@for_rules(lambda rule: rule.id in STRUCK_SIDE_RULES)
def struck_side_named(c: Candidate) -> str | None:
    """俄国防部还称，乌军…向扎波罗热核电站区域发起攻击; 泽连斯基称，乌军…夺回了…: force on a
    place or on ground no state is named in is on the other side of the war only when that side
    is named as it: the claimant whose speech tells it (俄国防部…称), or forces of another state
    told before the act, in the sentence or the one before (俄空天军…对乌军进行了打击。…乌军…夺回).
    A state named after the act (…，俄罗斯军警已经进驻) or a party no force belongs to (a
    supplier, a host) is not what was struck; a state named between the doer and the act is
    ``zh.190.launched_at``'s target."""
    mt, source, target = c.mt, c.source, c.target
    if c.rule.id not in STRUCK_SIDE_RULES or source is None or target is None:
        return None
    text = mt.text
    if target.start >= c.a:
        return "struck_side_unnamed"
    if c.rule.id == PLACE_ATTACKED and (
        not _AT.search(text, source.end, c.a)
        or _AT.search(text, clause_start(mt, source.start), source.start)
    ):  # 伊朗对中东地区美军基地…: a doer after 对 is where the attack went
        return "struck_side_unnamed"
    if source.kind == "pair" or any(
        not m.inert and m.country and source.end <= m.start < c.a for m in mt.mentions
    ):  # 在黎以边境对以军阵地发动袭击: the place's pair is no doer, and an actor named between
        return "struck_side_unnamed"  # the doer and the act is zh.190.launched_at's target
    if _claimant(c, target) or (
        (target.code[3:6] == "MIL" or "军" in text[target.start : target.end])
        and _fought_before(c, source.country, target.country)
    ):
        return None
    return "struck_side_unnamed"


def _claimant(c: Candidate, target: Mention) -> bool:
    """俄国防部4日还称，乌军…: is ``target`` the first actor of its clause, whose own speech verb
    closes it (not 乌国防部长…在接受美国媒体采访时称, where the media only asked)?"""
    mt, text = c.mt, c.mt.text
    start = clause_start(mt, target.start)
    if (target.start < mt.s.start or target.code[3:6] == "MED"
            or any(start <= m.start < target.start for m in mt.mentions)):  # fmt: skip
        return False  # a medium's report (俄罗斯媒体10日报道说) is no side's claim
    end = clause_end(mt, target.end)
    return any(text.find(w, target.end, end) >= 0 for w in c.lex["speech"])


def _fought_before(c: Candidate, one: str | None, other: str | None) -> bool:
    """Has the text told force between the two states before (…俄空天军…对乌军进行了打击): the
    forces a later sentence names beside ground retaken are then the other side of that war,
    not a state whose troops came in after (…夺回萨拉基卜，俄罗斯军警已经进驻)."""
    return any(m.code[:2] == "19" and m.source is not None and m.target is not None
               and {m.source.country, m.target.country} == {one, other}
               for m in c.mt.coding.matches)  # fmt: skip


#: The rule of a state the speaker says obstructs (zh.yaml): the accused opens its clause.
OBSTRUCTS = "zh.112.obstructs"
#: Before the accused in its clause, a few words at most (此外，美国…; 但美国…), none that makes
#: the state an object (西方向乌克兰提供武器阻碍…: Ukraine is given to, not the obstructer).
_OPENS_AS_DOER = re.compile(r"[^向对为给与同和把被让使跟]{0,4}")
#: Between the members of a list of accused (美国和英国, 美国、英国).
_LIST_JOINS = ("和", "与", "、", "及", "以及")
#: After a state, these make it the matter named, not a doer (叙利亚局势阻碍了地区发展).
SITUATIONS = ("局势", "问题", "危机", "冲突", "战事", "事态", "形势")


@for_rules(lambda rule: rule.id == OBSTRUCTS)
def obstructer_opens_its_clause(c: Candidate) -> str | None:
    """伊方称，美国的过分要求阻碍了协议的达成: the obstructer is the doer of the clause the
    speech verb opens, not a state inside it (…成为叙利亚重振经济的最主要阻碍, 西方向乌克兰…),
    nor a state named as a situation (叙利亚局势阻碍了…). A list may open the clause (美国和英国
    阻挠了…: each member an obstructer)."""
    target, text = c.target, c.mt.text
    if c.rule.id != OBSTRUCTS or target is None:
        return None
    if text.startswith(SITUATIONS, target.end):
        return "not_the_doer"
    opened = clause_start(c.mt, target.start)
    head = _list_head(c.mt.mentions, text, target)
    return None if _OPENS_AS_DOER.fullmatch(text, opened, head.start) else "not_the_doer"


def _list_head(mentions: list[Mention], text: str, last: Mention) -> Mention:
    """The first member of the list of actors ``last`` ends (美国和英国: 美国), or ``last``."""
    head = last
    for m in reversed(mentions):
        if m.end <= head.start and m.country and text[m.end : head.start] in _LIST_JOINS:
            head = m
    return head


#: The rule whose retaliation is force (zh.yaml) unless it answers a measure of the target's.
LAUNCHED_AT = "zh.190.launched_at"
#: Right after the target, a measure of its own that is no force (对美方的制裁, 对欧盟新一轮制裁):
#: the retaliation then answers that measure in kind, a response (130) and not force.
_MEASURE_ANSWERED = re.compile(
    r"的?(?:新一轮|新的|单边|非法|有关|相关|所谓|对俄|对华|对伊|最新)*" + MEASURE_NOUNS
)


@for_rules(lambda rule: rule.id == LAUNCHED_AT)
def not_force_against_a_measure(c: Candidate) -> str | None:
    """俄方将对美方的制裁采取报复行动: retaliation taken against a state's sanctions (tariffs,
    bans, expulsions) answers them with measures; it is no strike (190) and, to come, no threat
    of force (138): ``zh.130.retaliate_measure`` codes the response threatened."""
    target = c.target
    if c.rule.id != LAUNCHED_AT or target is None:
        return None
    return "measure_answered" if _MEASURE_ANSWERED.match(c.mt.text, target.end) else None
