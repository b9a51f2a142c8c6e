"""Chinese checks for a construction found in the seed-136 dev batch of whole CCTV items (issue
10, eval/README.md ``xwlb_docs``): the sites of two states struck together (打击美军基地和以色列
目标), each named by its state and a site word, are force on each state (a ``zh_checks.ZH``
step); the envoys whose credentials a head of state receives, listed by name after the act, are
each met and welcomed (a ``groups`` act).
"""

from __future__ import annotations

import re

from dipwatch.coder.carry import starting_in
from dipwatch.coder.checks import FORCE, Candidate, for_rules
from dipwatch.coder.doc import Coding, Match, Mention
from dipwatch.coder.summits import HOME

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
        nxt = gap and next((m for m in mentions if m.start == gap.end()), None)
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


def code_credentials(coding: Coding) -> None:
    """国家主席习近平…接受16位驻华大使递交国书。…他们是：越南驻华大使范清平、巴拿马驻华大使雷鸣…
    …习近平欢迎使节们来华履新: the head of state who receives envoys' credentials meets each
    envoy's state (``040``), and his welcome to the envoys, told later in the item, is a ``051``
    to each (the seed-136 batch's sixteen ambassadors; the guidelines' decision in eval/README.md
    ``xwlb_docs``). The states are those of the list that names the envoys (他们是：); an envoy
    listed is his state's, as a minister is."""
    norm = coding.norm
    if _CREDENTIALS not in norm:
        return  # (one text in hundreds: a word test, not a search a sentence)
    for i, s in enumerate(coding.sentences):
        received = norm.find(_CREDENTIALS, s.start, s.end)
        if received < 0:
            continue
        host = next((m for m in starting_in(coding.mentions, s.start, received)
                     if not m.inert and m.country == HOME), None)  # fmt: skip
        envoys = _envoys_listed(coding, i + 1)
        if host is None or not envoys:
            continue
        coding.matches.extend(
            Match("zh.040.credentials", "040", i, received, received + len(_CREDENTIALS),
                  host, m, 0.7)
            for m in envoys
        )  # fmt: skip
        welcome = _WELCOMED.search(norm, s.end)
        if welcome is None:
            continue
        j = next(k for k, t in enumerate(coding.sentences) if t.start <= welcome.start() < t.end)
        coding.matches.extend(
            Match("zh.051.envoys_welcomed", "051", j, welcome.start(), welcome.end(), host, m, 0.6)
            for m in envoys
        )


#: The act of the head of state (接受…递交国书) and the list of envoys named after it.
_CREDENTIALS = "递交国书"
_LISTED = re.compile(r"(?:他们|她们|他们分别)是[:：]")
#: After a listed state: its envoy's title, then the envoy's name up to the next 、 or the end.
_ENVOY = re.compile(r"驻华(?:特命全权)?大使")
#: The host's welcome to the envoys as a group (欢迎使节们来华履新, 欢迎各位大使).
_WELCOMED = re.compile(r"欢迎(?:使节们|各位使节|大使们|各位大使|新任大使们)")
#: How many sentences after the credentials the list may come (the ceremony told in between).
_LIST_REACH = 4


def _envoys_listed(coding: Coding, first: int) -> list[Mention]:
    """The states of the envoys listed (他们是：A驻华大使X、B驻华大使Y…) in one of the few
    sentences from ``first``, each once."""
    norm = coding.norm
    for s in coding.sentences[first : first + _LIST_REACH]:
        listed = _LISTED.search(norm, s.start, s.end)
        if listed is None:
            continue
        found: dict[str, Mention] = {}
        for m in starting_in(coding.mentions, listed.end(), s.end):
            if m.country and m.country != HOME:
                envoy = _ENVOY.search(norm, m.start, m.end + 6)  # (in the mention or after)
                if envoy and envoy.start() <= m.end and m.country not in found:
                    found[m.country] = m
        return list(found.values())
    return []
