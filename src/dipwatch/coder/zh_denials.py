"""Whom a Chinese denial answers (``zh.016.deny_told``; eval/README.md "Dev misses by
construction", the reported reactions): a denial told after the claim it denies (据伊朗媒体
报道，…遭到导弹袭击。…美国高级官员否认了这一消息; 美国司法机构声称…。…伊朗也已否认与“基地”组织
有任何关联) names neither the claim's teller nor its doer, and the coded act nearest before it
(the carry) is as often the claim's content as the teller's. The denial answers the teller: the
actor of another state who last said, reported or charged something before it. And a state
said to have no link with a thing (美军空袭目标与伊朗没有任何关联) is what a denial is about, no
party to any act of the sentence. ``zh_checks.ZH`` steps.
"""

from __future__ import annotations

import re

from dipwatch.coder.carry import starting_in
from dipwatch.coder.checks import MATERIAL, Candidate, for_rules
from dipwatch.coder.dates import is_headline
from dipwatch.coder.doc import Mention
from dipwatch.coder.matcher import Matcher
from dipwatch.coder.zh_news import CLAUSE_END

#: Verbs that tell a claim, its teller before them in their clause (据…报道 too). 表示, 指出
#: and 说 tell one only before the words said (表示，…): 表示欢迎, 表示关切 and 说明 say no claim
#: to deny; nor is 称 one in 名称, 堪称, 称赞 or 称为.
_CLAIMED = re.compile(
    r"声称|宣称|(?<![名堪号])称(?![赞号为])|报道|指责|指控|披露|透露|(?:表示|指出|说)(?=[，,：:])"
)
#: How many sentences before the denial's the claim may have been told.
_LOOKBACK = 3


#: The rule whose target is the teller of the claim denied.
DENY_TOLD = "zh.016.deny_told"
#: The denial rules. They read no negation (否认 is itself one of the negation words), so a
#: denial withheld (俄方并不否认这一说法, 没有否认) is told apart here.
_DENIALS = ("zh.016.deny", DENY_TOLD, "zh.016.deny_own_act")
_DENIAL = "否认"
#: Right before 否认: it is not done (不否认, 并未否认, 没有否认, 不会否认, 无法否认).
_WITHHELD = re.compile(r"(?:不|未|没|没有|不会|不能|无法)\s*$")


@for_rules(lambda rule: rule.id in _DENIALS)
def not_a_denial_withheld(c: Candidate) -> str | None:
    """俄方并不否认这一说法: a negation right before 否认 says the claim is let stand."""
    if c.rule.id not in _DENIALS:
        return None
    text = c.mt.text
    at = text.find(_DENIAL, c.a, c.b)
    if at >= 0 and _WITHHELD.search(text, max(at - 4, 0), at):
        return "denial_withheld"
    return None


@for_rules(lambda rule: rule.id == DENY_TOLD)
def claim_teller(c: Candidate) -> str | None:
    """…美国高级官员否认了这一消息: the target is the last teller of a claim before the denial,
    of another state than the denier's (its media too: 据伊朗媒体报道); when none, what the
    carry lends. Never rejects."""
    source = c.source
    if c.rule.id == DENY_TOLD and c.target is None and source is not None:
        c.target = _teller_before(c.mt, source)
    return None


def _teller_before(mt: Matcher, source: Mention) -> Mention | None:
    """The teller of the claim nearest before ``source``: in its own sentence before it, then
    in the few sentences before, last first. A denial in a headline that names no teller
    before it (联黎部队遭袭致1死3伤 黎真主党否认与袭击有关) heads the story told after it: the
    teller is the first in the few sentences after, up to the next headline; the paragraph
    before the headline is another story (its teller, 以色列国防军…称, is not the one answered)."""
    coding, index = mt.coding, mt.s.index
    own = _teller_in(mt, source, [(mt.s.start, source.start)], last_first=True)
    if own is not None:
        return own
    if is_headline(coding.norm, mt.s):
        after = []
        for s in coding.sentences[index + 1 : index + 1 + _LOOKBACK]:
            if is_headline(coding.norm, s):
                break
            after.append((s.start, s.end))
        return _teller_in(mt, source, after, last_first=False)
    before = []
    for s in reversed(coding.sentences[max(index - _LOOKBACK, 0) : index]):
        if is_headline(coding.norm, s):
            break  # (国际原子能机构称必须停止袭击核设施: the headline sums up, it tells no claim)
        before.append((s.start, s.end))
    return _teller_in(mt, source, before, last_first=True)


def _teller_in(
    mt: Matcher, source: Mention, spans: list[tuple[int, int]], last_first: bool
) -> Mention | None:
    """The teller of the first claim found in ``spans``, each read from its last claim verb
    back (``last_first``) or from its first on."""
    for lo, hi in spans:
        verbs = list(_CLAIMED.finditer(mt.coding.norm, lo, hi))
        for verb in reversed(verbs) if last_first else verbs:
            teller = _teller_of(mt, source, lo, verb.start())
            if teller is not None:
                return teller
    return None


def _teller_of(mt: Matcher, source: Mention, lo: int, at: int) -> Mention | None:
    """The actor last named before the claim verb at ``at`` in its clause, when of another state
    than the denier's, or a body of no state (联合国驻黎巴嫩临时部队…发表声明说，袭击者可能是黎巴嫩
    真主党人员: the UN force's charge is what the denial answers)."""
    opened = max([lo, *(m.end() for m in CLAUSE_END.finditer(mt.coding.norm, lo, at))])
    named = [
        m
        for m in starting_in(mt.coding.mentions, opened, at)
        if m.end <= at and (m.country or m.kind == "org")
    ]
    if not named or named[-1].country == source.country:
        return None
    return named[-1]


def target_not_denied_link(c: Candidate) -> str | None:
    """伊朗称美军空袭目标与伊朗没有任何关联; …设施与伊朗无关: a target in a link the sentence
    denies (与X没有…关联, 与X无关) is the state the speaker keeps out of the act, not the one it
    is aimed at (seed 158's hand check)."""
    target, text = c.target, c.mt.text
    if target is None or not text.endswith(_LINK_WITH, c.mt.s.start, target.start):
        return None
    return "denied_link" if _NO_LINK.match(text, target.end) else None


#: 与伊朗没有任何关联, 同美国毫无关系, 与伊朗之间并无直接联系, 与伊朗无关.
_LINK_WITH = ("与", "同", "跟")
_NO_LINK = re.compile(
    r"\s*(?:[^,。;]{0,4}?(?:没有|毫无|并无|均无|都没有|无)(?:任何)?(?:直接)?"
    r"(?:关联|关系|联系|瓜葛)|无关|毫不相关|不相干)"
)


#: Right before a doer: the denial its act is told under (否认伊朗对美军基地发动袭击), 曾 or
#: 了 between; a withheld denial (并未否认俄军袭击…) lets the act stand.
_DENIED_BEFORE_DOER = re.compile(r"否认(?:了|曾|曾经)?\s*$")


@for_rules(lambda rule: rule.code[:2] in MATERIAL)
def not_a_denied_deed(c: Candidate) -> str | None:
    """伊朗外交部发言人否认伊朗对美军基地发动袭击: a deed whose doer is named right after 否认
    is what the denier says was not done (``zh.016.deny_own_act`` codes the denial). Only a
    deed: 否认美方指责中国… lets the charge, a saying that was made, stand."""
    source = c.source
    if c.rule.code[:2] not in MATERIAL or source is None or source.start >= c.a:
        return None
    text = c.mt.text
    denial = _DENIED_BEFORE_DOER.search(text, max(source.start - 6, 0), source.start)
    if denial is None or _WITHHELD.search(text, max(denial.start() - 4, 0), denial.start()):
        return None
    return "denied"
