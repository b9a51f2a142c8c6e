"""Chinese checks for a construction found in the seed-130 dev batch of whole CCTV items (issue
10, eval/README.md ``xwlb_docs``): support given to a pair's act (支持欧盟同中国加强合作) is not
support of the pair's first member. A ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.carry import starting_in
from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.doc import Mention

#: After the supported state: 同, 与 or 和, then (checked apart) another actor, then within a
#: few characters the joint act that state does with it.
_WITH = ("同", "与", "和")
_JOINT_ACT = re.compile(r"[^，,。；;]{0,12}?(?:合作|对话|交往|交流|关系|沟通)")


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


@for_rules(lambda rule: rule.id == _PUSH_PAIR)
def pair_of_the_doer(c: Candidate) -> str | None:
    """马方将继续…，推动马中友好关系走深走实: the ties pushed forward are the doer's own with the
    other of the pair word right after the verb, who is the partner; a pair that leaves out the
    doer (美方将继续施压，推动日韩友好关系) is others' ties, and no intent towards either."""
    if c.rule.id != _PUSH_PAIR or c.source is None:
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
        found = next(iter(starting_in(mt.mentions, cut, cut + 1)), None)
        if found is not None:
            return found if found.kind in _STATE_KINDS and not _voices(mt.text, found) else None
    return None


_CLAUSE_END = re.compile(r"[，,；;]")
#: Mentions that name a state or a side (古方, 委内瑞拉, 沙国), not a person or a pair.
_STATE_KINDS = ("short", "name", "alias")


#: After a state's name: the voices of its people, not its own (沙特各界人士指出).
_VOICES = ("各界", "人士", "国内人士", "专家", "学者", "媒体")


def _voices(text: str, m: Mention) -> bool:
    """Does ``m`` open a phrase naming voices of the state, who pledge nothing for it?"""
    return text.startswith(_VOICES, m.end)
