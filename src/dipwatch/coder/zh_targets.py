"""Whom a Chinese act is aimed at when its object phrase names other states than its target
(issue 10, eval/README.md ``xwlb_docs``): the state a measure falls on (呼吁解除对津巴布韦制裁),
not the one asked to lift it; a body named in what a person is suspected of (被认为参与基地组织
遭美军逮捕); a body named by a pair of states whose first is the sender's own (向美中贸易全国委员会
致贺信); a foreign state in what a crowd protests its own rulers over (抗议政府对日本的外交政策);
a pair's act supported (支持欧盟同中国加强合作), and the pair whose ties a doer will push (推动
马中友好关系), its partner the target; the sites of two states struck together (打击美军
基地和以色列目标), force on each; a bare home office after a foreign doer (加拿大总理…要求国防部),
that doer's own; and two owners' things reproached together (谴责美国的制裁和以色列的封锁), each
owner. Each is a ``zh_checks.ZH`` step.

Provenance: the dev batches of seeds 130 and 136, the free CCTV days judged with seeds 118 and
125, and the integrator's checks of the seventh round ("Judging output no gold holds").
"""

from __future__ import annotations

import re

from dipwatch.coder.carry import starting_in
from dipwatch.coder.checks import FORCE, Candidate, for_rules
from dipwatch.coder.doc import Mention
from dipwatch.coder.zh_news import clause_end, clause_start

#: Right before the state a measure falls on, the lifting or ending of that measure (解除对伊朗的
#: 制裁, 停止对柬埔寨的军事行动).
_LIFTED = re.compile(r"(?:解除|取消|撤销|撤除|放宽|停止|结束|终止)对$")


@for_rules(lambda rule: rule.code[:2] in ("02", "10"))
def not_the_lifted_measures_object(c: Candidate) -> str | None:
    """联合国报告员呼吁解除对津巴布韦制裁: an appeal or demand whose target stands right after
    解除对, 停止对… names the state the measure falls on, not the one asked to lift it; with no
    addressee named (the gold codes 敦促美国尽快解除对伊朗制裁 as Iran's demand on the US, and
    呼吁西方解除对叙单边制裁 as nothing), the appeal has no counterpart."""
    target = c.target
    if target is None or target.start < c.b:
        return None
    return "lifted_object" if _LIFTED.search(c.mt.text, c.b, target.start) else None


#: What a person is held to have done (他被认为参与基地组织, 因涉嫌为某国从事间谍活动).
_SUSPECTED = re.compile("涉嫌|被认为|被指控|被控|被怀疑|被指")


def not_what_is_suspected(c: Candidate) -> str | None:
    """2003年他被认为参与基地组织遭美军逮捕: a body or state named after a word of suspicion (涉嫌,
    被认为, 被指控…) in its clause, with the act's trigger not between them, is part of what a
    person is held to have done; the act (the arrest) falls on the person, not on it. A target
    after the act (以涉嫌洗钱为由制裁伊朗企业: 制裁 stands between), or after 而, 遭 or 对 that
    close the suspicion (因俄罗斯涉嫌干预选举而对俄罗斯进行制裁), keeps its place."""
    mt, target = c.mt, c.target
    if target is None:
        return None
    start = clause_start(mt, target.start)
    words = list(_SUSPECTED.finditer(mt.text, start, target.start))
    if not words or words[-1].end() <= c.a < target.start:
        return None
    if _PHRASE_CLOSED.search(mt.text, words[-1].end(), target.start):
        return None  # 因俄罗斯涉嫌…干预美国大选而对俄罗斯进行制裁: the act's own object
    return "suspected"


#: Between the suspicion and the target, these close what is suspected: the target after them is
#: the act's own (…而对俄罗斯进行制裁, …遭美军逮捕).
_PHRASE_CLOSED = re.compile("而|遭|对$")


#: After a pair of states, the head noun of a body's name, reached within one phrase
#: (美中|贸易全国委员会, 中美|友好协会, 英中|贸易协会).
_BODY_AFTER_PAIR = re.compile(
    r"[^,。;:、\s]{0,8}?(?:委员会|协会|商会|理事会|基金会|联合会|促进会|研究会|学会)"
)


def not_to_own_states_body(c: Candidate) -> str | None:
    """美国总统亦向美中贸易全国委员会…致贺信: a target that is the second state of a pair
    heading a body's name, whose first state is the source's own, stands for a body of the
    source's own state (the pair names its subject, 美中 trade), so the act is aimed at no
    other state. (国家主席向美中贸易全国委员会…致贺信 stays: the body is the other state's.)"""
    mt, source, target = c.mt, c.source, c.target
    if source is None or target is None or target.kind != "pair":
        return None
    home = next((m for m in mt.mentions if m.kind == "pair" and m.end == target.start), None)
    if home is None or home.country != source.country:
        return None
    return "own_body" if _BODY_AFTER_PAIR.match(mt.text, target.end) else None


#: The rulers a crowd may protest at home, named with no state before them (抗议政府…, 要求首相
#: 辞职) or after the crowd's own state (抗议韩国政府…).
_OWN_RULERS = re.compile(
    r"(?:本国|该国)?(?:政府|当局|内阁|执政党|执政联盟|总统|首相|总理|议会|国会)"
)
#: What may stand between the verb and its object: an aspect mark, a space.
_AFTER_VERB = re.compile(r"\s*了?\s*")


def not_a_crowds_own_rulers(c: Candidate) -> str | None:
    """韩国民众举行集会，抗议政府对日本的外交政策; 民众游行，反对政府与美国的合作: what a crowd
    protests, opposes or demands of is its own government (a ruler's title with no state before
    it, or after the crowd's own state), so the foreign state named in the matter is no target of
    the demonstration; a crowd protesting a foreign government (抗议日本政府…) keeps it."""
    mt, source, target = c.mt, c.source, c.target
    if source is None or target is None or not source.country or target.start < c.b:
        return None
    if target.country == source.country or not mt.has_any(c.lex["crowd_words"], mt.s.start, c.a):
        return None
    verb = max(_PROTESTS.finditer(mt.text, c.a, target.start), key=lambda f: f.end(), default=None)
    if verb is None:
        return None
    at = _AFTER_VERB.match(mt.text, verb.end()).end()
    own = next((m for m in mt.active if m.start == at and m.country == source.country), None)
    if own is not None:
        if len(own.code) > 3:  # 抗议韩国政府…: the mention is the state's own government
            return "own_rulers"
        at = own.end
    return "own_rulers" if _OWN_RULERS.match(mt.text, at) else None


#: The verbs a crowd's matter follows (抗议政府…, 反对政府…, 要求政府…).
_PROTESTS = re.compile(r"抗议|反对|谴责|要求|敦促|呼吁")


#: After the supported state: 同, 与 or 和, then (checked apart) another actor, then within a
#: few characters the joint act that state does with it.
_WITH = ("同", "与", "和")
_JOINT_ACT = re.compile(r"[^,。;]{0,12}?(?:合作|对话|交往|交流|关系|沟通)")


@for_rules(lambda rule: rule.code[:2] == "05")
def not_support_of_a_pairs_act(c: Candidate) -> str | None:
    """马耳他将继续支持欧盟同中国加强合作: the state right after 支持 is the subject of a clause
    of its own (欧盟 同 中国 加强合作), so what is supported is that pair's cooperation, not the
    state itself; the speaker's intent towards the partner is coded by the intent rules (MLT→CHN
    ``030``), and no support of the EU is told."""
    target, mt = c.target, c.mt
    if target is None or target.start < c.b or target.start - c.b > 2:
        return None
    text = mt.text
    if not text.startswith(_WITH, target.end):
        return None
    partner = next(iter(starting_in(mt.coding.mentions, target.end + 1, target.end + 2)), None)
    if partner is None or partner.country == target.country:
        return None
    return "pairs_act" if _JOINT_ACT.match(text, partner.end) else None


#: The rule of a state that will take a pair's ties forward (zh.yaml).
_PUSH_PAIR = "zh.030.will_push_pair"
#: The same told with 愿 (斯方愿进一步深化斯中…合作): a foreign side's will only.
_WILL_PAIR = "zh.030.will_pair"


@for_rules(lambda rule: rule.id in (_PUSH_PAIR, _WILL_PAIR))
def pair_of_the_doer(c: Candidate) -> str | None:
    """马方将继续…，推动马中友好关系走深走实 (斯方愿…深化斯中…合作): the ties pushed forward are the
    doer's own with the other of the pair word right after the verb, who is the partner; a pair
    that leaves out the doer (美方将继续施压，推动日韩友好关系) is others' ties, and no intent
    towards either."""
    if c.rule.id not in (_PUSH_PAIR, _WILL_PAIR) or c.source is None:
        return None
    if "S" not in c.slots:  # 古方坚定恪守…，将坚定不移深化古中友好: the chain's subject
        c.source = _chain_subject(c)
        if c.source is None:
            return "no_chain_subject"
    pair = [m for m in starting_in(c.mt.coding.mentions, c.b, c.b + 2) if m.kind == "pair"]
    if len(pair) != 2 or pair[0].end != pair[1].start:
        return "no_pair"
    own = [m for m in pair if m.country == c.source.country]
    others = [m for m in pair if m.country and m.country != c.source.country]
    if not own or len(others) != 1:
        return "not_own_pair"
    if c.rule.id == _WILL_PAIR and c.source.country == c.mt.coding.home:
        # 中方愿同匈方一道努力，…推动中欧关系行稳致远, 推动中加全面合作伙伴关系 (加勒比): China's
        # own will is read from 愿同X方 already, and its pair words name regions as often as a
        # state (the dev gold codes neither, x20240508, x20220615).
        return "home_pledge"
    c.target = others[0]
    return None


def _chain_subject(c: Candidate) -> Mention | None:
    """The doer of a clause that opens with its verb (…，将继续…推进委中…关系): the state or side
    opening the nearest earlier clause of the sentence that an actor opens (委方完全支持…，将继续…).
    A person or a speaker's voices there (习近平主席…访问沙特，将推动沙中…; 沙特各界人士指出) give
    no state's own pledge, and no doer."""
    mt = c.mt
    cuts = [mt.s.start, *(m.end() for m in _CLAUSE_END.finditer(mt.text, mt.s.start, c.a))]
    for cut in reversed(cuts):
        found = next(starting_in(mt.mentions, cut, cut + 1), None)
        if found is not None:
            return found if found.kind in _STATE_KINDS and not _voices(mt.text, found) else None
    return None


_CLAUSE_END = re.compile(r"[,;]")
#: Mentions that name a state or a side (古方, 委内瑞拉, 沙国), not a person or a pair.
_STATE_KINDS = ("short", "name", "alias")


#: After a state's name: the voices of its people, not its own (沙特各界人士指出).
_VOICES = ("各界", "人士", "国内人士", "专家", "学者", "媒体")


def _voices(text: str, m: Mention) -> bool:
    """Does ``m`` open a phrase naming voices of the state, who pledge nothing for it?"""
    return text.startswith(_VOICES, m.end)


#: Between a struck state and its own forces' site, or between that site and the act: what
#: would make the forces one item of a list or of a modifier (为乌军提供燃料的炼油设施, 港口及乌军
#: 相关船只), not the head of what was struck.
_LINKS = ",;:、和与及为给供"
_NOT_THE_HEAD = re.compile(f"[{_LINKS}的]")
#: The forces' site may still be told after its own 的 (以色列北部的一个以军指挥部).
_BEFORE_FORCES = re.compile(f"[{_LINKS}]")


@for_rules(lambda rule: rule.code[:2] in FORCE)
def forces_of_the_struck_state(c: Candidate) -> str | None:
    """对以色列北部扎里特军营附近的以军实施了炮击, 对黎以边境以军部署点进行了打击: the
    object names the struck state, then its own forces as the head of what was struck; the
    forces are the target (``ISRMIL``), not the state at large. A state whose
    forces are one item of a list or inside a modifier (对乌克兰港口及乌军相关船只, 对乌克兰一座为
    乌军提供燃料的炼油设施) stays the target."""
    t = c.target
    if c.rule.code[:2] not in FORCE or t is None or t.code != t.country:
        return None
    mt = c.mt
    # The object before the act (对…以军…实施), or after it to its clause's end (袭击了以色列北部的
    # 两处以军目标).
    end = c.a if t.end <= c.a else clause_end(mt, t.end) if t.start >= c.b else None
    if end is None:
        return None
    inside = list(starting_in(mt.mentions, t.end, end))
    forces = next((m for m in inside if m.country == t.country and m.code.endswith("MIL")), None)
    if forces is None:
        c.target = _base_of(c, t, end, inside) or t
        return None
    if (_BEFORE_FORCES.search(mt.text, t.end, forces.start)
            or _NOT_THE_HEAD.search(mt.text, forces.end, end)):  # fmt: skip
        return None
    c.target = forces
    return None


#: A military site named as such (以色列的一处军事基地, 泰勒诺夫空军基地, 绍梅拉军营).
_BASE = re.compile(r"军营|兵营|军事基地|空军基地|海军基地|导弹基地")
#: Before a state that is only where a site lies, not its owner (在巴林的…空军基地, 位于…).
_WHERE = ("在", "位于", "驻", "驻有")


def _base_of(c: Candidate, t: Mention, end: int, inside: list[Mention]) -> Mention | None:
    """以色列北部的绍梅拉军营, 巴境内三处空军基地: a military site of the struck state, the head of
    what was struck with no other actor named in the object (its own places may be: 特拉维夫以南的
    …空军基地), is its forces' (``ISRMIL``); the
    state where another's base lies (美国在巴林的…空军基地: 巴林) is not its owner, nor is a state
    whose group is named with the base (也门…的胡塞武装军事基地: the rebels')."""
    text = c.mt.text
    base = _BASE.search(text, t.end, end)
    if (base is None or any(not m.inert and m.code != t.code for m in inside)
            or text.endswith(_WHERE, 0, t.start)
            or _BEFORE_FORCES.search(text, t.end, base.start())
            or _NOT_THE_HEAD.search(text, base.end(), end)):  # fmt: skip
        return None
    return Mention(t.start, t.end, t.code + "MIL", t.country, t.kind)


#: Between two states' sites in a list of what was struck: the first state's site word (基地,
#: 目标, 设施…, or two: 基地目标), where in it (内), a closing 等, then a conjunction. A plain
#: conjunction between the states is ``slots.coordinated``'s already; the site word is what
#: broke the list there.
_SITE_THEN_JOINED = re.compile(
    r"(?:(?:军事)?(?:基地|目标|设施|重要设施|阵地|据点|舰船|军舰|舰|航母|航母编队|机场|炼油厂)){1,2}"
    r"(?:内)?(?:等(?:目标)?)?(?:、|和|与|及|以及)"
)
#: The last character of every gap ``_SITE_THEN_JOINED`` matches (its conjunction).
_JOINERS = ("、", "和", "与", "及")


@for_rules(lambda rule: rule.code[:2] in FORCE)
def struck_sites_each(c: Candidate) -> str | None:
    """对美军基地、以色列海法炼油厂等目标发动打击; 超200个位于美军基地内和以色列重要设施的目标被精准
    打击: a list of sites of two states struck (the seed-136 batch's Iranian strikes, IRN→USA
    missed beside IRN→ISR; ``x20260320``'s IRN→ISR missed beside IRN→USA) names force on each
    state whose site is listed, as 打击美国和以色列 does. Only states of another country than the
    doer are added (its own bases, 伊朗基地和…, are where it acted from)."""
    if c.rule.code[:2] not in FORCE or c.source is None or not c.targets:
        return None
    mt, source = c.mt, c.source
    found = list(c.targets)
    for t in list(found):
        if t is None:
            continue
        found += [m for m in _listed_sites(mt.text, mt.mentions, t)
                  if m.country and m.country != source.country
                  and all(m.country != x.country for x in found if x is not None)]  # fmt: skip
    c.targets = found
    return None


def _listed_sites(text: str, mentions: list[Mention], first: Mention) -> list[Mention]:
    """The states joined to ``first`` on either side by a site word and a conjunction, in a run
    (美军基地、以军总参谋部: 以军 after 美军's 基地、). Inert mentions too: a state after 位于
    (位于美军基地内和…) is only where a target lies for the slots, but here it owns the site."""
    joined, last = [], first
    while True:  # rightwards
        gap = _SITE_THEN_JOINED.match(text, last.end)
        # (the first mention that starts right there, by bisection over the sorted mentions)
        nxt = gap and next(starting_in(mentions, gap.end(), gap.end() + 1), None)
        if nxt is None:
            break
        joined.append(nxt)
        last = nxt
    last = first
    while True:  # leftwards: a site before the one the rule found (位于美军基地内和以色列…)
        if not text.endswith(_JOINERS, 0, last.start):
            break  # (no conjunction right before it: no site joins, and no scan of the mentions)
        before = next((m for m in mentions if m.end < last.start
                       and _SITE_THEN_JOINED.fullmatch(text, m.end, last.start)), None)  # fmt: skip
        if before is None:
            break
        joined.append(before)
        last = before
    return joined


#: Between two owners in a reproach's object: the first owner's thing (所谓的“中东和平新计划”,
#: 的制裁), then a conjunction; the second owner's thing follows it with its own 的.
#: (谴责美国的制裁及其盟友以色列的空袭: the second owner named as the first's ally.)
_OWNED_THEN_JOINED = re.compile(
    r"(?:所谓)?的[^,。;:的]{1,16}(?:以及|及|和|与|、)(?:其(?:盟友|盟国|伙伴))?"
)
#: Protest, criticism, accusation (roots 11, 12, 14): the acts whose object may list owners.
_REPROACH = ("11", "12", "14")


@for_rules(lambda rule: rule.code[:2] in _REPROACH)
def owners_reproached_each(c: Candidate) -> str | None:
    """抗议美国所谓的“中东和平新计划”以及以色列的占领 (the seed-144 batch's West Bank crowd;
    谴责美国的制裁和以色列的封锁): two owners' things joined as the object of a protest,
    criticism or accusation are each owner's, as 谴责美国和以色列 is; ``slots.coordinated``
    joins states only when nothing stands between them but the conjunction. The next owner
    must own its thing too (以色列的占领): a state the first thing is about (美国的对华政策和
    中国…) stands with no 的 of its own and is not added."""
    if (
        c.rule.code[:2] not in _REPROACH
        or c.source is None
        or not c.targets
        or c.targets[-1] is None
    ):
        return None  # (the step tests its own rule: see ``for_rules``)
    mt, last = c.mt, c.targets[-1]
    found = list(c.targets)
    # (the next mention after the last owner, by bisection over the sorted mentions)
    while (nxt := next(starting_in(mt.mentions, last.end, mt.s.end), None)) is not None:
        if (not nxt.country or not mt.text.startswith("的", nxt.end)
                or not _OWNED_THEN_JOINED.fullmatch(mt.text, last.end, nxt.start)):  # fmt: skip
            break
        if nxt.country != c.source.country and all(nxt.country != t.country for t in found if t):
            found.append(nxt)
        last = nxt
    c.targets = found
    return None
