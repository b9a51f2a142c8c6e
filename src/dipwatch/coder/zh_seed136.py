"""Chinese checks for a construction found in the seed-136 dev batch of whole CCTV items (issue
10, eval/README.md ``xwlb_docs``): the sites of two states struck together (打击美军基地和以色列
目标), each named by its state and a site word, are force on each state. A ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import FORCE, Candidate, for_rules
from dipwatch.coder.doc import Mention

#: Between two states' sites in a list of what was struck: the first state's site word (基地,
#: 目标, 设施…, or two: 基地目标), where in it (内), a closing 等, then a conjunction. A plain
#: conjunction between the states is ``slots.coordinated``'s already; the site word is what
#: broke the list there.
_SITE_THEN_JOINED = re.compile(
    r"(?:(?:军事)?(?:基地|目标|设施|重要设施|阵地|据点|舰船|军舰|舰|航母|航母编队|机场|炼油厂)){1,2}"
    r"(?:内)?(?:等(?:目标)?)?(?:、|和|与|及|以及)"
)


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
        nxt = gap and next((m for m in mentions if m.start == gap.end()), None)
        if nxt is None:
            break
        joined.append(nxt)
        last = nxt
    last = first
    while True:  # leftwards: a site before the one the rule found (位于美军基地内和以色列…)
        before = next((m for m in mentions if m.end < last.start
                       and _SITE_THEN_JOINED.fullmatch(text, m.end, last.start)), None)  # fmt: skip
        if before is None:
            break
        joined.append(before)
        last = before
    return joined
