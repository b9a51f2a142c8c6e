"""Praise of a pair's ties named by the pair's short names (eval/README.md "Misses of
xwlb_docs by construction", praise): 夏巴兹称赞中巴友谊深厚, 普京高度评价俄中关系, 克雷蒂安积极评价
加中关系发展. A member's leader praising the friendship, the relations or the cooperation of his
state and another praises the other (``zh.051.praise_pair`` reads 两国关系, 双方合作 so; the short
names are pair mentions, which fill no slot). A ``zh_checks.ZH`` step for the rule
``zh.051.praise_pair_named``; and the same test for a meeting of a pair hoped for
(``zh.036.hope_both_meet``): 中方期待中美两国举行磋商 is China's intent, 俄方期待美乌双方举行会谈
another pair's meeting, no intent of Russia's (review-zh30's probe).
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.doc import starting_in

RULE = "zh.051.praise_pair_named"

#: The praise, the two short names, then what of theirs is praised.
_PRAISED = re.compile(
    r"(?:高度评价|积极评价|高度赞赏|盛赞|称赞|赞赏|赞扬)(..)(?:两国)?(?:传统友谊|友好关系|友谊|关系|合作)$"
)


@for_rules(lambda rule: rule.id == RULE)
def praised_pair_names_the_speaker(c: Candidate) -> str | None:
    """The two characters between the praise and the ties are the short names of a pair (中巴,
    俄中), one of them the speaker's state: else (赞赏这种合作, 评价中欧关系 by a third party)
    the ties are no one's the speaker shares. The other of the two is the one praised."""
    mt, source = c.mt, c.source
    if c.rule.id != RULE:
        return None  # (the step tests its own rule: see ``for_rules``)
    found = _PRAISED.search(mt.text, mt.s.start, c.right)
    if found is None or source is None:
        return "not_a_pair"
    at = found.start(1)
    pair = [m for m in starting_in(mt.mentions, at, at + 2) if m.kind == "pair"]
    if len(pair) != 2 or source.country not in {m.country for m in pair}:
        return "not_a_pair"
    # (the praise word itself may read as a short name: 称赞 holds 赞, Zambia's)
    c.target = next((m for m in pair if m.country != source.country), None)
    return None if c.target is not None else "not_a_pair"


HOPE_RULE = "zh.036.hope_both_meet"

#: The hope, then what names the pair (美乌, 俄罗斯和乌克兰, nothing) before 双方 or 两国.
_HOPED = re.compile(r"(?:希望|期待|期盼)([^，,。；;]{0,12}?)(?:双方|两国)")


@for_rules(lambda rule: rule.id == HOPE_RULE)
def hoped_pair_holds_the_speaker(c: Candidate) -> str | None:
    """States named right before the pair word say whose meeting is hoped for: the speaker's
    state must be one of them, and the partner is the other; with none named the pair is the
    speaker's and its partner, as the rule's target has it."""
    mt, source = c.mt, c.source
    if c.rule.id != HOPE_RULE:
        return None  # (the step tests its own rule: see ``for_rules``)
    found = _HOPED.search(mt.text, mt.s.start, c.right)
    if found is None or found.start(1) == found.end(1):
        return None
    named = [m for m in starting_in(mt.mentions, found.start(1), found.end(1)) if m.country]
    if not named:
        return None
    if source is None or source.country not in {m.country for m in named}:
        return "another_pair"
    c.target = next((m for m in named if m.country != source.country), c.target)
    return None


CONFIDENT_RULE = "zh.051.said_confident"

#: The states named together before 两国 or 双方 around the one the confidence is in: 中巴两国,
#: 中俄双方 (short names; a longer name joined by 和 is a list, no pair word after it).
_PAIR_AROUND = re.compile(r"[^，,。；;和与及、]{0,4}?(?:两国|双方)")


@for_rules(lambda rule: rule.id == CONFIDENT_RULE)
def confidence_in_own_pair(c: Candidate) -> str | None:
    """卢拉说，他相信中巴两国将取得更多合作成果; 中方相信中俄双方一定能够战胜挑战 (review-zh33's
    probes): confidence in what a pair holding the speaker's state will achieve is its own
    intent for the pair, no endorsement of the other half (zh.030.pair_will codes 两国将…)."""
    mt, source, target = c.mt, c.source, c.target
    if c.rule.id != CONFIDENT_RULE or source is None or target is None:
        return None
    found = _PAIR_AROUND.match(mt.text, target.end)
    if found is None:
        return None
    named = {m.country for m in starting_in(mt.mentions, target.start - 2, found.end())}
    return "own_pair" if source.country in named else None
