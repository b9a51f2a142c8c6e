"""Chinese checks for classes of error met judging random CCTV days no gold set holds (issue 10,
eval/README.md "Judging output no gold holds", seed 125): an act named as the time before which
another happens (在…访问前), the state a measure falls on taken as the one asked to lift it
(呼吁解除对…的制裁), and a body named in what a person is suspected of taken as the act's target
(被认为参与基地组织遭…逮捕). Each is a ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.zh_news import clause_start

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
